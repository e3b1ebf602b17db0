"""Persons of news the rules were not written on (PEYMA's training part, the shared news): a
craft or role right after a name is none of it, a counterpart in apposition, a book's
translator and author, a family name's ending written apart, a family name that opens a
report past «همچنین», a quoted list item whole, given names the lists lacked."""

from __future__ import annotations

import pytest
from conftest import persons


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the editor-in-chief and the editor of a quarterly (PEYMA)
        (
            "این فصلنامه به چاپ می‌رسد . سید جواد جعفری مدیرمسئول و دکتر سیدجلال درخشه سردبیری"
            " فصلنامه فرهنگ رضوی را برعهده دارند .",
            {"سید جواد جعفری", "سیدجلال درخشه"},
        ),
        # a critic, set off from his other crafts by a comma (PEYMA)
        (
            "دوشنبه‌شب با امیر محمد دهستانی منتقد ، کارگردان انیمیشن و استاد دانشگاه گفتگو می‌کنیم .",
            {"امیر محمد دهستانی"},
        ),
        # a film's crew after their crafts and a colon (PEYMA)
        (
            "منشی صحنه : فائزه گرکانی عکاس : حسین هندی تصویر‌بردار پشت صحنه : آرمان انصاری",
            {"فائزه گرکانی", "حسین هندی"},
        ),
    ],
)
def test_a_craft_after_a_name_is_none_of_it(text, names):
    for use_model in (True, False):
        found = set(persons(text, use_model=use_model))
        assert names <= found
        assert not any(w in name for name in found for w in ("مدیرمسئول", "منتقد", "بردار"))


def test_a_post_written_as_one_word_is_its_holders():
    # the shared news (roozno_data_731): «مدیرمسئول» run together is «مدیر مسئول»
    from khabar.extract import extract_text

    doc = extract_text(
        "حسین شریعتمداری مدیرمسئول روزنامه کیهان در یادداشتی نوشت: فرانسه دشمن ماست."
    )
    [person] = [p for p in doc.persons if p.name == "حسین شریعتمداری"]
    assert [doc.span_text(s) for s in person.post_mentions] == ["مدیرمسئول روزنامه کیهان"]


def test_a_counterpart_after_a_name_in_quotes():
    # Lebanon's foreign minister, in a list of quoted names and their posts (PEYMA)
    text = (
        "ظریف در بیروت با مقامات این کشور از‌جمله با « نبیه بری » رئیس مجلس و « جبران باسیل »"
        " همتای لبنانی خود دیدار کرد ."
    )
    assert "جبران باسیل" in persons(text, use_model=False)


def test_a_translator_and_an_author_are_credited():
    # PEYMA; the shared news (roozno_data_793, tabnak_data_507)
    assert "یوسف سرشار" in persons("این کتاب‌ها با ترجمه یوسف سرشار به مخاطبان ایرانی عرضه می‌شوند .")
    assert "آنشل پفر" in persons(
        "هاآرتص در گزارشی به قلم آنشل پفر به بررسی رفتار تندروهای یهودی پرداخته است."
    )
    found = persons(
        "این فیلم بر اساس داستان فندق‌شکن و شاه موش‌ها به قلم ارنست هوفمان و باله فندق‌شکن اثر"
        " آهنگساز روسی پیوتر ایلیچ چایکوفسکی ساخته شده است."
    )
    assert "ارنست هوفمان" in found
    assert not any(name.startswith("باله") for name in found)  # a ballet is a work


def test_a_family_name_with_its_ending_apart():
    # a footballer: «انصاری فرد» is one family name, «کریم» a given name that is a word (PEYMA)
    text = "به گزارش ایسنا ، کریم انصاری فرد یکی از موفق‌ترین لژیونرهای فوتبال ایران است ."
    assert "کریم انصاری فرد" in persons(text)


def test_a_family_name_opens_a_report_past_also():
    # PEYMA: a player on his late coach
    text = (
        "بازیکن سابق استقلال اضافه کرد : او مربی بزرگی بود . اکبری همچنین با بیان این که در"
        " سال‌های حضورش در کنار پورحیدری خاطرات بسیاری را تجربه کرده است به ایسنا ، گفت : من"
        " سال‌های آخر فوتبالم را در پاس سپری کردم ."
    )
    assert "اکبری" in persons(text, use_model=False)


def test_a_quoted_list_item_is_whole_though_a_name_is_found_in_it():
    # the shared news (tabnak_data_587): «فر», the family name's ending, written apart
    text = (
        "لوح تقدیر و جایزه نقدی به «مهدی کیهان‌نژاد» و «فردین افشار فر» به نمایندگی از گروه"
        " نمایش «مانداب» اهدا شد."
    )
    found = persons(text)
    assert "فردین افشار فر" in found
    assert "فردین افشار" not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # PEYMA: a composer, his given name in no list before
        (
            "برنامه « سفید » چهارشنبه‌شب میزبان فردین خلعتبری ، آهنگساز کشورمان است .",
            "فردین خلعتبری",
        ),
        # PEYMA: Tokyo's governors
        (
            'رسانه‌های ژاپن اعلام کردند " یوریکو کویکه " سیاستمدار کهنه‌کار این کشور پیروز شد .',
            "یوریکو کویکه",
        ),
        (
            "فرماندار پیشین یعنی نائوکی اینوسه میزبانی بازی‌های المپیک را گرفت .",
            "نائوکی اینوسه",
        ),
    ],
)
def test_given_names_the_lists_lacked(text, name):
    assert name in persons(text, use_model=False)
