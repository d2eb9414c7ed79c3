"""Input limits: cut, flattened or split, always recorded, never an exception, nothing lost silently."""

from __future__ import annotations

from article_clean import DEFAULT_PIPELINE, DropReason, clean_article
from article_clean.stages.limits import flatten_nesting, split_text


def test_an_input_past_max_input_chars_is_cut_at_a_line_break_and_the_rest_recorded() -> None:
    """The cut falls after the last line break before the limit; the tail is in dropped as over_limit."""
    raw = "First line of the story here.\nSecond line of the story here.\nThird line."
    article = clean_article(raw, max_input_chars=40)
    assert article.text == "First line of the story here."
    assert article.source.limited == ("max_input_chars",)
    over = [d for d in article.dropped if d.reason is DropReason.OVER_LIMIT]
    assert [(d.filter, d.text) for d in over] == [
        ("enforce_input_limits", "Second line of the story here.\nThird line.")
    ]


def test_an_input_without_line_breaks_is_cut_at_the_limit() -> None:
    """A single line longer than the limit is cut exactly at the limit; nothing is lost from the record."""
    article = clean_article("x" * 50, max_input_chars=20)
    assert article.text == "x" * 20
    assert article.dropped[0].text == "x" * 30


def test_inputs_within_the_limits_record_none() -> None:
    """An ordinary page reaches no limit."""
    assert clean_article("<html><body><p>Hello there.</p></body></html>").source.limited == ()


def test_html_nested_past_max_depth_keeps_its_text() -> None:
    """Ten thousand nested divs are flattened before parsing: the text stays, the limit is recorded."""
    page = "<html><body>" + "<div>" * 10_000 + "The text at the bottom of it all." + "</div>" * 10_000
    article = clean_article(page)
    assert article.text == "The text at the bottom of it all."
    assert article.source.limited == ("max_depth",)


def test_a_lower_max_depth_still_breaks_lines_where_tags_were() -> None:
    """Removed start tags become line breaks, so two blocks do not run together."""
    page = "<html><body><div><div><div>First block.</div><div>Second block.</div></div></div></body></html>"
    article = clean_article(page, max_depth=2)
    assert [p.text for p in article.paragraphs] == ["First block.", "Second block."]
    assert article.source.limited == ("max_depth",)


def test_unclosed_paragraphs_are_not_counted_as_nesting() -> None:
    """`<p>` closes itself: a thousand unclosed paragraphs are a thousand siblings, not a deep tree."""
    markup = "<html><body>" + "<p>A paragraph." * 1000
    assert flatten_nesting(markup, 8) is markup


def test_a_block_past_max_line_chars_is_split_at_white_space() -> None:
    """A long block becomes several, each within the limit, together holding all its words.

    The pieces are a page of look-alike lines to the line classifier, which may judge them; it runs apart here.
    """
    words = " ".join(f"word{n}" for n in range(200))
    article = clean_article(words, max_line_chars=100, pipeline=DEFAULT_PIPELINE.without("classify_lines"))
    assert all(len(p.text) <= 100 for p in article.paragraphs)
    assert " ".join(p.text for p in article.paragraphs) == words
    assert article.source.limited == ("max_line_chars",)


def test_split_pieces_the_classifier_drops_are_recorded() -> None:
    """With the classifier, every piece is either kept or recorded as dropped: no word is lost silently."""
    words = " ".join(f"word{n}" for n in range(200))
    article = clean_article(words, max_line_chars=100)
    kept = {p.text for p in article.paragraphs}
    dropped = {d.text for d in article.dropped if d.filter == "classify_lines"}
    assert " ".join(sorted(kept | dropped, key=lambda piece: int(piece.split()[0][4:]))) == words


def test_split_text_never_loses_a_character() -> None:
    """Pieces joined by the spaces they were cut at give back the text."""
    text = "a" * 30 + " " + "b" * 7 + " c"
    pieces = split_text(text, 10)
    assert "".join(pieces).replace(" ", "") == text.replace(" ", "")
    assert all(len(piece) <= 10 for piece in pieces)


def test_bad_limits_are_config_errors() -> None:
    """Limits must be positive."""
    import pytest

    from article_clean import ConfigError

    for option in ("max_input_chars", "max_depth", "max_line_chars"):
        with pytest.raises(ConfigError, match=option):
            clean_article("text", **{option: 0})


def test_the_config_default_depth_is_the_parsers() -> None:
    """CleanConfig.max_depth defaults to the depth parse_html uses."""
    from article_clean import CleanConfig
    from article_clean.stages.parse import DEFAULT_MAX_DEPTH

    assert CleanConfig().max_depth == DEFAULT_MAX_DEPTH


def test_a_page_libxml2_refuses_for_depth_is_flattened_not_parsed_slowly() -> None:
    """Past libxml2's own limit the page is flattened and parsed by libxml2 again, never by the quadratic fallback."""
    import importlib
    from unittest import mock

    parse_module = importlib.import_module("article_clean.stages.parse")

    page = "<html><body>" + "<span>" * 5000 + "Deep text." + "</span>" * 5000
    with mock.patch.object(parse_module, "_parse_html5", side_effect=AssertionError("html5lib used")):
        article = clean_article(page)
    assert article.text == "Deep text."
    assert article.source.limited == ("max_depth",)


def test_a_long_tail_is_recorded_by_its_start_and_length() -> None:
    """The record of a cut names the tail without copying all of it: a copy would undo the limit."""
    raw = "Head line of the story.\n" + "y" * 5000
    article = clean_article(raw, max_input_chars=30)
    (record,) = [d for d in article.dropped if d.reason is DropReason.OVER_LIMIT]
    assert record.text == "y" * 1000 + "… (5,000 characters)"
