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


@pytest.mark.parametrize(
    ("line", "text", "kind"),
    [
        ("• One point", "One point", "list_item"),
        ("* Two", "Two", "list_item"),
        ("- • Nested markers", "Nested markers", "list_item"),
        ("-5 degrees overnight", "-5 degrees overnight", "paragraph"),
        ("•", "•", "paragraph"),
    ],
)
def test_mark_list_items(line: str, text: str, kind: str) -> None:
    """Leading list markers make a list item and are removed, all of them, so a second pass changes nothing."""
    from article_clean import Draft
    from article_clean.stages.normalize import mark_list_items
    from article_clean.stages.parse import split_lines

    draft = Draft(raw=line, blocks=split_lines(line))
    mark_list_items(draft)
    assert [(block.text, block.kind) for block in draft.blocks] == [(text, kind)]
