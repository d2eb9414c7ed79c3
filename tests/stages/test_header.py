"""The header stage reads date fields, bylines, timestamps, the title and the kicker."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from article_clean import Draft, Pipeline, clean_article
from article_clean.errors import DropReason
from article_clean.stages import DEFAULT_PIPELINE
from article_clean.stages._byline import parse_byline
from article_clean.stages.header import drop_above_headline, extract_header, read_opening_stamp
from article_clean.stages.parse import split_lines
from tests.helpers import body, reasons, run

EST = timezone(timedelta(hours=-5))
PROSE = "The minister said on Monday that the talks would resume next week in Geneva."


def test_full_header() -> None:
    """Date field with kicker, title, byline and updated line are all read and leave the body."""
    draft = run(
        extract_header,
        "date 2017-03-02 Breaking News",
        "A title about Palmyra",
        "By Jane Doe and John Roe, CNN",
        "Updated 10:43 PM ET, Thu March 2, 2017",
        PROSE,
    )
    meta = draft.meta
    assert (meta.title, meta.kicker, meta.authors, meta.publisher) == (
        "A title about Palmyra",
        "Breaking News",
        ["Jane Doe", "John Roe"],
        "CNN",
    )
    assert meta.published == date(2017, 3, 2)
    assert meta.updated == datetime(2017, 3, 2, 22, 43, tzinfo=EST)
    assert body(draft) == [PROSE]


def test_kicker_line_before_title() -> None:
    """A kicker may stand on its own line above the title."""
    draft = run(extract_header, "ANALYSIS", "Why the talks failed", "By Jane Doe, CNN", PROSE)
    assert (draft.meta.kicker, draft.meta.title) == ("ANALYSIS", "Why the talks failed")


def test_section_label_between_title_and_byline() -> None:
    """A section label between the headline and the byline is the kicker, and the line above it the title."""
    draft = run(extract_header, "Hitachi set to win bid for nuclear venture", "BUSINESS", "By SELINA WILLIAMS", PROSE)
    assert (draft.meta.title, draft.meta.kicker) == ("Hitachi set to win bid for nuclear venture", "BUSINESS")


@pytest.mark.parametrize("line", ["TODAY", "Larger", "By Jonathon Ramsey RSS feed"])
def test_labels_single_words_and_unread_bylines_are_not_titles(line: str) -> None:
    """A lone label, a single word, or a byline the parser could not read is never taken as the title."""
    draft = run(extract_header, line, "Updated 10:43 PM ET, Thu March 2, 2017", PROSE)
    assert draft.meta.title is None


def test_filed_line_is_a_timestamp() -> None:
    """A "Filed as Features on DATE" line gives the publication time."""
    draft = run(extract_header, "Filed as Features on November 7, 2012 4:26 am", PROSE)
    assert draft.meta.published == datetime(2012, 11, 7, 4, 26)
    assert body(draft) == [PROSE]


def test_menu_item_before_title_is_not_a_kicker() -> None:
    """A capitalised menu item above the title stays in the body."""
    draft = run(extract_header, "Follow CNN Business", "Why the talks failed", "By Jane Doe, CNN", PROSE)
    assert draft.meta.kicker is None
    assert body(draft) == ["Follow CNN Business", PROSE]


def test_date_field_with_non_label_rest_keeps_the_rest() -> None:
    """A date field followed by a sentence keeps the sentence as text."""
    draft = run(extract_header, "date 2017-03-02 The minister resigned on Friday.")
    assert draft.meta.published == date(2017, 3, 2)
    assert body(draft) == ["The minister resigned on Friday."]


def test_no_title_without_an_anchor() -> None:
    """Without a byline or timestamp nothing is taken as the title, so cleaning cleaned text changes nothing."""
    draft = run(extract_header, "A heading-like first line", PROSE)
    assert draft.meta.title is None
    assert len(body(draft)) == 2


def test_title_must_look_like_a_title() -> None:
    """A sentence before the byline is not a title."""
    draft = run(extract_header, "It rained all day in Geneva.", "By Jane Doe, CNN", PROSE)
    assert draft.meta.title is None


def test_header_after_a_menu() -> None:
    """A header pushed down by menu lines is still read, up to the first prose paragraph."""
    menu = [f"Section {n}" for n in range(30)]
    draft = run(extract_header, *menu, "The real title", "By Jane Doe, CNN", PROSE)
    assert draft.meta.title == "The real title"


def test_repeated_byline_and_timestamp_are_dropped_as_duplicates() -> None:
    """A second copy of the byline or timestamp is recorded as duplicate metadata."""
    draft = run(
        extract_header,
        "By Tami Luhby, CNNMoney",
        "Updated 10:43 PM ET, Thu March 2, 2017",
        PROSE,
        "By Tami Luhby, CNNMoney",
        "Updated 11:00 PM ET, Thu March 2, 2017",
    )
    assert reasons(draft) == ["duplicate_metadata", "duplicate_metadata"]
    assert draft.meta.updated == datetime(2017, 3, 2, 22, 43, tzinfo=EST)


def test_a_byline_repeating_known_authors_still_gives_its_date() -> None:
    """The metadata named the author but no date: the byline repeating the author is dropped, its date read."""
    draft = Draft(raw="", blocks=split_lines(f"by Jon Bruner | @JonBruner | Comment | November 6, 2012\n{PROSE}"))
    draft.meta.authors.append("Jon Bruner")
    Pipeline([("extract_header", extract_header)]).run(draft)
    assert reasons(draft) == ["duplicate_metadata"]
    assert draft.meta.published == date(2012, 11, 6)
    assert body(draft) == [PROSE]


def test_a_known_authors_byline_under_the_text_gives_no_date() -> None:
    """Under most of the text, a dated byline of the known author is another of the author's stories."""
    lines = [PROSE, PROSE, "by Jon Bruner | November 1, 2012"]
    draft = Draft(raw="", blocks=split_lines("\n".join(lines)))
    draft.meta.authors.append("Jon Bruner")
    Pipeline([("extract_header", extract_header)]).run(draft)
    assert draft.meta.published is None


