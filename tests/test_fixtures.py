"""Data-driven cases: synthetic and negative cases, real pages with checks, and the seed's golden document."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from article_clean import Article, clean_article

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
REGEN = "ARTICLE_CLEAN_REGEN"


def _cases() -> list[Any]:
    params = []
    for path in sorted((FIXTURES / "cases").glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8")):
            marks = [pytest.mark.xfail(reason=case["comment"], strict=True)] if case["expect"] == "fail" else []
            params.append(pytest.param(case, marks=marks, id=f"{path.stem}:{case['label']}"))
    return params


@pytest.mark.parametrize("case", _cases())
def test_case(case: dict[str, Any]) -> None:
    """Each case's body text, named fields and drop reasons come out as written."""
    article = clean_article(case["input"])
    assert article.text == case["expected_text"]
    document = article.model_dump(mode="json")
    for field, value in case.get("fields", {}).items():
        assert document[field] == value, field
    if "dropped" in case:
        assert [record.reason.value for record in article.dropped] == case["dropped"]


def _page(name: str) -> Article:
    raw = (FIXTURES / "pages" / name).read_bytes()
    return clean_article(gzip.decompress(raw) if name.endswith(".gz") else raw)


CHECKS: dict[str, Any] = json.loads((FIXTURES / "pages" / "checks.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(CHECKS))
def test_page_fields(name: str) -> None:
    """Real pages give the expected metadata."""
    document = _page(name).model_dump(mode="json")
    for field, value in CHECKS[name]["fields"].items():
        assert document[field] == value, field


@pytest.mark.parametrize(
    ("name", "kind", "snippet"),
    [
        (name, kind, snippet)
        for name in sorted(CHECKS)
        for kind in ("must_contain", "must_not_contain")
        for snippet in CHECKS[name][kind]
    ],
)
def test_page_snippets(name: str, kind: str, snippet: str) -> None:
    """Real pages keep their body text and lose their furniture."""
    assert (snippet in _page(name).text) is (kind == "must_contain")


_KNOWN = {"must_contain": "known body text dropped", "must_not_contain": "known furniture not yet removed"}


@pytest.mark.parametrize(
    ("name", "kind", "snippet"),
    [
        pytest.param(name, kind, snippet, marks=pytest.mark.xfail(reason=reason, strict=True))
        for name in sorted(CHECKS)
        for kind, reason in _KNOWN.items()
        for snippet in CHECKS[name].get("known_failures", {}).get(kind, [])
    ],
)
def test_page_known_failures(name: str, kind: str, snippet: str) -> None:
    """Body text the library drops, or furniture it keeps, for now; the test fails strictly once it is right."""
    assert (snippet in _page(name).text) is (kind == "must_contain")


def test_seed_golden_document(seed_raw: str) -> None:
    """The whole seed document equals its reviewed golden copy (ARTICLE_CLEAN_REGEN=1 rewrites it)."""
    golden = FIXTURES / "seed" / "cnn-palmyra.expected.json"
    document = clean_article(seed_raw).model_dump(mode="json")
    if os.environ.get(REGEN):
        golden.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    assert document == json.loads(golden.read_text(encoding="utf-8"))


def test_regen_flag_is_off() -> None:
    """Goldens are only rewritten on purpose, never in a normal run."""
    assert not os.environ.get(REGEN)


_DIGEST_PAGES = """
import gzip, hashlib, sys
from pathlib import Path
from article_clean import clean_article
for path in sorted(Path(sys.argv[1]).glob("*.*")):
    if path.suffix in (".txt", ".gz") and not path.name.startswith("LICENSE"):
        raw = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_text(encoding="utf-8")
        print(path.name, hashlib.sha256(clean_article(raw).model_dump_json().encode()).hexdigest())
"""


def test_same_documents_whatever_the_hash_seed() -> None:
    """Each process orders sets and dicts of strings by its own hash seed; no output may depend on that order."""
    outputs = []
    for seed in ("1", "2"):
        environment = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", _DIGEST_PAGES, str(FIXTURES / "pages")],
            capture_output=True,
            check=True,
            env=environment,
            text=True,
        )
        outputs.append(done.stdout)
    pages = [path for path in (FIXTURES / "pages").glob("*.*") if path.suffix in (".txt", ".gz")]
    assert outputs[0].count("\n") == len([path for path in pages if not path.name.startswith("LICENSE")])
    assert outputs[0] == outputs[1]
