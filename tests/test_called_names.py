"""People a story introduces by a person noun and «به نام» (extract/called_names.py): the name
after it, a given name alone too, and that name written again alone further on, as a person
and a speaker. The PEYMA article is of its training part (``peyma_98``, also in
``fixtures/peyma_speakers_judged_6.jsonl``); the other sentences are from the shared news,
outside the gold."""

from __future__ import annotations

import pytest
from conftest import persons

from khabar.extract import extract_text
from khabar.extract import lexicons as lx
from khabar.extract.called_names import called_names

NEDA = (
    "به گزارش جوان، متهم پرونده که دختری 20 ساله به نام ندا است 12 آذرماه سال قبل به اتهام "
    "قتل ناپدری‌اش که مردی 42 ساله بود، بازداشت شد. ندا در شرح ماجرا گفت: مادرم بعد از "
    "جدایی از پدرم با مردی به نام منصور آشنا شد و با او رفت‌و‌آمد داشت. در حال حرف زدن "
    "بودیم که منصور هم زنگ خانه را زد و وارد شد."
)


def test_a_given_name_alone_after_a_person_noun_is_a_person_named_again() -> None:
    found = persons(NEDA)
    assert found.get("ندا") == ["ندا", "ندا"], found
    assert found.get("منصور") == ["منصور", "منصور"], found  # not «منصور آشنا»: «آشنا شد»


def test_the_given_name_alone_speaks_past_its_introduction() -> None:
    doc = extract_text(NEDA)
    assert [q.speaker for q in doc.quotes] == ["ندا"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "7\tجوانی بنام یاسر در اطلاعات سپاه استخدام می‌شود تا درباره حزب توده تحقیق کند.",
            "یاسر",
        ),
        (
            "عصر بیست و ششم آبان ۸۷ مرد جوانی با ماموران کلانتری تهرانپارس تماس گرفت و از "
            "ناپدید شدن خواهر ناتنی اش به نام الهام خبر داد.",
            "الهام",
        ),
        (
            "در سال 2003، مارک زاکربرگ، دانشجوی دانشگاه هاروارد بعد از شکست در برقراری رابطه "
            "با یکی از دخترهای خوابگاه به نام اریکا، به اتاقش پناه می‌برد.",
            "اریکا",
        ),
    ],
)
def test_the_name_after_a_person_noun_and_named(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize(
    "text",
    [
        # a tanker, a book, a website: «به نام» after a thing names the thing
        "بنا به این گزارش، نخستین نفتکش ایرانی به نام فورچون که با اسکورت ناوهای جنگی "
        "ونزوئلا به سمت یکی از بنادر این کشور در حرکت است، پهلو گرفت.",
        "به اتاقش پناه می‌برد و وبسایتی به نام فیس‌مش درست می‌کند.",
        "بنابراین دیگر چیزی به نام برگه بیمه شخص ثالث نخواهیم داشت.",
        "به نام خدا",
    ],
)
def test_named_after_a_thing_or_gods_name_is_no_person(text: str) -> None:
    words = lx.phrase_keys(text)
    assert called_names(list(words), list(words)) == []


def test_an_adjective_in_yi_of_a_body_is_no_person_noun() -> None:
    words = list(lx.phrase_keys("تشکل دانشجویی به نام امید"))
    assert called_names(words, words) == []
    words = list(lx.phrase_keys("یک دانشجویی به نام امید"))
    assert called_names(words, words) == [(4, 5)]


def test_a_given_name_after_a_word_of_kin_is_not_the_speaker() -> None:
    text = (
        "عصر بیست و ششم آبان ۸۷ مرد جوانی با ماموران کلانتری تهرانپارس تماس گرفت و از ناپدید "
        "شدن خواهر ناتنی‌اش به نام الهام خبر داد.\nبرادر الهام به مأموران گفت: ۱۱ سال از کشته "
        "شدن خواهرم گذشته و هیچ ردی از عامل جنایت به دست نیامده است."
    )
    doc = extract_text(text)
    assert [p.name for p in doc.persons] == ["الهام"]
    assert {q.speaker for q in doc.quotes} == {None}  # her brother speaks


def test_brother_before_a_family_name_is_a_comrades_title() -> None:
    text = (
        "به گزارش گروه«حماسه و مقاومت» خبرگزاری فارس، شهید محمود کاوه در سال ۱۳۴۰ در شهر "
        "مشهد به دنیا آمد.\nحالا دیگر کاملا در محاصره بودیم. برادر کاوه گفت: شما برو عقب و "
        "نیرو بیاور."
    )
    assert [q.speaker for q in extract_text(text).quotes] == ["محمود کاوه"]


def test_a_films_characters_past_a_heading_before_its_notice_are_no_persons() -> None:
    text = (
        "سکانس‌هایی از فیلم عشق طاهر\nفیلم سینمایی «عشق طاهر» به کارگردانی محمدعلی نجفی و "
        "نویسندگی علیرضا طالب زاده محصول سال 1378 است.\nدختری به نام سحر پس از مرگ مادرش "
        "فیروزه که روزگاری خواننده مشهوری بوده، برای یافتن پدرش مهندس مینویی به تهران می‌آید "
        "و به همراه دوستش پروانه به جستجو می‌پردازد.\nبهناز جعفری، مانی کسراییان، منوچهر "
        "احمدی، زیبا نادری و خسرو امیرصادقی در این فیلم به ایفای نقش پرداخته‌اند."
    )
    found = persons(text)
    assert "محمدعلی نجفی" in found and "بهناز جعفری" in found, found
    assert "سحر" not in found and "مینویی" not in found, found
