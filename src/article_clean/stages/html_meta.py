"""Read article metadata from an HTML page's `<head>`: Open Graph and article meta tags, JSON-LD, the canonical link.

It runs before `strip_non_content` removes the `<head>` and the scripts that hold JSON-LD.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from lxml import etree

from article_clean.dates import finer, parse_timestamp
from article_clean.stages._byline import parse_byline
from article_clean.stages._headline import site_names, site_side, title_of
from article_clean.stages._shape import title_key
from article_clean.stages.normalize import clean_text
from article_clean.stages.tree import absolute_url, page_base

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping

    from article_clean.draft import Draft

__all__ = ["extract_html_metadata"]

_TITLE = ("og:title", "twitter:title")
_PUBLISHED = ("article:published_time", "datepublished", "pubdate", "date", "dc.date")
#: Publication dates some sites name otherwise, read after JSON-LD and the markup's marked dates.
_PUBLISHED_MORE = (
    "og:article:published_time",
    "article:published",
    "publish_date",
    "originalpublicationdate",
    "published",
    "dc.date.issued",
    "sailthru.date",
)
#: Publication dates in meta names still less common, read only as the markup's fallback (`Draft.markup_published`).
_PUBLISHED_LAST = ("posted", "displaydate")
_UPDATED = (
    "article:modified_time",
    "datemodified",
    "og:updated_time",
    "lastmod",
    # other sites' names, read last
    "og:article:modified_time",
    "article:modified",
)
_AUTHOR = ("author", "article:author", "dc.creator", "byl")
_PUBLISHER = ("og:site_name", "publisher")
_LANGUAGE = ("og:locale", "dc.language", "content-language", "language")
_IMAGE = ("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src")
_URL = ("og:url",)
#: The meta names read: the content of others is never cleaned (a page has dozens of them).
_READ = frozenset(
    {
        *_TITLE,
        *_PUBLISHED,
        *_PUBLISHED_MORE,
        *_PUBLISHED_LAST,
        *_UPDATED,
        *_AUTHOR,
        *_PUBLISHER,
        *_LANGUAGE,
        *_IMAGE,
        *_URL,
    }
)
#: A language tag: a primary subtag of two or three letters and optional subtags ("en", "pt_BR", "zh-Hant-TW");
#: not a language's name ("english", as some pages' `<meta name="language">` holds).
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8}){0,3}")


def extract_html_metadata(draft: Draft) -> None:
    """Fill title, authors, publisher, dates and URL from the page's meta tags and JSON-LD."""
    if draft.tree is None:
        return
    meta = _meta_tags(draft.tree)
    ld = _json_ld(draft.tree)
    found = draft.meta
    site = _first(meta, _PUBLISHER)
    headline = None
    if found.title is None:
        sources = [*_all(meta, _TITLE), _str(ld.get("headline")), _page_title(draft.tree)]
        titles = list(dict.fromkeys(title for title in sources if title))
        if titles:
            draft.site_names = site_names(draft.tree, site)
        headline = title_of(draft.tree, titles, draft.site_names)
        found.title = headline.text if headline else None
    found.publisher = found.publisher or site or _name(ld.get("publisher"))
    if headline is not None:
        draft.title_site = site_side(headline.title, headline.text, title_key)  # read after the bylines
    zones = draft.config.timezones
    if found.published is None:
        stamps = [*_all(meta, _PUBLISHED), ld.get("datePublished"), _time_element(draft.tree)]
        found.published = _moment(stamps, zones)
        if not isinstance(found.published, datetime):  # none, or a bare day: the markup may say more
            stamps += [*_marked_dates(draft.tree), *_all(meta, _PUBLISHED_MORE)]
            found.published = _moment(stamps, zones)
    if found.published is None:
        times = [element for element in draft.tree.iter("time") if not _in_aside(element)]
        weak: list[object] = [*_all(meta, _PUBLISHED_LAST), *_time_texts(times), _sole_time(times, zones)]
        draft.markup_published = _moment(weak, zones)
    found.updated = found.updated or _moment([*_all(meta, _UPDATED), ld.get("dateModified")], zones)
    if not found.authors:
        found.authors = _authors(_first(meta, _AUTHOR), ld.get("author"))
    found.url = found.url or _canonical(draft.tree) or _first(meta, _URL)
    found.language = found.language or _language(
        *_all(meta, _LANGUAGE), _str(ld.get("inLanguage")), draft.tree.get("lang"), draft.tree.get("xml:lang")
    )
    draft.base = page_base(draft.tree, found.url)  # read now: the head is gone once furniture is stripped
    found.image = found.image or absolute_url(_first(meta, _IMAGE) or _image(ld.get("image")), draft.base)


