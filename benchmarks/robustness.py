"""Hostile input: time per MB and memory from 1 KB to 20 MB for every adversarial class, and a regex audit.

    python benchmarks/robustness.py [--sizes 1e3 1e4 1e5 1e6 5e6 2e7] [--write FILE] [--check]

Each class of `tests/adversarial.py` (normal and hostile text and HTML, random bytes, mixed encodings) is cleaned
at every size in a fresh process, which reports the time (median of repeats for small inputs) and the peak
resident memory above what the process held before it built the input. Small inputs are dominated by the fixed
cost of a call, so linearity is judged from 100 KB up: there, time per MB must stay within 2x of its smallest
value, and memory within `MAX_MEMORY` times the input's size. The audit runs every compiled pattern of the
package on probe strings of length n and 4n and reports the worst growth (4 is linear).

`--check` exits with status 1 when a bound is broken, so the bounds are asserted by running the benchmark.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import json
import pkgutil
import re
import resource
import statistics
import subprocess
import sys
import time
from collections import deque
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests.adversarial: the classes of input

from _report import stamp, write_between_markers

if TYPE_CHECKING:
    from collections.abc import Callable

ROOT = Path(__file__).resolve().parent.parent

#: From this size up, time per MB must not grow more than `MAX_TIME_GROWTH` times over its value at any smaller size
#: (superlinear time), and memory must stay within `MAX_MEMORY` x the input. Time per MB may fall as inputs grow:
#: the line classifier scores a hostile page up to 12 times, and a larger page may settle in fewer scorings.
#: Real pages peak near 15x; input made of hundreds of thousands of short dropped lines near 40x, since the result
#: keeps an audit record (a ~500-byte object) per dropped line.
FLAT_FROM = 100_000
MAX_TIME_GROWTH = 2.0
MAX_MEMORY = 50.0
#: A pattern whose time grows more than this from n to 4n characters is reported as superlinear.
MAX_GROWTH = 8.0
#: Below this time at 4n a pattern's growth is noise.
NOISE_SECONDS = 0.002


def child(name: str, size: int) -> None:
    """Clean one class at one size; print seconds and peak memory above the baseline, as JSON."""
    from tests.adversarial import CLASSES

    from article_clean import clean_article

    clean_article(CLASSES[name](2000))  # warm: imports, compiled patterns, the model
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    raw = CLASSES[name](size)
    times = []
    budget = time.perf_counter() + 1.0
    while not times or (len(times) < 15 and time.perf_counter() < budget):
        start = time.perf_counter()
        clean_article(raw)
        times.append(time.perf_counter() - start)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(json.dumps({"seconds": statistics.median(times), "memory": max(peak - baseline, 0)}))


def _measure(name: str, size: int) -> dict[str, float]:
    command = [sys.executable, __file__, "--child", name, str(size)]
    done = subprocess.run(command, capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(done.stdout)


def sweep(sizes: list[int]) -> tuple[list[str], list[str]]:
    """The time-per-MB and memory table, and the bounds it breaks."""
    from tests.adversarial import CLASSES

    head = " | ".join(_size(size) for size in sizes)
    lines = [
        f"| class | seconds per MB: {head} | growth from {_size(FLAT_FROM)} | peak memory / input from 1 MB |",
        "|---|" + "---|" * (len(sizes) + 2),
    ]
    broken = []
    for name in CLASSES:
        runs = {size: _measure(name, size) for size in sizes}
        per_mb = {size: run["seconds"] / (size / 1e6) for size, run in runs.items()}
        flat = [per_mb[size] for size in sorted(sizes) if size >= FLAT_FROM]
        growth = max((value / min(flat[: i + 1]) for i, value in enumerate(flat)), default=1.0)
        memory = [runs[size]["memory"] / size for size in sizes if size >= 1_000_000]
        most = max(memory) if memory else 0.0
        cells = " | ".join(f"{per_mb[size]:.2f}" for size in sizes)
        lines.append(f"| {name} | {cells} | {growth:.2f}x | {most:.1f}x |")
        if growth > MAX_TIME_GROWTH:
            broken.append(f"{name}: time per MB grows {growth:.2f}x from {_size(FLAT_FROM)} (bound {MAX_TIME_GROWTH}x)")
        if most > MAX_MEMORY:
            broken.append(f"{name}: peak memory {most:.1f}x the input (bound {MAX_MEMORY}x)")
    return lines, broken


def _size(size: int) -> str:
    return f"{size / 1e6:g} MB" if size >= 1_000_000 else f"{size / 1e3:g} KB"


_PROBES = (
    "a",
    " ",
    "a ",
    "1",
    "1 ",
    "<",
    "<a ",
    '="',
    "&",
    "&amp;",
    "&#",
    "(",
    ")",
    ".",
    ". ",
    "\n",
    "A",
    "-",
    ":",
    "/",
    "é",
    "’",
    "\t",
    "*",
    "#",
    "a.",
    "Photo ",
    "1 of ",
    "By ",
    "©",
    "Ab ",
    "http://",
    "@",
    ",",
    '"',
)


def audit(length: int = 20_000) -> tuple[list[str], list[str]]:
    """Every compiled pattern of the package on each probe repeated to n and 4n characters: the worst growth."""
    import regex

    import article_clean
    from article_clean.profiles import BUILTIN_PROFILES, compile_profiles

    patterns: dict[str, re.Pattern[str] | regex.Pattern[str]] = {}
    for module_info in pkgutil.walk_packages(article_clean.__path__, "article_clean."):
        module = importlib.import_module(module_info.name)
        for attribute, value in vars(module).items():
            if isinstance(value, re.Pattern | regex.Pattern) and isinstance(value.pattern, str):
                patterns.setdefault(f"{module_info.name}.{attribute}", value)
    compiled = compile_profiles(BUILTIN_PROFILES)  # the publisher profiles' rules, joined as the stage runs them
    if compiled.lines is not None:
        patterns["profiles: line rules"] = compiled.lines
    for number, rule in enumerate((*compiled.captions, *compiled.videos)):
        patterns[f"profiles: caption and video rule {number}"] = rule
    results = []
    for name, pattern in patterns.items():
        worst = (0.0, 0.0, "")
        for probe in _PROBES:
            small, large = (probe * (length * k // len(probe)) for k in (1, 4))
            fast, slow = _best(lambda text, found=pattern: deque(found.finditer(text), maxlen=0), small, large)
            growth = slow / max(fast, 1e-9)
            if slow >= NOISE_SECONDS and growth > worst[0]:
                worst = (growth, slow, probe)
        results.append((worst[0], name, worst[1], worst[2]))
    results.sort(reverse=True)
    lines = [f"{len(patterns)} patterns, {len(_PROBES)} probes each, {length:,} and {4 * length:,} characters:", ""]
    lines += ["| pattern | worst growth n → 4n | probe | time at 4n |", "|---|---|---|---|"]
    lines += [
        f"| `{name}` | {growth:.1f} | `{probe!r}` | {slow * 1000:.1f} ms |" for growth, name, slow, probe in results[:8]
    ]
    broken = [
        f"{name}: {growth:.1f}x from n to 4n on {probe!r}" for growth, name, _, probe in results if growth > MAX_GROWTH
    ]
    return lines, broken


def _best(function: Callable[[str], object], *texts: str) -> list[float]:
    """The least of five timings of `function` on each text, taken in turns.

    Turns, so that a busy moment of a shared machine slows every size alike; the garbage collector off, and the
    matches not kept (the caller's `function`), so that a long input's many match objects, not the pattern, do not
    make a linear pattern look superlinear.
    """
    times: list[list[float]] = [[] for _ in texts]
    collecting = gc.isenabled()
    gc.disable()
    try:
        for _ in range(5):
            for text, taken in zip(texts, times, strict=True):
                start = time.perf_counter()
                function(text)
                taken.append(time.perf_counter() - start)
    finally:
        if collecting:
            gc.enable()
    return [min(taken) for taken in times]


def main() -> int:
    """Run the sweep and the audit; print (and with --write, record) the tables; with --check, fail on a bound."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", nargs="*", type=float, default=[1e3, 1e4, 1e5, 1e6, 5e6, 2e7])
    parser.add_argument("--write", type=Path, help="also write the tables between this page's markers")
    parser.add_argument("--check", action="store_true", help="exit 1 if a bound is broken")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], int(args.child[1]))
        return 0
    sizes = [int(size) for size in args.sizes]
    table, broken = sweep(sizes)
    regexes, superlinear = audit()
    text = "\n".join([*table, "", *regexes]) + "\n"
    if broken or superlinear:
        text += "\nBounds broken:\n\n" + "".join(f"- {line}\n" for line in broken + superlinear)
    print(text, end="")
    if args.write:
        command = "python benchmarks/robustness.py" + (
            f" --sizes {' '.join(map(str, args.sizes))}" if args.sizes else ""
        )
        write_between_markers(args.write, stamp(command) + "\n" + text, "benchmarks/robustness.py")
    return 1 if args.check and (broken or superlinear) else 0


if __name__ == "__main__":
    raise SystemExit(main())
