"""Learned site profiles on pages they were not learned from: boilerplate removed, body sentences cut.

    python benchmarks/profiles.py [--bench ../shared/bench] [--sets abp-cnn abp-other] [--show 10] [--write FILE]

Each set is split in two halves by a hash of the article id. A profile is learned on one half (grouped by the
record's `domain`) and applied to the other, both ways round; the figures add up the two directions.

* **recurring lines**: in the test half, the lines that survive the built-in cleaning and that the same
  learner, run on the test half itself, would call boilerplate (the lines that really recur there): the share
  of their occurrences the profile learned on the *other* half removes.
* **body sentences cut**: of the test half's lines that the built-in cleaning keeps and that read as body
  sentences (at least 12 words, ending in `.`, `?` or `!`), how many the profile drops. `--show` prints them: a
  standard disclaimer or an author bio written as a sentence counts here, so every one is worth reading.
* **detected furniture**: the share of articles in which a detector of `furniture.py` (written apart from the
  library) still fires, without and with the learned profile.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import records
from _report import stamp, write_between_markers
from article_clean import DropReason, LearnedProfile, clean_article, learn_profile
from article_clean.profiles.learned import line_shape, site_of
from furniture import DETECTORS

_SENTENCE_WORDS = 12
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")


def _half(record: dict[str, Any]) -> int:
    return int(hashlib.sha1(record["id"].encode()).hexdigest(), 16) % 2  # a split, not security


def _fires(text: str) -> bool:
    return any(pattern.search(text) for pattern in DETECTORS.values())


def _is_sentence(text: str) -> bool:
    return len(text.split()) >= _SENTENCE_WORDS and bool(_SENTENCE_END.search(text))


def _learn(rows: list[dict[str, Any]]) -> LearnedProfile:
    return learn_profile((row["text"], row.get("domain")) for row in rows)


def direction(train: list[dict[str, Any]], test: list[dict[str, Any]]) -> dict[str, Any]:
    """Learn on `train`, apply to `test`; count what the profile removes there."""
    profile, oracle = _learn(train), _learn(test)
    counts = {"recurring": 0, "recurring_removed": 0, "sentences": 0, "sentences_cut": 0, "dirty": 0, "dirty_with": 0}
    cut: list[str] = []
    for row in test:
        site = site_of(row.get("domain"))
        plain = clean_article(row["text"], site=site)
        learned = clean_article(row["text"], site=site, profile=profile)
        removed = {d.text for d in learned.dropped if d.reason is DropReason.LEARNED_BOILERPLATE}
        recurring = oracle.lines_for(site)
        for paragraph in plain.paragraphs:
            if line_shape(paragraph.text) in recurring:
                counts["recurring"] += 1
                counts["recurring_removed"] += paragraph.text in removed
            if _is_sentence(paragraph.text):
                counts["sentences"] += 1
                if paragraph.text in removed:
                    counts["sentences_cut"] += 1
                    cut.append(f"{row.get('domain')}: {paragraph.text[:150]}")
        counts["dirty"] += _fires(plain.text)
        counts["dirty_with"] += _fires(learned.text)
    counts["lines_learned"] = sum(len(site.lines) for site in profile.sites)
    counts["sites_with_lines"] = sum(1 for site in profile.sites if site.lines)
    return {**counts, "articles": len(test), "cut_examples": cut}


def main() -> int:
    """Print one table row per set, and the body-like sentences cut; with --write, put them in a page too."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bench", type=Path, default=Path("../shared/bench"))
    parser.add_argument("--sets", nargs="*", default=["abp-cnn", "abp-other"])
    parser.add_argument("--show", type=int, default=10, help="print this many cut sentences per set")
    parser.add_argument("--write", type=Path, help="also write the result between this page's markers")
    args = parser.parse_args()
    lines = [
        "| set | articles | lines learned (sites) | recurring lines removed | body-like sentences cut |"
        " articles with detected furniture: without / with profile |",
        "|---|---|---|---|---|---|",
    ]
    shown: list[str] = []
    for name in args.sets:
        rows = list(records(args.bench / f"{name}.jsonl"))
        halves = [[row for row in rows if _half(row) == side] for side in (0, 1)]
        runs = [direction(halves[0], halves[1]), direction(halves[1], halves[0])]
        lines.append(_row(name, runs))
        distinct = Counter(line for run in runs for line in run["cut_examples"])
        shown += [f"{name}: {line} (×{count})" for line, count in distinct.most_common(args.show)]
    if shown:
        lines += ["", "Body-like sentences the profiles cut, each once with its count:", ""]
        lines += [f"- {line}" for line in shown]
    text = "\n".join(lines) + "\n"
    print(text, end="")
    if args.write:
        write_between_markers(
            args.write, stamp("python benchmarks/profiles.py") + "\n" + text, "benchmarks/profiles.py"
        )
    return 0


def _row(name: str, runs: list[dict[str, Any]]) -> str:
    total = {key: sum(run[key] for run in runs) for key in runs[0] if key != "cut_examples"}
    recurring = total["recurring_removed"] / max(total["recurring"], 1)
    cut = total["sentences_cut"] / max(total["sentences"], 1)
    lines, sites = (" + ".join(str(run[key]) for run in runs) for key in ("lines_learned", "sites_with_lines"))
    return (
        f"| {name} | {total['articles']} | {lines} ({sites}) | {recurring:.1%} of {total['recurring']} |"
        f" {total['sentences_cut']} of {total['sentences']} ({cut:.2%}) |"
        f" {total['dirty'] / total['articles']:.2%} / {total['dirty_with'] / total['articles']:.2%} |"
    )


if __name__ == "__main__":
    raise SystemExit(main())
