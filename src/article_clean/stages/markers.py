"""Drop the labels that mark where a post sits on its page, once the line classifier has read them.

A blog's reading time ("5 min read") stands between the headline and the post, its like and share labels
("Like this:", "Sharing is caring!"), its links to the neighbouring posts ("Previous Post", "« Older Entries") and
what is left of its comment form ("Leave a comment", "Comments are closed.") after it; ad labels ("Advert",
"Anzeige") and a slideshow's notices ("This slideshow requires JavaScript.") stand between the post's paragraphs.
None is the story, and each says where the story is: the line classifier reads them as evidence for the lines
around them, and its model was fitted on pages that still hold them. So these rules run after it, at the end of the
repeated span (its first scoring reads them): taken out before, such lines changed the page it reads, and refitted
on those pages the held-out ScrapingHub HTML F1 fell from .974 to .969 (two refits each; `training/README.md`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from article_clean import patterns
from article_clean.errors import DropReason

if TYPE_CHECKING:
    from article_clean.draft import Block

__all__ = [
    "drop_ad_label",
    "drop_comment_prompt",
    "drop_post_navigation",
    "drop_reading_time",
    "drop_share_label",
    "drop_slideshow_notice",
]

#: A comment heading that also heads a body's own section (a study's "Discussion"): not dropped alone.
_SECTION_HEADINGS = frozenset({"discussion"})
#: A comment section's heading, a line of its form, its closing notice.
_COMMENT_FURNITURE = (patterns.COMMENT_HEADING, patterns.COMMENT_CONTROL, patterns.COMMENTS_CLOSED)


def drop_reading_time(block: Block) -> DropReason | None:
    """Drop a post's estimated reading time ("5 min read", "Tempo de leitura: 2 minutos"): a label, not the story.

    >>> from article_clean.draft import Block
    >>> drop_reading_time(Block(text="Reading time: 3 minutes", line=1))
    <DropReason.POST_METADATA: 'post_metadata'>
    >>> drop_reading_time(Block(text="A 5 min read on the train home.", line=1)) is None
    True
    """
    return DropReason.POST_METADATA if patterns.READING_TIME.match(block.text) else None


def drop_share_label(block: Block) -> DropReason | None:
    """Drop a blog's like or share label or share count alone on its line ("Like this:", "0shares").

    >>> from article_clean.draft import Block
    >>> drop_share_label(Block(text="Like Loading...", line=1))
    <DropReason.SHARE_BAR: 'share_bar'>
    >>> drop_share_label(Block(text="1,204 shares were sold on Monday.", line=1)) is None
    True
    """
    return DropReason.SHARE_BAR if patterns.SHARE_LABEL.match(block.text) else None


def drop_post_navigation(block: Block) -> DropReason | None:
    """Drop a link to the previous or next post ("Previous Post", "« Older title | Main | Newer title »").

    >>> from article_clean.draft import Block
    >>> drop_post_navigation(Block(text="« Going...Going...Gone! | Main | On Quadrille Today »", line=1))
    <DropReason.NAVIGATION: 'navigation'>
    >>> drop_post_navigation(Block(text="The next post office opens in May.", line=1)) is None
    True
    """
    return DropReason.NAVIGATION if patterns.POST_NAVIGATION.match(block.text) else None


def drop_ad_label(block: Block) -> DropReason | None:
    """Drop an ad unit's label in other words and languages than `drop_advertisement` reads ("Advert", "Реклама").

    >>> from article_clean.draft import Block
    >>> drop_ad_label(Block(text="Anzeige", line=1))
    <DropReason.ADVERTISEMENT: 'advertisement'>
    >>> drop_ad_label(Block(text="Advertising", line=1)) is None
    True
    """
    return DropReason.ADVERTISEMENT if patterns.AD_LABEL.match(block.text) else None


def drop_slideshow_notice(block: Block) -> DropReason | None:
    """Drop what a slideshow prints where its script did not run ("This slideshow requires JavaScript.").

    >>> from article_clean.draft import Block
    >>> drop_slideshow_notice(Block(text="Image 1 of / 9", line=1))
    <DropReason.GALLERY_CONTROL: 'gallery_control'>
    >>> drop_slideshow_notice(Block(text="This slideshow requires JavaScript and a newer browser.", line=1)) is None
    True
    """
    return DropReason.GALLERY_CONTROL if patterns.SLIDESHOW_NOTICE.match(block.text) else None


def drop_comment_prompt(block: Block) -> DropReason | None:
    """Drop what a comment section leaves behind once its comments are gone: its heading, form or closing notice.

    A section with comments under it goes in `drop_comment_section`; this takes the lines of one without them
    ("Leave a comment", "Comments are closed.", "You must be logged in to post a comment.", "12 Comments").

    >>> from article_clean.draft import Block
    >>> drop_comment_prompt(Block(text="The comments to this entry are closed.", line=1))
    <DropReason.COMMENTS: 'comments'>
    >>> drop_comment_prompt(Block(text="Discussion", line=1)) is None
    True
    """
    text = block.text
    if text.strip(" :.").casefold() in _SECTION_HEADINGS:
        return None
    matched = any(pattern.match(text) for pattern in _COMMENT_FURNITURE)
    return DropReason.COMMENTS if matched else None
