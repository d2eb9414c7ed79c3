"""Inputs the fuzzer (fuzz/fuzz_clean.py) crashed the library with, and the seeds it starts from: none may raise."""

from __future__ import annotations

from pathlib import Path

import pytest

from article_clean import Article, clean_article
from tests.conftest import FIXTURES

CRASHES = sorted((FIXTURES / "fuzz").glob("crash-*"))
SEEDS = sorted((Path(__file__).resolve().parent.parent / "fuzz" / "seeds").iterdir())


@pytest.mark.parametrize("path", CRASHES + SEEDS, ids=lambda path: path.name)
def test_fuzz_input_is_cleaned_as_bytes_and_as_text(path: Path) -> None:
    """Each input is cleaned as bytes, as UTF-8 text and as Latin-1 text, and the result serialises."""
    data = path.read_bytes()
    for raw in (data, data.decode("utf-8", "replace"), data.decode("latin-1")):
        article = clean_article(raw)
        assert Article.model_validate_json(article.model_dump_json()) == article


def test_there_are_crash_regressions() -> None:
    """The crash fixtures are present (a glob that found nothing would make the test above vacuous)."""
    assert CRASHES


def test_a_control_character_reference_after_a_figure() -> None:
    """A figure is lifted out of the page even when the text after it holds `&#x13;`, which lxml refuses to set."""
    page = "<html><body><div><figure><figcaption>A cap</figcaption></figure>tail &#x13; text</div></body></html>"
    article = clean_article(page)
    assert article.text == "tail text"
    assert article.galleries[0].items[0].caption == "A cap"
