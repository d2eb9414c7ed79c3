"""Each text fix is a pure, idempotent function, and their default chain is a fixed point."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from article_clean import TextFix
from article_clean.stages.normalize import (
    ALL_TEXT_FIXES,
    clean_text,
    collapse_whitespace,
    normalize_unicode,
    strip_control_chars,
)


@pytest.mark.parametrize(
    ("fix", "text_in", "text_out"),
    [
        (strip_control_chars, "Pal\u00admyra", "Palmyra"),
        (strip_control_chars, "a\x00b\x1fc\ufeff", "abc"),
        (strip_control_chars, "tab\tand\nnewline", "tab\tand\nnewline"),
        (normalize_unicode, "Cafe\u0301", "Café"),
        (normalize_unicode, "Café", "Café"),
        (collapse_whitespace, "  a \u00a0\u2009 b\t ", "a b"),
        (collapse_whitespace, "one two", "one two"),
    ],
)
def test_text_fix_table(fix: TextFix, text_in: str, text_out: str) -> None:
    """Each fix changes what it names and leaves the rest."""
    assert fix(text_in) == text_out


@pytest.mark.parametrize("fix", ALL_TEXT_FIXES, ids=lambda fix: fix.__name__)
@given(text=st.text())
def test_fix_is_idempotent(fix: TextFix, text: str) -> None:
    """Applying a fix twice is the same as applying it once."""
    assert fix(fix(text)) == fix(text)


@given(st.text())
def test_chain_is_a_fixed_point(text: str) -> None:
    """The default chain leaves nothing for another round to change."""
    once = clean_text(text)
    assert clean_text(once) == once
    assert unicodedata.is_normalized("NFC", once)


def test_chain_order_handles_a_control_char_inside_a_combining_sequence() -> None:
    """Removing a control character before NFC lets the letter and its accent compose."""
    assert clean_text("e\x01\u0301") == "é"
