"""Read the article's header lines: a scraper's date field, the kicker, the title, the byline and timestamps.

Bylines, labelled timestamp lines ("Updated …") and date fields are recognised wherever they stand, since their
patterns are strict and a body never needs them; the title and kicker are only read next to them, in the header:
the first `header_lines` blocks, or all blocks before the first prose paragraph when menus push the header further
down. A whole-page dump names its headline in its first line, the `<title>`: the line repeating it is the
headline, before the line above a byline (often the standfirst). A first line without the site's name beside it
counts so only where its repeat stands just above a byline or timestamp.

An unlabelled date line ("Nov. 19, 2019 8:03 am ET"), or a blog post's info line ("Oct 30, 2012 - Leave a
Comment", `_postline`), is read only in the header: among the few lines after the headline or a byline, before the
first prose paragraph, or alone just above the headline. Elsewhere, a diary entry or a list of dates, it is body;
once the line classifier has cut a page down to its body, `read_opening_stamp` reads one that opens it.
"""

from __future__ import annotations

import itertools
from datetime import date, datetime
from typing import TYPE_CHECKING

import regex

from article_clean import patterns
from article_clean._memo import memo_line
from article_clean.dates import finer, has_calendar_date, parse_timestamp
from article_clean.errors import DropReason
from article_clean.stages._byline import parse_byline
from article_clean.stages._headline import site_side
from article_clean.stages._postline import post_line
from article_clean.stages._shape import (
    PARAGRAPH_WORDS,
    is_kicker,
    is_prose,
    is_title_like,
    longest_side,
    title_key,
    words,
)

if TYPE_CHECKING:
    from collections.abc import Callable
    from collections.abc import Set as AbstractSet

    from article_clean.draft import Block, Draft

__all__ = ["drop_above_headline", "extract_header", "read_opening_stamp"]

#: How many body lines after the headline or a byline may hold its timestamp: standfirst, handle, byline, date.
_STAMP_REACH = 4
#: Words an unlabelled timestamp may hold besides dates, times and zones: "Nov 18, 2019 • 2 min read" has two.
_BARE_STAMP_OTHER_WORDS = 2
#: The fewest words of a page's first line, without a site's name beside it, read as its `<title>`: fewer make a
#: site's name ("EcoGeek.org", "Daily News"), repeated in its footer.
_BARE_TITLE_WORDS = 3
#: The most copies of such a first line in the page: a headline stands in the `<title>`, above the article and
#: perhaps once more, in a list of the site's stories; a share bar stands everywhere.
_BARE_TITLE_COPIES = 3
#: A count after a headline: its number of comments ("Another SCADA Attack in Iran 253").
_COUNT = regex.compile(r" \d++$")  # on collapsed white space and loose keys: one space


def extract_header(draft: Draft) -> None:
    """Move the date field, byline, timestamps, title and kicker out of the body into the metadata."""
    bylines: list[int] = []
    stamps: list[int] = []
    for position, block in enumerate(draft.blocks):
        if not _may_be_read(block.text):
            continue
        if _read_date_field(draft, block):
            stamps.append(position)
        elif _read_byline(draft, block, position):
            bylines.append(position)
        elif _read_timestamp(draft, block):
            stamps.append(position)
    limit = max(draft.config.header_lines, _first_prose(draft))
    title = _find_title(draft, limit, sorted([*bylines, *stamps]))
    draft.meta.publisher = draft.meta.publisher or draft.title_site
    headline = None if title is None else next(p for p, b in enumerate(draft.blocks) if b is title)
    for head in bylines if headline is None else [*bylines, headline]:
        _read_bare_stamps(draft, head)
    if headline is not None:
        _read_date_above(draft, headline)


