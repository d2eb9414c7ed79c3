"""clean_many: input order, errors as values, bounded reading, per-item options, worker processes."""

from __future__ import annotations

import itertools
import os
from typing import TYPE_CHECKING

import pytest

from article_clean import ConfigError, DropReason, Pipeline, clean_article, clean_many
from article_clean.batch import CHUNK, WINDOW_PER_JOB
from article_clean.stages import DEFAULT_PIPELINE

if TYPE_CHECKING:
    from collections.abc import Iterator

    from article_clean import Draft

PAGES = [f"Story number {n} says something new about item {n}.\nRead More\nMore text for story {n}." for n in range(60)]


@pytest.mark.parametrize("jobs", [1, 2])
def test_results_come_in_input_order_and_equal_clean_article(jobs: int) -> None:
    """Results come in input order and equal clean article."""
    outcomes = list(clean_many(PAGES, jobs=jobs))
    assert [outcome.index for outcome in outcomes] == list(range(len(PAGES)))
    assert [outcome.article for outcome in outcomes] == [clean_article(page) for page in PAGES]


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_bad_item_is_an_error_value_and_the_run_goes_on(jobs: int) -> None:
    """A bad item is an error value and the run goes on."""
    items: list[object] = [*PAGES[:20], 42, *PAGES[20:40]]
    outcomes = list(clean_many(items, jobs=jobs))
    assert len(outcomes) == len(items)
    bad = outcomes[20]
    assert not bad.ok
    assert bad.article is None
    assert bad.error is not None
    assert bad.error.type == "InputTypeError"
    assert "str or bytes" in str(bad.error)
    assert all(outcome.ok for index, outcome in enumerate(outcomes) if index != 20)


def _explode_on_boom(draft: Draft) -> None:
    if "BOOM" in draft.raw:
        msg = "custom stage failed"
        raise RuntimeError(msg)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_failing_custom_stage_fails_only_its_item(jobs: int) -> None:
    """A failing custom stage fails only its item."""
    pipeline = DEFAULT_PIPELINE.with_stage("explode", _explode_on_boom)
    items = [*PAGES[:30], "BOOM goes this one.", *PAGES[30:]]
    outcomes = list(clean_many(items, jobs=jobs, pipeline=pipeline))
    assert outcomes[30].error is not None
    assert outcomes[30].error.type == "StageError"
    assert sum(outcome.ok for outcome in outcomes) == len(items) - 1


def test_items_are_read_lazily_with_a_bounded_window() -> None:
    """An endless source works: only a bounded number of items is read ahead of the results taken."""
    pulled = 0

    def endless() -> Iterator[str]:
        nonlocal pulled
        for page in itertools.cycle(PAGES):
            pulled += 1
            yield page

    taken = list(itertools.islice(clean_many(endless(), jobs=2), 5))
    assert [outcome.index for outcome in taken] == [0, 1, 2, 3, 4]
    assert pulled <= 2 * CHUNK + 2 * WINDOW_PER_JOB * CHUNK + CHUNK


def test_serial_runs_read_one_item_per_result() -> None:
    """Serial runs read one item per result."""
    pulled = 0

    def counted() -> Iterator[str]:
        nonlocal pulled
        for page in PAGES:
            pulled += 1
            yield page

    outcomes = clean_many(counted(), jobs=1)
    next(outcomes)
    assert pulled == 1


@pytest.mark.parametrize("jobs", [1, 2])
def test_per_item_options_apply_to_their_item_only(jobs: int) -> None:
    """Per item options apply to their item only."""
    promo = "Chat with us in Facebook Messenger. Find out what's happening in the world as it unfolds."
    page = f"A body line that is long enough to stay in the document.\n{promo}"
    items: list[object] = [page] * 20
    items[3] = (page, {"profiles": ()})  # no publisher profiles for this page: CNN's promo stays
    outcomes = list(clean_many(items, jobs=jobs))
    assert outcomes[3].article is not None
    assert outcomes[3].article.text.endswith(promo)
    assert all(o.article is not None and not o.article.text.endswith(promo) for o in outcomes if o.index != 3)


@pytest.mark.parametrize("jobs", [0, -1, 1.5, True, "2"])
def test_bad_jobs_raise_config_error(jobs: object) -> None:
    """Bad jobs raise config error."""
    with pytest.raises(ConfigError, match="jobs must be a positive integer"):
        clean_many(PAGES, jobs=jobs)  # type: ignore[arg-type]


def test_bad_options_raise_before_any_work() -> None:
    """Bad options raise before any work."""

    def never() -> Iterator[str]:
        raise AssertionError  # pragma: no cover - must not be read
        yield ""

    with pytest.raises(ConfigError, match="unknown option"):
        clean_many(never(), header_liness=3)
    with pytest.raises(ConfigError, match="pipeline must be a Pipeline"):
        clean_many(never(), pipeline="default")  # type: ignore[arg-type]


def _die_on_kill(draft: Draft) -> None:
    if "KILL" in draft.raw:
        os._exit(1)  # a worker killed mid-item (out of memory, say)


def test_an_item_that_kills_its_worker_is_reported_and_the_rest_are_cleaned() -> None:
    """An item that kills its worker is reported and the rest are cleaned."""
    pipeline = Pipeline([*DEFAULT_PIPELINE.stages, ("die", _die_on_kill)])
    items = [*PAGES[:25], "KILL this worker.", *PAGES[25:]]
    outcomes = list(clean_many(items, jobs=2, pipeline=pipeline))
    assert [outcome.index for outcome in outcomes] == list(range(len(items)))
    assert outcomes[25].error is not None
    assert outcomes[25].error.type == "WorkerDied"
    assert [o.article for o in outcomes if o.index != 25] == [clean_article(page) for page in PAGES]


def test_empty_input_yields_nothing() -> None:
    """Empty input yields nothing."""
    assert list(clean_many([], jobs=2)) == []


def test_reasons_survive_the_trip_from_worker_processes() -> None:
    """Reasons survive the trip from worker processes."""
    outcomes = list(clean_many(PAGES, jobs=2))
    assert outcomes[0].article is not None
    assert outcomes[0].article.dropped[0].reason is DropReason.READ_MORE


def test_an_item_that_cannot_reach_a_worker_is_an_error_value_too() -> None:
    """An unpicklable item (a function, say) fails alone with jobs=2, as with jobs=1."""
    items: list[object] = [*PAGES[:20], lambda: 1, *PAGES[20:40]]
    outcomes = list(clean_many(items, jobs=2))
    assert [outcome.index for outcome in outcomes] == list(range(len(items)))
    assert outcomes[20].error is not None
    assert outcomes[20].error.type == "InputTypeError"
    assert sum(outcome.ok for outcome in outcomes) == len(items) - 1


def test_options_are_checked_without_running_the_pipeline() -> None:
    """A custom stage that fails on empty input does not stop clean_many before its first item."""

    def refuse_empty(draft: Draft) -> None:
        if not draft.raw:
            raise ValueError

    pipeline = DEFAULT_PIPELINE.with_stage("refuse_empty", refuse_empty)
    assert [o.ok for o in clean_many(["A page of text."], pipeline=pipeline)] == [True]
