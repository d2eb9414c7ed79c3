"""Describe where a benchmark ran and render its scores as a markdown table.

Kept apart from the scoring so the table reads the same on a terminal and in the docs, and so every written
table carries the machine and versions it was measured with.
"""

from __future__ import annotations

import os
import platform
import subprocess
import textwrap
from dataclasses import dataclass
from datetime import date
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

import article_clean

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

#: Distributions whose versions every report names, after article_clean itself.
LIBRARIES = ("lxml", "html5lib", "regex", "pydantic")

_HEADER = ("input", "tool", "pages", "F1 ± SE", "P", "R", "failed")
_NUMERIC = frozenset({"pages", "F1 ± SE", "P", "R", "failed"})
_WIDTH = 115  # the prose width of the docs


@dataclass(frozen=True, slots=True)
class Row:
    """The score of one tool on one input kind."""

    input: str
    """The input kind, as the table names it."""
    tool: str
    """The tool and its settings, as the table names them."""
    pages: int
    f1: float
    f1_se: float
    """Standard error of F1, from `score.py`'s bootstrap over pages."""
    precision: float
    recall: float
    failed: int
    """Pages on which the tool raised; they are scored as empty output."""


@dataclass(frozen=True, slots=True)
class Environment:
    """The machine and the versions a run used."""

    day: str
    cpu: str
    cores: int
    python: str
    article_clean: str
    """Version, plus the commit of a source checkout and whether `src/` differs from it."""
    libraries: dict[str, str]
    peers: dict[str, str]


def environment(peers: Iterable[str]) -> Environment:
    """Describe this machine and the installed versions of article_clean, its dependencies and `peers`."""
    return Environment(
        day=date.today().isoformat(),
        cpu=cpu_model(),
        cores=os.cpu_count() or 0,
        python=platform.python_version(),
        article_clean=_article_clean_version(),
        libraries={name: _version(name) for name in LIBRARIES},
        peers={name: _version(name) for name in peers},
    )


def cpu_model() -> str:
    """Return the CPU's model name, as Linux reports it, else what `platform` knows."""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text(encoding="utf-8", errors="replace").splitlines():
            key, _, value = line.partition(":")
            if key.strip() == "model name":
                return value.strip()
    return platform.processor() or platform.machine() or "unknown CPU"


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "not installed"


def _article_clean_version() -> str:
    """The installed version, and for a source checkout its commit, since results move between releases."""
    version = _version("article_clean")
    checkout = Path(article_clean.__file__).resolve().parents[2]
    commit = _git(checkout, "rev-parse", "--short", "HEAD")
    if not commit:
        return version
    changed = _git(checkout, "status", "--porcelain", "--", "src")
    return f"{version} (commit {commit}{', with uncommitted changes in src/' if changed else ''})"


def _git(folder: Path, *args: str) -> str:
    """Output of a git command in `folder`, or "" where git or the repository is missing."""
    try:
        done = subprocess.run(["git", "-C", str(folder), *args], capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return ""
    return done.stdout.strip()


def stamp(command: str) -> str:
    """One line saying when, where and at which version a result was measured, and by which command."""
    env = environment(())
    return f"Measured {env.day} on {env.cpu} ({env.cores} cores), article_clean {env.article_clean}: `{command}`.\n"


def write_between_markers(path: Path, fragment: str, script: str) -> None:
    """Replace the text between `script`'s markers in the page at `path` (or create the page) with `fragment`."""
    page = path.read_text(encoding="utf-8") if path.exists() else None
    path.write_text(splice(page, fragment, script), encoding="utf-8")


def table(rows: Sequence[Row]) -> str:
    """Render `rows` as a markdown table whose columns also line up on a terminal.

    An input named as in the row above is left blank, so each input's rows read as a group.
    """
    body = [_cells(row, previous) for row, previous in zip(rows, (None, *rows), strict=False)]
    widths = [max(len(cells[i]) for cells in (_HEADER, *body)) for i in range(len(_HEADER))]
    rule = tuple(
        "-" * (width - 1) + (":" if name in _NUMERIC else "-") for name, width in zip(_HEADER, widths, strict=True)
    )
    return "\n".join(_line(cells, widths) for cells in (_HEADER, rule, *body))


def _cells(row: Row, previous: Row | None) -> tuple[str, ...]:
    same_input = previous is not None and previous.input == row.input
    return (
        "" if same_input else row.input,
        row.tool,
        f"{row.pages:,}",
        f"{format_score(row.f1)} ± {format_score(row.f1_se)}",
        format_score(row.precision),
        format_score(row.recall),
        f"{row.failed:,}",
    )


def format_score(value: float) -> str:
    """Three decimals without the leading zero, as score tables are usually printed: `.790`."""
    text = f"{value:.3f}"
    return text[1:] if text.startswith("0.") else text


def _line(cells: Sequence[str], widths: Sequence[int]) -> str:
    padded = (
        cell.rjust(width) if name in _NUMERIC else cell.ljust(width)
        for name, cell, width in zip(_HEADER, cells, widths, strict=True)
    )
    return "| " + " | ".join(padded) + " |"


def markdown(env: Environment, command: str, rows: Sequence[Row], notes: Sequence[str]) -> str:
    """Render a run as a markdown fragment: where and how it was measured, the command, the table, `notes`."""
    libraries = ", ".join(f"{name} {version}" for name, version in env.libraries.items())
    peers = ", ".join(f"{name} {version}" for name, version in env.peers.items())
    setting = (
        f"Measured on {env.day} on {env.cpu} ({env.cores} logical cores), Python {env.python}, with article_clean "
        f"{env.article_clean}, {libraries}; peers {peers or 'none'}, by:"
    )
    return "\n".join(
        [
            "<!-- Written by benchmarks/accuracy.py --write; rerun it rather than editing by hand. -->",
            "",
            _fill(setting),
            "",
            "```sh",
            command,
            "```",
            "",
            table(rows),
            "",
            *(_fill(f"- {note}", indent="  ") for note in notes),
            "",
        ]
    )


#: The markers between which `--write` replaces a page's measured table, leaving the rest of the page alone.
BEGIN = "<!-- benchmarks/accuracy.py: begin -->"
END = "<!-- benchmarks/accuracy.py: end -->"


def splice(page: str | None, fragment: str, script: str = "benchmarks/accuracy.py") -> str:
    r"""`page` with the text between its markers replaced by `fragment`; `fragment` alone, marked, for a new page.

    >>> splice("intro\n" + BEGIN + "\nold\n" + END + "\noutro\n", "new\n")
    'intro\n<!-- benchmarks/accuracy.py: begin -->\nnew\n<!-- benchmarks/accuracy.py: end -->\noutro\n'
    >>> splice(None, "new\n").splitlines()[1]
    'new'
    """
    begin, end = f"<!-- {script}: begin -->", f"<!-- {script}: end -->"
    marked = f"{begin}\n{fragment}{end}\n"
    if page is None or begin not in page or end not in page:
        return marked
    head, rest = page.split(begin, 1)
    tail = rest.split(end, 1)[1].removeprefix("\n")
    return head + marked + tail


def _fill(paragraph: str, indent: str = "") -> str:
    return textwrap.fill(paragraph, _WIDTH, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False)