def read_opening_stamp(draft: Draft) -> None:
    """Once the line classifier has cut a page down to its body, read a timestamp line that opens it.

    `extract_header` reads an unlabelled date line only near the headline or a byline, since elsewhere on a whole
    page it may be a diary's or a list's. A page the classifier judged is its body, and a date line among its first
    lines, before its first paragraph of prose, is the post's date whatever stood above it (a menu, the blog's name):
    `Nov. 19, 2019 8:03 am ET`. A date line followed by another is a list of dates, and stays.
    """
    if not draft.scorings:
        return  # the classifier did not judge the page: a short text, or an extractor's output
    body = [block for block in draft.blocks if block.fate is None][: _STAMP_REACH + 1]
    for position, block in enumerate(body[:_STAMP_REACH]):
        if is_prose(block.text, PARAGRAPH_WORDS):
            return
        read = _post_stamp(draft, block.text)
        if read is None:
            continue
        following = body[position + 1] if position + 1 < len(body) else None
        if following is None or _post_stamp(draft, following.text) is None:
            _store_post_stamp(draft, block, *read)
        return


def drop_above_headline(draft: Draft) -> None:
    """Once the line classifier has judged a page, drop the lines it kept above the article's headline.

    On a page whose headline was placed with prose under it, what stands above it is the page's: teasers of other
    stories, short ("‘스탠딩 업’, 고루했던 KBS 예능국의 아..") or with their summaries ("Customers Leave Without
    Paying $690 Bill At Troy Steakhouse A party of six left …", which read like prose), a section's links, the
    site's name; a date line there is the post's date (a blog's date above its title), read as a timestamp.
    Prose stays above a headline read only as the line above a byline (`Draft.headline_by_byline`): that may be a
    section's heading, under the article's introduction.
    """
    if not draft.scorings:
        return  # the classifier did not judge the page: a short text, or an extractor's output
    headline = next((placement.line for placement in draft.placed if placement.field == "title"), None)
    if headline is None or not any(b.line > headline and is_prose(b.text, PARAGRAPH_WORDS) for b in draft.blocks):
        return
    prose_too = not draft.headline_by_byline
    for block in [
        b for b in draft.blocks if b.line < headline and (prose_too or not is_prose(b.text, PARAGRAPH_WORDS))
    ]:
        if not _take_stamp(draft, block):
            draft.drop(block, DropReason.NOT_ARTICLE_TEXT)


def _find_title(draft: Draft, limit: int, anchors: list[int]) -> Block | None:
    """Place the headline: the one the metadata names, the `<title>`'s repeat, or the line above the byline."""
    if draft.meta.title is not None:
        return _place_known_title(draft, draft.meta.title, limit)
    title = _title_from_page_title(draft, limit, anchors) if draft.format == "text" else None
    anchor = next((p for p in anchors if 0 < p < limit), None)
    if title is None and anchor is not None:
        title = _read_title(draft, anchor)
        draft.headline_by_byline = draft.headline_by_byline or title is not None
    return title


@memo_line
def _may_be_read(text: str) -> bool:
    """Whether the date field, byline or timestamp reader could take `text`: each first needs its pattern to match.

    Most lines match none; each round of a page asks again of the same lines.
    """
    return (
        patterns.DATE_FIELD.match(text) is not None
        or parse_byline(text) is not None
        or (words(text) <= patterns.META_LINE_MAX_WORDS and patterns.TIMESTAMP_LINE.match(text) is not None)
    )


def _first_prose(draft: Draft) -> int:
    """The position of the first body paragraph: the header is what comes before it."""
    return next((p for p, b in enumerate(draft.blocks) if is_prose(b.text, PARAGRAPH_WORDS)), len(draft.blocks))


def _read_date_field(draft: Draft, block: Block) -> bool:
    match = patterns.DATE_FIELD.match(block.text)
    stamp = parse_timestamp(match.group(1), draft.config.timezones) if match else None
    if match is None or stamp is None:
        return False
    if draft.meta.published is None:
        draft.meta.published = stamp
    rest = match.group(2).strip()
    if rest and is_kicker(rest) and draft.meta.kicker is None:
        draft.meta.kicker = rest
    elif rest:
        block.text = rest  # not a field after all: the rest of the line stays in play
        return False
    draft.place(block, "published")
    return True


