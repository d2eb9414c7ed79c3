"""Turn the bench pages into training inputs: the lines the `classify_lines` stage sees, their features and labels.

Every input (a page dumped to text, an extractor's output, or the page's HTML) is cleaned by the default pipeline
with a recording stage in the place of `classify_lines`, so the lines are exactly the stage's input: the body
blocks left after headers, players, galleries and publisher furniture are gone. Its repeated span ends at the
caption lifter (`RECORDED_SPAN_END`): without a classifier, the stages after it would take out of the record the
lines above the headline and the marker lines that the classifier's first scoring reads. The recorder's blocks are
read again once the pipeline has finished, which gives each line's final text (later stages, such as the dateline,
still rewrite it) and the pipeline's output without the classifier, the baseline. Labels come from the human gold
through `labels.line_labels`.

Cleaning thousands of inputs takes minutes, so the result is cached in the temporary directory under a key made
of the library's source, this module, the labeller and the bench files: a change to any of them rebuilds it.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import itertools
import json
import os
import pickle
import tempfile
import time
from dataclasses import astuple, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import numpy as np
import numpy.typing as npt

import article_clean
from article_clean import clean_article
from article_clean.classifier.features import line_features
from article_clean.pipeline import Pipeline
from article_clean.stages import DEFAULT_PIPELINE
from training.labels import line_labels

if TYPE_CHECKING:
    from collections.abc import Iterator

    from article_clean.document import Article
    from article_clean.draft import Block, Draft

__all__ = ["CLASSIFIER_STAGE", "SETS", "Dataset", "Input", "Pages", "load_dataset", "raw_inputs"]

Array = npt.NDArray[Any]
#: What an input is: a whole page dumped to text, an extractor's output, or the page's HTML.
Kind = Literal["dump", "extracted", "html"]

#: The library stage the model serves.
CLASSIFIER_STAGE = "classify_lines"
#: The last stage the recording pipeline repeats: the caption lifter right after the classifier. The default
#: pipeline's span goes on to the end, so that the classifier's last scoring sees exactly the lines kept; without
#: a classifier those later stages would take lines out of the record that the classifier's first scoring sees.
RECORDED_SPAN_END = "extract_captions"
#: The default bench directory, relative to the repository root.
DEFAULT_BENCH = Path("../shared/bench")
#: Where the cache lives: outside the repository, shared by every script here.
CACHE_DIR = Path(tempfile.gettempdir()) / "article_clean_training"

_SCRAPINGHUB = "scrapinghub/pages.jsonl"
_DRAGNET = "dragnet.jsonl"
#: Library files that cannot change the data: the model itself, and the stage the recorder replaces.
_NOT_INPUTS = frozenset({"line_model.json", "classify.py"})
_DUMPS = ("html_text", "inscriptis", "lxml")
_EXTRACTORS = ("newspaper", "boilerpipe", "readability_js", "justext", "goose3", "news_please")

#: Every input set, named as `benchmarks/accuracy.py` names it, with its kind.
SETS: dict[str, Kind] = {
    **{f"scrapinghub text:{dump}": "dump" for dump in _DUMPS},
    **{f"scrapinghub scraped:{name}": "extracted" for name in _EXTRACTORS},
    "scrapinghub html": "html",
    "dragnet text": "dump",
    "dragnet html": "html",
}


@dataclass(frozen=True, slots=True)
class Input:
    """One input of one page, as the classifier stage sees it."""

    set: str
    """The input set, a key of `SETS`."""
    page: str
    """The page id within its corpus."""
    group: str
    """The site: the domain without `www.`, or the page itself when the domain is unknown. Folds keep sites whole."""
    gold: str
    """The human article body."""
    raw: str | None
    """The input as given, to score it uncleaned; None for HTML."""
    baseline: str
    """The default pipeline's text without the classifier stage."""
    lines: tuple[str, ...]
    """The body lines the classifier stage receives, in order."""
    final: tuple[str | None, ...]
    """Each line's text in the output if the classifier keeps it; None where a later stage removes it."""
    dom: tuple[tuple[float, ...] | None, ...]
    """Each line's `Block.dom` row (None for text input)."""
    title: str | None = None
    """The title the pipeline found (without the classifier), for gold that keeps the title in the body."""

    @property
    def corpus(self) -> str:
        """The data set the page comes from: "scrapinghub" or "dragnet"."""
        return self.set.split(" ", 1)[0]


