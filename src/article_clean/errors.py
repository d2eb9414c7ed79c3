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
    """Why a piece of text was removed. The values are stable: stored audit trails depend on them."""

    EMPTY = "empty"
    """Nothing was left once entities, tags and whitespace were cleaned."""
    NON_CONTENT = "non_content"
    """Text of an HTML element that never holds article text (navigation, header, footer, form, aside)."""
    DUPLICATE_PARAGRAPH = "duplicate_paragraph"
    """The same text as an earlier body paragraph."""
    DUPLICATE_METADATA = "duplicate_metadata"
    """A second byline or timestamp line after the first was read."""
    SECTION_LABEL = "section_label"
    """A heading that only labels page furniture, such as "Story highlights"."""
    VIDEO_PLAYER = "video_player"
    """Video player controls: "JUST WATCHED", "Replay", "More Videos ...", "MUST WATCH", "(8 Videos)"."""
    DUPLICATE_VIDEO_TITLE = "duplicate_video_title"
    """A video title repeated around its player."""
    VIDEO_PLAYLIST = "video_playlist"
    """Titles of other videos listed after a player."""
    GALLERY_CONTROL = "gallery_control"
    """Gallery controls such as "Hide Caption"."""
    REPEATED_GALLERY_TITLE = "repeated_gallery_title"
    """The gallery title, repeated before each item."""
    DUPLICATE_CAPTION = "duplicate_caption"
    """A caption that repeats another caption of the same item (rendered beside its escaped HTML)."""
    GALLERY_THUMBNAILS = "gallery_thumbnails"
    """The concatenated thumbnail labels that follow a gallery."""
    PROMO = "promo"
    """A promotion for another product or channel of the publisher."""
    READ_MORE = "read_more"
    """A "Read More" style link label."""
    ADVERTISEMENT = "advertisement"
    """An advertisement marker."""
    NEWSLETTER_PROMPT = "newsletter_prompt"
    """A newsletter or sign-up prompt."""
    SHARE_BAR = "share_bar"
    """Share or follow buttons."""
