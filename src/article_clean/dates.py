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

__all__ = ["parse_timestamp"]

_OFFSET = regex.compile(r"^([+-])(\d{2}):?(\d{2})$")


def parse_timestamp(text: str, zones: Mapping[str, str] = patterns.TIMEZONES) -> date | datetime | None:
    """Return the moment `text` names, or None if it names no calendar date.

    >>> parse_timestamp("10:43 PM ET, Thu March 2, 2017").isoformat()
    '2017-03-02T22:43:00-05:00'
    >>> parse_timestamp("0339 GMT (1139 HKT) November 19, 2019").isoformat()
    '2019-11-19T03:39:00+00:00'
    >>> parse_timestamp("2017-03-02")
    datetime.date(2017, 3, 2)
    """
    iso = patterns.ISO_DATE.search(text)
    if iso:
        return _from_iso(iso)
    day = _calendar_date(text)
    if day is None:
        return None
    clock = _clock(text)
    if clock is None:
        return day
    zone = _zone(text, clock[1], zones)
    return datetime.combine(day, clock[0], tzinfo=zone) if zone else datetime.combine(day, clock[0])


def _from_iso(match: regex.Match[str]) -> date | datetime | None:
    year, month, day, hour, minute, second, offset = match.groups()
    try:
        calendar = date(int(year), int(month), int(day))
        if hour is None:
            return calendar
        moment = time(int(hour), int(minute), int(second or 0))
    except ValueError:
        return None
    zone = _fixed(offset) if offset else None
    return datetime.combine(calendar, moment, tzinfo=zone)


def _calendar_date(text: str) -> date | None:
    for match in patterns.MONTH_DAY_YEAR.finditer(text):
        found = _make_date(match.group(3), match.group(1), match.group(2))
        if found:
            return found
    for match in patterns.DAY_MONTH_YEAR.finditer(text):
        found = _make_date(match.group(3), match.group(2), match.group(1))
        if found:
            return found
    return None


def _make_date(year: str, month_name: str, day: str) -> date | None:
    month = patterns.MONTHS.get(month_name.lower())
    if month is None:
        return None
    try:
        return date(int(year), month, int(day))
    except ValueError:
        return None


def _clock(text: str) -> tuple[time, int] | None:
    """Return the time of day in `text` and where it ends."""
    match = patterns.CLOCK.search(text)
    if match:
        hour, minute, meridiem = int(match.group(1)), int(match.group(2)), (match.group(3) or "").lower()
        if meridiem and 1 <= hour <= 12:
            hour = hour % 12 + (12 if meridiem == "p" else 0)
    else:
        match = patterns.MILITARY_CLOCK.search(text)
        if not match:
            return None
        hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute), match.end()


def _zone(text: str, after: int, zones: Mapping[str, str]) -> tzinfo | None:
    """Return the zone named by the first known abbreviation after the time."""
    for match in patterns.ZONE.finditer(text, after):
        name = zones.get(match.group(1))
        if name:
            return _fixed(name) or _named(name)
    return None


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
