"""Pipelines are immutable ordered stage lists; every edit returns a new pipeline, checked against a list model."""

from __future__ import annotations

import pytest
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from article_clean import (
    DEFAULT_PIPELINE,
    Block,
    ConfigError,
    Draft,
    DropReason,
    Pipeline,
    StageError,
    block_stage,
    clean_article,
    text_stage,
)
from article_clean.stages import DEFAULT_REPEAT


def _noop(draft: Draft) -> None:
    """Do nothing."""


def test_names_in_order() -> None:
    """The default pipeline bounds and repairs the input, then parses it, and lists every stage once."""
    assert DEFAULT_PIPELINE.names[:3] == ("enforce_input_limits", "repair_mojibake", "parse")
    assert len(set(DEFAULT_PIPELINE.names)) == len(DEFAULT_PIPELINE)


def test_edits_return_new_pipelines() -> None:
    """without, only, with_stage and replace leave the original unchanged."""
    original = DEFAULT_PIPELINE.names
    DEFAULT_PIPELINE.without("drop_read_more")
    DEFAULT_PIPELINE.with_stage("mine", _noop, after="parse")
    DEFAULT_PIPELINE.replace("drop_promo", _noop)
    assert DEFAULT_PIPELINE.names == original


def test_with_stage_positions() -> None:
    """A stage goes before or after the named one, or at the end."""
    pipeline = Pipeline([("a", _noop), ("b", _noop)])
    assert pipeline.with_stage("x", _noop, before="b").names == ("a", "x", "b")
    assert pipeline.with_stage("x", _noop, after="b").names == ("a", "b", "x")
    assert pipeline.with_stage("x", _noop).names == ("a", "b", "x")


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: Pipeline([("a", _noop), ("a", _noop)]), "used twice"),
        (lambda: Pipeline([("Bad-Name", _noop)]), "snake_case"),
        (lambda: Pipeline([("a__b", _noop)]), "snake_case"),
        (lambda: Pipeline([("a", "not callable")]), "not callable"),
        (lambda: DEFAULT_PIPELINE.without("no_such_stage"), "no stage named"),
        (lambda: DEFAULT_PIPELINE.with_stage("x", _noop, before="parse", after="parse"), "not both"),
    ],
)
def test_bad_definitions_raise_config_error(build, message: str) -> None:
    """Bad names and unknown stages raise ConfigError (a ValueError) saying what is wrong."""
    with pytest.raises(ConfigError, match=message) as caught:
        build()
    assert isinstance(caught.value, ValueError)


def test_unknown_name_lists_valid_names() -> None:
    """The error for an unknown stage lists the stages there are."""
    with pytest.raises(ConfigError, match="drop_read_more"):
        DEFAULT_PIPELINE.only("nope")


def test_removing_a_stage_changes_the_result() -> None:
    """Without drop_read_more, a "Read More" line stays in the body."""
    raw = "Officials said the talks would resume next week in Geneva.\nRead More"
    assert "Read More" not in clean_article(raw).text
    assert "Read More" in clean_article(raw, pipeline=DEFAULT_PIPELINE.without("drop_read_more")).text


def test_custom_rule_records_its_stage_name() -> None:
    """A user's block rule drops with its own name as the filter."""

    def drop_tickers(block):
        return DropReason.PROMO if block.text.startswith("$") else None

    pipeline = DEFAULT_PIPELINE.with_stage("drop_tickers", block_stage(drop_tickers), before="extract_dateline")
    article = clean_article("Stocks rose sharply on Monday across every market.\n$AAPL +2%", pipeline=pipeline)
    assert [(d.filter, d.text) for d in article.dropped] == [("drop_tickers", "$AAPL +2%")]


def test_custom_text_fix() -> None:
    """A text fix lifted with text_stage rewrites every block."""
    pipeline = DEFAULT_PIPELINE.with_stage("shout", text_stage(str.upper), after="collapse_whitespace")
    assert clean_article("quiet words here", pipeline=pipeline).text == "QUIET WORDS HERE"


def test_value_semantics() -> None:
    """Pipelines compare, hash and print by their stages."""
    one = Pipeline([("a", _noop), ("b", _noop)])
    same = Pipeline(one.stages)
    assert one == same
    assert hash(one) == hash(same)
    assert one != one.without("b")
    assert repr(one) == "Pipeline(['a', 'b'])"
    assert one.stages[0] == ("a", _noop)


def test_library_errors_from_a_stage_pass_through() -> None:
    """An ArticleCleanError raised by a stage is not wrapped in StageError."""

    def strict(draft: Draft) -> None:
        msg = "bad setting"
        raise ConfigError(msg)

    with pytest.raises(ConfigError, match="bad setting"):
        clean_article("x", pipeline=Pipeline([("strict", strict)]))


def test_failing_stage_is_named() -> None:
    """An exception inside a stage surfaces as StageError naming the stage, with the cause chained."""

    def broken(draft: Draft) -> None:
        raise ZeroDivisionError

    with pytest.raises(StageError, match="'broken'") as caught:
        clean_article("x", pipeline=DEFAULT_PIPELINE.with_stage("broken", broken))
    assert caught.value.stage == "broken"
    assert isinstance(caught.value.__cause__, ZeroDivisionError)


