"""explain(): every piece of the input, with what became of it."""

from __future__ import annotations

from article_clean import clean_article
from article_clean.explain import explain


def test_every_nonblank_line_of_a_text_input_is_accounted_for(seed_raw: str) -> None:
    """Every nonblank line of a text input is accounted for."""
    entries = explain(seed_raw)
    lines = {number for number, line in enumerate(seed_raw.splitlines(), start=1) if line.strip()}
    assert lines <= {entry.line for entry in entries}


def test_kept_entries_are_the_body_and_dropped_ones_the_audit_trail(seed_raw: str) -> None:
    """Kept entries are the body and dropped ones the audit trail."""
    entries = explain(seed_raw)
    article = clean_article(seed_raw)
    assert [e.text for e in entries if e.verdict == "kept"] == [p.text for p in article.paragraphs]
    dropped = [(e.stage, e.reason, e.text) for e in entries if e.verdict == "dropped"]
    assert sorted(dropped, key=str) == sorted(((d.filter, d.reason, d.text) for d in article.dropped), key=str)


def test_placed_entries_name_their_field_and_stage(seed_raw: str) -> None:
    """Placed entries name their field and stage."""
    placed = {(e.field, e.stage) for e in explain(seed_raw) if e.verdict == "placed"}
    assert ("title", "extract_header") in placed
    assert ("galleries", "extract_galleries") in placed


def test_entries_are_in_source_order(seed_raw: str) -> None:
    """Entries are in source order."""
    numbers = [entry.line for entry in explain(seed_raw) if entry.line is not None]
    assert numbers == sorted(numbers)


def test_html_input_is_explained_by_element() -> None:
    """Html input is explained by element."""
    page = "<html><body><nav><a href='/'>Home</a></nav><article><p>Body text of the story.</p></article></body></html>"
    verdicts = {(entry.verdict, entry.text) for entry in explain(page)}
    assert ("kept", "Body text of the story.") in verdicts
    assert any(verdict == "dropped" and "Home" in text for verdict, text in verdicts)
