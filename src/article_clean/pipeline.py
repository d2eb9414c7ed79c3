"""An immutable, ordered list of named stages, and the adapters that turn small functions into stages.

Only the pipeline knows about order. Stages are plain callables, so each can be tested alone; the pipeline names
the one that fails.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeAlias

import regex

from article_clean.draft import Block, Draft
from article_clean.errors import ArticleCleanError, ConfigError, DropReason, StageError

__all__ = ["BlockRule", "Pipeline", "Stage", "TextFix", "block_stage", "text_stage"]

Stage: TypeAlias = Callable[[Draft], None]
"""Anything that reads and changes a `Draft`."""
TextFix: TypeAlias = Callable[[str], str]
"""A pure, idempotent rewrite of one block's text."""
BlockRule: TypeAlias = Callable[[Block], DropReason | None]
"""A verdict on one block: a reason to drop it, or None to keep it."""

_NAME = regex.compile(r"^[a-z][a-z0-9]*+(?:_[a-z0-9]++)*+$")


def text_stage(fix: TextFix) -> Stage:
    """Lift a `TextFix` into a stage that rewrites every body block.

    >>> from article_clean.draft import Draft, Block
    >>> draft = Draft(raw="", blocks=[Block(text="A  B", line=1)])
    >>> text_stage(lambda text: text.replace("  ", " "))(draft)
    >>> draft.blocks[0].text
    'A B'
    """

    def run(draft: Draft) -> None:
        for block in draft.blocks:
            block.text = fix(block.text)

    run.__name__ = getattr(fix, "__name__", "text_stage")
    run.__doc__ = fix.__doc__
    return run


def block_stage(rule: BlockRule) -> Stage:
    """Lift a `BlockRule` into a stage that drops every body block the rule has a reason against."""

    def run(draft: Draft) -> None:
        for block in draft.blocks:
            reason = rule(block)
            if reason is not None:
                draft.drop(block, reason)

    run.__name__ = getattr(rule, "__name__", "block_stage")
    run.__doc__ = rule.__doc__
    return run


class Pipeline:
    """An immutable sequence of `(name, stage)` pairs; every change returns a new pipeline.

    >>> from article_clean.stages import DEFAULT_PIPELINE
    >>> smaller = DEFAULT_PIPELINE.without("drop_read_more")
    >>> "drop_read_more" in smaller.names, "drop_read_more" in DEFAULT_PIPELINE.names
    (False, True)
    """

    __slots__ = ("_stages",)

    def __init__(self, stages: Iterable[tuple[str, Stage]]) -> None:
        """Check that names are unique snake_case and that every stage is callable."""
        pairs = tuple(stages)
        seen: set[str] = set()
        for name, stage in pairs:
            if not isinstance(name, str) or not _NAME.match(name):
                msg = f"stage name {name!r} must be snake_case (letters, digits, single underscores)"
                raise ConfigError(msg)
            if name in seen:
                msg = f"stage name {name!r} is used twice; stage names must be unique"
                raise ConfigError(msg)
            if not callable(stage):
                msg = f"stage {name!r} is {stage!r}, which is not callable; a stage takes a Draft"
                raise ConfigError(msg)
            seen.add(name)
        self._stages = pairs

    @property
    def names(self) -> tuple[str, ...]:
        """The stage names, in order."""
        return tuple(name for name, _ in self._stages)

    @property
    def stages(self) -> tuple[tuple[str, Stage], ...]:
        """The `(name, stage)` pairs, in order."""
        return self._stages

    def without(self, *names: str) -> Pipeline:
        """Return a pipeline without the named stages."""
        self._check(names)
        return Pipeline(pair for pair in self._stages if pair[0] not in names)

    def only(self, *names: str) -> Pipeline:
        """Return a pipeline with just the named stages, in their current order."""
        self._check(names)
        return Pipeline(pair for pair in self._stages if pair[0] in names)

    def with_stage(self, name: str, stage: Stage, *, before: str | None = None, after: str | None = None) -> Pipeline:
        """Return a pipeline with `stage` added before or after a named stage (at the end if neither is given)."""
        if before is not None and after is not None:
            msg = "give before= or after=, not both"
            raise ConfigError(msg)
        anchor = before if before is not None else after
        if anchor is None:
            return Pipeline((*self._stages, (name, stage)))
        self._check((anchor,))
        index = self.names.index(anchor) + (1 if after is not None else 0)
        return Pipeline((*self._stages[:index], (name, stage), *self._stages[index:]))

    def replace(self, name: str, stage: Stage) -> Pipeline:
        """Return a pipeline in which the named stage is `stage`."""
        self._check((name,))
        return Pipeline((old, stage if old == name else current) for old, current in self._stages)

    def run(self, draft: Draft) -> None:
        """Run every stage on `draft` in order, raising `StageError` if one raises."""
        for name, stage in self._stages:
            draft.stage = name
            try:
                stage(draft)
            except ArticleCleanError:
                raise
            except Exception as error:
                raise StageError(name) from error
            draft.sweep()

    def _check(self, names: Iterable[str]) -> None:
        unknown = [name for name in names if name not in self.names]
        if unknown:
            msg = f"no stage named {unknown}; the stages are {list(self.names)}"
            raise ConfigError(msg)

    def __repr__(self) -> str:
        """Show the stage names."""
        return f"Pipeline({list(self.names)})"

    def __eq__(self, other: object) -> bool:
        """Pipelines are equal when they run the same stages under the same names."""
        return isinstance(other, Pipeline) and self._stages == other._stages

    def __hash__(self) -> int:
        """Hash by the stages, like a tuple."""
        return hash(self._stages)

    def __len__(self) -> int:
        """The number of stages."""
        return len(self._stages)
