"""Sections that only count after the article has begun: a related-links list, a box about the author.

Above the article the same headings are a site's menu ("Most Popular", "About Us"); once some prose has been
read they open a section of furniture. Each such stage says where a section opening at a line ends, and
`drop_sections_after_prose` walks the body once and drops every section found.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from article_clean.stages._shape import is_prose

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from article_clean.draft import Block, Draft
    from article_clean.errors import DropReason

__all__ = ["drop_sections_after_prose"]


def drop_sections_after_prose(
    draft: Draft, section_end: Callable[[Sequence[Block], int], int | None], reason: DropReason, prose_words: int
) -> None:
    """Drop with `reason` each section found after a sentence of `prose_words` words.

    `section_end(blocks, index)` gives the index after the section that opens at `index`, or None for none.
    """
    blocks = draft.blocks
    after_prose = False
    index = 0
    while index < len(blocks):
        end = section_end(blocks, index) if after_prose else None
        if end is not None:
            for block in blocks[index:end]:
                draft.drop(block, reason)
            index = end
            continue
        after_prose = after_prose or is_prose(blocks[index].text, prose_words)
        index += 1
