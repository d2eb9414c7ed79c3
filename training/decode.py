"""Apply a line model to one input the way the `classify_lines` stage does, and score the result.

The stage scores the lines, drops those below the threshold, scores the remaining lines again (their context has
changed), and repeats until a round drops nothing; an input with fewer than the stage's `MIN_LINES` lines is left
alone. `keep_mask` does the same on recorded lines, so the evaluation measures what the library will output.
"""

from __future__ import annotations

import importlib
import importlib.util
import inspect
from typing import TYPE_CHECKING, Any, cast

import numpy as np
import numpy.typing as npt
from benchmarks._data import scorer

from article_clean.classifier.features import LineFactsCache
from article_clean.classifier.model import dump_cut

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence
    from pathlib import Path

    from article_clean.classifier.model import LineModel

__all__ = ["MAX_ROUNDS", "Scorer", "keep_mask", "stage_by_position", "stage_min_drop_share", "stage_min_lines"]

Array = npt.NDArray[Any]
#: Rounds before giving up on a fixed point.
MAX_ROUNDS = 6
_STAGE_MODULE = "article_clean.stages.classify"


def stage_min_lines() -> int:
    """The stage's `MIN_LINES` (inputs with fewer lines are left alone), or 0 if the stage does not say."""
    return int(_stage_setting("MIN_LINES"))


def stage_min_drop_share() -> float:
    """The stage's `MIN_DROP_SHARE` (a round that would drop a smaller share drops none), or 0."""
    return float(_stage_setting("MIN_DROP_SHARE"))


def stage_by_position() -> Callable[[Sequence[str], Sequence[bool]], bool]:
    """The stage's `by_position` test (a round whose every dropped line has a kept twin drops none), or `False`."""
    try:
        module = importlib.import_module(_STAGE_MODULE)
    except ImportError:
        return _never
    return cast("Callable[[Sequence[str], Sequence[bool]], bool]", getattr(module, "by_position", _never))


def _never(texts: Sequence[str], low: Sequence[bool]) -> bool:
    del texts, low
    return False


def _stage_setting(name: str) -> float:
    try:
        module = importlib.import_module(_STAGE_MODULE)
    except ImportError:
        return 0
    return float(getattr(module, name, 0))


class Probabilities:
    """A model's probabilities for subsets of one input's lines, remembered by subset.

    Thresholds that drop the same lines in one round reach the same subset in the next, so remembering them
    saves most of the work of trying several thresholds.
    """

    def __init__(self, model: LineModel, lines: tuple[str, ...], dom: tuple[Any, ...] | None = None) -> None:
        self.model = model
        self.lines = lines
        self.dom = dom
        self.known: dict[bytes, Array] = {}
        self.cache = LineFactsCache()  # what each line says by itself, shared by every subset

    def of(self, kept: Array) -> Array:
        """The probabilities of the lines at the indices `kept`, scored as a page of their own."""
        key = kept.tobytes()
        if key not in self.known:
            chosen = kept.tolist()
            dom = [self.dom[i] for i in chosen] if self.dom is not None else None
            self.known[key] = self.model.probabilities([self.lines[i] for i in chosen], dom, self.cache)
        return self.known[key]


def keep_mask(
    scores: Probabilities,
    threshold: float,
    *,
    rounds: int = MAX_ROUNDS,
    min_lines: int = 0,
    min_share: float = 0.0,
    dump: tuple[float, float] | None = None,
) -> Array:
    """Which lines the stage keeps: drop lines below `threshold` and rescore the rest until none is dropped.

    A round that would drop fewer than `min_share` of the lines, or only lines that read like lines it keeps, drops
    none, as in the stage. `dump` (a text page's dump threshold and share, `LineModel.text_threshold`) raises the
    threshold for good once a round finds at least that share of the lines below `threshold`.
    """
    by_position = stage_by_position()
    keep = np.ones(len(scores.lines), dtype=bool)
    cut = threshold
    for _ in range(rounds):
        kept = np.flatnonzero(keep)
        if len(kept) < max(min_lines, 1):
            break
        probability = scores.of(kept)
        if dump is not None:
            cut = max(cut, dump_cut(probability, threshold, *dump))
        low = probability < cut
        if not low.any() or low.sum() < min_share * len(kept):
            break
        if by_position([scores.lines[i] for i in kept.tolist()], low.tolist()):
            break
        keep[kept[low]] = False
    return keep


def output_text(final: tuple[str | None, ...], keep: Array) -> str:
    """The article text the library would return: the kept lines as later stages leave them, blank-line joined."""
    return "\n\n".join(text for text, kept in zip(final, keep.tolist(), strict=True) if kept and text is not None)


class Scorer:
    """The bench's own `score.py`, so every figure uses the published metric."""

    def __init__(self, bench: Path) -> None:
        self.module = scorer(bench)  # the bench's own score.py, loaded as the benchmarks load it
        parameters = inspect.signature(self.module.score_pages).parameters
        self.options = {"bootstrap": 0} if "bootstrap" in parameters else {}

    def score(self, gold: Mapping[str, str], predicted: Mapping[str, str]) -> dict[str, float]:
        """F1, precision and recall of the predicted bodies against the gold bodies, by page id."""
        result = self.module.score_pages(gold, predicted, **self.options)
        return {key: float(result[key]) for key in ("f1", "precision", "recall")}
