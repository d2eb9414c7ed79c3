"""Options of a cleaning run, validated once and frozen so that one config can be shared between threads."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_serializer, field_validator

from article_clean import patterns
from article_clean.dates import zone_for
from article_clean.errors import ConfigError
from article_clean.profiles import BUILTIN_PROFILES, Profile
from article_clean.profiles.learned import LearnedProfile

__all__ = ["CleanConfig", "ZoneTable"]


class ZoneTable(Mapping[str, str]):
    """A read-only, hashable and picklable table of time-zone abbreviations, so a config can cross processes.

    >>> table = ZoneTable({"et": "America/New_York"})
    >>> table["ET"], hash(table) == hash(ZoneTable({"ET": "America/New_York"}))
    ('America/New_York', True)
    """

    __slots__ = ("_zones",)

    def __init__(self, zones: Mapping[str, str]) -> None:
        self._zones = {name.upper(): zone for name, zone in zones.items()}

    def __getitem__(self, name: str) -> str:
        return self._zones[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._zones)

    def __len__(self) -> int:
        return len(self._zones)

    def __hash__(self) -> int:
        return hash(frozenset(self._zones.items()))

    def __reduce__(self) -> tuple[type[ZoneTable], tuple[dict[str, str]]]:
        return ZoneTable, (self._zones,)

    def __repr__(self) -> str:
        return f"ZoneTable({self._zones!r})"


class CleanConfig(BaseModel):
    """Options for `clean_article`; pass them as keywords, e.g. `clean_article(raw, header_lines=20)`.

    >>> CleanConfig(header_lines=20).header_lines
    20
    """

    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)

    header_lines: int = Field(default=12, ge=1)
    """How many leading blocks are searched for the title, kicker, byline and timestamps."""
    max_title_words: int = Field(default=30, ge=1)
    """Longest line, in words, that can be a title."""
    max_highlight_words: int = Field(default=40, ge=1)
    """Longest unmarked line, in words, that can continue a "Story highlights" list."""
    profiles: tuple[Profile, ...] = BUILTIN_PROFILES
    """Publisher profiles whose furniture is removed (see `article_clean.profiles`); `()` applies none."""
    max_input_chars: int = Field(default=50_000_000, ge=1)
    """Longest input read, in characters; the rest is dropped with the reason `over_limit`."""
    max_depth: int = Field(default=patterns.DEFAULT_MAX_DEPTH, ge=1)
    """Deepest HTML nesting kept; tags nested deeper are removed before parsing, their text kept."""
    max_line_chars: int = Field(default=100_000, ge=1)
    """Longest block; a longer one is split at white space into blocks of at most this length."""
    profile: LearnedProfile | None = None
    """A site boilerplate profile learned from a corpus (`learn_profile`, `article-clean learn`); None applies none."""
    site: str | None = None
    """The page's site (a domain or URL), to pick its lines from `profile`; HTML pages default to their canonical
    URL's host, pages of an unknown site get every site's lines."""
    timezones: Mapping[str, str] = Field(default_factory=lambda: dict(patterns.TIMEZONES), validate_default=True)
    """Time-zone abbreviations in timestamps, mapped to IANA names (`"ET": "America/New_York"`) or to fixed
    offsets (`"EST": "-05:00"`)."""

    @field_validator("timezones")
    @classmethod
    def _freeze_timezones(cls, value: Mapping[str, str]) -> Mapping[str, str]:
        """Check every zone, then copy the table into a read-only one so a frozen config cannot change under a run."""
        unknown = sorted(f"{name}={zone!r}" for name, zone in value.items() if zone_for(zone) is None)
        if unknown:
            msg = f"unknown time zone(s) {unknown}: use an IANA name such as 'America/New_York' or an offset '-05:00'"
            raise ValueError(msg)
        return ZoneTable(value)

    @field_serializer("timezones")
    def _dump_timezones(self, value: Mapping[str, str]) -> dict[str, str]:
        """Serialise the read-only table as a plain object."""
        return dict(value)

    @classmethod
    def from_options(cls, base: CleanConfig | None, options: Mapping[str, object]) -> CleanConfig:
        """Return `base` (or the defaults) with `options` applied, raising `ConfigError` on a bad option."""
        unknown = sorted(set(options) - set(cls.model_fields))
        if unknown:
            msg = f"unknown option(s) {unknown}; valid options are {sorted(cls.model_fields)}"
            raise ConfigError(msg)
        # The base's own field values, not a dump of them: a learned profile is not rebuilt for every page.
        merged = {**(dict(base) if base else {}), **options}
        try:
            return cls.model_validate(merged)
        except ValidationError as error:
            msg = f"invalid option value: {error}"
            raise ConfigError(msg) from error
