"""The dask.bag integration, run on a real local cluster of worker processes."""

from __future__ import annotations

import json

import dask.bag as db
import pytest
from dask.distributed import Client, LocalCluster

from article_clean import clean_many
from article_clean.bag import clean_bag, clean_partition
from tests.conftest import FIXTURES

PAGES = [*sorted((FIXTURES / "pages").glob("*.txt")), FIXTURES / "seed" / "cnn-palmyra.txt"]


def _rows() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = [
        {"id": path.name, "text": path.read_text(encoding="utf-8"), "url": f"https://example.com/{path.stem}"}
        for path in PAGES
    ]
    rows.insert(2, {"id": "no-text", "body": "the page is under another field"})
    return rows


def _expected(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    """What clean_many gives for the same rows, as records."""
    good = [row for row in rows if "text" in row]
    outcomes = iter(clean_many([(row["text"], {"site": row["url"]}) for row in good]))
    records: list[dict[str, object]] = []
    for row in rows:
        if "text" not in row:
            records.append({"id": row["id"], "error": "KeyError: the row has no text field 'text'"})
            continue
        article = next(outcomes).article
        assert article is not None
        records.append({"id": row["id"], "url": row["url"], "article": article.model_dump(mode="json")})
    return records


@pytest.mark.timeout(120)
def test_a_local_cluster_gives_what_clean_many_gives() -> None:
    """A bag of JSONL rows cleaned on a two-process local cluster equals clean_many's output, in order."""
    rows = _rows()
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        Client(cluster),
    ):
        lines = db.from_sequence([json.dumps(row) for row in rows], npartitions=3)
        records = clean_bag(lines.map(json.loads)).compute()
    assert records == _expected(rows)


def test_bare_pages_and_options() -> None:
    """Pages may be bare strings (their records have no id); options reach clean_article."""
    promo = "Chat with us in Facebook Messenger. Find out what's happening in the world as it unfolds."
    page = f"A body line of the story, long enough to keep.\n{promo}"
    default, without_profiles = clean_partition([page]), clean_partition([page], profiles=())
    assert default[0]["article"]["paragraphs"] == [{"text": page.split("\n")[0], "kind": "paragraph"}]
    assert without_profiles[0]["article"]["paragraphs"][-1]["text"] == promo
    assert set(default[0]) == {"article"}