class PipelineModel(RuleBasedStateMachine):
    """Edits to a Pipeline behave like the same edits to a list of names."""

    def __init__(self) -> None:
        super().__init__()
        self.pipeline = Pipeline([("s0", _noop)])
        self.model = ["s0"]
        self.counter = 1

    def _fresh(self) -> str:
        self.counter += 1
        return f"s{self.counter}"

    @rule(data=st.data(), before=st.booleans())
    def insert(self, data: st.DataObject, before: bool) -> None:
        """Insert a new stage next to an existing one."""
        name, anchor = self._fresh(), data.draw(st.sampled_from(self.model))
        position = self.model.index(anchor) + (0 if before else 1)
        self.model.insert(position, name)
        keyword = {"before": anchor} if before else {"after": anchor}
        self.pipeline = self.pipeline.with_stage(name, _noop, **keyword)

    @precondition(lambda self: len(self.model) > 1)
    @rule(data=st.data())
    def remove(self, data: st.DataObject) -> None:
        """Remove one stage."""
        name = data.draw(st.sampled_from(self.model))
        self.model.remove(name)
        self.pipeline = self.pipeline.without(name)

    @rule(data=st.data())
    def keep_some(self, data: st.DataObject) -> None:
        """Keep a non-empty subset, in order."""
        kept = data.draw(st.lists(st.sampled_from(self.model), min_size=1, unique=True))
        self.model = [name for name in self.model if name in kept]
        self.pipeline = self.pipeline.only(*kept)

    @rule()
    def append(self) -> None:
        """Add a stage at the end."""
        name = self._fresh()
        self.model.append(name)
        self.pipeline = self.pipeline.with_stage(name, _noop)

    @invariant()
    def same_names(self) -> None:
        """The pipeline lists exactly the model's names, in order."""
        assert list(self.pipeline.names) == self.model


TestPipelineModel = PipelineModel.TestCase


def test_repeated_span_runs_until_nothing_changes() -> None:
    """A span runs again while a stage in it drops something, so a later drop is seen by an earlier stage."""
    seen: list[list[str]] = []

    def record(draft: Draft) -> None:
        seen.append([block.text for block in draft.blocks])

    def drop_first(draft: Draft) -> None:
        if draft.blocks and draft.blocks[0].text.startswith("x"):
            draft.drop(draft.blocks[0], DropReason.CUSTOM)

    pipeline = Pipeline([("record", record), ("drop_first", drop_first)], repeat=("record", "drop_first"))
    draft = Draft(raw="", blocks=[Block(text=t, line=n) for n, t in enumerate(["x1", "x2", "body"], start=1)])
    pipeline.run(draft)
    assert seen == [["x1", "x2", "body"], ["x2", "body"], ["body"]]


def test_repeated_span_survives_edits_that_keep_its_ends() -> None:
    """Adding or removing stages inside the span keeps it; removing an end takes it in; order is checked."""
    first, last = DEFAULT_REPEAT
    assert DEFAULT_PIPELINE.without("extract_videos").repeat == DEFAULT_PIPELINE.repeat
    before_last = DEFAULT_PIPELINE.names[DEFAULT_PIPELINE.names.index(last) - 1]
    assert DEFAULT_PIPELINE.without(last).repeat == (first, before_last)
    after_first = DEFAULT_PIPELINE.names[DEFAULT_PIPELINE.names.index(first) + 1]
    assert DEFAULT_PIPELINE.without(first).repeat == (after_first, last)
    assert DEFAULT_PIPELINE.only("parse", "classify_lines").repeat == ("classify_lines", "classify_lines")
    assert DEFAULT_PIPELINE.only("parse").repeat is None
    inserted = DEFAULT_PIPELINE.with_stage("extra", _noop, before=last)
    assert inserted.repeat == DEFAULT_REPEAT
    assert inserted.names.index(first) < inserted.names.index("extra") < inserted.names.index(last)
    assert DEFAULT_PIPELINE.with_stage("extra", _noop).repeat == DEFAULT_REPEAT
    assert Pipeline(DEFAULT_PIPELINE.stages) != DEFAULT_PIPELINE
    with pytest.raises(ConfigError, match="must not come after"):
        Pipeline(DEFAULT_PIPELINE.stages, repeat=("classify_lines", "parse"))


def test_repeated_span_runs_again_when_a_stage_rewrites_a_block() -> None:
    """A stage that only rewrites text (cuts a dateline) also sends the span round again, for the stages before it."""
    seen: list[list[str]] = []

    def record(draft: Draft) -> None:
        seen.append([block.text for block in draft.blocks])

    def cut_prefix(draft: Draft) -> None:
        for block in draft.blocks:
            block.text = block.text.removeprefix("(CNN)")

    pipeline = Pipeline([("record", record), ("cut_prefix", cut_prefix)], repeat=("record", "cut_prefix"))
    draft = Draft(raw="", blocks=[Block(text="(CNN)Officials said.", line=1)])
    pipeline.run(draft)
    assert seen == [["(CNN)Officials said."], ["Officials said."]]
