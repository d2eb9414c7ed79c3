"""Read inline markup left in a line of text, escaped or not, before the text fixes strip it.

Captions often arrive twice, once as escaped HTML and once rendered. The escaped copy is the only one that says
which words were a link and which were a bold label, so this stage keeps that information on the block before
`unescape_html` reduces the line to plain text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from article_clean.document import Link
from article_clean.residue import read_inline_markup, unescape_html
from article_clean.stages.normalize import collapse_whitespace

if TYPE_CHECKING:
    from article_clean.draft import Draft

__all__ = ["decode_inline_markup"]


def decode_inline_markup(draft: Draft) -> None:
    """Replace each block's inline markup by its text, keeping its links and leading bold label."""
    for block in draft.blocks:
        markup = read_inline_markup(block.text)
        if markup is None:
            continue
        block.text = markup.text
        block.links = tuple(
            Link(text=_clean(text), href=collapse_whitespace(href)) for text, href in markup.links if href.strip()
        )
        block.label = _clean(markup.label) if markup.label else None


def _clean(text: str) -> str:
    return collapse_whitespace(unescape_html(text))