@dataclass(frozen=True, slots=True)
class Pages:
    """Line features and labels of several pages, stacked: page `i` owns rows `offsets[i]:offsets[i+1]`."""

    x: Array
    y: Array
    offsets: Array
    lines: tuple[str, ...]
    """The text of each row, for the word weights, which are learned per fit."""

    @classmethod
    def of(cls, pages: list[list[str]], labels: list[Array], doms: list[list[tuple[float, ...] | None]]) -> Pages:
        """Compute the features of each page's lines (with their DOM rows) and stack them with their labels."""
        xs = [line_features(lines, dom) for lines, dom in zip(pages, doms, strict=True)]
        offsets = np.concatenate(([0], np.cumsum([len(lines) for lines in pages]))).astype(np.int64)
        texts = tuple(line for lines in pages for line in lines)
        return cls(np.vstack(xs).astype(np.float32), np.concatenate(labels).astype(np.int8), offsets, texts)

    def select(self, chosen: Array) -> Pages:
        """The pages where `chosen` (one bool per page) is true."""
        rows = np.repeat(chosen, np.diff(self.offsets))
        offsets = np.concatenate(([0], np.cumsum(np.diff(self.offsets)[chosen]))).astype(np.int64)
        return Pages(self.x[rows], self.y[rows], offsets, tuple(itertools.compress(self.lines, rows.tolist())))

    def join(self, other: Pages) -> Pages:
        """These pages, then the other's."""
        offsets = np.concatenate((self.offsets, other.offsets[1:] + self.offsets[-1]))
        x, y = np.vstack((self.x, other.x)), np.concatenate((self.y, other.y))
        return Pages(x, y, offsets, self.lines + other.lines)


@dataclass(frozen=True, slots=True)
class Dataset:
    """Every input with the features and labels of its lines, and of its body lines alone."""

    inputs: list[Input]
    pages: Pages
    """Each input's lines: what the classifier stage sees on its first round."""
    body: Pages
    """Each input's body lines alone, all labelled body: a page the stage has already cleaned, to be left alone."""
    key: str
    """The cache key: changes whenever the data would."""

    def groups(self, chosen: Array) -> Array:
        """An integer site id per input where `chosen` is true, for grouped folds."""
        ids = {name: i for i, name in enumerate(sorted({item.group for item in self.inputs}))}
        return np.array([ids[item.group] for item, yes in zip(self.inputs, chosen, strict=True) if yes], np.int64)

    def kept_views(self, chosen: Array, probability: Array, threshold: float, min_lines: int) -> tuple[Pages, Array]:
        """Each chosen input as the stage's next round sees it, with a site id per view.

        A view holds the lines whose `probability` (one per line of the chosen inputs' pages, in order) reaches
        `threshold`, with their own labels.

        Inputs where that keeps every line, or fewer than `min_lines`, give no view: the stage would stop there.
        """
        lines: list[list[str]] = []
        labels: list[Array] = []
        doms: list[list[tuple[float, ...] | None]] = []
        sites: list[int] = []
        chosen_pages = self.pages.select(chosen)
        for j, (index, site) in enumerate(zip(np.flatnonzero(chosen).tolist(), self.groups(chosen), strict=True)):
            start, end = int(chosen_pages.offsets[j]), int(chosen_pages.offsets[j + 1])
            keep = probability[start:end] >= threshold
            if keep.all() or keep.sum() < max(min_lines, 1):
                continue
            item = self.inputs[index]
            kept = np.flatnonzero(keep).tolist()
            lines.append([item.lines[k] for k in kept])
            labels.append(chosen_pages.y[start:end][keep])
            doms.append([item.dom[k] for k in kept])
            sites.append(int(site))
        return Pages.of(lines, labels, doms), np.array(sites, np.int64)

    def training(self, chosen: Array, *, body_views: bool) -> tuple[Pages, Array]:
        """The pages to fit on from the chosen inputs, with a site id per page; with their body views if asked."""
        pages, groups = self.pages.select(chosen), self.groups(chosen)
        if not body_views:
            return pages, groups
        return pages.join(self.body.select(chosen)), np.concatenate((groups, groups))


