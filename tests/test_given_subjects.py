"""A listed given name and a family name that is an ordinary word too, as the subject of a
reporting clause or an interview (extract/given_subjects.py); a foreign figure the lists
name in full (foreign_figures.tsv); a foreign given name (foreign_given_names.txt); a family
name from a place that the tagger took whole (extract/tagged.py). The sentences are from the
shared news, outside the gold."""

from __future__ import annotations

import pytest
from conftest import persons

ROUSTA = (
    "روستا: دولت برای جلوگیری از فرار سرمایه ستاد ویژه تشکیل ‌دهد\n"
    "خبرگزاری فارس: یک استاد دانشگاه پیشنهاد تشکیل ستاد ویژه جلوگیری از فرار سرمایه در "
    "دولت را ارایه کرد.\nاحمد روستا در گفت‌وگو با خبرنگار اقتصادی خبرگزاری فارس، اظهار "
    "داشت: دولت جدید باید ستادی در این رابطه تشکیل دهد.\nروستا قانون جذب سرمایه‌گذاری "
    "خارجی را دچار اشکالات و ابهاماتی دانست و گفت: باید این اشکالات رفع شود."
)


def test_a_given_name_and_an_ordinary_family_name_in_an_interview() -> None:
    found = persons(ROUSTA)
    assert sorted(found.get("احمد روستا", [])) == ["احمد روستا", "روستا", "روستا"], found


def test_the_interview_may_come_a_few_words_after_the_name() -> None:
    text = (
        "خبرگزاری فارس: سرمربی تیم والیبال متین ورامین گفت: دامن زدن به اینکه در گروه سختی "
        "در لیگ جهانی جای داریم، از نظر روانی به ضرر تیممان است.\nمصطفی کارخانه در حاشیه "
        "سفر به مازندران در گفت‌وگو با خبرنگار ورزشی خبرگزاری فارس در آمل بیان داشت: "
        "والیبال کشورمان از ظرفیت بالایی برخوردار است."
    )
    assert "مصطفی کارخانه" in persons(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # «نضال عیسی» is the name, «ناظر اجرایی» his post: the pair opens no clause
        (
            "به گزارش پایگاه خبری اسلام آن لاین نضال عیسی ناظر اجرایی وزارت اوقاف فلسطین در "
            "گفتگو با این پایگاه اعلام کرد کمیته سعودی تصمیم گرفت.",
            "ناظر",
        ),
        # a holy figure
        (
            "حسینی‌بوشهری با تبریک ولادت امام حسن عسکری اظهار داشت: درسی که امام عسکری(ع) "
            "به ما دارد این است.",
            "عسکری",
        ),
        # a place
        ("خبرگزاری فارس: فرماندار خلیل آباد گفت: حضور مردم در انتخابات ضروری است.", "آباد"),
    ],
)
def test_no_person_where_the_pair_is_no_subject_name(text: str, word: str) -> None:
    found = persons(text)
    assert not any(word in name for name in found), found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "توافق محرمانه ترامپ و برهم صالح برای بقای نیروهای آمریکایی در عراق از جمله "
            "مهم‌ترین خبرها بود.",
            "برهم صالح",
        ),
        (
            "در رای‌گیری برای احضار شهود بیشتر، فقط میت رامنی ستاتور ایالت یوتا و سوزان "
            "کالینز سناتور ایالت مین خواستار احضار شهود شدند.",
            "میت رامنی",
        ),
        (
            'به گزارش خبرنگار فارس در قاهره، مقامات مصری اخیرا از دادن ویزا به "ریموند دی '
            'رون" یک عضو از اعضای احزاب افراطی ضد اسلام هلند خودداری کرده‌اند.',
            "ریموند دی رون",
        ),
    ],
)
def test_foreign_names_the_lists_know(text: str, name: str) -> None:
    found = persons(text)
    assert name in found, found


def test_a_family_name_from_a_place_the_tagger_took_whole() -> None:
    text = (
        "به گزارش خبرگزاری فارس به نقل از روابط عمومی بانک صادرات ایران، احمد حاتمی یزد، "
        "مدیر عامل بانک صادرات ایران در سمینار توجیهی اظهار داشت: این بانک آماده است."
    )
    found = persons(text)
    assert "احمد حاتمی یزد" in found, found
