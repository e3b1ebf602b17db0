"""A kashida standing alone is a dash between items, kept as «-»; one inside or glued to a
word is a stretch, and deleted (text/characters.py). The texts are from the shared news and
from ARMAN's folds 1–2."""

from __future__ import annotations

import pytest
from conftest import persons

from khabar.text import repair
from khabar.text.characters import character_edits
from khabar.text.offsets import apply_edits


@pytest.mark.parametrize(
    ("text", "repaired"),
    [
        # between spaces: a family's list (ARMAN)
        ("اشرف کاویانی ـ انجمن ـ گنجوی", "اشرف کاویانی - انجمن - گنجوی"),
        # after a number: a ranking's lines (ARMAN), with and without a space before it
        ("0 ـ حسین مردعلی با رکورد", "0 - حسین مردعلی با رکورد"),
        ("۲ـ زهرا دشتی", "۲- زهرا دشتی"),
        # opening a line; a run of kashidas is one dash (roozno_data)
        ("ـ به نمایندگی از حاکم اسلامی", "- به نمایندگی از حاکم اسلامی"),
        ("نسبتي ــ هرچند اندك", "نسبتی - هرچند اندک"),
        # inside a word, glued to one, or beside a ZWNJ: a stretch (tabnak_data)
        ("خوبــــی", "خوبی"),
        ("ـdate 2025-11-26", "date 2025-11-26"),
        ("معاون سیاسی‌ـ انتظامی", "معاون سیاسی انتظامی"),
        ("رویکردِ هزینه‌ـ‌منفعت", "رویکرد هزینه\u200cمنفعت"),
    ],
)
def test_a_kashida_alone_is_a_dash(text, repaired):
    assert repair(text).text == repaired


def test_the_dash_keeps_its_place_in_the_offset_map():
    text = "احمد قوام ـ قوام‌السلطنه ـ در دیدار"
    doc = repair(text)
    i = doc.text.index("-")
    assert doc.offset_map.to_original(i, i + 1) == (10, 11)
    assert text[10] == "\u0640"
    out, _ = apply_edits(text, character_edits(text))
    assert len(out) == len(text)


@pytest.mark.parametrize("use_model", [True, False])
@pytest.mark.parametrize(
    ("text", "names", "not_names"),
    [
        (  # tabnak_data_763: a name and its title between dashes
            "2 اسفند 1324، احمد قوام ـ قوام‌السلطنه ـ در دیدار با استالین در مسکو، با درخواست"
            " شوروی برای اعطای امتیاز نفت شمال به آن کشور موافقت کرد.",
            ["احمد قوام"],
            ["احمد قوام قوام\u200cالسلطنه"],
        ),
        (  # ARMAN: families' names, «_» between families, «ـ» between names
            "بانوان خانواده‌های سوگوار عبارتند از : اشرف کاویانی ـ انجمن ـ گنجوی ـ کیانپور _"
            " ماه‌سلطان رزاقی‌فر ـ لباف‌زاده ـ تیغ‌بخش _ مینا فرجام ـ اسلامی ـ سیاه‌پوش _ مرحمت"
            " کمالی _ اصل‌شبستری نکته‌دان ـ کمالی اصل _ صدیقه انصاری عبدالحسینی ـ انصاری ـ"
            " پورشهیدی _ فخری فرزانه ـ بلورچی ـ بندگان ـ رشیدا آقایان دکتر ادیبی ـ اجتماعی ـ"
            " جندقی ـ ملازاده _ سید فضل‌الله ذوالقدر _ حاج حسین غلام‌آزاد ـ علیزاده ـ اشرفیان _"
            " یوسف درفشی ـ جراحی ـ عزیزیان ـ عرفانیان .",
            ["حسین غلام\u200cآزاد", "یوسف درفشی"],
            ["حسین غلام\u200cآزاد علیزاده", "یوسف درفشی جراحی", "مینا فرجام اسلامی"],
        ),
    ],
)
def test_a_dash_ends_a_name(text, names, not_names, use_model):
    found = persons(text, use_model)
    for name in names:
        assert name in found
    for name in not_names:
        assert name not in found


@pytest.mark.parametrize("use_model", [True, False])
def test_a_ranking_joined_by_dashes_is_a_list(use_model):
    # ARMAN: a ranking's lines, «ـ» after each place; «پرستوسادات» is no given name a list
    # holds, and the items around it name it a person
    text = (
        "نتائج پیکارهای انفرادی به شرح زیر است : وزن اول : 0 ـ دنیا پوریونسی از گیلان 0 ـ"
        " زهرا دشتی از بوشهر 0 ـ فاطمه حقیقت‌منش از اصفهان و سوسن حاجی‌پور از مازندران به طور"
        " مشترک وزن دوم : 0 ـ مرضیه محمودی از تهران الف 0 ـ معصومه جامی از تهران ب 0 ـ آتیک"
        " معمارزاده از آذربایجان شرقی و محدثه خالق‌دوست از گیلان وزن سوم : 0 ـ مینا فتح‌اللهی"
        " از تهران الف 0 ـ فرانک حیرانی از کرمانشاه 0 ـ پرستوسادات موسوی از تهران و فاطمه"
        " ابراهیمی معاف از گیلان ."
    )
    found = persons(text, use_model)
    assert "پرستوسادات موسوی" in found
    assert "پرستوسادات" not in found
