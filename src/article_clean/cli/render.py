"""Write cleaned records as JSON, JSON Lines, plain text or Markdown."""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

from article_clean.bag import to_record

if TYPE_CHECKING:
    from article_clean.document import Article, Gallery, Paragraph

__all__ = ["FORMATS", "markdown", "record_json", "text"]

FORMATS = ("json", "jsonl", "text", "markdown")


def record_json(
    ident: str, url: str | None, result: Article | str, *, dropped: bool = True, indent: int | None = None
) -> str:
    """One record as JSON: its id and URL, then `article` (the document) or `error` (why there is none)."""
    head: dict[str, object] = {"id": ident, **({"url": url} if url else {})}
    return json.dumps(to_record(head, result, dropped=dropped), ensure_ascii=False, indent=indent)


def text(article: Article) -> str:
    """The title and the body, paragraphs separated by blank lines."""
    return "\n\n".join(part for part in (article.title, article.text) if part)


def markdown(article: Article) -> str:
    """The document as Markdown: title, byline and dates, highlights, body, galleries and videos."""
    parts = [f"# {article.title}"] if article.title else []
    byline = " · ".join(
        part
        for part in (
            ", ".join(article.authors),
            article.publisher or "",
            article.published.isoformat() if article.published else "",
        )
        if part
    )
    if byline:
        parts.append(f"*{_escape(byline)}*")
    if article.highlights:
        parts.append("\n".join(f"- {_escape(line)}" for line in article.highlights))
    parts += [_paragraph(paragraph) for paragraph in article.paragraphs]
    parts += [_gallery(gallery) for gallery in article.galleries]
    if article.videos:
        parts.append("## Videos\n\n" + "\n".join(f"- {_escape(video.title)}" for video in article.videos))
    return "\n\n".join(parts)


def _paragraph(paragraph: Paragraph) -> str:
    content = _escape(paragraph.text)
    if paragraph.kind == "heading":
        return f"## {content}"
    if paragraph.kind == "quote":
        return f"> {content}"
    if paragraph.kind == "list_item":
        return f"- {content}"
    return content


def _gallery(gallery: Gallery) -> str:
    lines = [f"## {_escape(gallery.title)}" if gallery.title else "## Gallery", ""]
    for item in gallery.items:
        caption = _escape(item.caption)
        credit = f" ({_escape(item.credit)})" if item.credit else ""
        image = f" ![]({item.image})" if item.image else ""
        lines.append(f"{item.index}. {caption}{credit}{image}")
    return "\n".join(lines)


def _escape(content: str) -> str:
    """Escape what Markdown would read as markup: emphasis, code, links and HTML inside, a block marker in front."""
    escaped = _INLINE.sub(r"\\\g<0>", content)
    return _LEADING.sub(r"\g<1>\\\g<2>", escaped, count=1)


_INLINE = re.compile(r"[\\`*_\[\]<>]")
#: A block marker at the start: a heading, quote or bullet mark, or the dot of a numbered item ("1.").
_LEADING = re.compile(r"^(\s*+|\s*+\d++)((?<=\d)[.)]|(?<!\d)[#>+=-])")
