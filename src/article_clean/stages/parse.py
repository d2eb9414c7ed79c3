"""Turn the raw input into the working state: one Block per line of text, or a parsed tree for HTML.

This is a stage of its own so that a caller can replace it, for example to split text into paragraphs on blank
lines instead of on line breaks.
"""

from __future__ import annotations

import re
import warnings
from collections import Counter
from functools import lru_cache

import html5lib
import regex
from html5lib.constants import DataLossWarning
from lxml import etree

from article_clean import patterns
from article_clean.draft import Block, Draft
from article_clean.stages.limits import flatten_nesting
from article_clean.stages.repair import CONTROL, controls_in, record_controls

__all__ = ["DEFAULT_MAX_DEPTH", "looks_like_html", "parse", "parse_html", "parse_html_within", "split_lines"]

DEFAULT_MAX_DEPTH = patterns.DEFAULT_MAX_DEPTH

#: Starts that only a document has: a page saved without its <html> tag may open with what only its head holds.
_DOCUMENT_START = regex.compile(
    r"^(?:<!doctype\s++html|<html\b|<\?xml|<!--|<(?:head|body|script|style|meta|link|title|base|noscript)\b)",
    regex.IGNORECASE,
)
#: A block-level start or end tag anywhere: a fragment has them, scraped text with some bold or a link rarely does.
_BLOCK_TAG = regex.compile(
    r"</?(?:p|div|article|section|main|header|footer|nav|aside|figure|figcaption|table|tr|td|ul|ol|li|h[1-6]|"
    r"blockquote|pre|dl|dd|dt|form)\b[^<>]*+>",
    regex.IGNORECASE,
)


#: The characters XML forbids that are not invisible: each becomes a space.
_NOT_XML_VISIBLE = frozenset("\x0b\x0c\ufffe\uffff")
#: What a page's markup must lose before lxml holds it: the invisible characters (removed) and the rest of what XML
#: forbids, found in one pass. Python's `re` scans a whole page for this class about three times faster than `regex`.
_UNSAFE_IN_MARKUP = re.compile(f"[{patterns.INVISIBLE_CHARACTERS}{''.join(sorted(_NOT_XML_VISIBLE))}]")
#: Characters XML allows in text but not in names, which html5lib may still put into a tag or attribute name.
_NOT_IN_XML_NAMES = regex.compile(r"[\U000f0000-\U0010ffff]")
_DOCTYPE = regex.compile(r"^\s*+<!doctype\b[^>]*+(?:>|$)", regex.IGNORECASE)
_PLAIN_DOCTYPE = "<!DOCTYPE html>"


def looks_like_html(raw: str) -> bool:
    """Whether `raw` is an HTML document or fragment rather than scraped text.

    Only the start decides: scraped text that merely contains some markup is read line by line, and its
    markup is decoded by `decode_inline_markup`.

    >>> looks_like_html("<!DOCTYPE html><p>Hi</p>"), looks_like_html("Hello <b>world</b>")
    (True, False)
    >>> looks_like_html("<b>Photos:</b> Palmyra\\nThe temple before its destruction.")
    False
    """
    head = patterns.INVISIBLE.sub("", raw[:4096]).lstrip()
    if _DOCUMENT_START.match(head) or _BLOCK_TAG.match(head):
        return True
    if patterns.TAG.match(head) is None:
        return False  # "<b and c> are letters" is prose, not a tag
    # A fragment that opens with inline markup ("<br>Breaking News\nHeadline…") is text when its lines carry
    # the structure; block tags or a single line say the markup does.
    return "\n" not in head.strip() or _BLOCK_TAG.search(head) is not None


def parse(draft: Draft) -> None:
    """Read `draft.raw`: HTML into `draft.tree`, anything else into one Block per non-blank line.

    The control characters and lone surrogates the input held are recorded here, where they are first removed.
    """
    controls: Counter[str] = Counter()
    if looks_like_html(draft.raw):
        tree, flattened = parse_html_within(draft.raw, draft.config.max_depth, controls)
        if tree is not None:
            draft.format = "html"
            draft.tree = tree
            if flattened:
                draft.limited.add("max_depth")
            record_controls(draft, controls)  # counted by the markup guard as it removed them
            return
    draft.blocks = split_lines(draft.raw)
    record_controls(draft, controls_in(draft.raw))


