"""Cut galleries that a scraper flattened onto one line back into the lines `extract_galleries` reads.

"Photos: T Photos: T caption 1 Hide Caption 1 of 8 Photos: T caption 2 Hide Caption 2 of 8 …" becomes
"Photos: T", "Photos: T", "caption 1", "Hide Caption", "1 of 8", "Photos: T", "caption 2", …, so that one
gallery reader serves both layouts. The title is found where it repeats: doubled at the start, or shared by the
start of every item.
"""

from __future__ import annotations

import os

from article_clean import patterns
from article_clean.draft import Block, Draft

__all__ = ["split_flat_galleries"]


def split_flat_galleries(draft: Draft) -> None:
    """Replace each block holding a flattened gallery by one block per gallery line."""
    result: list[Block] = []
    changed = False
    for block in draft.blocks:
        parts = None if block.links else split_flat_gallery(block.text)
        if parts is None:
            result.append(block)
            continue
        changed = True
        result.extend(Block(text=part, line=block.line, source=part) for part in parts)
    if changed:
        draft.blocks = result


def split_flat_gallery(text: str) -> list[str] | None:
    """Return the lines of a flattened gallery, or None if `text` holds none.

    >>> split_flat_gallery("Photos: Fireworks Photos: Fireworks Rio lights up. Hide Caption 1 of 2 "
    ...                    "Photos: Fireworks Paris too. Hide Caption 2 of 2")
    ... # doctest: +NORMALIZE_WHITESPACE
    ['Photos: Fireworks', 'Photos: Fireworks', 'Rio lights up.', 'Hide Caption', '1 of 2',
     'Photos: Fireworks', 'Paris too.', 'Hide Caption', '2 of 2']
    """
    cuts = list(patterns.FLAT_GALLERY_CUT.finditer(text))
    if not cuts or (len(cuts) == 1 and cuts[0].group(0).strip() == text.strip()):
        return None
    segments: list[str] = []
    position = 0
    for cut in cuts:
        segments.append(text[position : cut.start()])
        position = cut.end()
    title = _title(segments)
    lines: list[str] = []
    for segment, cut in zip(segments, cuts, strict=True):
        lines.extend(_segment_lines(segment, title))
        lines.extend((cut.group(1), cut.group(2)))  # the control and the counter, as written
    lines.extend(_segment_lines(text[position:], title))
    return lines


def _title(segments: list[str]) -> str | None:
    """Find the gallery title: doubled at the start of the first item, or common to every item's start."""
    bodies = [_after_prefix(segment) for segment in segments]
    if bodies and bodies[0] is not None:
        again = patterns.GALLERY_PREFIX.search(bodies[0])
        if again and again.start() > 0:
            return bodies[0][: again.start()].strip()
    starts = [body for body in bodies if body]
    if len(starts) < 2 or len(starts) < len(bodies):
        return None
    common = os.path.commonprefix(starts)  # noqa: RUF071 -- cut back to a word boundary just below
    if not all(_ends_word(body, len(common)) for body in starts):
        common = common[: common.rfind(" ")] if " " in common else ""
    return common.strip() or None


def _ends_word(text: str, end: int) -> bool:
    return end == len(text) or not (text[end].isalnum() and text[end - 1].isalnum())


def _after_prefix(segment: str) -> str | None:
    match = patterns.GALLERY_PREFIX.match(segment.strip())
    return segment.strip()[match.end() :] if match else None


def _segment_lines(segment: str, title: str | None) -> list[str]:
    """Split the item's leading "Photos: <title>" lines (kept as written) from its caption."""
    lines: list[str] = []
    rest = segment.strip()
    while title and (prefix := patterns.GALLERY_PREFIX.match(rest)):
        end = prefix.end() + len(title)
        if not (rest.startswith(title, prefix.end()) and _ends_word(rest, end)):
            break
        lines.append(rest[:end])
        rest = rest[end:].strip()
    if rest:
        lines.append(rest)
    return lines
