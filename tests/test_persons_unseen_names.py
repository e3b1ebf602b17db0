"""Names of people no list holds, read where the text says what they are: a given name no list
knows before the family name a person is found by (extract/unlisted_given.py), a bout's
opponent before «از» and a country (extract/opponents.py), a foreign name before an age
(extract/aged_names.py), the items of a list a plural noun and an adjective lead, each after
the noun again (extract/led_lists.py), and a person noun with an age in words or «به اسم»
before a name (extract/called_names.py). The sentences are from the shared news and PEYMA's
training part."""

from __future__ import annotations

import pytest
from conftest import persons


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "به گزارش تابناک ورزشی، دراگان اسکوچیچ امروز با حضور در فدراسیون فوتبال و پس از "
            "دیدار با حیدر بهاروند، سرپرست فدراسیون فوتبال قراردادش را با فدراسیون به صورت رسمی "
            "به امضا رساند.\nرقم قرارداد سه مرحله‌ای اسکوچیچ با فدراسیون فوتبال در فاز نخست "
            "حدود 200هزاردلار ارزش دارد.",
            "دراگان اسکوچیچ",
        ),
        (
            "در گزارشی که مسئول این شرکت در یمن در آن زمان به عبدربه منصورهادی، رئیس‌جمهور "
            "مستعفی یمن داده بود یمن را پر از خیر و منفعت توصیف کرده بود.",
            "عبدربه منصورهادی",
        ),
        (
            "به گزارش خبرگزاری دانشجویان ایران ، یکی از نمایندگان طرفدار رئیس جمهور می‌گوید که "
            "بسیاری از همکارانش به دیلما روسف خیانت کرده‌اند . روسف ، 68 ساله ، متهم بوده که "
            "کسری بودجه دولتش را پنهان کند .",
            "دیلما روسف",
        ),
        # a listed figure: its own given name misspelt
        (
            "اندکی پیش از خروج یکجانبه دونالد ترامپ، رئیس جمهور آمریکا، از برجام، بینامین "
            "نتانیاهو با حضور در وزارت دفاع اسرائیل کنفرانسی خبری برگزار کرد.",
            "بینامین نتانیاهو",
        ),
        (
            "چنان‌که به نظر می‌رسد رییس جمهور روسیه ولادمیر پوتین تلاش ترکیه برای ترمیم روابط "
            "از سوی همتای خود رجب تیب اردوغان را رد کرده است .",
            "رجب تیب اردوغان",
        ),
    ],
)
def test_an_unlisted_given_name_before_a_family_name_found(text: str, name: str) -> None:
    found = persons(text)
    assert name in found, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("بهنظرم اوباما پیشرفت خوبی در این زمینه داشت و ما باید آن را ادامه دهیم.", "اوباما"),
        (
            "تا الان یک کشور با وزن و تاثیر این را تأیید نکرده و تنها حامیانش نتانیاهو و ترامپ "
            "هستند.",
            "نتانیاهو",
        ),
        (
            "گزارشی از موسسه RAND خاطرنشان می‌کند که دولت آیزنهاور در پاسخ به این نیاز "
            "ماهواره‌هایی را در مدار زمین قرار داد.",
            "آیزنهاور",
        ),
        (
            "یک مهندس جوان ایرانی توانسته است پیج اینستاگرام ترامپ را هک کند و عکس ترامپ را "
            "عوض کند.",
            "ترامپ",
        ),
        (
            "از همان ابتدا دوستانی در داخل و بعد با روی کارآمدن ترامپ در آمریکا شرایطی به وجود "
            "آمد.",
            "ترامپ",
        ),
    ],
)
def test_no_given_name_of_a_word_run_together_a_pronoun_or_a_frequent_word(
    text: str, name: str
) -> None:
    found = persons(text)
    assert name in found, found
    assert not any(other.endswith(" " + name) for other in found), found


def test_a_bouts_opponents_before_a_country_where_one_is_found() -> None:
    text = (
        "قاسمی در دیدار نهایی مقابل دولت شعبان بای از قزاقستان قرار می‌گیرد . کمیل قاسمی "
        "نماینده سنگین‌وزن ایران در مرحله نیمه‌نهایی به مصاف ژائو دنگ از چین دارنده مدال برنز "
        "آسیا رفت . قاسمی سپس مقابل کیونگ جین نام از کره جنوبی دارنده مدال برنز آسیا به پیروزی "
        "رسید . امید نوروزی در دور نخست مقابل آمان نازاروف از ترکمنستان با نتیجه هشت بر صفر "
        "به برتری رسید . نوروزی برای رسیدن به سهمیه المپیک باید از سد راویندر از هند عبور کند ."
    )
    found = persons(text)
    for name in ("ژائو دنگ", "کیونگ جین نام", "آمان نازاروف", "راویندر"):
        assert name in found, (name, found)
    # no opponent found so: a team, or no report of bouts
    text = "تیم ما در این رقابت‌ها به مصاف تیمی از جمهوری آذربایجان می‌رود ."
    assert persons(text, use_model=False) == {}
    text = "قاسمی سپس مقابل کیونگ جین نام از کره جنوبی به پیروزی رسید ."
    assert "کیونگ جین نام" not in persons(text, use_model=False)


def test_a_list_a_plural_noun_and_an_adjective_lead_its_items_after_the_noun() -> None:
    text = (
        "جبین‌شناس اضافه کرد : در مستند نبرد فانتوم با خلبانان شاخصی چون تیمسار برات‌پور ( "
        "طراح حمله اچ 3 ) ، خلبان ضرابی ، خلبان نمکی ، خلبان صمدی ، خلبان بختیاری و … مصاحبه "
        "انجام شده است ."
    )
    for use_model in (True, False):
        found = persons(text, use_model=use_model)
        for name in ("ضرابی", "نمکی", "صمدی", "بختیاری"):
            assert name in found, (name, found)
    # an adjective of things: no list of persons
    text = "این طرح در حوزه‌های مختلفی چون اقتصادی، اجتماعی، سیاسی و فرهنگی اجرا می‌شود."
    assert persons(text) == {}


def test_a_person_noun_with_an_age_in_words_or_called_so() -> None:
    text = (
        "ساعت 18 روز گذشته خبر قتل دختر بیست و یک ساله‌ای به نام نسیم در پارکینگ محل "
        "سکونتشان اعلام شد . با نسیم در یک ساختمان سکونت داشتیم ."
    )
    assert len(persons(text, use_model=False).get("نسیم", [])) == 2
    text = (
        "طبق اعلام صاحبان شبکه فدک کارگردان این فیلم شخصی به اسم «Eli King» است و "
        "تهیه‌کنندگی آن را «حسین اشمیری» بر عهده دارد."
    )
    assert "Eli King" in persons(text)
    text = "این کار باید به اسم آن فرد ثبت شود و نه به اسم دیگری."
    assert persons(text) == {}


def test_a_foreign_name_that_opens_a_clause_before_an_age() -> None:
    # extract/aged_names.py
    text = (
        "به گزارش « انتخاب » ، اردال کویومجو 44 ساله و رییس شرکت گلوبال متالورجی روز پانزدهم "
        "ژویه گناهکار شناخته شد ."
    )
    assert "اردال کویومجو" in persons(text, use_model=False)
    # a noun of persons and its adjective before the age: no name
    text = "این ستاره 32 ساله بازی کرد . به گزارش ایسنا ، بازیگر مشهور 74 ساله درگذشت ."
    assert persons(text) == {}
