"""Learned site profiles: what is learned, what is not, and how a profile is applied."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

from article_clean import ConfigError, DropReason, LearnedProfile, clean_article, learn_profile
from article_clean.learn import _LossyCounter
from article_clean.profiles.learned import line_shape, site_of

if TYPE_CHECKING:
    from pathlib import Path

STORIES = [
    "The council passed the budget after a long night of debate in the chamber.",
    "A storm closed the coast road and cut power to four thousand homes.",
    "The team won its third game in a row with a late goal from the captain.",
    "Prices rose again in March as fuel and food costs climbed across the region.",
    "The museum reopened after two years of repairs to its flooded basement.",
    "A new bridge opened downtown, cutting the commute for thousands of drivers.",
    "Teachers voted to accept a pay offer that ends a month of strikes.",
    "The airport will add a second runway by the end of the decade, officials said.",
]
FOOTER = "Tips? Write to the newsroom"


def _shapes(profile: LearnedProfile) -> set[str]:
    return {line.shape for site in profile.sites for line in site.lines}


def test_a_line_in_enough_stories_is_learned_with_its_count() -> None:
    """A line in enough stories is learned with its count."""
    profile = learn_profile([f"{story}\n{FOOTER}" for story in STORIES], min_pages=5)
    assert [(line.shape, line.pages) for line in profile.sites[0].lines] == [("tips? write to the newsroom", 8)]
    assert profile.sites[0].site == "*"
    assert profile.sites[0].pages == len(STORIES)


def test_a_line_in_too_few_stories_is_not_learned() -> None:
    """A quote repeated in a few stories is body, not boilerplate."""
    quote = '"We will rebuild," the mayor said on Tuesday.'
    pages = [f"{story}\n{quote if n < 3 else ''}\n{FOOTER}" for n, story in enumerate(STORIES)]
    assert _shapes(learn_profile(pages, min_pages=5)) == {line_shape(FOOTER)}


def test_a_line_below_the_share_of_a_big_site_is_not_learned() -> None:
    """A line below the share of a big site is not learned."""
    pages = [f"Story {n}: {STORIES[n % 8]} Part {n}.\n" + ("Sponsored by Acme" if n < 6 else "") for n in range(400)]
    assert "sponsored by acme" not in _shapes(learn_profile(pages, min_pages=5, min_share=0.02))
    assert "sponsored by acme" in _shapes(learn_profile(pages, min_pages=5, min_share=0.01))


def test_copies_of_one_story_count_once() -> None:
    """A story stored five times (updates, a second URL) is one story: its lines are not boilerplate."""
    story = "\n".join(STORIES[:4])
    assert _shapes(learn_profile([story] * 6, min_pages=5)) == set()


def test_lines_differing_only_in_digits_are_one_line() -> None:
    """Lines differing only in digits are one line."""
    pages = [f"{story}\n© {2010 + n} Example News Network" for n, story in enumerate(STORIES)]
    assert _shapes(learn_profile(pages, min_pages=5)) == {"© # example news network"}


def test_lines_without_letters_are_not_learned() -> None:
    """Lines without letters are not learned."""
    pages = [f"1.\n{story}\n***" for story in STORIES]
    assert _shapes(learn_profile(pages, min_pages=5)) == set()


def test_sites_are_learned_apart() -> None:
    """Sites are learned apart."""
    pages = [(f"{story}\nFollow A on the radio", "https://www.a.example/n/1") for story in STORIES]
    pages += [(f"{story}\nFollow B on the radio", "b.example") for story in STORIES[:4]]
    profile = learn_profile(pages, min_pages=5)
    assert [(site.site, [line.shape for line in site.lines]) for site in profile.sites] == [
        ("a.example", ["follow a on the radio"]),
        ("b.example", []),
    ]


def test_a_profile_drops_its_lines_with_their_own_reason() -> None:
    """A profile drops its lines with their own reason."""
    profile = learn_profile([f"{story}\n{FOOTER}" for story in STORIES], min_pages=5)
    article = clean_article(f"A story of its own, long enough to be body text.\n{FOOTER}", profile=profile)
    assert article.text == "A story of its own, long enough to be body text."
    assert [(d.filter, d.reason, d.text) for d in article.dropped] == [
        ("drop_learned_boilerplate", DropReason.LEARNED_BOILERPLATE, FOOTER)
    ]


def test_a_page_of_a_known_site_gets_only_its_sites_lines() -> None:
    """A page of a known site gets only its sites lines."""
    pages = [(f"{story}\nFollow A on the radio", "a.example") for story in STORIES]
    pages += [(f"{story}\nFollow B on the radio", "b.example") for story in STORIES]
    profile = learn_profile(pages, min_pages=5)
    page = "A story of its own, long enough to be body text.\nFollow A on the radio\nFollow B on the radio"
    assert clean_article(page, profile=profile, site="https://b.example/x").text.endswith("Follow A on the radio")
    unknown = clean_article(page, profile=profile)  # no site: every site's lines
    assert unknown.text == "A story of its own, long enough to be body text."


def test_an_html_page_is_placed_in_its_canonical_site() -> None:
    """An html page is placed in its canonical site."""

    def page(body: str, line: str) -> str:
        head = '<head><link rel="canonical" href="https://www.a.example/story"></head>'
        return f"<html>{head}<body><article><p>{body}</p><p>{line}</p></article></body></html>"

    profile = learn_profile([page(story, "Follow A on the radio") for story in STORIES], min_pages=5)
    assert [site.site for site in profile.sites] == ["a.example"]
    cleaned = clean_article(
        page("A new story of its own, long enough to be body text.", "Follow A on the radio"), profile=profile
    )
    assert [d.reason for d in cleaned.dropped] == [DropReason.LEARNED_BOILERPLATE]


def test_structure_stages_read_gallery_controls_before_the_profile_drops_them(seed_raw: str) -> None:
    """A profile that learned a site's gallery controls does not break its galleries."""
    profile = LearnedProfile(
        min_pages=5,
        min_share=0.02,
        sites=(
            {
                "site": "*",
                "pages": 9,
                "lines": [{"shape": "hide caption", "pages": 9}, {"shape": "# of #", "pages": 9}],
            },
        ),  # type: ignore[arg-type]
    )
    assert clean_article(seed_raw, profile=profile).galleries == clean_article(seed_raw).galleries


