"""Load the benchmark data sets from a directory given on the command line."""

from __future__ import annotations

import gzip
import html
import importlib.util
import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path
    from types import ModuleType


def records(path: Path) -> Iterator[dict[str, Any]]:
    """Yield the JSON objects of a JSON-lines file."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def html_bytes(folder: Path, record: dict[str, Any]) -> bytes:
    """Return the raw page bytes of a record whose `html_file` is relative to `folder`, its file's folder."""
    return gzip.decompress((folder / record["html_file"]).read_bytes())


def wrap_lines(text: str) -> str:
    """Wrap each non-empty line of `text`, HTML-escaped, in `<p>…</p>`: the only way HTML extractors accept text.

    >>> wrap_lines("Fish & chips\\n\\n  \\nRead More")
    '<p>Fish &amp; chips</p><p>Read More</p>'
    """
    return "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())


def scorer(bench: Path) -> ModuleType:
    """Import the data set's own `score.py`, so every figure uses the published metric."""
    spec = importlib.util.spec_from_file_location("bench_score", bench / "score.py")
    if spec is None or spec.loader is None:
        msg = f"no score.py in {bench}"
        raise FileNotFoundError(msg)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