def test_a_known_headline_past_menus_with_a_prose_like_teaser_is_placed() -> None:
    """A teaser that reads as prose ends the header early; the headline named by the metadata is found below it."""
    teaser = "July 16 2012 9 amazing Raspberry Pi case mods (including one that looks like a raspberry!)"
    menu = [f"Section {n}" for n in range(14)]
    title = "Microsoft pimps Windows 8 accounts to developers for just $8"
    lines = [teaser, *menu, title, "October 30, 2012 3:05 PM", PROSE, PROSE]
    draft = Draft(raw="", blocks=split_lines("\n".join(lines)))
    draft.meta.title = title
    Pipeline([("extract_header", extract_header)]).run(draft)
    assert [(placement.field, placement.text) for placement in draft.placed] == [
        ("title", title),
        ("published", "October 30, 2012 3:05 PM"),
    ]
    assert draft.meta.published == datetime(2012, 10, 30, 15, 5)


def test_past_the_header_a_side_naming_the_site_is_not_the_headline() -> None:
    """Past the header only the whole title or its longest side is looked for: a shorter side may be the masthead."""
    teaser = "July 16 2012 9 amazing Raspberry Pi case mods (including one that looks like a raspberry!)"
    lines = [teaser, *(f"Section {n}" for n in range(14)), "PETER SHANKMAN", PROSE, PROSE]
    draft = Draft(raw="", blocks=split_lines("\n".join(lines)))
    draft.meta.title = "When the Problem is You | Peter Shankman"
    Pipeline([("extract_header", extract_header)]).run(draft)
    assert draft.placed == []


def test_a_known_headline_under_most_of_the_text_is_not_placed() -> None:
    """Past the header, a copy of the headline under most of the prose heads the comments, not the article."""
    title = "Microsoft pimps Windows 8 accounts to developers for just $8"
    lines = [f"Section {n}" for n in range(14)] + [PROSE, PROSE, "12 Responses", title, "Nice post."]
    draft = Draft(raw="", blocks=split_lines("\n".join(lines)))
    draft.meta.title = title
    Pipeline([("extract_header", extract_header)]).run(draft)
    assert draft.placed == []


def _under_known_headline(
    *lines: str, authors: tuple[str, ...] = (), before: str | None = None, published: date | None = None
) -> Draft:
    """Run the header stage on a headline the metadata named (after `before`), then `lines`."""
    title = "Microsoft pimps Windows 8 accounts to developers"
    draft = Draft(raw="", blocks=split_lines("\n".join([*([before] if before else []), title, *lines])))
    draft.meta.title = title
    draft.meta.authors.extend(authors)
    draft.meta.published = published
    Pipeline([("extract_header", extract_header)]).run(draft)
    return draft


