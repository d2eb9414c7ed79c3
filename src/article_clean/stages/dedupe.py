"""Drop body paragraphs that repeat an earlier paragraph or a gallery caption.

Scrapers that visit a page twice, or that render a caption both in its gallery and in the flow of the page, leave
such copies. Repeated paragraphs are dropped early, before any stage reads a block's neighbours, so a second
cleaning sees the same neighbours as the first; caption copies can only be recognised once galleries are read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from article_clean import patterns
from article_clean.errors import DropReason
from article_clean.stages._shape import is_gallery_furniture, key, richness, split_credit, words

if TYPE_CHECKING:
    from article_clean.draft import Block, Draft

__all__ = ["drop_caption_copies", "drop_repeated_paragraphs"]

#: Shorter lines repeat on purpose ("Verdict: False" in a fact check, "Eat 1–2 hours after your workout" in each
#: day of a meal plan), so only long prose paragraphs are compared.
_MIN_WORDS = 20
#: How far above its gallery controls a caption stands ("caption / caption copy / Hide Caption / 3 of 15").
_CAPTION_REACH = 3


def drop_repeated_paragraphs(draft: Draft) -> None:
    """Drop a long prose paragraph equal to an earlier one, keeping the copy whose markup carried more.

    A caption's copies inside its gallery item (escaped and rendered) are left to `extract_galleries`, which
    records them as caption copies.
    """
    kept: dict[str, Block] = {}
    blocks = draft.blocks
    for position, block in enumerate(blocks):
        if words(block.text) < _MIN_WORDS or not patterns.PROSE_END.search(block.text):
            continue
        if any(is_gallery_furniture(after.text) for after in blocks[position + 1 : position + 1 + _CAPTION_REACH]):
            continue
        text = key(block.text)
        earlier = kept.get(text)
        if earlier is None:
            kept[text] = block
        elif richness(block) > richness(earlier):
            draft.drop(earlier, DropReason.DUPLICATE_PARAGRAPH)
            kept[text] = block
        else:
            draft.drop(block, DropReason.DUPLICATE_PARAGRAPH)


def drop_caption_copies(draft: Draft) -> None:
    """Drop a body block equal to a gallery caption, with or without its label and credit."""
    captions: set[str] = set()
    for item in (item for gallery in draft.galleries for item in gallery.items if item.caption):
        captions.add(key(item.caption))
        if item.label:
            captions.update((key(f"{item.label}: {item.caption}"), key(f"{item.label} {item.caption}")))
    if not captions:
        return
    for block in draft.blocks:
        if key(block.text) in captions or key(split_credit(block.text)[0]) in captions:
            draft.drop(block, DropReason.DUPLICATE_CAPTION)
