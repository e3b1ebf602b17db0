"""Speakers found since the tenth judged sample (``fixtures/speakers_judged_10.jsonl``): a
listed body's short name that goes on with a place abroad, a country's adjective, «رژیم» or a
plural of people names another body of that head, not the Iranian one the list means; a body
the article named with a head speaks again by its name alone; «این روزنامه» is the paper of
that head named last however far before, and «در بیانیه این شورا» the body named before."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_speaker

from khabar.evaluate_commitments import read_judged
from khabar.extract import extract_text

FIXTURES = Path(__file__).parent / "fixtures"
ITEMS = {i["stem"]: i for i in read_judged(FIXTURES / "speakers_judged_10.jsonl")}

CASES = [
    # «پلیس رمادی اعلام کرد»: Ramadi's police, not Iran's («رمادی» is «grey» too)
    ("fars-1_149", None, "پلیس رمادی"),
    # «سازمان بسیج مهندسین در پایان این بیانیه آورده است:», not «سازمان بسیج مستضعفین»
    ("fars-1_86", None, "سازمان بسیج مهندسین"),
    # «آکسفام در گزارش خود گفته است:» after «بنیاد "آکسفام" اعلام کرد»
    ("tabnak_4", None, "آکسفام"),
    # «این روزنامه صهیونیستی آورده است:», the paper of the lead, paragraphs before
    ("tabnak_714", None, "اورشلیم پست"),
    # «در بیانیه این شورا آمده است:» after «... در شورای عالی سیاستگذاری جبهه اصلاح‌طلبان»
    ("roozno_4", None, "شورای عالی سیاستگذاری اصلاح‌طلبان"),
]


@pytest.mark.parametrize(("stem", "person", "organization"), CASES)
def test_the_speaker_of_the_quote(stem: str, person: str | None, organization: str | None) -> None:
    assert_speaker(ITEMS[stem], person, organization)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # the shared news (tabnak_1260, tabnak_641, tabnak_1365): the health ministry of
        # Iraq's Kurdistan, Amsterdam's police and Israel's foreign ministry had been Iran's
        (
            "وزارت بهداشت اقلیم کردستان عراق تاکید کرد که تاکنون یک نفر بر اثر ابتلا به این "
            "ویروس فوت کرده است.",
            "وزارت بهداشت اقلیم کردستان عراق",
        ),
        ("پلیس آمستردام از انفجار دیگری از یک بسته پستی دیگر خبر داد.", "پلیس آمستردام"),
        (
            "وزارت خارجه رژیم صهیونیستی اعلام کرد که حال هر دو این اشخاص خوب است.",
            "وزارت خارجه رژیم صهیونیستی",
        ),
    ],
)
def test_a_body_abroad_is_not_the_listed_one(text: str, body: str) -> None:
    (quote,) = extract_text(text).quotes
    assert quote.speaker is None
    assert quote.speaker_organization == body


def test_a_body_of_students_is_not_the_basij() -> None:
    # the sixth judged sample (sobhane1_3): «بسیج دانشجویی دانشگاه‌های تهران، بهشتی و شریف با
    # ارسال نامه‌ای ...» had been «سازمان بسیج مستضعفین»
    text = (
        "بسیج دانشجویی دانشگاه‌های تهران، بهشتی و شریف با ارسال نامه‌ای به قوه قضاییه بر لزوم "
        "تسریع در رسیدگی به مشکلات کارگران تاکید کرد."
    )
    assert all(q.speaker_organization != "سازمان بسیج مستضعفین" for q in extract_text(text).quotes)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("پلیس اعلام کرد که دو نفر بازداشت شده‌اند.", "فرماندهی انتظامی جمهوری اسلامی ایران"),
        # a body of one of Iran's provinces stays a part of the listed one
        (
            "سپاه پاسداران استان البرز در بیانیه‌ای اعلام کرد که این مراسم برگزار می‌شود.",
            "سپاه پاسداران انقلاب اسلامی",
        ),
    ],
)
def test_the_listed_body_stays(text: str, body: str) -> None:
    (quote,) = extract_text(text).quotes
    assert quote.speaker_organization == body


def test_a_body_named_with_a_head_speaks_by_its_name_alone() -> None:
    # the shared news (fars-3_23): «پایگاه اینترنتی "ایلاف"» in the lead, then «ایلاف نوشت:»
    text = (
        'پایگاه اینترنتی "ایلاف" مدعی شد الجزایر میان دو کشور میانجیگری می‌کند.\n'
        "ایلاف نوشت: روابط دو کشور در پی این تصمیم بهبود یافت."
    )
    quote = extract_text(text).quotes[-1]
    assert quote.speaker_organization == "پایگاه اینترنتی ایلاف"


def test_a_group_the_article_named_with_a_head_is_no_body() -> None:
    # «جنبش مردم» before does not make «مردم» that body, nor «جبهه ائتلاف اصلاح‌طلبان» the
    # reformists
    text = (
        "جبهه ائتلاف اصلاح‌طلبان بیانیه‌ای منتشر کرد.\n"
        "اصلاح‌طلبان اعلام کردند که در انتخابات شرکت می‌کنند."
    )
    quote = extract_text(text).quotes[-1]
    assert quote.speaker_organization is None


_FILLER = "قیمت‌ها در بازار امروز تغییر چندانی نداشت و معاملات آرام بود. " * 25


def test_this_paper_is_the_one_named_paragraphs_before() -> None:
    text = (
        'روزنامه "گاردین" درباره انتخابات پیش رو گزارشی منتشر کرد.\n'
        + _FILLER
        + "\nاین روزنامه می‌افزاید: وضعیت فعلی برای دولت دشوار است."
    )
    quote = extract_text(text).quotes[-1]
    assert quote.speaker_organization == "روزنامه گاردین"


def test_an_agency_said_to_be_another_s_is_not_the_one_named_before() -> None:
    # «این خبرگزاری منتسب به صداوسیما» is not «خبرگزاری تسنیم» named paragraphs before
    text = (
        "عارف در واکنش به پرسش خبرگزاری تسنیم درباره فهرست انتخاباتی پاسخی نداد.\n"
        + _FILLER
        + "\nاین خبرگزاری منتسب به صداوسیما همچنین از تغییر حوزه انتخابیه او خبر داد."
    )
    assert all(q.speaker_organization is None for q in extract_text(text).quotes)
