"""The shared patterns' helpers: their shortcuts for printable text change no result."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from article_clean import patterns

#: Text dense in the characters the shortcuts are about: spaces, other white space, invisible marks.
_TEXT = st.one_of(
    st.text(),
    st.text(st.sampled_from(" a\u00a0\t\n\x00\u00ad\u200b\ufeff\u2028\u3000\x1c\x85é")),
)


@given(_TEXT)
def test_remove_invisible_is_the_pattern(text: str) -> None:
    """The printable shortcut removes what the pattern removes."""
    assert patterns.remove_invisible(text) == patterns.INVISIBLE.sub("", text)


@given(_TEXT)
def test_squash_whitespace_is_the_pattern(text: str) -> None:
    """The printable shortcut squashes what the pattern squashes."""
    assert patterns.squash_whitespace(text) == patterns.WHITESPACE_RUN.sub(" ", text).strip()
