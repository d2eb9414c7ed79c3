"""The `article-clean` command (also `python -m article_clean`): clean files, folders and JSONL corpora.

    article-clean [clean] INPUT... [--format json|jsonl|text|markdown] [--output FILE] [--jobs N] [--explain]
    article-clean learn INPUT... --out profile.json
    article-clean schema

An input is a file (text, HTML or JSONL, gzipped or not), a folder (searched recursively), or `-` for standard
input. Each record that cannot be read or cleaned is reported in its output record and on standard error; the
run goes on and exits with status 1 at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import deque
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from article_clean.batch import clean_many
from article_clean.cli.explain_view import print_explained
from article_clean.cli.inputs import JSONL_SUFFIXES as _JSONL_SUFFIXES
from article_clean.cli.inputs import Fields, Record, read_records
from article_clean.cli.progress import Progress
from article_clean.cli.render import FORMATS, markdown, record_json, text
from article_clean.document import Article
from article_clean.errors import ConfigError
from article_clean.explain import explain
from article_clean.learn import learn_profile
from article_clean.profiles.learned import LearnedProfile
from article_clean.stages import DEFAULT_PIPELINE, EXTRACTED_TEXT_PIPELINE

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from article_clean.pipeline import Pipeline

__all__ = ["main"]

PROG = "article-clean"


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 1 some records failed, 2 bad usage)."""
    args = list(sys.argv[1:] if argv is None else argv)
    commands: dict[str, Callable[[list[str]], int]] = {"clean": _clean, "learn": _learn, "schema": _schema}
    command, rest = (commands[args[0]], args[1:]) if args and args[0] in commands else (_clean, args)
    try:
        return command(rest)
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, and keep Python from complaining while it exits.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


def _input_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders or '-' (standard input)")
    parser.add_argument("--glob", default="**/*", help="files to take from folders (default: %(default)s)")
    parser.add_argument("--jsonl", action="store_true", help="read standard input and every file as JSON Lines")
    parser.add_argument("--text-field", default="text", help="JSONL field holding the page (default: %(default)s)")
    parser.add_argument("--id-field", default="id", help="JSONL field holding the record id (default: %(default)s)")
    parser.add_argument(
        "--url-field", default="url", help="JSONL field holding the page's URL or domain (default: %(default)s)"
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress line on standard error")


def _records(args: argparse.Namespace) -> Iterator[Record]:
    fields = Fields(text=args.text_field, id=args.id_field, url=args.url_field)
    return read_records(args.inputs, pattern=args.glob, fields=fields, jsonl=args.jsonl)


def _clean_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Clean scraped articles (text or HTML) into typed documents. "
        "Other commands: 'article-clean learn' (learn a site boilerplate profile), 'article-clean schema'.",
    )
    _input_options(parser)
    parser.add_argument("-f", "--format", choices=FORMATS, default="json", help="output format (default: json)")
    parser.add_argument("-o", "--output", help="write here instead of standard output")
    parser.add_argument("-j", "--jobs", type=int, default=None, help="worker processes (default: one per core)")
    parser.add_argument("--explain", action="store_true", help="show each line kept, placed or dropped, and why")
    parser.add_argument("--color", choices=("auto", "always", "never"), default="auto", help="colour for --explain")
    parser.add_argument("--profile", help="a learned boilerplate profile (from 'article-clean learn') to apply")
    parser.add_argument(
        "--extracted", action="store_true", help="the inputs are an extractor's output: skip the line classifier"
    )
    parser.add_argument("--no-dropped", action="store_true", help="leave the audit trail out of JSON output")
    return parser


def _clean(argv: list[str]) -> int:
    parser = _clean_parser()
    args = parser.parse_args(argv)
    if args.jobs is not None and args.jobs < 1:
        parser.error("--jobs must be at least 1")
    try:
        profile = _profile(args)
    except ConfigError as error:
        parser.exit(2, f"{PROG}: {error}\n")
    out = Path(args.output).open("w", encoding="utf-8") if args.output else sys.stdout  # noqa: SIM115
    try:
        if args.explain:
            return _explain(args, profile, out)
        return _write_all(args, profile, out)
    finally:
        if out is not sys.stdout:
            out.close()


def _profile(args: argparse.Namespace) -> LearnedProfile | None:
    return LearnedProfile.load(args.profile) if args.profile else None


def _pipeline(args: argparse.Namespace) -> Pipeline:
    return EXTRACTED_TEXT_PIPELINE if args.extracted else DEFAULT_PIPELINE


