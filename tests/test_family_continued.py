"""A family name longer than the rules or the tagger took it, as the article writes it again
(extract/family_continued.py). The sentences are from the shared news, outside the gold."""

from __future__ import annotations

import pytest
from conftest import persons


@pytest.mark.parametrize("use_model", [True, False])
@pytest.mark.parametrize(
    ("text", "name", "mentions"),
    [
        (  # roozno_data_832: the title, the lead
            "سلیمی نمین: تندروها مانع دورهمی عقلای چپ و راست می‌شوند\n"
            "سلیمی نمین بر ضرورت همنشینی عقلای چپ و راست تاکید کرد و گفت:حتی برای این کار خیلی"
            " هم دیر شده است.\n"
            "به گزارش روز نو :عباس سلیمی نمین، فعال سیاسی اصولگرا در بخشی از گفتگوی نوروزی خود با"
            " تاکید بر ضرورت بازسازی اعتماد عمومی گفت: موتور محرکه جامعه و کشور اعتماد توده های"
            " مردم به این تحول بوده است.",
            "عباس سلیمی نمین",
            ["سلیمی نمین", "سلیمی نمین", "عباس سلیمی نمین"],
        ),
        (  # fars-news-1.json, item 108: a word of the family name that is a word too
            "به گزارش خبرگزاری فارس از بیرجند، هاشم ولی‌پور مطلق صبح امروز در جمع خبرنگاران"
            " اظهار کرد: بیش از 7 هزار رشته قنات در خراسان جنوبی وجود دارد.\n"
            "ولی‌پور مطلق ادامه داد: تعداد پروژه‌های سال جاری بستگی به اعتبارات دارد.",
            "هاشم ولی‌پور مطلق",
            ["هاشم ولی‌پور مطلق", "ولی‌پور مطلق"],
        ),
    ],
)
def test_a_family_name_written_longer_again(text, name, mentions, use_model) -> None:
    found = persons(text, use_model)
    assert sorted(found.get(name, [])) == sorted(mentions), found


def test_a_frequent_word_after_a_name_is_no_part_of_it() -> None:
    # «امروز» follows the family name twice, and is no part of it
    text = (
        "محمدجواد ظریف امروز در نشست خبری گفت: کار خوب است.\n"
        "ظریف امروز به مواد اجرایی قانون اشاره کرد."
    )
    assert "محمدجواد ظریف" in persons(text)