def site(domain: str | None, page: str) -> str:
    """The group key of a page: its domain without `www.`, or the page id when the domain is unknown.

    >>> site("WWW.BBC.co.uk", "7"), site("", "7")
    ('bbc.co.uk', 'page:7')
    """
    name = (domain or "").strip().lower().removeprefix("www.")
    return name or f"page:{page}"


class _Recorder:
    """Two stages: one in the classifier's place keeps the blocks it is handed, one at the end sees what is left."""

    def __init__(self) -> None:
        self.seen: list[Block] = []
        self.left: list[Block] = []

    def at_classifier(self, draft: Draft) -> None:
        self.seen = list(draft.blocks)

    def at_end(self, draft: Draft) -> None:
        self.left = list(draft.blocks)


def _pipeline(recorder: _Recorder) -> Pipeline:
    """The default pipeline with the classifier stage replaced by the recorder (appended if there is none).

    Its repeated span ends at `RECORDED_SPAN_END`: the stages after it drop lines only once a scoring has read
    them as context (lines above the headline, reading times), so the record keeps them, as the first scoring does.
    """
    if CLASSIFIER_STAGE in DEFAULT_PIPELINE.names:
        pipeline = DEFAULT_PIPELINE.replace(CLASSIFIER_STAGE, recorder.at_classifier)
    else:
        pipeline = DEFAULT_PIPELINE.with_stage(CLASSIFIER_STAGE, recorder.at_classifier)
    if pipeline.repeat is not None and RECORDED_SPAN_END in pipeline.names:
        pipeline = Pipeline(pipeline.stages, repeat=(pipeline.repeat[0], RECORDED_SPAN_END))
    return pipeline.with_stage("record_output", recorder.at_end)


def stage_view(raw: str | bytes) -> tuple[tuple[str, ...], tuple[str | None, ...], Article, tuple[Any, ...]]:
    """Clean `raw` without the classifier: the stage's lines, each line's final text, the document, DOM rows."""
    recorder = _Recorder()
    article = clean_article(raw, pipeline=_pipeline(recorder))
    left = {id(block) for block in recorder.left}
    lines = tuple(block.text for block in recorder.seen)
    final = tuple(block.text if id(block) in left else None for block in recorder.seen)
    return lines, final, article, tuple(block.dom for block in recorder.seen)


