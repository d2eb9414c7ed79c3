"""Invariants that hold for every input: the library's contract, checked on random documents."""

from __future__ import annotations

import unicodedata

import pytest
import regex
from hypothesis import assume, given
from hypothesis import strategies as st

from article_clean import DEFAULT_PIPELINE, Article, CleanConfig, Draft, clean_article, patterns
from article_clean.residue import unescape_html
from article_clean.stages.normalize import clean_text, repair_encoding
from article_clean.stages.parse import looks_like_html
from tests.strategies import adversarial_bytes, adversarial_text, articles, broken_html, html_documents, messy_text

_WORD = regex.compile(r"\w+")
any_input = st.one_of(st.text(), messy_text(), html_documents(), broken_html())


def _strings(article: Article) -> list[str]:
    """Every text the document holds, the audit trail excepted."""
    texts = [p.text for p in article.paragraphs] + list(article.highlights) + list(article.authors)
    texts += [t for t in (article.title, article.kicker, article.publisher, article.dateline) if t]
    texts += [video.title for video in article.videos]
    for gallery in article.galleries:
        texts += [gallery.title] if gallery.title else []
        for item in gallery.items:
            texts += [item.caption, *(t for t in (item.label, item.credit) if t)]
            texts += [link.text for link in item.links]
    return texts


@given(st.text())
def test_any_text_yields_an_article(raw: str) -> None:
    """clean_article never raises on a str."""
    assert isinstance(clean_article(raw), Article)


@given(st.binary())
def test_any_bytes_yield_an_article(raw: bytes) -> None:
    """clean_article never raises on bytes, and says which encoding it used."""
    assert clean_article(raw).source.encoding


@given(any_input)
def test_clean_is_idempotent(raw: str) -> None:
    """Cleaning the body text of a cleaned article changes nothing."""
    text = clean_article(raw).text
    assert clean_article(text).text == text


@pytest.mark.timeout(600)  # each example runs the line classifier, several rounds, twice
@given(messy_text(min_lines=12, max_lines=60))
def test_clean_is_idempotent_on_whole_pages(raw: str) -> None:
    """Pages long enough for the line classifier: its fixed point keeps a second cleaning from dropping more."""
    text = clean_article(raw).text
    assert clean_article(text).text == text


@given(any_input)
def test_no_entity_tag_or_control_left(raw: str) -> None:
    """No output string holds a character reference, a tag, a control character or non-NFC text."""
    for text in _strings(clean_article(raw)):
        assert unescape_html(text) == text
        assert not patterns.TAG.search(text)
        assert not patterns.INVISIBLE.search(text)
        assert unicodedata.is_normalized("NFC", text)


@given(any_input)
def test_paragraphs_are_trimmed_and_non_empty(raw: str) -> None:
    """Every paragraph has text, with no white space at either end and no run of white space inside."""
    for paragraph in clean_article(raw).paragraphs:
        assert paragraph.text
        assert clean_text(paragraph.text) == paragraph.text


@given(st.one_of(st.text(), messy_text()))
def test_output_words_come_from_the_input(raw: str) -> None:
    """Every word of the body and the captions is a word of the input once its lines are decoded (and repaired)."""
    lines = [form for line in raw.splitlines() for form in (line, repair_encoding(line))]
    known = {word for line in lines for word in _WORD.findall(clean_text(line).casefold())}
    article = clean_article(raw)
    for text in _strings(article):
        assert set(_WORD.findall(text.casefold())) <= known


@given(any_input)
def test_captions_never_in_body(raw: str) -> None:
    """No body paragraph repeats a gallery caption."""
    article = clean_article(raw)
    captions = {item.caption.casefold() for gallery in article.galleries for item in gallery.items}
    assert not {p.text.casefold() for p in article.paragraphs} & captions


@given(any_input)
def test_gallery_items_unique_and_ordered(raw: str) -> None:
    """Within a gallery, item indices strictly increase, so no item appears twice."""
    for gallery in clean_article(raw).galleries:
        indices = [item.index for item in gallery.items]
        assert indices == sorted(set(indices))


@given(any_input)
def test_deterministic(raw: str) -> None:
    """The same input always gives the same document."""
    assert clean_article(raw) == clean_article(raw)


@given(any_input)
def test_cleaned_article_json_round_trip(raw: str) -> None:
    """A cleaned article survives JSON serialisation unchanged."""
    article = clean_article(raw)
    assert Article.model_validate_json(article.model_dump_json()) == article


@given(articles())
def test_any_article_json_round_trip(article: Article) -> None:
    """Any valid article survives JSON serialisation unchanged."""
    assert Article.model_validate_json(article.model_dump_json()) == article


@given(st.one_of(st.text(), messy_text()))
def test_every_line_is_accounted_for(raw: str) -> None:
    """Each line of scraped text ends in the body, in a field of the document, or in the audit trail."""
    assume(not looks_like_html(raw))
    draft = Draft(raw=raw, config=CleanConfig())
    DEFAULT_PIPELINE.run(draft)
    accounted = {b.line for b in draft.blocks} | {p.line for p in draft.placed} | {d.line for d in draft.dropped}
    for number, line in enumerate(raw.splitlines(), start=1):
        if patterns.INVISIBLE.sub("", line).strip():
            assert number in accounted, line


@given(st.one_of(adversarial_text(), adversarial_text().map(lambda text: f"<html><body><p>{text}</p></body></html>")))
def test_hostile_text_is_cleaned_idempotently_and_serialises(raw: str) -> None:
    """Entity storms, huge lines, controls, mojibake and unclosed tags: an Article, stable under a second cleaning."""
    article = clean_article(raw)
    assert Article.model_validate_json(article.model_dump_json()) == article
    assert clean_article(article.text).text == article.text


@given(adversarial_bytes())
def test_hostile_bytes_are_decoded_and_cleaned(raw: bytes) -> None:
    """Random bytes and mixed encodings: an Article that names its encoding, with no control character left."""
    article = clean_article(raw)
    assert article.source.encoding
    assert not any(0 < ord(char) < 32 and char != "\n" for char in article.text)
