"""Learned profiles: the boilerplate lines of each site, found in a corpus by `article_clean.learn`.

A learned profile is data, like a publisher profile, but written by `learn_profile` rather than by hand: per
site, the shapes of the lines that recur across its stories, each with the number of stories it was seen in.
`clean_article(raw, profile=…)` drops such lines with the reason `learned_boilerplate`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final, Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, model_validator

from article_clean import patterns
from article_clean.errors import ConfigError

__all__ = ["ANY_SITE", "LearnedLine", "LearnedProfile", "LearnedSite", "line_shape", "site_of"]

FORMAT: Final = "article-clean-learned/1"
#: The site of pages learned without one.
ANY_SITE = "*"


def line_shape(text: str) -> str:
    """The form in which lines are compared: case-folded, white space collapsed, digit runs as `#`.

    >>> line_shape("© 2016  Cable News Network.")
    '© # cable news network.'
    """
    return patterns.DIGITS.sub("#", " ".join(text.split()).casefold())


def site_of(url_or_domain: str | None) -> str | None:
    """The site a URL or domain names: its lower-case host without `www.`; None when there is none.

    >>> site_of("https://www.CNN.com/2016/03/27/world/palmyra"), site_of("cnn.com"), site_of("")
    ('cnn.com', 'cnn.com', None)
    """
    if not url_or_domain:
        return None
    text = url_or_domain.strip()
    host = urlsplit(text if "//" in text else f"//{text}").hostname or ""
    host = host.removeprefix("www.")
    return host or None


class LearnedLine(BaseModel):
    """One recurring line of a site."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    shape: str
    """The line's shape (`line_shape`)."""
    pages: int = Field(ge=1)
    """In how many different stories of the site it was found (a lower bound on huge corpora)."""


class LearnedSite(BaseModel):
    """The recurring lines of one site."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    site: str
    """The site's host (`cnn.com`), or `*` for pages learned without a site."""
    pages: int = Field(ge=0)
    """How many different stories of the site were read."""
    lines: tuple[LearnedLine, ...] = ()


class LearnedProfile(BaseModel):
    """Boilerplate learned from a corpus, per site; save it with `save`, read it with `load`."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    format: Literal["article-clean-learned/1"] = FORMAT
    min_pages: int = Field(ge=1)
    min_share: float = Field(ge=0.0, le=1.0)
    sites: tuple[LearnedSite, ...] = ()
    _lookup: dict[str | None, frozenset[str]] = PrivateAttr(default_factory=dict)

    @model_validator(mode="after")
    def _index(self) -> LearnedProfile:
        """Build each site's set of shapes once, when the profile is made or read: a page only looks one up."""
        if self._lookup:
            return self  # pydantic runs this again whenever a config holding the profile is validated
        own = {site.site: frozenset(line.shape for line in site.lines) for site in self.sites}
        anywhere = own.get(ANY_SITE, frozenset())
        table: dict[str | None, frozenset[str]] = {site: shapes | anywhere for site, shapes in own.items()}
        table[None] = frozenset().union(*own.values())
        self._lookup = table
        return self

    def lines_for(self, site: str | None) -> frozenset[str]:
        """The shapes to drop on a page of `site`: that site's and the site-less ones; all of them if unknown."""
        return self._lookup.get(site, self._lookup[None])

    def save(self, path: str | Path) -> None:
        """Write the profile as JSON."""
        Path(path).write_text(self.model_dump_json(indent=1) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path) -> LearnedProfile:
        """Read a profile written by `save` (or `article-clean learn`), raising `ConfigError` if it is not one."""
        try:
            return cls.model_validate_json(Path(path).read_bytes())
        except ValueError as error:
            msg = f"{path} is not a learned profile ({FORMAT}): {error}"
            raise ConfigError(msg) from error
