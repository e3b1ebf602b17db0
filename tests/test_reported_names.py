"""A listed given name and a family name of one word or two as the subject of a reporting
clause, where the vetoes of ordinary words dropped the name or no rule read it
(extract/reported_names.py). The sentences are from the shared news, outside the gold; the
persons of the draws of quotes left with no speaker (``null_speakers_judged*.jsonl``)."""

from __future__ import annotations

import pytest
from conftest import persons, said


def test_a_family_name_of_an_ordinary_word_far_from_its_verb() -> None:
    # fars-news-4 item 243: «آرامش» (calm), the verb past a clause of «که»
    text = (
        "به گزارش خبرگزاری فارس از سنندج، علیرضا آرامش ظهر امروز در پنجمین جلسه شورای اداری "
        "شهرستان سنندج که در محل سالن اجتماعات فرمانداری برگزار شد، اظهار کرد: هر سال در "
        "آستانه نوروز و پایان اسفندماه، کمیته امداد امام خمینی(ره) استان کردستان به تبع از "
        "کشور با مشارکت مردم، اقدام به جمع‌آوری کمک برای محرومین جامعه می‌نماید.\n"
    )
    assert said(text) == [("علیرضا آرامش", None)]


def test_a_family_name_of_two_words_the_tagger_cut_short() -> None:
    # fars-news-5 item 198: «کشتی» (a ship) and «آرای» (votes); the tagger ends at «کشتی»
    text = (
        "محمد کشتی آرای در گفت‌وگو با خبرنگار اقتصادی باشگاه خبری فارس «توانا» با اشاره به "
        "روند کاهش قیمت سکه و طلا در بازار اظهار داشت: ظرف یک هفته گذشته نزدیک به 89 دلار "
        "قیمت طلا کاهش یافته است.\n"
        "کشتی آرای در خصوص شرایط داخلی کشور گفت: همزمانی شرایط داخلی کشور با کاهش قیمت "
        "رابطه درستی نیست.\n"
    )
    assert said(text) == [("محمد کشتی آرای", None)] * 2
    assert "محمد کشتی آرای" in persons(text)


def test_a_given_name_of_a_word_and_an_unlisted_family_name() -> None:
    # fars-news-4 item 176: «نادر» (rare) opens the name, past «همچنین», a post after it
    text = (
        "همچنین نادر قاضی‌پور نماینده مردم ارومیه امروز در پاسخ به توضیحات وزیر نیرو درباره "
        "افزایش انشعاب برق گفت: هزینه انشعاب برق هم‌اکنون 4 برابر شده است.\n"
    )
    assert said(text) == [("نادر قاضی‌پور", None)]


def test_the_subject_past_a_source_and_a_semicolon() -> None:
    # tabnak_1621: «هوشیار» (alert), a listed family name after it
    text = (
        "به گزارش تابناک اقتصادی به نقل از ایسنا؛ هوشیار فقیهی اظهار کرد که در حال حاضر از "
        "بین واحدهای صنفی تالارها، گرمابه و سونا اجازه فعالیت ندارند.\n"
    )
    assert said(text) == [("هوشیار فقیهی", None)]