def _read_byline(draft: Draft, block: Block, position: int) -> bool:
    """Read the authors of the byline at `position`.

    Once the article has its authors, a byline naming others with more of the page's prose above it than below
    is another story's, in a list of them under the article. A name that runs on from one already read
    ("Jonathan GarberFOXBusiness", the byline's text glued to the publisher's logo) is that author. A byline
    naming only known authors is a copy (the page's own, when the HTML metadata named them), but its date is
    still the article's, unless it stands under most of the text (the author's other stories).
    """
    byline = parse_byline(block.text)
    stamp = parse_timestamp(byline.when, draft.config.timezones) if byline and byline.when else None
    if byline is None or (byline.when and stamp is None):
        return False
    known = draft.meta.authors
    new = [name for name in dict.fromkeys(byline.names) if not any(_runs_on(name, author) for author in known)]
    if known and not new:
        if stamp and not _below_text(draft, position):
            draft.meta.published = finer(draft.meta.published, stamp)
        draft.drop(block, DropReason.DUPLICATE_METADATA)
        return True
    if known and _below_text(draft, position):
        draft.drop(block, DropReason.RELATED_LINKS)
        return True
    known.extend(new)
    draft.meta.publisher = draft.meta.publisher or byline.publisher
    draft.meta.published = finer(draft.meta.published, stamp) if stamp else draft.meta.published
    draft.place(block, "authors")
    return True


def _below_text(draft: Draft, position: int) -> bool:
    """Whether more of the page's prose paragraphs stand above `position` than below it."""
    prose = [is_prose(block.text, PARAGRAPH_WORDS) for block in draft.blocks]
    return 2 * sum(prose[:position]) > sum(prose)


def _runs_on(name: str, author: str) -> bool:
    """Whether `name` is `author`, in any case, or `author` with a capitalised word glued on.

    "ABC NEWS" is "ABC News"; "Jonathan GarberFOXBusiness" is the byline's text glued to the publisher's logo.
    """
    if name.casefold() == author.casefold():
        return True
    return name.startswith(author) and len(name) > len(author) and name[len(author)].isupper()


def _read_timestamp(draft: Draft, block: Block) -> bool:
    short = words(block.text) <= patterns.META_LINE_MAX_WORDS
    match = patterns.TIMESTAMP_LINE.match(block.text) if short else None
    stamp = parse_timestamp(match.group(2), draft.config.timezones) if match else None
    if match is None or stamp is None or _other_words(match.group(2), draft) > patterns.TIMESTAMP_OTHER_WORDS:
        return False
    _store_stamp(draft, block, "updated" if "updated" in match.group(1).lower() else "published", stamp)
    return True


def _store_stamp(draft: Draft, block: Block, field: str, stamp: date | datetime) -> None:
    """Move a timestamp line into the metadata field, or drop it as a copy when the field is already known.

    A copy giving the time of a day the metadata named alone (`dc.date` "2012-11-11", the byline's "3:00 PM") is
    the same statement made more precisely, and the field takes it.
    """
    known = getattr(draft.meta, field)
    if known is not None:
        setattr(draft.meta, field, finer(known, stamp))
        draft.drop(block, DropReason.DUPLICATE_METADATA)
    else:
        setattr(draft.meta, field, stamp)
        draft.place(block, field)


def _read_bare_stamps(draft: Draft, head: int) -> None:
    """Read unlabelled timestamp lines among the few body lines after a headline or byline, up to prose."""
    following = (block for block in draft.blocks[head + 1 :] if block.fate is None)
    for block in itertools.islice(following, _STAMP_REACH):
        if is_prose(block.text, PARAGRAPH_WORDS):
            return
        _take_stamp(draft, block)


def _read_date_above(draft: Draft, headline: int) -> None:
    """Read a date standing alone just above the headline as the post's date: a blog's date header (`23 July 2012`).

    Only a date: a site's header shows the day's date beside its sections (`Wednesday, November 7 2012 BLOGS
    /Fantasy`), and the menus between it and the headline may be gone. A date other than the known one is left.
    """
    above = next((block for block in reversed(draft.blocks[:headline]) if block.fate is None), None)
    if above is None or _other_words(above.text, draft) > 0:
        return
    stamp = _bare_stamp(draft, above.text)
    known = draft.meta.published
    if stamp is not None and (known is None or _day(known) == _day(stamp)):
        _store_stamp(draft, above, "published", stamp)


