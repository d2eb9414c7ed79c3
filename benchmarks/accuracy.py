"""Score article_clean and peer extractors against human gold with the ScrapingHub shingle metric.

    python benchmarks/accuracy.py [--bench ../shared/bench] [--sets NAME ...] [--worst 10] [--save DIR] [--write FILE]

Every figure comes from the data set's own `score.py`. For each input kind the table has the input scored as
given ("raw input", except for HTML), `clean_article(input).text`, and each installed peer:

* full-page text dumps (ScrapingHub `html_text`, `inscriptis`, `lxml`; Dragnet): trafilatura, jusText and
  boilerpy3 on the text with each non-empty line wrapped in `<p>` (the only way those tools accept text);
* HTML pages (ScrapingHub, Dragnet): the same peers on the real page, trafilatura also with `favor_precision`;
* extractor outputs (ScrapingHub `scraped.*`): raw input and article_clean only.

Dragnet's annotators kept the title, byline and date lines inside the gold body, while article_clean moves them
into fields; for Dragnet the title is also scored prepended to the body. A peer that is not installed is skipped
with a note; a tool that raises on a page scores that page as empty output and is counted under "failed".
Accuracy only: speed is measured by `speed.py`, where peers are timed in the same loop.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import shlex
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import html_bytes, records, scorer, wrap_lines
from _report import Row, environment, markdown, splice, table
from article_clean import Article, clean_article
from article_clean.decoding import decode

if TYPE_CHECKING:
    from types import ModuleType

#: Reads one input from a record, given the folder of the record's file.
Getter = Callable[[Path, dict[str, Any]], str | bytes]
#: Turns one input into the text to score.
Extract = Callable[[str | bytes], str]
#: What an input is: a whole page dumped to text, an extractor's output, or the page's HTML.
Kind = Literal["dump", "extracted", "html"]

_T = TypeVar("_T")

_SCRAPINGHUB = "scrapinghub/pages.jsonl"
_DUMP = "ScrapingHub full-page text, `{}`"

RAW = "raw input (no cleaning)"
CLEANED = "article_clean"
TITLED = "article_clean, title prepended"


@dataclass(frozen=True, slots=True)
class InputSet:
    """One input kind: which records, which input in each, and so which tools run on it."""

    label: str
    """How the table names the input."""
    file: str
    """The JSON-lines file of the records, relative to the data directory."""
    get: Getter
    kind: Kind
    titled: bool = False
    """Also score article_clean with the title prepended, for gold that keeps the title in the body."""


@dataclass(frozen=True, slots=True)
class Peer:
    """An installed peer extractor: its table labels and extract functions, by input, and how it was called."""

    on_text: dict[str, Extract]
    """Extractors for `<p>`-wrapped lines of a text dump, by table label."""
    on_html: dict[str, Extract]
    """Extractors for a page's HTML bytes, by table label."""
    note: str
    """The settings, for the notes under the table."""


@dataclass(frozen=True, slots=True)
class Outputs:
    """What one tool returned for every page of a set."""

    texts: dict[str, str]
    """Output text by page id; "" where the tool raised."""
    errors: dict[str, str]
    """The error by page id, for the pages where the tool raised."""


def _field(*path: str) -> Getter:
    def get(_folder: Path, record: dict[str, Any]) -> str:
        value: Any = record
        for part in path:
            value = value.get(part) or {}
        return value if isinstance(value, str) else ""

    return get


def _html(folder: Path, record: dict[str, Any]) -> bytes:
    return html_bytes(folder, record)


def _scraped(extractor: str) -> InputSet:
    return InputSet(
        f"ScrapingHub extractor output, {extractor}", _SCRAPINGHUB, _field("scraped", extractor), "extracted"
    )


