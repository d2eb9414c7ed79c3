"""The dateline leaves the lede for Article.dateline."""

from __future__ import annotations

import pytest

from article_clean.stages.dateline import extract_dateline
from tests.helpers import body, run

REST = "Syrian government forces have recaptured the city of Palmyra from ISIS."


@pytest.mark.parametrize(
    ("lede", "dateline"),
    [
        (f"(CNN){REST}", "CNN"),
        (f"(CNN) -- {REST}", "CNN"),
        (f"Washington (CNN) {REST}", "Washington (CNN)"),
        (f"Hong Kong (CNN Business) {REST}", "Hong Kong (CNN Business)"),
        (f"SANTA FE, N.M. (AP) — {REST}", "SANTA FE, N.M. (AP)"),
        (f"LONDON (Reuters) - {REST}", "LONDON (Reuters)"),
        (f"WASHINGTON — {REST}", "WASHINGTON"),
    ],
)
def test_dateline_forms(lede: str, dateline: str) -> None:
    """Each dateline form is read and cut from the lede."""
    draft = run(extract_dateline, "Menu", lede)
    assert draft.meta.dateline == dateline
    assert body(draft) == ["Menu", REST]


@pytest.mark.parametrize(
    "lede",
    [
        f"The agency (CNN) said {REST}",
        f"(The minister) {REST.lower()}",
        "(CNN) Short line.",
        REST,
    ],
)
def test_not_a_dateline(lede: str) -> None:
    """Parentheses later in the sentence, lower-case follow-ups or short lines give no dateline."""
    draft = run(extract_dateline, lede)
    assert draft.meta.dateline is None
    assert body(draft) == [lede]


def test_only_the_lede_is_read() -> None:
    """A dateline in a later paragraph is left alone."""
    lede = "Syrian government forces have recaptured the ancient city of Palmyra from the ISIS fighters."
    draft = run(extract_dateline, lede, f"(CNN){REST}")
    assert draft.meta.dateline is None
    assert body(draft) == [lede, f"(CNN){REST}"]


def test_a_short_sentence_before_the_lede_is_passed_over() -> None:
    """A sentence of fewer than 12 words is a promo or teaser, which a later stage may drop: the search goes on."""
    draft = run(extract_dateline, REST, f"(CNN){REST}")
    assert draft.meta.dateline == "CNN"
    assert body(draft) == [REST, REST]


@pytest.mark.parametrize(
    ("lede", "dateline", "rest"),
    [
        (f"(CNN) WASHINGTON — {REST}", "WASHINGTON (CNN)", REST),
        (
            "New York (CNN Business)Tesla (TSLA) CEO Elon Musk said the company would build a factory.",
            "New York (CNN Business)",
            "Tesla (TSLA) CEO Elon Musk said the company would build a factory.",
        ),
        (f"Tesla (TSLA) {REST}", None, f"Tesla (TSLA) {REST}"),
        (f"Tesla (TSLA) — {REST}", "Tesla (TSLA)", REST),
    ],
)
def test_dateline_is_cut_once(lede: str, dateline: str | None, rest: str) -> None:
    """Stacked datelines go in one pass; a ticker after a space is no dateline, so a second pass cuts nothing."""
    draft = run(extract_dateline, lede)
    assert draft.meta.dateline == dateline
    assert body(draft) == [rest]
    again = run(extract_dateline, rest)
    assert again.meta.dateline is None
    assert body(again) == [rest]