def test_a_profile_round_trips_through_its_file(tmp_path: Path) -> None:
    """A profile round trips through its file."""
    profile = learn_profile([f"{story}\n{FOOTER}" for story in STORIES], min_pages=5)
    path = tmp_path / "profile.json"
    profile.save(path)
    loaded = LearnedProfile.load(path)
    assert loaded == profile
    assert loaded.lines_for(None) == profile.lines_for(None)


def test_loading_something_else_is_a_config_error(tmp_path: Path) -> None:
    """Loading something else is a config error."""
    path = tmp_path / "not-a-profile.json"
    path.write_text('{"name": "cnn"}', encoding="utf-8")
    with pytest.raises(ConfigError, match="is not a learned profile"):
        LearnedProfile.load(path)


@pytest.mark.parametrize(("min_pages", "min_share"), [(0, 0.02), (5, 0.0), (5, 1.5)])
def test_bad_thresholds_are_config_errors(min_pages: int, min_share: float) -> None:
    """Bad thresholds are config errors."""
    with pytest.raises(ConfigError, match="min_pages"):
        learn_profile([], min_pages=min_pages, min_share=min_share)


def test_learning_is_deterministic() -> None:
    """Learning is deterministic."""
    pages = [f"{story}\n{FOOTER}\n{STORIES[(n + 1) % 8]}" for n, story in enumerate(STORIES)]
    assert learn_profile(pages, min_pages=3) == learn_profile(list(reversed(pages)), min_pages=3)


@pytest.mark.parametrize(
    ("value", "site"),
    [
        ("https://www.CNN.com/a", "cnn.com"),
        ("edition.cnn.com", "edition.cnn.com"),
        ("", None),
        (None, None),
        ("http://", None),
    ],
)
def test_site_of(value: str | None, site: str | None) -> None:
    """Site of."""
    assert site_of(value) == site


@given(st.lists(st.sets(st.sampled_from("abcdefghij"), max_size=6), max_size=400), st.sampled_from([0.05, 0.1, 0.2]))
def test_lossy_counting_misses_no_frequent_line(stream: list[set[str]], share: float) -> None:
    """Every item in at least `share` of the stream is kept, with a count at most epsilon * N too low."""
    epsilon = share / 10
    counter = _LossyCounter(epsilon)
    for items in stream:
        counter.add(items)
    truth = Counter(item for items in stream for item in items)
    for item, count in truth.items():
        if count >= share * len(stream):
            assert item in counter.counts
        if item in counter.counts:
            assert count - epsilon * len(stream) <= counter.counts[item][0] <= count


def test_a_line_exactly_at_the_share_is_learned_even_when_counting_had_to_prune() -> None:
    """Lossy Counting undercounts by at most its error: a line in exactly min_share of 2,000 stories is kept."""
    pages = [
        (f"Story {n} body text {n * 7919} here.\n" + ("Exact share footer" if n % 10 == 0 else ""), "s.example")
        for n in range(2000)
    ]
    profile = learn_profile(pages, min_pages=5, min_share=0.1)
    assert "exact share footer" in _shapes(profile)


def test_a_profile_is_indexed_once_however_many_configs_hold_it() -> None:
    """Validating a config that holds the profile does not rebuild its lookup table."""
    from article_clean import CleanConfig

    profile = learn_profile([f"{story}\n{FOOTER}" for story in STORIES], min_pages=5)
    table = profile.lines_for(None)
    CleanConfig(profile=profile)
    clean_article("Some text of a page.", profile=profile, site="x.example")
    assert profile.lines_for(None) is table
