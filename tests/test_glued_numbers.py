"""Numbers written into the word beside them, parted by the repair where they are an amount
or a date (`text/glued_numbers.py`), on snippets of the shared news."""

from __future__ import annotations

import re

import pytest
from conftest import assert_repaired_to

from khabar.extract import extract_text
from khabar.text import glued_numbers, repair

PARTED = [
    # a scale glued to its number: «۳۰۰میلیارد تومان»
    (
        "قائم‌مقام کمیته امداد با اشاره به اینکه مردم سالانه حدود ۳۰۰میلیارد تومان صدقه"
        " به کمیته امداد پرداخت می‌کنند، گفت:",
        "حدود ۳۰۰ میلیارد تومان صدقه",
    ),
    # a number glued to the word before it, its scale and unit after a space
    ("وارسته با اشاره به جذب714 میلیارد ریال منابع توسط این دفاتر", "جذب 714 میلیارد ریال"),
    # a province's count in a list: the unit after a space
    ("مرکزی 180نفر ، مازندران 121 نفر، سمنان60 نفر، گلستان 37 نفر", "سمنان 60 نفر"),
    # a month and its year
    ("از ظهر دیروز تا امروز 16 فروردین1399 و بر اساس معیارهای قطعی", "16 فروردین 1399 و"),
    # a year and the verb after it
    ("مجمع عمومی در روز شنبه دهم خردادماه سال 1399برگزار شد.", "سال 1399 برگزار شد"),
]


@pytest.mark.parametrize(("text", "parted"), PARTED)
def test_a_glued_number_is_parted_from_its_word(text: str, parted: str) -> None:
    assert_repaired_to(text, parted)


def test_the_parted_amount_and_date_are_read() -> None:
    doc = extract_text(PARTED[0][0] + " " + PARTED[1][0], use_model=False)
    values = {(q.value, q.unit) for q in doc.quantities}
    assert (300e9, "تومان") in values and (714e9, "ریال") in values
    doc = extract_text("سخنگوی وزارت بهداشت اعلام کرد: " + PARTED[3][0], use_model=False)
    assert "2020-04-04" in [d.iso for d in doc.dates]


KEPT = [
    # a stock symbol in brackets
    "پارس‌ خودرو (خپارس1) زامیاد (خزامیا1) صنایع‌ لاستیكی‌ سهند (پسهند1)",
    # a name with its number
    "۲۵۲۷ نفر از بیماران مبتلا به کووید۱۹ در وضعیت شدید این بیماری",
    # a note's mark
    "رأی دادن فقط بر واجدین تمام شرایط جایز است۲۴.\nفاقد بعضی از این شروط امین نیست۲۵.",
    # a list's item number between two items, and a table's count before the next row's name
    "کنترل بهداشتی مسافرت‌های دانشجویان پس از بازگشت آنان۱۶ همراهی با دانشجویان",
    "قزوین: ۴۲سمنان: ۴۰گلستان: ۲۵خراسان رضوی: ۲۹فارس: ۲۹لرستان: ۲۵",
    # a calendar's mark and a book's volume and page
    "(طباطبایی یزدی، 1420ق، ج5، ص617)",
]


@pytest.mark.parametrize("text", KEPT)
def test_a_number_that_is_no_amount_stays_glued(text: str) -> None:
    def glued(t: str) -> list[str]:
        return [w for w in t.replace("\u0643", "\u06a9").split() if any(c.isdigit() for c in w)]

    assert glued(repair(text).text) == glued(text)


def test_the_number_pattern_finds_every_number_as_a_repeat_of_digits_would() -> None:
    # the pattern opens with its digit class (a fast scan), not «[...]+»: the same numbers,
    # decimals and dates, on the snippets above
    digit = "0-9\u0660-\u0669\u06f0-\u06f9"
    repeat = re.compile(f"[{digit}]+(?:[.\u066b/][{digit}]+)*")
    texts = [t for t, _ in PARTED] + KEPT + ["نرخ ۱۲٫۵ درصد در ۱۴۰۲/۰۳/۱۵ و 3.14.15"]
    for text in texts:
        found = [m.span() for m in glued_numbers._NUMBER_RE.finditer(text)]
        assert found == [m.span() for m in repeat.finditer(text)] and found
