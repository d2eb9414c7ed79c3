"""Each class of hostile input, at a small size: cleaned without raising, sensibly, and the same way twice."""

from __future__ import annotations

import pytest

from article_clean import Article, clean_article, patterns
from tests.adversarial import CLASSES

SIZE = 20_000


@pytest.mark.parametrize("name", CLASSES)
def test_each_class_is_cleaned_without_raising_and_serialises(name: str) -> None:
    """The result is an Article that survives JSON, and cleaning its text again changes nothing."""
    article = clean_article(CLASSES[name](SIZE))
    assert Article.model_validate_json(article.model_dump_json()) == article
    assert clean_article(article.text).text == article.text


def test_entity_storm_resolves_completely() -> None:
    """However deep the nesting (`&amp;amp;…lt;b&gt;`, `&#x26;#x26;#38;`), entities resolve and no markup is left."""
    article = clean_article(CLASSES["entity storm"](SIZE))
    texts = [p.text for p in article.paragraphs] + [d.text for d in article.dropped]
    assert "and &" in texts
    # The input's last line is cut inside its entity chain, which decodes to "&a": text, not an entity.
    assert set(texts) <= {"and &", "&a"}


def test_deep_nesting_keeps_its_text() -> None:
    """The text at the bottom of thousands of nested elements survives, with the limit recorded."""
    article = clean_article(CLASSES["deep nesting"](SIZE))
    assert article.text == "text at the bottom"
    assert article.source.limited == ("max_depth",)


def test_control_characters_are_recorded_and_gone() -> None:
    """No control character is left, and the record names them."""
    article = clean_article(CLASSES["control characters"](SIZE))
    assert not any(0 < ord(char) < 32 and char != "\n" for char in article.text)
    assert any(d.reason.value == "control_characters" and "U+0000" in d.text for d in article.dropped)


def test_mojibake_is_repaired_at_size() -> None:
    """A long page of mojibake comes out decoded."""
    article = clean_article(CLASSES["mojibake"](SIZE))
    assert "’" in article.text or "“" in article.text
    assert "â€" not in article.text
    assert article.source.mojibake_lines > 0


def test_one_line_is_split_past_the_line_limit() -> None:
    """A line longer than max_line_chars becomes several blocks, every word kept in the body or in `dropped`."""
    raw = CLASSES["one line"](SIZE)
    article = clean_article(raw, max_line_chars=1000)
    assert article.source.limited == ("max_line_chars",)
    kept = " ".join(p.text for p in article.paragraphs).split()
    dropped = " ".join(d.text for d in article.dropped).split()
    assert sorted(kept + dropped) == sorted(raw.split())


def test_separators_read_inside_text_start_at_a_run_of_white_space() -> None:
    """Regression: a searched pattern that opens with a white-space run may only start where the run starts.

    Otherwise it is tried at every position of a long run, which is quadratic: the robustness audit found
    `META_SEPARATOR` at 16x from n to 4n on newlines.
    """
    searched = [patterns.TITLE_SEPARATOR, patterns.TITLE_PARTS, patterns.BYLINE_DATE_CUT, patterns.META_SEPARATOR]
    assert all(pattern.pattern.startswith("(?<!\\s)\\s++") for pattern in searched)
    assert patterns.META_SEPARATOR.split("\n" * 1000 + "a | b") == ["\n" * 1000 + "a", "b"]