def test_the_ordinary_word_alone_elsewhere_is_no_mention() -> None:
    # tabnak_823 and roozno_315: «گویا» (as it seems) further on names no one
    text = (
        "به گزارش میزان، محمدمهدی گویا در خصوص مباحث مطرح‌شده در جلسه برگزار شده در ستاد "
        "ویژه مدیریت پیشگیری از آلودگی با ویروس کرونا گفت: عمده بحث‌هایی که در این کمیته "
        "مطرح شد حول محور افزایش اطلاع‌رسانی به گروه‌های مختلف مردم بود.\n"
        "این امکانات به میزان کافی در اختیار همه پرستاران قرار نگرفته و گویا مقداری اعمال "
        "سلیقه در برخی بیمارستان‌ها دیده می‌شود.\n"
    )
    found = persons(text)
    assert found.get("محمدمهدی گویا") == ["محمدمهدی گویا"], found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # fars-news-2 item 22: a story's Zeinab, stunned and afraid, asks
        ("زینب مبهوت و هراسان پرسید: خواهر جان چی شده؟ چه خبری هست؟\n", "مبهوت"),
        # fars-news-5 item 247: «همینطور که»: as he stood so
        (
            "افتاده بودیم تو محاصره. کاوه همینطور که زیر آن باران تیر و گلوله ایستاده بود "
            "گفت: همه بپرید پشت دیوار.\n",
            "همینطور",
        ),
        # roozno_131: «رسما» (officially), an adverb
        ("صدام رسما اعلام کرد که ظرف هفت روز به تهران می‌آید.\n", "رسما"),
        # fars-news-4 item 181: «ستاره» (a star) of a London team
        (
            "ستاره تیم لندنی تصریح کرد: تیم انگلیس مدت زیادی است که به قهرمانی نرسیده است.\n",
            "لندنی",
        ),
        # fars-news-2 item 273: «بدری» the mayor's family name, «نمونه» an example
        (
            "صدیف بدری شهردار اردبیل در این مراسم حضور یافت.\n"
            "بدری نمونه این ایثار و گذشت را در مقدم داشتن خواست مردم بر خودشان یادآور شد و "
            "بیان کرد: مجموعه آتش‌نشانی شهرداری اردبیل نیز در صحنه‌ها حضور دارند.\n",
            "نمونه",
        ),
    ],
)
def test_no_person_where_the_words_are_no_name(text: str, word: str) -> None:
    found = persons(text)
    assert not any(word in name for name in found), found


def test_a_name_in_quotes_opening_a_reporting_clause() -> None:
    # tabnak_788 (the third draw): «غایب» (absent) of an Iraqi member of parliament
    text = (
        "«غایب العمیری» پیش‌بینی کرد که کابینه علاوی علی‌رغم برخی ملاحظات از پارلمان رای "
        "اعتماد بگیرد.\n"
    )
    assert said(text) == [("غایب العمیری", None)]


def test_a_name_in_quotes_whose_clause_runs_to_its_verb() -> None:
    # roozno_1184 (the sixth draw): Finland's president, no list's words
    text = (
        "«سالی نینیسته» با استقبال از راه‌اندازی سازو کار مالی اینستکس آمادگی کشورش برای "
        "پیوستن به این سازوکار مالی را اعلام کرد و گفت: از پرداخت وام صندوق بین‌المللی پول "
        "به ایران حمایت می‌کنیم.\n"
    )
    assert "سالی نینیسته" in persons(text)
    assert said(text)[-1] == ("سالی نینیسته", None)


@pytest.mark.parametrize(
    "text",
    [
        "«جیش العدل» در بیانیه‌ای اعلام کرد: این حمله کار ما بود.\n",
        "«واشنگتن پست» در گزارشی نوشت: این حمله کار آنها بود.\n",
        "«ستاد ملی» اعلام کرد: مدارس تعطیل است.\n",
        "«انصارالله یمن» اعلام کرد: ما حمله کردیم.\n",
    ],
)
def test_a_body_in_quotes_is_no_person(text: str) -> None:
    assert persons(text) == {}


def test_a_family_name_alone_said_before() -> None:
    # sobhane2_35 (the first draw): «پیش‌تر» (before) between the family name and its verb
    text = (
        "موتمنی نیز پیش‌تر تاکید کرده بود سرمایه‌گذاران در بازار خودرو در سال گذشته حضوری "
        "جدی داشتند اما در سال جاری از بازار خارج شده‌اند.\n"
    )
    assert said(text) == [("موتمنی", None)]


def test_a_pronoun_run_into_the_word_after_it_is_no_name() -> None:
    # «او همچنین» written as one word names no one new
    text = (
        "اوهمچنین پیش‌تر گفته بود که از بچگی زمانی که تنها ۴ – ۵ ساله بوده است، علاقه خاصی "
        "به هواپیما داشت.\n"
    )
    assert persons(text) == {}
