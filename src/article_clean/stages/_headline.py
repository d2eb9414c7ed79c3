"""Tell an HTML page's headline from the site's name in its `<title>`.

A `<title>`, and some `og:title`s, name the site beside the headline: "Seth's Blog: Entering sync markets",
"Pickled Peaches « Diabetic Foodie", "dy/dan » Blog Archive » 1,400 Rectangles". Which side is the headline the
page itself says: one of its headings (`<h1>` to `<h4>`) repeats it. The site's name is repeated in a heading too
(a blog's masthead), so a run of sides that names the site is never taken: the text of a link to the site's front
page (the masthead's, the logo's) or `og:site_name`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple
from urllib.parse import urlsplit

from article_clean import patterns
from article_clean.dates import parse_timestamp
from article_clean.stages._shape import title_key

if TYPE_CHECKING:
    from collections.abc import Callable

    from lxml import etree

__all__ = ["Headline", "site_names", "site_side", "title_of"]

_HEADINGS = ("h1", "h2", "h3", "h4")
#: The paths of a site's front page.
_FRONT_PAGES = frozenset({"", "/", "/index.html", "/index.htm", "/index.php"})
#: A title of more sides is no headline beside a site's name (a list of keywords, or hostile input): its runs are
#: not tried, since their number grows with the square of the sides.
MAX_SIDES = 8


def site_names(tree: etree._Element, site: str | None) -> frozenset[str]:
    """The keys of what names the site: the text of links to its front page (the masthead's, the logo's), `site`."""
    names = {title_key(text) for link in tree.iter("a") if _front_page(link.get("href")) and (text := _text(link))}
    if site:
        names.add(title_key(site))
    return frozenset(names)


class Headline(NamedTuple):
    """A page's headline, and the title it was read from."""

    text: str
    title: str


def title_of(tree: etree._Element, titles: list[str], names: frozenset[str]) -> Headline | None:
    """The headline of the first of `titles` that a heading of the page repeats (whole or a run of its sides).

    `titles` come in the order the page's metadata is trusted (`og:title`, `twitter:title`, JSON-LD, `<title>`); one
    no heading repeats is not the page's headline when another is: an `og:title` naming the blog (`Official Blog
    of the National Football League` on every post) or a short social line beside the `<title>` the page shows.
    With none repeated, the first that is not the site's name is read.

    >>> from lxml import html
    >>> page = html.fromstring('<html><body><h1>Week 9 fantasy feedback</h1></body></html>')
    >>> title_of(page, ["Official Blog of the NFL", "Week 9 fantasy feedback - NFL.com"], frozenset())
    Headline(text='Week 9 fantasy feedback', title='Week 9 fantasy feedback - NFL.com')
    """
    headings = _headings(tree)
    confirmed = (Headline(text, title) for title in titles if (text := _repeated(title, headings, names)))
    unnamed = (title for title in titles if title_key(title) not in names)
    first = next(unnamed, titles[0] if titles else None)
    return next(confirmed, None) or (Headline(_headline(first, headings, names), first) if first else None)


def site_side(title: str, headline: str, key: Callable[[str], str]) -> str | None:
    """The side of `title` at the other end from its run of sides `headline`, which names the site.

    The site's name stands at one end of a `<title>`, the headline at the other, sections between them: "Sally
    Ride dies at 61 - Technology & science - Space - NBCNews.com", "BBC News - Science graduates lack skills".
    A headline in the middle, or the whole title, leaves no side known for the site's; a date or a sentence at
    the end is none ("… | Nov 6, 2012", "… - and you can, too!"). Sides and `headline` are compared by `key`.

    >>> site_side("Sally Ride dies at 61 - Science - NBCNews.com", "Sally Ride dies at 61", str.casefold)
    'NBCNews.com'
    >>> site_side("Seth's Blog: Entering sync markets", "Entering sync markets", str.casefold)
    "Seth's Blog"
    """
    sides = patterns.TITLE_PARTS.split(title)
    last, wanted = len(sides) - 1, key(headline)
    runs = ((first, end) for first in range(last + 1) for end in range(first, last + 1))
    first, end = next(((f, e) for f, e in runs if key(" ".join(sides[f : e + 1])) == wanted), (0, last))
    site = sides[last] if first == 0 and end < last else sides[0] if end == last and first > 0 else None
    if not site or patterns.SENTENCE_END.search(site) or patterns.PROSE_END.search(site):
        return None
    return None if parse_timestamp(site) is not None else site


