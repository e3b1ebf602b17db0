"""Family names alone that the tagger marks a person, on sentences of the shared news: one
opening a sentence before what goes on a subject («در», «که», «نیز», «همچنین», «هم», a post),
though no verb of saying follows (``tagged._opening_subject``), and one listed beside another
family name alone or a given name (``tagged._among_names``). A rare word no list holds opening
a sentence so is no person (a drug, a plant, a word run together), nor a word listed beside
no name («مبتلایان و قربانیان»)."""

from __future__ import annotations

import pytest
from conftest import persons


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "نمی‌توان از نزدیکی فکری و قرابت سیاسی او به جبهه پایداری نیز عبور کرد."
            " نیکزاد هم چهره شاخص از طیف وزرای احمدی نژادی راه یافته به پارلمان است که از"
            " قضا رابطه نزدیکی با پایداری ها و آیت الله مصباح دارد.",
            "نیکزاد",
        ),
        (
            "قبل از پایان نیمه اول، بار دیگر دیاباته پا به توپ شد. قائدی هم با یک ضربه سر توپ"
            " را به پشت سر گلر جلوکشیده الریان فرستاد تا درس فوتبال به مدافعان بلندقامت حریف"
            " بدهد.",
            "قائدی",
        ),
    ],
)
def test_a_family_name_opening_a_sentence_is_a_person(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize(
    "text, word",
    [
        (
            "دگزامتازون دارویی کورتیکواستروئیدی است که از انتشار موادی در بدن که باعث التهاب"
            " می‌شود جلوگیری می‌کند.",
            "دگزامتازون",
        ),
        (
            "ارگانو که به نام پونه کوهی نیز شناخته می شود گیاهی محبوب در خانواده نعناعیان و به"
            " واسطه خواص دارویی خود شناخته شده است.",
            "ارگانو",
        ),
        (
            "کمااینکه در زمان نامزدی انتخابات بیشترین نقد را به دولت داشتند و بسیاری از"
            " مشکلات کشور را ناشی از عملکرد دولت، قلمداد می‌کردند.",
            "کمااینکه",
        ),
    ],
)
def test_a_rare_word_opening_a_sentence_is_no_person(text: str, word: str) -> None:
    assert not any(word in name for name in persons(text))


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "این عضو حزب اتحاد ملت درباره رد صلاحیت برخی از نمایندگان به دلایل اقتصادی، عنوان"
            " کرد: کدخدایی در حق بعضی از چهره‌ها مثل مطهری، صادقی، رحیمی، شکوری‌راد و آذر"
            " منصوری، و غیره کم لطفی کرد.",
            ["رحیمی", "شکوری‌راد"],
        ),
        (
            "این دیدار با حملات متعدد سپاهان در نیمه نخست آغاز شد و شاگردان قلعه نویی چند"
            " توسط علی قربانی، محبی و شهباززاده فرصت گلزنی داشتند، اما مدافعان و دروازه‌بان"
            " نفت مسجد سلیمان اجازه گلزنی به رقیب خود ندادند.",
            ["شهباززاده"],
        ),
    ],
)
def test_a_family_name_listed_beside_another_is_a_person(text: str, names: list[str]) -> None:
    found = persons(text)
    assert all(name in found for name in names), list(found)


@pytest.mark.parametrize(
    "text, word",
    [
        (
            "آمریکا بیشترین تعداد مبتلایان و قربانیان کرونا را در جهان دارد.",
            "قربانیان",
        ),
        (
            "فاطمی با بیان مشکلات کم‌آبی در صنایع استان چهارمحال و بختیاری، ادامه داد: در"
            " بسیاری از صنایع استان مانند فولاد مشکل آب داریم.",
            "بختیاری",
        ),
    ],
)
def test_a_word_listed_beside_no_name_is_no_person(text: str, word: str) -> None:
    assert word not in persons(text)
