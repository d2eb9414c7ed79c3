"""Score `clean_article(...).text` against human gold with the ScrapingHub shingle metric.

    python benchmarks/accuracy.py [--bench ../shared/bench] [--worst 10] [--save DIR]

For each input kind it prints F1, precision and recall for the input as given (no cleaning) and after
`clean_article`, so the table shows what the library adds. Dragnet's annotators kept the title, byline and date
lines inside the gold body, while article_clean moves them into fields; for those sets the title is also scored
prepended to the body ("+title"). Inputs: ScrapingHub full-page text dumps
(`html_text`, `inscriptis`, `lxml`), ScrapingHub extractor outputs (`newspaper`, ...), the raw HTML pages, and
the Dragnet pages (text dump and HTML).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import html_bytes, records, scorer
from article_clean import clean_article

#: Reads one input from a record, given the folder of the record's file.
Getter = Callable[[Path, dict[str, Any]], str | bytes]


def _field(*path: str) -> Getter:
    def get(_bench: Path, record: dict[str, Any]) -> str:
        value: Any = record
        for part in path:
            value = value.get(part) or {}
        return value if isinstance(value, str) else ""

    return get


def _html(folder: Path, record: dict[str, Any]) -> bytes:
    return html_bytes(folder, record)


SETS: dict[str, tuple[str, Getter]] = {
    "scrapinghub text:html_text": ("scrapinghub/pages.jsonl", _field("text", "html_text")),
    "scrapinghub text:inscriptis": ("scrapinghub/pages.jsonl", _field("text", "inscriptis")),
    "scrapinghub text:lxml": ("scrapinghub/pages.jsonl", _field("text", "lxml")),
    "scrapinghub html": ("scrapinghub/pages.jsonl", _html),
    "scrapinghub scraped:newspaper": ("scrapinghub/pages.jsonl", _field("scraped", "newspaper")),
    "scrapinghub scraped:readability_js": ("scrapinghub/pages.jsonl", _field("scraped", "readability_js")),
    "scrapinghub scraped:boilerpipe": ("scrapinghub/pages.jsonl", _field("scraped", "boilerpipe")),
    "scrapinghub scraped:justext": ("scrapinghub/pages.jsonl", _field("scraped", "justext")),
    "dragnet text": ("dragnet.jsonl", _field("text")),
    "dragnet html": ("dragnet.jsonl", _html),
}


def _as_text(raw: str | bytes) -> str:
    return raw if isinstance(raw, str) else raw.decode("utf-8", errors="replace")


def run(bench: Path, name: str, worst: int, save: Path | None) -> dict[str, Any]:
    """Score one input kind before and after cleaning; print the worst pages after cleaning."""
    score = scorer(bench)
    file, get = SETS[name]
    rows = list(records(bench / file))
    gold = {str(r["id"]): r["gold"] for r in rows}
    raw = {str(r["id"]): get((bench / file).parent, r) for r in rows}
    articles = {page: clean_article(value) for page, value in raw.items()}
    cleaned = {page: article.text for page, article in articles.items()}
    before = score.score_pages(gold, {page: _as_text(value) for page, value in raw.items()})
    after = score.score_pages(gold, cleaned)
    titled = None
    if file == "dragnet.jsonl":
        titled = score.score_pages(gold, {p: "\n\n".join(filter(None, (a.title, a.text))) for p, a in articles.items()})
    if save:
        save.mkdir(parents=True, exist_ok=True)
        with (save / f"{name.replace(' ', '_').replace(':', '-')}.jsonl").open("w", encoding="utf-8") as out:
            out.writelines(json.dumps({"id": page, "text": text}) + "\n" for page, text in cleaned.items())
    print(
        f"{name:38} pages {after['pages']:4}  raw F1 {before['f1']:.3f} (P {before['precision']:.3f} "
        f"R {before['recall']:.3f})  cleaned F1 {after['f1']:.3f} ± {after['f1_std']:.3f} "
        f"(P {after['precision']:.3f} R {after['recall']:.3f})"
    )
    if titled:
        print(
            f"{name + ' +title':38} pages {titled['pages']:4}  cleaned F1 {titled['f1']:.3f} ± {titled['f1_std']:.3f} "
            f"(P {titled['precision']:.3f} R {titled['recall']:.3f})"
        )
    for page in sorted(gold, key=lambda p: score.score_pair(gold[p], cleaned[p])[0])[:worst]:
        tp, fp, fn = score.score_pair(gold[page], cleaned[page])
        print(f"    {page[:20]:20} tp {tp:.2f} fp {fp:.2f} fn {fn:.2f}")
    return {"set": name, "raw": before, "cleaned": after, "with_title": titled}


def main() -> int:
    """Parse the command line and score the chosen sets."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bench", type=Path, default=Path("../shared/bench"))
    parser.add_argument("--sets", nargs="*", default=list(SETS), choices=list(SETS))
    parser.add_argument("--worst", type=int, default=0, help="list this many worst pages per set")
    parser.add_argument("--save", type=Path, help="write the cleaned texts here, one JSON-lines file per set")
    args = parser.parse_args()
    for name in args.sets:
        run(args.bench, name, args.worst, args.save)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