def parse_html(raw: str) -> etree._Element | None:
    """Parse HTML into an lxml tree; None if lxml cannot hold the result even when cleaned.

    libxml2's parser (through lxml) reads real pages many times faster than html5lib and agrees with it on
    where the text is; a page it gives up on (nesting deeper than its limit, a declaration it refuses) is parsed
    by html5lib, as a browser would.

    >>> parse_html("<p>Hi<b>there</b>").find("body/p/b").text
    'there'
    """
    return parse_html_within(raw, DEFAULT_MAX_DEPTH)[0]


def parse_html_within(
    raw: str, max_depth: int, controls: Counter[str] | None = None
) -> tuple[etree._Element | None, bool]:
    """Parse HTML as `parse_html` does, with no element nested deeper than `max_depth`; and whether tags went.

    A page parsed deeper than that, or refused by libxml2, loses the tags nested past `max_depth`
    (`limits.flatten_nesting`) and is parsed again: the fallback parser is quadratic in the nesting depth.

    >>> root, flattened = parse_html_within("<div>" * 40 + "deep", 8)
    >>> flattened, len(root.xpath("//div")), "".join(root.itertext())
    (True, 8, 'deep')

    `controls` counts the control characters and lone surrogates the markup lost.
    """
    # lxml refuses characters XML forbids; they carry no text, and the text fixes would remove them anyway. The
    # doctype only picks a quirks mode, and odd ones are names lxml cannot hold, so every doctype becomes the plain one.
    counted = Counter() if controls is None else controls
    markup = _plain_doctype(_UNSAFE_IN_MARKUP.sub(lambda m: _markup_safe(m, counted), raw))
    root = _parse_libxml2(markup)
    if root is not None and not _deeper_than(max_depth)(root):
        return root, False
    flat = flatten_nesting(markup, max_depth)
    if flat is markup:
        return (root if root is not None else _parse_html5(markup)), False
    root = _parse_libxml2(flat)
    return (root if root is not None else _parse_html5(flat)), True


def _plain_doctype(markup: str) -> str:
    """`markup` with its doctype, if it starts with one, the plain one (a page written that way stays as it is)."""
    # A doctype ends at the first ">": matched on the text up to there, the pattern need not read the whole page
    # (`regex` takes time in proportion to the text it is given even when the match fails at once).
    end = markup.find(">") + 1
    match = _DOCTYPE.match(markup[:end] if end else markup)
    if match is None or match.group() == _PLAIN_DOCTYPE:
        return markup
    return _PLAIN_DOCTYPE + markup[match.end() :]


@lru_cache(maxsize=4)
def _deeper_than(depth: int) -> etree.XPath:
    """An XPath that finds an element nested deeper than `depth`: libxml2 walks the levels, linear in the page."""
    return etree.XPath("/*" + "/*" * depth)


def _markup_safe(match: re.Match[str], controls: Counter[str]) -> str:
    char = match.group()
    if CONTROL.match(char):
        controls[char] += 1
    return " " if char in _NOT_XML_VISIBLE else ""


def _parse_libxml2(markup: str) -> etree._Element | None:
    """The fast parse, or None where libxml2 stopped early or refused the input."""
    parser = etree.HTMLParser(recover=True, no_network=True, huge_tree=True, remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(markup, parser)
    except (ValueError, etree.LxmlError):
        return None  # an encoding declaration in a str, for one
    if root is None or any(error.level >= etree.ErrorLevels.FATAL for error in parser.error_log):
        return None  # a fatal error ends the parse: the rest of the page would be lost
    return root


def _parse_html5(markup: str) -> etree._Element | None:
    for attempt in (markup, _NOT_IN_XML_NAMES.sub("\ufffd", markup)):
        try:
            with warnings.catch_warnings():
                # html5lib renames what lxml cannot hold (attributes such as "a<b") and warns; nothing read is lost.
                warnings.simplefilter("ignore", DataLossWarning)
                root: etree._Element = html5lib.parse(
                    attempt, treebuilder="lxml", namespaceHTMLElements=False
                ).getroot()
                return root
        except (ValueError, etree.LxmlError):
            continue  # a name html5lib accepted but lxml refused; retry without the characters XML names forbid
    return None


def split_lines(text: str) -> list[Block]:
    """Return one Block per line that has visible text, trimmed.

    >>> [(b.text, b.line, b.blank_before) for b in split_lines("Title\\n\\n  • One\\nTwo")]
    [('Title', 1, False), ('• One', 3, True), ('Two', 4, False)]
    """
    blocks: list[Block] = []
    blank = False
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not patterns.remove_invisible(stripped).strip():
            blank = True
            continue
        blocks.append(Block(text=stripped, line=number, blank_before=blank, source=stripped))
        blank = False
    return blocks
