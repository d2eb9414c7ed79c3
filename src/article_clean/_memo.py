"""Remember the results of pure functions of one line of text.

The stages between `drop_comment_section` and `classify_lines` run again until the page settles, and several
of them read the same line the same way (its comparison key, whether it is a byline), so most calls repeat one
made moments before on the same string.
"""

from __future__ import annotations

from functools import lru_cache, wraps
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["memo_line"]

T = TypeVar("T")

#: Results remembered per function: a page has a few hundred lines; a run over many pages keeps the latest.
_ENTRIES = 1024
#: Longer texts are computed each time, so the memory held stays small (at most about _ENTRIES x _MAX_CHARS
#: characters per function) whatever the input.
_MAX_CHARS = 1000


def memo_line(function: Callable[[str], T]) -> Callable[[str], T]:
    """`function`, remembering its results on recent short texts; it must be pure and return immutable values."""
    remembered = lru_cache(maxsize=_ENTRIES)(function)

    @wraps(function)
    def call(text: str) -> T:
        return remembered(text) if len(text) <= _MAX_CHARS else function(text)

    return call
