"""Lift photo galleries out of the body: each item's caption, label, credit and links become data.

A gallery is a run of counters ("1 of 15", "2 of 15", …). The lines before each counter are that item: the
gallery title ("Photos: …"), controls ("Hide Caption"), and the caption, often twice — once as escaped HTML that
still carries links and a bold label, once rendered. Items after the first are bounded by counters; the first
item is read backwards from its counter, taking as many distinct captions as the later items have, so the body
paragraph before the gallery is never mistaken for a caption.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from article_clean import patterns
from article_clean.document import Gallery, GalleryItem, Link
from article_clean.errors import DropReason
from article_clean.stages._shape import is_gallery_control, is_gallery_furniture, key, richness, split_credit

if TYPE_CHECKING:
    from article_clean.draft import Block, Draft

__all__ = ["extract_galleries"]

#: More lines than this between two counters means the counters are not a gallery's.
_MAX_ITEM_LINES = 8
#: How many times the body is read again for galleries that an inner gallery had split.
_MAX_ROUNDS = 8


@dataclass(frozen=True, slots=True)
class _Counter:
    position: int
    index: int
    total: int


def extract_galleries(draft: Draft) -> None:
    """Turn every run of gallery counters in the body into a `Gallery`.

    Reading one gallery can join the two halves of another that it interrupted, so the body is read again until
    no gallery is left (a fixed point, bounded by `_MAX_ROUNDS`); otherwise a second cleaning would find it.
    """
    for _ in range(_MAX_ROUNDS):
        if not _extract_once(draft):
            return
        draft.sweep()


def _extract_once(draft: Draft) -> bool:
    blocks = draft.blocks
    floor = 0
    found = False
    for run in _counter_runs(blocks):
        segments = [blocks[a.position + 1 : b.position] for a, b in pairwise(run)]
        if any(
            len(segment) > _MAX_ITEM_LINES or not (_caption_keys(segment) or _furnished(segment))
            for segment in segments
        ):
            continue  # counters far apart, or with nothing of a gallery between them, are not a gallery's
        want = _caption_count(segments)
        first = _first_segment(blocks, floor, run[0].position, want, _captions_lead_title(segments))
        furnished = _furnished(first)
        if not (_caption_keys(first) or furnished) or (len(run) == 1 and not furnished):
            continue  # a lone "1 of 2" line is not evidence of a gallery; an item may lack a caption, not both
        _read_gallery(draft, [first, *segments], run)
        _drop_thumbnails(draft, blocks, run[-1])
        floor = run[-1].position + 1
        found = True
    return found


def _counter_runs(blocks: list[Block]) -> list[list[_Counter]]:
    runs: list[list[_Counter]] = []
    for position, block in enumerate(blocks):
        match = patterns.GALLERY_COUNTER.match(block.text)
        if match is None or not 1 <= int(match.group(1)) <= int(match.group(2)):
            continue
        counter = _Counter(position, int(match.group(1)), int(match.group(2)))
        last = runs[-1][-1] if runs else None
        if last and last.total == counter.total and last.index + 1 == counter.index:
            runs[-1].append(counter)
        else:
            runs.append([counter])
    return runs


def _caption_count(segments: list[list[Block]]) -> int:
    """How many distinct caption lines the later items have (the most common count; 1 if unknown).

    Later items without captions (only the title and controls) mean the first has none either: the line above
    it is body text.
    """
    counts = Counter(len(_caption_keys(segment)) for segment in segments)
    return counts.most_common(1)[0][0] if counts else 1


def _furnished(segment: list[Block]) -> bool:
    """Whether a segment shows a gallery's title or a control: an item, even without a caption of its own."""
    return any(is_gallery_control(b.text) or _title(b.text) for b in segment)


def _caption_keys(segment: list[Block]) -> set[str]:
    return {key(b.text) for b in segment if not is_gallery_control(b.text) and not _title(b.text)}


def _captions_lead_title(segments: list[list[Block]]) -> bool:
    """Whether items put a caption of their own before the title line (and not only a copy of one after it)."""
    leading = 0
    for segment in segments:
        at = next((i for i, block in enumerate(segment) if _title(block.text) is not None), None)
        if at is None:
            return True  # no title to go by
        after = _caption_keys(segment[at:])
        leading += any(key(b.text) not in after for b in segment[:at] if not is_gallery_control(b.text))
    return leading * 2 > len(segments)


