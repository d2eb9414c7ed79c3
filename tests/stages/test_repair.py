"""Mojibake repaired, control characters recorded, Unicode in NFC: the input's text, not its accidents."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from article_clean import DropReason, clean_article
from article_clean.stages.normalize import fix_mojibake, repair_encoding


@pytest.mark.parametrize(
    ("broken", "text"),
    [
        ("The mayorâ€™s office said â€œnoâ€\x9d.", "The mayor’s office said “no”."),  # UTF-8 read as Latin-1
        ("The mayorâ€™s office said â€œnoâ€\x9d.".replace("\x9d", "\u009d"), "The mayor’s office said “no”."),
        ("CafÃ© crÃ¨me and piÃ±a colada", "Café crème and piña colada"),  # UTF-8 read as Windows-1252
        ("SÃ£o Paulo â€” Brasil", "São Paulo — Brasil"),
        ("Ð\u009fÑ€Ð¸Ð²ÐµÑ‚ Ð¼Ð¸Ñ€", "Привет мир"),
    ],
)
def test_mojibake_is_repaired_in_text_and_html(broken: str, text: str) -> None:
    """A scraped line and an HTML paragraph holding mojibake both come out as the text that was meant."""
    assert clean_article(broken).text == text
    assert clean_article(broken).source.mojibake_lines == 1
    assert clean_article(f"<html><body><p>{broken}</p></body></html>").text == text


@pytest.mark.parametrize(
    "sound",
    ["Crème brûlée »", "Ã is a letter of Portuguese", "naïve café, São Paulo, Ærø", "Größe: 3 × 4 µm ±1", "«Âme»"],
)
def test_sound_text_is_left_alone(sound: str) -> None:
    """Text that only looks odd is not rewritten, and nothing is counted."""
    assert repair_encoding(sound) == sound
    assert clean_article(sound).source.mojibake_lines == 0


def test_mojibake_revealed_by_cleaning_is_repaired_once() -> None:
    """A pair completed once a control character goes is repaired by the text fix, and a second run is a no-op."""
    first = clean_article("Replay\nà\x08¡¯ and CafÃ\x00© too")
    assert first.text == "Replay\n\n\u086f and Café too"
    assert clean_article(first.text).text == first.text


def test_a_repair_never_joins_lines() -> None:
    """NEL is both a line break and a continuation byte: lines stay lines."""
    article = clean_article("Â\x85second line")
    assert [p.text for p in article.paragraphs] == ["Â", "second line"]


def test_control_characters_and_surrogates_are_removed_and_recorded() -> None:
    """One record names every control character and lone surrogate the input held, with counts."""
    article = clean_article("A line\x00 with\x00 nulls\x07 and a lone \ud800surrogate.")
    assert article.text == "A line with nulls and a lone surrogate."
    records = [d for d in article.dropped if d.reason is DropReason.CONTROL_CHARACTERS]
    assert [(d.filter, d.text) for d in records] == [("parse", "U+0000 ×2, U+0007 ×1, U+D800 ×1")]
    assert article.model_dump_json()  # the record itself holds no surrogate, so the document serialises


def test_control_characters_in_html_are_recorded_too() -> None:
    """Markup loses control characters before parsing; the record still says what they were."""
    article = clean_article("<html><body><p>Text\x01 here\x1f.</p></body></html>")
    assert article.text == "Text here."
    assert [d.text for d in article.dropped if d.reason is DropReason.CONTROL_CHARACTERS] == ["U+0001 ×1, U+001F ×1"]


def test_clean_input_records_nothing() -> None:
    """Tabs, line breaks and ordinary text are not control characters to record."""
    assert clean_article("One\ttwo\r\nthree\n").dropped == ()


def test_output_is_nfc() -> None:
    """Decomposed input comes out composed."""
    article = clean_article("Cafe\u0301 and a\u0308")
    assert article.text == "Café and ä"
    assert unicodedata.is_normalized("NFC", article.text)


def test_fix_mojibake_is_idempotent() -> None:
    """The text fix is a fixed point."""
    once = fix_mojibake("Itâ€™s Ã\x00© here")
    assert fix_mojibake(once) == once


@pytest.mark.parametrize("raw", ["Le mot \xa0Â« bonjour \xa0Â»", "\xa0Âœ", "Itâ€™s \xa0 here"])
def test_mojibake_next_to_no_break_spaces_is_repaired_in_one_cleaning(raw: str) -> None:
    """The repair sees the spaces around a pair collapsed, as the output has them: a second run changes nothing."""
    once = clean_article(raw).text
    assert clean_article(once).text == once
    assert fix_mojibake(fix_mojibake(raw)) == fix_mojibake(raw)


def test_accented_text_next_to_typographic_marks_is_not_sent_to_the_repair() -> None:
    """`café’s` or `déjà «vu»` is sound text: only a whole UTF-8 sequence read wrongly counts as mojibake."""
    from article_clean.stages.normalize import MOJIBAKE

    assert MOJIBAKE.search("The café’s owner, Zoë “Z”, naïve… déjà «vu»") is None
    assert MOJIBAKE.search("The mayorâ€™s") is not None


@given(st.text(alphabet="\xc2\xc3\xdf\xe0\xe2\xef\xf0\xf4\xf5\x80\x9d\xbf\u20ac\u2122\u0153a "))
def test_mojibake_pattern_finds_what_one_alternative_per_lead_byte_finds(text: str) -> None:
    """The pattern is written for a fast scan; it matches where the plain alternation of the three lead classes does."""
    from article_clean.stages.normalize import _CONTINUATION, MOJIBAKE

    plain = re.compile(
        f"[\xc2-\xdf][{_CONTINUATION}]|[\xe0-\xef][{_CONTINUATION}]{{2}}|[\xf0-\xf4][{_CONTINUATION}]{{3}}"
    )
    assert [m.span() for m in MOJIBAKE.finditer(text)] == [m.span() for m in plain.finditer(text)]
