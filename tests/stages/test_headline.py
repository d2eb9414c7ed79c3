"""An HTML page's title is its headline, without the site's name, when a heading of the page says which side it is."""

from __future__ import annotations

import pytest
from lxml import html

from article_clean import clean_article
from article_clean.stages._headline import MAX_SIDES, site_names, title_of

MASTHEAD = '<h1><a href="http://sethgodin.typepad.com/">Seth\'s Blog</a></h1>'


def _headline_of(page: html.HtmlElement, title: str, names: frozenset[str]) -> str | None:
    """The headline `title_of` reads from the page's one title `title`."""
    headline = title_of(page, [title], names)
    return headline.text if headline else None


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
        # headings repeat both sides, and neither is known for the site's name: the page's first heading, a
        # blog's masthead, is its name, but the headline left is shorter than it
        (
            "Inside Google Desktop: The Reader gadget",
            "<h1>Inside Google Desktop</h1><h3>The Reader gadget</h3>",
            "keep",
        ),
        # the masthead, the page's first heading, links nowhere known; the post's heading repeats the other side
        (
            "TED Blog | UPDATE: Parkinson's Voice Initiative more than 50% completed",
            '<h1 class="blog-header">TED Blog</h1><h3>20 July 2012</h3><h1><a href="/2012/07/20/parkinsons/">'
            "UPDATE: Parkinson's Voice Initiative more than 50% completed</a></h1>",
            "UPDATE: Parkinson's Voice Initiative more than 50% completed",
        ),
        (
            "“You Can’t Do It” is Powerful Motivation « Rand's Blog",
            '<h1><a href="http://randfishkin.com/blog">Rand\'s Blog</a></h1>'
            "<h2>“You Can’t Do It” is Powerful Motivation</h2>",
            "“You Can’t Do It” is Powerful Motivation",
        ),
        # the headline is shorter than the blog's name, which the masthead's link to the front page names
        (
            "The Fischbowl: Old School",
            '<h1><a href="http://thefischbowl.blogspot.com/">The Fischbowl</a></h1><h3>Old School</h3>',
            "Old School",
        ),
        # the page writes its headline with typographic quotes, the title with plain ones
        (
            "Why King Corn Wasn't Ready for the Drought | Wired Science",
            "<h1>Why King Corn Wasn’t Ready for the Drought</h1>",
            "Why King Corn Wasn't Ready for the Drought",
        ),
        # the headline is the page's first heading and a section's name repeats the other side: neither is
        # taken, the section's name being shorter than the side it would leave out
        (
            "Opinion | Republicans Are Following Trump to Nowhere",
            "<h1>Republicans Are Following Trump to Nowhere</h1><h2>Opinion</h2>",
            "keep",
        ),
    ],
)
def test_the_side_a_heading_repeats_is_the_headline(title: str, body: str, expected: str) -> None:
    """The run of sides a heading repeats is the title ("keep": the title stays whole)."""
    want = title if expected == "keep" else expected
    page = html.fromstring(_page(body))
    assert _headline_of(page, title, site_names(page, None)) == want


def test_the_site_name_of_the_meta_tags_is_never_the_headline() -> None:
    """`og:site_name` names the site even where no link to the front page does."""
    page = html.fromstring(_page("<h1>Diabetic Foodie</h1><h2>Pickled Peaches</h2>"))
    names = site_names(page, "Diabetic Foodie")
    assert _headline_of(page, "Pickled Peaches | Diabetic Foodie", names) == "Pickled Peaches"
    assert _headline_of(page, "Diabetic Foodie | Recipes", names) == "Diabetic Foodie | Recipes"


def test_a_malformed_link_is_no_front_page() -> None:
    """A link whose URL cannot be read raises nothing and names nothing."""
    page = html.fromstring(_page('<a href="http://[::1">Seth\'s Blog</a><h3>Entering sync markets</h3>'))
    assert _headline_of(page, "Seth's Blog: Entering sync markets", site_names(page, None)) == "Entering sync markets"


def test_a_title_of_many_sides_stays_whole() -> None:
    """A title of keywords, or hostile input, is not cut into runs: their number grows with the square of its sides."""
    title = " | ".join(f"side {n}" for n in range(MAX_SIDES + 1))
    page = html.fromstring(_page("<h1>side 3</h1>"))
    assert _headline_of(page, title, frozenset()) == title
    assert _headline_of(page, " | ".join(title.split(" | ")[:MAX_SIDES]), frozenset()) == "side 3"