def _first_segment(blocks: list[Block], floor: int, end: int, want: int, lead: bool) -> list[Block]:
    """Walk back from the first counter, taking controls, titles and up to `want` distinct captions.

    Past the title line, a new caption is only taken if the later items show captions before their titles
    (`lead`); otherwise the item starts at its title and the line above it is body text.
    """
    taken: list[Block] = []
    keys: set[str] = set()
    passed_title = False
    for block in reversed(blocks[max(floor, end - 4 * _MAX_ITEM_LINES) : end]):
        text_key = key(block.text)
        if is_gallery_control(block.text) or _title(block.text) or text_key in keys:
            passed_title = passed_title or _title(block.text) is not None
            taken.append(block)
        elif len(keys) < want and (lead or not passed_title) and not patterns.GALLERY_COUNTER.match(block.text):
            keys.add(text_key)
            taken.append(block)
        else:
            break
    return taken[::-1]


def _read_gallery(draft: Draft, segments: list[list[Block]], run: list[_Counter]) -> None:
    title: str | None = None
    items: list[GalleryItem] = []
    for segment, counter in zip(segments, run, strict=True):
        captions: list[Block] = []
        for block in segment:
            found = _title(block.text)
            if is_gallery_control(block.text):
                draft.drop(block, DropReason.GALLERY_CONTROL)
            elif found is not None and (title is None or key(found) == key(title)):
                if title is None:
                    title = found
                    draft.place(block, "galleries")
                else:
                    draft.drop(block, DropReason.REPEATED_GALLERY_TITLE)
            else:
                captions.append(block)
        items.append(_item(draft, _unique_captions(draft, captions), counter))
        draft.place(draft.blocks[counter.position], "galleries")
    draft.galleries.append(Gallery(title=title, items=tuple(items)))


def _unique_captions(draft: Draft, captions: list[Block]) -> list[Block]:
    """Keep one block per caption text, preferring the copy whose markup carried links or a label."""
    kept: dict[str, Block] = {}
    for block in captions:
        text_key = key(block.text)
        other = kept.get(text_key)
        if other is None:
            kept[text_key] = block
            continue
        richer, poorer = (block, other) if richness(block) > richness(other) else (other, block)
        kept[text_key] = richer
        draft.drop(poorer, DropReason.DUPLICATE_CAPTION)
    return list(kept.values())


def _item(draft: Draft, captions: list[Block], counter: _Counter) -> GalleryItem:
    for block in captions:
        draft.place(block, "galleries")
    text = " ".join(block.text for block in captions)
    label = next((block.label for block in captions if block.label), None)
    if label and text.startswith(label):
        text = text[len(label) :].lstrip().removeprefix(":").lstrip()
    text, credit = split_credit(text)
    links: list[Link] = [link for block in captions for link in block.links]
    return GalleryItem(
        index=counter.index,
        total=counter.total,
        caption=text,
        label=label,
        credit=credit,
        links=tuple(dict.fromkeys(links)),
    )


def _drop_thumbnails(draft: Draft, blocks: list[Block], last: _Counter) -> None:
    """Drop the line of numbered thumbnail labels that follows a complete gallery ("01 palmyra ruins02 …")."""
    if last.index != last.total or last.position + 1 >= len(blocks):
        return
    block = blocks[last.position + 1]
    if patterns.PROSE_END.search(block.text) or is_gallery_furniture(block.text):
        return  # "He served 1 term, then 2 more." is a sentence, not a strip of labels
    expected = 1
    for digits in patterns.DIGITS.findall(block.text):
        # Compared as text: `int` refuses runs of more than 4,300 digits, and a label is short anyway.
        if digits.lstrip("0") == str(expected):
            expected += 1
    if expected > last.total > 1:
        draft.drop(block, DropReason.GALLERY_THUMBNAILS)


def _title(text: str) -> str | None:
    match = patterns.GALLERY_TITLE.match(text)
    return match.group(1) if match else None