SETS: dict[str, InputSet] = {
    "scrapinghub text:html_text": InputSet(
        _DUMP.format("html_text"), _SCRAPINGHUB, _field("text", "html_text"), "dump"
    ),
    "scrapinghub text:inscriptis": InputSet(
        _DUMP.format("inscriptis"), _SCRAPINGHUB, _field("text", "inscriptis"), "dump"
    ),
    "scrapinghub text:lxml": InputSet(_DUMP.format("lxml"), _SCRAPINGHUB, _field("text", "lxml"), "dump"),
    "scrapinghub html": InputSet("ScrapingHub HTML", _SCRAPINGHUB, _html, "html"),
    "scrapinghub scraped:newspaper": _scraped("newspaper"),
    "scrapinghub scraped:news_please": _scraped("news_please"),
    "scrapinghub scraped:goose3": _scraped("goose3"),
    "scrapinghub scraped:readability_js": _scraped("readability_js"),
    "scrapinghub scraped:boilerpipe": _scraped("boilerpipe"),
    "scrapinghub scraped:justext": _scraped("justext"),
    "dragnet text": InputSet("Dragnet full-page text", "dragnet.jsonl", _field("text"), "dump", titled=True),
    "dragnet html": InputSet("Dragnet HTML", "dragnet.jsonl", _html, "html", titled=True),
}

NOTES = (
    "raw input: the input scored exactly as given. article_clean: `clean_article(input).text`, default "
    "configuration; title prepended: `Article.title` then `Article.text`, since Dragnet's annotators kept title, "
    "byline and date lines in the gold body.",
    "`<p>` lines: the text dump with each non-empty line HTML-escaped and wrapped in `<p>…</p>`, the only way "
    "HTML extractors accept text, inside `<html><body>` (without it boilerpy3 returns nothing).",
    "F1 ± SE: F1 of the mean per-page precision and recall, ± the standard error from `score.py`'s bootstrap over "
    "pages. failed: pages on which the tool raised; they are scored as empty output.",
)


def _as_text(raw: str | bytes) -> str:
    return raw if isinstance(raw, str) else decode(raw)[0]


def _on_lines(extract: Extract) -> Extract:
    """Feed a text dump to an HTML extractor as `<p>`-wrapped lines; a dump without lines yields no text.

    The lines go inside `<html><body>`: boilerpy3 finds nothing in a bare fragment, and the HTML parsers of the
    other peers add those elements themselves.
    """

    def run(raw: str | bytes) -> str:
        lines = wrap_lines(_as_text(raw))
        return extract(f"<html><body>{lines}</body></html>") if lines else ""

    return run


def _quiet(*loggers: str) -> None:
    """Silence a peer's per-page warnings about odd markup, which would bury the progress lines."""
    for name in loggers:
        logging.getLogger(name).setLevel(logging.ERROR)


def _trafilatura() -> Peer:
    import trafilatura

    _quiet("trafilatura", "htmldate", "courlan")

    def extract(page: str | bytes, *, favor_precision: bool = False) -> str:
        return trafilatura.extract(page, favor_precision=favor_precision) or ""

    return Peer(
        on_text={"trafilatura on `<p>` lines, default settings": _on_lines(extract)},
        on_html={
            "trafilatura, `favor_precision=True`": lambda page: extract(page, favor_precision=True),
            "trafilatura, default settings": extract,
        },
        note="trafilatura: `trafilatura.extract(html)` with its defaults (which keep comments, plain text output), "
        "or with `favor_precision=True`; it decodes HTML bytes itself.",
    )


def _justext() -> Peer:
    import justext  # type: ignore[import-untyped]

    _quiet("justext")
    stoplist = justext.get_stoplist("English")

    def extract(page: str | bytes) -> str:
        paragraphs = justext.justext(page, stoplist)
        return "\n".join(paragraph.text for paragraph in paragraphs if not paragraph.is_boilerplate)

    return Peer(
        on_text={"jusText on `<p>` lines, English stoplist": _on_lines(extract)},
        on_html={"jusText, English stoplist": extract},
        note="jusText: `justext.justext(html, justext.get_stoplist('English'))` with its default thresholds, keeping "
        "the paragraphs not classified as boilerplate, one per line; it decodes HTML bytes itself.",
    )


