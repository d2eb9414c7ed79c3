"""Block rules for lines that are page furniture wherever they appear: promos, "Read More", ads, sign-ups, share bars.

Each rule matches a whole line against a phrase table in `patterns`, so prose that merely mentions a newsletter
or an advertisement is never touched.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from article_clean import patterns
from article_clean.errors import DropReason
from article_clean.stages._shape import is_one_link

if TYPE_CHECKING:
    import regex

    from article_clean.draft import Block

__all__ = [
    "drop_advertisement",
    "drop_cookie_notice",
    "drop_count_list",
    "drop_empty",
    "drop_linked_headline",
    "drop_newsletter_prompt",
    "drop_promo",
    "drop_read_more",
    "drop_relative_time",
    "drop_separator",
    "drop_share_bar",
    "drop_slideshow_control",
    "drop_tag_line",
]

#: A count list has at least this many counts: fewer is a sentence or a profile's few figures.
MIN_COUNTS = 5
#: The most words a count list has per count, its numbers aside ("October 2012 (9)" has one, "Book Club (236)" two).
WORDS_PER_COUNT = 6


def drop_empty(block: Block) -> DropReason | None:
    """Drop a block that cleaning left empty (a line of only `&nbsp;` or tags).

    >>> from article_clean.draft import Block
    >>> drop_empty(Block(text="", line=1))
    <DropReason.EMPTY: 'empty'>
    """
    return DropReason.EMPTY if not block.text else None


def drop_promo(block: Block) -> DropReason | None:
    """Drop a promotion for another product of the publisher ("Chat with us in Facebook Messenger…").

    >>> from article_clean.draft import Block
    >>> drop_promo(Block(text="CLICK HERE TO GET THE FOX NEWS APP", line=1))
    <DropReason.PROMO: 'promo'>
    """
    return DropReason.PROMO if patterns.PROMO.match(block.text) else None


def drop_read_more(block: Block) -> DropReason | None:
    """Drop a "Read More" style link label standing on its own line.

    >>> from article_clean.draft import Block
    >>> drop_read_more(Block(text="Read More", line=1))
    <DropReason.READ_MORE: 'read_more'>
    >>> drop_read_more(Block(text="Read more books, the doctor said.", line=1)) is None
    True
    """
    return DropReason.READ_MORE if patterns.READ_MORE.match(block.text) else None


def drop_advertisement(block: Block) -> DropReason | None:
    """Drop an advertisement marker ("Advertisement", "ADVERTISEMENT", "AD")."""
    return DropReason.ADVERTISEMENT if patterns.ADVERTISEMENT.match(block.text) else None


def drop_newsletter_prompt(block: Block) -> DropReason | None:
    """Drop a newsletter sign-up prompt."""
    prompt = _matches(block.text, patterns.NEWSLETTER_WORDS, patterns.NEWSLETTER_PROMPT)
    return DropReason.NEWSLETTER_PROMPT if prompt else None


def drop_cookie_notice(block: Block) -> DropReason | None:
    """Drop a cookie or consent notice and its buttons.

    >>> from article_clean.draft import Block
    >>> drop_cookie_notice(Block(text="We use cookies to improve your experience on our website.", line=1))
    <DropReason.COOKIE_NOTICE: 'cookie_notice'>
    >>> drop_cookie_notice(Block(text="Google uses cookies to track users, the report said.", line=1)) is None
    True
    """
    notice = _matches(block.text, patterns.COOKIE_WORDS, patterns.COOKIE_NOTICE)
    return DropReason.COOKIE_NOTICE if notice else None


def _matches(text: str, words: tuple[str, ...], pattern: regex.Pattern[str]) -> bool:
    """Whether `pattern` matches `text`.

    The pattern is tried only when `text`, lower-cased, contains one of `words` (every match does): that test
    costs a tenth of the pattern's on the lines that have none.
    """
    lowered = text.lower()
    return any(word in lowered for word in words) and pattern.match(text) is not None


def drop_relative_time(block: Block) -> DropReason | None:
    """Drop a time stamp relative to when the page was fetched ("2 hrs ago", "Published 1 day ago").

    Once the page is stored it no longer says when anything happened.

    >>> from article_clean.draft import Block
    >>> drop_relative_time(Block(text="posted 35 mins ago", line=1))
    <DropReason.RELATIVE_TIME: 'relative_time'>
    >>> drop_relative_time(Block(text="Two years ago the mill closed.", line=1)) is None
    True
    """
    return DropReason.RELATIVE_TIME if patterns.RELATIVE_TIME.match(block.text) else None


def drop_share_bar(block: Block) -> DropReason | None:
    """Drop share buttons and follow prompts ("Share Tweet Email", "Follow @politicalticker")."""
    return DropReason.SHARE_BAR if patterns.SHARE_BAR.match(block.text) else None


def drop_separator(block: Block) -> DropReason | None:
    """Drop a line with no letter or digit in it: a rule of underscores, a row of asterisks, a lone dash.

    >>> from article_clean.draft import Block
    >>> drop_separator(Block(text="___", line=1)), drop_separator(Block(text="* * *", line=1))
    (<DropReason.SEPARATOR: 'separator'>, <DropReason.SEPARATOR: 'separator'>)
    >>> drop_separator(Block(text="1.", line=1)) is None
    True
    """
    return DropReason.SEPARATOR if block.text and not patterns.WORD_CHARACTER.search(block.text) else None


def drop_slideshow_control(block: Block) -> DropReason | None:
    """Drop a slideshow's button or counter standing alone ("Enlarge Image", "Image 1 of 13", "52 Photos").

    >>> from article_clean.draft import Block
    >>> drop_slideshow_control(Block(text="Enlarge Image", line=1))
    <DropReason.GALLERY_CONTROL: 'gallery_control'>
    >>> drop_slideshow_control(Block(text="The gallery opened in 1952.", line=1)) is None
    True
    """
    return DropReason.GALLERY_CONTROL if patterns.SLIDESHOW_CONTROL.match(block.text) else None


def drop_count_list(block: Block) -> DropReason | None:
    """Drop links listed with their counts on one line: a blog's archive, its categories, a tag cloud.

    The counts are parenthesised numbers, at least `MIN_COUNTS` of them, with few words around each. A sentence
    that gives counts is kept: it ends in punctuation or runs on commas ("Smith (12), Jones (9) and …"), and a
    list numbered in parentheses ("(1) crew quarters, (2) exercise, (3) …") counts up by one.

    >>> from article_clean.draft import Block
    >>> drop_count_list(Block(text="Archive May 2012 (9) April 2012 (13) March 2012 (4) February 2012 (7) "
    ...                              "January 2012 (12)", line=1))
    <DropReason.NAVIGATION: 'navigation'>
    >>> drop_count_list(Block(text="Scorers: Smith (12), Jones (9), Brown (8), White (7) and Black (4).", line=1))
    """
    text = block.text
    if text.count("(") < MIN_COUNTS:
        return None  # the common case, decided without a pattern
    counts = [int(match[1].replace(",", "").replace(".", "")) for match in patterns.LINK_COUNT.finditer(text)]
    if len(counts) < MIN_COUNTS or counts == list(range(counts[0], counts[0] + len(counts))):
        return None
    rest = patterns.LINK_COUNT.sub(" ", text)
    if rest.rstrip().endswith((".", "!", "?")) or 2 * rest.count(",") >= len(counts):
        return None
    words = sum(1 for word in rest.split() if patterns.LETTER.search(word))
    return DropReason.NAVIGATION if words <= WORDS_PER_COUNT * len(counts) else None


def drop_linked_headline(block: Block) -> DropReason | None:
    """Drop a paragraph of an HTML page that is one link set in capitals: another story's headline.

    Publishers put links to their other stories between the article's paragraphs, in capitals ("SEAN SPICER
    ELIMINATED FROM 'DANCING WITH THE STARS'"); a line of text cannot show its link, so only HTML blocks are read.
    A heading is left alone: a post's own title may link to the post.

    >>> from article_clean.draft import Block
    >>> linked = (1.0,)  # the link share comes first in a block's markup evidence
    >>> drop_linked_headline(Block(text="STORM CLOSES THE COAST ROAD", line=1, dom=linked))
    <DropReason.RELATED_LINKS: 'related_links'>
    >>> drop_linked_headline(Block(text="STORM CLOSES THE COAST ROAD", line=1)) is None  # text: no link known
    True
    """
    if not is_one_link(block) or block.kind == "heading" or not block.text.isupper():
        return None
    text = block.text
    if len(text.split()) < HEADLINE_WORDS or sum(character.isalpha() for character in text) < HEADLINE_LETTERS:
        return None
    return DropReason.RELATED_LINKS


#: The least words and letters of a headline in capitals: fewer is a label ("NEWS", "WATCH LIVE").
HEADLINE_WORDS = 3
HEADLINE_LETTERS = 15


def drop_tag_line(block: Block) -> DropReason | None:
    """Drop a post's filing line: its tags, categories or topics after their label ("Tags: Alibaba, Mobile").

    >>> from article_clean.draft import Block
    >>> drop_tag_line(Block(text="Tagged as: eclipses, solar eclipse", line=1))
    <DropReason.POST_METADATA: 'post_metadata'>
    >>> drop_tag_line(Block(text="Topics: the board discussed pay. Then it voted.", line=1)) is None
    True
    """
    text = block.text
    if ":" not in text and "：" not in text:
        return None  # the common case, decided without a pattern
    if not patterns.TAG_LINE.match(text) or len(text.split()) > patterns.TAG_LINE_WORDS:
        return None
    return DropReason.POST_METADATA
