"""Family names alone of people an article never names in full, where the layout says the word
is a person's name, on sentences of the shared news: one said to be «یکی از» a plural noun of
persons, opening its clause («که نادی یکی از بازیکنان ...», ``one_of_persons``), and one after
«نزدیکان» or «اطرافیان», those close to him, that the tagger marks (``tagged._PERSONS_OWN``).
A noun of the phrase before «یکی از» («به دلیل مصدومیت یکی از بازیکنان») is no one. And the
family names alone a plural noun of persons leads with «چون», «مانند», «مثل» ... however few and
though none is found («افرادی مانند پلخانف», ``led_lists._lone_family_names``)."""

from __future__ import annotations

import pytest
from conftest import persons


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "نمی‌توان درخصوص جایگزین‌های وی صحبت کنم، اما باید بپذیریم که نادی یکی از بازیکنان"
            " سرعتی خوب ایران بوده و هست.",
            "نادی",
        ),
        (
            "بویلن یکی از مربیانی بود که کمترین حقوق را در لیگ را داشت و فقط 1.6 میلیون دلار"
            " درآمد داشت.",
            "بویلن",
        ),
    ],
)
def test_one_of_a_plural_of_persons_is_a_person(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize(
    "text, word",
    [
        (
            "استقلال خوزستان به دلیل انجام همه تعویض‌های خود، به دلیل مصدومیت یکی از بازیکنان"
            " خود از دقیقه 80، 10 نفره به بازی پرداخت",
            "مصدومیت",
        ),
        (
            "ماهنشان یکی از 21 شهر استان زنجان است که زیر پوشش خدمات شبکه بهداشت قرار دارد.",
            "ماهنشان",
        ),
    ],
)
def test_a_noun_before_one_of_is_no_person(text: str, word: str) -> None:
    assert not any(word in name for name in persons(text))


def test_a_family_name_after_those_close_to_him_is_a_person() -> None:
    text = (
        "مهرداد بذرپاش که از نزدیکان احمدی‌نژاد و رئیس سازمان ملی جوانان در دولت نهم است به"
        " موضوع جوان‌گرایی در مجلس اشاره کرد."
    )
    assert "احمدی‌نژاد" in persons(text)


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "این ایراد در حالی است که مربیانی همچون شفر، دنیزلی و کالدرون به فوتبال ایران"
            " آمده‌اند که در سنین بالاتر بودند.",
            {"شفر", "دنیزلی", "کالدرون"},
        ),
        (
            "در حالیکه اوایل قرن 20 افرادی مانند پلخانف نسبت به خطر اراده‌گرایی مفرط زنهار"
            " می‌دادند ولی همه مطرود شدند.",
            {"پلخانف"},
        ),
    ],
)
def test_family_names_a_plural_of_persons_leads_are_persons(text: str, names: set[str]) -> None:
    # fewer than three items, none of them found: the plural noun still says they are persons
    assert names <= set(persons(text))


def test_comrades_after_a_person_found_are_no_person() -> None:
    text = (
        "یقینا اگر به این گروه، نام افرادی مانند مرتضی آقاتهرانی و رفقای پایداری‌اش که از"
        " چهره‌های حامی احمدی‌نژاد بوده‌اند اضافه کنیم، فهرست بلندتر می‌شود."
    )
    assert "رفقای" not in persons(text)


def test_places_a_plural_of_states_leads_are_no_persons() -> None:
    text = (
        "خدا را شکر می‌کنیم که دولت‌های بزرگی مثل چین، روسیه و کوبا هستند که از انسانیت،"
        " کفایت و پیشرفت علمی لازم برخوردارند."
    )
    assert not persons(text)
