"""Dates as news text writes them, read into datetimes.

`parse_date` reads a string that is a date (a metadata value); `find_date`
looks for the first date written inside running text (a dateline, a
"For immediate release:" line). Both return naive UTC datetimes, or None.
Numeric dates are read day first (28/05/96 is 28 May 1996) unless only the
month-first reading is possible.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import PurePosixPath

__all__ = ["date_from_name", "find_date", "parse_date", "to_datetime"]

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_WEEKDAYS = {
    name: number
    for number, names in enumerate(
        (
            ("monday", "mon"),
            ("tuesday", "tue", "tues"),
            ("wednesday", "wed"),
            ("thursday", "thu", "thur", "thurs"),
            ("friday", "fri"),
            ("saturday", "sat"),
            ("sunday", "sun"),
        )
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?P<weekday>" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True)) + r")\.?,?\s+)?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
_TIME = (
    r"(?:[T ](?P<hour>[0-2]\d):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d)(?:\.\d+)?)?"
    r"\s*(?P<tz>Z|UTC|GMT|[+-]\d\d:?\d\d)?)?"
)

_ISO = re.compile(r"(?<!\d)" + _YEAR + r"-(?P<mnum>[01]?\d)-(?P<day>[0-3]?\d)(?!\d)" + _TIME, re.IGNORECASE)
# The empty separator reads a day fused to its year by text recognition ("November 141996").
_MONTH_FIRST = re.compile(
    r"\b" + _WEEKDAY + _MONTH + r"\s+" + _DAY + r"(?:\s*,\s*|\s+|(?<=\d))" + _YEAR + r"\b", re.IGNORECASE
)
_DAY_FIRST = re.compile(
    r"\b" + _WEEKDAY + _DAY + r"(?:\s+of)?\s+" + _MONTH + r",?\s+" + _YEAR + r"\b", re.IGNORECASE
)
_NUMERIC = re.compile(r"(?<![\d/.])(?P<a>[0-3]?\d)([/.])(?P<b>[0-3]?\d)\2(?P<y>\d{4}|\d\d)(?![\d/])")
_YEAR_FIRST_SLASH = re.compile(r"(?<!\d)" + _YEAR + r"/(?P<mnum>[01]?\d)/(?P<day>[0-3]?\d)(?!\d)")


def _century(year: str) -> int:
    value = int(year)
    if len(year) == 2:
        # Two-digit years in news archives span the 1990s to now.
        value += 2000 if value < 50 else 1900
    return value


def _make(year: int, month: int, day: int) -> datetime | None:
    try:
        return datetime(year, month, day)
    except ValueError:
        return None


def _with_time(base: datetime, match: re.Match[str]) -> datetime:
    if not match.group("hour"):
        return base
    hour, minute = int(match.group("hour")), int(match.group("minute"))
    if hour > 23:
        return base
    moment = base.replace(hour=hour, minute=minute, second=int(match.group("second") or 0))
    tz = (match.group("tz") or "").upper()
    if tz and tz not in ("Z", "UTC", "GMT"):
        sign = -1 if tz[0] == "-" else 1
        digits = tz[1:].replace(":", "")
        offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        moment = (moment.replace(tzinfo=timezone(sign * offset))).astimezone(UTC).replace(tzinfo=None)
    return moment


def _weekday_agrees(match: re.Match[str], moment: datetime) -> bool:
    """A stated weekday that contradicts the date marks a typo; such a date is not trusted."""
    name = match.group("weekday")
    return name is None or _WEEKDAYS[name.lower()] == moment.weekday()


def _from_match(pattern: re.Pattern[str], match: re.Match[str]) -> datetime | None:
    if pattern is _ISO or pattern is _YEAR_FIRST_SLASH:
        moment = _make(int(match.group("year")), int(match.group("mnum")), int(match.group("day")))
        return None if moment is None else (_with_time(moment, match) if pattern is _ISO else moment)
    if pattern is _NUMERIC:
        a, b, year = int(match.group("a")), int(match.group("b")), _century(match.group("y"))
        return _make(year, b, a) or _make(year, a, b)
    moment = _make(int(match.group("year")), _MONTHS[match.group("month").lower()], int(match.group("day")))
    if moment is None or not _weekday_agrees(match, moment):
        return None
    return moment


_NAME_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_]?([01]\d)[-_]?([0-3]\d)(?!\d)")


def date_from_name(source_uri: str | None) -> datetime | None:
    """A date the file name starts with or holds ("2013-08-06-greens-release.txt"), as archives name files."""
    if not source_uri:
        return None
    name = PurePosixPath(source_uri.split("#", 1)[0].replace("\\", "/")).name
    match = _NAME_DATE.search(name)
    return _make(int(match.group(1)), int(match.group(2)), int(match.group(3))) if match else None


_PATTERNS = (_ISO, _MONTH_FIRST, _DAY_FIRST, _YEAR_FIRST_SLASH, _NUMERIC)


def find_date(text: str) -> datetime | None:
    """The first well-formed date written in `text` (earliest position wins)."""
    best: tuple[int, datetime] | None = None
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if best is not None and match.start() >= best[0]:
                break
            moment = _from_match(pattern, match)
            if moment is not None:
                best = (match.start(), moment)
                break
    return best[1] if best else None


def parse_date(value: str) -> datetime | None:
    """Read a metadata value that should be a date; None when it holds none."""
    text = value.strip()
    if not text or len(text) > 80:
        return None
    return find_date(text)


def to_datetime(value: object) -> datetime | None:
    """A date from any metadata value: a datetime, a date, an epoch number or a string."""
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        seconds = value / 1000 if value > 1e11 else value
        try:
            return datetime.fromtimestamp(seconds, UTC).replace(tzinfo=None)
        except (OverflowError, OSError, ValueError):
            return None
    if isinstance(value, str):
        return parse_date(value)
    return None