def _day(moment: date | datetime) -> date:
    return moment.date() if isinstance(moment, datetime) else moment


def _take_stamp(draft: Draft, block: Block) -> bool:
    """Read `block` as the published time if it is a timestamp or a post's info line; whether it was.

    The author an info line names ("October 18th, 2012 by Mirko in Articles") is the article's when no byline or
    metadata named one.
    """
    read = _post_stamp(draft, block.text)
    if read is not None:
        _store_post_stamp(draft, block, *read)
    return read is not None


def _store_post_stamp(draft: Draft, block: Block, stamp: date | datetime, authors: tuple[str, ...]) -> None:
    """Move a timestamp or info line into the published time, and its authors into the metadata if none is known."""
    if authors and not draft.meta.authors:
        draft.meta.authors.extend(authors)
    _store_stamp(draft, block, "published", stamp)


def _post_stamp(draft: Draft, text: str) -> tuple[date | datetime, tuple[str, ...]] | None:
    """The moment a line names and the authors beside it, if it is a timestamp or a post's info line.

    An info line naming someone other than the known authors is another's post, or a note added by another.
    """
    stamp = _bare_stamp(draft, text)
    if stamp is not None:
        return stamp, ()
    info = post_line(text, draft.config.timezones.keys())
    stamp = parse_timestamp(text, draft.config.timezones) if info is not None else None
    if stamp is None or info is None:
        return None
    known = draft.meta.authors
    if known and not all(any(_runs_on(name, author) for author in known) for name in info.authors):
        return None
    return stamp, info.authors


def _bare_stamp(draft: Draft, text: str) -> date | datetime | None:
    """The moment an unlabelled line names, if it is nothing but a timestamp (and holds no byline)."""
    if words(text) > patterns.META_LINE_MAX_WORDS or not any(char.isdigit() for char in text):
        return None
    if _other_words(text, draft) > _BARE_STAMP_OTHER_WORDS or "by" in text.casefold().split():
        return None
    return parse_timestamp(text, draft.config.timezones)


def _other_words(text: str, draft: Draft) -> int:
    """Count the words of a timestamp that name no date, time or zone ("Filed for bankruptcy on …" has two)."""
    count = 0
    for word in text.split():
        bare = word.strip(",.()[]").casefold()
        if not bare or bare[0].isdigit() or bare in patterns.TIMESTAMP_WORDS or bare in patterns.MONTHS:
            continue
        if word.strip(",.()[]") in draft.config.timezones:
            continue
        count += 1
    return count


def _place_known_title(draft: Draft, title: str, limit: int) -> Block | None:
    """Take the headline out of the body when the page metadata already named it.

    A `<title>` often carries the site's name ("Syria retakes Palmyra - CNN"); a body line equal to one side of
    such a separator is the headline, and becomes the title, unless that side is what the page names its site by
    (`Draft.site_names`: a masthead's link to the front page, `… | Danger Room | Wired.com` with that `og:site_name`).
    """
    sides = [side for side in _title_sides(title) if side not in draft.site_names]
    wanted = {title_key(title), *sides}
    # past the header only the whole title or its longest side: the other sides may name the site in its masthead
    longest = {sides[longest_side(sides)]} if sides else set()
    headline = _repeating(draft.blocks[:limit], wanted) or _headline_past_header(
        draft, limit, {title_key(title), *longest}
    )
    if headline is not None:
        if title_key(headline.text) not in wanted:
            headline.text = _COUNT.sub("", headline.text)  # the title is the headline, not its comments' number
        draft.meta.title = headline.text
        draft.place(headline, "title")
    return headline


