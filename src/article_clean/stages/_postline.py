"""Read a post's info line: its date, with the author, section and comment count a blog prints beside it.

"October 18th, 2012 by Mirko in Articles, Blog, Industry news", "Date:November 6, 2012 | Category:Eye Candy |
Author:Laura Vecsey", "Oct 30, 2012 - Leave a Comment". Such a line is no byline (it does not open with "By") and
holds more words than a timestamp line may; the header reads it only where a post's info stands, next to its
headline or byline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

import regex

from article_clean import patterns

if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet

__all__ = ["PostLine", "post_line"]

#: A word saying what the line is: a post's author, section, comments or the act of posting.
_CUE = regex.compile(
    r"\b(?:by|posted|published|comments?|category|categories|author|filed|tags?|in)\b", regex.IGNORECASE
)
#: Words of the line's labels and links, which name nothing.
_LABELS = frozenset(
    "by on at in posted published date category categories author filed under tags tag comments comment leave a no"
    " reply replies".split()
)
_WORD = regex.compile(r"(?<!\w)[\p{L}\p{M}][\p{L}\p{M}'’.\-]*+")
#: Where the author's names start: after "by" or "Author:".
_AUTHOR = regex.compile(r"\b(?i:by|author):?\s*+(?=\p{Lu})")
#: Words that end an author's names besides the labels: the line's other fields ("Discuss (0)", "Updated …").
_AFTER_NAMES = frozenset("updated discuss share email print".split())
#: A capital after four lower-case letters starts a word glued to a name ("Spencer HendricksOpinion"); the
#: capitals of "McCombs", "MacDonald" and "DeBianchi" come sooner.
_GLUED = regex.compile(r"(?<=\p{Ll}{4})\p{Lu}")
#: The most words of one name.
_NAME_WORDS = 4
#: The most words an info line holds besides its date, labels and counts: an author's names and a section's.
MAX_NAMED_WORDS = 6
#: Of which so many may be lower-case ("in Articles, Blog, Industry news"): more make a sentence.
MAX_LOWER_WORDS = 1


class PostLine(NamedTuple):
    """What a post's info line says besides its date (which the caller parses, with its time zones)."""

    authors: tuple[str, ...]


def post_line(text: str, zones: AbstractSet[str] = frozenset()) -> PostLine | None:
    """The authors a post's info line names, or None if `text` is not one (it still needs a date to parse).

    `zones` are the time-zone names to pass over as words of the date.

    >>> post_line("October 29, 2012 at 10:45 am by Todd Bishop 1 Comment")
    PostLine(authors=('Todd Bishop',))
    >>> post_line("Date:November 6, 2012 | Category:Eye Candy | Author:Laura Vecsey")
    PostLine(authors=('Laura Vecsey',))
    >>> post_line("Oct 30, 2012 - Leave a Comment"), post_line("by randfish on December 4, 2010")
    (PostLine(authors=()), PostLine(authors=()))
    >>> post_line("The vote in Ohio on November 6, 2012 was close") is None
    True
    """
    if len(text.split()) > patterns.META_LINE_MAX_WORDS or not any(char.isdigit() for char in text):
        return None
    if _CUE.search(text) is None:
        return None
    named = _named_words(text, zones)
    if len(named) > MAX_NAMED_WORDS or sum(not word[0].isupper() for word in named) > MAX_LOWER_WORDS:
        return None  # a sentence, not names
    author = _AUTHOR.search(text)
    return PostLine(_names(text[author.end() :]) if author else ())


def _names(text: str) -> tuple[str, ...]:
    """The names that open `text`, up to the line's next field; none if they run on into lower-case words.

    >>> _names("Ross Tucker and Jonathan Dugas on 10/10/2012"), _names("Cory Gunther Discuss (0)")
    (('Ross Tucker', 'Jonathan Dugas'), ('Cory Gunther',))
    >>> _names("New statesman Published 09 November 2012")  # a name cut short is no name
    ()
    >>> _names("Spencer HendricksOpinion"), _names("Regina McCombs Nov. 7"), _names("BellaSugar | Shari August")
    (('Spencer Hendricks',), ('Regina McCombs',), ('BellaSugar',))
    """
    names: list[list[str]] = [[]]
    tokens = text.split()
    for position, token in enumerate(tokens):
        word = token.rstrip(",;:")
        if not word or not word[0].isalpha() or _ends_names(word, tokens[position + 1 : position + 2]):
            break
        if word.casefold() == "and":
            names.append([])
            continue
        if patterns.NAME_WORD.match(word) is None:
            return ()  # a lower-case word that is no particle ("de", "van"): a phrase, not a name
        # a label glued to a surname, not a one-word name ("BellaSugar")
        glued = _GLUED.search(word) if names[-1] else None
        names[-1].append(word[: glued.start()] if glued else word)
        if len(names[-1]) > _NAME_WORDS:
            return ()
        if word != token or glued:
            break  # a comma or colon ends the names, and so does a label glued on ("HendricksOpinion")
    return tuple(" ".join(name) for name in names if name)


def _ends_names(word: str, following: list[str]) -> bool:
    """Whether `word` opens the line's next field: a label, or a month before its day ("Shari August" is a name)."""
    bare = word.rstrip(".").casefold()
    if bare in _AFTER_NAMES or bare in _LABELS:
        return True
    return bare in patterns.MONTHS and bool(following) and following[0][0].isdigit()


def _named_words(text: str, zones: AbstractSet[str]) -> list[str]:
    """The words of `text` that are neither labels nor parts of a date (months, weekdays, half-days, zones)."""
    named = []
    for word in _WORD.findall(text):
        bare = word.rstrip(".").casefold()
        dated = bare in patterns.TIMESTAMP_WORDS or bare in patterns.MONTHS or word in zones
        if bare not in _LABELS and not dated:
            named.append(word)
    return named
