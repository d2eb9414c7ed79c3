"""The line classifier: features, the numpy tree evaluator, and the stage's fixed point."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from article_clean import DEFAULT_PIPELINE, EXTRACTED_TEXT_PIPELINE, Article, clean_article
from article_clean.classifier.features import (
    FEATURE_NAMES,
    N_FEATURES,
    STACK_NAMES,
    LineFactsCache,
    line_features,
)
from article_clean.classifier.model import MODEL_FEATURES, Ensemble, LineModel, line_model
from article_clean.pipeline import Pipeline
from article_clean.stages import classify
from article_clean.stages.classify import MIN_LINES
from tests.strategies import scraped_lines

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "pages"


def _column(matrix: np.ndarray, name: str) -> np.ndarray:
    return matrix[:, FEATURE_NAMES.index(name)]


@given(st.lists(st.text(min_size=1).map(str.strip).filter(bool), min_size=1, max_size=30))
def test_features_are_finite_and_shaped(lines: list[str]) -> None:
    """Any lines give one finite row each."""
    matrix = line_features(lines)
    assert matrix.shape == (len(lines), N_FEATURES)
    assert np.isfinite(matrix).all()


_LINES = st.lists(st.one_of(scraped_lines(), st.text(min_size=1)).map(str.strip).filter(bool), min_size=1, max_size=30)


@given(_LINES, st.data())
def test_cached_line_facts_give_the_same_features(lines: list[str], data: st.DataObject) -> None:
    """A page scored again reads each line's own facts from the first scoring: the features do not change."""
    cache = LineFactsCache()
    assert (line_features(lines, cache=cache) == line_features(lines)).all()
    kept = data.draw(st.lists(st.sampled_from(lines), min_size=1, max_size=len(lines)))
    extra = data.draw(st.lists(st.text(min_size=1).map(str.strip).filter(bool), max_size=3))
    again = kept + extra
    assert (line_features(again, cache=cache) == line_features(again)).all()


def test_title_overlap_remembered_for_one_title_only() -> None:
    """The words a line shares with the title are kept between scorings, and forgotten when the title goes."""
    page = ["Storm closes coast road", "Storm closes road", "The coast road is shut.", "Storm closes road"]
    cache = LineFactsCache()
    for lines in (page, page, page[1:], page[2:], page):
        assert (line_features(lines, cache=cache) == line_features(lines)).all()
    overlap = FEATURE_NAMES.index("title_overlap")
    assert line_features(page[1:], cache=cache)[2, overlap] == 1.0  # "storm closes road" under its own title


def test_a_line_counts_its_own_dates_only() -> None:
    """A number at a line's end and a date unit opening the next line are no date: each line is read alone."""
    assert _column(line_features(["Chapter 12", "年 was the year"]), "dates").tolist() == [0.0, 0.0]
    assert _column(line_features(["On 12 年 it rained"]), "dates").tolist() == [1.0]


def test_length_is_weighted_by_script() -> None:
    """A Han character weighs three Latin letters and a Hangul syllable two, so CJK prose is not "short"."""
    matrix = line_features(["漢字漢字", "abcdefghijkl", "한국어다", "abcdefgh"])
    weights = _column(matrix, "log_wlen")
    assert weights[0] == pytest.approx(weights[1])
    assert weights[2] == pytest.approx(weights[3])


def test_numbered_items_are_marked_when_they_count_up() -> None:
    """Items of a ranked list count up within a few lines of each other; a lone number is no list."""
    lines = ["1) Lego Star Wars", "http://amzn.to/x", "2) Polistil track", "Results for 2019", "(3) A box set"]
    assert _column(line_features(lines), "seq_number").tolist() == [1.0, 0.0, 1.0, 0.0, 1.0]
    assert _column(line_features(["5 reasons to go", "Home", "9 things"]), "seq_number").tolist() == [0.0] * 3


def test_distance_to_the_headline_repeated_in_the_page() -> None:
    """Lines are placed relative to the line that repeats most of the title (the page's first line)."""
    lines = ["Storm hits coast | News", "Home", "Storm hits coast", "The storm arrived at night."]
    matrix = line_features(lines)
    assert _column(matrix, "has_headline").tolist() == [1.0] * 4
    assert _column(matrix, "d_headline")[2] == 0.0
    assert _column(matrix, "d_headline")[1] < 0 < _column(matrix, "d_headline")[3]
    assert not _column(line_features(["Title", "Unrelated", "Other"]), "has_headline").any()


