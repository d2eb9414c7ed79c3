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

__all__ = ["MAX_REPEATS", "BlockRule", "Pipeline", "Stage", "TextFix", "block_stage", "text_stage"]

Stage: TypeAlias = Callable[[Draft], None]
"""Anything that reads and changes a `Draft`."""
TextFix: TypeAlias = Callable[[str], str]
"""A pure, idempotent rewrite of one block's text."""
BlockRule: TypeAlias = Callable[[Block], DropReason | None]
"""A verdict on one block: a reason to drop it, or None to keep it."""

#: How many times a repeated span runs again at most; a page that has not settled by then keeps what it has.
MAX_REPEATS = 24

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


def _texts(draft: Draft) -> tuple[str, ...]:
    return tuple(block.text for block in draft.blocks)


class Pipeline:
    """An immutable sequence of `(name, stage)` pairs; every change returns a new pipeline.

    >>> from article_clean.stages import DEFAULT_PIPELINE
    >>> smaller = DEFAULT_PIPELINE.without("drop_read_more")
    >>> "drop_read_more" in smaller.names, "drop_read_more" in DEFAULT_PIPELINE.names
    (False, True)
    """

    __slots__ = ("_repeat", "_stages")

    def __init__(self, stages: Iterable[tuple[str, Stage]], *, repeat: tuple[str, str] | None = None) -> None:
        """Check that names are unique snake_case and that every stage is callable.

        `repeat=(first, last)`: the stages from `first` to `last` run again while any of them drops, places or
        rewrites a block, up to `MAX_REPEATS` times, so that stages which read a block's neighbours see the blocks the
        later ones left, and the run ends at a fixed point of the span.
        """
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
        self._repeat = self._checked_repeat(repeat)

    def _checked_repeat(self, repeat: tuple[str, str] | None) -> tuple[int, int] | None:
        if repeat is None:
            return None
        self._check(repeat)
        first, last = (self.names.index(name) for name in repeat)
        if first > last:
            msg = f"repeat={repeat!r}: the first stage must not come after the last"
            raise ConfigError(msg)
        return first, last

    @property
    def repeat(self) -> tuple[str, str] | None:
        """The first and last stage of the span that runs again while it changes the draft."""
        return None if self._repeat is None else (self.names[self._repeat[0]], self.names[self._repeat[1]])

    def _derive(self, stages: Iterable[tuple[str, Stage]]) -> Pipeline:
        """A new pipeline with these stages, repeating from the first to the last stage of the span still there.

        Taking out an end of the span takes the span in to the nearest stage left inside it, rather than dropping
        the repeat: the stages left still read neighbours and must still end at a fixed point.
        """
        pairs = tuple(stages)
        if self._repeat is None:
            return Pipeline(pairs)
        inside = set(self.names[self._repeat[0] : self._repeat[1] + 1])
        kept = [name for name, _ in pairs if name in inside]
        return Pipeline(pairs, repeat=(kept[0], kept[-1]) if kept else None)

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
        return self._derive(pair for pair in self._stages if pair[0] not in names)

    def only(self, *names: str) -> Pipeline:
        """Return a pipeline with just the named stages, in their current order."""
        self._check(names)
        return self._derive(pair for pair in self._stages if pair[0] in names)

    def with_stage(self, name: str, stage: Stage, *, before: str | None = None, after: str | None = None) -> Pipeline:
        """Return a pipeline with `stage` added before or after a named stage (at the end if neither is given)."""
        if before is not None and after is not None:
            msg = "give before= or after=, not both"
            raise ConfigError(msg)
        anchor = before if before is not None else after
        if anchor is None:
            return self._derive((*self._stages, (name, stage)))
        self._check((anchor,))
        index = self.names.index(anchor) + (1 if after is not None else 0)
        return self._derive((*self._stages[:index], (name, stage), *self._stages[index:]))

    def replace(self, name: str, stage: Stage) -> Pipeline:
        """Return a pipeline in which the named stage is `stage`."""
        self._check((name,))
        return self._derive((old, stage if old == name else current) for old, current in self._stages)

    def run(self, draft: Draft) -> None:
        """Run every stage on `draft` in order, raising `StageError` if one raises."""
        index, repeats, changed = 0, 0, False
        texts: tuple[str, ...] = ()
        while index < len(self._stages):
            if self._repeat and index == self._repeat[0]:
                changed, texts = False, _texts(draft)
            before = len(draft.dropped) + len(draft.placed)
            self._run_stage(index, draft)
            changed = changed or len(draft.dropped) + len(draft.placed) != before
            if self._repeat and index == self._repeat[1]:
                changed = changed or _texts(draft) != texts  # a stage rewrote a block (cut a dateline, say)
            if self._repeat and index == self._repeat[1] and changed and repeats < MAX_REPEATS:
                index, repeats = self._repeat[0], repeats + 1
            else:
                index += 1

    def _run_stage(self, index: int, draft: Draft) -> None:
        name, stage = self._stages[index]
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
        repeat = f", repeat={self.repeat!r}" if self.repeat else ""
        return f"Pipeline({list(self.names)}{repeat})"

    def __eq__(self, other: object) -> bool:
        """Pipelines are equal when they run the same stages under the same names, repeating the same span."""
        return isinstance(other, Pipeline) and (self._stages, self._repeat) == (other._stages, other._repeat)

    def __hash__(self) -> int:
        """Hash by the stages and the repeated span."""
        return hash((self._stages, self._repeat))

    def __len__(self) -> int:
        """The number of stages."""
        return len(self._stages)
