"""Days: ``iso_date`` reads what inputs put in a date field, ``gregorian_day`` gives the
Gregorian ``YYYY-MM-DD`` of the dates a store may hold or a user may type.

The store's dates are Gregorian, so a filter typed in Jalali (``--since 1404/09/05``) is
converted before it meets them. FollowTheMoney reads ``1404/09/05`` as the year 1404 and
drops the rest without a word, and ``1404-09-05`` passes as a Gregorian date 621 years
early: every date an export writes goes through ``gregorian_day`` first.
"""

from __future__ import annotations

import datetime as dt
import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from khabar.letters import TO_LATIN_DIGITS

# the months of the Persian (Jalali) year, in order
JALALI_MONTH_NAMES = tuple(
    "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند".split()
)
_YMD = re.compile(
    r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?:T|\s*[-،,]?\s*)(\d{1,2}):(\d{2})(?::(\d{2}))?)?"
)


def iso_date(value: Any) -> str | None:
    """ISO date (``YYYY-MM-DD``) or datetime from what inputs put in a date field: ISO
    strings, RFC 822 (feeds, e-mail), ``2020-01-07 15:40:00``, Jalali ``1398/10/17``, epoch
    seconds. ``None`` when it cannot be read, rather than a guess."""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            secs = value / 1000 if value > 1e11 else value  # milliseconds
            return datetime.fromtimestamp(secs).astimezone().isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str) or not value.strip():
        return None
    s = value.strip().translate(TO_LATIN_DIGITS)
    try:
        d = datetime.fromisoformat(s.replace("Z", "+00:00") if s.endswith("Z") else s)
        return d.date().isoformat() if len(s) <= 10 else d.isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(s).isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    m = _YMD.search(s)
    if not m:
        return None
    y, mo, d_, hh, mm, ss = (int(g) if g else None for g in m.groups())
    assert y is not None and mo is not None and d_ is not None
    try:
        if y < 1700:  # a Solar Hijri year
            import jdatetime

            day = jdatetime.date(y, mo, d_).togregorian()
        else:
            day = date(y, mo, d_)
    except ValueError:
        return None
    if hh is None:
        return day.isoformat()
    try:
        return datetime(day.year, day.month, day.day, hh, mm or 0, ss or 0).isoformat()
    except ValueError:
        return day.isoformat()


# No news date is before 1700 in the Gregorian calendar; a Solar Hijri year always is.
_LAST_JALALI_YEAR = 1700


def gregorian_day(value: object) -> str | None:
    """The Gregorian day of an ISO date or datetime, RFC 822, or a Jalali date with any
    separator and digit script; ``None`` when it cannot be read."""
    iso = iso_date(value)
    if iso is None:
        return None
    try:
        day = dt.date.fromisoformat(iso[:10])
    except ValueError:
        return None
    if day.year < _LAST_JALALI_YEAR:
        import jdatetime  # 16 ms to import, and most days never need it

        try:
            day = jdatetime.date(day.year, day.month, day.day).togregorian()
        except ValueError:  # 31 Esfand, 31 Mehr ...
            return None
    return day.isoformat()
