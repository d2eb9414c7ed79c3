"""How far cleaning by lines can go: each text input scored as given and with exactly the right lines kept.

    python benchmarks/ceiling.py [--bench ../shared/bench] [--write FILE.md]

A cleaner of scraped text keeps or drops lines (and trims a few, such as a dateline); it cannot add text the
scraper missed. The best any such cleaner can score on an input is that of the *line oracle*: the input with
every line kept whose 4-token shingles are mostly (at least half) in the gold body, and every other line dropped.
The gap between the input's own F1 and the oracle's is the most cleaning can gain; an extractor that cut part of
the body, or glued boilerplate to a body line, sets a ceiling below 1.0. Scored with the data set's own
`score.py`, as every other accuracy figure.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import records, scorer
from _report import format_score

if TYPE_CHECKING:
    from collections.abc import Callable
    from types import ModuleType

#: A line is body when at least this share of its shingles is in the gold.
BODY_SHARE = 0.5


def oracle(score: ModuleType, gold: str, text: str) -> str:
    """`text` with only the lines whose shingles are mostly in `gold` (blank and token-less lines kept)."""
    wanted = score.shingles(gold)
    kept = []
    for line in text.split("\n"):
        shingles = score.shingles(line)
        total = sum(shingles.values())
        if not total or sum(n for shingle, n in shingles.items() if shingle in wanted) >= BODY_SHARE * total:
            kept.append(line)
    return "\n".join(kept)


def sets(bench: Path) -> list[tuple[str, list[dict[str, Any]], Callable[[dict[str, Any]], str]]]:
    """The text input sets: name, records with gold, and how to read each record's input."""
    scrapinghub = list(records(bench / "scrapinghub" / "pages.jsonl"))
    found: list[tuple[str, list[dict[str, Any]], Callable[[dict[str, Any]], str]]] = []
    for name in ("html_text", "inscriptis", "lxml"):
        found.append((f"ScrapingHub dump `{name}`", scrapinghub, lambda r, n=name: r["text"].get(n) or ""))
    for name in ("newspaper", "news_please", "readability_js", "boilerpipe", "goose3", "justext"):
        found.append((f"ScrapingHub extractor `{name}`", scrapinghub, lambda r, n=name: r["scraped"].get(n) or ""))
    found.append(("Dragnet dump", list(records(bench / "dragnet.jsonl")), lambda r: r.get("text") or ""))
    return found


def measure(bench: Path) -> list[tuple[str, dict[str, float], dict[str, float]]]:
    """Per set: the input's scores as given and the line oracle's."""
    score = scorer(bench)
    rows = []
    for name, rows_of_set, read in sets(bench):
        gold = {str(r["id"]): r["gold"] for r in rows_of_set}
        given = {str(r["id"]): read(r) for r in rows_of_set}
        best = {key: oracle(score, gold[key], text) for key, text in given.items()}
        rows.append((name, score.score_pages(gold, given, bootstrap=0), score.score_pages(gold, best, bootstrap=0)))
    return rows


def render(rows: list[tuple[str, dict[str, float], dict[str, float]]]) -> str:
    """A markdown table: each set's input and oracle F1 (P/R), and the gain cleaning could make at most."""
    lines = ["| input | as given F1 (P / R) | line oracle F1 (P / R) | most cleaning can add |", "|---|---|---|---|"]
    for name, given, best in rows:
        cells = [" ".join((format_score(s["f1"]), _precision_recall(s))) for s in (given, best)]
        gain = round(best["f1"] - given["f1"], 3)
        lines.append(f"| {name} | {cells[0]} | {cells[1]} | {'-' if gain < 0 else '+'}{format_score(abs(gain))} |")
    return "\n".join(lines)


def _precision_recall(scores: dict[str, float]) -> str:
    return f"({format_score(scores['precision'])} / {format_score(scores['recall'])})"


def main() -> None:
    """Print the table, and write it if asked."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bench", type=Path, default=Path("../shared/bench"), help="the bench directory")
    parser.add_argument("--write", type=Path, help="also write the table as markdown to this file")
    args = parser.parse_args()
    text = render(measure(args.bench))
    print(text)
    if args.write:
        args.write.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
