"""Drop body paragraphs that repeat an earlier paragraph or a gallery caption.

Scrapers that visit a page twice, or that render a caption both in its gallery and in the flow of the page, leave
such copies; the first paragraph and the gallery keep the text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from article_clean.errors import DropReason
from article_clean.stages._shape import key, words

if TYPE_CHECKING:
    from article_clean.draft import Draft

__all__ = ["drop_duplicate_paragraphs"]

#: Shorter lines repeat on purpose ("Verdict: False" in a fact check, "Eat 1–2 hours after your workout" in each
#: day of a meal plan), so only long prose paragraphs are compared.
_MIN_WORDS = 20
_SENTENCE_END = (".", "!", "?", '."', ".”", '?"', "?”", '!"', "!”")


def drop_duplicate_paragraphs(draft: Draft) -> None:
    """Drop a body block equal to a gallery caption, or a long prose paragraph equal to an earlier one."""
    captions = {key(item.caption) for gallery in draft.galleries for item in gallery.items}
    seen: set[str] = set()
    for block in draft.blocks:
        text = key(block.text)
        if text in captions:
            draft.drop(block, DropReason.DUPLICATE_CAPTION)
        elif words(block.text) >= _MIN_WORDS and block.text.endswith(_SENTENCE_END):
            if text in seen:
                draft.drop(block, DropReason.DUPLICATE_PARAGRAPH)
            seen.add(text)
