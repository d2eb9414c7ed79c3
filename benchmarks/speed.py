"""Speed and memory of `clean_article`, as ratios to peers timed in the same run.

    python benchmarks/speed.py [--bench ../shared/bench] [--repeat 5]

Machines are shared and noisy, so every figure is a median over repeats and pages, and speed is reported as a
ratio to a peer timed in the same loop on the same input:

* HTML pages: trafilatura.extract (if installed: `pip install -e '.[bench]'`), and html5lib.parse, the floor
  this library's HTML path starts from.
* scraped text: jusText and trafilatura on the lines wrapped in <p> (the only way those tools accept text), and
  trafilatura on the same page's HTML: the job a user who kept only the text dump would otherwise do.

It also checks that time grows linearly: the seed article repeated k times, and adversarial inputs built to make
a backtracking regex or a naive decoder go quadratic, each timed at size n and 4n.
"""

from __future__ import annotations

import argparse
import html
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from typing import TYPE_CHECKING

import html5lib

from _data import html_bytes, records
from article_clean import clean_article

if TYPE_CHECKING:
    from collections.abc import Callable

SEED = Path(__file__).resolve().parent.parent / "fixtures" / "seed" / "cnn-palmyra.txt"


def _median_time(function: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _peers_html() -> dict[str, Callable[[bytes], object]]:
    peers: dict[str, Callable[[bytes], object]] = {"html5lib.parse": lambda raw: html5lib.parse(raw)}
    try:
        import trafilatura
    except ImportError:
        return peers
    peers["trafilatura"] = lambda raw: trafilatura.extract(raw, favor_precision=True)
    return peers


def _peers_text() -> dict[str, Callable[[str], object]]:
    peers: dict[str, Callable[[str], object]] = {}
    wrap = lambda text: "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines())  # noqa: E731
    try:
        import justext

        stop = justext.get_stoplist("English")
        peers["jusText on <p> lines"] = lambda text: justext.justext(wrap(text) or "<p></p>", stop)
    except ImportError:
        pass
    try:
        import trafilatura

        peers["trafilatura on <p> lines"] = lambda text: trafilatura.extract(wrap(text) or "<p></p>")
    except ImportError:
        pass
    return peers


def compare(
    inputs: list[str | bytes],
    peers: dict[str, Callable],
    repeat: int,
    label: str,
    peer_inputs: list[str | bytes] | None = None,
) -> None:
    """Time clean_article and each peer on every input, page by page; print median per-page ratios.

    Each page is timed for every tool in turn before moving to the next page, so a burst of load from another
    process on the shared machine falls on all tools alike. `peer_inputs` gives the peers another form of the
    same pages (the HTML of a text dump). Pages per second are the whole run's pages over its summed time.
    """
    ours: list[float] = []
    theirs: dict[str, list[float]] = {name: [] for name in peers}
    for raw, peer_raw in zip(inputs, peer_inputs or inputs, strict=True):
        ours.append(_median_time(lambda raw=raw: clean_article(raw), repeat))
        for name, peer in peers.items():
            theirs[name].append(_median_time(lambda raw=peer_raw, peer=peer: peer(raw), repeat))
    print(
        f"{label}: {len(inputs)} pages, clean_article median {statistics.median(ours) * 1000:.1f} ms/page, "
        f"{len(ours) / sum(ours):.0f} pages/s"
    )
    for name, times in theirs.items():
        ratios = [a / b for a, b in zip(ours, times, strict=True) if b > 0]
        print(
            f"    vs {name:28} median ratio {statistics.median(ratios):5.2f}  "
            f"(total {sum(ours) / sum(times):5.2f})  peer median {statistics.median(times) * 1000:.1f} ms/page, "
            f"{len(times) / sum(times):.0f} pages/s"
        )


def memory(inputs: list[str | bytes], label: str) -> None:
    """Report peak traced memory per page relative to the input size."""
    ratios = []
    for raw in inputs:
        tracemalloc.start()
        clean_article(raw)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        ratios.append(peak / max(len(raw), 1))
    print(f"{label}: peak memory / input size: median {statistics.median(ratios):.1f}x, max {max(ratios):.1f}x")


def scaling(repeat: int) -> None:
    """Time inputs at size n and 4n; a ratio near 4 is linear, near 16 quadratic."""
    seed = SEED.read_text(encoding="utf-8")
    cases: dict[str, Callable[[int], str]] = {
        "seed article repeated": lambda n: seed * n,
        "nested &amp;amp;…": lambda n: "&" + "amp;" * (2000 * n) + "lt;b&gt;",
        "'<' runs": lambda n: "<" * (5000 * n) + "b>",
        "unclosed attributes": lambda n: "<a " + 'x="1" ' * (2000 * n),
        "counter lines": lambda n: "\n".join(f"caption {i}\n{i} of 9999" for i in range(1, 500 * n)),
        "one long line": lambda n: "word " * (20000 * n),
        "open credit parenthesis": lambda n: "Caption (" + "photo " * (5000 * n),
        "video players in a row": lambda n: "JUST WATCHED\nA title\nReplay\n" * (300 * n),
        "deep <div> nesting": lambda n: "<div>" * (300 * n) + "text",
    }
    for name, build in cases.items():
        small, large = build(1), build(4)
        slow = _median_time(lambda large=large: clean_article(large), repeat)
        ratio = slow / _median_time(lambda small=small: clean_article(small), repeat)
        print(f"    {name:24} time(4n)/time(n) = {ratio:5.2f}")


def main() -> int:
    """Run the comparisons."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bench", type=Path, default=Path("../shared/bench"))
    parser.add_argument("--only-scaling", action="store_true", help="run only the linear-time checks")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if args.only_scaling:
        scaling(args.repeat)
        return 0
    folder = args.bench / "scrapinghub"
    rows = list(records(folder / "pages.jsonl"))
    pages: list[str | bytes] = [html_bytes(folder, row) for row in rows]
    texts: list[str | bytes] = [row["text"]["html_text"] for row in rows]
    compare(pages, _peers_html(), args.repeat, "ScrapingHub HTML")
    compare(texts, _peers_text(), args.repeat, "ScrapingHub text (html_text)")
    html_peers = {name: peer for name, peer in _peers_html().items() if name == "trafilatura"}
    if html_peers:
        compare(texts, html_peers, args.repeat, "ScrapingHub text (html_text) vs the page's HTML", peer_inputs=pages)
    memory(pages, "ScrapingHub HTML")
    memory(texts, "ScrapingHub text")
    print("Scaling (input size n vs 4n):")
    scaling(args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
