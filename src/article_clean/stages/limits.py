"""Keep hostile input within bounds before and after parsing, recording every limit that applied.

Three limits, all fields of `CleanConfig` with safe defaults:

* `max_input_chars`: a longer input is cut at the last line break before the limit (or at the limit); the rest is
  recorded in `dropped` with the reason `over_limit` (its first 1,000 characters and its length, when longer).
* `max_depth`: an HTML page whose parsed tree is deeper (or that libxml2 refuses) loses the start and end tags
  past that depth, and is parsed again (`flatten_nesting`, called by `parse`); each removed start tag becomes a
  `<br>`, so its text stays and still breaks the line. Parsers slow down with depth (html5lib, libxml2's
  fallback here, goes quadratic), and no real page nests hundreds of elements deep (51 at most on the
  ScrapingHub pages).
* `max_line_chars`: a longer block is split at white space into blocks of at most that length; nothing is lost.

The limits that applied are listed in `Article.source.limited`.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from article_clean.draft import Block
from article_clean.errors import DropReason

if TYPE_CHECKING:
    from article_clean.draft import Draft

__all__ = ["enforce_input_limits", "flatten_nesting", "split_long_blocks", "split_text"]

#: A start or end tag. Its attributes stop at the next `<`, so a `<` that never closes costs only the text up to
#: the next one, and the scan is linear.
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)[^<>]*>")
#: Elements that never hold others (void), or whose end tag is optional and which a parser closes by itself:
#: counting them would see depth where there is none (`<p>a<p>b` is two paragraphs, not one inside the other).
_NOT_NESTING = frozenset(
    "area base br col embed hr img input link meta param source track wbr keygen "
    "p li dt dd option optgroup tr td th thead tbody tfoot colgroup caption rb rp rt rtc html head body".split()
)
#: How far back from the limit a cut of the input looks for a line break, as a share of the limit.
_INPUT_SEARCH = 0.1
#: How much of the text past `max_input_chars` its record shows; a longer tail is shown in part, with its length.
_TAIL_SHOWN = 1000
#: The shortest window a cut searches, so that a small limit still finds the line break near it.
_MIN_WINDOW = 1000
#: How far back a split of a long block looks for a space, as a share of the piece: pieces stay at least half full.
_BLOCK_SEARCH = 0.5


def enforce_input_limits(draft: Draft) -> None:
    """Cut an input longer than `max_input_chars` after the last line break before the limit."""
    limit = draft.config.max_input_chars
    if len(draft.raw) > limit:
        cut = _cut(draft.raw, limit, "\n", share=_INPUT_SEARCH)
        tail = draft.raw[cut:]
        # The record names the cut, not all of it: a copy of a gigabyte's tail would undo the limit.
        summary = tail if len(tail) <= _TAIL_SHOWN else f"{tail[:_TAIL_SHOWN]}… ({len(tail):,} characters)"
        draft.drop_text(summary, DropReason.OVER_LIMIT)
        draft.raw = draft.raw[:cut]
        draft.limited.add("max_input_chars")


def split_long_blocks(draft: Draft) -> None:
    """Split every block longer than `max_line_chars` into blocks of at most that length, cut at white space."""
    limit = draft.config.max_line_chars
    if all(len(block.text) <= limit for block in draft.blocks):
        return
    blocks: list[Block] = []
    for block in draft.blocks:
        if len(block.text) <= limit:
            blocks.append(block)
            continue
        for number, piece in enumerate(split_text(block.text, limit)):
            first = number == 0
            blocks.append(
                Block(
                    text=piece,
                    line=block.line,
                    kind=block.kind,
                    blank_before=block.blank_before and first,
                    links=block.links if first else (),
                    label=block.label if first else None,
                    source=piece,
                    dom=block.dom,
                )
            )
    draft.blocks = blocks
    draft.limited.add("max_line_chars")


def split_text(text: str, limit: int) -> list[str]:
    """`text` in pieces of at most `limit` characters, each cut after the last white space that allows it.

    >>> split_text("one two three four", 9)
    ['one two', 'three', 'four']
    >>> split_text("abcdefghij", 4)
    ['abcd', 'efgh', 'ij']
    """
    pieces = []
    start = 0
    while len(text) - start > limit:
        end = _cut(text, start + limit, " ", start=start, share=_BLOCK_SEARCH)
        pieces.append(text[start:end].strip())
        start = end
    pieces.append(text[start:].strip())
    return [piece for piece in pieces if piece]


def _cut(text: str, limit: int, separator: str, *, start: int = 0, share: float) -> int:
    """Where to cut `text` at most at `limit`: after the last `separator` in the window before it, else at it."""
    window = min(max(int((limit - start) * share), _MIN_WINDOW), limit - start)
    found = text.rfind(separator, max(limit - window, start), limit)
    return found + 1 if found > start else limit


def flatten_nesting(markup: str, max_depth: int) -> str:
    """`markup` without the start and end tags nested deeper than `max_depth` (the same object if none are).

    Removed start tags become `<br>` so their text still starts a line.

    >>> flatten_nesting("<div><div><div>deep</div></div></div>", 2)
    '<div><div><br>deep</div></div>'
    >>> flatten_nesting("<p>a<p>b<p>c", 1)
    '<p>a<p>b<p>c'
    """
    depth = 0
    suppressed: Counter[str] = Counter()
    pieces: list[str] = []
    last = 0  # where the markup not yet copied to `pieces` starts
    breaking = False  # whether the last piece is a <br> that nothing but white space follows yet
    for match in _TAG.finditer(markup):
        closing, name = match.group(1), match.group(2).lower()
        if name in _NOT_NESTING or match.group(0).endswith("/>"):
            continue
        if closing and suppressed[name]:
            suppressed[name] -= 1
            replacement = ""
        elif closing:
            depth = max(depth - 1, 0)
            continue
        elif depth >= max_depth:
            suppressed[name] += 1
            replacement = "<br>"
        else:
            depth += 1
            continue
        gap = markup[last : match.start()]
        if breaking and not gap.strip():
            last = match.end()  # a run of removed tags, a million nested <div>s say, makes one <br>
            continue
        pieces += [gap, replacement]
        breaking = replacement == "<br>" or (breaking and not gap.strip())
        last = match.end()
    if not pieces and last == 0:
        return markup
    pieces.append(markup[last:])
    return "".join(pieces)