def _headline_past_header(draft: Draft, limit: int, wanted: set[str]) -> Block | None:
    """The headline the metadata names, further down than the header, if most of the page's prose is under it.

    Menus of teasers push the headline down, and a teaser can read as prose ("9 amazing Raspberry Pi case mods
    (including one that looks like a raspberry!)"), which ends the header early. A copy under most of the text
    heads the comments or another list, not the article.
    """
    position, headline = next(
        (
            (p, b)
            for p, b in enumerate(draft.blocks[limit:], limit)
            if b.fate is None and _repeats(b.text, wanted, title_key)
        ),
        (0, None),
    )
    return None if headline is None or _below_text(draft, position) else headline


def _title_from_page_title(draft: Draft, limit: int, anchors: list[int]) -> Block | None:
    """Read the headline of a whole-page dump, whose first line is the page's `<title>`.

    The `<title>` ("Storm hits coast | Daily News") names the site beside the headline, which is repeated further
    down, where the article starts; that line becomes the title, and the first line and copies of the headline in
    the header are dropped as copies of it. The headline is the longest side: a site's name is repeated in the
    page too, in its menus and footer. It is looked for in the whole page, since menus push it down and hold
    prose-like lines (a cookie notice, a teaser) before it, and its words may be set with other punctuation.
    A first line without a site's name beside it is read so only when its repeat stands above a byline or a
    timestamp (`_opens_article`): else it is as likely a site's name, or a body already cleaned.
    """
    body = [block for block in draft.blocks if block.fate is None]
    if len(body) < 2 or words(body[0].text) > 2 * draft.config.max_title_words:
        return None
    wanted = _headline_keys(body[0].text)
    bare = not wanted and _bare_headline(body[0].text)
    if bare:
        wanted = frozenset([_loose(body[0].text)])
        if sum(_loose(block.text) in wanted for block in body) > _BARE_TITLE_COPIES:
            return None  # a line the page repeats at every turn is its furniture (a share bar)
    if not wanted:
        return None  # nothing could repeat it: the page is not read line by line for it
    shortest = min(map(len, wanted))  # a line is no shorter than its loose key: skip menu items unread
    position, headline = next(
        ((p, b) for p, b in enumerate(body) if p and len(b.text) >= shortest and _repeats(b.text, wanted, _loose)),
        (0, None),
    )
    if headline is None or (bare and not _opens_article(draft, headline, anchors)):
        return None
    if _loose(headline.text) not in wanted:
        headline.text = _COUNT.sub("", headline.text)  # the title is the headline, not its comments' number
    draft.meta.title = headline.text
    draft.meta.publisher = draft.meta.publisher or site_side(body[0].text, headline.text, _loose)
    draft.place(headline, "title")
    for block in body[: max(limit, position + _STAMP_REACH + 1)]:
        if block.fate is None and (block is body[0] or _loose(block.text) in wanted):
            draft.drop(block, DropReason.DUPLICATE_METADATA)
    return headline


def _bare_headline(title: str) -> bool:
    """Whether a first line without a site's name beside it may still be the `<title>`: a headline of a few words.

    >>> _bare_headline("Synthetic Fuel Made From Air and Water"), _bare_headline("EcoGeek.org")
    (True, False)
    >>> _bare_headline("Associated Press November 19, 2019, 9:02 AM")
    False
    """
    return (
        words(title) >= _BARE_TITLE_WORDS
        and patterns.SENTENCE_END.search(title) is None
        and not has_calendar_date(title)
    )


def _opens_article(draft: Draft, headline: Block, anchors: list[int]) -> bool:
    """Whether `headline` stands where an article starts: just above a byline or timestamp the header read.

    A byline whose date is not read (`Written by Philip Proefrock on 24/10/12`) is not among the `anchors`, but
    still names the line above it a headline. Prose alone does not: a site's name stands above a body too.
    """
    position = next(p for p, b in enumerate(draft.blocks) if b is headline)
    if any(position < anchor <= position + _STAMP_REACH for anchor in anchors):
        return True
    following = next((b for b in draft.blocks[position + 1 :] if b.fate is None), None)
    return following is not None and parse_byline(following.text) is not None