@pytest.mark.parametrize(
    ("line", "published", "authors"),
    [
        ("October 29, 2012 at 10:45 am by Todd Bishop 1 Comment", datetime(2012, 10, 29, 10, 45), ["Todd Bishop"]),
        ("October 18th, 2012 by Mirko in Articles, Blog, Industry news", date(2012, 10, 18), ["Mirko"]),
        ("Date:November 6, 2012 | Category:Eye Candy | Author:Laura Vecsey", date(2012, 11, 6), ["Laura Vecsey"]),
        ("Oct 30, 2012 - Leave a Comment", date(2012, 10, 30), []),
        ("by randfish on December 4, 2010", date(2010, 12, 4), []),  # a handle in lower case names no one
        ("Mindy · Skepchick-ism · 0 Comments · October 29th, 2012", date(2012, 10, 29), []),
        ("06 November 2012 by Cory Gunther Discuss (0)", date(2012, 11, 6), ["Cory Gunther"]),  # a link's label
        ("By New statesman Published 09 November 2012 17:39", datetime(2012, 11, 9, 17, 39), []),  # a name cut short
    ],
)
def test_a_posts_info_line_under_the_headline_gives_its_date_and_author(
    line: str, published: date | datetime, authors: list[str]
) -> None:
    """A blog's line of date, author, section and comments under the headline is the post's; it leaves the body."""
    draft = _under_known_headline(line, PROSE)
    assert (draft.meta.published, draft.meta.authors) == (published, authors)
    assert body(draft) == [PROSE]


@pytest.mark.parametrize(
    "lines",
    [
        ["The vote in Ohio on November 6, 2012 was close", PROSE],  # a sentence: more than one word in lower case
        [PROSE, "November 1, 2012 | 5 Comments"],  # after prose: no longer the header
    ],
)
def test_lines_like_a_posts_info_line_elsewhere_stay_in_the_body(lines: list[str]) -> None:
    """A sentence holding a date, or an info-like line after the prose, is body."""
    draft = _under_known_headline(*lines)
    assert draft.meta.published is None
    assert body(draft) == lines


def test_an_info_line_naming_another_author_is_not_the_posts() -> None:
    """Once the metadata named the author, an info line naming someone else is another's post or note."""
    draft = _under_known_headline("November 12th, 2012 by Linda Bustos 4", PROSE, authors=("Jane Doe",))
    assert (draft.meta.published, draft.meta.authors) == (None, ["Jane Doe"])


@pytest.mark.parametrize(
    ("above", "published"),
    [
        ("23 July 2012", date(2012, 7, 23)),  # a blog's date header
        ("Saturday, September 08, 2012", date(2012, 9, 8)),
        ("Wednesday, November 7 2012 BLOGS /Fantasy", None),  # a site's header: the day's date beside its sections
    ],
)
def test_a_date_alone_just_above_the_headline_is_the_posts(above: str, published: date | None) -> None:
    """A date line just above the headline is the post's date only when it is nothing but a date."""
    draft = _under_known_headline(PROSE, before=above)
    assert draft.meta.published == published
    assert body(draft) == ([] if published else [above]) + [PROSE]


def test_a_date_above_the_headline_other_than_the_known_one_is_left() -> None:
    """The metadata's date stands; a different day above the headline is not dropped as its copy."""
    draft = _under_known_headline(PROSE, before="23 July 2012", published=date(2012, 7, 24))
    assert draft.meta.published == date(2012, 7, 24)
    assert body(draft) == ["23 July 2012", PROSE]


def test_dated_byline_gives_authors_and_date() -> None:
    """A "Posted by NAME on DATE" line gives both the author and the publication time."""
    draft = run(extract_header, "Posted by Michael David Smith on November 19, 2019, 6:21 AM EST", PROSE)
    assert draft.meta.authors == ["Michael David Smith"]
    assert draft.meta.published == datetime(2019, 11, 19, 6, 21, tzinfo=EST)


def test_long_line_starting_with_posted_is_body() -> None:
    """A paragraph that happens to start with "Posted" and holds a date is not a timestamp line."""
    long_line = "Posted on March 2, 2017 " + " ".join(["word"] * 30) + "."
    draft = run(extract_header, long_line)
    assert body(draft) == [long_line]
    assert draft.meta.published is None


