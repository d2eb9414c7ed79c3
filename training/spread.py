"""Set several evaluations side by side: the mean and range of each set's out-of-fold F1 over refits.

A refit with another subsampling seed (`evaluate --seed N --json FILE`) moves a set's F1 by up to about .006 on
ScrapingHub, so a change to the code is judged on the mean of a few seeds, each side measured the same way:

    python -m training.spread --before old_s0.json old_s1.json --after new_s0.json new_s1.json

With `--after` left out, the evaluations given are summarised alone.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from statistics import fmean
from typing import Any

__all__ = ["f1_by_set", "main", "spread_table"]


def f1_by_set(reports: list[dict[str, Any]], threshold: str) -> dict[str, list[float]]:
    """Each input set's F1 at `threshold` in each report (as `evaluate --json` writes them)."""
    sets: dict[str, list[float]] = {}
    for report in reports:
        for name, scores in report["cv"][threshold].items():
            sets.setdefault(name, []).append(float(scores["f1"]))
    return sets


def _fits(reports: list[dict[str, Any]]) -> str:
    return f"{len(reports)} fit{'s' if len(reports) != 1 else ''}"


def _summary(values: list[float]) -> str:
    """The mean and the range.

    >>> _summary([0.912, 0.918]), _summary([0.9])
    ('.915 (.912–.918)', '.900')
    """
    low, high = min(values), max(values)

    def short(value: float) -> str:
        return f"{value:.3f}".removeprefix("0")

    return short(fmean(values)) if low == high else f"{short(fmean(values))} ({short(low)}–{short(high)})"


def spread_table(before: list[dict[str, Any]], after: list[dict[str, Any]], threshold: str) -> str:
    """A markdown table of the mean F1 (and range) per set, before and after, and the change of the means."""
    old = f1_by_set(before, threshold)
    new = f1_by_set(after, threshold) if after else {}
    head = f"| input set (t={threshold}) | before, {_fits(before)} |"
    rule = "|---|---|"
    if new:
        head += f" after, {_fits(after)} | change of the means |"
        rule += "---|---|"
    lines = [head, rule]
    for name, values in old.items():
        row = f"| {name} | {_summary(values)} |"
        if new and name in new:
            row += f" {_summary(new[name])} | {fmean(new[name]) - fmean(values):+.3f} |"
        lines.append(row)
    return "\n".join(lines)


def main() -> None:
    """Print one table per threshold."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", type=Path, nargs="+", required=True, help="evaluate --json files")
    parser.add_argument("--after", type=Path, nargs="*", default=[], help="evaluate --json files of the change")
    args = parser.parse_args()
    before = [json.loads(path.read_text(encoding="utf-8")) for path in args.before]
    after = [json.loads(path.read_text(encoding="utf-8")) for path in args.after]
    for threshold in before[0]["cv"]:
        print(spread_table(before, after, threshold), end="\n\n")


if __name__ == "__main__":
    main()
