"""Label each line of a page as article body or not, by matching it against the page's human gold body.

The metric that scores the library counts 4-token shingles (``\\w+`` tokens), so the labels are made of the same
stuff. The page's lines become one token stream; a shingle of the stream *matches* when the gold still holds an
unused copy of it. Gold shingles are a multiset, so a headline or paragraph that the page repeats (a teaser, a
print version, a title bar) is matched only as often as the gold holds it. Lines are visited best neighbourhood
first (the share of their shingles found in the gold, smoothed over ±`window` lines), so the copy inside the
main text wins over a lone copy in a teaser. A token is covered when a matched shingle contains it, and a line
is body when at least `min_cover` of its tokens are covered. Lines without word tokens are never body: they
cannot change the metric.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

__all__ = ["SHINGLE", "line_labels"]

Array = npt.NDArray[Any]
Shingle = tuple[str, ...]

#: Tokens as the metric reads them.
TOKEN = re.compile(r"\w+")
#: Tokens per shingle, as in the metric.
SHINGLE = 4


@dataclass(frozen=True, slots=True)
class _Stream:
    """The page's lines as one token stream."""

    tokens: list[str]
    owner: Array
    """The index of the line each token comes from."""
    n_lines: int

    @classmethod
    def of(cls, lines: list[str]) -> _Stream:
        tokens: list[str] = []
        owner: list[int] = []
        for index, line in enumerate(lines):
            found = TOKEN.findall(line)
            tokens += found
            owner += [index] * len(found)
        return cls(tokens, np.asarray(owner, dtype=np.int64), len(lines))

    def shingles(self) -> list[Shingle]:
        return [tuple(self.tokens[i : i + SHINGLE]) for i in range(len(self.tokens) - SHINGLE + 1)]

    def tokens_per_line(self) -> Array:
        counts: Array = np.bincount(self.owner, minlength=self.n_lines)
        return counts


def line_labels(lines: list[str], gold: str, *, min_cover: float = 0.5, window: int = 3) -> Array:
    """Return one label per line, 1 for article body and 0 for the rest, as an int8 array.

    Args:
        lines: The page's lines in order.
        gold: The human article body of the page.
        min_cover: The share of a line's tokens that matched gold shingles must cover to make it body.
        window: Lines on each side whose match rate sets a line's priority for claiming gold shingles.

    >>> lines = ["Home | News | Sport", "The river rose by two metres overnight.", "Share this story"]
    >>> line_labels(lines, "The river rose by two metres overnight.").tolist()
    [0, 1, 0]

    A line the page repeats is body only as often as the gold holds it, and the copy among body lines wins:

    >>> lines = ["Storm hits the coast", "Menu", "Login", "Storm hits the coast", "Waves broke the sea wall."]
    >>> line_labels(lines, "Storm hits the coast\\n\\nWaves broke the sea wall.").tolist()
    [0, 0, 0, 1, 1]
    """
    stream = _Stream.of(lines)
    gold_tokens = TOKEN.findall(gold)
    if not stream.tokens or not gold_tokens:
        return np.zeros(len(lines), dtype=np.int8)
    if len(stream.tokens) < SHINGLE or len(gold_tokens) < SHINGLE:
        return _short_labels(stream, gold_tokens)
    gold_count = Counter(tuple(gold_tokens[i : i + SHINGLE]) for i in range(len(gold_tokens) - SHINGLE + 1))
    shingles = stream.shingles()
    covered = _claim(stream, shingles, gold_count, _priority(stream, shingles, gold_count, window))
    tokens = stream.tokens_per_line()
    hits = np.bincount(stream.owner, weights=covered, minlength=stream.n_lines)
    share = np.where(tokens > 0, hits / np.maximum(tokens, 1), 0.0)
    return (share >= min_cover).astype(np.int8)


def _short_labels(stream: _Stream, gold_tokens: list[str]) -> Array:
    """Page or gold too short for one shingle: every line with tokens is body if one text contains the other."""
    page, gold = " ".join(stream.tokens), " ".join(gold_tokens)
    body = page in gold or gold in page
    return (np.int8(body) * (stream.tokens_per_line() > 0)).astype(np.int8)


def _priority(stream: _Stream, shingles: list[Shingle], gold: Counter[Shingle], window: int) -> Array:
    """Each line's share of shingles found in the gold (as a set), averaged over its neighbourhood."""
    hit = np.array([shingle in gold for shingle in shingles], dtype=np.float64)
    starts = stream.owner[: len(shingles)]
    per_line = np.bincount(starts, minlength=stream.n_lines).astype(np.float64)
    rate = np.bincount(starts, weights=hit, minlength=stream.n_lines) / np.maximum(per_line, 1.0)
    smoothed: Array = _window_sum(rate * per_line, window) / np.maximum(_window_sum(per_line, window), 1.0)
    return smoothed


def _window_sum(values: Array, window: int) -> Array:
    """Sum of `values` over [i - window, i + window], clipped at the ends.

    >>> _window_sum(np.array([1.0, 2.0, 4.0]), 1).tolist()
    [3.0, 7.0, 6.0]
    """
    total = np.concatenate(([0.0], np.cumsum(values)))
    index = np.arange(len(values))
    summed: Array = total[np.minimum(index + window + 1, len(values))] - total[np.maximum(index - window, 0)]
    return summed


def _claim(stream: _Stream, shingles: list[Shingle], gold: Counter[Shingle], priority: Array) -> Array:
    """Consume gold shingles as a multiset, best lines first; return which tokens a claimed shingle covers."""
    starts = stream.owner[: len(shingles)]
    lines = np.arange(stream.n_lines)
    first = np.searchsorted(starts, lines, "left")
    last = np.searchsorted(starts, lines, "right")
    left = Counter(gold)
    covered = np.zeros(len(stream.tokens), dtype=bool)
    for line in np.argsort(-priority, kind="stable"):
        for i in range(first[line], last[line]):
            if left[shingles[i]] > 0:
                left[shingles[i]] -= 1
                covered[i : i + SHINGLE] = True
    return covered
