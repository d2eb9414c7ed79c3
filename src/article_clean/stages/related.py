"""Drop lists of links to other stories that a heading announces: "You may also like", "Most Popular".

After the article, pages list other stories under a heading of their own ("Related Posts:", "More from UK",
"Don't Miss", "Você pode gostar..."): a run of headlines, dates and bylines, no sentence among them. The heading
proves what the run is, which the headlines alone do not: a line classifier keeps many of them, since headlines
look like a body's subheadings. A headline may ask or exclaim (`Video shows rescue of kidnapped girl: "We got
her!"`): a line ending in "?" or "!" is a sentence only when it is as long as a paragraph.

The same words stand above a page's menus and over the site's own sections, before any article. So a heading
counts only after some prose, and the list it opens ends at the first sentence-like line (a teaser's lead or the
article going on) or after `MAX_RUN` lines; the heading and the lines of its list are dropped with
`DropReason.RELATED_LINKS`. A heading followed at once by prose goes alone. A list of teasers gives each
headline its lead: where `CARDS` pairs of a headline (of `HEADLINE_WORDS` words or more, no sentence) and a lead
(a sentence, or a line as long as a paragraph) follow one another, the leads do not end the list. An interview
going on after a list does not read so: a run whose first headline asks or exclaims is none.

On an HTML page a list's headline can end like a sentence ("The band sold out every show, it said.") and so end
the list too soon; the markup shows what the text cannot, that the whole block is one link. `drop_related_list_tail`
takes such blocks that go on from a list, once the line classifier has judged the page: taken before it, they would
change the page the classifier reads (and was fitted on), and the lines around them with it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from article_clean import patterns
from article_clean.errors import DropReason
from article_clean.stages._sections import drop_sections_after_prose
from article_clean.stages._shape import PARAGRAPH_WORDS, is_one_link, is_prose, words

if TYPE_CHECKING:
    from collections.abc import Sequence

    from article_clean.draft import Block, Draft

__all__ = ["drop_related_links", "drop_related_list_tail"]

#: The most lines one heading's list takes: a longer run without a sentence is not one list.
MAX_RUN = 30
#: Headline-and-lead pairs in a row that make a list of teasers: the leads do not end it.
CARDS = 3
#: The fewest words of a teaser's headline: "Shares" or a photo credit between a caption and a lede is none.
HEADLINE_WORDS = 4
#: A line of this many words ending like a sentence ends the list.
SENTENCE_WORDS = 8
#: A sentence of this many words before the heading: the heading does not head the page.
PROSE_WORDS = 4
#: A longer line is no heading.
MAX_HEADING_CHARS = 80


def drop_related_links(draft: Draft) -> None:
    """Drop each related-links heading that follows prose, with the lines of its list.

    >>> from article_clean.draft import Draft, Block
    >>> lines = ["The mayor opened the bridge on Monday.", "You may also like", "Storm hits the coast",
    ...          "Schools close early", "The bridge cost $40 million and took four years to build."]
    >>> draft = Draft(raw="", blocks=[Block(text=text, line=n) for n, text in enumerate(lines, 1)])
    >>> drop_related_links(draft)
    >>> [block.text for block in draft.blocks if block.fate is None]
    ['The mayor opened the bridge on Monday.', 'The bridge cost $40 million and took four years to build.']
    """
    drop_sections_after_prose(draft, _related_list_end, DropReason.RELATED_LINKS, PROSE_WORDS)


def _related_list_end(blocks: Sequence[Block], start: int) -> int | None:
    """The index after the heading at `start` and its list, or None when no related-links heading is there."""
    text = blocks[start].text
    if len(text) > MAX_HEADING_CHARS or not patterns.RELATED_HEADING.match(text):
        return None
    return _list_end(blocks, start + 1)


def _list_end(blocks: Sequence[Block], start: int) -> int:
    """The index after the last line of the list that starts at `start`."""
    end, limit = start, min(start + MAX_RUN, len(blocks))
    while end < limit:
        if not _ends_list(blocks[end].text):
            end += 1
            continue
        cards = _cards(blocks, end - 1, limit) if end > start else 0
        if cards < CARDS:
            break
        end += 2 * cards - 1
    return end


def _cards(blocks: Sequence[Block], start: int, limit: int) -> int:
    """How many headline-and-lead pairs follow one another from `start`."""
    count = 0
    while start + 2 * count + 1 < limit:
        headline, lead = blocks[start + 2 * count].text, blocks[start + 2 * count + 1].text
        if _ends_list(headline) or words(headline, HEADLINE_WORDS) < HEADLINE_WORDS:
            break
        if count == 0 and patterns.HEADLINE_END.search(headline):
            break
        if not _ends_list(lead) and words(lead, PARAGRAPH_WORDS) < PARAGRAPH_WORDS:
            break
        count += 1
    return count


def _ends_list(text: str) -> bool:
    """Whether a line under a related-links heading is a sentence, not one of the list's headlines.

    A headline may ask or exclaim (`Video shows rescue of kidnapped girl: "We got her!"`): a line ending in "?" or
    "!" ends the list only when it is as long as a paragraph.

    >>> _ends_list('Video shows dramatic rescue of kidnapped girl: "We got her!"')
    False
    >>> _ends_list("Police said the girl was found hidden in a laundry basket in the room.")
    True
    """
    if not is_prose(text, SENTENCE_WORDS):
        return False
    return patterns.HEADLINE_END.search(text) is None or words(text, PARAGRAPH_WORDS) >= PARAGRAPH_WORDS


def drop_related_list_tail(draft: Draft) -> None:
    """Drop the HTML blocks that are all one link and go on from a list of links already dropped.

    A block goes on from a list when no kept block stands between it and a block dropped with
    `DropReason.RELATED_LINKS`; headings stay, since a post's own title may link to the post.

    >>> from article_clean.draft import Draft, Block
    >>> from article_clean.errors import DropReason
    >>> link, prose = (1.0,), (0.0,)  # the link share comes first in a block's markup evidence
    >>> draft = Draft(raw="", format="html", blocks=[
    ...     Block(text="The mayor opened the bridge on Monday.", line=1, dom=prose),
    ...     Block(text="The band sold out every show, it said.", line=3, dom=link),
    ...     Block(text="The bridge cost $40 million.", line=4, dom=prose),
    ...     Block(text="Storm closes the coast road.", line=5, dom=link)])
    >>> draft.drop_text("You may also like...", DropReason.RELATED_LINKS, line=2)
    >>> drop_related_list_tail(draft)
    >>> [block.text for block in draft.blocks if block.fate is None]
    ['The mayor opened the bridge on Monday.', 'The bridge cost $40 million.', 'Storm closes the coast road.']
    """
    if draft.format != "html":
        return
    listed = sorted(d.line for d in draft.dropped if d.reason is DropReason.RELATED_LINKS and d.line is not None)
    following, next_listed = False, 0
    for block in draft.blocks:
        while next_listed < len(listed) and listed[next_listed] < block.line:
            following, next_listed = True, next_listed + 1
        if following and block.kind != "heading" and is_one_link(block):
            draft.drop(block, DropReason.RELATED_LINKS)
        else:
            following = False
