"""Throughput of `clean_many` with 1 and 2 worker processes, and its memory on a stream of pages.

    python benchmarks/batch.py [--bench ../shared/bench] [--copies 4] [--repeat 3] [--write FILE]

The pages are the ScrapingHub full-page text dumps and HTML pages, repeated `--copies` times, streamed from a
generator (nothing is held in a list). Each configuration runs in a fresh process, so its peak resident memory
(itself plus its workers, from `getrusage`) is its own. Machines are shared and noisy: every figure is a median
over `--repeat` runs, and the speed-up is the ratio of pages per second measured in the same run. A stream four
times longer shows whether memory grows with the corpus (it must not: reading is bounded).
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import html_bytes, records
from _report import stamp, write_between_markers


def _pages(bench: Path, kind: str, copies: int) -> object:
    folder = bench / "scrapinghub"
    for _ in range(copies):
        for record in records(folder / "pages.jsonl"):
            yield record["text"]["html_text"] if kind == "text" else html_bytes(folder, record)


def child(bench: Path, kind: str, copies: int, jobs: int) -> None:
    """Clean the stream once and print pages, seconds and peak memory (MiB) as JSON."""
    from article_clean import clean_many

    start = time.perf_counter()
    count = sum(outcome.ok for outcome in clean_many(_pages(bench, kind, copies), jobs=jobs))
    seconds = time.perf_counter() - start
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({"pages": count, "seconds": seconds, "parent_mib": own, "worker_mib": workers}))


def _run(bench: Path, kind: str, copies: int, jobs: int) -> dict[str, float]:
    command = [sys.executable, __file__, "--child", kind, str(copies), str(jobs), "--bench", str(bench)]
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def main() -> int:
    """Print the throughput and memory tables; with --write, put them in a page too."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bench", type=Path, default=Path("../shared/bench"))
    parser.add_argument("--copies", type=int, default=4)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--write", type=Path, help="also write the tables between this page's markers")
    parser.add_argument("--child", nargs=3, metavar=("KIND", "COPIES", "JOBS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, copies, jobs = args.child
        child(args.bench, kind, int(copies), int(jobs))
        return 0
    lines = [
        "| input | pages | 1 process pages/s | 2 processes pages/s | speed-up |"
        " peak MiB 1 / 2 (parent + largest worker) |",
        "|---|---|---|---|---|---|",
    ]
    lines += [_throughput(args, kind) for kind in ("text", "html")]
    lines += ["", "| input | pages | peak MiB, 1 process | pages | peak MiB, 1 process |", "|---|---|---|---|---|"]
    for kind in ("text", "html"):
        small, large = _run(args.bench, kind, args.copies, 1), _run(args.bench, kind, 4 * args.copies, 1)
        lines.append(
            f"| {kind} | {small['pages']} | {small['parent_mib']:.0f} | {large['pages']} | {large['parent_mib']:.0f} |"
        )
    text = "\n".join(lines) + "\n"
    print(text, end="")
    if args.write:
        command = f"python benchmarks/batch.py --copies {args.copies} --repeat {args.repeat}"
        write_between_markers(args.write, stamp(command) + "\n" + text, "benchmarks/batch.py")
    return 0


def _throughput(args: argparse.Namespace, kind: str) -> str:
    """One row: pages per second with 1 and 2 processes (medians), the speed-up within each run, peak memory."""
    rates: dict[int, list[float]] = {1: [], 2: []}
    memory: dict[int, list[float]] = {1: [], 2: []}
    speedups = []
    pages = 0
    for _ in range(args.repeat):
        runs = {jobs: _run(args.bench, kind, args.copies, jobs) for jobs in (1, 2)}
        for jobs, run in runs.items():
            rates[jobs].append(run["pages"] / run["seconds"])
            memory[jobs].append(run["parent_mib"] + (run["worker_mib"] if jobs > 1 else 0))
        speedups.append(runs[1]["seconds"] / runs[2]["seconds"])
        pages = int(runs[1]["pages"])
    one, two = statistics.median(rates[1]), statistics.median(rates[2])
    mib = f"{statistics.median(memory[1]):.0f} / {statistics.median(memory[2]):.0f}"
    return f"| {kind} | {pages} | {one:.1f} | {two:.1f} | {statistics.median(speedups):.2f}× | {mib} |"


if __name__ == "__main__":
    raise SystemExit(main())