@pytest.mark.parametrize(
    ("text", "names", "publisher"),
    [
        ("By Lonzo Cook and Hamdi Alkhshali, CNN", ["Lonzo Cook", "Hamdi Alkhshali"], "CNN"),
        ("By Jill Disis, CNN Business", ["Jill Disis"], "CNN Business"),
        ("By Tami Luhby, CNNMoney", ["Tami Luhby"], "CNNMoney"),
        ("Analysis by Chris Cillizza, CNN Editor-at-large", ["Chris Cillizza"], "CNN"),
        ("By Ana de la Vega, Jo Smith and Li Wei", ["Ana de la Vega", "Jo Smith", "Li Wei"], None),
        ("By John Smith, Jane Doe", ["John Smith", "Jane Doe"], None),
        ("BY RUBEN NAVARRETTE JR.", ["RUBEN NAVARRETTE JR."], None),
        ("By Adam Rank |", ["Adam Rank"], None),
        ("By Ilana Muhlstein, MS, RDN", ["Ilana Muhlstein"], None),  # degrees, not an author and a publisher
        ("By John Smith, Jr.", ["John Smith Jr."], None),
        ("By Lucas Mearian | Computerworld", ["Lucas Mearian"], "Computerworld"),
        ("By Agam Shah | IDG News Service", ["Agam Shah"], "IDG News Service"),
        ("Posted by Kate Torgovnick | Permalink | Comment | Trackback", ["Kate Torgovnick"], None),
        ("Posted by Karen Eng | Permalink", ["Karen Eng"], None),
        ("By Jane Roe, MD, CNN", ["Jane Roe"], "CNN"),
        # a weekday before the date is the date's, not an author
        ("By Sherif Saed, Wednesday, 20 November 2019 08:05 GMT", ["Sherif Saed"], None),
        ("By Brantley Hargrove Thu., Nov. 8 2012", ["Brantley Hargrove"], None),
        ("By Ann Lee and Bob Stone, Tuesday, Nov. 8, 2012", ["Ann Lee", "Bob Stone"], None),
        # a surname that is a weekday's abbreviation without its dot, or a weekday inside the name, stays
        ("By Wei Sun, Nov. 8 2012", ["Wei Sun"], None),
        ("By Joe Friday, Nov. 8 2012", ["Joe Friday"], None),
        # the author's title after the name is no second author
        ("By Jane Doe, Editor", ["Jane Doe"], None),
        ("Written by Jacob Lund Fisker, Freelancer", ["Jacob Lund Fisker"], None),
        (
            "Posted by Krishna Bharat, Distinguished Scientist and Founder, Google News",
            ["Krishna Bharat"],
            "Google News",
        ),
    ],
)
def test_parse_byline(text: str, names: list[str], publisher: str | None) -> None:
    """Bylines split into names and a publisher."""
    byline = parse_byline(text)
    assert byline is not None
    assert (byline.names, byline.publisher) == (names, publisher)


def test_a_byline_glued_to_a_logo_names_no_second_author() -> None:
    """A byline whose name runs into the publisher's logo text names the author the page already named."""
    draft = run(extract_header, "By Jonathan Garber", "By Jonathan GarberFOXBusiness", PROSE, PROSE)
    assert draft.meta.authors == ["Jonathan Garber"]


def test_an_author_named_again_in_capitals_is_the_same_author() -> None:
    """A second byline naming the author in capitals names no second author, and goes as a copy."""
    draft = run(extract_header, "By ABC News", "By ABC NEWS", PROSE, PROSE)
    assert draft.meta.authors == ["ABC News"]
    assert [d.text for d in draft.dropped] == ["By ABC NEWS"]


def test_bylines_of_other_stories_below_the_article_name_none_of_its_authors() -> None:
    """Under the article's text, a list of other stories with their bylines: their writers are not its authors."""
    draft = run(
        extract_header,
        "By Victor Davis Hanson",
        *[PROSE] * 4,
        "More from National Review",
        "The Impeachment Farce",
        "By Andrew C. McCarthy",
        "Why Schiff Is Losing",
        "By Jim Geraghty",
    )
    assert draft.meta.authors == ["Victor Davis Hanson"]
    assert "By Andrew C. McCarthy" not in body(draft)
    assert reasons(draft).count(DropReason.RELATED_LINKS.value) == 2


def test_a_byline_under_a_standfirst_names_the_author() -> None:
    """A byline with more of the article's prose after it than before it is the article's own."""
    draft = run(extract_header, "By Jane Doe", PROSE, "By John Roe", *[PROSE] * 3)
    assert draft.meta.authors == ["Jane Doe", "John Roe"]


@pytest.mark.parametrize(
    "text",
    [
        "By June, ISIS began destroying historical sites.",
        "By the numbers",
        "By far the largest protest in years was held in the capital on Sunday, officials said.",
        "Byline",
        # a menu's sort and filter options
        "BY WEEK",
        "By Make",
        "Browse by Category",
        "Subscribe by Email",
    ],
)
def test_not_a_byline(text: str) -> None:
    """Sentences that start with "By" are not bylines."""
    assert parse_byline(text) is None


