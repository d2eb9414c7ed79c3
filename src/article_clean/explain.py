"""Why was this removed? `explain(raw)` lists every piece of the input with what became of it.

Each entry is a block of the input (a line of text, or a block element of an HTML page) in source order: kept in
the body, placed into a field of the document (title, byline, gallery, video...), or dropped, with the stage and
the reason code. It is what `article-clean --explain` prints.

>>> for entry in explain("Syrian forces have recaptured the city of Palmyra.\\nRead More"):
...     print(entry.line, entry.verdict, entry.stage, entry.reason, entry.text)
1 kept None None Syrian forces have recaptured the city of Palmyra.
2 dropped drop_read_more read_more Read More
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from article_clean.api import run_pipeline

if TYPE_CHECKING:
    from article_clean.config import CleanConfig
    from article_clean.errors import DropReason
    from article_clean.pipeline import Pipeline

__all__ = ["Explained", "explain"]

Verdict = Literal["kept", "placed", "dropped"]


@dataclass(frozen=True, slots=True)
class Explained:
    """What became of one piece of the input."""

    line: int | None
    """Its source line (for HTML, its element's position); None for text cut from a larger piece."""
    verdict: Verdict
    text: str
    stage: str | None = None
    """The stage that placed or dropped it."""
    reason: DropReason | None = None
    """Why it was dropped."""
    field: str | None = None
    """The document field it went to, when placed."""


def explain(
    raw: str | bytes, *, config: CleanConfig | None = None, pipeline: Pipeline | None = None, **options: object
) -> list[Explained]:
    """Clean `raw` as `clean_article` does and return what became of each piece of it, in source order.

    Raises the same exceptions as `clean_article`, for the same reasons.
    """
    draft = run_pipeline(raw, config, pipeline, options)
    entries = [Explained(block.line, "kept", block.text) for block in draft.blocks]
    entries += [Explained(p.line, "placed", p.text, p.stage, field=p.field) for p in draft.placed]
    entries += [Explained(d.line, "dropped", d.text, d.filter, d.reason) for d in draft.dropped]
    # A stable sort keeps each line's pieces in the order the run produced them; unplaced pieces go last.
    return sorted(entries, key=lambda entry: entry.line if entry.line is not None else float("inf"))
