"""Entity decoding and tag removal reach a fixed point; inline markup yields text, links and labels."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from article_clean import patterns
from article_clean.residue import read_inline_markup, unescape_entities, unescape_html

_RESIDUE = st.text(alphabet=st.sampled_from(list('&;<>#abltgmpsei/ 0123456789x"=')), max_size=60)


@pytest.mark.parametrize(
    ("text_in", "text_out"),
    [
        ("ISIS&#39; occupation", "ISIS' occupation"),
        ("&lt;strong&gt;Before:&lt;/strong&gt; The ruins", "Before: The ruins"),
        ("&amp;amp;lt;b&amp;amp;gt;x", "x"),
        ("&am<b>p;lt;i&gt;y", "y"),
        ("&semi&semi;", ";"),
        ("x<br>y", "x y"),
        ("<p>one</p><p>two</p>", " one  two "),
        ("&#x41;&#66;", "AB"),
        ("e&#769;", "é"),
        ("<!-- ad -->text", "text"),
        ('<a href="?a=1&b=2">x</a>amp;', "xamp;"),
        ('<a href="&">x</a>&amp;', "x&"),
        # negative rows: text that only looks like residue stays
        ("AT&T", "AT&T"),
        ("this&not that", "this&not that"),
        ("&p; &foo;", "&p; &foo;"),
        ("a <b and c> d", "a <b and c> d"),
        ("x <y and z> w", "x <y and z> w"),
        ("1 < 2 > 0", "1 < 2 > 0"),
        ("<3 you", "<3 you"),
    ],
)
def test_unescape_html(text_in: str, text_out: str) -> None:
    """Entities and tags are decoded and removed; look-alikes in prose are left alone."""
    assert unescape_html(text_in) == text_out


def test_unescape_entities_keeps_tags() -> None:
    """The entity-only pass leaves decoded tags for the markup reader."""
    assert unescape_entities("&lt;a href=&quot;x&quot;&gt;site&lt;/a&gt;") == '<a href="x">site</a>'


@pytest.mark.parametrize(
    "deep",
    [
        "&semi" * 20000 + "&semi;",
        "&amp;" + "amp;" * 20000 + "lt;b&gt;",
        "<" * 20000 + "b>" + "i>" * 19999,
    ],
    ids=["chained-semicolons", "deep-amp", "nested-tags"],
)
def test_deep_nesting_is_decoded_without_recursion(deep: str) -> None:
    """Decodings that chain thousands deep are resolved iteratively."""
    result = unescape_html(deep)
    assert unescape_html(result) == result
    assert len(result) <= 1


@given(_RESIDUE)
def test_unescape_html_is_a_fixed_point(text: str) -> None:
    """No entity or tag is left, so a second pass changes nothing."""
    once = unescape_html(text)
    assert unescape_html(once) == once
    assert not patterns.TAG.search(once)
    assert all(unescape_html(match.group(0)) == match.group(0) for match in patterns.ENTITY.finditer(once))


@pytest.mark.parametrize(
    ("line", "text", "links", "label"),
    [
        (
            "&lt;strong&gt;Before:&lt;/strong&gt; ruins of its &lt;a href=&quot;http://u/23&quot; "
            "target=&quot;_blank&quot;&gt;World Heritage Site.&lt;/a&gt;",
            "Before: ruins of its World Heritage Site.",
            (("World Heritage Site.", "http://u/23"),),
            "Before",
        ),
        ("<strong>Before: </strong>The Arch in 2006.", "Before: The Arch in 2006.", (), "Before"),
        ("<b>After</b>: the arch", "After: the arch", (), "After"),
        ("<a href='http://a?x=1&amp;y=2'>dept</a>", "dept", (("dept", "http://a?x=1&y=2"),), None),
        # negative rows: a bold run that is not a label, or not at the start
        ("<strong>WASHINGTON</strong> — The Senate", "WASHINGTON — The Senate", (), None),
        ("Seen <b>Before:</b> here", "Seen Before: here", (), None),
        ("<b>A very long bold opening phrase:</b> x", "A very long bold opening phrase: x", (), None),
    ],
)
def test_read_inline_markup(line: str, text: str, links: tuple[tuple[str, str], ...], label: str | None) -> None:
    """Markup yields its plain text, its links, and a leading bold "Label:"."""
    markup = read_inline_markup(line)
    assert markup is not None
    assert (markup.text, markup.links, markup.label) == (text, links, label)


@pytest.mark.parametrize("line", ["Before ISIS invaded, authorities took what they could.", "a <b and c> d", ""])
def test_read_inline_markup_without_tags(line: str) -> None:
    """A line without tags is not markup."""
    assert read_inline_markup(line) is None
