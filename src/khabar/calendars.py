"""Gregorian ``YYYY-MM-DD`` from the dates a store may hold or a user may type.

The store's dates are Gregorian, so a filter typed in Jalali (``--since 1404/09/05``) is
converted before it meets them. FollowTheMoney reads ``1404/09/05`` as the year 1404 and
drops the rest without a word, and ``1404-09-05`` passes as a Gregorian date 621 years
early: every date an export writes goes through ``gregorian_day`` first.
"""

from __future__ import annotations

import datetime as dt

import jdatetime

from khabar.ingest.base import iso_date

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
        try:
            day = jdatetime.date(day.year, day.month, day.day).togregorian()
        except ValueError:  # 31 Esfand, 31 Mehr ...
            return None
    return day.isoformat()
