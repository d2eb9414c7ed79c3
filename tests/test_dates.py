"""Timestamps are read with their zone's offset on that date; ambiguous ones are never invented."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from article_clean.dates import parse_timestamp


def _zone(hours: float) -> timezone:
    return timezone(timedelta(hours=hours))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10:43 PM ET, Thu March 2, 2017", datetime(2017, 3, 2, 22, 43, tzinfo=_zone(-5))),
        ("10:43 PM ET, Mon March 20, 2017", datetime(2017, 3, 20, 22, 43, tzinfo=_zone(-4))),
        ("1:59 AM ET, Sun March 12, 2017", datetime(2017, 3, 12, 1, 59, tzinfo=_zone(-5))),
        ("3:00 AM ET, Sun March 12, 2017", datetime(2017, 3, 12, 3, 0, tzinfo=_zone(-4))),
        ("12:05 a.m. PT, Jan. 5, 2018", datetime(2018, 1, 5, 0, 5, tzinfo=_zone(-8))),
        ("0339 GMT (1139 HKT) November 19, 2019", datetime(2019, 11, 19, 3, 39, tzinfo=_zone(0))),
        ("2 March 2017 10:00 EST", datetime(2017, 3, 2, 10, 0, tzinfo=_zone(-5))),
        ("2019-11-18T19:09:00Z", datetime(2019, 11, 18, 19, 9, tzinfo=_zone(0))),
        ("2019-11-18T19:09:00+05:30", datetime(2019, 11, 18, 19, 9, tzinfo=_zone(5.5))),
        ("2017-03-02", date(2017, 3, 2)),
        ("March 2, 2017", date(2017, 3, 2)),
        ("10:43 March 2, 2017", datetime(2017, 3, 2, 10, 43)),
        ("March 2, 2017 CNN", date(2017, 3, 2)),
        ("Updated 2017 GMT (0417 HKT) March 2, 2017", datetime(2017, 3, 2, 20, 17, tzinfo=_zone(0))),
        ("2017-03-02 10:43 PM ET", datetime(2017, 3, 2, 22, 43, tzinfo=_zone(-5))),
        ("2017-03-02 22:43:17", datetime(2017, 3, 2, 22, 43, 17)),
        ("2017-03-02 at 4 PM ET", datetime(2017, 3, 2, 16, 0, tzinfo=_zone(-5))),
        ("March 2, 2017 4 p.m. ET", datetime(2017, 3, 2, 16, 0, tzinfo=_zone(-5))),
        ("March 2, 2017 at 4 of them", date(2017, 3, 2)),
        ("Mon Jul 23 21:11:10 PDT 2012", datetime(2012, 7, 23, 21, 11, tzinfo=_zone(-7))),
        ("Mon Jul 23 21:11:10 2012", datetime(2012, 7, 23, 21, 11)),
        ("2012/07/24 02:58:07", datetime(2012, 7, 24, 2, 58, 7)),
        ("2019/11/19", date(2019, 11, 19)),
        ("Sat 2012/11/10 02:27 JST", datetime(2012, 11, 10, 2, 27, tzinfo=_zone(9))),
    ],
)
def test_parse_timestamp(text: str, expected: date | datetime) -> None:
    """Each form gives the right moment; generic zones follow daylight saving."""
    assert parse_timestamp(text) == expected
    if isinstance(expected, datetime) and expected.tzinfo:
        assert parse_timestamp(text).utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Von Moritz Bachmann publiziert am 30. Juli 2018", date(2018, 7, 30)),
        ("27 de setembro de 2018", date(2018, 9, 27)),
        ("15 de octubre de 2020, 10:30", datetime(2020, 10, 15, 10, 30)),
        ("Publié le 1er mars 2019", date(2019, 3, 1)),
        ("12 dicembre 2019", date(2019, 12, 12)),
        ("Posted on Oktober 27, 2015 by Admin", date(2015, 10, 27)),
        ("3 maart 2021", date(2021, 3, 3)),
    ],
)
def test_dates_in_words_in_other_languages(text: str, expected: date | datetime) -> None:
    """Portuguese, Spanish, German, French, Italian and Dutch month names, with their days' forms ("30.", "1er")."""
    assert parse_timestamp(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "5:40 p.m. ET",
        "February 30, 2017",
        "2017-13-01",
        "yesterday",
        "Smarch 2, 2017",
        "The 2 Mars rovers in 2020",
        "2 Marco 2019",
        "http://example.com/2012/07/24/story.html",  # an archive's folders, not a date the page states
        "2012/07/24/",
        "20121029",
        "0001-01-01T00:00:00Z",  # the zero value of a date type: a date never set
        "January 1, 0001",
        "11/06/2012",  # the 6th of November in the US, the 11th of June elsewhere
        "31/31/2012",
        "10.12.2012",  # a US blog's 12th of October, the 10th of December elsewhere
        "10/10/2012/",
    ],
)
def test_no_calendar_date(text: str) -> None:
    """Without a valid calendar date there is no timestamp."""
    assert parse_timestamp(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Posted by Ross Tucker on 10/10/2012 09:14:00 PM", datetime(2012, 10, 10, 21, 14)),
        ("11/26/2012", date(2012, 11, 26)),
        ("26/11/2012", date(2012, 11, 26)),
        ("30.07.2018", date(2018, 7, 30)),
        ("13.11.2012 14:05", datetime(2012, 11, 13, 14, 5)),
    ],
)
def test_dates_in_numbers_with_one_reading(text: str, expected: date | datetime) -> None:
    """A date in numbers is read when only one order of day and month makes it a date."""
    assert parse_timestamp(text) == expected


def test_custom_zone_table() -> None:
    """A caller's table maps more abbreviations."""
    zones = {"IST": "Asia/Kolkata"}
    assert parse_timestamp("9:00 AM IST, March 2, 2017", zones).utcoffset() == timedelta(hours=5, minutes=30)


def test_unknown_zone_name_gives_a_naive_time() -> None:
    """A zone table entry that names no real zone gives the time without a zone rather than a wrong one."""
    stamp = parse_timestamp("9:00 AM XT, March 2, 2017", {"XT": "Nowhere/Atlantis"})
    assert stamp == datetime(2017, 3, 2, 9, 0)
    assert stamp.tzinfo is None
