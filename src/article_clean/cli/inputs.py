"""Read the command line's inputs as a stream of records: files, folders, JSONL rows and standard input.

Nothing is read ahead: a JSONL file is parsed one row at a time, so a corpus of any size streams through. A
record that cannot be read (a missing file, a bad JSON row, a row without the text field) carries the error and
is reported like a failed cleaning, so the run goes on and nothing is lost silently.
"""

from __future__ import annotations

import gzip
import io
import json
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

from article_clean.bag import read_row

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["JSONL_SUFFIXES", "Fields", "Record", "read_records"]

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")


@dataclass(frozen=True, slots=True)
class Fields:
    """Which fields of a JSONL row hold the page, its id and its URL (or domain)."""

    text: str = "text"
    id: str = "id"
    url: str = "url"


@dataclass(frozen=True, slots=True)
class Record:
    """One input to clean: its id, the page (None if it could not be read, then `error` says why), its URL."""

    id: str
    raw: str | bytes | None
    url: str | None = None
    error: str | None = None


def read_records(paths: list[str], *, pattern: str, fields: Fields, jsonl: bool) -> Iterator[Record]:
    """Every record of `paths` in order: folders are searched recursively for files matching `pattern`.

    `jsonl` reads standard input (and files of any name) as JSONL; files named `*.jsonl`/`*.ndjson` always are.
    """
    for name in paths:
        if name == "-":
            yield from _stream(sys.stdin.buffer, "-", fields, jsonl=jsonl)
            continue
        path = Path(name)
        if path.is_dir():
            for file in sorted(p for p in path.glob(pattern) if p.is_file()):
                yield from _file(file, fields, jsonl=jsonl)
        elif path.is_file():
            yield from _file(path, fields, jsonl=jsonl)
        else:
            yield Record(name, None, error="FileNotFoundError: no such file or folder")


def _file(path: Path, fields: Fields, *, jsonl: bool) -> Iterator[Record]:
    if jsonl or path.name.lower().endswith(JSONL_SUFFIXES):
        try:
            with path.open("rb") as handle:
                yield from _stream(handle, str(path), fields, jsonl=True)
        except OSError as error:
            yield Record(str(path), None, error=f"{type(error).__name__}: {error}")
        return
    try:
        raw = path.read_bytes()
    except OSError as error:
        yield Record(str(path), None, error=f"{type(error).__name__}: {error}")
        return
    yield Record(str(path), raw)  # gzip content is unpacked by clean_article, which records it


def _stream(handle: IO[bytes], name: str, fields: Fields, *, jsonl: bool) -> Iterator[Record]:
    if not jsonl:
        yield Record(name, handle.read())
        return
    head = handle.peek(2)[:2] if isinstance(handle, io.BufferedReader) else b""
    compressed = head == b"\x1f\x8b" or name.endswith(".gz")
    source: IO[bytes] = gzip.GzipFile(fileobj=handle) if compressed else handle  # type: ignore[assignment]
    try:
        for number, line in enumerate(source, start=1):
            if line.strip():
                yield _row(line, f"{name}:{number}", fields)
    except (OSError, EOFError, zlib.error) as error:
        yield Record(f"{name}:end", None, error=f"{type(error).__name__}: the file is cut short or corrupt ({error})")


def _row(line: bytes, where: str, fields: Fields) -> Record:
    try:
        row = json.loads(line)
    except ValueError as error:
        return Record(where, None, error=f"JSONDecodeError: {error}")
    if not isinstance(row, dict):
        return Record(where, None, error="ValueError: a JSONL row must be an object")
    head, page, problem = read_row(row, text_field=fields.text, id_field=fields.id, url_field=fields.url)
    record_id = str(head["id"]) if head["id"] is not None else where
    if problem is not None:
        return Record(record_id, None, head.get("url"), f"{problem} (choose another with --text-field)")
    return Record(record_id, page, head.get("url"))
