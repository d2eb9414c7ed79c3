"""Repair the input's text before it is parsed: mojibake is decoded again, control characters are recorded.

Mojibake is UTF-8 text that was read as Windows-1252 or Latin-1 somewhere upstream (`â€™` for `’`, `Ã©` for
`é`). `repair_mojibake` finds lines holding the telltale pairs with one linear scan and hands only those lines
to ftfy, which undoes the wrong decoding where it can prove it. The count of repaired lines is
`Article.source.mojibake_lines`.

Control characters and lone surrogates carry no text; the text fixes (and, for HTML, the parser's guard) remove
them. `parse` records what the input held (`record_controls`), so nothing goes without a record: one entry in
`dropped` per input, reason `control_characters`, naming each code point and how often it occurred.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from article_clean.errors import DropReason
from article_clean.stages.normalize import MOJIBAKE, repair_encoding

if TYPE_CHECKING:
    from article_clean.draft import Draft

__all__ = ["CONTROL", "controls_in", "record_controls", "repair_mojibake"]

#: Characters the cleaning removes that are controls or lone surrogates (white space and line breaks stay).
CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff]")


def repair_mojibake(draft: Draft) -> None:
    """Repair every line of the input that holds mojibake, before parsing; count the lines repaired.

    It reads the raw input because the mojibake of some characters holds C1 controls (`”` read as Latin-1 is
    `â€\\x9d`) that the parser's guard and the text fixes remove; the text fix `fix_mojibake` repairs what is
    left once controls and entities are gone.
    """
    if MOJIBAKE.search(draft.raw) is None:
        return  # the common case: one scan, nothing to do
    lines = draft.raw.splitlines(keepends=True)
    repaired = 0
    for number, line in enumerate(lines):
        body = line.splitlines()[0] if line.strip() else line
        fixed = repair_encoding(body)
        # Lines stay lines: a repair touching a line break (NEL is also a continuation byte) is not made.
        if fixed != body and len(fixed.splitlines()) <= 1:
            lines[number] = fixed + line[len(body) :]
            repaired += 1
    if repaired:
        draft.raw = "".join(lines)
        draft.mojibake_lines += repaired


def record_controls(draft: Draft, found: Counter[str]) -> None:
    """Record, in one `dropped` entry, the control characters and lone surrogates found in the input."""
    if found:
        summary = ", ".join(f"U+{ord(char):04X} ×{count}" for char, count in sorted(found.items()))
        draft.drop_text(summary, DropReason.CONTROL_CHARACTERS)


def controls_in(text: str) -> Counter[str]:
    """The control characters and lone surrogates of `text` that cleaning removes, with their counts.

    >>> controls_in("a\\x00b\\x00\\tc\\n")
    Counter({'\\x00': 2})
    """
    return Counter(CONTROL.findall(text))
