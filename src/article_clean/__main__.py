"""Command line: `python -m article_clean FILE` prints the clean document of a scraped article as JSON."""

from __future__ import annotations

import argparse
import gzip
import sys
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from article_clean.api import clean_article

if TYPE_CHECKING:
    from article_clean.document import Article


def main(argv: list[str] | None = None) -> int:
    """Clean the file named on the command line (or standard input) and print the result."""
    parser = argparse.ArgumentParser(prog="python -m article_clean", description=__doc__)
    parser.add_argument("file", help="scraped text or HTML to clean, gzipped or not; '-' reads standard input")
    parser.add_argument(
        "--format", choices=("json", "text"), default="json", help="json: the whole document; text: title and body"
    )
    parser.add_argument("--no-dropped", action="store_true", help="leave the audit trail out of the JSON")
    args = parser.parse_args(argv)
    raw = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
    article = clean_article(_gunzipped(raw))
    sys.stdout.write(_render(article, args.format, with_dropped=not args.no_dropped) + "\n")
    return 0


def _gunzipped(raw: bytes) -> bytes:
    """The content of a gzip file (crawls are often stored compressed); any other input as it is."""
    if not raw.startswith(b"\x1f\x8b"):
        return raw
    try:
        return gzip.decompress(raw)
    except (OSError, EOFError, zlib.error):
        return raw  # not gzip after all, or truncated: clean the bytes as they are


def _render(article: Article, form: str, *, with_dropped: bool) -> str:
    if form == "text":
        return "\n\n".join(part for part in (article.title, article.text) if part)
    return article.model_dump_json(indent=2, exclude=None if with_dropped else {"dropped"})


if __name__ == "__main__":
    raise SystemExit(main())
