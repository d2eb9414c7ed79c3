"""A list of links to other stories goes with the heading that announces it, and only after the article's prose."""

from __future__ import annotations

import pytest

from article_clean import clean_article
from article_clean.patterns import RELATED_HEADING
from article_clean.stages.related import MAX_RUN, drop_related_links, drop_related_list_tail
from tests.helpers import body, reasons, run

ARTICLE = [
    "The council approved the new bridge on Monday after a year of debate.",
    "Work starts in the spring and should take two years, the mayor said.",
]
LINKS = ["Storm closes schools across the county", "Nov. 18, 2019", "Firefighters save family from house fire"]


def test_a_heading_after_prose_goes_with_its_list() -> None:
    """The heading and its headlines, dates included, are dropped; the prose after the list stays."""
    after = "The bridge will carry four lanes of traffic and a path for bicycles, officials said."
    draft = run(drop_related_links, *ARTICLE, "You may also like…", *LINKS, after)
    assert body(draft) == [*ARTICLE, after]
    assert reasons(draft) == ["related_links"] * (1 + len(LINKS))


def test_the_list_ends_at_the_first_sentence() -> None:
    """A teaser's lead (a sentence) ends the list: the classifier judges it with the rest of the page."""
    lead = "Students will stay home on Tuesday as the storm moves inland, the district said."
    draft = run(drop_related_links, *ARTICLE, "Most Popular", LINKS[0], lead, LINKS[2])
    assert body(draft) == [*ARTICLE, lead, LINKS[2]]


def test_a_headline_that_asks_or_exclaims_stays_in_the_list() -> None:
    """Regression: `…girl: "We got her!"` ended a "Trending News" list inside a CBS article after no line.

    A line ending in "?" or "!" shorter than a paragraph is one of the list's headlines; a longer one, or one
    ending with a full stop, is the article going on.
    """
    headlines = ['Video shows dramatic rescue of kidnapped girl: "We got her!"', "Is the bridge worth $40 million?"]
    question = "Will the council find the money for the second bridge that the county asked for last year?"
    after = "Meanwhile, volunteers searched the city for the missing girl, police said."
    draft = run(drop_related_links, *ARTICLE, "Trending News", *headlines, LINKS[0], question, after)
    assert body(draft) == [*ARTICLE, question, after]
    assert reasons(draft) == ["related_links"] * 4


_TEASERS = [
    "A vida requer da gente otimismo e coragem para esperar o melhor e fazer o melhor acontecer sempre.",
    "O que une uma família é o amor, o carinho, o querer bem, a certeza de apoio e de compreensão.",
    "Força para vencer e fé para acreditar que todo obstáculo pode ser vencido e que a vitória virá.",
]


def test_teasers_that_each_follow_a_headline_go_with_the_list() -> None:
    """Regression: under "Você pode gostar...", teasers each under a line of its own were kept as the article.

    Three headline-and-lead pairs in a row are a list of teasers: their leads do not end the list.
    """
    cards = [line for teaser in _TEASERS for line in ("Whatsapp Facebook Pint Baixar", teaser)]
    after = "Mensagens de Autoestima, Mensagens de Reflexão Sobre a Vida"
    draft = run(drop_related_links, *ARTICLE, "Você pode gostar...", *cards, after)
    assert body(draft) == ARTICLE
    assert reasons(draft) == ["related_links"] * (1 + len(cards) + 1)


def test_two_teasers_are_no_list_of_teasers() -> None:
    """Fewer than `CARDS` pairs: the first lead ends the list, as any sentence does."""
    cards = [line for teaser in _TEASERS[:2] for line in ("Storm closes schools across the county", teaser)]
    draft = run(drop_related_links, *ARTICLE, "Most Popular", *cards)
    assert body(draft) == [*ARTICLE, *cards[1:]]


def test_an_interview_after_a_list_is_not_read_as_teasers() -> None:
    """Questions and answers after a related list are the article going on, however many there are.

    The first question, short and right under the list, reads as one of its headlines, as any such line does.
    """
    interview = [
        line
        for n in range(4)
        for line in (f"What did you learn in year {n + 1}?", f"I learned a great deal about bridges in year {n + 1}.")
    ]
    draft = run(drop_related_links, *ARTICLE, "Related Stories", LINKS[0], *interview)
    assert body(draft) == [*ARTICLE, *interview[1:]]


def test_lines_too_short_for_headlines_make_no_teasers() -> None:
    """A caption, its "Shares" button and its credit between a menu and the lede are no list of teasers."""
    lines = [
        "Trending",
        "Full Moons 2019",
        "Shares",
        "An artist's illustration of a plume of water vapor from Europa.",
        "Image credit",
        "The Jupiter moon's elusive and enigmatic water-vapor plumes do indeed seem to be real.",
        "Credit NASA",
        "NASA's Hubble Space Telescope has spotted indirect evidence of such plumes from Europa.",
    ]
    draft = run(drop_related_links, *ARTICLE, *lines)
    assert body(draft) == [*ARTICLE, *lines[3:]]


