"""Clean many articles: `clean_many(items, jobs=…)` streams results in input order, errors captured as values.

Items are read lazily and only a bounded window of them is in flight at once, so a generator over a 10 GB JSONL
file is cleaned in constant memory. With `jobs > 1` the work is spread over worker processes (one per core by
default); results still come back in input order.
"""

from __future__ import annotations

import os
import pickle
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import chain, islice
from multiprocessing import get_all_start_methods, get_context
from typing import TYPE_CHECKING

from article_clean.api import _config, _pipeline, clean_article
from article_clean.errors import ConfigError

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from article_clean.config import CleanConfig
    from article_clean.document import Article
    from article_clean.pipeline import Pipeline

__all__ = ["ItemError", "Outcome", "clean_many"]

#: Items sent to a worker at once: enough to amortise the round trip, few enough to keep the order cheap.
CHUNK = 8
#: Chunks in flight per worker: keeps every worker busy while bounding memory.
WINDOW_PER_JOB = 4


@dataclass(frozen=True, slots=True)
class ItemError:
    """Why one item could not be cleaned: the exception's type name and message."""

    type: str
    message: str

    def __str__(self) -> str:
        """`Type: message`, as a traceback's last line reads."""
        return f"{self.type}: {self.message}"


@dataclass(frozen=True, slots=True)
class Outcome:
    """The result for one item of `clean_many`: its position, and either the article or the error."""

    index: int
    """The item's position in the input, from 0."""
    article: Article | None
    error: ItemError | None = None

    @property
    def ok(self) -> bool:
        """Whether the item was cleaned."""
        return self.article is not None


def clean_many(
    items: Iterable[object],
    *,
    jobs: int | None = 1,
    config: CleanConfig | None = None,
    pipeline: Pipeline | None = None,
    **options: object,
) -> Iterator[Outcome]:
    """Clean every item of `items`, yielding one `Outcome` per item in input order.

    An item is the page (`str` or `bytes`), or a pair `(page, options)` whose options apply to that page only,
    such as `(raw, {"site": url})` to pick the page's lines from a learned profile.

    An item that cannot be cleaned (a wrong type, a failing custom stage) yields an `Outcome` whose `error` says
    why; the run goes on. Options are those of `clean_article` and are checked before any work starts.

    Args:
        items: Scraped texts or HTML pages, read lazily.
        jobs: Worker processes; `None` means one per available core, 1 cleans in this process.
        config: Options to start from, as for `clean_article`.
        pipeline: The stages to run, as for `clean_article`.
        **options: Fields of `CleanConfig`.

    Raises:
        ConfigError: an option is invalid, `jobs` is not a positive integer, or (with several jobs on a
            platform that cannot fork) the pipeline cannot be sent to worker processes.

    >>> [outcome.article.text for outcome in clean_many(["First story.\\nRead More", "Second story."])]
    ['First story.', 'Second story.']
    >>> next(clean_many([42])).error.type
    'InputTypeError'
    """
    workers = _workers(jobs)
    # Invalid options fail here, once, before any item is read.
    _config(config, options)
    _pipeline(pipeline)
    settings = (config, pipeline, options)
    source = iter(items)
    head = list(islice(source, 2 * CHUNK)) if workers > 1 else []
    if workers == 1 or len(head) < 2 * CHUNK:  # a few items are done before worker processes would start
        return _serial(chain(head, source), settings)
    return _parallel(chain(head, source), settings, workers)


_PAIR = 2  # an item (page, options)
Settings = tuple["CleanConfig | None", "Pipeline | None", dict[str, object]]


def _workers(jobs: object) -> int:
    if jobs is None:
        return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1:
        msg = f"jobs must be a positive integer or None (one per core), not {jobs!r}"
        raise ConfigError(msg)
    return jobs