def _boilerpy3() -> Peer:
    from boilerpy3 import extractors  # type: ignore[import-untyped]

    _quiet("boilerpy3")
    extractor = extractors.ArticleExtractor()

    def extract(page: str | bytes) -> str:
        return str(extractor.get_content(_as_text(page)))

    return Peer(
        on_text={"boilerpy3 on `<p>` lines, ArticleExtractor": _on_lines(extract)},
        on_html={"boilerpy3, ArticleExtractor": extract},
        note="boilerpy3: `extractors.ArticleExtractor().get_content(html)`; it takes only `str`, so HTML pages are "
        "first decoded as article_clean decodes them (see `article_clean.decoding`).",
    )


#: Peers by distribution name, each built only if its package imports.
PEERS: dict[str, Callable[[], Peer]] = {"trafilatura": _trafilatura, "jusText": _justext, "boilerpy3": _boilerpy3}


def load_peers() -> tuple[list[Peer], list[str]]:
    """Build every installed peer; return them and a note for each one that is missing."""
    peers, missing = [], []
    for name, build in PEERS.items():
        try:
            peers.append(build())
        except ImportError:
            missing.append(f"{name} is not installed, so it is skipped (`pip install -e '.[bench]'`).")
    return peers, missing


def _apply(
    function: Callable[[str | bytes], _T], inputs: dict[str, str | bytes]
) -> tuple[dict[str, _T], dict[str, str]]:
    """Run `function` on every page; return its results and, for the pages where it raised, the error."""
    results: dict[str, _T] = {}
    errors: dict[str, str] = {}
    for page, raw in inputs.items():
        try:
            results[page] = function(raw)
        except Exception as error:  # a tool that crashes on a page is a result to report, not a reason to stop
            errors[page] = _describe(error)
    return results, errors


def _describe(error: BaseException) -> str:
    """Name an error and the one it was raised from, since wrappers often carry no message of their own."""
    cause = error.__cause__
    described = f"{type(error).__name__}: {error}"
    return f"{described} (from {type(cause).__name__}: {cause})" if cause else described


def _cleaned(inputs: dict[str, str | bytes], *, titled: bool) -> dict[str, Outputs]:
    """article_clean's text and, if `titled`, its title and text, from one `clean_article` call per page."""
    articles, errors = _apply(clean_article, inputs)
    outputs = {CLEANED: Outputs({page: articles[page].text if page in articles else "" for page in inputs}, errors)}
    if titled:
        outputs[TITLED] = Outputs({page: _title_and_text(articles.get(page)) for page in inputs}, errors)
    return outputs


def _title_and_text(article: Article | None) -> str:
    return "\n\n".join(filter(None, (article.title, article.text))) if article else ""


def _extracted(extract: Extract, inputs: dict[str, str | bytes]) -> Outputs:
    texts, errors = _apply(extract, inputs)
    return Outputs({page: texts.get(page, "") for page in inputs}, errors)


def peer_tools(kind: Kind, peers: list[Peer]) -> dict[str, Extract]:
    """The peers' extractors for an input kind, by table label: none run on extractor outputs."""
    found: dict[str, Extract] = {}
    for peer in peers:
        if kind == "dump":
            found |= peer.on_text
        elif kind == "html":
            found |= peer.on_html
    return found


def outputs(spec: InputSet, inputs: dict[str, str | bytes], peers: list[Peer]) -> dict[str, Outputs]:
    """Every tool's output on the inputs of one set, in table order; progress goes to stderr."""
    print(f"{spec.label}: {len(inputs)} pages", file=sys.stderr)
    result: dict[str, Outputs] = {}
    if spec.kind != "html":  # HTML markup scored as text says nothing
        result[RAW] = _extracted(_as_text, inputs)
    print(f"    {CLEANED}", file=sys.stderr)
    result |= _cleaned(inputs, titled=spec.titled)
    for label, extract in peer_tools(spec.kind, peers).items():
        print(f"    {label}", file=sys.stderr)
        result[label] = _extracted(extract, inputs)
    for label, output in result.items():
        _report_errors(label, output)
    return result


