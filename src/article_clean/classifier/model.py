"""Evaluate the shipped line model with numpy alone: stacked gradient-boosted tree ensembles, then a threshold.

The model file (`line_model.json`, written by `training/train_lines.py`) holds each ensemble as flat node
arrays: `feature` (-1 for a leaf), `threshold`, `left`, `right`, `value`, one root per tree, the deepest
level, and a `base` score. A split sends `x[feature] <= threshold` left. Stage 1 reads the line features and
what the file's `lexicon` (a weight per word, see `lexicon.py`) reads in each line; each later stage reads them
plus `stack_features` of the stage before's probabilities, which is how a line's neighbours' verdicts reach it
(the shipped file has three stages: the third weighs the second's verdicts on the neighbours). A file may hold
several such stacks, `members`, fitted alike but for their subsampling seeds: a line's probability is the mean of
theirs, which keeps the verdicts from hanging on one fit's draw of rows and columns (`training/README.md`).

For speed every tree is re-laid out as a complete binary tree of one depth D, and the nodes of all trees are stored
level by level, so all lines and all trees advance one level together with flat gathers: D steps, no loop over
trees or lines, and the next node is plain arithmetic on the current one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from article_clean.classifier.features import (
    FEATURE_NAMES,
    OWN_NAMES,
    STACK_NAMES,
    LineFactsCache,
    lexicon_columns,
    line_features,
    stack_features,
)
from article_clean.classifier.lexicon import LEXICON_NAMES, Lexicon

__all__ = ["MODEL_FEATURES", "Ensemble", "LineModel", "dump_cut", "line_model"]

if TYPE_CHECKING:
    from collections.abc import Sequence

Array = npt.NDArray[Any]
_FORMAT = "article-clean-lines/1"
#: What stage 1 reads: the line features, then what the lexicon reads in the line.
MODEL_FEATURES = FEATURE_NAMES + LEXICON_NAMES
#: Entries of the (lines x trees) node matrices traversed together: enough trees for numpy to amortise its call
#: overhead on a page of a few hundred lines, few enough that the matrices (a few of 128 KB each) stay small next
#: to a page: a call's peak memory is a multiple of the page's size.
_PASS_ENTRIES = 1 << 14
#: Entries of the (lines x trees) blocks whose leaf values are summed together. Float addition is not
#: associative: the groups are fixed, so that the scores do not depend on how many trees are traversed at once.
_BLOCK_ENTRIES = 1 << 12


@dataclass(frozen=True, slots=True)
class Ensemble:
    """A tree ensemble laid out as complete binary trees, stored level by level across the trees.

    Level l holds 2**l nodes of each of the T trees, tree by tree, from position (2**l - 1) * T; a node's
    children follow at 2 * position + T (left) and one after it (right). A leaf above depth D becomes a split
    that always goes left (threshold +inf), with its value copied into every leaf slot under it. `value` holds
    the 2**D leaves of each tree, tree by tree.
    """

    feature: Array
    threshold: Array
    value: Array
    n_trees: int
    depth: int
    base: float

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Ensemble:
        """Re-lay out the flat node arrays of one stage of the model file."""
        depth = max(int(data["depth"]), 1)
        roots: list[int] = data["roots"]
        features = np.zeros((len(roots), 2**depth - 1), np.intp)
        thresholds = np.full((len(roots), 2**depth - 1), np.inf, np.float32)
        values = np.zeros((len(roots), 2**depth), np.float64)
        for tree, root in enumerate(roots):
            _place_tree(data, root, depth, (features[tree], thresholds[tree], values[tree]))
        levels = [slice(2**level - 1, 2 ** (level + 1) - 1) for level in range(depth)]
        feature = np.concatenate([features[:, level].ravel() for level in levels])
        threshold = np.concatenate([thresholds[:, level].ravel() for level in levels])
        return cls(feature, threshold, values.ravel(), len(roots), depth, float(data["base"]))

    def raw(self, x: Array) -> Array:
        """The summed tree outputs for each row of `x`, a pass of trees at a time to bound memory."""
        rows = max(x.shape[0], 1)
        total: Array = np.full(x.shape[0], self.base, np.float64)
        per_block = max(1, _BLOCK_ENTRIES // rows)
        per_pass = max(1, _PASS_ENTRIES // rows // per_block) * per_block
        for first in range(0, self.n_trees, per_pass):
            last = min(first + per_pass, self.n_trees)
            values = np.take(self.value, self._leaves(x, first, last), mode="clip")
            for start in range(0, last - first, per_block):
                total += np.ascontiguousarray(values[:, start : start + per_block]).sum(axis=1)
        return total

    def _leaves(self, x: Array, first: int, last: int) -> Array:
        """The index in `value` of the leaf each row of `x` reaches in trees `first` to `last` - 1."""
        rows, width = x.shape
        flat = x.ravel()
        # Platform-sized indices: numpy would convert narrower ones on every gather.
        row_offset = np.arange(rows, dtype=np.intp)[:, None] * width
        leaves = (2**self.depth - 1) * self.n_trees  # the position of the first leaf
        node = np.arange(first, last, dtype=np.intp)  # the roots, shared by all rows until the first split
        # np.take with mode="clip" skips the bounds checks of fancy indexing; every index is in range.
        for level in range(self.depth):
            column = row_offset + np.take(self.feature, node, mode="clip")
            right = np.take(flat, column, mode="clip") > np.take(self.threshold, node, mode="clip")
            if level == 0:
                node = right + 2 * node  # one node per row and tree from here on
            else:
                node *= 2
                node += right
            node += self.n_trees if level < self.depth - 1 else self.n_trees - leaves
        return node

    def probability(self, x: Array) -> Array:
        """The body probability of each row of `x`."""
        probability: Array = 1.0 / (1.0 + np.exp(-self.raw(x)))
        return probability


def _place_tree(data: dict[str, Any], root: int, depth: int, into: tuple[Array, Array, Array]) -> None:
    features, thresholds, values = into
    feature, threshold, left, right, value = (data[k] for k in ("feature", "threshold", "left", "right", "value"))
    stack = [(root, 0, 0)]  # (node in the file, node in the complete tree, level)
    while stack:
        source, node, level = stack.pop()
        if feature[source] < 0:
            span = 2 ** (depth - level)
            first = (node - (2**level - 1)) * span
            values[first : first + span] = value[source]
            continue
        features[node], thresholds[node] = feature[source], threshold[source]
        stack += [(left[source], 2 * node + 1, level + 1), (right[source], 2 * node + 2, level + 1)]


def dump_cut(scores: Array, threshold: float, dump_threshold: float, dump_share: float) -> float:
    """`dump_threshold` (if higher) when at least `dump_share` of `scores` fall below `threshold`, else `threshold`.

    >>> dump_cut(np.array([0.1, 0.2, 0.9]), 0.3, 0.45, 0.5), dump_cut(np.array([0.1, 0.8, 0.9]), 0.3, 0.45, 0.5)
    (0.45, 0.3)
    """
    if not len(scores):
        return threshold
    low = float(np.count_nonzero(scores < threshold)) / len(scores)
    return max(threshold, dump_threshold) if low >= dump_share else threshold


@dataclass(frozen=True, slots=True)
class LineModel:
    """The stages and the thresholds that decide which lines are article text: one for text, one for HTML.

    A block of an HTML page carries its markup's evidence, so the model is surer of it and the best threshold
    is another than for a line of text; both are chosen on held-out pages (`training/evaluate.py`).

    A text page is either a whole page dumped to text, mostly furniture, or an extractor's output, mostly body.
    A dump is better cut higher (precision), an extraction lower (what looks like a menu there is most often a
    list in the body), so a text page at least `dump_share` of whose lines score below `threshold` is cut at
    `dump_threshold` instead (`text_threshold`).
    """

    members: tuple[tuple[Ensemble, ...], ...]
    """Stacks of stages, each read as a whole; a line's probability is the mean of theirs."""
    threshold: float
    html_threshold: float
    lexicon: Lexicon = field(default_factory=lambda: Lexicon({}))
    """The word weights whose readings stage 1 reads after the line features (none in a file without them)."""
    dump_threshold: float | None = None
    """The threshold of a text page that reads as a whole-page dump; None: `threshold` for every text page."""
    dump_share: float = 1.0
    """The least share of a text page's lines scored below `threshold` for the page to read as a dump."""

    def text_threshold(self, scores: Array) -> float:
        """The threshold for a text page whose lines score `scores`: the dump one if enough of them are low.

        >>> model = LineModel((), 0.3, 0.45, dump_threshold=0.45, dump_share=0.5)
        >>> model.text_threshold(np.array([0.1, 0.2, 0.9])), model.text_threshold(np.array([0.1, 0.8, 0.9]))
        (0.45, 0.3)
        """
        if self.dump_threshold is None:
            return self.threshold
        return dump_cut(scores, self.threshold, self.dump_threshold, self.dump_share)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> LineModel:
        """Read a model file's content; a file of another format is refused."""
        if data.get("format") != _FORMAT:
            msg = f"not a line model of format {_FORMAT!r}"
            raise ValueError(msg)
        fitted_on = (data.get("features", MODEL_FEATURES), data.get("stack_features", STACK_NAMES))
        if fitted_on != (MODEL_FEATURES, STACK_NAMES):
            msg = "the model was fitted on other features than this library computes: refit it (training.train_lines)"
            raise ValueError(msg)
        decode = data["decode"]
        threshold = float(decode["t"])
        stacks = data["members"] if "members" in data else [data.get("stages", [])]
        members = tuple(tuple(Ensemble.from_json(stage) for stage in stack) for stack in stacks)
        lexicon = Lexicon({str(word): float(weight) for word, weight in data.get("lexicon", {}).items()})
        dump = decode.get("t_dump")
        return cls(
            members,
            threshold,
            float(decode.get("t_html", threshold)),
            lexicon,
            None if dump is None else float(dump),
            float(decode.get("dump_share", 1.0)),
        )

    def probabilities(
        self,
        lines: list[str],
        dom: Sequence[tuple[float, ...] | None] | None = None,
        cache: LineFactsCache | None = None,
    ) -> Array:
        """The probability that each line is article text, given all lines of the page in order.

        `dom` gives each line's `Block.dom` row when the page was HTML; `cache` keeps what each line says by
        itself between scorings of one page.
        """
        if not lines:
            return np.zeros(0)
        x = np.hstack([line_features(lines, dom, cache), lexicon_columns(lines, self.lexicon, cache)])
        own = x[:, : len(OWN_NAMES)].astype(np.float64)
        total = np.zeros(len(lines))
        for stages in self.members:
            probability = stages[0].probability(x)
            for stage in stages[1:]:
                probability = stage.probability(np.hstack([x, stack_features(probability, own)]))
            total += probability
        mean: Array = total / len(self.members)
        return mean


@cache
def line_model() -> LineModel:
    """The shipped model, read once on first use so that importing the library stays fast."""
    text = resources.files(__package__).joinpath("line_model.json").read_text(encoding="utf-8")
    return LineModel.from_json(json.loads(text))
