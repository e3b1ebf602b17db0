"""What is no person's name, by the causes read in the eighth judged sample
(``tests/fixtures/persons_judged_8.jsonl``), on sentences of the shared news, and the names
that must still stand beside them."""

from __future__ import annotations

import pytest
from conftest import names

from khabar.extract.lexicons import key
from khabar.extract.namewords import country
from khabar.extract.no_name_words import no_name


@pytest.mark.parametrize(
    "text, absent",
    [
        # a word that says place opens a place's name
        (
            "این شرکت با اهدای خودرو به یک جوان خوش‌شانس از روستای گوارشک از توابع مشهد توجه"
            " بسیاری را به خود جلب کرد.",
            "روستای گوارشک",
        ),
        # a field of study, a participle, a word run into «غیره»
        (
            "ناصر فکوهی استاد انسانشناسی دانشگاه تهران و مدیر موسسه انسانشناسی و فرهنگ در"
            " گفتگو با فرارو به واکاوی تهدید‌های اجتماعی کرونا ویروس پرداخته است.",
            "انسانشناسی",
        ),
        (
            "هزینه برق رایانه‌هایی که به وسیله آن‌ها بیت کوین استخراج می‌شود از ارزش بیت کوین"
            " استخراج‌شده خیلی بیشتر تمام می‌شود.",
            "کوین استخراج\u200cشده",
        ),
        (
            "البته روزنامه میزان برای مهندس بازرگان بودغیرهمتعلق به نهضت آزادی بود.",
            "بازرگان بودغیرهمتعلق",
        ),
        # the country of the news ends no name
        (
            "امروزه کار به جایی رسیده است که بسیاری از مردم نجیب ایران انتخابات را بی‌فایده"
            " می‌دانند.",
            "نجیب ایران",
        ),
        # a holy figure's title ends the words before it
        (
            "آیت‌الله رئیسی ضمن تبریک ولادت با سعادت حضرت صدیقه طاهره و گرامیداشت یاد شهدا"
            " اظهار کرد.",
            "سعادت حضرت صدیقه طاهره",
        ),
        # a title the rule read is no part of the name the tagger marks
        (
            "در همین حال، ترور ژنرال سلیمانی از سویی و مخالفت با روحانی از سوی دیگر به نفع"
            " نامزدهای جناح اصولگرا خواهد بود.",
            "ژنرال سلیمانی",
        ),
        # «آیت‌ا...» with its dots read as «غیره» is the title
        (
            "کرسی‌هایی که چهره‌هایی چون آیت‌اغیره شاه‌آبادی، آیت‌اغیره میرمحمدی از تهران را از"
            " دست داده است.",
            "آیت\u200cاغیره میرمحمدی",
        ),
    ],
)
def test_no_person(text: str, absent: str) -> None:
    assert absent not in names(text)


@pytest.mark.parametrize(
    "text, present",
    [
        (
            "در همین حال، ترور ژنرال سلیمانی از سویی و مخالفت با روحانی از سوی دیگر به نفع"
            " نامزدهای جناح اصولگرا خواهد بود.",
            "سلیمانی",
        ),
        (
            "کرسی‌هایی که چهره‌هایی چون آیت‌اغیره شاه‌آبادی، آیت‌اغیره میرمحمدی از تهران را از"
            " دست داده است.",
            "میرمحمدی",
        ),
        # «الله» cut short in a given name stays the name; a courtesy title family names hold
        (
            "اسد‌اغیره عباسی سخنگوی هیات رئیسه مجلس دهم گفت که جلسه آغاز می‌شود.",
            "اسد\u200cاغیره عباسی",
        ),
        ("گرامی می‌داشتم یاد امیرسپهبد شهید صیاد شیرازی که توسط منافقین ترور شد.", "صیاد شیرازی"),
        ("دیوید کامرون نخست وزیر انگلیس گفت که جلسه برگزار می‌شود.", "دیوید کامرون"),
        (
            "«داریوش امان» ۶٩ میلیارد تومان از بانک سرمایه برداشت کرده است.",
            "داریوش امان",
        ),
    ],
)
def test_a_person_stands(text: str, present: str) -> None:
    assert present in names(text), names(text)


def test_the_words_no_name_holds() -> None:
    assert no_name(key("روانشناسی")) and no_name(key("می‌دهدغیره")) and no_name(key("غیره"))
    assert not no_name(key("اسد‌اغیره"))  # «اسدالله» cut short
    assert not no_name(key("شناسی")) and not no_name(key("شده"))
    assert country(key("ایران")) and country(key("اسرائیل"))
    assert not country(key("کامرون"))  # «دیوید کامرون»


def test_a_name_goes_on_past_a_spelled_initial() -> None:
    text = (
        "سام نیل، لورا درن، جف گلدبلام، ساموئل ال. جکسون، ریچارد اتنبرا و مارتین فررو در این"
        " فیلم بازی کردند."
    )
    assert "ساموئل ال. جکسون" in names(text) and "ساموئل ال" not in names(text)
    assert "جیمز ال. بروکس" in names("فیلم به کارگردانی جیمز ال. بروکس محصول سال 1983 است.")
    # no name after the period: the name stays as it is
    assert "بری لارسون" in names("بری لارسون، ساموئل ال. در این فیلم بازی کرد.")


def test_a_courtesy_title_family_names_open_with_stays() -> None:
    text = "از اصفهان، آرمن طهماسیان، سامان آقا زمانی و کریم انصاری‌فر در این جلسه حضور داشتند."
    assert any(n.endswith("آقا زمانی") for n in names(text)), names(text)
