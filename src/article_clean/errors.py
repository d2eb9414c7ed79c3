"""Exceptions raised by article_clean, and the stable codes that explain every dropped piece of text.

The exception tree::

    ArticleCleanError                      base of everything raised here
    ├── InputTypeError(…, TypeError)       raw input is neither str nor bytes
    ├── ConfigError(…, ValueError)         unknown option, bad option value, unknown or duplicate stage name
    └── StageError(…, RuntimeError)        a stage raised; `.stage` names it, `__cause__` is the original error

Content never raises: odd content is kept, or dropped with a `DropReason`. A `StageError` from the built-in stages
is a bug.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = ["ArticleCleanError", "ConfigError", "DropReason", "InputTypeError", "StageError"]


class ArticleCleanError(Exception):
    """Base class of every exception article_clean raises."""


class InputTypeError(ArticleCleanError, TypeError):
    """The raw input is neither `str` nor `bytes`."""


class ConfigError(ArticleCleanError, ValueError):
    """An option or a pipeline definition is invalid."""


class StageError(ArticleCleanError, RuntimeError):
    """A pipeline stage raised an exception.

    Attributes:
        stage: The name of the stage that failed.
    """

    def __init__(self, stage: str) -> None:
        """Name the failing stage; the original exception is chained as `__cause__`."""
        self.stage = stage
        super().__init__(f"stage {stage!r} failed; see the chained exception for the cause")


class DropReason(StrEnum):
    """Why a piece of text was removed. The values are stable: stored audit trails depend on them.

    >>> DropReason.READ_MORE.value, DropReason.READ_MORE.description
    ('read_more', 'A "Read More" style link label.')
    """

    EMPTY = "empty"
    NON_CONTENT = "non_content"
    DUPLICATE_PARAGRAPH = "duplicate_paragraph"
    DUPLICATE_METADATA = "duplicate_metadata"
    SECTION_LABEL = "section_label"
    VIDEO_PLAYER = "video_player"
    DUPLICATE_VIDEO_TITLE = "duplicate_video_title"
    VIDEO_PLAYLIST = "video_playlist"
    GALLERY_CONTROL = "gallery_control"
    REPEATED_GALLERY_TITLE = "repeated_gallery_title"
    DUPLICATE_CAPTION = "duplicate_caption"
    GALLERY_THUMBNAILS = "gallery_thumbnails"
    PROMO = "promo"
    READ_MORE = "read_more"
    ADVERTISEMENT = "advertisement"
    NEWSLETTER_PROMPT = "newsletter_prompt"
    COOKIE_NOTICE = "cookie_notice"
    SHARE_BAR = "share_bar"
    COPYRIGHT_NOTICE = "copyright_notice"
    PHOTO_CREDIT = "photo_credit"
    RELATIVE_TIME = "relative_time"
    EDITORIAL_NOTE = "editorial_note"
    SEPARATOR = "separator"
    COMMENTS = "comments"
    RELATED_LINKS = "related_links"
    ABOUT_BOX = "about_box"
    POST_METADATA = "post_metadata"
    NAVIGATION = "navigation"
    NOT_ARTICLE_TEXT = "not_article_text"
    LEARNED_BOILERPLATE = "learned_boilerplate"
    OVER_LIMIT = "over_limit"
    CONTROL_CHARACTERS = "control_characters"
    CUSTOM = "custom"

    @property
    def description(self) -> str:
        """What the code means, in one sentence."""
        return _DESCRIPTIONS[self]


_DESCRIPTIONS: dict[DropReason, str] = {
    DropReason.EMPTY: "Nothing was left once entities, tags and whitespace were cleaned.",
    DropReason.NON_CONTENT: (
        "Text of an HTML element that never holds article text (navigation, header, footer, form, aside)."
    ),
    DropReason.DUPLICATE_PARAGRAPH: "A long prose paragraph that repeats an earlier one.",
    DropReason.DUPLICATE_METADATA: "A second byline or timestamp line after the first was read.",
    DropReason.SECTION_LABEL: 'A heading that only labels page furniture, such as "Story highlights".',
    DropReason.VIDEO_PLAYER: (
        'Video player controls: "JUST WATCHED", "Replay", "More Videos ...", "MUST WATCH", "(8 Videos)".'
    ),
    DropReason.DUPLICATE_VIDEO_TITLE: "A video title repeated around its player.",
    DropReason.VIDEO_PLAYLIST: "Titles of other videos listed after a player.",
    DropReason.GALLERY_CONTROL: 'Gallery controls such as "Hide Caption".',
    DropReason.REPEATED_GALLERY_TITLE: "The gallery title, repeated before each item.",
    DropReason.DUPLICATE_CAPTION: (
        "A copy of a gallery caption: the rendered twin of an escaped caption, or a caption repeated in the body."
    ),
    DropReason.GALLERY_THUMBNAILS: "The concatenated thumbnail labels that follow a gallery.",
    DropReason.PROMO: "A promotion for another product or channel of the publisher.",
    DropReason.READ_MORE: 'A "Read More" style link label.',
    DropReason.ADVERTISEMENT: "An advertisement marker.",
    DropReason.NEWSLETTER_PROMPT: "A newsletter or sign-up prompt.",
    DropReason.COOKIE_NOTICE: 'A cookie or consent notice, or its buttons ("Accept cookies", "Cookie Settings").',
    DropReason.SHARE_BAR: "Share or follow buttons.",
    DropReason.COPYRIGHT_NOTICE: "A copyright, reprint or syndication notice.",
    DropReason.PHOTO_CREDIT: "A photo credit or caption control standing without its caption.",
    DropReason.RELATIVE_TIME: 'A relative time stamp such as "7 years ago".',
    DropReason.EDITORIAL_NOTE: 'A note about the page rather than the story ("This is a rush transcript.").',
    DropReason.SEPARATOR: "A line with no letters or digits, such as a rule of underscores.",
    DropReason.COMMENTS: "A reader comment section: its heading, the comments and the comment form.",
    DropReason.POST_METADATA: (
        "A blog post's filing line as its platform prints it: categories, tags, permalink, trackbacks, comment count."
    ),
    DropReason.RELATED_LINKS: (
        'A list of links to other stories after the article, with its heading: "You may also like", "Most Popular"; '
        "or, in HTML, another story's headline set between the paragraphs as one link in capitals."
    ),
    DropReason.ABOUT_BOX: (
        'A box after the article about its author or publisher: "About the author", "About Jane Doe", "Über Moritz '
        'Bachmann" and the lines about the name.'
    ),
    DropReason.NAVIGATION: 'Links between the pages of a site: "Skip to main", "Newer Post Older Post Home".',
    DropReason.NOT_ARTICLE_TEXT: (
        "A line the line classifier judged not to be article text, from its shape and its neighbours: menus, "
        "related links, footers, comments."
    ),
    DropReason.LEARNED_BOILERPLATE: (
        "A line that recurs across many stories of the site, according to the learned profile passed as `profile`."
    ),
    DropReason.OVER_LIMIT: "Input past the `max_input_chars` limit, cut before cleaning.",
    DropReason.CONTROL_CHARACTERS: (
        "Control characters and lone surrogates the input held, which carry no text: the record names each code "
        "point and how often it occurred (`U+0000 ×3`)."
    ),
    DropReason.CUSTOM: "Removed by a filter the caller added; the record's `filter` names it.",
}
