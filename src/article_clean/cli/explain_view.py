"""Print `explain` entries: one line each, with the verdict, the stage and reason, and the text."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from article_clean.explain import Explained

__all__ = ["print_explained"]

_MARK = {"kept": "+", "placed": ">", "dropped": "-"}
_COLOR = {"kept": "", "placed": "\x1b[36m", "dropped": "\x1b[31m"}
_RESET = "\x1b[0m"


def print_explained(entries: list[Explained], out: TextIO, *, color: bool) -> None:
    """Write each entry as `line  mark  why  text`; `+` kept, `>` placed into a field, `-` dropped."""
    for entry in entries:
        line = "" if entry.line is None else str(entry.line)
        if entry.verdict == "dropped":
            why = f"{entry.reason} ({entry.stage})"
        elif entry.verdict == "placed":
            why = f"-> {entry.field} ({entry.stage})"
        else:
            why = "body"
        row = f"{line:>5} {_MARK[entry.verdict]} {why:<44} {entry.text}"
        out.write(f"{_COLOR[entry.verdict]}{row}{_RESET}\n" if color and _COLOR[entry.verdict] else f"{row}\n")