def _headings(tree: etree._Element) -> list[str]:
    """The keys of the page's headings, in the page's order."""
    return [title_key(text) for heading in tree.iter(*_HEADINGS) if (text := _text(heading))]


def _repeated(title: str, headings: list[str], names: frozenset[str]) -> str | None:
    """`title`'s headline when a heading repeats it: the title whole, or the run of its sides read as the headline.

    A heading repeating a side that is not read as the headline (a section's name, "… - Politics - ibnlive")
    confirms nothing.
    """
    if title_key(title) in names:
        return None  # the site's name, whatever heading repeats it
    headline = _headline(title, headings, names)
    return headline if title_key(headline) in set(headings) else None


def _headline(title: str, headings: list[str], names: frozenset[str]) -> str:
    """The run of `title`'s sides that one of the `headings` repeats, without the site's `names`; else `title`.

    The title stays whole when a heading repeats it whole; when the run a heading repeats is shorter than a side it
    would leave out that is not a name of the site (a section's or a series' name before a colon, "US elections:
    Turnout high", is no site's); and when headings repeat two runs apart, either of which may be the site's name,
    unless one of them is the page's first heading, a blog's masthead ("TED Blog | UPDATE: …", the blog's name in
    an `<h1>` above the post's).
    """
    runs = _runs(title)
    repeated = set(headings)
    if not runs or title_key(title) in repeated:
        return title
    found = [run for run in runs if title_key(run.text) in repeated and title_key(run.text) not in names]
    if _apart(found):
        found = [run for run in found if title_key(run.text) != headings[0]]
    if not found or _apart(found):
        return title  # none, or two apart
    run = max(found, key=lambda run: len(run.text))
    rest = [side for side in run.rest if title_key(side) not in names]
    return run.text if all(len(run.text) >= len(side) for side in rest) else title


class _Run(NamedTuple):
    """Consecutive sides of a title, from side `first` to side `last`."""

    first: int
    last: int
    text: str
    rest: list[str]
    """The sides it leaves out."""


def _runs(title: str) -> list[_Run]:
    """Each run of consecutive sides of `title` but the whole."""
    cuts = [(match.start(), match.end()) for match in patterns.TITLE_PARTS.finditer(title)]
    if not cuts or len(cuts) >= MAX_SIDES:
        return []
    starts = [0, *(end for _, end in cuts)]
    ends = [*(start for start, _ in cuts), len(title)]
    sides = [title[start:end].strip() for start, end in zip(starts, ends, strict=True)]
    last = len(sides) - 1
    return [
        _Run(first, end, title[starts[first] : ends[end]].strip(), sides[:first] + sides[end + 1 :])
        for first in range(len(sides))
        for end in range(first, len(sides))
        if (first, end) != (0, last)
    ]


def _apart(runs: list[_Run]) -> bool:
    """Whether two of `runs` are apart, with a side between them that neither covers."""
    return any(a.last < b.first for a in runs for b in runs)


def _front_page(href: str | None) -> bool:
    if not href:
        return False
    try:
        parts = urlsplit(href.strip())
    except ValueError:
        return False  # a malformed URL (an unclosed IPv6 bracket) links nowhere known
    return parts.path in _FRONT_PAGES and not parts.query and bool(parts.netloc or parts.path)


def _text(element: etree._Element) -> str:
    return " ".join("".join(element.itertext()).split())
