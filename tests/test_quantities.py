"""Numbers and quantities on real news sentences (seeds 002/003, farsnews-style text)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from khabar.extract.numbers import find_numbers, parse_number
from khabar.extract.quantities import find_quantities
from khabar.model import Quantity
from khabar.text.offsets import Span

SEEDS = Path(__file__).parent / "fixtures" / "seeds"


def _seed(prefix: str) -> str:
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text("utf-8")


def _sentences(text: str) -> list[Span]:
    """A crude splitter for the tests: lines, then «.»/«:» followed by a space."""
    return [Span(m.start(), m.end()) for m in re.finditer(r"[^\n.:؟!]+[.:؟!]?", text)]


def _found(text: str, sentences: list[Span] | None = None) -> list[tuple[str, Quantity]]:
    return [(text[q.span.start : q.span.end], q) for q in find_quantities(text, sentences or [])]


@pytest.mark.parametrize(
    ("s", "value"),
    [
        ("صد هزار", 100_000),
        ("یک میلیون", 1e6),
        ("دوهزار", 2000),
        ("دو هزار", 2000),
        ("دو\u200cهزار", 2000),
        ("هشت", 8),
        ("سیصد و پنجاه", 350),
        ("صد و بیست و پنج", 125),
        ("۶ هزار و ۱۲۷", 6127),
        ("۲۹ هزار و ۸۸۰", 29880),
        ("۱.۵ میلیارد", 1.5e9),
        ("یک و نیم میلیون", 1.5e6),
        ("نیم", 0.5),
        ("۷۹۰ هزار", 790_000),
        ("4 ميليون و 890 هزار", 4_890_000),  # Arabic ي, Latin digits
        ("یک میلیون و ۵۲۲ هزار", 1_522_000),
        ("12 میلیون و 260 هزار و 223", 12_260_223),
        ("هزار و ۶۰۰ میلیارد", 1.6e12),  # the later scale multiplies all before it
        ("۴.۸", 4.8),
        ("۱۲٫۵", 12.5),
        ("٣٥", 35),  # Arabic-Indic digits
        ("1,250,000", 1_250_000),
        ("۱٬۲۵۰", 1250),
        ("5/2 میلیون", 5.2e6),  # «/» as the decimal point
    ],
)
def test_parse_number(s: str, value: float) -> None:
    assert parse_number(s) == pytest.approx(value)


@pytest.mark.parametrize("s", ["ده\u200cها", "دهه", "صدها", "هزاران", "۱۰ و ۲۰", "دومین", "۲۰م"])
def test_parse_number_rejects(s: str) -> None:
    assert parse_number(s) is None


def test_find_numbers_is_word_bounded() -> None:
    text = "در بهشت صدا از دهه شده دوستان ده\u200cها نفر و کووید۱۹ و دومین بار"
    assert find_numbers(text) == []


def test_find_numbers_longest_match() -> None:
    text = "از یک میلیون و ۵۲۲ هزار در سال 86 به 4 میلیون و 890 هزار رسید؛ ۱۰ و ۲۰"
    got = [(text[s:e], v) for s, e, v in find_numbers(text)]
    assert ("یک میلیون و ۵۲۲ هزار", 1_522_000) in got
    assert ("4 میلیون و 890 هزار", 4_890_000) in got
    assert ("۱۰", 10) in got and ("۲۰", 20) in got  # a list, not one number


def test_find_numbers_skips_dates_and_times() -> None:
    text = "در ۱۴۰۴/۰۹/۰۵ ساعت ۱۰:۳۰ و 2025-11-26"
    assert find_numbers(text) == []


def test_seed_002() -> None:
    text = _seed("002")
    sentences = _sentences(text)
    found = _found(text, sentences)
    texts = [t for t, _ in found]
    assert texts.count("۷۹۰ موسسه") == 2
    assert texts.count("۶۰ موسسه") == 1
    assert texts.count("۲ ماه") == 2
    by_text = {t: q for t, q in found}
    q = by_text["۷۹۰ موسسه"]
    assert (q.value, q.unit, q.kind) == (790, "موسسه", "count")
    q = by_text["۷۰ تا ۸۰ درصد"]
    assert (q.value, q.min, q.max, q.unit, q.kind) == (None, 70, 80, "درصد", "percent")
    q = by_text["صد هزار نفر"]
    assert (q.value, q.unit, q.kind) == (100_000, "نفر", "count")
    q = by_text["یک میلیون نفر"]
    assert (q.value, q.unit) == (1e6, "نفر")
    # «ظرف مدت ۲ ماه»: a plain duration; the words before the span show the deadline.
    for t, q in found:
        if t == "۲ ماه":
            assert (q.value, q.unit, q.kind) == (2, "ماه", "duration")
            assert text[: q.span.start].endswith("ظرف مدت ")
    for _, q in found:
        assert q.sentence in sentences and q.sentence.contains(q.span)
    # Names, ordinals and the indefinite «یکی/یک» are not quantities.
    assert not any("۱۹۷" in t or "دومین" in t for t in texts)
    assert [t for t in texts if t.startswith("یک")] == ["یک میلیون نفر"]  # no «یک برنامه»


def test_seed_003_year_is_not_a_quantity() -> None:
    text = _seed("003")
    texts = [t for t, _ in _found(text)]
    assert "سال 95" in text
    assert not any("95" in t for t in texts)
    assert "دو نفر" in texts


def test_farsnews_style_latin_digits() -> None:
    text = (
        "وی از بهره\u200cبرداری 6 هزار و 127 دفتر ICT روستایی تا پایان سال خبر داد و گفت: "
        "از طریق این دفاتر، بیش از 224 میلیارد ریال تسهیلات پرداخت شد که رشدی 220 درصدی "
        "داشته و 220 درصد بیشتر از سال 86 است."
    )
    by_text = dict(_found(text))
    q = by_text["6 هزار و 127 دفتر"]
    assert (q.value, q.unit, q.kind) == (6127, "دفتر", "count")
    q = by_text["224 میلیارد ریال"]
    assert (q.value, q.unit, q.kind) == (224e9, "ریال", "money")
    q = by_text["220 درصد"]
    assert (q.value, q.kind) == (220, "percent")
    assert by_text["220 درصدی"].unit == "درصد"
    assert not any("86" in t for t in by_text)
    assert all(q.sentence == Span(0, len(text)) for q in by_text.values())  # no sentences given


def test_arabic_letters_are_folded_in_place() -> None:
    text = "بیش از 224 ميليارد ريال تسهيلات"  # unrepaired ي
    ((t, q),) = _found(text)
    assert t == "224 ميليارد ريال"  # the span is of the text as given
    assert (q.value, q.unit, q.kind) == (224e9, "ریال", "money")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("بین ۱۰ تا ۲۰ نفر زخمی شدند", ("۱۰ تا ۲۰ نفر", None, 10, 20, "نفر", "count")),
        ("بین ۱۰ و ۲۰ نفر زخمی شدند", ("۱۰ و ۲۰ نفر", None, 10, 20, "نفر", "count")),
        ("با قیمت ۳ تا ۴ هزار تومان", ("۳ تا ۴ هزار تومان", None, 3000, 4000, "تومان", "money")),
        (
            "بیش از هزار و ۶۰۰ میلیارد تومان",
            ("هزار و ۶۰۰ میلیارد تومان", 1.6e12, None, None, "تومان", "money"),
        ),
        ("طی ۳ هفته آینده", ("۳ هفته", 3, None, None, "هفته", "duration")),
        ("در فاصله ۳۰ کیلومتری شهر", ("۳۰ کیلومتری", 30, None, None, "کیلومتر", "measure")),
        ("۳۰ هزار تن گندم", ("۳۰ هزار تن", 30_000, None, None, "تن", "measure")),
        ("پنج تن از مسئولان", ("پنج تن", 5, None, None, "تن", "count")),
        ("رشد ۲۰٪ داشت", ("۲۰٪", 20, None, None, "درصد", "percent")),
        ("یک نفر دستگیر شد", ("یک نفر", 1, None, None, "نفر", "count")),
        ("۲۵۰ روستای آسیب\u200cدیده", ("۲۵۰ روستای", 250, None, None, "روستا", "count")),
    ],
)
def test_quantity_shapes(text: str, expected: tuple) -> None:
    ((t, q),) = _found(text)
    assert (t, q.value, q.min, q.max, q.unit, q.kind) == expected


@pytest.mark.parametrize(
    "text",
    [
        "طبق ماده ۱۳ قانون و اصل ۴۴ و بند ۲ و تبصره ۱ آیین\u200cنامه",
        "با کد ۱۱۰ و شماره ۵ و پلاک ۱۲ در خط ۳ منطقه ۲۲ و فاز ۱۱ پارس جنوبی",
        "در بودجه ۹۷ و سال ۱۴۰۴ و ۲۲ بهمن و ۵ آذرماه و ۱۴۰۴/۰۹/۰۵ رخ داد",
        "در سال‌های ۱۳۹۰ تا ۱۳۹۵ و از سال ۴۱ تا ۵۷ امام",
        "در 1398 مصوب شد",
        "در یک برنامه و یک فرهنگ و یکی از موارد",
        "دومین همایش و سومین دوره و نفر اول و ۲۰م",
        "دو سوم مصدومان و ۸۶ خبر داد",
        "سه شنبه گذشته و نه تنها",
        "با شماره ۰۲۱۸۸۷۷۶۶ تماس بگیرید",
    ],
)
def test_not_quantities(text: str) -> None:
    assert _found(text) == []
