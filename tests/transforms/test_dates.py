"""Dates as news text writes them."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from transforms.dates import find_date, parse_date, to_datetime

CASES = [
    ("2014-10-21", datetime(2014, 10, 21)),
    ("2014-10-21T09:30:00+0000", datetime(2014, 10, 21, 9, 30)),
    ("2014-10-21T09:30:00-05:00", datetime(2014, 10, 21, 14, 30)),
    ("2014-10-21T23:10:00Z", datetime(2014, 10, 21, 23, 10)),
    ("March 24, 2022", datetime(2022, 3, 24)),
    ("Sept. 5, 2011", datetime(2011, 9, 5)),
    ("24 March 2022", datetime(2022, 3, 24)),
    ("Tuesday 06 August 2013", datetime(2013, 8, 6)),
    ("27th of April 2017", datetime(2017, 4, 27)),
    ("28/05/96", datetime(1996, 5, 28)),
    ("21/10/99", datetime(1999, 10, 21)),
    ("01/05/2007", datetime(2007, 5, 1)),
    ("12/25/2020", datetime(2020, 12, 25)),
    ("2020/02/29", datetime(2020, 2, 29)),
    # A scanned release whose text recognition lost the space between day and year.
    ("November 141996", datetime(1996, 11, 14)),
    ("June 32004", datetime(2004, 6, 3)),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_parse_date_reads_common_forms(text: str, expected: datetime) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text", ["", "soon", "31/02/2020", "2019-13-01", "page 12 of 40", "1.2.3", "May 2020", "June 20201"]
)
def test_parse_date_refuses_non_dates(text: str) -> None:
    assert parse_date(text) is None


def test_find_date_takes_the_earliest_date_in_running_text() -> None:
    line = "For immediate release: Monday 25 November 2019 (updated 2 December 2019)"
    assert find_date(line) == datetime(2019, 11, 25)


def test_a_weekday_that_contradicts_the_date_is_not_trusted() -> None:
    # 20 December 2021 was a Monday: a release dated "Wednesday" that day carries a typo.
    assert find_date("Media Alert | For immediate release: Wednesday 20 December, 2021") is None
    assert find_date("Monday 20 December, 2021") == datetime(2021, 12, 20)


def test_to_datetime_takes_metadata_values_of_any_type() -> None:
    assert to_datetime(date(2015, 1, 29)) == datetime(2015, 1, 29)
    assert to_datetime("2015-01-29") == datetime(2015, 1, 29)
    assert to_datetime(0) == datetime(1970, 1, 1)
    assert to_datetime(1_000_000_000_000) == datetime(2001, 9, 9, 1, 46, 40)
    assert to_datetime(None) is None
    assert to_datetime(True) is None
