"""Story highlights leave the body for Article.highlights; the lede after them stays."""

from __future__ import annotations

from article_clean.stages.highlights import extract_highlights
from tests.helpers import body, reasons, run

LEDE = "President Barack Obama announced Thursday that the United States has canceled joint exercises."


def test_marked_bullets() -> None:
    """Bullets under the heading become highlights; the heading is dropped as a section label."""
    draft = run(extract_highlights, "Story highlights", "  • First point", "  • Second point", LEDE)
    assert draft.highlights == ["First point", "Second point"]
    assert body(draft) == [LEDE]
    assert reasons(draft) == ["section_label"]


def test_glued_heading_and_bare_bullets() -> None:
    """The newspaper3k layout: the first bullet glued to the heading, the rest bare, then the lede."""
    draft = run(
        extract_highlights,
        "Story highlights Obama cancels military exercises with Egypt",
        "U.S. law restricts aid in instances of military coup",
        LEDE,
    )
    assert draft.highlights == [
        "Obama cancels military exercises with Egypt",
        "U.S. law restricts aid in instances of military coup",
    ]
    assert body(draft) == [LEDE]
    assert draft.dropped[0].text == "Story highlights"


def test_lone_heading_is_kept() -> None:
    """A "Highlights" line with no bullets under it is ordinary text."""
    draft = run(extract_highlights, "Highlights", LEDE)
    assert body(draft) == ["Highlights", LEDE]
    assert draft.highlights == []


def test_marked_bullets_stop_at_unmarked_line() -> None:
    """Once bullets are marked, the first unmarked line ends the list."""
    draft = run(extract_highlights, "Key points", "• One", "Not a bullet line", LEDE)
    assert draft.highlights == ["One"]
    assert body(draft) == ["Not a bullet line", LEDE]


def test_lone_story_highlights_is_dropped() -> None:
    """The "Story highlights" heading is never ordinary text, so it goes even with no bullets under it."""
    draft = run(extract_highlights, "Story highlights", LEDE)
    assert body(draft) == [LEDE]
    assert reasons(draft) == ["section_label"]


def test_heading_glued_to_the_whole_story_is_only_a_label() -> None:
    """A page joined onto one line: the heading is dropped, the story stays in the body, nothing is a highlight."""
    story = f"Obama cancels military exercises with Egypt U.S. law restricts aid {LEDE} " + " ".join([LEDE] * 3)
    draft = run(extract_highlights, f"Story highlights {story}")
    assert draft.highlights == []
    assert body(draft) == [story]
    assert [(record.reason.value, record.text) for record in draft.dropped] == [("section_label", "Story highlights")]