def _headline_keys(title: str) -> frozenset[str]:
    """The loose keys (`_loose`) a line repeating the `<title>` `title` may have.

    They are the runs of its sides that hold the longest one ("Storm hits coast", "Storm hits coast | Daily News");
    none when the longest has one word, a label, or it and the title both end like a sentence, and none without
    a separator: such a first line names the site, or opens an article already cleaned, which may repeat it
    further down. The sides are parted as an HTML page's `<title>` is (`patterns.TITLE_PARTS`: "Seth's Blog: …",
    "… « Rand's Blog"); the site's name may end like a sentence ("… - Life Inc."), and the headline ("… off Wash.").

    >>> sorted(_headline_keys("Rain - a wet week | Daily News"))
    ['a wet week', 'a wet week daily news', 'rain a wet week', 'rain a wet week daily news']
    >>> _headline_keys("Storm hits the coast again"), _headline_keys("Storm hits the coast - Life Inc.") != set()
    (frozenset(), True)
    """
    sides = patterns.TITLE_PARTS.split(title)
    if len(sides) == 1:
        return frozenset()  # no separator: a first line repeated later is as likely a cleaned body's line
    longest = longest_side(sides)
    ends = patterns.SENTENCE_END.search
    if words(sides[longest]) < 2 or (ends(sides[longest]) and ends(sides[-1])):
        return frozenset()
    return frozenset(
        _loose(" ".join(sides[first : last + 1])) for first in range(longest + 1) for last in range(longest, len(sides))
    )


def _title_sides(title: str) -> list[str]:
    """The keys of the sides of a `<title>` ("Storm hits coast | Daily News"), each of at least two words, in order."""
    return [title_key(part) for part in patterns.TITLE_SEPARATOR.split(title) if words(part) >= 2]


def _repeats(text: str, wanted: AbstractSet[str], key: Callable[[str], str]) -> bool:
    """Whether `text` repeats a headline whose keys (by `key`) are `wanted`, or repeats it with a count after it.

    Forums and link blogs set a story's headline with its number of comments ("… With AC/DC 253"); lower down,
    in the comments, the headline stands alone.

    >>> keys = _headline_keys("Storm hits the coast - Daily News")
    >>> _repeats("Storm hits the coast 253", keys, _loose), _repeats("Storm hits the coast again", keys, _loose)
    (True, False)
    """
    keyed = key(text)
    return keyed in wanted or _COUNT.sub("", keyed) in wanted


@memo_line
def _loose(text: str) -> str:
    """Compare lines by their words alone: case-folded, without punctuation ("Rain – wet" is "rain wet")."""
    return " ".join(patterns.WORD.findall(text.casefold()))


def _repeating(blocks: list[Block], wanted: set[str]) -> Block | None:
    """The first body block whose `title_key` is one of the `wanted` keys, or is one with a count after it."""
    return next((block for block in blocks if block.fate is None and _repeats(block.text, wanted, title_key)), None)


def _read_title(draft: Draft, anchor: int) -> Block | None:
    """Take the headline just before the first header anchor, and a kicker next to it.

    The kicker usually stands above the headline ("Breaking News" / headline / byline); some pages put a section
    label between the headline and the byline instead ("headline / BUSINESS / By …"), so a kicker directly before
    the anchor is looked past.
    """
    before = [block for block in draft.blocks[:anchor] if block.fate is None][-3:]
    kicker: Block | None
    if len(before) >= 2 and is_kicker(before[-1].text) and _is_headline(draft, before[-2].text):
        kicker, title = before[-1], before[-2]
    elif before and _is_headline(draft, before[-1].text):
        title = before[-1]
        kicker = before[-2] if len(before) >= 2 and is_kicker(before[-2].text) else None
    else:
        return None
    draft.meta.title = title.text
    draft.place(title, "title")
    if kicker is not None and draft.meta.kicker is None:
        draft.meta.kicker = kicker.text
        draft.place(kicker, "kicker")
    return title


def _is_headline(draft: Draft, text: str) -> bool:
    """A headline is title-like, has at least two words, and is neither a kicker nor a byline gone unread."""
    return (
        is_title_like(text, draft.config.max_title_words)
        and words(text) >= 2
        and not is_kicker(text)
        and not patterns.BYLINE.match(text)
    )
