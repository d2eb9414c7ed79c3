"""Freeze a finished `Draft` into the `Article` users receive."""

from __future__ import annotations

from typing import TYPE_CHECKING

from article_clean.document import Article, Paragraph, Source, built

if TYPE_CHECKING:
    from article_clean.draft import Draft

__all__ = ["build_article"]


def build_article(draft: Draft) -> Article:
    """Return the document a pipeline run produced: the remaining blocks become the body."""
    meta = draft.meta
    return Article(
        title=meta.title,
        kicker=meta.kicker,
        authors=tuple(meta.authors),
        publisher=meta.publisher,
        dateline=meta.dateline,
        published=meta.published or draft.markup_published,
        updated=meta.updated,
        url=meta.url,
        language=meta.language,
        image=meta.image,
        highlights=tuple(draft.highlights),
        paragraphs=tuple(built(Paragraph, text=block.text, kind=block.kind) for block in draft.blocks),
        galleries=tuple(draft.galleries),
        videos=tuple(draft.videos),
        dropped=tuple(draft.dropped),
        source=Source(
            format=draft.format,
            encoding=draft.encoding,
            compression=draft.compression,
            compression_error=draft.compression_error,
            mojibake_lines=draft.mojibake_lines,
            limited=tuple(sorted(draft.limited)),
        ),
    )
