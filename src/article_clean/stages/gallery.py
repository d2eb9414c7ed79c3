"""Lift photo galleries out of the body: each item's caption, label, credit and links become data.

A gallery is a run of counters ("1 of 15", "2 of 15", …). The lines before each counter are that item: the
gallery title ("Photos: …"), controls ("Hide Caption"), and the caption, often twice — once as escaped HTML that
still carries links and a bold label, once rendered. Items after the first are bounded by counters; the first
item is read backwards from its counter, taking as many distinct captions as the later items have, so the body
paragraph before the gallery is never mistaken for a caption.

A gallery can also end in its pager instead (CNN's in 2012): a control ("HIDE CAPTION"), arrows and the page
numbers 1 to N on lines of their own, after the N captions and then the N items' titles, a few distinct ones
repeated. The pager gives N, so the items are read by position; the line after the pager that names the gallery
("Photos: …") is its title.
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
#: The most items of a gallery whose control stands between its captions and its titles: how far the pager is
#: looked for after the control.
_MAX_PAGED = 500


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
        if not (_extract_once(draft) | _extract_paged(draft)):
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


#: The arrows of a gallery's pager, on lines of their own around its page numbers.
_PAGER_ARROWS = frozenset({"<<", "<", ">", ">>", "‹", "›", "«", "»"})


def _extract_paged(draft: Draft) -> bool:
    """Read every gallery that ends in its pager; whether one was found."""
    blocks = draft.blocks
    found = False
    floor = 0
    for position, block in enumerate(blocks):
        if position < floor or not is_gallery_control(block.text):
            continue
        layout = _paged_at(blocks, position)
        if layout is None or layout.captions < floor:
            continue
        _read_paged(draft, blocks, layout)
        floor, found = layout.end, True
    return found


@dataclass(frozen=True, slots=True)
class _Paged:
    """Where the parts of a paged gallery lie in the body: its captions, its titles, its end; how many items."""

    captions: int
    titles: int
    end: int
    total: int


def _paged_at(blocks: list[Block], control: int) -> _Paged | None:
    """The paged gallery whose control is at `control`, if one is there.

    Its parts come as captions, titles, control, pager, or as captions, control, titles, pager (both CNN's).
    """
    total, end = _pager(blocks, control + 1)
    if total >= 2:
        captions, titles = control - 2 * total, control - total
    else:
        pager = next(
            (i for i in range(control + 1, min(control + 1 + _MAX_PAGED, len(blocks))) if blocks[i].text == "1"), None
        )
        if pager is None:
            return None
        total, end = _pager(blocks, pager)
        captions, titles = control - total, control + 1
        if total < 2 or pager - titles != total:
            return None
    if captions < 0 or not _paged_layout(blocks[captions : captions + total], blocks[titles : titles + total]):
        return None
    if end < len(blocks) and _title(blocks[end].text) is not None:
        end += 1  # "Photos: <title>" after the pager names the gallery
    return _Paged(captions, titles, end, total)


def _pager(blocks: list[Block], start: int) -> tuple[int, int]:
    """The page count of a pager starting at `start` (arrows, then 1 to N, then arrows) and where it ends."""
    position = start
    while position < len(blocks) and blocks[position].text in _PAGER_ARROWS:
        position += 1
    total = 0
    while position < len(blocks) and blocks[position].text == str(total + 1):
        total += 1
        position += 1
    while position < len(blocks) and blocks[position].text in _PAGER_ARROWS:
        position += 1
    return total, position


def _paged_layout(captions: list[Block], titles: list[Block]) -> bool:
    """Whether lines are a paged gallery's captions, mostly distinct, and its titles, a few repeated."""
    caption_keys = {key(block.text) for block in captions}
    title_keys = {key(block.text) for block in titles}
    total = len(titles)
    if len(title_keys) * 2 > total or len(caption_keys) * 2 <= total or caption_keys & title_keys:
        return False
    return not any(is_gallery_furniture(block.text) or block.text in _PAGER_ARROWS for block in (*captions, *titles))


def _read_paged(draft: Draft, blocks: list[Block], layout: _Paged) -> None:
    """Place the captions of a paged gallery as its items; drop its titles, control and pager, keep its name."""
    total = layout.total
    items = []
    for index, block in enumerate(blocks[layout.captions : layout.captions + total], start=1):
        draft.place(block, "galleries")
        caption, credit = split_credit(block.text)
        items.append(GalleryItem(index=index, total=total, caption=caption, credit=credit, links=block.links))
    titles = blocks[layout.titles : layout.titles + total]
    for block in titles:
        draft.drop(block, DropReason.REPEATED_GALLERY_TITLE)
    title = Counter(block.text for block in titles).most_common(1)[0][0]
    for block in blocks[layout.captions + total : layout.end]:
        if block.fate is not None:
            continue  # a title, already dropped
        named = _title(block.text)
        if named is not None:
            title = named
            draft.place(block, "galleries")
        else:
            draft.drop(block, DropReason.GALLERY_CONTROL)
    draft.galleries.append(Gallery(title=title, items=tuple(items)))


def _title(text: str) -> str | None:
    match = patterns.GALLERY_TITLE.match(text)
    return match.group(1) if match else None
