"""The mutable working state of one cleaning run. Stages read and change it; it is never returned to users.

Keeping the working state apart from the frozen `Article` lets stages mark, move and rewrite text freely while the
public document stays immutable and validated.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from article_clean.config import CleanConfig
from article_clean.document import Dropped, Gallery, Link, ParagraphKind, Video, built

if TYPE_CHECKING:
    from datetime import date, datetime

    from lxml.etree import _Element

    from article_clean.errors import DropReason

__all__ = ["Block", "Draft", "Placement"]


@dataclass(slots=True)
class Block:
    """One unit of text in source order: a line of scraped text, or a block element of an HTML page."""

    text: str
    """The current text; stages rewrite it."""
    line: int
    """The source line it came from, from 1 (for HTML, the position of its element)."""
    kind: ParagraphKind = "paragraph"
    """What the block is, if the source says so."""
    blank_before: bool = False
    """Whether a blank line separated it from the block before."""
    links: tuple[Link, ...] = ()
    """Links recovered from its inline markup."""
    label: str | None = None
    """A leading bold label from its inline markup ("Before" from `<strong>Before:</strong>`)."""
    fate: str | None = None
    """None while the block is a body candidate; the field it went to, or "dropped" (`Draft.place`, `Draft.drop`)."""
    source: str = ""
    """The text as it first came from the input, for the audit trail when cleaning leaves nothing."""
    dom: tuple[float, ...] | None = None
    """What the HTML around it says (`classifier.features.DOM_NAMES`); None for text input."""


@dataclass(frozen=True, slots=True)
class Placement:
    """A block whose text went into a field of the document rather than the body."""

    line: int
    field: str
    text: str = ""
    """The block's text when it was placed."""
    stage: str = ""
    """The stage that placed it."""


@dataclass(slots=True)
class Meta:
    """Document metadata gathered so far; field names match `Article`."""

    title: str | None = None
    kicker: str | None = None
    authors: list[str] = field(default_factory=list)
    publisher: str | None = None
    dateline: str | None = None
    published: date | datetime | None = None
    updated: date | datetime | None = None
    url: str | None = None
    language: str | None = None
    image: str | None = None


@dataclass(slots=True)
class Draft:
    """Everything a pipeline run knows about one article."""

    raw: str
    """The input text (bytes already decoded)."""
    config: CleanConfig = field(default_factory=CleanConfig)
    format: Literal["text", "html"] = "text"
    encoding: str | None = None
    compression: Literal["gzip"] | None = None
    compression_error: str | None = None
    tree: _Element | None = None
    """The parsed page, for HTML input, until `segment_html` turns it into blocks."""
    blocks: list[Block] = field(default_factory=list)
    """The body candidates, in order."""
    meta: Meta = field(default_factory=Meta)
    highlights: list[str] = field(default_factory=list)
    galleries: list[Gallery] = field(default_factory=list)
    videos: list[Video] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)
    placed: list[Placement] = field(default_factory=list)
    stage: str = ""
    """The name of the running stage, recorded with each drop."""
    settled: list[tuple[Block, str]] = field(default_factory=list)
    """The blocks the line classifier last judged and kept, all of them, with the texts it judged."""
    scorings: int = 0
    """How many times the line classifier has scored this page."""
    cut: float = 0.0
    """The highest threshold the line classifier has cut this page at: a page once read as a dump stays one."""
    headline_by_byline: bool = False
    """Whether the headline was read as the line above a byline, not found repeating the page's own title: a long
    article's sections may each have a heading and a byline, so the one read may stand below some of its prose."""
    site_names: frozenset[str] = frozenset()
    """What an HTML page names its site by (`og:site_name`, links to its front page), as `title_key`s: a side of
    the `<title>` that a line of the page repeats is no headline when it is one of them."""
    title_site: str | None = None
    """The site's name an HTML page's `<title>` gives beside its headline: the publisher when neither the meta
    tags nor a byline name one."""
    lede: Block | None = None
    """The paragraph `extract_dateline` read a dateline from ("(CNN) President …"): the article's first."""
    markup_published: date | datetime | None = None
    """A publication date an HTML page's markup names less surely than its metadata (a `<time>`'s text, the one
    day of its `<time>`s, other sites' meta names): the article's only when neither the metadata nor the header
    names one, so that the header still places the date line it reads rather than finding it a copy."""
    base: str | None = None
    """The URL an HTML page's relative links resolve against (`<base href>`, else its canonical URL)."""
    mojibake_lines: int = 0
    """How many lines of the input had mojibake repaired."""
    limited: set[str] = field(default_factory=set)
    """The input limits of the config that applied (`max_input_chars`, `max_depth`, `max_line_chars`)."""
    unswept: int = 0
    """Blocks dropped or placed since the last `sweep`: most stages change nothing, and then it has nothing to do."""

    def drop(self, block: Block, reason: DropReason) -> None:
        """Remove `block` from the body, recording why in the audit trail."""
        block.fate = "dropped"
        self.unswept += 1
        self.drop_text(block.text or block.source, reason, block.line)

    def drop_text(self, text: str, reason: DropReason, line: int | None = None) -> None:
        """Record text removed without a block of its own (part of a line, or an HTML element)."""
        self.dropped.append(built(Dropped, filter=self.stage, reason=reason, text=text, line=line))

    def place(self, block: Block, into: str) -> None:
        """Remove `block` from the body because its text now lives in the field `into`."""
        block.fate = into
        self.unswept += 1
        self.placed.append(Placement(block.line, into, block.text or block.source, self.stage))

    def sweep(self) -> None:
        """Forget the blocks that were placed or dropped; the pipeline calls this after each stage."""
        if self.unswept:
            self.blocks = [block for block in self.blocks if block.fate is None]
            self.unswept = 0
