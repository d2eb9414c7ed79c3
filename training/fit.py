"""Fit the stacked line model with LightGBM and export it in the library's model format.

Stage 1 reads the line features. Each later stage reads them plus `stack_features` of the stage before's
probabilities, which is how the verdicts on a line's neighbours reach it (three stages by default: the third reads
the second's verdicts on the neighbours). A stage must learn from probabilities like those it will get on new pages,
so on the training lines they are out-of-fold: grouped by site, a model of the stage before that never saw the site
scores its lines. The export flattens each ensemble into the node arrays `LineModel.from_json` reads
(format "article-clean-lines/1"). Seeds are fixed and LightGBM runs on one thread, so a fit is reproducible.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Literal

import lightgbm as lgb
import numpy as np
import numpy.typing as npt
from sklearn.model_selection import GroupKFold

from article_clean.classifier.features import OWN_NAMES, STACK_NAMES, stack_features
from article_clean.classifier.lexicon import LEXICON_NAMES, WORD, Lexicon, Reading
from article_clean.classifier.model import MODEL_FEATURES

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence

    from training.data import Pages

    #: Makes the kept views of the training pages from their out-of-fold stage-1 probabilities and a threshold.
    ViewMaker = Callable[[npt.NDArray[Any], float], tuple[Pages, npt.NDArray[Any]]]

__all__ = [
    "DEFAULTS",
    "FORMAT",
    "Bagged",
    "Params",
    "Stacked",
    "export",
    "fit_bagged",
    "fit_lexicon",
    "fit_stacked",
    "member_params",
]

Array = npt.NDArray[Any]
#: The model file format `LineModel.from_json` reads.
FORMAT = "article-clean-lines/1"


@dataclass(frozen=True, slots=True)
class Params:
    """The model's settings."""

    trees1: int = 50
    """Trees of stage 1."""
    trees2: int = 100
    """Trees of each stage after the first."""
    stages: int = 3
    """Stages in all (at least 2); a third lifted Dragnet text by .005 held out (see the README)."""
    depth: int = 6
    """Maximum tree depth; inference lays every tree out as a complete tree of this depth."""
    leaves: int = 31
    learning_rate: float = 0.1
    """Half the trees at twice the rate of 0.05 scored the same held out (see the README), in half the time."""
    inner_folds: int = 4
    """Folds for the out-of-fold probabilities each stage after the first learns from."""
    threshold: float = 0.3
    """Lines scored below this are dropped; chosen by `training.evaluate` on out-of-fold results."""
    html_threshold: float = 0.45
    """The same for the blocks of an HTML page, chosen on the HTML inputs alone."""
    dump_threshold: float = 0.5
    """The threshold of a text page that reads as a whole-page dump (0: `threshold` for every text page)."""
    dump_share: float = 0.5
    """A text page reads as a dump when at least this share of its lines scores below `threshold`."""
    seed: int = 0
    """The subsampling seed; the member stacks of a family with seed s fit with seeds s * members + i."""
    members: int = 2
    """Stacks fitted alike but for their seeds, whose probabilities the model averages (see the README)."""
    subsample: float = 0.8
    """The share of lines each tree is fitted on (1 turns row subsampling off)."""
    colsample: float = 0.8
    """The share of features each tree may split on (1 turns column subsampling off)."""
    body_views: bool = False
    """Also fit on each page's body lines alone, all labelled body (measured: no gain, see the README)."""
    weighting: Literal["none", "page", "words"] = "none"
    """"page": every page weighs the same in total, its lines by the square root of their words; "words": each
    line by the square root of its words, as the score counts words rather than lines."""
    kept_views: float = 0.4
    """Above 0: also fit on each page as the stage's second round sees it, the lines whose out-of-fold stage-1
    probability reaches this value, so that a page already cleaned once is judged as such (see the README)."""
    lexicon_sites: int = 5
    """The fewest sites a word must be printed on to get a weight in the lexicon; 0 fits no lexicon."""


