"""Publisher profiles: each removes its own furniture examples, and no profile touches any body example."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from article_clean import CleanConfig, clean_article
from article_clean.profiles import BUILTIN_PROFILES, Profile, _first_characters, compile_profiles

ALL = compile_profiles(BUILTIN_PROFILES)
LEDE = "The minister resigned on Friday after a week of protests in the capital, officials said."


def _handled(profile: Profile, line: str) -> bool:
    own = compile_profiles((profile,))
    return bool(own.drop_reason(line) or own.caption(line) or own.video(line))


@pytest.mark.parametrize(
    ("profile", "line"),
    [(p, line) for p in BUILTIN_PROFILES for line in p.examples.furniture],
    ids=[f"{p.name}:{line[:24]}" for p in BUILTIN_PROFILES for line in p.examples.furniture],
)
def test_profile_removes_its_furniture(profile: Profile, line: str) -> None:
    """Every furniture example of a profile is matched by that profile's own rules, and leaves the body."""
    assert _handled(profile, line)
    assert clean_article(f"{LEDE}\n{line}").text == LEDE


@pytest.mark.parametrize(
    "line",
    [line for p in BUILTIN_PROFILES for line in p.examples.body],
    ids=[f"{p.name}:{line[:24]}" for p in BUILTIN_PROFILES for line in p.examples.body],
)
def test_no_profile_touches_body(line: str) -> None:
    """A sentence that mentions a publisher's furniture words is kept by every profile."""
    assert ALL.drop_reason(line) is None
    assert ALL.caption(line) is None
    assert ALL.video(line) is None
    assert clean_article(f"{LEDE}\n{line}").text == f"{LEDE}\n\n{line}"


def test_every_profile_has_examples() -> None:
    """A profile without examples is untested."""
    assert all(p.examples.furniture and p.examples.body for p in BUILTIN_PROFILES)


def test_caption_and_video_lines_become_data() -> None:
    """Caption lines become one gallery, media lines videos, with the reason-free placement."""
    article = clean_article(
        f"{LEDE}\nImage copyright Getty Images Image caption The minister arrives in Brussels\n"
        "Media playback is unsupported on your device Media caption Minister: 'We are ready'"
    )
    item = article.galleries[0].items[0]
    assert (item.caption, item.credit, item.index, item.total) == (
        "The minister arrives in Brussels",
        "Getty Images",
        1,
        1,
    )
    assert [video.title for video in article.videos] == ["Minister: 'We are ready'"]
    assert article.text == LEDE


def test_a_caption_without_its_credit_becomes_data() -> None:
    """BBC pages as some scrapers store them give the caption line alone; it is a gallery item all the same."""
    article = clean_article(f"{LEDE}\nImage caption Lake Vostok is one of the most inhospitable places on Earth")
    item = article.galleries[0].items[0]
    assert (item.caption, item.credit) == ("Lake Vostok is one of the most inhospitable places on Earth", None)
    assert article.text == LEDE


def test_profiles_can_be_turned_off() -> None:
    """With no profiles, a publisher's furniture stays."""
    assert clean_article(f"{LEDE}\nSlideshow (4 Images)", profiles=()).text == f"{LEDE}\n\nSlideshow (4 Images)"
    assert CleanConfig(profiles=()).profiles == ()


def test_bad_profile_is_refused() -> None:
    """A pattern that does not compile, or a caption rule without its group, fails when the profile is made."""
    with pytest.raises(ValueError, match="caption"):
        Profile.model_validate({"name": "x", "publisher": "X", "captions": [{"pattern": "Photo (.+)"}]})
    with pytest.raises(ValueError, match="does not compile"):
        Profile.model_validate({"name": "x", "publisher": "X", "lines": [{"reason": "promo", "pattern": "("}]})
    with pytest.raises(ValueError, match="does not compile"):
        Profile.model_validate({"name": "x", "publisher": "X", "cuts": [{"pattern": "[a-"}]})


def test_furniture_joined_into_a_line_is_cut_out() -> None:
    """A page joined onto one line: a profile's self-delimiting furniture is cut out, the text around it kept."""
    after = "The House is expected to vote Tuesday on a civil contempt resolution against the attorney general."
    joined = f"{LEDE} Enlarge this image toggle caption Win McNamee/Getty Images Win McNamee/Getty Images {after}"
    article = clean_article(joined)
    assert article.text == f"{LEDE}\n\n{after}"
    assert [(record.filter, record.reason.value) for record in article.dropped] == [
        ("apply_publisher_profiles", "photo_credit")
    ]
    assert clean_article(article.text).text == article.text


def test_a_cut_needs_its_end_marked() -> None:
    """Without the credit's repeat nothing marks where the furniture ends, so the line is left whole."""
    joined = f"{LEDE} Enlarge this image toggle caption Win McNamee/Getty Images The House is expected to vote."
    assert clean_article(joined).text == joined


#: First characters whose case equivalents differ between ASCII and Unicode (Kelvin sign, long s, dotted I).
_ODD_STARTS = ["", "K", "k", "\u212a", "s", "S", "\u017f", "i", "I", "\u0130", "\u00df", "1", " ", "(", "\u00a9"]


@given(
    st.sampled_from([line for p in BUILTIN_PROFILES for line in (*p.examples.furniture, *p.examples.body)]),
    st.sampled_from(_ODD_STARTS),
    st.booleans(),
)
def test_the_first_character_index_finds_what_the_whole_pattern_finds(line: str, start: str, swap: bool) -> None:
    """The index by first character is only a shortcut: every line gets the verdict of all rules tried in order."""
    text = start + (line[1:] if swap else line)
    whole = ALL.lines.match(text) if ALL.lines else None
    expected = ALL.reasons[int(whole.lastgroup[1:])] if whole and whole.lastgroup else None
    assert ALL.drop_reason(text) == expected


@pytest.mark.parametrize(
    ("pattern", "firsts"),
    [
        ("Read more", {"r"}),
        ("(?:Posted|Filed) in .+|Tags: .+", {"p", "f", "t"}),
        ("(?:(?:A|b)c|D)e", {"a", "b", "d"}),
        ("(?:Posted )?Tags", None),
        ("[0-9]+ comments", None),
        ("\\d+ comments", None),
        ("(?i)share", None),
        ("A*share", None),
        ("\u00a9 2019", None),
        ("(?:|x)y", None),
    ],
)
def test_first_characters_of_a_rule(pattern: str, firsts: set[str] | None) -> None:
    """Only a plain ASCII literal opening each alternative is read; anything else sends the rule to every line."""
    found = _first_characters(pattern)
    assert (None if found is None else set(found)) == firsts