def test_headline_of_a_page_dump_repeats_its_page_title() -> None:
    """A whole-page dump starts with the `<title>`; the line repeating one side of it is the headline."""
    menu = [f"Section {n}" for n in range(5)]
    draft = run(extract_header, "Storm hits the coast | Daily News", *menu, "Storm hits the coast", PROSE)
    assert draft.meta.title == "Storm hits the coast"
    assert reasons(draft) == ["duplicate_metadata"]
    assert body(draft) == [*menu, PROSE]


@pytest.mark.parametrize(
    ("first", "headline"),
    [
        ("Seth's Blog: Storm hits the coast", "Storm hits the coast"),  # a colon after the blog's name
        ("Storm hits the coast « Rand's Blog", "Storm hits the coast"),  # a guillemet
        ("Storm hits the coast - Life Inc.", "Storm hits the coast"),  # the site's name ends like a sentence
        ("Storm hits the coast off Wash. - Daily News", "Storm hits the coast off Wash."),  # the headline does
    ],
)
def test_a_page_title_parted_as_in_html_names_the_headline(first: str, headline: str) -> None:
    """The first line's sides are parted as an HTML `<title>`'s are; its longest side is the headline."""
    menu = [f"Section {n}" for n in range(5)]
    draft = run(extract_header, first, *menu, headline, PROSE)
    assert draft.meta.title == headline
    assert reasons(draft) == ["duplicate_metadata"]


@pytest.mark.parametrize(
    ("first", "publisher"),
    [
        ("Storm hits the coast | Daily News", "Daily News"),
        ("Seth's Blog: Storm hits the coast", "Seth's Blog"),
        ("Storm hits the coast - Weather - NBCNews.com", "NBCNews.com"),  # sections between
        ("Weather | Storm hits the coast | Daily News", None),  # the headline in the middle
        ("Storm hits the coast | Nov 6, 2012", None),  # a date
        ("Storm hits the coast - and you can, too!", None),  # a sentence
    ],
)
def test_the_page_title_names_the_publisher(first: str, publisher: str | None) -> None:
    """The side of a dump's `<title>` at the other end from the headline is the site's name."""
    draft = run(extract_header, first, "Home", "Storm hits the coast", PROSE)
    assert (draft.meta.title, draft.meta.publisher) == ("Storm hits the coast", publisher)


def test_a_byline_names_the_publisher_before_the_page_title() -> None:
    """The byline's outlet is the publisher, whatever the `<title>`'s end names."""
    draft = run(extract_header, "Storm hits the coast | Daily News", "Storm hits the coast", "By Jane Doe, CNN", PROSE)
    assert draft.meta.publisher == "CNN"


@pytest.mark.parametrize(
    ("first", "later"),
    [
        ("Storm hits the coast | Daily News", "Storm warnings for the weekend"),  # no line repeats it
        ("It rained all day in Geneva, and the storm hit the coast, officials said.", "Storm hits the coast"),
        # a sentence parted by a colon: its longest side and the whole end like a sentence
        ("Officials said: the storm hit the coast in the night.", "the storm hit the coast in the night."),
    ],
)
def test_no_headline_without_a_repeat_of_a_title_like_first_line(first: str, later: str) -> None:
    """Without a title-like first line and a later line repeating it, nothing is taken as the title."""
    draft = run(extract_header, first, "Home", later, PROSE)
    assert draft.meta.title is None
    assert reasons(draft) == []


def test_headline_is_the_longest_side_of_the_page_title() -> None:
    """The site's name is repeated in menus and footers; the headline is the longer side of the `<title>`."""
    draft = run(extract_header, "Storm hits the coast | Fox Business", "Fox Business", "Storm hits the coast", PROSE)
    assert draft.meta.title == "Storm hits the coast"
    assert body(draft) == ["Fox Business", PROSE]


def test_of_two_sides_of_one_length_the_first_is_the_headline() -> None:
    """The choice does not hang on a set's order (which changes with the process's hash seed)."""
    draft = run(extract_header, "Red apples | Big storms", "Big storms", "Red apples", PROSE)
    assert draft.meta.title == "Red apples"


def test_headline_that_reads_like_a_sentence_is_found() -> None:
    """A long question is a headline too, though it reads like the prose that ends a header."""
    question = "Is an oxygen bar in the city really selling fresh air to shoppers for three hundred rupees?"
    menu = [f"Section {n}" for n in range(15)]
    draft = run(extract_header, f"{question} - Daily News", *menu, question, question, PROSE)
    assert draft.meta.title == question
    assert body(draft) == [*menu, PROSE]


