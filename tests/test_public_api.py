"""The public surface: exports, errors for bad input, options, and the command line."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

import article_clean
from article_clean import Article, CleanConfig, ConfigError, InputTypeError, clean_article

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def test_all_is_sorted_and_complete() -> None:
    """__all__ is sorted and names exactly the public names the package defines."""
    assert list(article_clean.__all__) == sorted(article_clean.__all__, key=lambda n: (not n.isupper(), n))
    public = {name for name in vars(article_clean) if not name.startswith("_")}
    modules = {name for name in public if type(getattr(article_clean, name)).__name__ == "module"}
    assert public - modules == set(article_clean.__all__)


@pytest.mark.parametrize("raw", [None, 42, ["text"], Path("file.txt")])
def test_wrong_input_type_raises_a_helpful_type_error(raw: object) -> None:
    """Anything but str or bytes raises InputTypeError, which is a TypeError and says what to pass."""
    with pytest.raises(InputTypeError, match="str or bytes") as caught:
        clean_article(raw)  # type: ignore[arg-type]
    assert isinstance(caught.value, TypeError)


def test_bytearray_is_read_as_bytes() -> None:
    """Bytearray input is decoded like bytes."""
    assert clean_article(bytearray(b"Plain words here.")).text == "Plain words here."


def test_unknown_option_lists_the_valid_ones() -> None:
    """A misspelt option raises ConfigError naming the valid options."""
    with pytest.raises(ConfigError, match="header_lines"):
        clean_article("x", header_line=3)


def test_bad_option_value() -> None:
    """An invalid option value raises ConfigError."""
    with pytest.raises(ConfigError, match="header_lines"):
        clean_article("x", header_lines=0)


def test_bad_config_and_pipeline_types() -> None:
    """Config and pipeline must have the right types."""
    with pytest.raises(ConfigError, match="CleanConfig"):
        clean_article("x", config={"header_lines": 3})  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match="Pipeline"):
        clean_article("x", pipeline=[("parse", print)])  # type: ignore[arg-type]


def test_options_override_config() -> None:
    """Keyword options override a given config."""
    config = CleanConfig(header_lines=5)
    assert CleanConfig.from_options(config, {"max_title_words": 9}) == CleanConfig(header_lines=5, max_title_words=9)


def test_config_is_frozen() -> None:
    """A config cannot change after it is made."""
    config = CleanConfig()
    with pytest.raises(ValueError, match="frozen"):
        config.header_lines = 3  # type: ignore[misc]
    with pytest.raises(TypeError):
        config.timezones["XT"] = "+01:00"  # type: ignore[index]


def test_config_crosses_processes() -> None:
    """A config hashes and pickles, so it can key a cache and travel to worker processes."""
    config = CleanConfig(header_lines=20, timezones={"ist": "+05:30"})
    assert pickle.loads(pickle.dumps(config)) == config
    assert hash(config) == hash(CleanConfig(header_lines=20, timezones={"IST": "+05:30"}))
    assert config.model_dump(mode="json")["timezones"] == {"IST": "+05:30"}


def test_unknown_time_zone_is_refused() -> None:
    """A zone that is neither an IANA name nor an offset is refused up front, naming what to use."""
    with pytest.raises(ConfigError, match="IANA name"):
        clean_article("x", timezones={"XT": "Mars/Olympus"})


def test_schema_is_published() -> None:
    """The JSON schema names the documented fields and describes them."""
    schema = Article.model_json_schema()
    for name in (
        "title",
        "kicker",
        "authors",
        "publisher",
        "dateline",
        "published",
        "updated",
        "highlights",
        "paragraphs",
        "galleries",
        "videos",
        "dropped",
    ):
        assert name in schema["properties"]
        assert schema["properties"][name].get("description")


def test_command_line_prints_the_document() -> None:
    """Python -m article_clean FILE prints the document as JSON, in a record with the file's id."""
    result = subprocess.run(
        [sys.executable, "-m", "article_clean", str(FIXTURES / "seed" / "cnn-palmyra.txt")],
        capture_output=True,
        text=True,
        check=True,
    )
    record = json.loads(result.stdout)
    assert record["id"] == str(FIXTURES / "seed" / "cnn-palmyra.txt")
    document = record["article"]
    assert document["title"] == "Syrian regime recaptures ancient city of Palmyra from ISIS"
    assert Article.model_validate(document) == clean_article((FIXTURES / "seed" / "cnn-palmyra.txt").read_bytes())


def test_command_line_text_format_from_stdin() -> None:
    """--format text reads standard input and prints the title and body."""
    result = subprocess.run(
        [sys.executable, "-m", "article_clean", "-", "--format", "text"],
        input=b"Officials met on Monday to discuss the plan in detail.\nRead More",
        capture_output=True,
        check=True,
    )
    assert result.stdout.decode() == "Officials met on Monday to discuss the plan in detail.\n"


def test_command_line_reads_gzipped_html() -> None:
    """A gzipped page is cleaned as the page it holds; bytes that only look like gzip are cleaned as they are."""
    page = FIXTURES / "pages" / "wday-russian.html.gz"
    result = subprocess.run(
        [sys.executable, "-m", "article_clean", str(page), "--format", "text"],
        capture_output=True,
        check=True,
    )
    assert "В интервью модель призналась, что жутко боится старости." in result.stdout.decode()
    broken = subprocess.run(
        [sys.executable, "-m", "article_clean", "-", "--format", "text"],
        input=b"\x1f\x8bnot really gzip, a line of text that goes on.",
        capture_output=True,
        check=True,
    )
    assert "not really gzip" in broken.stdout.decode()


def test_records_built_without_validation_equal_validated_ones() -> None:
    """The audit trail and paragraphs skip validation; they compare, dump and round-trip like validated records."""
    article = clean_article("Syrian forces retook Palmyra on Sunday, officials said.\nRead More\n&nbsp;")
    assert article.dropped
    assert article.paragraphs
    for record in (*article.dropped, *article.paragraphs):
        validated = type(record).model_validate(record.model_dump())
        assert record == validated
        assert record.model_fields_set == validated.model_fields_set == set(type(record).model_fields)
        assert type(record).model_validate_json(record.model_dump_json()) == record
    assert Article.model_validate_json(article.model_dump_json()) == article
