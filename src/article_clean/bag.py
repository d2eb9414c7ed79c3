"""Run the cleaner on a distributed engine: a `dask.bag` of pages or JSONL rows in, a bag of records out.

    >>> import json, dask.bag as db                                     # doctest: +SKIP
    >>> rows = db.read_text("crawl/*.jsonl.gz").map(json.loads)          # doctest: +SKIP
    >>> clean_bag(rows).map(json.dumps).to_textfiles("clean/*.jsonl")    # doctest: +SKIP

Each partition is cleaned by `clean_many` in the worker that holds it, so the engine (a local cluster, or a
`dask.distributed` cluster of many machines) does the scheduling; this module needs nothing from dask itself.
A record is a plain dict, the same as a line of `article-clean --format jsonl`:
`{"id": …, "url": …, "article": {…}}`, or `{"id": …, "url": …, "error": "Type: message"}` for an item that could
not be cleaned, so one bad row never fails the job.

>>> clean_partition([{"id": "a", "text": "A story.\\nRead More"}, {"id": "b"}])[1]
{'id': 'b', 'error': "KeyError: the row has no text field 'text'"}
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from article_clean.batch import clean_many

if TYPE_CHECKING:
    from collections.abc import Iterable

    from article_clean.config import CleanConfig
    from article_clean.document import Article
    from article_clean.pipeline import Pipeline

__all__ = ["clean_bag", "clean_partition", "read_row", "to_record"]


class _Bag(Protocol):
    def map_partitions(self, func: Any, *args: Any, **kwargs: Any) -> Any: ...  # noqa: ANN401 - any engine's bag


def clean_bag(
    bag: _Bag, *, text_field: str = "text", id_field: str = "id", url_field: str = "url", **options: object
) -> Any:  # noqa: ANN401 - the engine's own bag type
    """Return a bag of records, one per item of `bag` (pages as `str`/`bytes`, or dict rows), in order.

    `options` are those of `clean_article`. Rows name their page, id and URL (or domain) by the given fields;
    the URL picks the page's lines from a learned `profile`.
    """
    return bag.map_partitions(clean_partition, text_field=text_field, id_field=id_field, url_field=url_field, **options)


def clean_partition(
    items: Iterable[object],
    *,
    text_field: str = "text",
    id_field: str = "id",
    url_field: str = "url",
    config: CleanConfig | None = None,
    pipeline: Pipeline | None = None,
    **options: object,
) -> list[dict[str, Any]]:
    """Clean one partition: every item becomes a record (see the module's documentation), in order."""
    heads: list[dict[str, Any]] = []
    pages: list[object] = []
    problems: dict[int, str] = {}
    for item in items:
        head, page, problem = _split(item, text_field, id_field, url_field)
        if problem is not None:
            problems[len(heads)] = problem
        else:
            pages.append((page, {"site": head.get("url")}))
        heads.append(head)
    outcomes = iter(clean_many(pages, jobs=1, config=config, pipeline=pipeline, **options))
    records = []
    for index, head in enumerate(heads):
        if index in problems:
            records.append({**head, "error": problems[index]})
            continue
        outcome = next(outcomes)
        records.append(to_record(head, outcome.article if outcome.article is not None else str(outcome.error)))
    return records


def to_record(head: dict[str, Any], result: Article | str, *, dropped: bool = True) -> dict[str, Any]:
    """A record: `head` (id, URL) then the document as JSON-ready data, or the error message."""
    if isinstance(result, str):
        return {**head, "error": result}
    return {**head, "article": result.model_dump(mode="json", exclude=None if dropped else {"dropped"})}


def _split(item: object, text_field: str, id_field: str, url_field: str) -> tuple[dict[str, Any], object, str | None]:
    """The record head, the page, and why the item has no page (or None)."""
    if not isinstance(item, dict):
        return {}, item, None  # a bare page: no id to carry
    return read_row(item, text_field=text_field, id_field=id_field, url_field=url_field)


def read_row(
    row: dict[str, Any], *, text_field: str = "text", id_field: str = "id", url_field: str = "url"
) -> tuple[dict[str, Any], str | bytes | None, str | None]:
    """A corpus row's record head (its id, and its URL when it has one), its page, and why it has none (or None).

    >>> read_row({"id": 7, "url": "https://example.com/a", "text": "Body."})
    ({'id': 7, 'url': 'https://example.com/a'}, 'Body.', None)
    >>> read_row({"id": 8}, text_field="body")
    ({'id': 8}, None, "KeyError: the row has no text field 'body'")
    """
    head: dict[str, Any] = {"id": row.get(id_field)}
    url = row.get(url_field)
    if isinstance(url, str) and url:
        head["url"] = url
    page = row.get(text_field)
    if not isinstance(page, str | bytes):
        return head, None, f"KeyError: the row has no text field {text_field!r}"
    return head, page, None