#: The default settings, for command-line defaults (a slotted class has no plain class attributes to read).
DEFAULTS = Params()


def add_model_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the options that set `Params`, shared by `evaluate` and `train_lines`."""
    parser.add_argument("--trees1", type=int, default=DEFAULTS.trees1)
    parser.add_argument("--trees2", type=int, default=DEFAULTS.trees2)
    parser.add_argument("--stages", type=_stages, default=DEFAULTS.stages, help="stacked stages in all (at least 2)")
    parser.add_argument("--depth", type=int, default=DEFAULTS.depth)
    parser.add_argument("--leaves", type=int, default=DEFAULTS.leaves)
    parser.add_argument("--learning-rate", type=float, default=DEFAULTS.learning_rate)
    parser.add_argument("--body-views", action="store_true", help="also fit on each input's body lines alone")
    parser.add_argument("--weighting", choices=("none", "page", "words"), default=DEFAULTS.weighting)
    parser.add_argument("--kept-views", type=float, default=DEFAULTS.kept_views, metavar="T")
    parser.add_argument(
        "--seed", type=int, default=DEFAULTS.seed, help="the subsampling seed: refit with others to see the spread"
    )
    parser.add_argument(
        "--members", type=_members, default=DEFAULTS.members, help="stacks averaged, each with its own seed"
    )
    parser.add_argument("--subsample", type=float, default=DEFAULTS.subsample, metavar="SHARE")
    parser.add_argument(
        "--lexicon-sites", type=int, default=DEFAULTS.lexicon_sites, metavar="N", help="0: fit no word weights"
    )
    parser.add_argument("--colsample", type=float, default=DEFAULTS.colsample, metavar="SHARE")
    parser.add_argument(
        "--dump-threshold", type=float, default=DEFAULTS.dump_threshold, metavar="T", help="0: no dump threshold"
    )
    parser.add_argument("--dump-share", type=float, default=DEFAULTS.dump_share, metavar="SHARE")


def _at_least(least: int, option: str, why: str = "") -> Callable[[str], int]:
    """An argument type: an integer of at least `least`, refused with the option's name and the reason."""

    def parse(text: str) -> int:
        count = int(text)
        if count < least:
            msg = f"{option} must be at least {least}{why}, not {count}"
            raise argparse.ArgumentTypeError(msg)
        return count

    return parse


_stages = _at_least(2, "--stages", " (stage 1 alone sees no neighbour's verdict)")
_members = _at_least(1, "--members")


def member_params(params: Params) -> list[Params]:
    """The settings of each member stack: one member each, the seeds of the family's block of `members`.

    >>> [p.seed for p in member_params(Params(seed=1, members=2))]
    [2, 3]
    >>> member_params(Params(members=1)) == [Params(members=1)]
    True
    """
    first = params.seed * params.members
    return [replace(params, seed=first + i, members=1) for i in range(params.members)]


def params_from(
    args: argparse.Namespace, threshold: float = DEFAULTS.threshold, html_threshold: float = DEFAULTS.html_threshold
) -> Params:
    """The `Params` the parsed options ask for."""
    return Params(
        html_threshold=html_threshold,
        trees1=args.trees1,
        trees2=args.trees2,
        stages=args.stages,
        depth=args.depth,
        leaves=args.leaves,
        learning_rate=args.learning_rate,
        threshold=threshold,
        body_views=args.body_views,
        weighting=args.weighting,
        kept_views=args.kept_views,
        seed=args.seed,
        members=args.members,
        subsample=args.subsample,
        colsample=args.colsample,
        lexicon_sites=args.lexicon_sites,
        dump_threshold=args.dump_threshold,
        dump_share=args.dump_share,
    )


@dataclass(frozen=True, slots=True)
class Stacked:
    """The fitted LightGBM stages of one member, in order."""

    stages: tuple[lgb.LGBMClassifier, ...]

    def probabilities(self, x: Array, offsets: Array) -> Array:
        """LightGBM's body probabilities of the rows `x` of pages split at `offsets`, stage after stage."""
        probability: Array = np.asarray(self.stages[0].predict_proba(x))[:, 1]
        for stage in self.stages[1:]:
            probability = np.asarray(stage.predict_proba(stack_matrix(x, probability, offsets)))[:, 1]
        return probability