@pytest.mark.parametrize(
    ("titles", "body", "expected"),
    [
        # the `og:title` names the blog on every post; a heading repeats the `<title>`'s headline
        (
            ["Official Blog of the National Football League", "Week 9 fantasy feedback - NFL.com"],
            "<h1>Week 9 fantasy feedback</h1>",
            "Week 9 fantasy feedback",
        ),
        # a short social line as `og:title`; the page shows the `<title>`'s headline
        (
            ["Lohan Over-Primps for Party", "Lindsay Lohan Goes Heavy on Makeup | Photos - ABC News"],
            "<h1>Lindsay Lohan Goes Heavy on Makeup</h1>",
            "Lindsay Lohan Goes Heavy on Makeup",
        ),
        # no heading repeats either: the first is read
        (["Storm hits the coast", "Storm hits the coast tonight - Daily News"], "<h1>Weather</h1>", "first"),
        # a heading repeating a section's side that is not read as the headline confirms nothing
        (
            ["Swamy to move court", "Swamy to move court as EC cautions him - Politics - Politics News - ibnlive"],
            "<h2>Politics</h2>",
            "first",
        ),
        # headings repeat both: the more trusted is read
        (
            ["Storm hits the coast", "Storm hits the coast tonight"],
            "<h1>Storm hits the coast tonight</h1><h2>Storm hits the coast</h2>",
            "first",
        ),
        # the first names the site, which no heading confirms the page's headline for: the next is read
        (
            ["Danger Room", "Someone Needs to Be Elected Tonight"],
            "<p>Danger Room</p>",
            "Someone Needs to Be Elected Tonight",
        ),
    ],
)
def test_the_title_a_heading_repeats_is_read(titles: list[str], body: str, expected: str) -> None:
    """Of the page's titles in order of trust, the first whose headline a heading repeats; else the first."""
    page = html.fromstring(_page(body))
    want = titles[0] if expected == "first" else expected
    headline = title_of(page, titles, site_names(page, "Danger Room"))
    assert headline is not None
    assert headline.text == want


def test_no_title_reads_none() -> None:
    """A page without a title has none, whatever its headings say."""
    assert title_of(html.fromstring(_page("<h1>Weather</h1>")), [], frozenset()) is None


LEDE = "The market for sync licences is opening to everyone, and that changes what a song is worth to a label."


@pytest.mark.parametrize(
    ("head", "body", "title"),
    [
        # the page's title loses the blog's name
        (
            "<title>Seth's Blog: Entering sync markets</title>",
            f"{MASTHEAD}<h3>Entering sync markets</h3>",
            "Entering sync markets",
        ),
        # a section's label repeating the `og:site_name` side is not the title; the page writes the headline with
        # typographic quotes
        (
            '<meta property="og:title" content="Someone Needs to Be Elected Tonight or We\'re Doomed | Danger Room | '
            'Wired.com"><meta property="og:site_name" content="Danger Room">',
            "<div>Danger Room</div><div>Someone Needs to Be Elected Tonight or We’re Doomed</div>",
            "Someone Needs to Be Elected Tonight or We’re Doomed",
        ),
        # a blog's name in its first heading, repeated in the `<title>`, leaves the title to the post's heading
        (
            "<title>TED Blog | LEGO for the iPad generation gets funding</title>",
            '<h1 class="blog-header">TED Blog</h1><h1>LEGO for the iPad generation gets funding</h1>',
            "LEGO for the iPad generation gets funding",
        ),
        # the `<title>` the post's heading repeats is read over an `og:title` naming the blog
        (
            '<meta property="og:title" content="Official Blog of the National Football League">'
            "<title>Fantasy football: Percy Harvin could be unavailable - NFL.com</title>",
            "<h1>Fantasy football: Percy Harvin could be unavailable</h1>",
            "Fantasy football: Percy Harvin could be unavailable",
        ),
    ],
)
def test_clean_article_takes_the_headline_for_its_title(head: str, body: str, title: str) -> None:
    """Through the pipeline, the page's title is its headline, which leaves the body; the prose stays."""
    article = clean_article(_page(f"{body}<p>{LEDE}</p>", head))
    assert article.title == title
    assert article.text == LEDE


@pytest.mark.parametrize(
    ("head", "byline", "publisher"),
    [
        ("", "", "Daily News"),  # the `<title>`'s other end
        ('<meta property="og:site_name" content="The Daily">', "", "The Daily"),  # the meta tags first
        ("", "<p>By Jane Doe, CNN</p>", "CNN"),  # then a byline
    ],
)
def test_the_title_names_the_publisher_last(head: str, byline: str, publisher: str) -> None:
    """An HTML page's `<title>` names its publisher beside the headline when neither meta tags nor a byline do."""
    title = "<title>Storm hits the coast | Daily News</title>"
    article = clean_article(_page(f"<h1>Storm hits the coast</h1>{byline}<p>{LEDE}</p>", title + head))
    assert (article.title, article.publisher) == ("Storm hits the coast", publisher)
