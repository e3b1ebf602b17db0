"""Names that no rule proposed before: foreign given names beyond the first list, one word
before a post with no comma, a family name alone of someone named with a title or a post
(extract/unlisted_names.py, surname_mentions.py, data/foreign_given_names.txt). The sentences
are from the shared news, outside the gold."""

from __future__ import annotations

import pytest
from conftest import persons


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "یوشیهیده سوگا نخست‌وزیر ژاپن عزم خود را برای برگزاری بازی‌های به تاخیر افتاده "
            "المپیک اعلام کرد.",
            "یوشیهیده سوگا",
        ),
        (
            "به گزارش خبرگزاری مهر به نقل از روسیاالیوم، آویگدور لیبرمن رئیس حزب صهیونیستی "
            "«اسرائیل خانه» به شدت به بنیامین نتانیاهو نخست‌وزیر رژیم صهیونیستی حمله کرد.",
            "آویگدور لیبرمن",
        ),
    ],
)
def test_a_foreign_given_name_of_the_second_list(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize(
    "text",
    [
        # «بر این» run together, and a law's name: no given names
        "براین اساس کلیه صنوف موظف به ثبت‌نام و اخذ تعهد از صاحبان کارگاه‌ها خواهند بود.",
        "یکی از اصلی‌ترین اهداف قانون سزار مانع‌شدن کشورها از سرمایه‌گذاری در سوریه است.",
    ],
)
def test_words_left_off_the_foreign_given_names(text: str) -> None:
    assert not persons(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "در ساعت 20: 14 دقیقه، خالدی سخنگوی سازمان اورژانس کشور اظهار کرد که خوشبختانه "
            "زلزله 4 ریشتر مصدومی نداشته است.",
            "خالدی",
        ),
        (
            "1 اسفند 1331، هندرسن سفیر کبیر آمریکا در تهران پیشنهاد جدیدی به نام طرح مشترک "
            "دولتین آمریکا و انگلیس تسلیم نخست‌وزیر کرد.",
            "هندرسن",
        ),
    ],
)
def test_one_word_before_a_post_with_no_comma(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize(
    "text",
    [
        # two words run together, the second a post's head
        "حمعاون وزیر بهداشت گفت: اگر مردم همکاری کنند شیوع این ویروس را کنترل می‌کنیم.",
        # an adjective before the post of the one leader
        "او یار صدیق و مطیع و راستین رهبر معظم انقلاب بود.",
    ],
)
def test_no_name_before_a_post(text: str) -> None:
    assert not persons(text)


def test_a_titled_family_name_alone_wherever_it_stands() -> None:
    text = (
        "سرانجام آقای جهانگیری برنده شد و این ارز هم به نام ارز جهانگیری لقب گرفت، ولی الان "
        "کسی حاضر نیست که تعیین این نرخ را بپذیرد."
    )
    assert persons(text).get("جهانگیری") == ["جهانگیری", "جهانگیری"]


def test_a_family_name_with_its_particle() -> None:
    text = (
        "به گزارش روز نو، «اورسولا فن در لین» رئیس کمیسیون اتحادیه اروپا ضمن اشاره به کشف "
        "واکسن گفت: محققان شدیدا در حال کار هستند."
    )
    assert "اورسولا فن در لین" in persons(text)
