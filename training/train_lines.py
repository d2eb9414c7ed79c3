"""Fit the line model on every bench input and write the model file the library ships.

    python -m training.train_lines [--bench ../shared/bench] [--out FILE] [--threshold T] [--html-threshold T] ...

The default output is `src/article_clean/classifier/line_model.json`. The thresholds (one for text, one for HTML,
one for a text page read as a dump, `--dump-threshold` and `--dump-share`) are not learnt here: take the ones
`training.evaluate` chose on held-out pages. Seeds are fixed and LightGBM runs on one thread, so the same data and
settings give the same file. Before writing, the exported trees are checked against LightGBM's own predictions, so
the file scores lines as the fitted model does.
"""

from __future__ import annotations

import argparse
import json
import time
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np

from article_clean.classifier.features import lexicon_columns
from article_clean.classifier.model import LineModel
from training.data import DEFAULT_BENCH, Dataset, load_dataset
from training.decode import stage_min_lines
from training.fit import (
    DEFAULTS,
    Bagged,
    Params,
    add_model_arguments,
    export,
    fit_bagged,
    params_from,
)

__all__ = ["main", "train"]

#: Where the library reads its model from, relative to the repository root.
DEFAULT_OUT = Path("src/article_clean/classifier/line_model.json")
#: Largest difference in probability tolerated between LightGBM and the exported trees (float32 features).
_TOLERANCE = 1e-4
#: Inputs whose lines are compared in the export check.
_CHECKED_INPUTS = 50


def train(dataset: Dataset, params: Params) -> Bagged:
    """Fit every member's stages on every line of every input (and on their body views, if the settings say so)."""
    every = np.ones(len(dataset.inputs), dtype=bool)
    pages, groups = dataset.training(every, body_views=params.body_views)
    return fit_bagged(pages, groups, params, partial(dataset.kept_views, every, min_lines=stage_min_lines()))


def check_export(model: Bagged, content: dict[str, Any], dataset: Dataset) -> float:
    """The largest probability difference between LightGBM and the exported file on some inputs; raise if large."""
    exported = LineModel.from_json(content)
    worst = 0.0
    step = max(len(dataset.inputs) // _CHECKED_INPUTS, 1)
    for index in range(0, len(dataset.inputs), step):
        start, end = int(dataset.pages.offsets[index]), int(dataset.pages.offsets[index + 1])
        if end == start:
            continue
        x = np.hstack([dataset.pages.x[start:end], lexicon_columns(list(dataset.inputs[index].lines), model.lexicon)])
        theirs = model.probabilities(x, np.array([0, end - start]))
        ours = exported.probabilities(list(dataset.inputs[index].lines), dataset.inputs[index].dom)
        worst = max(worst, float(np.abs(theirs - ours).max()))
    if worst > _TOLERANCE:
        msg = f"the exported trees differ from LightGBM by {worst:.2g} in probability"
        raise ValueError(msg)
    return worst


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH, help="the bench directory")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="the model file to write")
    parser.add_argument("--threshold", type=float, default=DEFAULTS.threshold, help="drop lines scored below this")
    parser.add_argument(
        "--html-threshold", type=float, default=DEFAULTS.html_threshold, help="the same for the blocks of HTML pages"
    )
    add_model_arguments(parser)
    return parser.parse_args()


def main() -> None:
    """Fit, check and write the model file."""
    args = _arguments()
    params = params_from(args, args.threshold, args.html_threshold)
    dataset = load_dataset(args.bench)
    started = time.perf_counter()
    model = train(dataset, params)
    dump = (params.dump_threshold, params.dump_share) if params.dump_threshold else None  # 0: none
    content = export(model, params.threshold, params.html_threshold, dump)
    worst = check_export(model, content, dataset)
    args.out.write_text(json.dumps(content, separators=(",", ":")), encoding="utf-8")
    nodes = sum(len(stage["feature"]) for stack in content["members"] for stage in stack)
    seconds = time.perf_counter() - started
    print(
        f"fitted on {len(dataset.pages.y)} lines of {len(dataset.inputs)} inputs in {seconds:.0f} s; "
        f"export matches LightGBM within {worst:.1g}; wrote {args.out} ({args.out.stat().st_size:,} bytes, "
        f"{nodes:,} nodes, thresholds {params.threshold:g} text, {params.html_threshold:g} HTML, "
        f"{params.dump_threshold:g} text dumps)"
    )


if __name__ == "__main__":
    main()
