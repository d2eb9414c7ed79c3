"""The entry point: `clean_article(raw) -> Article`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from article_clean.build import build_article
from article_clean.config import CleanConfig
from article_clean.decoding import decode, unpack
from article_clean.draft import Draft
from article_clean.errors import ConfigError, InputTypeError
from article_clean.pipeline import Pipeline
from article_clean.stages import DEFAULT_PIPELINE

if TYPE_CHECKING:
    from article_clean.document import Article

__all__ = ["clean_article"]

_DEFAULT_CONFIG = CleanConfig()


def clean_article(
    raw: str | bytes, *, config: CleanConfig | None = None, pipeline: Pipeline | None = None, **options: object
) -> Article:
    """Clean one scraped article (text, an HTML page or fragment, or their bytes) into an `Article`.

    Never raises on content: odd content is kept, or dropped with a reason recorded in `Article.dropped`.

    Args:
        raw: The scraped text or HTML. `bytes` are decompressed if gzipped, then decoded by sniffing (BOM,
            `<meta charset>`, UTF-8, cp1252).
        config: Options to start from; keywords in `options` override them.
        pipeline: The stages to run; `DEFAULT_PIPELINE` unless given.
        **options: Fields of `CleanConfig`, such as `header_lines=20`.

    Raises:
        InputTypeError: `raw` is not `str` or `bytes`.
        ConfigError: an option, the config or the pipeline is invalid.

    >>> article = clean_article("(CNN)Syrian forces have recaptured the city of Palmyra from ISIS.\\nRead More")
    >>> article.dateline, article.text, [d.reason.value for d in article.dropped]
    ('CNN', 'Syrian forces have recaptured the city of Palmyra from ISIS.', ['read_more'])
    """
    return build_article(run_pipeline(raw, config, pipeline, options))


def run_pipeline(
    raw: object, config: CleanConfig | None, pipeline: Pipeline | None, options: dict[str, object]
) -> Draft:
    """Check and decode `raw`, run the pipeline on it, and return the finished draft (for `explain`, `learn`)."""
    if not isinstance(raw, str | bytes | bytearray):
        msg = (
            f"clean_article() takes the scraped text as str or bytes, not {type(raw).__name__}; "
            "read files with open(path, 'rb').read() or pass response.content"
        )
        raise InputTypeError(msg)
    settings = _config(config, options)
    if isinstance(raw, str):
        draft = Draft(raw=raw, config=settings)
    else:
        # A character takes at most 4 bytes: this many always hold more than the text limit lets through.
        unpacked = unpack(bytes(raw), 4 * settings.max_input_chars + 4)
        text, encoding = decode(unpacked.data)
        draft = Draft(
            raw=text,
            config=settings,
            encoding=encoding,
            compression=unpacked.compression,
            compression_error=unpacked.error,
        )
    _pipeline(pipeline).run(draft)
    return draft


def _config(config: object, options: dict[str, object]) -> CleanConfig:
    if config is not None and not isinstance(config, CleanConfig):
        msg = f"config must be a CleanConfig, not {type(config).__name__}; pass options as keywords instead"
        raise ConfigError(msg)
    if not options:
        return config or _DEFAULT_CONFIG
    return CleanConfig.from_options(config, options)


def _pipeline(pipeline: object) -> Pipeline:
    if pipeline is None:
        return DEFAULT_PIPELINE
    if not isinstance(pipeline, Pipeline):
        msg = (
            f"pipeline must be a Pipeline, not {type(pipeline).__name__}; build one with Pipeline([(name, stage), ...])"
        )
        raise ConfigError(msg)
    return pipeline
