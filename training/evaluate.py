"""Measure the line model end to end with grouped cross-validation, and choose its threshold on held-out pages.

    python -m training.evaluate [--bench ../shared/bench] [--folds 5] [--write FILE.md] [--json FILE.json]

Inputs are split into folds by site (all inputs of a domain, in either corpus, share a fold). For each fold both
stages are fitted on the other folds, and each held-out input is cleaned as the library will clean it (see
`decode.keep_mask`): the kept lines, joined by blank lines, are scored with the bench's `score.py` per input set.
The table also scores the input as given, the pipeline without the classifier (baseline), one round of the
classifier instead of the fixed point, and models fitted on one corpus only and tested on the other.

The thresholds are chosen on the out-of-fold results. For text: among the thresholds that leave no extractor
output below its own uncleaned F1, the one with the best mean F1 over the text input sets. For HTML, whose blocks
carry their markup's evidence: the best mean F1 over the HTML input sets.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from dataclasses import asdict, dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt
from sklearn.model_selection import GroupKFold

from article_clean.classifier.model import LineModel
from training.data import CACHE_DIR, DEFAULT_BENCH, SETS, Dataset, Input, load_dataset
from training.decode import (
    MAX_ROUNDS,
    Probabilities,
    Scorer,
    keep_mask,
    output_text,
    stage_min_drop_share,
    stage_min_lines,
)
from training.fit import Params, add_model_arguments, export, fit_bagged, member_params, params_from

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

__all__ = ["Plan", "choose_threshold", "main"]

Array = npt.NDArray[Any]
Scores = dict[str, dict[str, float]]
"""Scores by input set: {"f1", "precision", "recall"}."""

DEFAULT_THRESHOLDS = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)


@dataclass(frozen=True, slots=True)
class Plan:
    """Which inputs a model is fitted on and which it cleans."""

    name: str
    train: Array
    """One bool per input."""
    test: Array


@dataclass(slots=True)
class Report:
    """Everything the evaluation measured, by input set."""

    thresholds: list[float]
    raw: Scores
    baseline: Scores
    cv: dict[float, Scores] = field(default_factory=dict)
    """Grouped cross-validation, decoded to a fixed point, by threshold."""
    one_round: dict[float, Scores] = field(default_factory=dict)
    cross: dict[float, Scores] = field(default_factory=dict)
    """ScrapingHub-trained models on Dragnet and Dragnet-trained on ScrapingHub."""
    titled: Scores = field(default_factory=dict)
    """Dragnet at the chosen threshold with the pipeline's title prepended: its annotators kept the title."""
    chosen: float = 0.0
    why: str = ""
    html_chosen: float = 0.0
    html_why: str = ""

    def threshold_of(self, name: str) -> float:
        """The chosen threshold for an input set: the HTML one for HTML inputs."""
        return self.html_chosen if SETS.get(name) == "html" else self.chosen


def cv_plans(dataset: Dataset, folds: int) -> list[Plan]:
    """Grouped folds over inputs: every input of a site is held out together."""
    groups = [item.group for item in dataset.inputs]
    index = np.zeros(len(groups))
    plans = []
    for fold, (_, test) in enumerate(GroupKFold(folds).split(index, index, groups)):
        held = np.zeros(len(groups), dtype=bool)
        held[test] = True
        plans.append(Plan(f"cv{folds}-fold{fold}", ~held, held))
    return plans


#: The settings that decide how a fitted model's scores are cut, not how it is fitted.
_DECODING = ("threshold", "html_threshold", "dump_threshold", "dump_share")


def cross_plans(dataset: Dataset) -> list[Plan]:
    """Fit on one corpus, clean the other."""
    scrapinghub = np.array([item.corpus == "scrapinghub" for item in dataset.inputs])
    return [
        Plan("scrapinghub-to-dragnet", scrapinghub, ~scrapinghub),
        Plan("dragnet-to-scrapinghub", ~scrapinghub, scrapinghub),
    ]


def fitted(dataset: Dataset, plan: Plan, params: Params) -> LineModel:
    """The model of a plan, fitted on its training inputs; cached by data, settings, plan and fitting code."""
    return LineModel.from_json(json.loads(fitted_file(dataset, plan, params).read_text(encoding="utf-8")))


def fitted_file(dataset: Dataset, plan: Plan, params: Params) -> Path:
    """The model file of a plan (decoded with `params.threshold` alone), fitted first when it is not cached.

    A model of several members is put together from the members' own files, so that each stack is fitted once
    whatever family it serves in.
    """
    settings = json.dumps(asdict(replace(params, **dict.fromkeys(_DECODING, 0.0))), sort_keys=True)
    code = (Path(__file__).parent / "fit.py").read_bytes()
    digest = hashlib.sha256(
        f"{dataset.key}{settings}{plan.name}{plan.train.tobytes().hex()}".encode() + code
    ).hexdigest()
    path = CACHE_DIR / "models" / f"{plan.name}-{digest[:12]}.json"
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    if params.members > 1:
        parts = [
            json.loads(fitted_file(dataset, plan, member).read_text(encoding="utf-8"))
            for member in member_params(params)
        ]
        content = parts[0] | {"members": [stack for part in parts for stack in part["members"]]}
    else:
        started = time.perf_counter()
        pages, groups = dataset.training(plan.train, body_views=params.body_views)
        views = partial(dataset.kept_views, plan.train, min_lines=stage_min_lines())
        content = export(fit_bagged(pages, groups, params, views), params.threshold)
        print(f"  fitted {plan.name} on {len(pages.y)} lines in {time.perf_counter() - started:.0f} s", flush=True)
    path.write_text(json.dumps(content), encoding="utf-8")
    return path


