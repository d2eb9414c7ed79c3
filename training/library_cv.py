"""Held-out accuracy of the library itself: each fold's model run by `clean_article` on the pages it never saw.

    python -m training.library_cv [--bench ../shared/bench] [--seed N] [--write FILE.md] [--json FILE.json]
        [--outputs FILE.jsonl]

`training.evaluate` replays the classifier stage on the lines it recorded once: fast enough to sweep thresholds
and settings, but between the stage's rounds it does not re-run the structure stages that the library re-runs (a
headline left on top once the lines above it are dropped is taken as the title; a related-links heading finds its
list). This runs the whole pipeline instead, with the same grouped folds and fold models (shared with
`training.evaluate` through its cache) and the shipped model's thresholds, so its figures are what
`clean_article` returns on sites the model has not seen. Dragnet is also scored with the title prepended, as
`benchmarks/accuracy.py` does. The JSON file reads like `evaluate --json` under the threshold key "library", so
`training.spread` compares runs of either.
"""

from __future__ import annotations

import argparse
import json
import time
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any
from unittest import mock

import numpy as np

from article_clean import clean_article
from article_clean.classifier.model import LineModel
from article_clean.stages import classify
from training.data import DEFAULT_BENCH, Dataset, load_dataset, raw_inputs
from training.decode import Scorer
from training.evaluate import cv_plans, fitted_file
from training.fit import Params, add_model_arguments, params_from

if TYPE_CHECKING:
    from article_clean import Article

__all__ = ["KEY", "library_outputs", "main"]

#: The threshold key the JSON report files its scores under.
KEY = "library"


def shipped_decoding() -> dict[str, Any]:
    """The thresholds of the shipped model, which every fold model is given so that only the trees differ."""
    text = resources.files("article_clean.classifier").joinpath("line_model.json").read_text(encoding="utf-8")
    decode: dict[str, Any] = json.loads(text)["decode"]
    return decode


def fold_model(path: Path, decode: dict[str, Any]) -> LineModel:
    """A fold's model file read with the given thresholds."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return LineModel.from_json(data | {"decode": decode})


def library_outputs(dataset: Dataset, bench: Path, params: Params) -> dict[int, Article]:
    """The article `clean_article` returns for every input, by input index, each with its fold's model."""
    decode = shipped_decoding()
    held_by = np.zeros(len(dataset.inputs), dtype=np.intp)
    models = []
    for number, plan in enumerate(cv_plans(dataset, 5)):
        held_by[plan.test] = number
        models.append(fold_model(fitted_file(dataset, plan, params), decode))
    articles: dict[int, Article] = {}
    for index, (name, record, raw) in enumerate(raw_inputs(bench)):
        item = dataset.inputs[index]
        if (item.set, item.page) != (name, str(record["id"])):
            msg = "the dataset's inputs are not in the bench's order: rebuild it (load_dataset(rebuild=True))"
            raise RuntimeError(msg)
        model = models[held_by[index]]
        with mock.patch.object(classify, "line_model", lambda model=model: model):
            articles[index] = clean_article(raw)
    return articles


def scores(dataset: Dataset, scorer: Scorer, articles: dict[int, Article]) -> dict[str, dict[str, float]]:
    """F1, precision and recall per input set, and per Dragnet set with the title prepended ("… titled")."""
    texts: dict[str, dict[str, str]] = {}
    golds: dict[str, dict[str, str]] = {}
    for index, article in articles.items():
        item = dataset.inputs[index]
        sets = [item.set, f"{item.set} titled"] if item.corpus == "dragnet" else [item.set]
        for name in sets:
            text = "\n\n".join(filter(None, (article.title, article.text))) if name.endswith("titled") else article.text
            texts.setdefault(name, {})[item.page] = text
            golds.setdefault(name, {})[item.page] = item.gold
    return {name: scorer.score(golds[name], texts[name]) for name in texts}


def render(result: dict[str, dict[str, float]]) -> str:
    """A markdown table of the scores."""
    lines = ["| input set | F1 | P | R |", "|---|---|---|---|"]
    for name, row in result.items():
        cells = " | ".join(f"{row[key]:.3f}".removeprefix("0") for key in ("f1", "precision", "recall"))
        lines.append(f"| {name} | {cells} |")
    return "\n".join(lines)


def main() -> None:
    """Run the pipeline on every held-out input, print the table and optionally write it."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH, help="the bench directory")
    add_model_arguments(parser)
    parser.add_argument("--write", type=Path, help="also write the table as markdown to this file")
    parser.add_argument("--json", type=Path, help="also write the scores as JSON to this file")
    parser.add_argument("--outputs", type=Path, help="also write every input's title and text as JSON lines")
    args = parser.parse_args()
    dataset = load_dataset(args.bench)
    started = time.perf_counter()
    articles = library_outputs(dataset, args.bench, params_from(args))
    result = scores(dataset, Scorer(args.bench), articles)
    text = render(result)
    print(f"{text}\n\n(cleaned and scored in {time.perf_counter() - started:.0f} s)")
    if args.write:
        args.write.write_text(text + "\n", encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps({"cv": {KEY: result}}, indent=1), encoding="utf-8")
    if args.outputs:
        with args.outputs.open("w", encoding="utf-8") as handle:
            for index, article in articles.items():
                item = dataset.inputs[index]
                row = {"set": item.set, "id": item.page, "title": article.title, "text": article.text}
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
