"""Publisher profiles: what one publisher's pages carry besides the article, written as data.

A profile is a JSON file: the publisher's name and domains, and whole-line patterns for its furniture. `lines`
are dropped with a reason code; `captions` become gallery items (named groups `caption` and `credit`); `videos`
become videos (named group `title`). Adding a publisher is adding a file; no filter changes.

>>> profile = Profile.model_validate({
...     "name": "example", "publisher": "Example News", "domains": ["example.com"],
...     "lines": [{"reason": "promo", "pattern": "Get the Example app"}],
... })
>>> compile_profiles((profile,)).drop_reason("Get the Example app")
<DropReason.PROMO: 'promo'>
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

import regex
from pydantic import BaseModel, ConfigDict, Field, field_validator

from article_clean.errors import DropReason

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = [
    "BUILTIN_PROFILES",
    "CaptionRule",
    "CompiledProfiles",
    "Examples",
    "LineRule",
    "Profile",
    "compile_profiles",
]

_NAME = r"^[a-z][a-z0-9]*+(?:_[a-z0-9]++)*+$"


def _compile(pattern: str) -> regex.Pattern[str]:
    try:
        return regex.compile(pattern)
    except regex.error as error:
        msg = f"pattern {pattern!r} does not compile: {error}"
        raise ValueError(msg) from error


class LineRule(BaseModel):
    """A whole line that is furniture, and why."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    reason: DropReason
    pattern: str
    """A regular expression (the `regex` module's syntax) that must match the whole line."""
    ignore_case: bool = False

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, pattern: str) -> str:
        _compile(pattern)  # a broken pattern fails when the profile is loaded, not in the middle of a run
        return pattern


class CaptionRule(BaseModel):
    """A whole line that is a photo caption (group `caption`, optional group `credit`) or a video (`title`)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    pattern: str
    ignore_case: bool = False

    @field_validator("pattern")
    @classmethod
    def _has_groups(cls, pattern: str) -> str:
        groups = _compile(pattern).groupindex
        if "caption" not in groups and "title" not in groups:
            msg = "a caption pattern needs a named group 'caption', a video pattern a group 'title'"
            raise ValueError(msg)
        return pattern


class CutRule(BaseModel):
    """Furniture that shows where it ends (a credit printed twice, say), so it can be cut out of a joined line."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    pattern: str
    """A regular expression for the furniture itself, found anywhere in a line; the cut piece then becomes a
    line of its own, which the profile's `lines`, `captions` or `videos` rules must take."""
    ignore_case: bool = False

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, pattern: str) -> str:
        _compile(pattern)
        return pattern


class Examples(BaseModel):
    """Lines a profile must remove, and lines that mention the same words and must stay; the tests run them."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    furniture: tuple[str, ...] = ()
    body: tuple[str, ...] = ()


class Profile(BaseModel):
    """One publisher's furniture."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(pattern=_NAME)
    publisher: str
    domains: tuple[str, ...] = ()
    lines: tuple[LineRule, ...] = ()
    captions: tuple[CaptionRule, ...] = ()
    videos: tuple[CaptionRule, ...] = ()
    cuts: tuple[CutRule, ...] = ()
    examples: Examples = Examples()


@dataclass(frozen=True, slots=True)
class CompiledProfiles:
    """Every line rule of a set of profiles in one pattern, so a line is tried once, not once per rule.

    Each line of each page is tried, so the rules are also indexed by the ASCII character a match can start with:
    a line meets one pattern of the few rules it can match, in their order, plus the rules whose first character
    is not known.
    """

    lines: regex.Pattern[str] | None
    reasons: tuple[DropReason, ...]
    captions: tuple[regex.Pattern[str], ...]
    videos: tuple[regex.Pattern[str], ...]
    cuts: tuple[regex.Pattern[str], ...]
    by_first: dict[str, regex.Pattern[str] | None]
    """The rules a line starting with this ASCII character (lower-cased) can match; others use `anywhere`."""
    anywhere: regex.Pattern[str] | None
    """The rules whose first character is not known."""

    def drop_reason(self, text: str) -> DropReason | None:
        """The reason to drop `text`, if a line rule matches all of it."""
        first = text[:1]
        # Outside ASCII, case equivalence is the regex module's own (İ matches i): such a line meets every rule.
        pattern = self.by_first.get(first.lower(), self.anywhere) if first.isascii() else self.lines
        match = pattern.match(text) if pattern else None
        return self.reasons[int(match.lastgroup[1:])] if match and match.lastgroup else None

    def caption(self, text: str) -> tuple[str, str | None] | None:
        """The caption and credit of a caption line, or None."""
        for pattern in self.captions:
            match = pattern.match(text)
            if match:
                credit = match.groupdict().get("credit")
                return match.group("caption").strip(), credit.strip() if credit else None
        return None

    def cut_spans(self, text: str) -> list[tuple[int, int]]:
        """Where cut rules find furniture inside `text`: sorted, non-overlapping (start, end) spans."""
        found = sorted(match.span() for pattern in self.cuts for match in pattern.finditer(text))
        spans: list[tuple[int, int]] = []
        for start, end in found:
            if not spans or start >= spans[-1][1]:
                spans.append((start, end))
        return spans

    def video(self, text: str) -> str | None:
        """The title of a video line, or None."""
        for pattern in self.videos:
            match = pattern.match(text)
            if match:
                return match.group("title").strip()
        return None


def _scoped(rule: LineRule | CaptionRule | CutRule) -> str:
    return f"(?{'i' if rule.ignore_case else '-i'}:{rule.pattern})"