def predict(
    dataset: Dataset, plans: Sequence[Plan], params: Params, thresholds: Sequence[float], *, rounds: int
) -> dict[float, dict[int, str]]:
    """Output text of every tested input, by threshold and input index."""
    min_lines, min_share = stage_min_lines(), stage_min_drop_share()
    out: dict[float, dict[int, str]] = {t: {} for t in thresholds}
    for plan in plans:
        model = fitted(dataset, plan, params)
        for index in np.flatnonzero(plan.test).tolist():
            item = dataset.inputs[index]
            scores = Probabilities(model, item.lines, item.dom)
            dump = None if SETS[item.set] == "html" else (params.dump_threshold, params.dump_share)
            for threshold in thresholds:
                keep = keep_mask(scores, threshold, rounds=rounds, min_lines=min_lines, min_share=min_share, dump=dump)
                out[threshold][index] = output_text(item.final, keep)
    return out


def score_sets(dataset: Dataset, scorer: Scorer, text: Callable[[int], str | None]) -> Scores:
    """Score `text(i)` of every input per set; sets where `text` gives None for every input are left out."""
    scores: Scores = {}
    for name in SETS:
        chosen = [i for i, item in enumerate(dataset.inputs) if item.set == name]
        texts = {dataset.inputs[i].page: text(i) for i in chosen}
        if chosen and any(value is not None for value in texts.values()):
            gold = {dataset.inputs[i].page: dataset.inputs[i].gold for i in chosen}
            scores[name] = scorer.score(gold, {page: value or "" for page, value in texts.items()})
    return scores


def _mean_f1(scores: Scores, *, html: bool) -> float:
    """The mean F1 over the HTML input sets, or over the text ones."""
    return float(np.mean([score["f1"] for name, score in scores.items() if (SETS.get(name) == "html") == html]))


def choose_threshold(cv: dict[float, Scores], raw: Scores) -> tuple[float, str]:
    """The threshold with the best mean F1 over text sets among those that leave no extractor output below its input.

    >>> cv = {0.3: {"a": {"f1": 0.9}, "scrapinghub scraped:x": {"f1": 0.7}},
    ...       0.5: {"a": {"f1": 0.95}, "scrapinghub scraped:x": {"f1": 0.6}}}
    >>> choose_threshold(cv, {"scrapinghub scraped:x": {"f1": 0.65}})[0]
    0.3
    """
    extracted = [name for name in raw if SETS.get(name) == "extracted"]

    def mean_f1(threshold: float) -> float:
        return _mean_f1(cv[threshold], html=False)

    safe = [t for t in cv if all(cv[t][name]["f1"] >= raw[name]["f1"] for name in extracted if name in cv[t])]
    if safe:
        best = max(safe, key=mean_f1)
        return (
            best,
            f"best mean F1 over the text sets ({mean_f1(best):.3f}) among thresholds {safe} keeping extractor F1",
        )
    best = max(cv, key=mean_f1)
    return best, f"no threshold keeps every extractor output's F1; best mean F1 ({mean_f1(best):.3f})"


def choose_html_threshold(cv: dict[float, Scores]) -> tuple[float, str]:
    """The threshold with the best mean F1 over the HTML sets (the lower one of a tie).

    >>> choose_html_threshold({0.3: {"dragnet html": {"f1": 0.9}}, 0.4: {"dragnet html": {"f1": 0.92}}})[0]
    0.4
    """

    def mean_f1(threshold: float) -> float:
        return _mean_f1(cv[threshold], html=True)

    best = max(sorted(cv), key=mean_f1)
    return best, f"best mean F1 over the HTML sets ({mean_f1(best):.3f})"


def evaluate(dataset: Dataset, scorer: Scorer, params: Params, thresholds: Sequence[float], folds: int) -> Report:
    """Run every measurement of the report."""
    report = Report(
        list(thresholds),
        raw=score_sets(dataset, scorer, lambda i: dataset.inputs[i].raw),
        baseline=score_sets(dataset, scorer, lambda i: dataset.inputs[i].baseline),
    )
    plans = cv_plans(dataset, folds)
    predicted = predict(dataset, plans, params, thresholds, rounds=MAX_ROUNDS)
    for threshold, texts in predicted.items():
        report.cv[threshold] = score_sets(dataset, scorer, texts.get)
    report.chosen, report.why = choose_threshold(report.cv, report.raw)
    report.html_chosen, report.html_why = choose_html_threshold(report.cv)

    def titled(index: int) -> str | None:
        item = dataset.inputs[index]
        return _titled(item, predicted[report.threshold_of(item.set)].get(index))

    report.titled = score_sets(dataset, scorer, titled)
    for threshold, texts in predict(dataset, plans, params, thresholds, rounds=1).items():
        report.one_round[threshold] = score_sets(dataset, scorer, texts.get)
    for threshold, texts in predict(dataset, cross_plans(dataset), params, thresholds, rounds=MAX_ROUNDS).items():
        report.cross[threshold] = score_sets(dataset, scorer, texts.get)
    return report


