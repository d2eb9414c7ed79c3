"""The word weights the line model reads beside the line features."""

from __future__ import annotations

import json

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from article_clean.classifier.features import LineFactsCache, lexicon_columns, line_features
from article_clean.classifier.lexicon import LEXICON_NAMES, Lexicon
from article_clean.classifier.model import MODEL_FEATURES, LineModel, line_model

_LEXICON = Lexicon({"subscribe": -2.0, "newsletter": -1.5, "our": -0.25, "said": 1.0, "mayor": 0.5})


def _read(lines: list[str]) -> np.ndarray:
    """The readings of `lines`, one `Lexicon.read` each."""
    return np.array([_LEXICON.read(line) for line in lines], np.float32).reshape(len(lines), len(LEXICON_NAMES))


def test_a_line_is_read_by_its_distinct_known_words() -> None:
    """Mean and least weight of the words the lexicon knows, and the share of the line's words it knows."""
    assert _LEXICON.read("Subscribe to our newsletter") == (-1.25, -2.0, 0.75)
    assert _LEXICON.read("The mayor said, the mayor said.") == (0.75, 0.5, 2 / 3)  # words count once
    assert _LEXICON.read("SAID") == (1.0, 1.0, 1.0)  # lower-cased first


def test_a_line_without_known_words_gives_no_evidence() -> None:
    """Unknown words, other scripts, and lines of punctuation all read as zeros."""
    for line in ("Zxq wvp", "市长说", "—", ""):
        assert _LEXICON.read(line) == (0.0, 0.0, 0.0)


@given(st.lists(st.sampled_from(["subscribe", "our", "said", "mayor", "the", "newsletter", "x"]), min_size=1))
def test_the_reading_does_not_depend_on_word_order(words: list[str]) -> None:
    """The mean is summed exactly, so any order of the same words reads the same, bit for bit."""
    assert _LEXICON.read(" ".join(words)) == _LEXICON.read(" ".join(reversed(words)))


@given(st.lists(st.text(max_size=30), max_size=20), st.lists(st.text(max_size=30), max_size=5))
def test_remembered_readings_are_the_readings(lines: list[str], more: list[str]) -> None:
    """Readings kept between scorings of a page, with words shared with the title comparison, are the readings."""
    cache = LineFactsCache()
    first = lexicon_columns(lines, _LEXICON, cache)
    assert first.shape == (len(lines), len(LEXICON_NAMES))
    assert first.dtype == np.float32
    assert (first == _read(lines)).all()
    line_features([line.strip() or "x" for line in more + lines], cache=cache)  # fills the cache's words
    again = more + lines
    assert (lexicon_columns(again, _LEXICON, cache) == _read(again)).all()


def test_the_model_file_carries_its_lexicon() -> None:
    """A model file's `lexicon` becomes the model's; a file without one reads no words."""
    content = {"format": "article-clean-lines/1", "features": MODEL_FEATURES, "stages": [], "decode": {"t": 0.3}}
    assert LineModel.from_json(content).lexicon.weights == {}
    with_words = LineModel.from_json(json.loads(json.dumps({**content, "lexicon": {"said": 1.5}})))
    assert with_words.lexicon.read("She said") == (1.5, 1.5, 0.5)


def test_the_shipped_model_knows_furniture_words_from_article_words() -> None:
    """Learned from labelled pages: a sign-up prompt's words weigh against body, reporting words for it."""
    lexicon = line_model().lexicon
    assert lexicon.read("Subscribe to our newsletter")[0] < 0 < lexicon.read("Officials said on Tuesday")[0]
