"""Read the timestamps that news pages print, such as "Updated 10:43 PM ET, Thu March 2, 2017".

A time given in a generic zone ("ET") takes the offset that zone had on that date, daylight saving included; an
explicit zone ("EST") is a fixed offset. A timestamp without a time is a `date`; one with a time but no zone is a
naive `datetime`, since guessing a zone would invent information.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import regex

from article_clean import patterns

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = ["finer", "has_calendar_date", "parse_timestamp", "zone_for"]

_OFFSET = regex.compile(r"^([+-])(\d{2}):?(\d{2})$")
#: No page is dated before this year: an earlier one is the zero value that a template prints for a date never set
#: (Go's and .NET's `0001-01-01T00:00:00Z`), and reading it would hide the page's real date in a later source.
_FIRST_YEAR = 1000


def parse_timestamp(text: str, zones: Mapping[str, str] = patterns.TIMEZONES) -> date | datetime | None:
    """Return the moment `text` names, or None if it names no calendar date.

    >>> parse_timestamp("10:43 PM ET, Thu March 2, 2017").isoformat()
    '2017-03-02T22:43:00-05:00'
    >>> parse_timestamp("0339 GMT (1139 HKT) November 19, 2019").isoformat()
    '2019-11-19T03:39:00+00:00'
    >>> parse_timestamp("2017-03-02")
    datetime.date(2017, 3, 2)
    >>> parse_timestamp("Mon Jul 23 21:11:10 PDT 2012").isoformat(), parse_timestamp("2012/07/24 02:58:07")
    ('2012-07-23T21:11:00-07:00', datetime.datetime(2012, 7, 24, 2, 58, 7))
    >>> parse_timestamp("10/26/2012 09:14:00 PM"), parse_timestamp("30.07.2018"), parse_timestamp("11/06/2012")
    (datetime.datetime(2012, 10, 26, 21, 14), datetime.date(2018, 7, 30), None)
    """
    iso = patterns.ISO_DATE.search(text) or patterns.SLASHED_DATE.search(text)
    if iso is None:
        day = _calendar_date(text) or _numeric_date(text)
        return None if day is None else _at_time(day, text, zones, _date_spans(text))
    parsed = _from_iso(iso)
    if parsed is None or iso.group(7):
        return parsed
    if not isinstance(parsed, datetime):
        return _at_time(parsed, text[iso.end() :], zones)
    # "2017-03-02 10:43 PM ET": the ISO part holds the date and clock, the words after it the half-day and zone.
    read = _at_time(parsed.date(), text[iso.start(4) :], zones)
    return parsed if isinstance(read, datetime) and read.tzinfo is None and read.hour == parsed.hour else read


def _at_time(day: date, text: str, zones: Mapping[str, str], skip: tuple[tuple[int, int], ...] = ()) -> date | datetime:
    clock = _clock(text, zones, skip)
    if clock is None:
        return day
    zone = _zone(text, clock[1], zones)
    return datetime.combine(day, clock[0], tzinfo=zone) if zone else datetime.combine(day, clock[0])


def _from_iso(match: regex.Match[str]) -> date | datetime | None:
    year, month, day, hour, minute, second, offset = match.groups()
    if int(year) < _FIRST_YEAR:
        return None
    try:
        calendar = date(int(year), int(month), int(day))
        if hour is None:
            return calendar
        moment = time(int(hour), int(minute), int(second or 0))
    except ValueError:
        return None
    zone = _fixed(offset) if offset else None
    return datetime.combine(calendar, moment, tzinfo=zone)


def finer(known: date | datetime | None, stamp: date | datetime) -> date | datetime:
    """`known`, or `stamp` where it tells the same day's moment more precisely (a day and its time), or unknown.

    A page often names the day alone in one place (`dc.date`) and the moment in another (JSON-LD, the byline):
    the moment is the same statement, made more precisely.

    >>> finer(date(2012, 11, 11), datetime(2012, 11, 11, 15, 0)), finer(date(2012, 11, 11), date(2012, 11, 12))
    (datetime.datetime(2012, 11, 11, 15, 0), datetime.date(2012, 11, 11))
    """
    if known is None:
        return stamp
    refines = not isinstance(known, datetime) and isinstance(stamp, datetime) and stamp.date() == known
    return stamp if refines else known


def has_calendar_date(text: str) -> bool:
    """Whether `text` names a day of a month by name: "October 15, 2012", "Aug. 9th, 2012", "1 November 2012".

    >>> has_calendar_date("On November 1, 2012 at 10:12 am Maggie said:"), has_calendar_date("Issue 12, 2012")
    (True, False)
    """
    return _calendar_date(text) is not None


def _calendar_date(text: str) -> date | None:
    for pattern in (patterns.MONTH_DAY_YEAR, patterns.MONTH_DAY_CLOCK_YEAR):
        for match in pattern.finditer(text):
            found = _make_date(match.group(3), match.group(1), match.group(2))
            if found:
                return found
    for match in patterns.DAY_MONTH_YEAR.finditer(text):
        found = _make_date(match.group(3), match.group(2), match.group(1))
        if found:
            return found
    return None


def _numeric_date(text: str) -> date | None:
    """The first day a date in numbers names in `text`, read only where one reading makes it a date."""
    return next(filter(None, map(_one_reading, patterns.NUMERIC_DATE.finditer(text))), None)


def _one_reading(match: regex.Match[str]) -> date | None:
    """The day "10/10/2012" or "30.07.2018" names, if only one reading makes it a date.

    Either number may be the day ("11/06/2012" is the 6th of November in the US, the 11th of June elsewhere; a US
    blog's "Posted: 10.12.2012" is the 12th of October), so a date in numbers is read only when one of them cannot
    be a month, or both are the same.
    """
    first, _, second, year = match.groups()
    readings = {(int(first), int(second)), (int(second), int(first))}
    days = {day for pair in readings if (day := _day_month(year, *pair)) is not None}
    return days.pop() if len(days) == 1 else None


def _day_month(year: str, day: int, month: int) -> date | None:
    """The calendar day, if it is one, from a year no earlier than `_FIRST_YEAR`."""
    if int(year) < _FIRST_YEAR:
        return None
    try:
        return date(int(year), month, day)
    except ValueError:
        return None


def _make_date(year: str, month_name: str, day: str) -> date | None:
    month = patterns.MONTHS.get(month_name.lower())
    return None if month is None else _day_month(year, int(day), month)


def _date_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where dates are, so that the year in "March 2, 2017 CNN" is never read as a time."""
    matches = [*patterns.MONTH_DAY_YEAR.finditer(text), *patterns.DAY_MONTH_YEAR.finditer(text)]
    return tuple(match.span() for match in matches)


def _clock(text: str, zones: Mapping[str, str], skip: tuple[tuple[int, int], ...] = ()) -> tuple[time, int] | None:
    """Return the time of day in `text` and where it ends."""
    for match in patterns.CLOCK.finditer(text):
        if match.group(2) is None and match.group(3) is None:
            continue  # a bare number is not a time
        if any(start <= match.start() < end for start, end in skip):
            continue
        hour, minute, meridiem = int(match.group(1)), int(match.group(2) or 0), (match.group(3) or "").lower()
        if meridiem:
            if not 1 <= hour <= 12:
                continue
            hour = hour % 12 + (12 if meridiem == "p" else 0)
        if hour <= 23 and minute <= 59:
            return time(hour, minute), match.end()
    for match in patterns.MILITARY_CLOCK.finditer(text):
        if match.group(3) in zones and not any(start <= match.start() < end for start, end in skip):
            return time(int(match.group(1)), int(match.group(2))), match.start(3)
    return None


def _zone(text: str, after: int, zones: Mapping[str, str]) -> tzinfo | None:
    """Return the zone named by the first known abbreviation after the time."""
    for match in patterns.ZONE.finditer(text, after):
        name = zones.get(match.group(1))
        if name:
            return zone_for(name)
    return None


def zone_for(name: str) -> tzinfo | None:
    """Return the zone an offset ("-05:00", "Z") or IANA name ("America/New_York") stands for, or None.

    >>> zone_for("-05:00"), zone_for("Mars/Olympus")
    (datetime.timezone(datetime.timedelta(days=-1, seconds=68400)), None)
    """
    return _fixed(name) or _named(name)


def _fixed(offset: str) -> timezone | None:
    if offset == "Z":
        return UTC
    match = _OFFSET.match(offset)
    if not match:
        return None
    sign = -1 if match.group(1) == "-" else 1
    delta = timedelta(hours=int(match.group(2)), minutes=int(match.group(3)))
    return timezone(sign * delta) if delta < timedelta(hours=24) else None


def _named(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None
