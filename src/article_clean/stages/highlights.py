"""Lift "Story highlights" and the bullets under it out of the body into `Article.highlights`.

Bullets may be marked ("• …") or, when a scraper lost the markers, bare short lines that do not end a sentence;
the first line that ends with a full stop is the lede, not a highlight. A heading glued to more text than a bullet
holds ("Story highlights <bullets> <the whole story>", from scrapers that join every line) is only a label: where
the bullets end and the story begins is not written anywhere, and the story must not go into the highlights.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from article_clean import patterns
from article_clean._memo import memo_line
from article_clean.errors import DropReason
from article_clean.stages._shape import is_gallery_control, is_player_control, key, words

if TYPE_CHECKING:
    from article_clean.draft import Block, Draft

__all__ = ["extract_highlights"]

_MAX_BULLETS = 6


def extract_highlights(draft: Draft) -> None:
    """Move each highlights heading's bullets into the highlights; drop the heading."""
    blocks = draft.blocks
    for position, block in enumerate(blocks):
        if block.fate is not None:
            continue
        heading, first = _split_heading(block.text)
        if heading is None:
            continue
        bullets = _bullets(draft, blocks[position + 1 :])
        if first is None and not bullets and key(heading) not in patterns.FURNITURE_HEADINGS:
            continue  # a lone "Highlights" heading with nothing under it is ordinary text
        if first is not None and words(first) > draft.config.max_highlight_words:
            draft.drop_text(heading, DropReason.SECTION_LABEL, block.line)
            block.text = first
            continue
        if first is not None:
            draft.highlights.append(first)
            draft.place(block, "highlights")
            draft.drop_text(heading, DropReason.SECTION_LABEL, block.line)
        else:
            draft.drop(block, DropReason.SECTION_LABEL)
        for bullet in bullets:
            draft.highlights.append(bullet.text)
            draft.place(bullet, "highlights")


@memo_line
def _split_heading(text: str) -> tuple[str | None, str | None]:
    """Return the heading and, if the first bullet was glued to it, that bullet."""
    lowered = key(text)
    for heading in patterns.HIGHLIGHT_HEADINGS:
        if lowered == heading:
            return text, None
        # Only a heading that is never prose can have its first bullet glued to it: "Key points of the deal …"
        # is a sentence.
        if lowered.startswith(heading + " ") and heading in patterns.FURNITURE_HEADINGS:
            return text[: len(heading)], text[len(heading) :].strip()
    return None, None


def _bullets(draft: Draft, blocks: list[Block]) -> list[Block]:
    taken: list[Block] = []
    marked = False
    for block in blocks:
        if block.fate is not None or len(taken) >= _MAX_BULLETS:
            break
        if block.kind == "list_item":
            marked = True
        elif (
            marked
            or _ends_sentence(block.text, draft.config.max_highlight_words)
            or is_player_control(block.text)
            or is_gallery_control(block.text)
        ):
            break
        taken.append(block)
    return taken


def _ends_sentence(text: str, max_words: int) -> bool:
    return text.rstrip("\"'”’)").endswith(".") or words(text) > max_words
