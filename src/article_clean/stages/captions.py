"""Lift photo captions out of the body: a line that ends with a photo credit is a caption, whatever the site.

Pages put a caption under each picture ("Rep. Ilhan Omar speaks at the Capitol. J. Scott Applewhite / AP file");
a text dump keeps it between the paragraphs, and an HTML page without `<figure>` markup keeps it in a block of
its own. The credit gives it away: `patterns.CAPTION_CREDIT` reads only the endings no sentence has ("(AP
Photo/…)", "Credit: EPA", "REUTERS/…", "/ AFP"). Such a line becomes an item of a gallery of the page's captions,
with its credit apart; a line that is nothing but a credit ("Photo: Getty Images", "Getty Images", "Stanley
Chou/Getty Images"; `patterns.BARE_CREDIT`) is dropped as a photo credit.
A page whose captions outweigh the rest of its body is a photo essay, and keeps them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from article_clean import patterns
from article_clean._memo import memo_line
from article_clean.document import Gallery, GalleryItem
from article_clean.errors import DropReason
from article_clean.stages._shape import key, words

if TYPE_CHECKING:
    from article_clean.draft import Draft

__all__ = ["extract_captions", "split_caption_credit"]

#: A caption left with fewer words than this once its credit is cut is no caption: "Image via Getty Images".
MIN_CAPTION_WORDS = 3
#: Longer lines are paragraphs, whatever they end with.
MAX_CAPTION_WORDS = 80


@memo_line
def split_caption_credit(text: str) -> tuple[str, str] | None:
    """The caption and credit of a line that ends with a photo credit, or None.

    >>> split_caption_credit("Rep. Ilhan Omar at the Capitol. J. Scott Applewhite / AP file")
    ('Rep. Ilhan Omar at the Capitol. J. Scott Applewhite', 'AP file')
    >>> split_caption_credit("The council met (which it rarely does)") is None
    True
    """
    text = text.rstrip()
    match = patterns.CAPTION_CREDIT.search(text, max(0, len(text) - patterns.CAPTION_CREDIT_REACH))
    if match is None or words(text) > MAX_CAPTION_WORDS:
        return None
    inside, labelled = match.groups()
    if inside is not None and not patterns.CREDIT_WORDS.search(inside):
        return None
    credit = inside or labelled or match.group(0).strip().lstrip("/|").removeprefix("via ")
    return text[: match.start()].rstrip(), credit.strip()


def extract_captions(draft: Draft) -> None:
    """Move every body line that ends with a photo credit into a gallery of captions; drop bare credits.

    A photo essay is told in its captions: when the credited lines hold more words than the rest of the body, they
    are the article, and stay.
    """
    for block in draft.blocks:
        if patterns.BARE_CREDIT.match(block.text):
            draft.drop(block, DropReason.PHOTO_CREDIT)
    found = [
        (block, split)
        for block in draft.blocks
        if block.fate is None and (split := split_caption_credit(block.text)) is not None
    ]
    if not found:
        return
    caption_words = sum(words(block.text) for block, _ in found)
    if 2 * caption_words > sum(words(block.text) for block in draft.blocks):
        return
    known = {key(item.caption) for gallery in draft.galleries for item in gallery.items}
    items: list[GalleryItem] = []
    for block, (caption, credit) in found:
        if words(caption) < MIN_CAPTION_WORDS:
            draft.drop(block, DropReason.PHOTO_CREDIT)
            continue
        draft.place(block, "galleries")
        if key(caption) not in known:
            known.add(key(caption))
            items.append(GalleryItem(index=len(items) + 1, caption=caption, credit=credit))
    if items:
        total = len(items)
        draft.galleries.append(Gallery(items=tuple(item.model_copy(update={"total": total}) for item in items)))