def _write_all(args: argparse.Namespace, profile: LearnedProfile | None, out: TextIO) -> int:
    """Clean every record, writing each in input order as soon as it is done."""
    progress = Progress(sys.stderr, enabled=not args.quiet and sys.stderr.isatty())
    writer = _Writer(out, args.format, single=_one_document(args), dropped=not args.no_dropped)
    waiting: deque[Record] = deque()  # records read but not yet written, in input order

    def readable() -> Iterator[tuple[str | bytes, dict[str, object]]]:
        for record in _records(args):
            waiting.append(record)
            if record.raw is not None:
                yield record.raw, {"site": record.url}

    def emit(record: Record, result: Article | str) -> None:
        if isinstance(result, str):
            progress.message(f"{PROG}: {record.id}: {result}")
        writer.write(record, result)
        progress.step(failed=isinstance(result, str))

    for outcome in clean_many(readable(), jobs=args.jobs, pipeline=_pipeline(args), profile=profile):
        while waiting[0].raw is None:  # unreadable records before this one keep their place
            record = waiting.popleft()
            emit(record, record.error or "unreadable")
        emit(waiting.popleft(), outcome.article if outcome.article is not None else str(outcome.error))
    for record in waiting:  # unreadable records after the last readable one
        emit(record, record.error or "unreadable")
    writer.close()
    progress.close()
    return 1 if progress.failed else 0


def _one_document(args: argparse.Namespace) -> bool:
    """Whether the input is one document (one file or standard input, not JSONL): JSON output is then one record."""
    if len(args.inputs) != 1 or args.jsonl:
        return False
    name = args.inputs[0]
    return name == "-" or (Path(name).is_file() and not name.lower().endswith(_JSONL_SUFFIXES))


class _Writer:
    """Writes records in one of the output formats, separating them as the format needs."""

    def __init__(self, out: TextIO, form: str, *, single: bool, dropped: bool) -> None:
        self.out, self.form, self.single, self.dropped = out, form, single, dropped
        self.count = 0

    def write(self, record: Record, result: Article | str) -> None:
        if self.form == "jsonl":
            self.out.write(record_json(record.id, record.url, result, dropped=self.dropped) + "\n")
        elif self.form == "json":
            indent = "  " if not self.single else ""
            body = record_json(record.id, record.url, result, dropped=self.dropped, indent=2)
            opening = "" if self.single else ("[\n" if self.count == 0 else ",\n")
            self.out.write(opening + "\n".join(indent + line for line in body.splitlines()))
        else:
            self._write_prose(record, result)
        self.count += 1
        self.out.flush()

    def _write_prose(self, record: Record, result: Article | str) -> None:
        if self.count:
            self.out.write("\n" if self.form == "text" else "\n---\n\n")
        if not self.single:
            self.out.write(f"==> {record.id} <==\n\n" if self.form == "text" else f"<!-- {record.id} -->\n\n")
        if isinstance(result, str):
            self.out.write(f"[error: {result}]\n")
        else:
            self.out.write((text(result) if self.form == "text" else markdown(result)) + "\n")

    def close(self) -> None:
        if self.form == "json":
            self.out.write("\n" if self.single else ("[]\n" if self.count == 0 else "\n]\n"))
            self.out.flush()


def _explain(args: argparse.Namespace, profile: LearnedProfile | None, out: TextIO) -> int:
    """Print, for each record, its lines with what became of them."""
    color = args.color == "always" or (args.color == "auto" and out.isatty() and "NO_COLOR" not in os.environ)
    failed = False
    for number, record in enumerate(_records(args)):
        if number or len(args.inputs) > 1:
            out.write(("\n" if number else "") + f"==> {record.id} <==\n")
        if record.raw is None:
            failed = True
            sys.stderr.write(f"{PROG}: {record.id}: {record.error}\n")
            continue
        print_explained(
            explain(record.raw, pipeline=_pipeline(args), site=record.url, profile=profile), out, color=color
        )
    return 1 if failed else 0


def _learn(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog=f"{PROG} learn",
        description="Learn the lines that recur across many stories of each site of a corpus, and write them as a "
        "profile for 'article-clean --profile'. Sites come from the URL field of JSONL rows, else from each "
        "HTML page's canonical URL.",
    )
    _input_options(parser)
    parser.add_argument("--out", required=True, help="where to write the profile (JSON)")
    parser.add_argument("--min-pages", type=int, default=5, help="fewest stories a line must occur in (default: 5)")
    parser.add_argument(
        "--min-share", type=float, default=0.02, help="smallest share of a site's stories (default: 0.02)"
    )
    args = parser.parse_args(argv)
    progress = Progress(sys.stderr, enabled=not args.quiet and sys.stderr.isatty())

    def pages() -> Iterator[tuple[str | bytes, str | None]]:
        for record in _records(args):
            if record.raw is None:
                progress.message(f"{PROG}: {record.id}: {record.error}")
            progress.step(failed=record.raw is None)
            if record.raw is not None:
                yield record.raw, record.url

    try:
        profile = learn_profile(pages(), min_pages=args.min_pages, min_share=args.min_share)
    except ConfigError as error:
        parser.exit(2, f"{PROG} learn: {error}\n")
    progress.close()
    profile.save(args.out)
    lines = sum(len(site.lines) for site in profile.sites)
    if not args.quiet:
        sys.stderr.write(f"{PROG} learn: {lines} lines of {len(profile.sites)} sites written to {args.out}\n")
    return 1 if progress.failed else 0


def _schema(argv: list[str]) -> int:
    argparse.ArgumentParser(prog=f"{PROG} schema", description="Print the JSON Schema of the document.").parse_args(
        argv
    )
    sys.stdout.write(json.dumps(Article.model_json_schema(), indent=2) + "\n")
    return 0
