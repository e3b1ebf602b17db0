"""Names in quotes that a list or the day after them marks, a titled family name run into
the word after it, and ranks and times that bound a name (the misses of the fifth and sixth
persons-recall samples, and sentences of the shared news outside the gold)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import persons

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "-رهبران احزاب مخالف پاكستان جهت بازگشت « بي نظير بوتو » و « نواز شريف » از "
            "آرميتاژ و روكا تقاضاي كمك كردند .",
            "بی‌نظیر بوتو",
        ),
        (
            "در حال حاضر «صالح بوتانی»،«سرفراز بگتی» و «نوابزاده چنگیز مری» کاندیدای سروزیری "
            "بلوچستان هستند که هر سه نفر عضو حزب مسلم لیگ شاخه نواز شریف می‌باشند.",
            "سرفراز بگتی",
        ),
    ],
)
def test_a_name_in_quotes_beside_a_person_in_quotes_of_a_list(text: str, name: str) -> None:
    found = persons(text)
    assert found.get(name) == [name], found


def test_a_film_in_quotes_between_persons_in_quotes_is_none() -> None:
    text = (
        "3- در بخش بهترین بازیگر زن: «آنت بنینگ» برای بازی در فیلم «بینگ جولیا»، «کاتالینا "
        "ساندینو مورنو» برای بازی در فیلم «ماریل فول آف گریس»،«امیلدا استانتون» برای بازی در "
        "فیلم «ورا دریک»، «هیلاری اسوانک»0 برای بازی در فیلم «نوزاد یک میلیون دلاری» و «کیت "
        "وینسلت» برای بازی در فیلم «درخشش جاودانه ذهن‌های بی‌عیب»."
    )
    found = persons(text)
    assert "ورا دریک" not in found and "بینگ جولیا" not in found, found


def test_a_name_in_quotes_that_opens_a_clause_before_its_day() -> None:
    text = (FIXTURES / "recall_dev_5/fars-5_141.txt").read_text(encoding="utf-8")
    assert "گیدو وستروله" in persons(text)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (
            "وبگاه «بالگرین میلی‌تری» روز شنبه به نقل از خبرگزاری روسی «آویا پرو» نوشت، "
            "ساعاتی قبل انواع سامانه‌های دفاع موشکی ارتش ونزوئلا مستقر شدند.",
            "بالگرین میلی‌تری",
        ),
        (
            "به نوشته«استرایپس»، کشتی آبی خاکی «اس باتان» روز چهارشنبه با عبور از تنگه هرمز "
            "وارد خلیج فارس شد.",
            "اس باتان",
        ),
    ],
)
def test_what_a_word_before_the_quotes_names_is_no_person_before_a_day(
    text: str, named: str
) -> None:
    assert named not in persons(text)


def test_a_noun_with_its_ezafe_in_quotes_is_no_name_before_a_post() -> None:
    # the title's last words run on into the next line, which opens with a post
    text = (FIXTURES / "recall_dev_6/roozno_595.txt").read_text(encoding="utf-8")
    found = persons(text)
    assert "حمله‌ی بیولوژیکی" not in found, found


def test_a_titled_family_name_run_into_the_word_after_it() -> None:
    text = (FIXTURES / "recall_dev_6/roozno_595.txt").read_text(encoding="utf-8")
    found = persons(text)
    # «سردار سرلشکر باقری رییس ستاد کل ...» and «بسمه‌تعالیسردار سرلشکر باقریبا تقدیر از»
    assert found.get("باقری") == ["باقری", "باقری"], found


def test_a_rank_of_the_old_army_is_a_title() -> None:
    text = (
        "25 بهمن 1354، ارتشبد طوفانیان درباره گزارش‌های مربوط به پرداخت رشوه از سوی "
        "شرکت‌های فروشنده ادوات نظامی به ایرانی‌ها توضیح داد."
    )
    assert persons(text).get("طوفانیان") == ["طوفانیان"]


def test_dawn_ends_a_name() -> None:
    # «حکم اعدام صدام سپيده دم روز شنبه ...», repaired to «سپیده‌دم»
    text = (FIXTURES / "recall_dev_6/fars-1_28.txt").read_text(encoding="utf-8")
    assert not any("سپیده" in name for name in persons(text))


def test_a_given_name_run_into_the_family_name() -> None:
    # «اصغرجمالی فرد معروف به ابوحنیف ...»: a person, named as written (a family name may
    # open with a given name too: «عسکراولادی»), the second part of his family name written
    # apart taken in («جمالی فرد افزود»)
    text = (FIXTURES / "recall_dev_6/roozno_255.txt").read_text(encoding="utf-8")
    assert persons(text).get("اصغرجمالی فرد") == ["اصغرجمالی فرد", "اصغرجمالی فرد"]


def test_after_sayyid_the_given_name_run_into_the_family_name_is_spelt_as_listed() -> None:
    text = (
        "به گزارش مهر، سید روحالهلطیفی اظهار داشت: پس از پیگیری‌های مستمر مقامات کشورمان "
        "فعالیت مرز بازرگان از صبح امروز آغاز شد."
    )
    assert persons(text) == {"سید روح‌الله لطیفی": ["سید روحالهلطیفی"]}


@pytest.mark.parametrize(
    "text",
    [
        # a word of compounds, not a family name («-گرایی»)
        "نمی‌توان تنها تجلی مختارگرایی انسانی را در پذیرش ارادی فرامین الهی رهبران دینی تفسیر کرد.",
        # a preposition run into a known word
        "در همان سال‌ها و مطرح شدن تغییر ایدئولوژی درسازمان مجاهدین خلق، بچه مسلمان‌ها "
        "به گروه‌های دیگر پیوستند.",
    ],
)
def test_a_word_that_opens_with_a_given_name_is_no_name(text: str) -> None:
    assert persons(text) == {}


def test_the_family_name_of_a_person_found_is_not_cut_into_a_given_name() -> None:
    text = (
        "به گزارش خبرگزاری فارس از تنگستان، حجت‌الاسلام علی زاهددوست صبح امروز در دیدار با "
        "نوادگان شهید سخن گفت.\nزاهددوست اظهار داشت: راز ماندگاری حرکت و نام شهید رئیسعلی "
        "دلواری ایمان و اخلاص در عمل بود."
    )
    found = persons(text)
    assert found.get("علی زاهددوست") == ["علی زاهددوست", "زاهددوست"], found


def test_a_family_name_past_the_commonest_words_anywhere_in_the_article() -> None:
    # «قالیباف» is a word too (a carpet weaver), but no common one: after «محمدباقر قالیباف»
    # it is his name wherever it stands, not only as a subject
    text = (
        "به گزارش روز نو، با قطعی شدن نامزدی محمدباقر قالیباف، حمیدرضا حاجی بابایی و احتمال "
        "قریب به یقین سیدمصطفی میرسلیم، رقابت بر سر تصدی ریاست مجلس یازدهم، سر و شکل نهایی "
        "به خود گرفته است.\nمیرسلیم، کم شانس اما تعیین‌کننده است و گفته می‌شود وضعیت آرای "
        "قالیباف در مجلس قوی است."
    )
    assert persons(text).get("محمدباقر قالیباف") == ["محمدباقر قالیباف", "قالیباف"]