def _titled(item: Input, text: str | None) -> str | None:
    """The output with the title before it, for the Dragnet sets only (None elsewhere, so they are left out)."""
    if item.corpus != "dragnet" or text is None:
        return None
    return "\n\n".join(part for part in (item.title, text) if part)


def _cell(scores: Scores, name: str, key: str = "f1") -> str:
    return f"{scores[name][key]:.3f}".removeprefix("0") if name in scores else "–"


def main_table(report: Report, dataset: Dataset) -> str:
    """Per input set: input as given, baseline, the classifier at its chosen threshold, one round, cross-source."""
    lines = [
        "| input set | inputs | raw F1 | baseline F1 / P / R | classifier F1 / P / R | ΔF1 vs raw | one round F1 | "
        "cross-source F1 |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name in SETS:
        count = sum(item.set == name for item in dataset.inputs)
        t = report.threshold_of(name)
        cv, one, cross = report.cv[t], report.one_round[t], report.cross[t]
        base = " / ".join(_cell(report.baseline, name, key) for key in ("f1", "precision", "recall"))
        ours = " / ".join(_cell(cv, name, key) for key in ("f1", "precision", "recall"))
        delta = f"{cv[name]['f1'] - report.raw[name]['f1']:+.3f}" if name in report.raw else "–"
        row = [name, str(count), _cell(report.raw, name), base, ours, delta, _cell(one, name), _cell(cross, name)]
        lines.append("| " + " | ".join(row) + " |")
        if name in report.titled:
            titled = " / ".join(_cell(report.titled, name, key) for key in ("f1", "precision", "recall"))
            lines.append(f"| {name}, title prepended | {count} | – | – | {titled} | – | – | – |")
    return "\n".join(lines)


def sweep_table(report: Report) -> str:
    """Out-of-fold F1 (fixed point) per input set and threshold."""
    head = "| input set | " + " | ".join(f"t={t:g}" for t in report.thresholds) + " |"
    lines = [head, "|---|" + "---|" * len(report.thresholds)]
    for name in SETS:
        lines.append(f"| {name} | " + " | ".join(_cell(report.cv[t], name) for t in report.thresholds) + " |")
    for label, html in (("text sets", False), ("HTML sets", True)):
        means = [_mean_f1(report.cv[t], html=html) for t in report.thresholds]
        lines.append(f"| mean over {label} | " + " | ".join(f"{m:.3f}".removeprefix("0") for m in means) + " |")
    return "\n".join(lines)


def render(report: Report, dataset: Dataset, params: Params, folds: int) -> str:
    """The whole report as markdown."""
    settings = ", ".join(f"{key}={value}" for key, value in asdict(params).items() if key not in _DECODING)
    dump = (
        f"a text page with at least {params.dump_share:.0%} of its lines below the threshold cut at "
        f"{params.dump_threshold:g} from then on (a dump), "
        if params.dump_threshold
        else ""
    )
    return "\n\n".join(
        [
            f"Grouped {folds}-fold CV by site, {len(dataset.inputs)} inputs, {len(dataset.pages.y)} lines; {settings}; "
            f"decoding to a fixed point (at most {MAX_ROUNDS} rounds; a round that would drop under "
            f"{stage_min_drop_share():.0%} of the lines drops none), {dump}inputs under {stage_min_lines()} lines "
            f"left alone.",
            f"Chosen threshold: **{report.chosen:g}** — {report.why}. For HTML: **{report.html_chosen:g}** — "
            f"{report.html_why}.",
            main_table(report, dataset),
            "Out-of-fold F1 by threshold:",
            sweep_table(report),
        ]
    )


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH, help="the bench directory")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--thresholds", type=float, nargs="+", default=list(DEFAULT_THRESHOLDS))
    add_model_arguments(parser)
    parser.add_argument("--write", type=Path, help="also write the report as markdown to this file")
    parser.add_argument("--json", type=Path, help="also write every score as JSON to this file")
    return parser.parse_args()


def main() -> None:
    """Evaluate, print the report and optionally write it."""
    args = _arguments()
    params = params_from(args)
    dataset = load_dataset(args.bench)
    started = time.perf_counter()
    report = evaluate(dataset, Scorer(args.bench), params, args.thresholds, args.folds)
    text = render(report, dataset, params, args.folds)
    print(text)
    print(f"\n(evaluated in {time.perf_counter() - started:.0f} s)")
    if args.write:
        args.write.write_text(text + "\n", encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps(asdict(report), indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