def test_teaser_openings_and_repeated_openings_and_endings() -> None:
    """A teaser opens with a run of capitalised words; share bars and comment headers repeat openings, endings.

    A line counts itself, so a unique line scores log(1) = 0.
    """
    lines = [
        "Customers Leave Without Paying Bill At Steakhouse A party of six left.",
        "The council voted on Tuesday.",
        "Click to share on Facebook",
        "Click to share on Twitter",
        "alice says:",
        "bob SAYS:",
        "one two three four five six seven eight nine ten eleven twelve thirteen carol says:",
    ]
    matrix = line_features(lines)
    assert _column(matrix, "lead_caps").tolist() == [8.0, 1.0, 1.0, 1.0, 0.0, 0.0, 0.0]
    assert _column(matrix, "log_same_opening") == pytest.approx(np.log([1, 1, 2, 2, 1, 1, 1]))
    assert _column(matrix, "log_same_ending") == pytest.approx(np.log([1, 1, 1, 1, 3, 3, 3]))


def test_a_headline_run_reads_past_numbers_and_quotes() -> None:
    """A number, a price or a quoted word does not end a teaser's run of capitalised words; a lower-case word does.

    Teasers glue a headline to its summary: "… Paying $690 Bill At Troy Steakhouse A party of six left …".
    """
    lines = [
        "Customers Leave Without Paying $690 Bill At Troy Steakhouse A party of six left.",
        "Police: 2 In Custody After Death A woman was arrested.",
        "Mayor: \u2018Despicable\u2019 Move Won\u2019t Stand Warren Mayor says it was wrong.",
        "Voters approved 2 measures on Tuesday.",
        "2019 \u2013 42",
    ]
    assert _column(line_features(lines), "lead_caps").tolist() == [9.0, 6.0, 7.0, 1.0, 0.0]


def test_a_line_cut_short_by_an_ellipsis_is_no_sentence() -> None:
    """A teaser's summary cut short ("… with Realtek Bluetooth...") ends in an ellipsis, not a full stop."""
    lines = [
        "Microsoft removes the safeguard hold for Windows 10 users with Realtek Bluetooth...",
        "The update reached every device on Tuesday, the company said.",
        "He paused. \u201cWe will see\u2026\u201d",
        "Read more \u2026",
    ]
    matrix = line_features(lines)
    assert _column(matrix, "ends_ellipsis").tolist() == [1.0, 0.0, 1.0, 1.0]
    assert _column(matrix, "ends_term").tolist() == [0.0, 1.0, 0.0, 0.0]
    assert _column(matrix, "sentlike").tolist() == [0.0, 1.0, 0.0, 0.0]


def test_complete_tree_layout_matches_the_node_arrays() -> None:
    """A tree whose left child is a leaf above the deepest level is evaluated as the node arrays say."""
    tree = {
        "feature": [0, -1, 1, -1, -1],
        "threshold": [0.5, 0.0, 2.0, 0.0, 0.0],
        "left": [1, 1, 3, 3, 4],
        "right": [2, 1, 4, 3, 4],
        "value": [0.0, -1.0, 0.0, 2.0, 3.0],
        "roots": [0],
        "depth": 2,
        "base": 0.25,
    }
    ensemble = Ensemble.from_json(tree)
    x = np.array([[0.0, 9.0], [1.0, 1.0], [1.0, 5.0]], dtype=np.float32)
    assert ensemble.raw(x).tolist() == [-0.75, 2.25, 3.25]


def test_model_file_of_another_format_is_refused() -> None:
    """A file that is not a line model fails clearly."""
    with pytest.raises(ValueError, match="format"):
        LineModel.from_json({"format": "something-else"})


def test_model_fitted_on_other_features_is_refused() -> None:
    """A model file whose feature list differs from the library's would read the wrong columns: refused."""
    with pytest.raises(ValueError, match="refit"):
        LineModel.from_json({"format": "article-clean-lines/1", "features": FEATURE_NAMES[:-1]})


