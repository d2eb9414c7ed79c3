"""Only long repeated prose paragraphs and body copies of captions are dropped."""

from __future__ import annotations

from article_clean import Gallery, GalleryItem, Pipeline
from article_clean.document import Link
from article_clean.stages.dedupe import drop_caption_copies, drop_repeated_paragraphs
from tests.helpers import body, reasons, run

LONG = " ".join(["word"] * 24) + " ends here."


def test_long_repeat_is_dropped() -> None:
    """A repeated long prose paragraph is a scraping artifact."""
    draft = run(drop_repeated_paragraphs, LONG, "Other.", LONG)
    assert body(draft) == [LONG, "Other."]
    assert reasons(draft) == ["duplicate_paragraph"]


def test_short_and_list_like_repeats_are_kept() -> None:
    """Lines that repeat on purpose (meal plans, verdicts) stay."""
    lines = ["Verdict: False", "Eat 1–2 hours after your workout", "Verdict: False", "Eat 1–2 hours after your workout"]
    assert body(run(drop_repeated_paragraphs, *lines)) == lines


def test_body_copy_of_a_caption_is_dropped() -> None:
    """A caption repeated in the flow of the page is not body text."""
    draft = run(lambda d: None, "Debris from the airliner is seen on November 1.", "Other.")
    draft.galleries.append(
        Gallery(items=(GalleryItem(index=1, caption="Debris from the airliner is seen on November 1."),))
    )
    Pipeline([("drop_caption_copies", drop_caption_copies)]).run(draft)
    assert body(draft) == ["Other."]
    assert reasons(draft) == ["duplicate_caption"]


def test_the_copy_with_links_is_kept() -> None:
    """Of two copies, the one whose markup carried a link stays, wherever it stands."""
    draft = run(lambda d: None, LONG, "Other.", LONG)
    draft.blocks[2].links = (Link(text="word", href="https://example.com/"),)
    Pipeline([("drop_repeated_paragraphs", drop_repeated_paragraphs)]).run(draft)
    assert body(draft) == ["Other.", LONG]
    assert draft.blocks[1].links


def test_body_copy_with_label_or_credit_is_a_caption_copy() -> None:
    """The copy in the flow may still carry the label and credit the gallery item split off."""
    draft = run(
        lambda d: None, "Before: The temple of Bel (AP Photo/Evan Vucci)", "The temple of Bel (AP Photo)", "Other."
    )
    draft.galleries.append(Gallery(items=(GalleryItem(index=1, caption="The temple of Bel", label="Before"),)))
    Pipeline([("drop_caption_copies", drop_caption_copies)]).run(draft)
    assert body(draft) == ["Other."]
