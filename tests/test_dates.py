"""Date mentions: Jalali, Gregorian, Hijri, relative to the publication day."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from khabar.extract.dates import find_dates

PUBLISHED = dt.date(2025, 11, 26)  # ۵ آذر ۱۴۰۴
SEEDS = Path(__file__).parent / "fixtures" / "seeds"


def _dates(text: str, published: dt.date | None = PUBLISHED) -> list[tuple[str, str | None]]:
    found = find_dates(text, published)
    for d in found:  # the mention holds its own text, and the span points at it
        assert text[d.span.start : d.span.end] == d.text
    return [(d.text, d.iso) for d in found]


@pytest.mark.parametrize(
    ("text", "mention", "iso"),
    [
        ("در تاریخ ۱۴۰۴/۰۹/۰۵ برگزار شد", "۱۴۰۴/۰۹/۰۵", "2025-11-26"),
        ("در تاریخ 1404/9/5 برگزار شد", "1404/9/5", "2025-11-26"),
        ("روز ۵ آذر ۱۴۰۴ برگزار شد", "۵ آذر ۱۴۰۴", "2025-11-26"),
        ("روز ۵ آذرماه ۱۴۰۴ برگزار شد", "۵ آذرماه ۱۴۰۴", "2025-11-26"),
        ("روز ۵ آذر ماه سال ۱۴۰۴ برگزار شد", "۵ آذر ماه سال ۱۴۰۴", "2025-11-26"),
        ("روز پنجم آذر ۱۴۰۴ برگزار شد", "پنجم آذر ۱۴۰۴", "2025-11-26"),
        ("سالروز بیست و دوم بهمن ۱۳۵۷", "بیست و دوم بهمن ۱۳۵۷", "1979-02-11"),
        ("در ۲۸ دی ماه سال ۵۸ گفت", "۲۸ دی ماه سال ۵۸", "1980-01-18"),
        ("در ۹۸/۱۲/۲۹ تصویب شد", "۹۸/۱۲/۲۹", "2020-03-19"),
        # month precision: the 1st day of the Jalali month
        ("در آذر ۱۴۰۴ برگزار شد", "آذر ۱۴۰۴", "2025-11-22"),
        # Gregorian
        ("on 2025-11-26 و", "2025-11-26", "2025-11-26"),
        ("روز 26 نوامبر 2025 میلادی", "26 نوامبر 2025", "2025-11-26"),
        ("روز ۲۶ نوامبر ۲۰۲۵ میلادی", "۲۶ نوامبر ۲۰۲۵", "2025-11-26"),
        # Hijri-qamari: kept, not converted
        ("در ۱۵ رجب ۱۴۴۷ قمری", "۱۵ رجب ۱۴۴۷", None),
        # invalid days are kept with no date
        ("در ۳۱ مهر ۱۴۰۴", "۳۱ مهر ۱۴۰۴", None),
        ("در ۳۰ اسفند ۱۴۰۲", "۳۰ اسفند ۱۴۰۲", None),
        ("در ۳۰ اسفند ۱۴۰۳", "۳۰ اسفند ۱۴۰۳", "2025-03-20"),  # 1403 is a leap year
    ],
)
def test_absolute(text: str, mention: str, iso: str | None) -> None:
    assert _dates(text) == [(mention, iso)]


@pytest.mark.parametrize(
    ("text", "mention", "iso"),
    [
        # no year: the year that puts the day nearest publication (22 Bahman 1404, 77 days on,
        # not 22 Bahman 1403, 289 days back)
        ("راهپیمایی ۲۲ بهمن", "۲۲ بهمن", "2026-02-11"),
        ("از ۵ آذر", "۵ آذر", "2025-11-26"),  # the publication day itself
        ("از ۶ آذر", "۶ آذر", "2025-11-27"),  # the next day, not a year back
        ("در ۲۰ خرداد", "۲۰ خرداد", "2025-06-10"),  # 169 days back beats 196 ahead
        ("در ۲ مارس گفت", "۲ مارس", "2026-03-02"),  # Gregorian month: Gregorian years
        ("در ۲۰ ژوئن گفت", "۲۰ ژوئن", "2025-06-20"),
        # month precision, previous Jalali year: 1 Aban 1403
        ("نشست آبان ماه سال گذشته", "آبان ماه سال گذشته", "2024-10-22"),
        ("نشست آبان سال گذشته", "آبان سال گذشته", "2024-10-22"),
        ("تا ۱۰ دی\u200cماه امسال", "۱۰ دی\u200cماه امسال", "2025-12-31"),
        # ZWNJ-joined parts, as some repairs leave them
        ("نشست آبان\u200cماه\u200cسال گذشته", "آبان\u200cماه\u200cسال گذشته", "2024-10-22"),
        ("امروز گفت", "امروز", "2025-11-26"),
        ("دیروز گفت", "دیروز", "2025-11-25"),
    ],
)
def test_relative(text: str, mention: str, iso: str) -> None:
    assert _dates(text) == [(mention, iso)]
    assert _dates(text, None) == [(mention, None)]  # publication unknown: mention kept


def test_vague_years_and_bare_months_are_not_mentions() -> None:
    assert _dates("سال گذشته و سال جاری در مهر و دی و تیر") == []


def test_not_dates() -> None:
    text = "از ۱۲ نفر و ۵ سال و ۱/۲/۳ و دهه ۶۰ و امروزه و ۱۴۰۴ نفر"
    assert _dates(text) == []


def test_seed_002_relative_month() -> None:
    text = next(SEEDS.glob("002_*.txt")).read_text("utf-8")
    found = _dates(text)
    assert ("آبان ماه سال گذشته", "2024-10-22") in found
    assert all("سال گذشته" != t for t, _ in found)  # the bare «سال گذشته» later on


def test_several_mentions_in_order() -> None:
    text = "از ۱۴ تا ۱۶ آذر ۱۴۰۴ و سپس ۲۲ بهمن"
    assert _dates(text) == [("۱۶ آذر ۱۴۰۴", "2025-12-07"), ("۲۲ بهمن", "2026-02-11")]


def test_a_day_without_year_is_the_one_nearest_the_article() -> None:
    """roozno_47, published 21 Bahman 1398, on the ceremony of the next day: 22 Bahman 1398,
    not 1397."""
    text = (SEEDS.parent / "news" / "roozno_47.txt").read_text("utf-8")
    published = dt.date(2020, 2, 10)  # ۲۱ بهمن ۱۳۹۸
    found = [(t, iso) for t, iso in _dates(text, published) if t.endswith(("22 بهمن", "۲۲ بهمن"))]
    assert len(found) == 4 and all(iso == "2020-02-11" for _, iso in found)


def test_may_needs_a_year() -> None:
    """«می» and «مه» are also a verb prefix and fog: no date without a year beside them."""
    assert _dates("در ۵ می گفت و ۵ مه بود") == []
    assert _dates("در ۵ مه ۲۰۲۰ گفت") == [("۵ مه ۲۰۲۰", "2020-05-05")]


def test_month_only_dates_say_so():
    import datetime as dt

    from khabar.extract.dates import find_dates

    found = find_dates("در آبان ماه سال گذشته و ۵ آذر ۱۴۰۴", dt.date(2025, 11, 26))
    assert [(d.iso, d.precision) for d in found] == [("2024-10-22", "month"), ("2025-11-26", "day")]


@pytest.mark.parametrize(
    ("text", "published", "mention", "iso"),
    [
        # two digits after a day and month are its year, unless they count the next word
        ("ساکنان بهارستان در ۲۵ تیر ۹۸ با استعفای او موافقت کردند", "2020-04-04",
         "۲۵ تیر ۹۸", "2019-07-16"),
        ("در روز ۲۰ اسفند ۴۹ نفر مراجعه کردند", "2020-03-16", "۲۰ اسفند", "2020-03-10"),
        # «آینده» and «گذشته» choose the next and the last one, not the nearest
        ("قرار است بلیت‌ها در روز 15 سپتامبر آینده اعلام شوند", "2020-02-10",
         "15 سپتامبر آینده", "2020-09-15"),
        ("این جشنواره خرداد ماه گذشته برگزار شد", "2020-04-04", "خرداد ماه گذشته", "2019-05-22"),
        ("کندی اینترنت روز ۱۳ فروردین گذشته آغاز شد", "2020-04-04", "۱۳ فروردین گذشته",
         "2020-04-01"),
        # a day glued to its month
        ("در مراسم راهپیمایی ۲۲بهمن سخنرانی کرد", "2020-02-11", "۲۲بهمن", "2020-02-11"),
        # an ordinal day of a Gregorian month
        ("انتخابات کنست قرار است که دوم مارس برگزار شود", "2020-02-16", "دوم مارس", "2020-03-02"),
    ],
)  # fmt: skip
def test_a_year_or_a_direction_after_the_month(
    text: str, published: str, mention: str, iso: str
) -> None:
    assert _dates(text, dt.date.fromisoformat(published)) == [(mention, iso)]