def test_model_fitted_on_other_stack_features_is_refused() -> None:
    """So is one whose later stages read other features of the stage before than the library computes."""
    with pytest.raises(ValueError, match="refit"):
        LineModel.from_json({"format": "article-clean-lines/1", "stack_features": STACK_NAMES[:-1]})


def _constant_stage(value: float) -> dict[str, object]:
    """A stage of one tree that is a single leaf: every line gets `value` whatever its features."""
    return {
        "feature": [-1],
        "threshold": [0.0],
        "left": [0],
        "right": [0],
        "value": [value],
        "roots": [0],
        "depth": 0,
        "base": 0.0,
    }


def test_a_model_of_several_members_averages_their_probabilities() -> None:
    """Each member stack scores the page on its own; a line's probability is the mean of the members'."""
    base = {"format": "article-clean-lines/1", "features": MODEL_FEATURES, "decode": {"t": 0.3}}
    even, likely = (
        [_constant_stage(2.0), _constant_stage(0.0)],
        [_constant_stage(-2.0), _constant_stage(float(np.log(3)))],
    )
    lines = ["Home", "The minister resigned on Friday after protests."]
    one = LineModel.from_json({**base, "stages": even})  # a file of one stack, as older files are written
    both = LineModel.from_json({**base, "members": [even, likely]})
    assert len(one.members) == 1
    assert len(both.members) == 2
    assert one.probabilities(lines) == pytest.approx([0.5, 0.5])
    assert both.probabilities(lines) == pytest.approx([0.625, 0.625])


def test_shipped_model_scores_every_line() -> None:
    """The shipped model gives a probability per line."""
    scores = line_model().probabilities(["Home", "World", "The minister resigned on Friday after protests."])
    assert scores.shape == (3,)
    assert ((scores >= 0) & (scores <= 1)).all()


def test_short_inputs_are_left_alone() -> None:
    """Fewer lines than the minimum are an article or a fragment, and no line is judged."""
    lines = [f"Menu item {n}" for n in range(MIN_LINES - 1)]
    assert clean_article("\n".join(lines)).text == "\n\n".join(lines)


@pytest.mark.parametrize("name", ["cnn-asian-markets.txt", "cnn-trump-health.txt"])
def test_classifier_reaches_a_fixed_point(name: str) -> None:
    """On a real page the classifier drops lines, and cleaning its output drops nothing more."""
    article = clean_article((PAGES / name).read_bytes())
    assert any(record.reason.value == "not_article_text" for record in article.dropped)
    again = clean_article(article.text)
    assert again.text == article.text
    assert not any(record.reason.value == "not_article_text" for record in again.dropped)


def _page(count: int) -> list[str]:
    """`count` distinct lines, no two alike but for their numbers (see `test_lines_told_apart_by_position_alone`)."""
    return [f"Line {_letters(n)} of the page." for n in range(count)]


def _letters(n: int) -> str:
    """`n` written in the letters a to z, as a spreadsheet names its columns."""
    word = ""
    while True:
        n, rest = divmod(n, 26)
        word = chr(ord("a") + rest) + word
        if not n:
            return word


class _TrimmingModel:
    """Scores the last line low while the page has more than `floor` lines: each scoring drops one line."""

    threshold = 0.5
    floor = 12

    def text_threshold(self, scores: np.ndarray) -> float:
        del scores
        return self.threshold

    def probabilities(self, lines: list[str], dom: object = None, cache: object = None) -> np.ndarray:
        del dom, cache  # text input: no markup evidence, and no features to keep
        scores = np.ones(len(lines))
        if len(lines) > self.floor:
            scores[-1] = 0.0
        return scores


def test_one_call_of_the_stage_rescores_until_nothing_is_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    """Dropping lines changes the others' context, so one call rescores until a scoring drops nothing."""
    monkeypatch.setattr(classify, "line_model", _TrimmingModel)
    once = Pipeline(DEFAULT_PIPELINE.only("parse", "classify_lines").stages)  # no repeated span
    lines = _page(15)
    article = clean_article("\n\n".join(lines), pipeline=once)
    assert len(article.paragraphs) == 12
    assert [record.text for record in article.dropped] == [lines[n] for n in (14, 13, 12)]