@dataclass(frozen=True, slots=True)
class Bagged:
    """Member stacks fitted alike but for their seeds, whose probabilities are averaged.

    `lexicon` holds the word weights their first stages read: they do not depend on the seed, so all share them.
    """

    stacks: tuple[Stacked, ...]
    lexicon: Lexicon

    def probabilities(self, x: Array, offsets: Array) -> Array:
        """The mean of the members' body probabilities, summed in member order as the library does."""
        total = np.zeros(len(x))
        for stack in self.stacks:
            total += stack.probabilities(x, offsets)
        mean: Array = total / len(self.stacks)
        return mean


def gbm(trees: int, params: Params) -> lgb.LGBMClassifier:
    """A LightGBM classifier with the shared settings: one thread, fixed seed, row and column subsampling."""
    return lgb.LGBMClassifier(
        n_estimators=trees,
        max_depth=params.depth,
        num_leaves=params.leaves,
        learning_rate=params.learning_rate,
        min_child_samples=50,
        subsample=params.subsample,
        subsample_freq=1 if params.subsample < 1 else 0,
        colsample_bytree=params.colsample,
        n_jobs=1,
        random_state=params.seed,
        deterministic=True,
        verbose=-1,
    )


def stack_matrix(x: Array, probability: Array, offsets: Array) -> Array:
    """A later stage's input: the line features beside `stack_features`, computed page by page."""
    stacked = np.zeros((len(x), len(STACK_NAMES)), np.float32)
    own = len(OWN_NAMES)
    for start, end in zip(offsets[:-1].tolist(), offsets[1:].tolist(), strict=True):
        if end > start:
            stacked[start:end] = stack_features(probability[start:end], x[start:end, :own].astype(np.float64))
    return np.hstack([x, stacked])


def _folds(y: Array, groups: Array, folds: int) -> Iterator[tuple[Array, Array]]:
    """Row indices of grouped folds; fewer folds when there are fewer groups."""
    splits = min(folds, len(np.unique(groups)))
    yield from GroupKFold(splits).split(np.zeros(len(y)), y, groups)


def out_of_fold(x: Array, y: Array, groups: Array, weights: Array | None, params: Params, trees: int = 0) -> Array:
    """Probabilities of every row of `x` from a model of `trees` (stage 1's: 0) that did not see the row's site."""
    probability = np.zeros(len(y))
    for train, test in _folds(y, groups, params.inner_folds):
        weight = None if weights is None else weights[train]
        model = gbm(trees or params.trees1, params).fit(x[train], y[train], sample_weight=weight)
        probability[test] = np.asarray(model.predict_proba(x[test]))[:, 1]
    return probability


def row_weights(pages: Pages, weighting: str) -> Array | None:
    """Sample weights: None; with "words" each line by sqrt(words), with "page" also each page the same total."""
    if weighting == "none":
        return None
    words = np.sqrt(np.maximum(np.expm1(pages.x[:, OWN_NAMES.index("log_words")].astype(np.float64)), 1.0))
    if weighting == "words":
        mean_one: Array = words / words.mean()
        return mean_one
    lengths = np.diff(pages.offsets)
    page = np.repeat(np.arange(len(lengths)), lengths)
    totals = np.bincount(page, weights=words, minlength=len(lengths))
    weights: Array = words / totals[page] * (len(words) / max(int((lengths > 0).sum()), 1))
    return weights


