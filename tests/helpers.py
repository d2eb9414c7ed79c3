"""Run single stages on small inputs, the way the pipeline runs them."""

from __future__ import annotations

from article_clean import CleanConfig, Draft, Pipeline, Stage
from article_clean.stages.normalize import mark_list_items
from article_clean.stages.parse import split_lines


def run(stage: Stage, *lines: str, name: str = "stage_under_test", **options: object) -> Draft:
    """Run `stage` on a draft holding one block per line, list markers read as the pipeline reads them."""
    draft = Draft(
        raw="\n".join(lines), config=CleanConfig.model_validate(options), blocks=split_lines("\n".join(lines))
    )
    mark_list_items(draft)
    Pipeline([(name, stage)]).run(draft)
    return draft


def body(draft: Draft) -> list[str]:
    """The texts still in the body."""
    return [block.text for block in draft.blocks]


def reasons(draft: Draft) -> list[str]:
    """The reason codes of everything dropped, in order."""
    return [record.reason.value for record in draft.dropped]
