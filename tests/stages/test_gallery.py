"""Galleries are read from counters, with captions deduplicated and labels, credits and links kept as data."""

from __future__ import annotations

import pytest

from article_clean import CleanConfig, Pipeline
from article_clean.document import Link
from article_clean.draft import Block, Draft
from article_clean.stages.flat import split_flat_galleries, split_flat_gallery
from article_clean.stages.gallery import extract_galleries
from article_clean.stages.inline import decode_inline_markup
from tests.helpers import body, reasons, run

BEFORE = "The minister said on Monday that the talks would resume next week in Geneva."
THIRD = ("Photos: Candidates", "3 of 3")
AFTER = "Officials said the city had been retaken after heavy clashes on Wednesday."


def _gallery(*lines: str) -> list[str]:
    return [BEFORE, *lines, AFTER]


def test_counted_items_with_title_and_controls() -> None:
    """Each item is bounded by its counter; titles and controls are dropped once the title is read."""
    draft = run(
        extract_galleries,
        *_gallery(
            "Photos: Fireworks",
            "Rio lights up.",
            "Hide Caption",
            "1 of 2",
            "Photos: Fireworks",
            "Paris too.",
            "Hide Caption",
            "2 of 2",
        ),
    )
    (gallery,) = draft.galleries
    assert gallery.title == "Fireworks"
    assert [(item.index, item.total, item.caption) for item in gallery.items] == [
        (1, 2, "Rio lights up."),
        (2, 2, "Paris too."),
    ]
    assert body(draft) == [BEFORE, AFTER]
    assert reasons(draft).count("gallery_control") == 2
    assert reasons(draft).count("repeated_gallery_title") == 1


@pytest.mark.parametrize(
    "lines",
    [
        ("Photos: Candidates", "Hide Caption", "1 of 3", "Photos: Candidates", "Hide Caption", "2 of 3", *THIRD),
        ("Hide Caption", "1 of 2", "Photos: Hurricanes", "2 of 2"),
    ],
    ids=["title-and-controls", "title-only"],
)
def test_items_without_captions_are_still_a_gallery(lines: tuple[str, ...]) -> None:
    """Items that show only the gallery's title and controls between counters are a gallery without captions.

    Its lines leave the body, none of them as a caption.
    """
    draft = run(extract_galleries, *_gallery(*lines))
    (gallery,) = draft.galleries
    assert [(item.index, item.caption) for item in gallery.items] == [(i, "") for i in range(1, len(gallery.items) + 1)]
    assert len(gallery.items) == int(lines[-1].split()[-1])
    assert body(draft) == [BEFORE, AFTER]


def test_first_item_does_not_take_the_paragraph_before_it() -> None:
    """The first item takes as many captions as later items have, so the body paragraph before it stays."""
    draft = run(extract_galleries, *_gallery("One caption.", "1 of 2", "Two caption.", "2 of 2"))
    assert [item.caption for item in draft.galleries[0].items] == ["One caption.", "Two caption."]
    assert body(draft) == [BEFORE, AFTER]


def test_escaped_and_rendered_captions_become_one_item() -> None:
    """The copy that carried markup is kept, with its label and link; the rendered copy is a duplicate."""
    escaped = "&lt;b&gt;Before:&lt;/b&gt; The temple, a &lt;a href=&quot;http://x.org&quot;&gt;site&lt;/a&gt;."
    draft = run(
        decode_inline_markup,
        *_gallery(
            escaped,
            "Photos: T",
            "Before: The temple, a site.",
            "Hide Caption",
            "1 of 2",
            "After: Ruins.",
            "Photos: T",
            "After: Ruins.",
            "Hide Caption",
            "2 of 2",
        ),
    )
    from article_clean import Pipeline

    Pipeline([("extract_galleries", extract_galleries)]).run(draft)
    first, second = draft.galleries[0].items
    assert (first.label, first.caption, [link.href for link in first.links]) == (
        "Before",
        "The temple, a site.",
        ["http://x.org"],
    )
    assert (second.label, second.caption) == (None, "After: Ruins.")
    assert reasons(draft).count("duplicate_caption") == 2
    assert body(draft) == [BEFORE, AFTER]


