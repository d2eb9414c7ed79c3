"""Minimised inputs that once broke an invariant; each must now satisfy all of them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from article_clean import Article, clean_article
from article_clean.residue import unescape_html

CASES = json.loads(
    (Path(__file__).resolve().parent.parent / "fixtures" / "regressions" / "regressions.json").read_text()
)


@pytest.mark.parametrize("case", CASES, ids=[case["label"] for case in CASES])
def test_regression(case: dict[str, Any]) -> None:
    """The input is cleaned without error, idempotently, with no residue, and survives JSON."""
    article = clean_article(case["input"])
    assert clean_article(article.text).text == article.text
    assert all(unescape_html(p.text) == p.text for p in article.paragraphs)
    assert Article.model_validate_json(article.model_dump_json()) == article
