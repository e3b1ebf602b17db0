"""The miss of the thirteenth persons-recall sample (``persons_recall_dev_13.jsonl``) and its
like in the shared news: a poet named by his pen name alone beside his poetry
(``extract/poet_names.py``: «حافظ در اینباره در شعرش ...», «غزلی از حافظ», «اشعار سعدی و
حافظ یا فردوسی»), and the pen name's other readings it leaves alone."""

from __future__ import annotations

from pathlib import Path

from conftest import persons

FIXTURES = Path(__file__).parent / "fixtures"


def test_a_pen_name_before_the_poet_s_verse() -> None:
    # tabnak, 2020-03-07, «سه اصل جهان‌بینی ...»: the essay's last line
    text = (FIXTURES / "recall_dev_13/tabnak_1069.txt").read_text(encoding="utf-8")
    assert persons(text) == {"حافظ": ["حافظ"]}


def test_a_pen_name_after_a_word_of_poetry() -> None:
    # tabnak, 2020-05-31
    found = persons(
        "«سمن بویان» یکی از قطعاتی است که محمدرضا شجریان در قالب کنسرت هم‌نوا با بم و همچنین"
        " آلبوم فریاد متکی بر غزلی از حافظ ثبت کرد."
    )
    assert "حافظ" in found, found
    assert "محمدرضا شجریان" in found


def test_pen_names_joined_to_a_poet_found() -> None:
    # sobhaneh, 2019-11-03
    found = persons(
        "وی ادامه داد: به‌نظر من تا به امروز کسی نتوانسته به لحاظ شعر و ادبیات فارسی به سطح"
        " اشعار سعدی و حافظ یا فردوسی برسد."
    )
    assert {"سعدی", "حافظ", "فردوسی"} <= set(found), found


def test_a_pen_name_before_a_comma_and_poet() -> None:
    # roozno, 2020-03-10
    found = persons(
        "جلال خوشچهره در یادداشتی می‌نویسد: ضرب‌المثلی فارسی به نقل از سعدی، شاعر بلند آوازه"
        " ایرانی در گلستان هست که مصداق دعوای قدرت میان مدعیان آن در افغانستان است."
    )
    assert "سعدی" in found, found


def test_a_pen_name_before_a_verb_of_saying() -> None:
    # Fars News, 2008-08-25
    found = persons(
        "اما بزرگترین چیستان آفریدگار است و در کنار آن چرایی آفرینش و از کجایی آن، هان که"
        " مولانا می‌گوید:\nاز کجا آمده‌ام آمدنم بهر چه بود"
    )
    assert "مولانا" in found, found


def test_a_guardian_a_street_and_a_cleric_are_no_poet() -> None:
    # roozno, 2020-04-07; 2020-02-22; 2020-03-16
    for text in (
        "او افزوده: «آیا سخنگوی وزارت خارجه ایران نقش حافظ منافع چین در تهران را به عهده"
        " گرفته است؟»",
        "مردی که پشت دخل داروخانه‌ای در خیابان حافظ ایستاده، می‌گوید: «قرار بود صبح امروز"
        " برایمان بیاورند.»",
        "جامعه‌المصطفی العالمیه با صدور اطلاعیه‌ای به سخنان اخیر مولوی عبدالحمید و نسبت دادن"
        " شیوع ویروس کرونا در ایران به طلاب چینی این جامعه، واکنش نشان داد.",
    ):
        found = persons(text)
        assert "حافظ" not in found and "مولوی" not in found, found