def test_credit_is_split_from_the_caption() -> None:
    """A trailing photo credit becomes the item's credit."""
    draft = run(
        extract_galleries, "A protest in Paris. (AP Photo/Jane Doe)", "1 of 2", "Crowds. Photo: Getty Images", "2 of 2"
    )
    items = draft.galleries[0].items
    assert [(item.caption, item.credit) for item in items] == [
        ("A protest in Paris.", "AP Photo/Jane Doe"),
        ("Crowds.", "Getty Images"),
    ]


def test_thumbnail_strip_after_a_complete_gallery() -> None:
    """The numbered thumbnail labels after the last item are dropped."""
    draft = run(
        extract_galleries, "One.", "1 of 3", "Two.", "2 of 3", "Three.", "3 of 3", "01 ruins02 ruins03 ruins", AFTER
    )
    assert reasons(draft) == ["gallery_thumbnails"]
    assert body(draft) == [AFTER]


@pytest.mark.parametrize(
    "lines",
    [
        ("Part one of the story.", "1 of 2", AFTER),
        ("Chapter one.", "1 of 2", *(f"Paragraph {n} of the chapter." for n in range(10)), "2 of 2"),
        ("One.", "1 of 3", "Two.", "3 of 3"),
    ],
    ids=["lone-counter", "long-sections", "skipped-index"],
)
def test_counters_that_are_not_a_gallery(lines: tuple[str, ...]) -> None:
    """A lone counter, counters far apart, or counters out of sequence are not a gallery."""
    draft = run(extract_galleries, *lines)
    assert sum(len(gallery.items) for gallery in draft.galleries) <= 1
    assert all(len(gallery.items) == 1 for gallery in draft.galleries) or not draft.galleries


def test_split_flat_gallery_finds_a_shared_title() -> None:
    """Without a doubled title, the title is the start every item shares."""
    lines = split_flat_gallery(
        "Photos: New Year around the world People celebrate. Hide Caption 1 of 2 "
        "Photos: New Year around the world Fireworks explode. Hide Caption 2 of 2"
    )
    assert lines == [
        "Photos: New Year around the world",
        "People celebrate.",
        "Hide Caption",
        "1 of 2",
        "Photos: New Year around the world",
        "Fireworks explode.",
        "Hide Caption",
        "2 of 2",
    ]


def test_flat_gallery_end_to_end() -> None:
    """A flattened gallery is split and read like the line layout."""
    flat = "Photos: T Photos: T Rio lights up. Hide Caption 1 of 2 Photos: T Paris too. Hide Caption 2 of 2"
    draft = run(split_flat_galleries, BEFORE, flat, AFTER)
    from article_clean import Pipeline

    Pipeline([("extract_galleries", extract_galleries)]).run(draft)
    assert [item.caption for item in draft.galleries[0].items] == ["Rio lights up.", "Paris too."]
    assert body(draft) == [BEFORE, AFTER]


def test_flat_gallery_joined_to_the_text_around_it() -> None:
    """A page joined onto one line: the text before the first "Photos:" and after the last counter stays body."""
    flat = "Photos: T Photos: T Rio lights up. Hide Caption 1 of 2 Photos: T Paris too. Hide Caption 2 of 2"
    draft = run(split_flat_galleries, f"{BEFORE} {flat} {AFTER}")
    from article_clean import Pipeline

    Pipeline([("extract_galleries", extract_galleries)]).run(draft)
    gallery = draft.galleries[0]
    assert (gallery.title, [item.caption for item in gallery.items]) == ("T", ["Rio lights up.", "Paris too."])
    assert body(draft) == [BEFORE, AFTER]


def test_linked_block_holding_a_flat_gallery_is_split_and_keeps_its_links() -> None:
    """Each link goes with the piece that holds its text; the block is cut as its text alone would be."""
    flat = "Photos: T Photos: T Rio lights up. Hide Caption 1 of 2 Photos: T Paris too. Hide Caption 2 of 2"
    draft = Draft(
        raw=flat, config=CleanConfig(), blocks=[Block(text=flat, line=1, links=(Link(text="Paris", href="/p"),))]
    )
    Pipeline([("split_flat_galleries", split_flat_galleries)]).run(draft)
    assert [block.text for block in draft.blocks] == split_flat_gallery(flat)
    assert [block.links for block in draft.blocks if block.links] == [(Link(text="Paris", href="/p"),)]
    assert "Paris" in next(block.text for block in draft.blocks if block.links)