def compile_profiles(profiles: tuple[Profile, ...]) -> CompiledProfiles:
    """Compile the rules of `profiles`; cached, since a config's profiles rarely change between calls.

    The same tuple (a config's) is found by identity first: hashing every rule of 35 profiles as a cache key
    costs more than the stage that asks.
    """
    for known, compiled in _RECENT:
        if known is profiles:
            return compiled
    compiled = _compiled(profiles)
    _RECENT[:] = [(profiles, compiled), *_RECENT[: _RECENT_SIZE - 1]]  # holding the tuple keeps its identity
    return compiled


_RECENT_SIZE = 4
_RECENT: list[tuple[tuple[Profile, ...], CompiledProfiles]] = []


def _alternation(rules: list[tuple[int, LineRule]]) -> regex.Pattern[str] | None:
    """One pattern of numbered rules; an empty marker group closes each, so `lastgroup` names the one that matched."""
    if not rules:
        return None
    return regex.compile("^(?:" + "|".join(f"{_scoped(rule)}(?P<r{number}>)$" for number, rule in rules) + ")")


def _first_characters(pattern: str) -> frozenset[str] | None:
    """The ASCII characters, lower-cased, a match of `pattern` can start with, or None when that is not plain to see.

    Each alternative must open with an ASCII literal, or with a group whose alternatives do; anything else (a class, an
    escape, an inline flag, a start that may be absent) gives None, and the rule is then tried on every line.

    >>> sorted(_first_characters("(?:Posted|filed) in .+|Tags: .+"))
    ['f', 'p', 't']
    >>> _first_characters("(?:Posted )?Tags: .+") is None, _first_characters("[0-9]+ comments") is None
    (True, True)
    """
    alternatives = _alternatives(pattern)
    if alternatives is None:
        return None
    firsts: set[str] = set()
    for alternative in alternatives:
        if alternative.startswith("("):
            end = _closing(alternative)
            if end < 0 or (alternative.startswith("(?") and not alternative.startswith("(?:")):
                return None  # unbalanced, or a group with flags, a name or a lookaround
            inner = alternative[3:end] if alternative.startswith("(?:") else alternative[1:end]
            if alternative[end + 1 : end + 2] in ("?", "*", "{"):
                return None  # the group may match nothing
            found = _first_characters(inner)
        elif _plain_start(alternative):
            found = frozenset(alternative[0].lower())
        else:
            found = None
        if found is None:
            return None
        firsts |= found
    return frozenset(firsts)


def _plain_start(alternative: str) -> bool:
    """Whether `alternative` opens with an ASCII literal that must be there (no quantifier lets it be absent)."""
    first, after = alternative[:1], alternative[1:2]
    return bool(first) and first.isascii() and first not in "\\[.^$)*+?{" and after not in ("?", "*", "{")


def _skip(pattern: str, index: int) -> int:
    """The index after the escape or character class at `index`, or after the plain character there."""
    if pattern[index] == "\\":
        return index + 2
    if pattern[index] == "[":
        end = index + 1
        end += pattern[end : end + 1] == "^"
        end += pattern[end : end + 1] == "]"
        close = pattern.find("]", end)
        return len(pattern) if close < 0 else close + 1
    return index + 1


def _nesting(pattern: str) -> Iterator[tuple[int, str, int]]:
    """Each character of `pattern` outside escapes and classes, with the group depth after it."""
    depth, index = 0, 0
    while index < len(pattern):
        char = pattern[index]
        if char in "\\[":
            index = _skip(pattern, index)
            continue
        depth += (char == "(") - (char == ")")
        yield index, char, depth
        index += 1


def _alternatives(pattern: str) -> list[str] | None:
    """`pattern` split at each `|` outside groups, escapes and classes; None if its groups do not balance."""
    parts, start, depth = [], 0, 0
    for index, char, depth in _nesting(pattern):
        if depth < 0:
            return None
        if char == "|" and depth == 0:
            parts.append(pattern[start:index])
            start = index + 1
    return [*parts, pattern[start:]] if depth == 0 else None


def _closing(pattern: str) -> int:
    """The index of the parenthesis that closes the group opening `pattern`, or -1."""
    return next((index for index, _, depth in _nesting(pattern) if depth == 0), -1)


@lru_cache(maxsize=8)
def _compiled(profiles: tuple[Profile, ...]) -> CompiledProfiles:
    rules = list(enumerate(rule for profile in profiles for rule in profile.lines))
    firsts = [_first_characters(rule.pattern) for _, rule in rules]
    anywhere = [pair for pair, first in zip(rules, firsts, strict=True) if first is None]
    keys = sorted({char for first in firsts if first for char in first})
    by_first = {
        key: _alternation([pair for pair, first in zip(rules, firsts, strict=True) if first is None or key in first])
        for key in keys
    }
    return CompiledProfiles(
        lines=_alternation(rules),
        reasons=tuple(rule.reason for _, rule in rules),
        captions=tuple(regex.compile(f"^{_scoped(rule)}$") for p in profiles for rule in p.captions),
        videos=tuple(regex.compile(f"^{_scoped(rule)}$") for p in profiles for rule in p.videos),
        # Multi-line, so that `^` and `$` hold at line ends when the lines of a page are searched at once.
        cuts=tuple(regex.compile(_scoped(rule), regex.MULTILINE) for p in profiles for rule in p.cuts),
        by_first=by_first,
        anywhere=_alternation(anywhere),
    )


def _builtin() -> tuple[Profile, ...]:
    folder = resources.files(__package__)
    files = sorted((entry for entry in folder.iterdir() if entry.name.endswith(".json")), key=lambda e: e.name)
    return tuple(Profile.model_validate_json(entry.read_text(encoding="utf-8")) for entry in files)


#: The profiles shipped with the library, one per publisher, in file-name order.
BUILTIN_PROFILES: tuple[Profile, ...] = _builtin()