def _meta_tags(tree: etree._Element) -> dict[str, str]:
    found: dict[str, str] = {}
    for element in tree.iter("meta"):
        name = (element.get("property") or element.get("name") or element.get("itemprop") or "").lower()
        if name not in _READ or name in found:
            continue  # the first with content is the one read
        content = clean_text(element.get("content") or "")
        if content:
            found[name] = content
    return found


def _json_ld(tree: etree._Element) -> dict[str, Any]:
    """Return the first JSON-LD object that describes an article (or the first object at all)."""
    objects = list(_ld_objects(tree))
    articles = [item for item in objects if "Article" in str(item.get("@type", ""))]
    return (articles or objects or [{}])[0]


def _ld_objects(tree: etree._Element) -> Iterator[dict[str, Any]]:
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except (ValueError, RecursionError):
            continue  # broken JSON-LD is common and says nothing reliable
        for item in data if isinstance(data, list) else [data]:
            if isinstance(item, dict):
                graph = item.get("@graph")
                yield from (g for g in graph if isinstance(g, dict)) if isinstance(graph, list) else [item]


def _all(meta: dict[str, str], names: tuple[str, ...]) -> list[str]:
    """The contents of the meta tags named `names` that the page has, in that order of trust."""
    return [meta[name] for name in names if name in meta]


def _first(meta: dict[str, str], names: tuple[str, ...]) -> str | None:
    return next(iter(_all(meta, names)), None)


def _moment(stamps: list[object], zones: Mapping[str, str]) -> date | datetime | None:
    """The first stamp that parses, in order of trust; a bare day takes a later stamp's time on that same day.

    Meta tags often give the day alone (`dc.date`) where JSON-LD gives the moment (`dates.finer`): no source is
    trusted less for telling the same day more precisely.
    """
    parsed = (parse_timestamp(stamp, zones) for stamp in stamps if isinstance(stamp, str) and stamp.strip())
    found: date | datetime | None = None
    for moment in parsed:
        if moment is not None:
            found = finer(found, moment)
        if isinstance(found, datetime):
            break  # nothing refines a moment
    return found


def _str(value: object) -> str | None:
    return clean_text(value) or None if isinstance(value, str) else None


def _name(value: object) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    return _str(value.get("name")) if isinstance(value, dict) else _str(value)


def _authors(meta_author: str | None, ld_author: object) -> list[str]:
    values = ld_author if isinstance(ld_author, list) else [ld_author]
    found = [name for value in values if (name := _name(value))]
    if not found and meta_author and not meta_author.startswith("http"):
        found = [part.strip() for part in meta_author.split(";") if part.strip()]  # "ROD NORDLAND;MAYY EL SHEIKH"
    return list(dict.fromkeys(name for value in found for name in _split_names(value)))


def _split_names(value: str) -> list[str]:
    """Read an author field the way a byline is read ("Jill Disis, CNN Business" names Jill Disis)."""
    byline = parse_byline(value) or parse_byline(f"By {value}")
    return byline.names if byline and not byline.when else [value]


def _page_title(tree: etree._Element) -> str | None:
    element = next(tree.iter("title"), None)
    return clean_text("".join(element.itertext())) or None if element is not None else None


def _language(*candidates: str | None) -> str | None:
    """The first candidate that is a language tag, written the BCP 47 way ("pt_BR" and "pt-br" become "pt-BR").

    >>> _language("english", "zh_hant_tw")
    'zh-Hant-TW'
    """
    for candidate in candidates:
        tag = (candidate or "").strip()
        if _LANGUAGE_TAG.fullmatch(tag):
            primary, *subtags = tag.replace("_", "-").split("-")
            return "-".join([primary.lower(), *map(_subtag_case, subtags)])
    return None


def _subtag_case(subtag: str) -> str:
    """A script is written in title case ("Hant"), a region in capitals ("BR", "419"), anything else in lower case."""
    if len(subtag) == 4 and subtag.isalpha():
        return subtag.title()
    return subtag.upper() if len(subtag) == 2 or (len(subtag) == 3 and subtag.isdigit()) else subtag.lower()


