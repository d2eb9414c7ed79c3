"""The typed document that `clean_article` returns.

Every model is frozen and forbids unknown fields, so a stored JSON document validates back into an equal object.
Field names are public API: user code and stored JSON depend on them.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import cache
from typing import Literal, TypeVar, cast

from pydantic import BaseModel, ConfigDict, Field

from article_clean.errors import DropReason

__all__ = ["Article", "Dropped", "Gallery", "GalleryItem", "Link", "Paragraph", "Source", "Video"]

ParagraphKind = Literal["paragraph", "heading", "quote", "list_item"]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)


_Record = TypeVar("_Record", bound=_Model)


def built(model: type[_Record], **values: object) -> _Record:
    """A `model` of every one of its fields' values, as the library's own code typed them, without validating.

    Validation would repeat what the type checker proved, and one shared set of field names replaces a set per
    instance: that set is nearly half of a small record, and a page of tiny lines leaves hundreds of thousands
    of `Dropped` records.
    """
    return cast("_Record", model.model_construct(_field_names(model), **values))


@cache
def _field_names(model: type[_Model]) -> set[str]:
    return set(model.model_fields)


class Link(_Model):
    """A hyperlink recovered from markup."""

    text: str
    """The visible text of the link."""
    href: str
    """The link target, as written in the source."""


class Paragraph(_Model):
    """One block of body text."""

    text: str
    """Clean text: entities decoded, tags removed, whitespace collapsed, NFC."""
    kind: ParagraphKind = "paragraph"
    """What the block is: a paragraph, a heading, a block quote or a list item."""


class GalleryItem(_Model):
    """One picture of a gallery, described by its caption."""

    index: int
    """Position in the gallery, from 1."""
    total: int | None = None
    """Number of items the gallery announced ("3 of 15" gives 15), if it did."""
    caption: str
    """The caption as plain text, without its label and credit."""
    label: str | None = None
    """A leading bold label such as "Before" or "After", without its colon."""
    credit: str | None = None
    """The photo credit, when the caption carries one."""
    image: str | None = None
    """The picture's URL as the page writes it (an HTML `<figure>`'s image), when the input names one."""
    links: tuple[Link, ...] = ()
    """Links recovered from the caption's markup."""


class Gallery(_Model):
    """A photo gallery; its captions are never body text."""

    title: str | None = None
    """The gallery title, e.g. "How ISIS ravaged Palmyra's world treasures" from "Photos: …"."""
    items: tuple[GalleryItem, ...] = ()
    """The items in order, each once."""


class Video(_Model):
    """A video embedded in the article."""

    title: str
    """The video title."""
    duration_seconds: int | None = None
    """Running time, when the page shows it (e.g. "03:12")."""


class Dropped(_Model):
    """One piece of text removed from the document, and why."""

    filter: str
    """The name of the pipeline stage that removed it."""
    reason: DropReason
    """A stable snake_case code for why it was removed."""
    text: str
    """The text removed, as cleaned so far (for `empty`, the source line that cleaned to nothing)."""
    line: int | None = None
    """The source line it came from, from 1 (for HTML input, the position of its element)."""


class Source(_Model):
    """How the input was read."""

    format: Literal["text", "html"] = "text"
    """Whether the input was read as scraped text or as HTML."""
    encoding: str | None = None
    """The encoding used to decode `bytes` input; None for `str` input."""
    compression: Literal["gzip"] | None = None
    """"gzip" when the `bytes` input was gzip-compressed and was decompressed first."""
    compression_error: str | None = None
    """Why decompression stopped before the end of the stream (damaged, truncated, past the input limit); the
    article is what could be read."""
    mojibake_lines: int = 0
    """How many lines held mojibake (UTF-8 that was read as Windows-1252 or Latin-1, `â€™`) and were repaired."""
    limited: tuple[Literal["max_input_chars", "max_depth", "max_line_chars"], ...] = ()
    """The limits the input reached: past `max_input_chars` its end was dropped (`over_limit`); past `max_depth`
    HTML tags nested deeper were removed, their text kept; past `max_line_chars` long blocks were split."""


class Article(_Model):
    """A cleaned article.

    >>> article = Article(title="A title", paragraphs=(Paragraph(text="One."), Paragraph(text="Two.")))
    >>> article.text
    'One.\\n\\nTwo.'
    """

    title: str | None = None
    """The headline, as the page writes it where a line of the page repeats it, without the site's name that a
    `<title>` or `og:title` adds ("Storm hits coast - Daily News" is "Storm hits coast" where a heading of the page
    says which side is the headline)."""
    kicker: str | None = None
    """A section label shown with the headline, such as "Breaking News"."""
    authors: tuple[str, ...] = ()
    """Author names from the byline, in order."""
    publisher: str | None = None
    """The publisher named in the page metadata or the byline, such as "CNN"; else the site's name beside the
    headline in the page's title ("Daily News" in "Storm hits the coast | Daily News")."""
    dateline: str | None = None
    """The dateline at the head of the lede, such as "CNN" from "(CNN)" or "WASHINGTON (AP)"."""
    published: date | datetime | None = None
    """When the article was first published: a date, or an ISO 8601 datetime, with its offset if the page gives one."""
    updated: date | datetime | None = None
    """When the article was last updated; a time given in a named zone ("ET") carries that zone's offset."""
    url: str | None = None
    """The canonical URL, when the input names one."""
    language: str | None = None
    """The page's language as a BCP 47 tag ("en", "pt-BR"), when an HTML page declares one."""
    image: str | None = None
    """The lead image's URL, when an HTML page names one (Open Graph, Twitter card or JSON-LD)."""
    highlights: tuple[str, ...] = ()
    """Summary bullets shown above the story ("Story highlights")."""
    paragraphs: tuple[Paragraph, ...] = ()
    """The body, in order."""
    galleries: tuple[Gallery, ...] = ()
    """Photo galleries, with their captions as data."""
    videos: tuple[Video, ...] = ()
    """Videos embedded in the article."""
    dropped: tuple[Dropped, ...] = ()
    """The audit trail: every piece of input text that is not in the document, with the reason."""
    source: Source = Field(default_factory=Source)
    """How the input was read: as text or HTML, and from which encoding."""

    @property
    def text(self) -> str:
        """The body paragraphs joined by blank lines."""
        return "\n\n".join(paragraph.text for paragraph in self.paragraphs)
