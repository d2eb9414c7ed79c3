"""Take the dateline off the head of the lede: "(CNN)Syrian…", "Washington (CNN) -- …", "LONDON (Reuters) - …"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from article_clean import patterns
from article_clean.stages._shape import is_prose

if TYPE_CHECKING:
    import regex

    from article_clean.draft import Block, Draft

__all__ = ["extract_dateline"]

#: The lede is the first prose paragraph with at least this many words once its dateline is off.
_LEDE_WORDS = 8


def extract_dateline(draft: Draft) -> None:
    """Move the lede's dateline into `Article.dateline`."""
    for block in draft.blocks:
        match = _dateline(block)
        rest = block.text[match.end() :] if match else block.text
        if not is_prose(rest, _LEDE_WORDS):
            continue
        if match:
            place = match.group(1).strip(" ,")
            source = match.group(2).strip() if match.re is patterns.DATELINE else None
            draft.meta.dateline = f"{place} ({source})" if place and source else (source or place)
            block.text = rest
        return


def _dateline(block: Block) -> regex.Match[str] | None:
    # Any kind of block: the body text has no kinds, so a rule that read them would not be idempotent.
    return patterns.DATELINE.match(block.text) or patterns.CAPS_DATELINE.match(block.text)
