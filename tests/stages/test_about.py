"""A box about the author or publisher after the article goes; the same words above it, or in prose, stay."""

from __future__ import annotations

import pytest

from article_clean import clean_article
from article_clean.patterns import ABOUT_HEADING
from article_clean.stages.about import MAX_BIO, drop_about_box
from tests.helpers import body, reasons, run

ARTICLE = [
    "The council approved the new bridge on Monday after a year of debate.",
    "Work starts in the spring and should take two years, the mayor said.",
]
FOOTER = "Storm closes schools across the county"


def test_a_named_box_goes_with_the_lines_about_the_name() -> None:
    """The heading and the lines that open with the name are dropped; the next line about something else stays."""
    bio = ["Jane Doe covers city hall for the Gazette.", "Jane’s first book came out in 2019."]
    draft = run(drop_about_box, *ARTICLE, "About Jane Doe", *bio, FOOTER)
    assert body(draft) == [*ARTICLE, FOOTER]
    assert reasons(draft) == ["about_box"] * 3


def test_a_publisher_box_goes_too() -> None:
    """A press release's box about the company is the same shape."""
    about = "Ascom is a global solutions provider focused on healthcare ICT and mobile workflow solutions."
    draft = run(drop_about_box, *ARTICLE, "About Ascom", about, "Ascom's shares are listed in Zurich.", FOOTER)
    assert body(draft) == [*ARTICLE, FOOTER]


def test_a_bio_that_names_the_name_later_goes_too() -> None:
    """A bio need not open with the name ("Als Inbound Sales Manager bildet Moritz Bachmann …"), in any language."""
    bio = "Als Inbound Sales Manager bildet Moritz Bachmann die Schnittstelle zwischen Marketing und Vertrieb."
    draft = run(drop_about_box, *ARTICLE, "Über Moritz Bachmann", bio, FOOTER)
    assert body(draft) == [*ARTICLE, FOOTER]


def test_a_line_naming_only_part_of_the_name_ends_the_box() -> None:
    """Under "About Jane Doe", a line that names "Doe" alone is about something else."""
    other = "The Doe family gave the bridge its name."
    draft = run(drop_about_box, *ARTICLE, "About Jane Doe", other)
    assert body(draft) == [*ARTICLE, other]


def test_about_the_author_takes_the_line_below() -> None:
    """A heading that names no one ("About the author") takes the one line below it as the bio."""
    bio = "Pearl Higgins is a communications specialist who writes about search."
    draft = run(drop_about_box, *ARTICLE, "ABOUT THE AUTHOR", bio, FOOTER)
    assert body(draft) == [*ARTICLE, FOOTER]


def test_a_bio_on_the_heading_s_line_goes() -> None:
    """A bio on the heading's own line ("About the author: …") is the whole box."""
    line = "About the author: Nickel is the founder and editor of this site."
    draft = run(drop_about_box, *ARTICLE, line, FOOTER)
    assert body(draft) == [*ARTICLE, FOOTER]


def test_a_box_takes_at_most_max_bio_lines() -> None:
    """Past `MAX_BIO` lines that open with the name, the text is the article's, not a box's."""
    lines = [f"Jane wrote story number {n} about the bridge." for n in range(MAX_BIO + 2)]
    draft = run(drop_about_box, *ARTICLE, "About Jane", *lines)
    assert body(draft) == [*ARTICLE, *lines[MAX_BIO:]]


def test_the_menu_above_the_article_stays() -> None:
    """Before any prose, "About Us" and "About the Site" are the site's menu."""
    draft = run(drop_about_box, "About Us", "About the author", *ARTICLE)
    assert body(draft) == ["About Us", "About the author", *ARTICLE]


@pytest.mark.parametrize(
    "text",
    [
        "About the Author",
        "About the authors:",
        "About Jane Doe",
        "About Freeman's The Photographer's Story",
        "About Model S",
        "About Becky…",
        "Sobre Carlos Nadalim",
        "Über Moritz Bachmann",
        "Sobre o autor",
        "Sobre el autor:",
        "Über den Autor",
        "À propos de l’auteur",
    ],
)
def test_about_headings(text: str) -> None:
    """Headings that name the author, the publisher or the product."""
    assert ABOUT_HEADING.match(text)


@pytest.mark.parametrize(
    "text",
    [
        "About 200 people came to the meeting.",
        "About the author of the bill, little is known.",
        "about jane doe",
        "About",
        "About time, said the mayor",
        "Sobre a crise, o ministro disse",
        "Über die Brücke wurde lange gestritten.",
    ],
)
def test_prose_that_starts_like_a_heading_is_no_heading(text: str) -> None:
    """A sentence that opens with "About", a lower-case name or a bare "About" is no heading."""
    assert not ABOUT_HEADING.match(text)


def test_the_pipeline_drops_an_about_box() -> None:
    """In the default pipeline the box leaves the body with its reason, whatever the classifier would say."""
    bio = "Jane Doe covers city hall for the Gazette and has won two awards for her reporting."
    article = clean_article("\n".join([*ARTICLE, "About Jane Doe", bio]))
    assert [p.text for p in article.paragraphs] == ARTICLE
    assert {d.text for d in article.dropped if d.reason.value == "about_box"} == {"About Jane Doe", bio}
