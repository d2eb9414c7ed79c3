"""article_clean: turn scraped news articles (text or HTML) into clean, typed documents.

>>> from article_clean import clean_article
>>> clean_article("Story highlights\\n• One point\\nThe lede sentence of the article goes here, as usual.").highlights
('One point',)
"""

from article_clean.api import clean_article
from article_clean.batch import ItemError, Outcome, clean_many
from article_clean.config import CleanConfig
from article_clean.document import Article, Dropped, Gallery, GalleryItem, Link, Paragraph, Source, Video
from article_clean.draft import Block, Draft
from article_clean.errors import ArticleCleanError, ConfigError, DropReason, InputTypeError, StageError
from article_clean.explain import Explained, explain
from article_clean.learn import learn_profile
from article_clean.pipeline import BlockRule, Pipeline, Stage, TextFix, block_stage, text_stage
from article_clean.profiles.learned import LearnedLine, LearnedProfile, LearnedSite
from article_clean.stages import DEFAULT_PIPELINE, DEFAULT_STAGES, EXTRACTED_TEXT_PIPELINE

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_PIPELINE",
    "DEFAULT_STAGES",
    "EXTRACTED_TEXT_PIPELINE",
    "Article",
    "ArticleCleanError",
    "Block",
    "BlockRule",
    "CleanConfig",
    "ConfigError",
    "Draft",
    "DropReason",
    "Dropped",
    "Explained",
    "Gallery",
    "GalleryItem",
    "InputTypeError",
    "ItemError",
    "LearnedLine",
    "LearnedProfile",
    "LearnedSite",
    "Link",
    "Outcome",
    "Paragraph",
    "Pipeline",
    "Source",
    "Stage",
    "StageError",
    "TextFix",
    "Video",
    "block_stage",
    "clean_article",
    "clean_many",
    "explain",
    "learn_profile",
    "text_stage",
]