def _clean_one(index: int, item: object, settings: Settings) -> Outcome:
    config, pipeline, options = settings
    raw = item
    if isinstance(item, tuple) and len(item) == _PAIR and isinstance(item[1], dict):
        raw, options = item[0], {**options, **item[1]}
    try:
        return Outcome(index, clean_article(raw, config=config, pipeline=pipeline, **options))  # type: ignore[arg-type]
    except Exception as error:  # one bad item must not stop a corpus run: the error is its result
        return Outcome(index, None, ItemError(type(error).__name__, str(error)))


def _serial(items: Iterable[object], settings: Settings) -> Iterator[Outcome]:
    for index, item in enumerate(items):
        yield _clean_one(index, item, settings)


# Worker side: the settings arrive once per process, through the pool's initializer.
_worker_settings: Settings | None = None


def _init_worker(settings: Settings) -> None:
    global _worker_settings  # per-process state is what a pool initializer is for
    _worker_settings = settings


def _clean_chunk(first: int, chunk: list[object]) -> list[Outcome]:
    settings = _worker_settings
    if settings is None:  # pragma: no cover - the pool's initializer always runs first
        msg = "worker process started without its settings"
        raise RuntimeError(msg)
    return [_clean_one(first + offset, item, settings) for offset, item in enumerate(chunk)]


def _executor(settings: Settings, workers: int) -> ProcessPoolExecutor:
    # Forked workers inherit the settings, so pipelines of local functions work; elsewhere they must pickle.
    if "fork" in get_all_start_methods():
        return ProcessPoolExecutor(workers, get_context("fork"), initializer=_init_worker, initargs=(settings,))
    _check_picklable(settings)  # pragma: no cover - platforms without fork
    return ProcessPoolExecutor(workers, get_context("spawn"), initializer=_init_worker, initargs=(settings,))


def _check_picklable(settings: Settings) -> None:  # pragma: no cover - platforms without fork
    try:
        pickle.dumps(settings)
    except (pickle.PicklingError, AttributeError, TypeError) as error:
        msg = f"the pipeline or options cannot be sent to worker processes ({error}); use module-level stages or jobs=1"
        raise ConfigError(msg) from error


def _parallel(items: Iterable[object], settings: Settings, workers: int) -> Iterator[Outcome]:
    source = iter(items)
    executor = _executor(settings, workers)
    pending: deque[tuple[int, list[object], Future[list[Outcome]]]] = deque()
    first = 0
    try:
        while True:
            while len(pending) < workers * WINDOW_PER_JOB:
                chunk = list(islice(source, CHUNK))
                if not chunk:
                    break
                pending.append((first, chunk, executor.submit(_clean_chunk, first, chunk)))
                first += len(chunk)
            if not pending:
                return
            start, chunk, future = pending.popleft()
            try:
                yield from future.result()
            except (pickle.PicklingError, TypeError, AttributeError):
                # An item that cannot be sent to a worker (not a page at all): clean the chunk here, where the
                # item gets its error value like any other.
                yield from (_clean_one(start + offset, item, settings) for offset, item in enumerate(chunk))
            except BrokenProcessPool:
                # A worker died (killed, out of memory): retry the chunk's items one by one in fresh workers, so
                # only an item that kills a worker again is reported lost; then resubmit what was in flight.
                executor.shutdown(wait=False, cancel_futures=True)
                executor = _executor(settings, workers)
                for offset, item in enumerate(chunk):
                    try:
                        yield from executor.submit(_clean_chunk, start + offset, [item]).result()
                    except BrokenProcessPool:
                        yield _lost(start + offset)
                        executor.shutdown(wait=False, cancel_futures=True)
                        executor = _executor(settings, workers)
                pending = deque((s, c, executor.submit(_clean_chunk, s, c)) for s, c, _ in pending)
    finally:
        executor.shutdown(wait=False, cancel_futures=True)


def _lost(index: int) -> Outcome:
    message = "the worker process cleaning this item died twice (out of memory or killed); clean it alone to see why"
    return Outcome(index, None, ItemError("WorkerDied", message))