def test_a_page_that_keeps_shrinking_is_scored_a_bounded_number_of_times(monkeypatch: pytest.MonkeyPatch) -> None:
    """A page losing a line at every scoring would be scored once per line (quadratic): the budget stops it."""
    monkeypatch.setattr(_TrimmingModel, "floor", 0)
    monkeypatch.setattr(classify, "line_model", _TrimmingModel)
    stages = DEFAULT_PIPELINE.only("parse", "classify_lines").stages
    repeated = Pipeline(stages, repeat=("classify_lines", "classify_lines"))
    article = clean_article("\n".join(_page(60)), pipeline=repeated)
    assert len(article.dropped) == classify.MAX_SCORINGS
    assert len(article.paragraphs) == 60 - classify.MAX_SCORINGS


def test_a_scoring_that_would_drop_under_one_line_in_a_hundred_drops_none(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cutting one line of 150 at each scoring would erode the page without end: the page settles as it stands."""
    monkeypatch.setattr(_TrimmingModel, "floor", 0)
    monkeypatch.setattr(classify, "line_model", _TrimmingModel)
    lines = _page(150)
    article = clean_article("\n\n".join(lines), pipeline=DEFAULT_PIPELINE.only("parse", "classify_lines"))
    assert [p.text for p in article.paragraphs] == lines
    assert article.dropped == ()


_CAPTIONS = [f"Photo {n} of 40: the harbour at dawn." for n in range(1, 41)]


@pytest.mark.parametrize(
    ("floor", "extra", "dropped"),
    [
        # Thousands of captions alike but for their numbers: cutting the last by its position would erode them all.
        (0, [], []),
        # Look-alike lines are kept only when every dropped line has a kept twin: a different last line goes.
        (40, ["Share this gallery"], ["Share this gallery"]),
    ],
)
def test_lines_told_apart_by_position_alone_are_all_kept(
    monkeypatch: pytest.MonkeyPatch, floor: int, extra: list[str], dropped: list[str]
) -> None:
    """A scoring whose dropped lines all read like kept ones drops none; a line unlike them is still dropped."""
    monkeypatch.setattr(_TrimmingModel, "floor", floor)
    monkeypatch.setattr(classify, "line_model", _TrimmingModel)
    article = clean_article("\n\n".join(_CAPTIONS + extra), pipeline=DEFAULT_PIPELINE.only("parse", "classify_lines"))
    assert [p.text for p in article.paragraphs] == _CAPTIONS
    assert [record.text for record in article.dropped] == dropped


@pytest.mark.parametrize(
    ("texts", "low", "alike"),
    [
        (["Photo 1 of 3", "Photo 2 of 3", "Photo 3 of 3"], [False, False, True], True),
        (["Photo 1 of 3", "Photo 2 of 3", "Photo 3 of 3"], [True, True, True], False),  # nothing kept to be like
        (["Photo 1 of 3", "Share", "Photo 3 of 3"], [False, True, True], False),
        (["Share", "share"], [False, True], False),  # case is part of how a line reads
        (["Read 12 comments", "Body text.", "Read 3 comments"], [True, False, False], True),
    ],
)
def test_by_position(texts: list[str], low: list[bool], alike: bool) -> None:
    """A scoring is by position alone when each line it would drop has a kept twin but for numbers."""
    assert classify.by_position(texts, low) is alike


class _MiddlingModel:
    """Scores every line `score`, 0.4: above the text threshold, below the HTML one."""

    threshold = 0.3
    html_threshold = 0.5
    score = 0.4

    def text_threshold(self, scores: np.ndarray) -> float:
        del scores
        return self.threshold

    def probabilities(self, lines: list[str], dom: object = None, cache: object = None) -> np.ndarray:
        del dom, cache
        return np.full(len(lines), self.score)


class _RejectingModel(_MiddlingModel):
    """Scores every line 0: any line it judges is dropped."""

    score = 0.0


def test_a_long_input_is_judged_in_windows_and_a_short_last_window_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each window is judged as a page; one with fewer lines than a page needs is kept unjudged."""
    monkeypatch.setattr(classify, "line_model", _RejectingModel)
    monkeypatch.setattr(classify, "WINDOW_LINES", 20)
    lines = _page(45)
    article = clean_article("\n\n".join(lines), pipeline=DEFAULT_PIPELINE.only("parse", "classify_lines"))
    assert [p.text for p in article.paragraphs] == lines[40:]
    assert [record.text for record in article.dropped] == lines[:40]


def test_each_window_of_a_long_input_settles_on_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows keep their bounds while lines drop: each is scored as a page until it settles."""
    monkeypatch.setattr(classify, "line_model", _TrimmingModel)
    monkeypatch.setattr(classify, "WINDOW_LINES", 15)
    lines = _page(30)
    article = clean_article("\n\n".join(lines), pipeline=DEFAULT_PIPELINE.only("parse", "classify_lines"))
    assert [p.text for p in article.paragraphs] == lines[:12] + lines[15:27]


_ARTICLE_LINE = " ".join(f"The council met on day {n} and approved the budget for the new bridge." for n in range(20))


def test_a_scoring_that_finds_all_the_prose_low_keeps_it_when_it_is_the_page_s_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Regression: an extractor's output holding the whole article on one line, scored low beside its metadata.

    A scoring that would leave no paragraph of prose keeps the paragraphs when they hold most of the page's text,
    and drops the rest.
    """
    monkeypatch.setattr(classify, "line_model", _RejectingModel)
    lines = [*_page(11), _ARTICLE_LINE]
    article = clean_article("\n\n".join(lines), pipeline=DEFAULT_PIPELINE.only("parse", "classify_lines"))
    assert [p.text for p in article.paragraphs] == [_ARTICLE_LINE]
    assert [record.text for record in article.dropped] == lines[:11]


class _ArticleOnlyModel(_MiddlingModel):
    """Scores the line that opens `Viver` 0.9, every other line 0."""

    def probabilities(self, lines: list[str], dom: object = None, cache: object = None) -> np.ndarray:
        del dom, cache
        return np.array([0.9 if line.startswith("Viver") else 0.0 for line in lines])


def test_a_scoring_that_keeps_a_paragraph_without_a_full_stop_drops_the_low_prose(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Regression: a scoring that keeps any line of 12 words or more keeps no other prose.

    The kept article ended without a full stop, so the teasers were the only prose, all low, and were kept.
    """
    monkeypatch.setattr(classify, "line_model", _ArticleOnlyModel)
    article_line = "Viver uma verdadeira experiência amorosa é um dos maiores prazeres da vida e de cada um"
    teasers = [
        f"Teaser {_letters(n)}: a message about hope and courage for the days to come, by a reader." for n in range(4)
    ]
    lines = [*_page(8), article_line.strip(), *teasers]
    article = clean_article("\n\n".join(lines), pipeline=DEFAULT_PIPELINE.only("parse", "classify_lines"))
    assert [p.text for p in article.paragraphs] == [article_line.strip()]


class _FooterFirstModel(_MiddlingModel):
    """Scores every line below the threshold: a cut sentence's tail highest, then the post, then the footers."""

    def probabilities(self, lines: list[str], dom: object = None, cache: object = None) -> np.ndarray:
        del dom, cache
        return np.array([_footer_first_score(line) for line in lines])


def _footer_first_score(line: str) -> float:
    if line.startswith("here"):
        return 0.25
    if line.startswith("The council"):
        return 0.2
    return 0.1 if "licensed" in line else 0.0


_POST = "The council approved the budget for the new bridge on Monday after a long debate."
_FOOTER = "All photos on this site are licensed under a Creative Commons licence unless a caption says otherwise."
#: The tail of a sentence a link cut, scored highest of all: no paragraph of the post.
_FRAGMENT = "here or you can add me to your circles here, and the blog has its own channel that you can follow"


def test_a_text_page_that_would_keep_no_paragraph_keeps_the_one_scored_highest(monkeypatch: pytest.MonkeyPatch) -> None:
    """Regression: a blog post's one paragraph beside long menus, every line low, left the article empty.

    The scoring keeps the paragraph the model scored highest, not the first or the footer's, nor the tail of a
    sentence cut by a link, and drops the rest.
    """
    monkeypatch.setattr(classify, "line_model", _FooterFirstModel)
    menus = [" | ".join(f"Section {n} {_letters(k)}" for k in range(40)) for n in range(11)]
    lines = [*menus, _FOOTER, _POST, _FOOTER.replace("photos", "pictures"), _FRAGMENT]
    article = clean_article("\n\n".join(lines), pipeline=DEFAULT_PIPELINE.only("parse", "classify_lines"))
    assert [p.text for p in article.paragraphs] == [_POST]
    assert [record.text for record in article.dropped] == [line for line in lines if line != _POST]
    again = clean_article(article.text, pipeline=DEFAULT_PIPELINE.only("parse", "classify_lines"))
    assert again.paragraphs == article.paragraphs


def test_an_html_page_that_keeps_no_paragraph_is_judged_like_any_page(monkeypatch: pytest.MonkeyPatch) -> None:
    """A photo post given as HTML: its markup's evidence is trusted, and every low line goes, its paragraph too."""
    monkeypatch.setattr(classify, "line_model", _FooterFirstModel)
    menus = [" | ".join(f"Section {n} {_letters(k)}" for k in range(40)) for n in range(11)]
    html = "<html><body>" + "".join(f"<p>{line}</p>" for line in [*menus, _POST]) + "</body></html>"
    article = clean_article(html, pipeline=DEFAULT_PIPELINE.only("parse", "segment_html", "classify_lines"))
    assert article.paragraphs == ()


def test_classifier_can_be_removed() -> None:
    """Without the stage, a full-page dump keeps its menus."""
    raw = (PAGES / "cnn-asian-markets.txt").read_text(encoding="utf-8")
    with_model = clean_article(raw)
    without = clean_article(raw, pipeline=DEFAULT_PIPELINE.without("classify_lines"))
    assert len(without.text) > len(with_model.text)


def test_extracted_text_pipeline_keeps_a_list_body() -> None:
    """Extractor output is judged by the furniture filters alone: a body of short list lines stays whole."""
    items = [f"{n}) Pre-workout snack number {n}" for n in range(1, 15)]
    raw = "\n".join(["Meal plan for the week", *items, "Read More", "Advertisement"])
    article = clean_article(raw, pipeline=EXTRACTED_TEXT_PIPELINE)
    assert "classify_lines" not in EXTRACTED_TEXT_PIPELINE.names
    assert [paragraph.text for paragraph in article.paragraphs][-len(items) :] == items
    assert {record.text for record in article.dropped} == {"Read More", "Advertisement"}


def test_html_pages_are_judged_with_their_own_threshold(monkeypatch: pytest.MonkeyPatch) -> None:
    """A page given as HTML is cut at the model's HTML threshold, a text page at the text one."""
    monkeypatch.setattr(classify, "line_model", _MiddlingModel)
    lines = [f"Paragraph number {n} of the story." for n in range(12)]
    text = clean_article("\n\n".join(lines), pipeline=DEFAULT_PIPELINE.only("parse", "classify_lines"))
    assert [p.text for p in text.paragraphs] == lines
    html = "<html><body>" + "".join(f"<p>{line}</p>" for line in lines) + "</body></html>"
    page = clean_article(html, pipeline=DEFAULT_PIPELINE.only("parse", "segment_html", "classify_lines"))
    assert page.paragraphs == ()
    assert {record.reason.value for record in page.dropped} == {"not_article_text"}


class _DumpModel(LineModel):
    """Scores `Menu` lines 0.1, `Teaser` lines 0.5 beside many lines and 0.4 beside few, the rest 0.9.

    A teaser looks more like body beside a menu than beside the article.
    """

    def probabilities(self, lines: list[str], dom: object = None, cache: object = None) -> np.ndarray:  # type: ignore[override]
        del dom, cache  # text input: no markup evidence, and no features to keep
        teaser = 0.5 if len(lines) > 20 else 0.4
        return np.array([0.1 if t.startswith("Menu") else teaser if t.startswith("Teaser") else 0.9 for t in lines])


_DUMP_MODEL = _DumpModel((), 0.3, 0.5, dump_threshold=0.45, dump_share=0.5)
_MENU = [f"Menu {chr(ord('A') + n)}" for n in range(14)]
_TEASERS = [f"Teaser about {word} in the news" for word in ("rain", "taxes", "football", "elections")]
_BODY = [f"Paragraph number {n} of the story, which goes on." for n in range(10)]


def _classify_only(raw: str) -> Article:
    return clean_article(raw, pipeline=DEFAULT_PIPELINE.only("parse", "classify_lines"))


def test_a_text_page_read_as_a_dump_is_cut_at_the_dump_threshold_for_good(monkeypatch: pytest.MonkeyPatch) -> None:
    """Half the lines low: the page is a dump, and stays one when its second scoring sees only body-like lines."""
    monkeypatch.setattr(classify, "line_model", lambda: _DUMP_MODEL)
    article = _classify_only("\n".join(_MENU + _TEASERS + _BODY))
    assert [p.text for p in article.paragraphs] == _BODY
    assert [record.text for record in article.dropped] == _MENU + _TEASERS
    assert _classify_only(article.text).paragraphs == article.paragraphs


def test_a_text_page_of_mostly_body_is_cut_at_the_text_threshold(monkeypatch: pytest.MonkeyPatch) -> None:
    """Few low lines: an extractor's output, whose body-like lines between the two thresholds stay."""
    monkeypatch.setattr(classify, "line_model", lambda: _DUMP_MODEL)
    article = _classify_only("\n".join(_MENU[:2] + _TEASERS + _BODY))
    assert [p.text for p in article.paragraphs] == _TEASERS + _BODY
    assert _DUMP_MODEL.text_threshold(np.array([0.1, 0.2, 0.9, 0.9, 0.9])) == _DUMP_MODEL.threshold


def test_a_model_file_names_its_dump_threshold() -> None:
    """The dump threshold and share come from the model file; a file without them cuts every text page alike."""
    base = {"format": "article-clean-lines/1", "features": MODEL_FEATURES, "stages": []}
    model = LineModel.from_json({**base, "decode": {"t": 0.3, "t_dump": 0.45, "dump_share": 0.5}})
    assert (model.dump_threshold, model.dump_share) == (0.45, 0.5)
    assert model.text_threshold(np.array([0.1, 0.9])) == 0.45
    plain = LineModel.from_json({**base, "decode": {"t": 0.3}})
    assert plain.text_threshold(np.array([0.1, 0.1])) == 0.3
    shipped = line_model()
    assert shipped.dump_threshold is not None
    assert shipped.dump_threshold >= shipped.threshold


def test_a_model_file_without_an_html_threshold_uses_the_text_one() -> None:
    """Older model files name one threshold; it then serves HTML too."""
    model = LineModel.from_json(
        {"format": "article-clean-lines/1", "features": MODEL_FEATURES, "stages": [], "decode": {"t": 0.25}}
    )
    assert (model.threshold, model.html_threshold) == (0.25, 0.25)
    assert line_model().html_threshold >= line_model().threshold


def test_a_full_window_of_look_alike_lines_settles_at_its_first_scoring(monkeypatch: pytest.MonkeyPatch) -> None:
    """A model that cuts the tail of a window of look-alike lines by position: the window keeps them all.

    The scores fall with position, as a model reading relative position can score such a page; every low line has
    a kept twin (the same text but for its number), so the first scoring settles the window and drops nothing.
    """
    calls: list[int] = []

    class _ByPosition:
        threshold = html_threshold = 0.3

        def text_threshold(self, scores: np.ndarray) -> float:
            return self.threshold

        def probabilities(self, lines: list[str], dom: object = None, cache: object = None) -> np.ndarray:
            calls.append(len(lines))
            return np.linspace(0.9, 0.1, len(lines))

    monkeypatch.setattr(classify, "line_model", _ByPosition)
    lines = [f"Item {n % 7}: she said so." for n in range(classify.WINDOW_LINES)]
    article = clean_article("\n".join(lines), pipeline=DEFAULT_PIPELINE.only("parse", "classify_lines"))
    assert calls == [classify.WINDOW_LINES]
    assert len(article.paragraphs) == classify.WINDOW_LINES
