"""Cut galleries, video players and profile furniture that a scraper joined into a line into lines of their own.

"Photos: T Photos: T caption 1 Hide Caption 1 of 8 Photos: T caption 2 Hide Caption 2 of 8 …" becomes
"Photos: T", "Photos: T", "caption 1", "Hide Caption", "1 of 8", "Photos: T", "caption 2", …, so that one
gallery reader serves both layouts. The title is found where it repeats: doubled at the start, or shared by the
start of every item. A video player joined into a paragraph ("… said. JUST WATCHED <title> Replay More Videos ...
MUST WATCH <title> 01:55 The photos …", as scrapers that join every line store CNN's pages) becomes a line of its own
between the text before and after it, which `extract_videos` then reads; so does furniture a publisher profile
can find the end of (its `cuts`), which the profile's whole-line rules then take.
"""

from __future__ import annotations

import dataclasses
import os
from typing import TYPE_CHECKING

from article_clean import patterns
from article_clean.profiles import compile_profiles

if TYPE_CHECKING:
    from collections.abc import Callable

    import regex

    from article_clean.document import Link
    from article_clean.draft import Block, Draft

__all__ = ["split_flat_galleries", "split_flat_players", "split_joined_furniture"]


def split_flat_galleries(draft: Draft) -> None:
    """Replace each block holding a flattened gallery by one block per gallery line."""
    _split_blocks(draft, split_flat_gallery, (patterns.FLAT_GALLERY_LABEL,))


def split_flat_players(draft: Draft) -> None:
    """Give each video player joined into a line of text a block of its own, between the text around it."""
    _split_blocks(draft, split_flat_player, (patterns.FLAT_PLAYER,))


def _split_blocks(
    draft: Draft, split: Callable[[str], list[str] | None], probes: tuple[regex.Pattern[str], ...]
) -> None:
    """Replace each block that `split` cuts by one block per piece, with the line and markup evidence it had.

    `probes` find everything `split` cuts at in the page's lines joined by line breaks: most pages have nothing
    to cut, and one search of the page costs less than a call per line. The links recovered from a block's markup
    are shared out by their text (see `_share_links`): a block left whole would be cut by a second cleaning.
    """
    page = "\n".join(block.text for block in draft.blocks)
    if not any(probe.search(page) for probe in probes):
        return
    result: list[Block] = []
    changed = False
    for block in draft.blocks:
        parts = split(block.text)
        if parts is None:
            result.append(block)
            continue
        changed = True
        shares = _share_links(parts, block.links)
        result.extend(
            dataclasses.replace(block, text=part, source=part, links=links)
            for part, links in zip(parts, shares, strict=True)
        )
    if changed:
        draft.blocks = result


def _share_links(parts: list[str], links: tuple[Link, ...]) -> list[tuple[Link, ...]]:
    """Each link goes with the first part holding its text; one whose text no part holds stays with the first."""
    shares: list[list[Link]] = [[] for _ in parts]
    for link in links:
        where = next((i for i, part in enumerate(parts) if link.text and link.text in part), 0)
        shares[where].append(link)
    return [tuple(share) for share in shares]


def split_flat_player(text: str) -> list[str] | None:
    """Return the text before, each player, and the text between and after them; None if there is nothing to cut.

    >>> split_flat_player("Six were killed, officials said. JUST WATCHED Army: 'Sharp weapons' used Replay "
    ...                   "More Videos ... MUST WATCH Army: 'Sharp weapons' used 01:55 The photos were posted.")
    ... # doctest: +NORMALIZE_WHITESPACE
    ['Six were killed, officials said.',
     "JUST WATCHED Army: 'Sharp weapons' used Replay More Videos ... MUST WATCH Army: 'Sharp weapons' used 01:55",
     'The photos were posted.']
    """
    return _cut(text, [player.span() for player in patterns.FLAT_PLAYER.finditer(text)])


def split_joined_furniture(draft: Draft) -> None:
    """Give each piece of furniture a profile's `cuts` find inside a line a block of its own.

    The pieces then meet the profiles' whole-line rules like any other line; the text around them stays.
    """
    compiled = compile_profiles(draft.config.profiles)
    if compiled.cuts:
        _split_blocks(draft, lambda text: _cut(text, compiled.cut_spans(text)), compiled.cuts)


def _cut(text: str, spans: list[tuple[int, int]]) -> list[str] | None:
    """The text before, each span, and the text between and after them; None if the spans cut nothing off."""
    if not spans or (len(spans) == 1 and text[spans[0][0] : spans[0][1]].strip() == text.strip()):
        return None
    parts: list[str] = []
    position = 0
    for start, end in spans:
        parts += [text[position:start].strip(), text[start:end].strip()]
        position = end
    parts.append(text[position:].strip())
    return [part for part in parts if part]


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
    lead, segments[0] = _lead(segments[0])
    title = _title(segments)
    lines: list[str] = [lead] if lead else []
    for segment, cut in zip(segments, cuts, strict=True):
        lines.extend(_segment_lines(segment, title))
        lines.extend((cut.group(1), cut.group(2)))  # the control and the counter, as written
    lines.extend(_segment_lines(text[position:], title))
    return lines


def _lead(segment: str) -> tuple[str, str]:
    """Split off the text before the gallery's first "Photos:", which a page joined onto one line glues to it."""
    prefix = patterns.GALLERY_PREFIX.search(segment)
    if prefix is None or not segment[: prefix.start()].strip():
        return "", segment
    return segment[: prefix.start()].strip(), segment[prefix.start() :]


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
