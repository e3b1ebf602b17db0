"""Names the tagger marks whose words are ordinary ones, which a title before them or a post
after them shows to be a person's, and the old given names in «خان», on sentences of the shared
news (the misses of the eleventh persons-recall sample, ``persons_recall_dev_11.jsonl``, and
their like), with what must still be no name beside them."""

from __future__ import annotations

import pytest
from conftest import names

from khabar.extract import extract_text
from khabar.extract import lexicons as lx
from khabar.extract.glued_words import glued


@pytest.mark.parametrize(
    "text, name",
    [
        # a listed given name and an ordinary word, right before a post (or its comma)
        (
            "21 بهمن 1315، علی‌اکبر داور وزیر دارایی وقت (کابینه محمدعلی فروغی) در خانه‌اش در"
            " تهران درگذشت.",
            "علی‌اکبر داور",
        ),
        (
            "این در حالی است که حجت نظری، عضو شورای شهر تهران در پاسخ به برخی زنان شورا که بر نام"
            " گذاری زنانه تاکید دارند گفت که شیشه مینا نام مینا دارد.",
            "حجت نظری",
        ),
        (
            "این مراسم با حضور علیرضا گوروئی فرماندار، ابراهیم پیرامون مدیرعامل شرکت بهره‌برداری"
            " نفت و گاز مسجدسلیمان و سایر مدیران دوایر دولتی شهرستان برگزار شد.",
            "ابراهیم پیرامون",
        ),
        # a family name the tagger's training text names a person, after a title
        (
            "5 بهمن 1331، دکتر مصدق تقدیرنامه‌ای برای جواد وفا، دانشجوی رشته اقتصاد در ایالت"
            " ایندیانا ارسال داشت.",
            "مصدق",
        ),
        (
            "سخنگوی دولت افزود: در هفته های اخیر دکتر ظریف و همکاران وی تلاش گسترده ای برای"
            " افزایش همبستگی جامعه بین المللی انجام داده‌اند.",
            "ظریف",
        ),
        # «خان» run into a given name, and a post run into its body after the name
        (
            "5 بهمن 1300، رضاخان پهلوی وزیرجنگ، افرادی را در رأس دو اداره غله و نان، و خالصجات"
            " قرار داد.",
            "رضاخان پهلوی",
        ),
        (
            "مشیرالدوله وزیران خود را به این شرح به مجلس معرفی کرد: مشیرالدوله رییس‌الوزرا و"
            " وزیرجنگ مستشارالدوله، وزیر داخله معاون‌الدوله.",
            "مستشارالدوله",
        ),
        # a clan's family name in «بنی» after a given name
        (
            "در پی این انتخابات ابوالحسن بنی‌صدر به عنوان نخستین رئیس جمهور اسلامی ایران انتخاب شد.",
            "ابوالحسن بنی‌صدر",
        ),
        # a foreign competitor before «از» and his country
        (
            "وی در دور نخست با نتیجه ۳ بر یک از سد بهزاد عمراف از ازبکستان گذشت وی در دور بعد با"
            " نتیجه ۹ بر صفر یوشیکی یامادا از ژاپن را مغلوب کرد.",
            "یوشیکی یامادا",
        ),
        (
            "وی در این مرحله در مصاف با رنات الیاز اولو از قرقیزستان با نتیجه ۵ بر صفر پیروز شد.",
            "رنات الیاز اولو",
        ),
    ],
)
def test_the_name_is_found(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text, absent",
    [
        # the tagger cut a name before a post's noun: «حداد | عادل نامه رئیس جمهور»
        (
            "حداد عادل نامه رئیس جمهور ایران به بوش را بیان علل عدم تمایل ایران به برقراری رابطه"
            " با آمریکا عنوان کرد.",
            "عادل نامه",
        ),
        # a post run into its body is no word of a name
        (
            "5 بهمن 1300، رضاخان پهلوی وزیرجنگ، افرادی را در رأس دو اداره غله و نان، و خالصجات"
            " قرار داد.",
            "رضاخان پهلوی وزیرجنگ",
        ),
        # before «از» and a country, words of the language or a body's name are no person
        (
            "به گزارش تسنیم، بخش‌های بزرگی از چین و مناطقی از روسیه درگیر سرما شده‌اند و"
            " کارمندان آژانس هم از چین بازگشتند.",
            "کارمندان آژانس",
        ),
        # a village's name that holds a given name in «خان» is a place
        (
            "همچنین به فروشگاه‌هایی در اسلامشهر، رودهن، بومهن، قلعه حسن خان، حصارک، نسیم شهر،"
            " مریوان، سنندج و غیره آسیب وارد شده است.",
            "حسن خان",
        ),
    ],
)
def test_no_such_name(text: str, absent: str) -> None:
    assert absent not in names(text)


def test_an_old_given_name_is_not_cut_out_of_a_longer_one() -> None:
    text = (
        "این مجموعه شامل ۱۶ عکس مربوط به دوستمحمدخان معیرالممالک، دوستعلیخان معیرالممالک، عصمت"
        " الدوله دختر ناصرالدین شاه (مالکین عمارت باغ فردوس) است."
    )
    assert "دوستعلیخان معیرالممالک" in names(text)


def test_khan_names_are_given_names_no_word_too() -> None:
    names_ = lx.first_names()
    assert names_.get("رضاخان") is False and names_.get("محمدولیخان") is False
    assert "کریمخان" not in lx.khan_names()  # «کریم» is a word too (generous)
    assert glued("وزیرجنگ") and not glued("رضاخان")


def test_a_request_of_the_speaker_is_no_quote_of_the_one_asking() -> None:
    # Imran Khan is found (a given name in «خان» before his post); the request he made is told
    # by the foreign minister, in his own words: no quote of Imran Khan's
    doc = extract_text(
        "این ادعا در حالی مطرح می‌شود که مهر ماه سال جاری عمران خان، نخست‌وزیر پاکستان در حاشیه"
        " مجمع عمومی سازمان ملل متحد به خبرنگاران گفته بود که با ایران و عربستان گفت‌وگو کرده است.\n"
        "وزیر امور خارجه کشورمان اظهارکرد: ما برای مذاکره آماده‌ایم.\n"
        "نخست‌وزیر پاکستان از ما خواست تا با عربستان مذاکره کنیم.\n"
    )
    assert "عمران خان" in [p.name for p in doc.persons]
    asked = [q for q in doc.quotes if "با عربستان مذاکره" in doc.text[q.span.start : q.span.end]]
    assert all(q.speaker != "عمران خان" for q in asked)