def fit_lexicon(lines: Sequence[str], labels: Array, sites: Array, min_sites: int, alpha: float = 1.0) -> Lexicon:
    """Weigh every word printed on at least `min_sites` sites: the log-odds that a line holding it is body.

    Each site counts once per word and label, so a site that repeats its chrome on every page weighs as much as one
    that prints it once; `alpha` smooths the counts. `min_sites` 0 gives no weights.
    """
    if min_sites <= 0:
        return Lexicon({})
    body: dict[str, set[int]] = {}
    furniture: dict[str, set[int]] = {}
    for line, label, site in zip(lines, labels.tolist(), sites.tolist(), strict=True):
        counts = body if label else furniture
        for word in set(WORD.findall(line.lower())):
            counts.setdefault(word, set()).add(site)
    empty: set[int] = set()
    vocabulary = sorted(
        w for w in body.keys() | furniture.keys() if len(body.get(w, empty) | furniture.get(w, empty)) >= min_sites
    )
    in_body = np.array([len(body.get(word, empty)) for word in vocabulary], np.float64)
    in_furniture = np.array([len(furniture.get(word, empty)) for word in vocabulary], np.float64)
    size = len(vocabulary)
    odds = np.log((in_body + alpha) / (in_body.sum() + alpha * size)) - np.log(
        (in_furniture + alpha) / (in_furniture.sum() + alpha * size)
    )
    return Lexicon({word: round(float(weight), 3) for word, weight in zip(vocabulary, odds.tolist(), strict=True)})


def lexicon_readings(pages: Pages, rows: Array, params: Params) -> dict[tuple[int, str], Reading]:
    """What a lexicon that never saw the line's site reads in each line, by (site, line).

    Out of fold like the probabilities the later stages read: a lexicon learned from a line's own label would be
    surer of the training lines than of any new page's.
    """
    readings: dict[tuple[int, str], Reading] = {}
    for train, test in _folds(pages.y, rows, params.inner_folds):
        lexicon = fit_lexicon([pages.lines[i] for i in train], pages.y[train], rows[train], params.lexicon_sites)
        for i in test.tolist():
            key = (int(rows[i]), pages.lines[i])
            if key not in readings:
                readings[key] = lexicon.read(pages.lines[i])
    return readings


def with_readings(pages: Pages, rows: Array, readings: dict[tuple[int, str], Reading]) -> Array:
    """Stage 1's input: the pages' line features beside the readings of their lines."""
    columns = np.array(
        [readings[(site, line)] for site, line in zip(rows.tolist(), pages.lines, strict=True)], np.float32
    ).reshape(len(pages.lines), len(LEXICON_NAMES))
    return np.hstack([pages.x, columns])


def fit_bagged(pages: Pages, groups: Array, params: Params, views: ViewMaker | None = None) -> Bagged:
    """Fit the word weights once and every member's stages on whole pages, `groups` holding each page's site id.

    The lexicon and the out-of-fold readings stage 1 learns from depend on the sites alone (grouped folds, no
    subsampling): each member reads the same ones and differs only by its seed.
    """
    rows = np.repeat(groups, np.diff(pages.offsets))
    lexicon = fit_lexicon(pages.lines, pages.y, rows, params.lexicon_sites)
    readings = lexicon_readings(pages, rows, params)
    stacks = tuple(fit_stacked(pages, groups, member, readings, views) for member in member_params(params))
    return Bagged(stacks, lexicon)


def fit_stacked(
    pages: Pages,
    groups: Array,
    params: Params,
    readings: dict[tuple[int, str], Reading],
    views: ViewMaker | None = None,
) -> Stacked:
    """Fit one member's stages on whole pages and the word `readings` of their lines.

    With `params.kept_views` and a `views` maker, the pages as the second round would see them (the lines an
    out-of-fold stage 1 keeps) are added to the training pages, in their own site's group.
    """
    rows = np.repeat(groups, np.diff(pages.offsets))
    x = with_readings(pages, rows, readings)
    if params.kept_views > 0 and views is not None:
        first_round = out_of_fold(x, pages.y, rows, row_weights(pages, params.weighting), params)
        extra, extra_groups = views(first_round, params.kept_views)
        if len(extra.y):
            extra_rows = np.repeat(extra_groups, np.diff(extra.offsets))
            x = np.vstack((x, with_readings(extra, extra_rows, readings)))  # a view's lines are its page's
            pages, groups = pages.join(extra), np.concatenate((groups, extra_groups))
    y = pages.y
    weights = row_weights(pages, params.weighting)
    rows = np.repeat(groups, np.diff(pages.offsets))
    stages = [gbm(params.trees1, params).fit(x, y, sample_weight=weights)]
    probability = out_of_fold(x, y, rows, weights, params)
    while True:
        stacked = stack_matrix(x, probability, pages.offsets)
        stages.append(gbm(params.trees2, params).fit(stacked, y, sample_weight=weights))
        if len(stages) >= params.stages:
            return Stacked(tuple(stages))
        probability = out_of_fold(stacked, y, rows, weights, params, params.trees2)


