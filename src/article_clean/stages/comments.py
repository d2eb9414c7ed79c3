"""Drop a reader comment section: its heading and everything after it.

A page dumped whole ends, on blogs and many news sites, with the readers' comments: a heading ("15 comments to
<title>", "38 Responses to “…”", "Leave a Reply"), then one comment after another, each under a stamp — the
commenter and a date ("On November 1, 2012 at 10:12 am Maggie said:", "October 15, 2012 at 6:24 am") — and
above its controls ("Reply", "Report abuse"); or the comment form ("Name *", "Email (required)", "Click here to
cancel reply"). A bare "Email" is no form field: share bars print it too.
Comments read like prose, so the line classifier keeps many of them; the section's shape gives it away.

A heading alone proves nothing ("12 comments" also stands under headlines, next to the article it counts), so
the section is cut only where the heading comes after some prose and the lines below it look like comments: a
stamp or a control within the first few lines, and either a control or stamps of at least two comments in the
lines that follow. Stamps that all name the same person are not two comments but a post's own bylines under a
menu's "Comments" ("Posted by Max Fisher on …", then "By Max Fisher …" below the post), unless a stamp carries
a comment's control ("Reply", "Flag"). The heading and every line after it are dropped with
`DropReason.COMMENTS`.

The stage opens the default pipeline's repeated span. It runs before `drop_share_bar`, which would take a bare
"Comments" heading for a share button, and before the line classifier, which then judges the page without its
comments; it runs again on the lines each round keeps, so that cleaning ends at a fixed point.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from article_clean import patterns
from article_clean.dates import has_calendar_date
from article_clean.errors import DropReason
from article_clean.stages._shape import is_prose, key, longest_side, words

if TYPE_CHECKING:
    from collections.abc import Sequence

    from article_clean.draft import Block, Draft

__all__ = ["drop_comment_section", "is_comment_heading"]

#: Lines below a heading read to judge whether comments follow.
LOOKAHEAD = 30
#: The first stamp or control comes within this many lines of the heading.
FIRST_STAMP = 6
#: Comment stamps in separate runs (two comments) that prove a section without a control.
MIN_STAMP_RUNS = 2
#: The longest heading: "38 Responses to <a long title>".
MAX_HEADING_CHARS = 200
#: A line of this many words ending like a sentence is body text, even when it starts like a heading.
SENTENCE_WORDS = 8
#: A sentence of this many words before the heading: the heading does not head the page.
PROSE_WORDS = 4
#: A "<name> said:" stamp has at most this many words; a dated stamp at most `DATED_WORDS`.
SAID_WORDS = 8
DATED_WORDS = 12
#: A dated stamp that also names a control ("Posted by tj on November 5, 2012 at 7:56 am | permalink | Reply").
CONTROL_DATED_WORDS = 20


#: A text's first line that is not blank, without the white space around it.
_FIRST_LINE = regex.compile(r"\S[^\n]*+")
#: The words of a comment stamp around its author's name: a time stamp's (weekdays, am, pm, …), and these.
_STAMP_WORDS = patterns.TIMESTAMP_WORDS | frozenset(
    "posted written by said says wrote writes ago about a an minutes minute hours hour days day weeks week months"
    " month years year edt est cdt cst pdt pst gmt utc bst cet pt et ct mt"
    # Placeholders for a commenter without a name: two comments may both be signed so.
    " anonymous anon guest unknown".split()
)
#: A comment control printed on its stamp's line.
_STAMP_CONTROL = regex.compile(r"\b(?:reply|permalink|report|flag)\b", regex.IGNORECASE)


def drop_comment_section(draft: Draft) -> None:
    """Drop the first comment section that follows prose, from its heading to the end of the page.

    >>> from article_clean.draft import Draft, Block
    >>> lines = ["The mayor opened the bridge on Monday.", "2 comments:", "Ann said...", "Lovely!",
    ...          "May 2, 2012 4:45 AM", "Bob said...", "Great news.", "May 2, 2012 6:14 AM"]
    >>> draft = Draft(raw="", blocks=[Block(text=text, line=n) for n, text in enumerate(lines, 1)])
    >>> drop_comment_section(draft)
    >>> [block.text for block in draft.blocks if block.fate is None]
    ['The mayor opened the bridge on Monday.']
    """
    blocks = draft.blocks
    kinds: dict[int, str | None] = {}  # each line is judged once, however many headings look at it
    titles = _title_keys(draft)
    after_prose = False
    for index, block in enumerate(blocks):
        heading = is_comment_heading(block.text)
        if (
            heading
            and after_prose
            and _comments_follow(blocks, index + 1, kinds)
            and not _title_follows(blocks, index + 1, titles)
        ):
            for dropped in blocks[index:]:
                draft.drop(dropped, DropReason.COMMENTS)
            return
        # A heading quoting a title that ends like a sentence is not the prose a section must follow.
        after_prose = after_prose or (not heading and is_prose(block.text, PROSE_WORDS))


def is_comment_heading(text: str) -> bool:
    """Whether `text` reads as the heading of a comment section, or a post's meta line ending in its count.

    >>> [is_comment_heading(text) for text in ("38 Responses to “Storm hits”", "Filed under: Travel | 48 Comments »")]
    [True, True]
    >>> [is_comment_heading(text) for text in ("Share | Print | Comments", "12 comments were read out, he then said.")]
    [False, False]
    """
    if len(text) > MAX_HEADING_CHARS:
        return False
    if patterns.COMMENT_HEADING.match(text) is None:
        # Every line of every page comes here: the cheap tests on its characters go first.
        if text.endswith(")") and patterns.COMMENT_LABELLED_COUNT.match(text):
            return True
        if "|" not in text and "•" not in text and "·" not in text:
            return False
        # Only a counted part: a share bar names "Comments" among its buttons too.
        parts = patterns.META_SEPARATOR.split(text)
        return any(patterns.COMMENT_COUNT.match(part) for part in parts[1:])
    # A sentence that starts like a count ("12 replies to the survey said …") is body text; a heading that quotes
    # the post's title ("3 Responses to “Who attacked them?”") may end like one.
    return not is_prose(text, SENTENCE_WORDS) or patterns.OPENING_QUOTE.search(text) is not None


def _title_keys(draft: Draft) -> frozenset[str]:
    """The keys a line repeating the page's headline has: the title read so far, and a text page's first line.

    A page dumped to text opens with its `<title>`, the headline alone or beside the site's name; the longest side
    is the headline. The input's first line stays what it was while rounds of the pipeline drop lines.

    >>> from article_clean.draft import Draft
    >>> sorted(_title_keys(Draft(raw="\\n Storm hits the coast | Daily News \\nHome")))
    ['storm hits the coast', 'storm hits the coast | daily news']
    """
    texts = [draft.meta.title] if draft.meta.title else []
    first = _FIRST_LINE.search(draft.raw) if draft.format == "text" else None
    if first is not None:
        line = first.group().rstrip()
        sides = patterns.TITLE_SEPARATOR.split(line)
        texts += [line, sides[longest_side(sides)]]
    return frozenset(key(text) for text in texts if words(text) >= 2)


def _title_follows(blocks: Sequence[Block], start: int, titles: frozenset[str]) -> bool:
    """Whether the page's headline stands in the lines below `start`: the post itself, under a menu's "Comments"."""
    return bool(titles) and any(key(block.text) in titles for block in blocks[start : start + FIRST_STAMP])


def _comments_follow(blocks: Sequence[Block], start: int, kinds: dict[int, str | None]) -> bool:
    """Whether the lines from `start` open like a comment section.

    That is an early stamp, then a control or the stamps of two comments.
    """
    below = []
    for index in range(start, min(start + LOOKAHEAD, len(blocks))):
        if index not in kinds:
            kinds[index] = _stamp(blocks[index].text)
        below.append(kinds[index])
    if not any(below[:FIRST_STAMP]):
        return False
    if "control" in below:
        return True
    runs = sum(1 for i, kind in enumerate(below) if kind and (i == 0 or not below[i - 1]))
    if runs < MIN_STAMP_RUNS:
        return False
    return not _one_author([blocks[start + i].text for i, kind in enumerate(below) if kind])


def _one_author(stamps: Sequence[str]) -> bool:
    """Whether the stamps that name someone all name the same one: a post's own bylines, not two comments.

    >>> _one_author(["Posted by Max Fisher on October 29, 2012 at 6:48 pm", "By Max Fisher October 29, 2012"])
    True
    >>> _one_author(["Ann Lee says:", "October 15, 2012 at 6:24 am", "Bob says:"])
    False
    """
    if any(_STAMP_CONTROL.search(stamp) for stamp in stamps):
        return False  # "… Reply 0 Flag this comment": a comment's stamp
    named = [name for stamp in stamps if (name := _named(stamp))]
    return len(named) >= MIN_STAMP_RUNS and len(set(named)) == 1


def _named(stamp: str) -> frozenset[str]:
    """The words of a stamp that may name its author: not its date, time, or the words around them."""
    return frozenset(
        word
        for word in patterns.WORD.findall(stamp.lower())
        if not any(char.isdigit() for char in word) and word not in patterns.MONTHS and word not in _STAMP_WORDS
    )


def _stamp(text: str) -> str | None:
    """'control' for a comment control or form field, 'stamp' for a commenter's stamp, None for other lines."""
    if patterns.COMMENT_CONTROL.match(text):
        return "control"
    count = words(text, most=CONTROL_DATED_WORDS)  # a longer line is no stamp
    if count <= SAID_WORDS and patterns.COMMENT_SAID.search(text):
        return "stamp"
    dated = count <= CONTROL_DATED_WORDS and (patterns.COMMENT_DATE.search(text) is not None or has_calendar_date(text))
    if dated and (count <= DATED_WORDS or patterns.COMMENT_CONTROL_WORD.search(text)):
        return "stamp"
    return None