def test_headline_below_prose_in_the_page_furniture_is_found() -> None:
    """Menus hold prose-like lines too (a cookie notice, a teaser): the `<title>`'s repeat is looked for past them."""
    notice = "We use cookies to improve your experience on our site, and by browsing you agree to their use."
    menu = ["Home", notice, *(f"Section {n}" for n in range(15))]
    draft = run(extract_header, "Storm hits the coast | Daily News", *menu, "Storm hits the coast", PROSE)
    assert draft.meta.title == "Storm hits the coast"
    assert body(draft) == [*menu, PROSE]


def test_headline_with_its_comment_count_is_found_before_its_copies_below() -> None:
    """A headline set with its number of comments is the headline, without the count; a copy lower down is not."""
    title = "Another SCADA Attack in Iran - Slashdot"
    summary = "An anonymous reader writes that a nuclear scientist has reported a new attack on the plant's systems."
    draft = run(
        extract_header,
        title,
        "Stories",
        "Another SCADA Attack in Iran 253",
        summary,
        "Another SCADA Attack in Iran",
        PROSE,
    )
    assert draft.meta.title == "Another SCADA Attack in Iran"
    assert body(draft)[:2] == ["Stories", summary]


def test_a_known_headline_with_its_comment_count_is_placed_before_its_copies_below() -> None:
    """A headline the metadata named, set with its number of comments, is the one placed: not its copy below.

    The copy heads the comments; placed there, the headline would stand under the article's summary.
    """
    headline = "Another SCADA Attack in Iran"
    summary = "An anonymous reader writes that a nuclear scientist has reported a new attack on the plant's systems."

    def known_title(draft: Draft) -> None:
        draft.meta.title = headline

    lines = ["Stories", f"{headline} 253", summary, headline, PROSE]
    draft = Draft(raw="\n".join(lines), blocks=split_lines("\n".join(lines)))
    Pipeline([("known_title", known_title), ("extract_header", extract_header)]).run(draft)
    assert draft.meta.title == headline
    assert [placement.line for placement in draft.placed] == [2]
    assert body(draft) == ["Stories", summary, headline, PROSE]


@pytest.mark.parametrize(
    ("page_title", "headline"),
    [
        ("Rain - a wet week ahead | Daily News", "Rain – a wet week ahead"),  # another dash in the page
        ("Storm hits the coast | Daily News", "Storm hits the coast | Daily News"),  # repeated whole
    ],
)
def test_headline_repeats_the_page_title_loosely(page_title: str, headline: str) -> None:
    """The headline may repeat the whole `<title>`, or differ from it in punctuation only."""
    draft = run(extract_header, page_title, "Home", "World", headline, PROSE)
    assert draft.meta.title == headline
    assert body(draft) == ["Home", "World", PROSE]


@pytest.mark.parametrize("first", ["Daily News Online", "Storm hits the coast again"])
def test_page_title_without_a_separator_is_no_anchor(first: str) -> None:
    """A first line without a separator is no `<title>` to read the headline from.

    It names the site, or opens a body already cleaned that repeats it later: taken for a `<title>`, it would cut
    a cleaned article further when it is cleaned again.
    """
    draft = run(extract_header, first, "Home", first, PROSE)
    assert draft.meta.title is None
    assert body(draft) == [first, "Home", first, PROSE]


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Written by Philip Proefrock on 24/10/12", ()),  # its date unread: not taken, yet it marks the headline
        ("Posted by Olga Khazan on October 31, 2012 at 5:30 pm", ("Olga Khazan",)),
    ],
)
def test_a_page_title_without_a_separator_names_the_headline_above_a_byline(
    byline: str, authors: tuple[str, ...]
) -> None:
    """Regression: a blog's dump titled `Synthetic Fuel Made From Air and Water` alone kept no title.

    Where the first line's repeat stands just above a byline, the repeat is the headline and the first line its
    copy.
    """
    first = "Synthetic Fuel Made From Air and Water"
    draft = run(extract_header, first, "Home", "Contact", "Digg it", first, byline, PROSE)
    assert draft.meta.title == first
    assert tuple(draft.meta.authors) == authors
    assert reasons(draft) == ["duplicate_metadata"]


@pytest.mark.parametrize(
    "first",
    [
        "Daily Planet",  # a site's name of two words
        "Associated Press November 19, 2019, 9:02 AM",  # a date line
    ],
)
def test_a_first_line_too_short_or_dated_names_no_headline(first: str) -> None:
    """A first line of fewer than three words, or holding a date, is no bare `<title>`, whatever follows its repeat.

    Its repeat is still the line above the byline, the title as a dump without a `<title>` gives it; the first
    line is no copy of it.
    """
    draft = run(extract_header, first, "Home", first, "By Jane Doe", PROSE)
    assert body(draft) == [first, "Home", PROSE]


