"""Text fixes: pure, idempotent `str -> str` functions applied to every block.

The default order (strip_control_chars, normalize_unicode, unescape_html, collapse_whitespace) makes the chain a
fixed point: removing a control character can join a letter and its combining mark, so it runs before NFC, and
`unescape_html` keeps its output in NFC.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from article_clean import patterns
from article_clean.residue import unescape_html

if TYPE_CHECKING:
    from article_clean.draft import Draft

__all__ = [
    "ALL_TEXT_FIXES",
    "clean_text",
    "collapse_whitespace",
    "normalize_unicode",
    "strip_control_chars",
    "unescape_html",
]


def strip_control_chars(text: str) -> str:
    """Remove control characters, lone surrogates and invisible marks (soft hyphen, zero-width space, BOM).

    >>> strip_control_chars("Pal\\u00admyra\\x00")
    'Palmyra'
    """
    return patterns.INVISIBLE.sub("", text)


def normalize_unicode(text: str) -> str:
    """Compose characters to NFC, so that equal text compares equal.

    >>> normalize_unicode("e\\u0301") == "\\u00e9"
    True
    """
    return unicodedata.normalize("NFC", text)


def collapse_whitespace(text: str) -> str:
    """Collapse every run of white space, no-break spaces included, to one space and trim the ends.

    >>> collapse_whitespace("  a \\u00a0 b\\t")
    'a b'
    """
    return patterns.WHITESPACE_RUN.sub(" ", text).strip()


#: The text fixes in their default order.
ALL_TEXT_FIXES = (strip_control_chars, normalize_unicode, unescape_html, collapse_whitespace)


def clean_text(text: str) -> str:
    """Apply every text fix in order: for text that never becomes a block, such as HTML metadata.

    >>> clean_text(" Palmyra&#39;s\u00a0 treasures ")
    "Palmyra's treasures"
    """
    for fix in ALL_TEXT_FIXES:
        text = fix(text)
    return text


def mark_list_items(draft: Draft) -> None:
    """Make a block that starts with list markers ("• ", "* ", "- ") a list item, without its markers.

    It runs after the text fixes, so that a marker revealed by decoding (`<p>&bull; item`) is read too.
    """
    for block in draft.blocks:
        marker = patterns.BULLET.match(block.text)
        if marker:
            block.text = block.text[marker.end() :]
            block.kind = "list_item"