def test_line_that_is_only_a_counter_is_not_split() -> None:
    """A line that is only "Hide Caption 3 of 8" is already in line form."""
    assert split_flat_gallery("Hide Caption 3 of 8") is None
    assert split_flat_gallery(BEFORE) is None


@pytest.mark.parametrize(
    ("flat", "lines"),
    [
        (
            "Photos: Apple pie. Hide Caption 1 of 2 Photos: Apricot tart. Hide Caption 2 of 2",
            ["Photos: Apple pie.", "Hide Caption", "1 of 2", "Photos: Apricot tart.", "Hide Caption", "2 of 2"],
        ),
        (
            "In pictures: Fire In pictures: Fire Rio. HIDE CAPTION 1 of 2 In pictures: Fire Paris. HIDE CAPTION 2 of 2",
            [
                "In pictures: Fire",
                "In pictures: Fire",
                "Rio.",
                "HIDE CAPTION",
                "1 of 2",
                "In pictures: Fire",
                "Paris.",
                "HIDE CAPTION",
                "2 of 2",
            ],
        ),
    ],
)
def test_split_flat_gallery_keeps_the_text_as_written(flat: str, lines: list[str]) -> None:
    """Pieces are cut from the input, never rewritten, and a shared start is a title only up to a whole word."""
    assert split_flat_gallery(flat) == lines


def test_prose_that_says_hide_caption_is_not_split() -> None:
    """The control is a capitalised label; a sentence that says "hide caption" is prose."""
    assert split_flat_gallery("Users can hide caption 1 of 2 in the app, he said, and show it again later.") is None


def test_a_digit_run_too_long_for_a_number_after_a_gallery_raises_nothing() -> None:
    """A line of 5,000 digits after a complete gallery (more than `int` reads from a string) is no thumbnail strip."""
    digits = "0" + "9" * 5000
    draft = run(extract_galleries, "One.", "1 of 2", "Two.", "2 of 2", f"01 ruins{digits} ruins", AFTER)
    assert body(draft) == [f"01 ruins{digits} ruins", AFTER]


PAGED_CAPTIONS = (
    "Romney boards his campaign plane in Bedford, Massachusetts.",
    "Obama gets emotional at his final rally in Des Moines. (AP Photo/Jane Doe)",
    "A young supporter listens to Obama in Des Moines.",
)


@pytest.mark.parametrize(
    "middle",
    [
        # captions, titles, control, pager, the gallery's name (CNN, 2012)
        [*PAGED_CAPTIONS, *["From the trail"] * 3, "HIDE CAPTION", "1", "2", "3", "Photos: From the trail"],
        # captions, control, titles, pager
        [*PAGED_CAPTIONS, "HIDE CAPTION", *["From the trail"] * 3, "1", "2", "3"],
    ],
)
def test_a_gallery_ending_in_its_pager(middle: list[str]) -> None:
    """The pager's page count says how many captions and titles come before it, so the items are read by place."""
    draft = run(extract_galleries, *_gallery(*middle))
    assert body(draft) == [BEFORE, AFTER]
    (gallery,) = draft.galleries
    assert gallery.title == "From the trail"
    assert [(item.index, item.total, item.caption) for item in gallery.items] == [
        (1, 3, PAGED_CAPTIONS[0]),
        (2, 3, "Obama gets emotional at his final rally in Des Moines."),
        (3, 3, PAGED_CAPTIONS[2]),
    ]
    assert gallery.items[1].credit == "AP Photo/Jane Doe"
    assert set(reasons(draft)) == {"repeated_gallery_title", "gallery_control"}


@pytest.mark.parametrize(
    "middle",
    [
        # the same line before the control as the captions: no titles, so no layout
        [*PAGED_CAPTIONS, *PAGED_CAPTIONS, "HIDE CAPTION", "1", "2", "3"],
        # a pager shorter than the items: the count does not fit
        [*PAGED_CAPTIONS, *["From the trail"] * 3, "HIDE CAPTION", "1", "2"],
        # a numbered list after a lone control
        ["HIDE CAPTION", "1", "2", "3"],
    ],
)
def test_lines_that_only_look_paged_stay(middle: list[str]) -> None:
    """Without N captions and N titles that fit the pager's count, nothing is read as a paged gallery."""
    draft = run(extract_galleries, *_gallery(*middle))
    assert not draft.galleries
    assert BEFORE in body(draft)
    assert PAGED_CAPTIONS[0] in body(draft) or PAGED_CAPTIONS[0] not in middle