def _page(*paragraphs: str) -> str:
    return "<html><body><article>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article></body></html>"


def test_linked_headlines_that_end_like_sentences_go_with_the_list() -> None:
    """On an HTML page a paragraph that is all one link goes on a list, even when it ends like a sentence."""
    after = "The bridge will carry four lanes of traffic and a path for bicycles, officials said."
    linked = ["The band sold out every show of its tour, it said.", "Storm closes the coast road for the second time."]
    page = _page(*ARTICLE, "You may also like...", *(f'<a href="/{n}">{t}</a>' for n, t in enumerate(linked)), after)
    article = clean_article(page)
    dropped = {(d.text, d.filter) for d in article.dropped if d.reason.value == "related_links"}
    assert dropped == {
        ("You may also like...", "drop_related_links"),
        *((text, "drop_related_list_tail") for text in linked),
    }
    assert [p.text for p in article.paragraphs] == [*ARTICLE, after]


def test_a_linked_paragraph_after_prose_is_not_a_list() -> None:
    """Only blocks that go on from a dropped list are taken: a linked paragraph after the article's prose stays."""
    linked = '<a href="/r">Read the full report of the council on the bridge and its costs.</a>'
    article = clean_article(_page(*ARTICLE, "You may also like...", ARTICLE[0] + " Again.", linked))
    assert "Read the full report of the council on the bridge and its costs." in article.text


def test_the_tail_of_a_list_is_read_in_html_only() -> None:
    """A line of text cannot show its links: the stage leaves text pages alone."""
    draft = run(drop_related_list_tail, *ARTICLE, "You may also like", *LINKS)
    assert body(draft) == [*ARTICLE, "You may also like", *LINKS]


def test_a_heading_before_any_prose_is_the_page_s_menu() -> None:
    """Above the article the same words label a site's sections, and the headline may stand under them."""
    draft = run(drop_related_links, "Top Stories", "Bridge approved after a year of debate", *ARTICLE)
    assert body(draft) == ["Top Stories", "Bridge approved after a year of debate", *ARTICLE]


def test_a_heading_followed_by_prose_goes_alone() -> None:
    """A heading with no list below it is still furniture."""
    draft = run(drop_related_links, *ARTICLE, "Related:", *ARTICLE)
    assert body(draft) == ARTICLE * 2
    assert reasons(draft) == ["related_links"]


def test_a_list_without_a_sentence_is_bounded() -> None:
    """A heading takes at most `MAX_RUN` lines: a longer run without a sentence is not one list."""
    headlines = [f"Headline number {n} of the list" for n in range(MAX_RUN + 5)]
    draft = run(drop_related_links, *ARTICLE, "Read Next", *headlines)
    assert body(draft) == [*ARTICLE, *headlines[MAX_RUN:]]


def test_every_heading_after_prose_is_read() -> None:
    """Lists of several kinds after one article each go with their heading."""
    draft = run(drop_related_links, *ARTICLE, "Related Posts:", LINKS[0], *ARTICLE, "Don't Miss", LINKS[2])
    assert body(draft) == ARTICLE * 2


@pytest.mark.parametrize(
    "text",
    [
        "You might also like:",
        "More from UK",
        "More From High Gear Media",
        "Related Articles",
        "Recommended for you",
        "Trending Now",
        "Most Read",
        "Don’t Miss",
        "Top Stories »",
        "Latest News",
        "Trending Now on NYPost.com",
        "Most read in world news",
        "Most Popular on HuffPost",
        "Latest News from the Network",
        "Você pode gostar...",
        "Leia também",
        "Lesen Sie auch",
        "À lire aussi",
        "Noticias relacionadas",
        "Читайте также:",
        "Artigos relacionados",
        "Weitere Beiträge zum Thema",
        "Articoli correlati",
        "Материалы по теме",
    ],
)
def test_related_headings(text: str) -> None:
    """The headings of related lists, in several languages and spellings."""
    assert RELATED_HEADING.match(text)


@pytest.mark.parametrize(
    "text",
    [
        "Related stories appeared in the Times.",
        "More from the mayor's speech follows.",
        "More from Comment is free on",
        "Most popular among young voters, the plan passed.",
        "Most popular in the 1990s was the Walkman.",
        "Trending on Twitter for days, the video reached millions of viewers.",
        "You may also like the sequel.",
    ],
)
def test_prose_that_starts_like_a_heading_is_no_heading(text: str) -> None:
    """A heading stands alone on its line: a sentence that opens with its words is prose."""
    assert not RELATED_HEADING.match(text)


def test_the_pipeline_drops_a_related_list_from_a_page() -> None:
    """In the default pipeline the list leaves the body with its reason, whatever the classifier would say."""
    article = clean_article("\n".join([*ARTICLE, "You may also like", *LINKS]))
    assert [p.text for p in article.paragraphs] == ARTICLE
    assert {d.text for d in article.dropped if d.reason.value == "related_links"} == {"You may also like", *LINKS}