def _records(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def _field(record: dict[str, Any], *path: str) -> str:
    value: Any = record
    for part in path:
        value = value.get(part) or {}
    return value if isinstance(value, str) else ""


def raw_inputs(bench: Path) -> Iterator[tuple[str, dict[str, Any], str | bytes]]:
    """Yield (set, record, input) for every input of every page; HTML inputs are the page's bytes."""
    for record in _records(bench / _SCRAPINGHUB):
        for dump in _DUMPS:
            yield f"scrapinghub text:{dump}", record, _field(record, "text", dump)
        for name in _EXTRACTORS:
            yield f"scrapinghub scraped:{name}", record, _field(record, "scraped", name)
        yield "scrapinghub html", record, gzip.decompress((bench / "scrapinghub" / record["html_file"]).read_bytes())
    for record in _records(bench / _DRAGNET):
        yield "dragnet text", record, _field(record, "text")
        yield "dragnet html", record, gzip.decompress((bench / record["html_file"]).read_bytes())


def build_inputs(bench: Path) -> list[Input]:
    """Clean every input of the bench without the classifier and record what the classifier would see."""
    inputs: list[Input] = []
    for name, record, raw in raw_inputs(bench):
        lines, final, article, dom = stage_view(raw)
        page = str(record["id"])
        text = raw if isinstance(raw, str) and SETS[name] != "html" else None
        group = site(record.get("domain"), page)
        gold = record.get("gold") or ""
        inputs.append(Input(name, page, group, gold, text, article.text, lines, final, dom, article.title))
    return inputs


def _pages(inputs: list[Input]) -> tuple[Pages, Pages]:
    """Each input's lines with their labels, and each input's body lines alone."""
    lines = [list(item.lines) for item in inputs]
    doms = [list(item.dom) for item in inputs]
    labels = [line_labels(page, item.gold) for page, item in zip(lines, inputs, strict=True)]
    body = [[line for line, label in zip(page, y, strict=True) if label] for page, y in zip(lines, labels, strict=True)]
    body_dom = [[row for row, label in zip(dom, y, strict=True) if label] for dom, y in zip(doms, labels, strict=True)]
    return Pages.of(lines, labels, doms), Pages.of(body, [np.ones(len(page), np.int8) for page in body], body_dom)


def cache_key(bench: Path) -> str:
    """A digest of everything the data depends on: library source, this module, the labeller, the bench files."""
    digest = hashlib.sha256()
    package = Path(article_clean.__file__).parent
    here = Path(__file__).parent
    sources = sorted(p for p in package.rglob("*") if p.suffix in {".py", ".json"} and p.name not in _NOT_INPUTS)
    for path in [*sources, here / "data.py", here / "labels.py"]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    for path in (bench / _SCRAPINGHUB, bench / _DRAGNET):
        stat = path.stat()
        digest.update(f"{path.resolve()}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:16]


def load_dataset(bench: Path = DEFAULT_BENCH, *, rebuild: bool = False) -> Dataset:
    """The dataset of `bench`, from the cache when it is current, else built (a few minutes) and cached."""
    key = cache_key(bench)
    path = CACHE_DIR / f"dataset-{key}.pickle"
    if path.exists() and not rebuild:
        with path.open("rb") as handle:
            return _thaw(pickle.load(handle), key)  # our own cache file, written below
    started = time.perf_counter()
    inputs = build_inputs(bench)
    dataset = Dataset(inputs, *_pages(inputs), key)
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(f".{os.getpid()}.tmp")  # two runs that build at once must not share it
    with partial.open("wb") as handle:
        pickle.dump(_freeze(dataset), handle, protocol=pickle.HIGHEST_PROTOCOL)
    partial.replace(path)
    for stale in CACHE_DIR.glob("dataset-*.pickle"):  # one dataset a few hundred MB: keep only the current one
        if stale != path:
            stale.unlink()
    print(
        f"built {len(inputs)} inputs, {len(dataset.pages.y)} lines in {time.perf_counter() - started:.0f} s -> {path}"
    )
    return dataset


def _freeze(dataset: Dataset) -> dict[str, Any]:
    """Plain values only, so the cache reads back whichever module name this file ran under."""
    return {
        "inputs": [astuple(item) for item in dataset.inputs],
        "pages": astuple(dataset.pages),
        "body": astuple(dataset.body),
    }


def _thaw(frozen: dict[str, Any], key: str) -> Dataset:
    """The dataset `_freeze` stored."""
    inputs = [Input(*fields) for fields in frozen["inputs"]]
    return Dataset(inputs, Pages(*frozen["pages"]), Pages(*frozen["body"]), key)


def summary(dataset: Dataset) -> str:
    """Lines, body share and inputs per set, one set a line."""
    out = [f"{'set':34} {'inputs':>6} {'lines':>7} {'body':>5}"]
    for name in SETS:
        pages = dataset.pages.select(np.array([item.set == name for item in dataset.inputs]))
        body = pages.y.mean() if len(pages.y) else 0.0
        out.append(f"{name:34} {len(pages.offsets) - 1:6d} {len(pages.y):7d} {body:5.2f}")
    return "\n".join(out)


def main() -> None:
    """Build (or read) the cached dataset and print its size per set."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH, help="the bench directory")
    parser.add_argument("--rebuild", action="store_true", help="ignore the cache")
    args = parser.parse_args()
    dataset = load_dataset(args.bench, rebuild=args.rebuild)
    print(f"dataset {dataset.key}: {len(dataset.inputs)} inputs, {len(dataset.pages.y)} lines")
    print(summary(dataset))


if __name__ == "__main__":
    main()