def _image(value: object) -> str | None:
    """A JSON-LD image: a URL, an ImageObject with a `url`, or a list of either (the first is the lead)."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("url") or value.get("contentUrl")
    return _str(value)


def _time_element(tree: etree._Element) -> str | None:
    """The `datetime` of the `<time>` marked as the publication date, else of the first inside `<article>`/`<main>`.

    A `<time>` elsewhere may date a comment or a related story, so it is not read.
    """
    times = [element for element in tree.iter("time") if element.get("datetime")]
    marked = [e for e in times if (e.get("itemprop") or "").lower() == "datepublished" or e.get("pubdate") is not None]
    inside = [e for e in times if _in_article(e)]
    chosen = marked or inside
    return clean_text(str(chosen[0].get("datetime"))) or None if chosen else None


def _time_texts(times: list[etree._Element]) -> list[str]:
    """The text of each of `times` without `datetime` marked as the publication date or inside `<article>`/`<main>`.

    HTML5's `<time pubdate>November 12, 2012</time>` names the date in words; read after the markup's other
    marks, since such a text is often relative ("7 months ago") and parses to nothing. A comment's, in a footer
    inside the `<article>`, is not read.
    """
    chosen = [e for e in times if not e.get("datetime") and (e.get("pubdate") is not None or _in_article(e))]
    return [text for element in chosen if (text := clean_text("".join(element.itertext())))]


def _in_article(element: etree._Element) -> bool:
    """Whether `element` stands inside the page's `<article>` or `<main>`."""
    return any(ancestor.tag in {"article", "main"} for ancestor in element.iterancestors())


def _sole_time(times: list[etree._Element], zones: Mapping[str, str]) -> str | None:
    """The `datetime` of `times`, the page's `<time>`s outside comments, related stories and sidebars, if one day.

    A page marking no article may still print its date in a `<time>` under its headline; a `<time>` in a
    comment, a list of related stories or a sidebar is another's date, and two days are no single date.
    """
    dated = [element for element in times if element.get("datetime")]
    days = {moment if not isinstance(moment, datetime) else moment.date() for moment in _parsed(dated, zones)}
    return clean_text(str(dated[0].get("datetime"))) or None if len(days) == 1 else None


def _parsed(times: list[etree._Element], zones: Mapping[str, str]) -> Iterator[date | datetime | None]:
    """The moment each `<time>`'s `datetime` names, None where it names none."""
    return (parse_timestamp(str(element.get("datetime")), zones) for element in times)


#: Elements that mark the publication date in the markup: microdata's `itemprop="datePublished"` on any element,
#: then the hAtom microformat's `published` class (`<abbr class="published" title="2012-10-28T22:24:43-0400">`,
#: as blogging platforms print a post's date).
#: Walking the attributes rather than the elements halves the time on a page of thousands of elements.
_MARKED_DATES = etree.XPath("//@class[contains(., 'published')]/.. | //@itemprop[contains(., 'ublished')]/..")


def _marked_dates(tree: etree._Element) -> list[str]:
    """The dates the markup marks as the publication date, first the microdata's, outside comments.

    A comment's date is marked the same way on some platforms; the post's comes first, and a comment's, inside an
    element named for comments, is not read.
    """
    found = (element for element in _MARKED_DATES(tree) if element.tag != "meta")  # meta tags are read apart
    marked = [e for e in found if (_microdata(e) or _hatom(e)) and not _in_comment(e)]
    marked.sort(key=lambda element: not _microdata(element))  # stable: each kind in the page's order
    return [value for element in marked if (value := _marked_value(element))]


def _microdata(element: etree._Element) -> bool:
    return (element.get("itemprop") or "").lower() == "datepublished"


def _hatom(element: etree._Element) -> bool:
    return "published" in (element.get("class") or "").split()


#: Names of the elements that date a comment: a date marked there is the comment's.
_COMMENT = re.compile(r"comment")
#: Names of the elements that date other things than the article: its comments, related stories, sidebars.
_ASIDE = re.compile(r"comment|related|sidebar|widget|recent|popular|footer")
_FURNITURE = frozenset({"aside", "footer", "nav"})


def _in_comment(element: etree._Element) -> bool:
    """Whether `element` stands in an element whose class or id names a comment."""
    return _in_named(element, _COMMENT)


def _in_aside(element: etree._Element) -> bool:
    """Whether `element` stands in a part of the page that dates other things (`_ASIDE`), or in its furniture."""
    return _in_named(element, _ASIDE, _FURNITURE)


def _in_named(element: etree._Element, names: re.Pattern[str], tags: frozenset[str] = frozenset()) -> bool:
    """Whether an ancestor of `element` is one of `tags` or has a class or id that `names` finds."""
    return any(
        a.tag in tags or names.search(f"{a.get('class') or ''} {a.get('id') or ''}".lower())
        for a in element.iterancestors()
    )


def _marked_value(element: etree._Element) -> str:
    value = element.get("datetime") or element.get("content") or element.get("title")
    return clean_text(str(value or "".join(element.itertext())))


def _canonical(tree: etree._Element) -> str | None:
    for element in tree.iter("link"):
        if "canonical" in (element.get("rel") or "").lower().split() and element.get("href"):
            return clean_text(str(element.get("href")))
    return None
