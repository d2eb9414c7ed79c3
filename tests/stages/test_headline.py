"""An HTML page's title is its headline, without the site's name, when a heading of the page says which side it is."""

from __future__ import annotations

import pytest
from lxml import html

from article_clean import clean_article
from article_clean.stages._headline import MAX_SIDES, headline_of

MASTHEAD = '<h1><a href="http://sethgodin.typepad.com/">Seth\'s Blog</a></h1>'


def _page(body: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # a colon after the blog's name, which its masthead links to the front page
        ("Seth's Blog: Entering sync markets", f"{MASTHEAD}<h3>Entering sync markets</h3>", "Entering sync markets"),
        # the site's name after a guillemet, linked from the logo
        (
            "Pickled Peaches « Diabetic Foodie",
            '<a href="/"><img src="logo.png">Diabetic Foodie</a><h2>Pickled Peaches</h2>',
            "Pickled Peaches",
        ),
        ("dy/dan » Blog Archive » 1,400 Rectangles", "<h2>1,400 Rectangles</h2>", "1,400 Rectangles"),
        (
            "How to Spot an Instagram Junkie / Flowtown",
            "<h1>How to Spot an Instagram Junkie</h1>",
            "How to Spot an Instagram Junkie",
        ),
        # a section's name before the colon is no site's: the side left out is longer than the heading's
        ("US elections: Turnout appears high in many parts", "<h2>US elections</h2>", "keep"),
        # the heading repeats the title whole
        ("Generation HIV: Growing up under a shadow", "<h1>Generation HIV: Growing up under a shadow</h1>", "keep"),
        # no heading repeats a side
        ("Seth's Blog: Entering sync markets", "<p>Entering sync markets</p>", "keep"),
        # the only side a heading repeats names the site
        ("Seth's Blog: a talk", MASTHEAD, "keep"),
        # headings repeat both sides, and neither is known for the site's name
        (
            "Inside Google Desktop: The Reader gadget",
            "<h1>Inside Google Desktop</h1><h3>The Reader gadget</h3>",
            "keep",
        ),
    ],
)
def test_the_side_a_heading_repeats_is_the_headline(title: str, body: str, expected: str) -> None:
    """The run of sides a heading repeats is the title ("keep": the title stays whole)."""
    want = title if expected == "keep" else expected
    assert headline_of(html.fromstring(_page(body)), title, None) == want


def test_the_site_name_of_the_meta_tags_is_never_the_headline() -> None:
    """`og:site_name` names the site even where no link to the front page does."""
    page = html.fromstring(_page("<h1>Diabetic Foodie</h1><h2>Pickled Peaches</h2>"))
    assert headline_of(page, "Pickled Peaches | Diabetic Foodie", "Diabetic Foodie") == "Pickled Peaches"
    assert headline_of(page, "Diabetic Foodie | Recipes", "Diabetic Foodie") == "Diabetic Foodie | Recipes"


def test_a_malformed_link_is_no_front_page() -> None:
    """A link whose URL cannot be read raises nothing and names nothing."""
    page = html.fromstring(_page('<a href="http://[::1">Seth\'s Blog</a><h3>Entering sync markets</h3>'))
    assert headline_of(page, "Seth's Blog: Entering sync markets", None) == "Entering sync markets"


def test_clean_article_takes_the_headline_for_its_title() -> None:
    """Through the pipeline, the page's title loses the blog's name, and the body keeps its prose."""
    lede = "The market for sync licences is opening to everyone, and that changes what a song is worth to a label."
    head = "<title>Seth's Blog: Entering sync markets</title>"
    raw = _page(f"{MASTHEAD}<h3>Entering sync markets</h3><p>{lede}</p>", head)
    article = clean_article(raw)
    assert article.title == "Entering sync markets"
    assert lede in article.text


def test_a_title_of_many_sides_stays_whole() -> None:
    """A title of keywords, or hostile input, is not cut into runs: their number grows with the square of its sides."""
    title = " | ".join(f"side {n}" for n in range(MAX_SIDES + 1))
    page = html.fromstring(_page("<h1>side 3</h1>"))
    assert headline_of(page, title, None) == title
    assert headline_of(page, " | ".join(title.split(" | ")[:MAX_SIDES]), None) == "side 3"
