"""Split a byline into author names and a publisher: "By Lonzo Cook and Hamdi Alkhshali, CNN"."""

from __future__ import annotations

from typing import NamedTuple

import regex

from article_clean import patterns
from article_clean._memo import memo_line

# `(?<!\s)`: a match starts where white space starts, never inside a run (which would be quadratic in its length).
_AND = regex.compile(r"(?<!\s)\s++(?:and|&)\s++", regex.IGNORECASE)
_COMMA = regex.compile(r"(?<!\s)\s*+[,|]\s*+")


class Byline(NamedTuple):
    """What a byline line says."""

    names: list[str]
    publisher: str | None
    when: str | None
    """The text of a date that followed the names, still to be parsed."""


def parse_byline(text: str) -> Byline | None:
    """Return the names, publisher and trailing date text of a byline line, or None if `text` is not one.

    >>> parse_byline("By Lonzo Cook and Hamdi Alkhshali, CNN")
    Byline(names=['Lonzo Cook', 'Hamdi Alkhshali'], publisher='CNN', when=None)
    >>> parse_byline("Analysis by Chris Cillizza, CNN Editor-at-large").publisher
    'CNN'
    >>> parse_byline("Posted by Michael David Smith on November 19, 2019, 6:21 AM EST")
    Byline(names=['Michael David Smith'], publisher=None, when='November 19, 2019, 6:21 AM EST')
    >>> parse_byline("By Adam Rank |").names
    ['Adam Rank']
    >>> parse_byline("By June, ISIS began destroying historical sites.") is None
    True
    """
    found = _parse(text)
    return None if found is None else Byline(list(found[0]), *found[1:])


@memo_line
def _parse(text: str) -> tuple[tuple[str, ...], str | None, str | None] | None:
    """`parse_byline` with the names as a tuple: every line of a page is tried, on every round of the page."""
    if patterns.BYLINE_START.match(text) is None or len(text.split()) > patterns.META_LINE_MAX_WORDS:
        return None
    text = patterns.TRAILING_SEPARATOR.sub("", text)
    whole = _names(text)
    if whole is not None:
        return (*whole, None)
    for cut in patterns.BYLINE_DATE_CUT.finditer(text):
        left, right = text[: cut.start()], text[cut.end() :]
        found = _names(left) if any(char.isdigit() for char in right) else None
        if found is not None:
            return (*_without_weekday(left, found), right)
    return None


def _without_weekday(left: str, found: tuple[tuple[str, ...], str | None]) -> tuple[tuple[str, ...], str | None]:
    """The names of a byline's part before its date, a weekday there left out as part of the date.

    Only a byline read with the weekday is read without it, so which lines are bylines does not change.

    >>> _parse("By Sherif Saed, Wednesday, 20 November 2019 08:05 GMT")
    (('Sherif Saed',), None, '20 November 2019 08:05 GMT')
    """
    bare = patterns.BYLINE_WEEKDAY.sub("", left)
    named = _names(bare) if bare != left else None
    return found if named is None else named


def _names(text: str) -> tuple[tuple[str, ...], str | None] | None:
    """The names and publisher of a byline without a date.

    After a bar come the byline's other fields: the outlet when there is one (`By Lucas Mearian | Computerworld`),
    links and labels when there are more (`Posted by Kate Torgovnick | Permalink | Comment | Trackback`), never
    more authors. Which lines are bylines does not change with that: the whole line must still read as one.
    """
    match = patterns.BYLINE.match(text)
    if match is None:
        return None
    whole = match.group(1).strip()
    head, _, tail = whole.partition("|")
    fields = [field.strip() for field in tail.split("|") if field.strip()]
    found = _names_and_publisher(head if fields else whole)
    if found is None or (fields and _names_and_publisher(whole) is None):
        return None
    names, publisher = found
    if publisher is None and len(fields) == 1 and _may_be_outlet(fields[0]):
        publisher = fields[0]
    return names, publisher


def _may_be_outlet(field: str) -> bool:
    """Whether a byline's one field after a bar may name its outlet: capitalised words, not a link's label."""
    return all(token[0].isupper() for token in field.split()) and patterns.COMMENT_CONTROL.match(field) is None


def _names_and_publisher(text: str) -> tuple[tuple[str, ...], str | None] | None:
    segments = _name_segments(_COMMA.split(text.strip()))
    publisher = None
    if len(segments) > 1 and _is_publisher(segments[-1], joined=any(_AND.search(s) for s in segments[:-1])):
        publisher = _strip_role(segments.pop())
    names = tuple(name for segment in segments for name in _AND.split(segment))
    if not names or not all(_is_name(name) for name in names):
        return None
    return (names[0], *(name for name in names[1:] if not _is_role(name))), publisher


def _is_role(name: str) -> bool:
    """Whether a part of a byline after its first name is the author's title ("Editor", "Distinguished Scientist").

    >>> parse_byline("Posted by Krishna Bharat, Distinguished Scientist and Founder, Google News")
    Byline(names=['Krishna Bharat'], publisher='Google News', when=None)
    """
    return all(token.casefold() in patterns.ROLE_WORDS for token in name.split())


def _name_segments(segments: list[str]) -> list[str]:
    """The comma-separated parts of a byline without degrees, and with suffixes joined to their names.

    >>> _name_segments(["Jane Roe", "Ph.D.", "John Smith", "Jr."])
    ['Jane Roe', 'John Smith Jr.']
    """
    kept: list[str] = []
    for segment in segments:
        bare = segment.replace(".", "")
        if kept and bare in patterns.POST_NOMINALS:
            continue
        if kept and bare in patterns.NAME_SUFFIXES:
            kept[-1] = f"{kept[-1]} {segment}"
            continue
        kept.append(segment)
    return kept


def _is_publisher(segment: str, *, joined: bool) -> bool:
    """Whether the last comma-separated part of a byline names a publisher rather than one more author."""
    tokens = segment.split()
    if (
        not tokens
        or len(tokens) > 5
        or not all(token[0].isupper() or token.lower() in patterns.ROLE_WORDS for token in tokens)
    ):
        return False
    first = tokens[0]
    acronym = sum(char.isupper() for char in first) >= 2
    has_role = any(token.lower() in patterns.ROLE_WORDS for token in tokens[1:])
    return joined or acronym or has_role


def _strip_role(segment: str) -> str | None:
    kept: list[str] = []
    for token in segment.split():
        if token.lower() in patterns.ROLE_WORDS:
            break
        kept.append(token)
    return " ".join(kept) or None


def _is_name(name: str) -> bool:
    tokens = name.split()
    return (
        1 <= len(tokens) <= 5
        and tokens[0][0].isupper()
        and tokens[0].casefold() not in patterns.NOT_NAME_START
        and (len(tokens) > 1 or tokens[0].casefold() not in patterns.SORT_KEYS)
        and all(patterns.NAME_WORD.match(t) for t in tokens)
    )
