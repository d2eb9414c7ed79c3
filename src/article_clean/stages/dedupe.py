"""Drop body paragraphs that repeat an earlier one, as scrapers that visit a page twice leave them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from article_clean.errors import DropReason
from article_clean.stages._shape import key, words

if TYPE_CHECKING:
    from article_clean.draft import Draft

__all__ = ["drop_duplicate_paragraphs"]

#: Shorter lines may repeat on purpose ("Verdict: False" in a fact check), so only longer ones are compared.
_MIN_WORDS = 6


def drop_duplicate_paragraphs(draft: Draft) -> None:
    """Drop a body block of six or more words whose text equals an earlier block's."""
    seen: set[str] = set()
    for block in draft.blocks:
        if words(block.text) < _MIN_WORDS:
            continue
        text = key(block.text)
        if text in seen:
            draft.drop(block, DropReason.DUPLICATE_PARAGRAPH)
        seen.add(text)
