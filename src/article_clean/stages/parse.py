"""Turn the raw input into the working state: one Block per line of text, or a parsed tree for HTML.

This is a stage of its own so that a caller can replace it, for example to split text into paragraphs on blank
lines instead of on line breaks.
"""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING

import html5lib
import regex
from html5lib.constants import DataLossWarning

from article_clean import patterns
from article_clean.draft import Block, Draft

if TYPE_CHECKING:
    from article_clean.document import ParagraphKind

__all__ = ["looks_like_html", "parse", "split_lines"]

_HTML_START = regex.compile(
    r"^(?:<!doctype\s++html|<html\b|<\?xml|<!--|<(?:head|body|main|article|section|div|p|span|table|ul|ol|h[1-6]|"
    r"meta|title|link|header|nav|figure|img|a|br|strong|em|b|i|blockquote|pre)\b[^<>]*+>)",
    regex.IGNORECASE,
)


_NOT_XML = regex.compile(r"[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def looks_like_html(raw: str) -> bool:
    """Whether `raw` is an HTML document or fragment rather than scraped text.

    Only the start decides: scraped text that merely contains some markup is read line by line, and its
    markup is decoded by `decode_inline_markup`.

    >>> looks_like_html("<!DOCTYPE html><p>Hi</p>"), looks_like_html("Hello <b>world</b>")
    (True, False)
    """
    return bool(_HTML_START.match(patterns.INVISIBLE.sub("", raw[:4096]).lstrip()))


def parse(draft: Draft) -> None:
    """Read `draft.raw`: HTML into `draft.tree`, anything else into one Block per non-blank line."""
    if looks_like_html(draft.raw):
        draft.format = "html"
        with warnings.catch_warnings():
            # lxml cannot hold some names html5lib accepts (odd doctypes, attributes such as "a<b"); html5lib
            # renames them and warns, and nothing this library reads is lost.
            warnings.simplefilter("ignore", DataLossWarning)
            # lxml refuses characters XML forbids; they carry no text, and the text fixes would remove them anyway.
            markup = _NOT_XML.sub(" ", patterns.INVISIBLE.sub("", draft.raw))
            draft.tree = html5lib.parse(markup, treebuilder="lxml", namespaceHTMLElements=False).getroot()
    else:
        draft.blocks = split_lines(draft.raw)


def split_lines(text: str) -> list[Block]:
    """Return one Block per line that has visible text; a leading bullet makes the block a list item.

    >>> [(b.text, b.line, b.kind, b.blank_before) for b in split_lines("Title\\n\\n  • One\\nTwo")]
    [('Title', 1, 'paragraph', False), ('One', 3, 'list_item', True), ('Two', 4, 'paragraph', False)]
    """
    blocks: list[Block] = []
    blank = False
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not patterns.INVISIBLE.sub("", stripped).strip():
            blank = True
            continue
        bullet = patterns.BULLET.match(stripped)
        body = stripped[bullet.end() :] if bullet else stripped
        kind: ParagraphKind = "list_item" if bullet else "paragraph"
        blocks.append(Block(text=body, line=number, kind=kind, blank_before=blank, source=stripped))
        blank = False
    return blocks
