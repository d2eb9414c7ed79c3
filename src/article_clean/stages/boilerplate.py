"""Block rules for lines that are page furniture wherever they appear: promos, "Read More", ads, sign-ups, share bars.

Each rule matches a whole line against a phrase table in `patterns`, so prose that merely mentions a newsletter
or an advertisement is never touched.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from article_clean import patterns
from article_clean.errors import DropReason

if TYPE_CHECKING:
    import regex

    from article_clean.draft import Block

__all__ = [
    "drop_advertisement",
    "drop_cookie_notice",
    "drop_empty",
    "drop_newsletter_prompt",
    "drop_promo",
    "drop_read_more",
    "drop_separator",
    "drop_share_bar",
]


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