def float32_below(threshold: float) -> float:
    """The largest float32 at or below a split's threshold.

    A float32 feature then goes left exactly when it would in LightGBM, which compares in double: rounding to
    nearest can step over a value the data holds.

    >>> float32_below(0.1) <= 0.1 < float(np.nextafter(np.float32(float32_below(0.1)), np.float32(1)))
    True
    """
    rounded = np.float32(threshold)
    if float(rounded) > threshold:
        rounded = np.nextafter(rounded, np.float32(-np.inf))
    return float(rounded)


#: Decimals of a leaf's value in the model file. Six let the rounding of a page's 250 leaves move a probability by
#: about 1e-6, and a later stage's split on a neighbour's probability can fall inside that: the exported model then
#: disagreed with LightGBM on a line by 1.5e-4 (a split of the third stage crossed). Nine keep the sums within 1e-9.
_LEAF_DECIMALS = 9


def export_ensemble(model: lgb.LGBMClassifier) -> dict[str, Any]:
    """Flatten a fitted binary LightGBM model into node arrays: a leaf has feature -1 and points to itself."""
    nodes: dict[str, list[Any]] = {key: [] for key in ("feature", "threshold", "left", "right", "value")}
    deepest = 0

    def add(node: dict[str, Any], depth: int) -> int:
        nonlocal deepest
        index = len(nodes["feature"])
        for key, empty in (("feature", -1), ("threshold", 0.0), ("left", index), ("right", index), ("value", 0.0)):
            nodes[key].append(empty)
        if "split_index" not in node:
            nodes["value"][index] = round(float(node.get("leaf_value", 0.0)), _LEAF_DECIMALS)
            deepest = max(deepest, depth)
            return index
        if node["decision_type"] != "<=":
            msg = f"unsupported split {node['decision_type']!r}: the model format only has <= splits"
            raise ValueError(msg)
        nodes["feature"][index] = int(node["split_feature"])
        nodes["threshold"][index] = float32_below(float(node["threshold"]))
        nodes["left"][index] = add(node["left_child"], depth + 1)
        nodes["right"][index] = add(node["right_child"], depth + 1)
        return index

    roots = [add(tree["tree_structure"], 0) for tree in model.booster_.dump_model()["tree_info"]]
    return {**nodes, "roots": roots, "depth": deepest, "base": 0.0}


def export(
    model: Bagged, threshold: float, html_threshold: float | None = None, dump: tuple[float, float] | None = None
) -> dict[str, Any]:
    """The model file's content, as `LineModel.from_json` reads it (the HTML threshold is the text one if None).

    `dump` is the threshold of a text page that reads as a dump and the share of low lines that makes one.
    """
    decode: dict[str, Any] = {
        "mode": "thr",
        "t": threshold,
        "t_html": threshold if html_threshold is None else html_threshold,
    }
    if dump is not None:
        decode |= {"t_dump": dump[0], "dump_share": dump[1]}
    return {
        "format": FORMAT,
        "features": MODEL_FEATURES,
        "stack_features": STACK_NAMES,
        "members": [[export_ensemble(stage) for stage in stack.stages] for stack in model.stacks],
        "lexicon": dict(model.lexicon.weights),
        "decode": decode,
    }
