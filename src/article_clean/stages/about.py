"""Drop the boxes about the author or the publisher that follow an article: "About the author", "About Jane Doe".

Below the article, blogs print a box about who wrote it and press releases one about who issued it: a heading
("About the Author", "About Jane Doe", "About Ascom"; "Sobre o autor", "Über Moritz Bachmann": headings are read
in English, Portuguese, Spanish, German, French and Italian) over a line or two about them ("Jane Doe is a
reporter who …", "Ascom is a global solutions provider …"), or the bio on the heading's own line ("About the
author: Jane writes about money."). A line classifier keeps these: they are prose.

Above the article the same words are the site's menu ("About Us", "About the Site"), so a heading counts only
after some prose. Under a name, the lines that open with the name's first word (`Jane writes …`, `Ascom's …`) or
name it whole (`Als Sales Manager bildet Moritz Bachmann …`), at most `MAX_BIO` of them, are the box; under
"About the author", which names no one, the one line below it. The heading and those lines are dropped with
`DropReason.ABOUT_BOX`; a line about something else ends the box.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from article_clean import patterns
from article_clean.errors import DropReason
from article_clean.stages._sections import drop_sections_after_prose

if TYPE_CHECKING:
    from collections.abc import Sequence

    from article_clean.draft import Block, Draft

__all__ = ["drop_about_box"]

#: The most lines about the name under one heading.
MAX_BIO = 3
#: A sentence of this many words before the heading: the heading does not head the page.
PROSE_WORDS = 4
#: A longer line is no heading.
MAX_HEADING_CHARS = 80


def drop_about_box(draft: Draft) -> None:
    """Drop each "About …" box that follows prose: its heading and the lines about the name it gives.

    >>> from article_clean.draft import Draft, Block
    >>> lines = ["The mayor opened the bridge on Monday.", "About Jane Doe",
    ...          "Jane Doe covers city hall for the Gazette.", "Storm hits the coast"]
    >>> draft = Draft(raw="", blocks=[Block(text=text, line=n) for n, text in enumerate(lines, 1)])
    >>> drop_about_box(draft)
    >>> [block.text for block in draft.blocks if block.fate is None]
    ['The mayor opened the bridge on Monday.', 'Storm hits the coast']
    """
    drop_sections_after_prose(draft, _box_end, DropReason.ABOUT_BOX, PROSE_WORDS)


def _box_end(blocks: Sequence[Block], start: int) -> int | None:
    """The index after the box that opens at `start`, or None when no box opens there."""
    text = blocks[start].text
    if patterns.ABOUT_INLINE.match(text):
        return start + 1
    heading = patterns.ABOUT_HEADING.match(text) if len(text) <= MAX_HEADING_CHARS else None
    if heading is None:
        return None
    name = heading.group("name")
    if name is None:  # "About the author": the bio is the next line
        return min(start + 2, len(blocks))
    first, whole = _first_word(name), name.casefold()
    end = start + 1
    while end < min(start + 1 + MAX_BIO, len(blocks)) and _names(blocks[end].text, first, whole):
        end += 1
    return end


def _names(text: str, first: str, whole: str) -> bool:
    """Whether a line is about the name: it opens with its first word, or names it whole ("…, Carlos Nadalim é …")."""
    return _first_word(text) == first or (" " in whole and whole in text.casefold())


def _first_word(text: str) -> str:
    """A line's first word, lower-cased, without a possessive: "Ascom's" gives "ascom"."""
    word = patterns.FIRST_WORD.match(text)
    return word.group(1).casefold() if word else ""