def test_a_first_line_the_page_repeats_at_every_turn_names_no_headline() -> None:
    """A share bar opening an extractor's output and standing above every teaser is no `<title>`."""
    bar = "Whatsapp Facebook Pint Baixar"
    draft = run(extract_header, bar, PROSE, bar, "By Jane Doe", PROSE, bar, PROSE, bar, PROSE)
    assert body(draft)[:2] == [bar, PROSE]


def test_page_title_repeat_is_preferred_to_the_line_before_the_byline() -> None:
    """Between headline and byline a dump often holds the standfirst; the headline is the line the `<title>` names."""
    draft = run(
        extract_header,
        "Storm hits the coast | Daily News",
        "Home",
        "Storm hits the coast",
        "Storm hits the coast",
        "Thousands lost power overnight",
        "By Jane Doe",
        PROSE,
    )
    assert draft.meta.title == "Storm hits the coast"
    assert body(draft) == ["Home", "Thousands lost power overnight", PROSE]
    assert reasons(draft) == ["duplicate_metadata", "duplicate_metadata"]


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("November 19, 2019 at 9:45 am", datetime(2019, 11, 19, 9, 45)),
        ("Nov 18, 2019 at 9:24 pm ET • 2 min read", datetime(2019, 11, 18, 21, 24, tzinfo=EST)),
        ("Nov. 19, 2019 8:03 am ET", datetime(2019, 11, 19, 8, 3, tzinfo=EST)),
        ("Wednesday 20 November 2019", date(2019, 11, 20)),
    ],
)
def test_bare_timestamp_under_the_headline_is_the_publication_time(line: str, published: date) -> None:
    """An unlabelled date line in the header (after the headline or byline) is when the story was published."""
    draft = run(extract_header, "Storm hits the coast - Daily News", "Menu", "Storm hits the coast", line, PROSE)
    assert draft.meta.published == published
    assert body(draft) == ["Menu", PROSE]


def test_bare_timestamp_after_a_byline_without_a_title() -> None:
    """Without a headline, a byline marks the header: a date line among the lines after it is the timestamp."""
    draft = run(extract_header, "By Jane Doe", "@janedoe", "Nov 18, 2019 at 9:24 pm ET", PROSE)
    assert draft.meta.published == datetime(2019, 11, 18, 21, 24, tzinfo=EST)
    assert body(draft) == ["@janedoe", PROSE]


@pytest.mark.parametrize(
    "lines",
    [
        ["A heading-like first line", "July 24, 2012", PROSE],  # no headline or byline: nothing marks a header
        ["Storm hits the coast - Daily News", "Storm hits the coast", PROSE, "July 24, 2012", PROSE],  # after prose
        ["By Jane Doe", "July 24, 2012 by John Roe", PROSE],  # holds another byline
        ["By Jane Doe", "Storms on July 24, 2012 closed schools", PROSE],  # a sentence with a date
    ],
)
def test_date_lines_outside_the_header_stay_in_the_body(lines: list[str]) -> None:
    """A date line is only read as the timestamp where a header marks it; elsewhere (a diary entry) it is body."""
    draft = run(extract_header, *lines)
    assert draft.meta.published is None
    assert next(line for line in lines if "July" in line) in body(draft)


def test_bare_timestamp_repeating_a_known_date_is_a_duplicate() -> None:
    """A date line in the header after the date is known is recorded as duplicate metadata."""
    draft = run(extract_header, "By Jane Doe", "Published March 2, 2017", "March 2, 2017", PROSE)
    assert draft.meta.published == date(2017, 3, 2)
    assert body(draft) == [PROSE]
    assert reasons(draft) == ["duplicate_metadata"]


_MENU = ["Home", "World", "Politics", "Sports"]
_STORY = [
    f"Sentence number {n} of the article about the bridge, which the council approved on Monday after a long debate."
    for n in range(12)
]


def _cut_menu(draft: Draft) -> None:
    """A classifier's verdict, made here so that the test does not depend on the shipped model: the menu goes."""
    draft.scorings += 1
    for block in [block for block in draft.blocks if block.text in _MENU]:
        draft.drop(block, DropReason.NOT_ARTICLE_TEXT)


def test_a_date_line_opening_the_judged_body_is_its_date() -> None:
    """Once the classifier has cut the menu, a date line before the first paragraph is the published time."""
    pipeline = DEFAULT_PIPELINE.replace("classify_lines", _cut_menu)
    article = clean_article("\n".join([*_MENU, "Nov. 19, 2019 8:03 am ET", *_STORY]), pipeline=pipeline)
    assert article.published == datetime(2019, 11, 19, 8, 3, tzinfo=EST)
    assert article.text.startswith(_STORY[0])
    assert "read_opening_stamp" in DEFAULT_PIPELINE.names[DEFAULT_PIPELINE.names.index("classify_lines") :]