def load(bench: Path, spec: InputSet) -> tuple[dict[str, str], dict[str, str | bytes]]:
    """Gold bodies and inputs of a set, by page id."""
    path = bench / spec.file
    rows = list(records(path))
    gold = {str(row["id"]): row["gold"] for row in rows}
    return gold, {str(row["id"]): spec.get(path.parent, row) for row in rows}


def score_rows(score: ModuleType, label: str, gold: dict[str, str], results: dict[str, Outputs]) -> list[Row]:
    """One table row per tool, scored by the data set's `score.py`."""
    rows = []
    for tool, result in results.items():
        figures = score.score_pages(gold, result.texts)
        f1, se, precision, recall = (figures[key] for key in ("f1", "f1_std", "precision", "recall"))
        rows.append(Row(label, tool, figures["pages"], f1, se, precision, recall, len(result.errors)))
    return rows


def _report_errors(tool: str, result: Outputs) -> None:
    if result.errors:
        page, error = next(iter(result.errors.items()))
        print(f"    {tool} raised on {len(result.errors)} pages, first on {page}: {error[:200]}", file=sys.stderr)


def print_worst(score: ModuleType, name: str, gold: dict[str, str], texts: dict[str, str], count: int) -> None:
    """Print the `count` pages on which article_clean's output has the smallest true-positive share."""
    print(f"{name}: article_clean's worst pages")
    for page in sorted(gold, key=lambda page: score.score_pair(gold[page], texts[page])[0])[:count]:
        tp, fp, fn = score.score_pair(gold[page], texts[page])
        print(f"    {page[:20]:20} tp {tp:.2f} fp {fp:.2f} fn {fn:.2f}")


def save_outputs(folder: Path, name: str, results: dict[str, Outputs]) -> None:
    """Write each tool's output texts to `<set>.<tool>.jsonl` in `folder`, one `{"id", "text"}` object a line."""
    folder.mkdir(parents=True, exist_ok=True)
    for tool, result in results.items():
        path = folder / f"{_slug(name)}.{_slug(tool)}.jsonl"
        with path.open("w", encoding="utf-8") as out:
            out.writelines(json.dumps({"id": page, "text": text}) + "\n" for page, text in result.texts.items())


def _slug(label: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "_", label).strip("_").lower()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bench", type=Path, default=Path("../shared/bench"), help="the data directory")
    parser.add_argument("--sets", nargs="*", default=list(SETS), choices=list(SETS), help="input kinds to score")
    parser.add_argument("--worst", type=int, default=0, help="list article_clean's worst pages, this many per set")
    parser.add_argument("--save", type=Path, help="write every tool's output texts here, one JSON-lines file each")
    parser.add_argument(
        "--write",
        type=Path,
        help="write the table, machine and versions to this markdown file, between its accuracy markers if it has them",
    )
    return parser


def run(args: argparse.Namespace, peers: list[Peer]) -> list[Row]:
    """Score the chosen sets; list worst pages and save outputs as the options ask."""
    score = scorer(args.bench)
    rows = []
    for name in args.sets:
        spec = SETS[name]
        gold, inputs = load(args.bench, spec)
        results = outputs(spec, inputs, peers)
        rows += score_rows(score, spec.label, gold, results)
        if args.worst:
            print_worst(score, name, gold, results[CLEANED].texts, args.worst)
        if args.save:
            save_outputs(args.save, name, results)
    return rows


def main() -> int:
    """Score the chosen sets, print the table, and write it as markdown if asked."""
    args = _parser().parse_args()
    start = time.perf_counter()
    peers, missing = load_peers()
    rows = run(args, peers)
    print(table(rows))
    for note in missing:
        print(note)
    if args.write:
        command = shlex.join(["python", "benchmarks/accuracy.py", *sys.argv[1:]])
        notes = [*NOTES, *(peer.note for peer in peers), *missing]
        page = args.write.read_text(encoding="utf-8") if args.write.exists() else None
        fragment = markdown(environment(PEERS), command, rows, notes)
        args.write.write_text(splice(page, fragment), encoding="utf-8")
        print(f"wrote {args.write}")
    print(f"total time {time.perf_counter() - start:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
