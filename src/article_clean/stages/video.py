"""Lift embedded video players out of the body: their title becomes a `Video`, their controls are dropped.

A player reads "JUST WATCHED / <title> / Replay / More Videos ... / MUST WATCH / (8 Videos)", with the title
often repeated around it, and sometimes a playlist of other titles after the count. Scrapers that join lines
flatten it into "JUST WATCHED <title> Replay More Videos ... MUST WATCH <title> 06:22".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from article_clean import patterns
from article_clean.document import Video
from article_clean.errors import DropReason
from article_clean.stages._shape import is_player_control, is_title_like, key

if TYPE_CHECKING:
    import regex

    from article_clean.draft import Block, Draft

__all__ = ["extract_videos"]

#: How many lines after "JUST WATCHED" a player (controls, title repeats and playlist) can span. The bound keeps
#: a page of many players linear.
_PLAYER_LINES = 64


def extract_videos(draft: Draft) -> None:
    """Turn every video player in the body into a `Video`, dropping its controls and repeated titles."""
    blocks = draft.blocks
    for position, block in enumerate(blocks):
        if block.fate is not None:
            continue
        if key(block.text) == patterns.VIDEO_START:
            _read_player(draft, blocks, position)
        else:
            _read_flat_player(draft, block)


def _read_player(draft: Draft, blocks: list[Block], start: int) -> None:
    following = _live(blocks, range(start + 1, min(start + 1 + _PLAYER_LINES, len(blocks))))
    if not following or is_player_control(following[0].text):
        # "JUST WATCHED" is never text, even without a title to go with it; left in the body, it would start a
        # player on the next cleaning, and cleaning would no longer be idempotent.
        draft.drop(blocks[start], DropReason.VIDEO_PLAYER)
        return
    title_block = following[0]
    title, seconds = _split_duration(title_block.text)
    draft.drop(blocks[start], DropReason.VIDEO_PLAYER)
    draft.place(title_block, "videos")
    for block in _live(blocks, range(start - 1, max(start - 1 - _PLAYER_LINES, -1), -1)):
        if key(block.text) != key(title):
            break
        draft.drop(block, DropReason.DUPLICATE_VIDEO_TITLE)
    seconds = _drop_furniture(draft, following[1:], title) or seconds
    _add(draft, Video(title=title, duration_seconds=seconds))


def _drop_furniture(draft: Draft, blocks: list[Block], title: str) -> int | None:
    """Drop the controls, title repeats and playlist after a player's title; return a running time if shown."""
    seconds = None
    for position, block in enumerate(blocks):
        count = patterns.VIDEO_COUNT.match(block.text)
        repeat, repeat_seconds = _split_duration(block.text)
        if key(block.text) == patterns.VIDEO_START:
            return seconds  # the next player starts
        if is_player_control(block.text):
            draft.drop(block, DropReason.VIDEO_PLAYER)
        elif count:
            draft.drop(block, DropReason.VIDEO_PLAYER)
            _drop_playlist(draft, blocks[position + 1 :], title, int(count.group(1)))
            return seconds
        elif key(repeat) == key(title):
            draft.drop(block, DropReason.DUPLICATE_VIDEO_TITLE)
            seconds = seconds or repeat_seconds
        else:
            return seconds
    return seconds


def _drop_playlist(draft: Draft, blocks: list[Block], title: str, size: int) -> None:
    """Drop the titles listed after "(N Videos)"; a playlist is only recognised if it opens with this title."""
    if not blocks or key(_split_duration(blocks[0].text)[0]) != key(title):
        return
    draft.drop(blocks[0], DropReason.DUPLICATE_VIDEO_TITLE)
    for block in blocks[1:size]:
        if not is_title_like(block.text, draft.config.max_title_words) or patterns.DATELINE.match(block.text):
            return
        draft.drop(block, DropReason.VIDEO_PLAYLIST)


def _read_flat_player(draft: Draft, block: Block) -> None:
    if not block.text.upper().startswith("JUST WATCHED "):
        return
    middle = patterns.FLAT_VIDEO_MIDDLE.search(block.text)
    if middle is None:
        return
    title = block.text[len("JUST WATCHED ") : middle.start()].strip()
    repeat, seconds = _split_duration(block.text[middle.end() :])
    if not title:
        return
    draft.place(block, "videos")
    _add(draft, Video(title=title, duration_seconds=seconds if key(repeat) == key(title) else None))


def _live(blocks: list[Block], positions: range) -> list[Block]:
    return [blocks[position] for position in positions if blocks[position].fate is None]


def _add(draft: Draft, video: Video) -> None:
    if all(key(known.title) != key(video.title) for known in draft.videos):
        draft.videos.append(video)


def _split_duration(text: str) -> tuple[str, int | None]:
    """Split "Title 03:12" into the title and the running time in seconds.

    >>> _split_duration("Egypt's churches looted 01:59")
    ("Egypt's churches looted", 119)
    """
    match: regex.Match[str] | None = patterns.DURATION.match(text)
    if match is None or not match.group(1):
        return text, None
    hours, minutes, seconds = (int(part) if part else 0 for part in match.group(2, 3, 4))
    return match.group(1), hours * 3600 + minutes * 60 + seconds