def _judged(*lines: str) -> Draft:
    """A draft of `lines` as the classifier leaves a page it judged, with `read_opening_stamp` run on it."""

    def judged_then_read(draft: Draft) -> None:
        draft.scorings = 1
        read_opening_stamp(draft)

    return run(judged_then_read, *lines)


def test_dates_in_a_row_open_a_list_and_stay() -> None:
    """Two date lines in a row are a list of dates (a diary, a schedule), not the post's date."""
    draft = _judged("November 19, 2019", "November 20, 2019", *_STORY)
    assert draft.meta.published is None
    assert body(draft)[0] == "November 19, 2019"


def test_a_date_line_after_prose_stays() -> None:
    """A date line below the first paragraph of prose is the body's."""
    draft = _judged(_STORY[0], "November 19, 2019", *_STORY[1:])
    assert draft.meta.published is None
    assert "November 19, 2019" in body(draft)


def test_an_unjudged_page_keeps_its_opening_date() -> None:
    """Where the classifier did not judge the page (a short text, an extractor's output) the stage reads nothing."""
    draft = run(read_opening_stamp, "November 19, 2019", *_STORY)
    assert draft.meta.published is None
    assert body(draft)[0] == "November 19, 2019"


def _headlined(*lines: str, headline: str, judged: bool = True) -> Draft:
    """A draft of `lines` whose `headline` was placed as the title, with `drop_above_headline` run on it."""

    def placed_then_dropped(draft: Draft) -> None:
        draft.scorings = int(judged)
        draft.place(next(block for block in draft.blocks if block.text == headline), "title")
        draft.sweep()
        drop_above_headline(draft)

    return run(placed_then_dropped, *lines)


def test_short_lines_above_the_headline_are_the_page_s() -> None:
    """Teasers and links above the placed headline go; a date line there is the post's date."""
    teasers = ["‘스탠딩 업’, 고루했던 KBS 예능국의 아..", "Home | World"]
    draft = _headlined(*teasers, "Tuesday, November 06, 2012", "The headline", *_STORY[:2], headline="The headline")
    assert body(draft) == _STORY[:2]
    assert [(record.text, record.reason.value) for record in draft.dropped] == [
        (text, "not_article_text") for text in teasers
    ]
    assert draft.meta.published == date(2012, 11, 6)


def test_teasers_with_summaries_above_the_headline_are_the_page_s() -> None:
    """A teaser set as its headline and summary on one line reads like prose, and goes above the headline too."""
    teasers = [
        "Customers Leave Without Paying $690 Bill At Troy Steakhouse A party of six left Ruth's Chris Steakhouse "
        "in Troy without paying their bill after a fight in the restaurant.",
        "Tape Gaffe Ends Hamlin's Title Run Denny Hamlin's championship run was foiled by the tale of the tape.",
    ]
    draft = _headlined(*teasers, "The headline", *_STORY[:2], headline="The headline")
    assert body(draft) == _STORY[:2]
    assert [record.reason.value for record in draft.dropped] == ["not_article_text"] * 2


def test_prose_stays_above_a_headline_read_above_a_byline() -> None:
    """A heading read as the headline because a byline follows may be a section's: the introduction above stays."""
    intro = "The candidates gathered in Houston on Thursday, and the team checked what they said all night long."
    section = ["Reality Check: Trump on American taxes", "By Kate Grise and Tami Luhby, CNN", *_STORY[:2]]

    def judged(draft: Draft) -> None:
        extract_header(draft)
        draft.sweep()
        draft.scorings = 1
        drop_above_headline(draft)

    draft = run(judged, intro, "Menu", *section)
    assert draft.meta.title == section[0]
    assert draft.headline_by_byline
    assert body(draft) == [intro, *_STORY[:2]]


@pytest.mark.parametrize(
    ("lines", "judged"),
    [
        (("Home | World", "The headline", "Short line."), True),  # no prose under the headline
        (("Home | World", "The headline", _STORY[1]), False),  # a page the classifier did not judge
    ],
)
def test_what_stays_above_the_headline(lines: tuple[str, ...], judged: bool) -> None:
    """Nothing is dropped above a headline without prose under it, or on a page the classifier did not judge."""
    draft = _headlined(*lines, headline="The headline", judged=judged)
    assert body(draft) == [line for line in lines if line != "The headline"]
