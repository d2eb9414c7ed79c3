"""Lines that end with a photo credit are captions: they leave the body for a gallery of the page's captions."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from article_clean import patterns
from article_clean.stages.captions import extract_captions, split_caption_credit
from tests.helpers import body, reasons, run

PROSE = "The minister said on Monday that the talks would resume next week in Geneva."


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        (
            "Rangers forward Ryan Strome skates in Buffalo, N.Y. (AP Photo/Jeffrey T. Barnes)",
            "Rangers forward Ryan Strome skates in Buffalo, N.Y.",
            "AP Photo/Jeffrey T. Barnes",
        ),
        (
            "Traders work on the floor of the New York Stock Exchange. REUTERS/Brendan McDermid",
            "Traders work on the floor of the New York Stock Exchange.",
            "REUTERS/Brendan McDermid",
        ),
        (
            "Rep. Ilhan Omar speaks at the Capitol on July 25, 2019. J. Scott Applewhite / AP file",
            "Rep. Ilhan Omar speaks at the Capitol on July 25, 2019. J. Scott Applewhite",
            "AP file",
        ),
        (
            "Beijing Chaoyang Hospital, where patients sought treatment Credit: EPA",
            "Beijing Chaoyang Hospital, where patients sought treatment",
            "EPA",
        ),
        ("The plague wiped out half of Europe (Image: GETTY)", "The plague wiped out half of Europe", "Image: GETTY"),
        ("A sex offender registry photo via AP", "A sex offender registry photo", "AP"),
        (
            "Trump asked voters for a big win. He didn’t get it.Credit...Doug Mills/The New York Times",
            "Trump asked voters for a big win. He didn’t get it.",
            "Doug Mills/The New York Times",
        ),
        ("A crowd in Lafayette. Credit… Erin Schaff", "A crowd in Lafayette.", "Erin Schaff"),
        (
            "The WeWork logo is displayed outside of a co-working space in New York.Reuters",
            "The WeWork logo is displayed outside of a co-working space in New York.",
            "Reuters",
        ),
        ("A stock image of a woman holding a joint. Getty", "A stock image of a woman holding a joint.", "Getty"),
        ("Photograph: Tim Robberts/Getty Images", "", "Tim Robberts/Getty Images"),
    ],
)
def test_caption_and_credit(line: str, caption: str, credit: str) -> None:
    """The credit is cut off the end of the caption, in the forms agencies and publishers use."""
    assert split_caption_credit(line) == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        "He said the talks (which began in May) would go on.",
        "The dog (pictured) was found on Tuesday",
        "The minister thanked Reuters.",
        "It was a photo: a man in a boat.",
        "He gave credit: none at all",
        "He gave no credit... none at all",
        "The shares fell after the report by Reuters",
        "The company was bought by Getty",
        "He thanked the AP.",
        "The agency said profits rose (AP Photo/Jane Doe) " + "and then the story went on " * 20,
        "Voters were polled by Reuters/Ipsos",
        "Slideshow of the storm (4 Images)",
        "Photos: Syria's ancient city of Palmyra",
    ],
)
def test_sentences_are_not_captions(line: str) -> None:
    """An aside in parentheses, a lower-case label or an agency named in a sentence is no credit."""
    assert split_caption_credit(line) is None


def test_captions_become_a_gallery_and_bare_credits_are_dropped() -> None:
    """Captions leave the body as gallery items with their credits; a repeated caption is one item."""
    caption = "Firefighters work near a burning house in Wilson, N.Y. (AP Photo/David Duprey)"
    draft = run(extract_captions, PROSE, caption, PROSE, "Photo: Getty Images", caption, PROSE)
    assert body(draft) == [PROSE, PROSE, PROSE]
    assert reasons(draft) == ["photo_credit"]
    (gallery,) = draft.galleries
    assert [(item.index, item.total, item.caption, item.credit) for item in gallery.items] == [
        (1, 1, "Firefighters work near a burning house in Wilson, N.Y.", "AP Photo/David Duprey")
    ]


_BARE_CREDITS = [
    "Getty Images",
    "Getty",
    "AFP/Getty Images",
    "Shutterstock",
    "AP Photo/Carolyn Kaster",
    "Alex Wong | Getty Images",
    "Stanley Chou/Getty Images",
    "Carolyn Kaster / AP",
    "Jonathan P. Blair Submitted photo",
]
#: A wire service alone names the story's source, a byline its writer; a sentence may name an agency.
_NO_CREDITS = [
    "Reuters",
    "AP",
    "Associated Press",
    "By Hilary Russ, Reuters",
    "By Jane Doe/AP",
    "Getty Images bought the archive in 2019.",
]


@pytest.mark.parametrize(
    ("line", "credit"), [(line, True) for line in _BARE_CREDITS] + [(line, False) for line in _NO_CREDITS]
)
def test_a_bare_credit_line_is_dropped(line: str, credit: bool) -> None:
    """A line that is nothing but a photo credit, an agency's or a photographer's with one, leaves the body."""
    draft = run(extract_captions, PROSE, line, PROSE)
    assert body(draft) == ([PROSE, PROSE] if credit else [PROSE, line, PROSE])
    assert reasons(draft) == (["photo_credit"] if credit else [])


def test_a_photo_essay_keeps_its_captions() -> None:
    """When the captions outweigh the rest of the body, they are the article."""
    captions = [
        f"Visitors pose with painting number {n} at the exhibition in Hangzhou (Getty Images)" for n in range(3)
    ]
    draft = run(extract_captions, "Interactive art show", *captions)
    assert body(draft) == ["Interactive art show", *captions]
    assert draft.galleries == []


_FILL = st.text(alphabet=st.sampled_from(list("abcAP ./|()")), max_size=130)
_INNER = st.text(alphabet=st.sampled_from(list("abcAP ")), min_size=40, max_size=125)
_CREDITS = st.one_of(
    st.builds("(Photo {}){}".format, _INNER, st.sampled_from(["", ".", " "])),
    st.builds("Image copyright:    {}".format, _INNER),
    st.builds("REUTERS/{}/File Photo".format, _INNER),
    st.builds("{} /    Getty Images Photo".format, _FILL),
    st.builds("via    {}".format, st.sampled_from(["AP", "AFP file", "Getty Images"])),
)
_CREDIT_TEXT = st.builds("{}{}{}".format, _FILL, _CREDITS, st.sampled_from(["", " ", "x"]))


@given(_CREDIT_TEXT)
def test_credit_found_from_the_reach_is_the_credit_of_the_whole_line(text: str) -> None:
    """Searching a line's last `CAPTION_CREDIT_REACH` characters finds exactly what searching all of it finds."""
    whole = patterns.CAPTION_CREDIT.search(text)
    tail = patterns.CAPTION_CREDIT.search(text, max(0, len(text) - patterns.CAPTION_CREDIT_REACH))
    assert (whole and whole.span()) == (tail and tail.span())
