"""A post ends before the noun of a light verb proved the verb's (``light_verb_nouns``): an
ordinary word no listed post, body or place holds, one with the indefinite «ی», two written
apart that are one word; before the light verbs of taking, having and finding too. A listed
word, a name, a term or an adjective of standing stays the post's, and so does the word after
a head of one simple word. Sentences of the shared news."""

import pytest

from khabar.extract import lexicons as lx
from khabar.extract.light_verb_nouns import verbs_noun_at
from khabar.extract.posts import find_posts
from khabar.text import repair


def _post_texts(text: str) -> list[str]:
    doc = repair(text)
    tokens = doc.token_columns
    keys = lx.keys_of(tokens.words)
    return [p.text for p in find_posts(tokens, keys, doc.text, list(range(len(keys))))]


@pytest.mark.parametrize(
    ("text", "post"),
    [
        # roozno_data_496: «مقرر شد», before «شد» and no act's noun
        (
            "بنابر تأکید رئیس جمهور مقرر شد جلسات ستاد ملی مقابله با کرونا به صورت روزانه "
            "برگزار شود.",
            "رئیس جمهور",
        ),
        # roozno_data_557: the indefinite «ی» before «ندارد»
        (
            "در تبلیغات ما اینجوری تبلیغ‌شده که مثلا رئیس جمهور مسئولیتی ندارد، وزیر کشور هم "
            "مسئولیتی ندارد.",
            "رئیس جمهور",
        ),
        # roozno_data_610: «یاد آور», one word written in two
        (
            "وزیر راه و شهرسازی یاد آور شد: افرادی که در شهر‌های شمال هستند باید بمانند.",
            "وزیر راه و شهرسازی",
        ),
        # tabnak_data_153: «مصدوم شد»
        (
            "به گزارش تابناک ورزشی، فرشید اسماعیلی بازیکن کلیدی آبی‌ها مصدوم شد و بازی امروز "
            "را از دست داد.",
            "بازیکن کلیدی آبی‌ها",
        ),
        # tabnak_data_482: «ماموریت یافته بود», a light verb of finding
        (
            "مهندس بازرگان نخست‌وزیر ماموریت یافته بود که دولت را تعیین کند.",
            "نخست‌وزیر",
        ),
        # roozno_data_1193: «دستور داد»
        (
            "روحانی همچنین به وزیر کشور دستور داد استانداران گزارش دهند.",
            "وزیر کشور",
        ),
    ],
)
def test_a_post_ends_before_a_noun_proved_the_light_verbs(text, post):
    assert post in _post_texts(text)


@pytest.mark.parametrize(
    ("text", "post"),
    [
        # a place, a name, an adjective of standing, a body's word with a possessive ending
        ("او به عنوان مسن‌ترین رهبر جهان مجددا نخست‌وزیر مالزی شد.", "نخست‌وزیر مالزی"),
        ("محسن غزالیان جانشین محمدپور شد تا در تیم باشد.", "جانشین محمدپور"),
        ("نواف بن نایف برادر ولیعهد و وزیر کشور سابق می‌شود.", "وزیر کشور سابق"),
        (
            "معترضان خواستار استعفای اتو پرز مولینا رئیس جمهور کشورشان شدند.",
            "رئیس جمهور کشورشان",
        ),
        # roozno_data_131: a simple head's next word may be its body
        ("ایشان در سازماندهی دوم سپاه فرمانده تیپ شد.", "فرمانده تیپ"),
    ],
)
def test_a_listed_word_a_name_or_a_simple_heads_next_word_stays_the_posts(text, post):
    assert post in _post_texts(text)


def test_the_proof_of_one_word_and_of_two():
    keys = [lx.key(w) for w in "رئیس جمهور مقرر شد یاد آور شد رئیس مجلس یازدهم شد".split()]
    assert verbs_noun_at(keys, 2, 3)  # «مقرر»
    assert verbs_noun_at(keys, 4, 6)  # «یاد آور»
    assert not verbs_noun_at(keys, 8, 9)  # «مجلس»: listed
    assert not verbs_noun_at(keys, 9, 10)  # «یازدهم»: a term
    # roozno_data_726: «وزیر صنایع سنگین شدم», a listed ministry's word (``organizations.tsv``)
    keys = [lx.key(w) for w in "وزیر صنایع سنگین شدم".split()]
    assert not verbs_noun_at(keys, 2, 3)


@pytest.mark.parametrize(
    ("text", "post"),
    [
        # roozno_data_1130: «تشکیل و»: the light verb said once, a clause after «و» («در»)
        (
            "جلسه هماهنگی اقتصادی دولت روز یکشنبه به ریاست حجت الاسلام و المسلمین حسن روحانی "
            "رییس جمهوری تشکیل و در این جلسه نظام بانکی کشور مکلف شد شرایط لازم را فراهم کند.",
            "رییس جمهوری",
        ),
        # fars-news-3 (13971116000896): «تجلیل و قدردانی شد», the second noun at the verb
        (
            "در پایان با اهدا لوح تقدیر از خدمات علی‌اشرف هدایت‌نژاد رییس سابق هیات کشتی استان "
            "تجلیل و قدردانی شد.",
            "رییس سابق هیات کشتی استان",
        ),
    ],
)
def test_a_post_ends_before_an_acts_noun_whose_verb_is_left_out_before_and(text, post):
    assert post in _post_texts(text)


@pytest.mark.parametrize(
    ("text", "post"),
    [
        # tabnak_data_450: two nouns of a body's name, the second going on with a noun
        (
            "سخنران اصلی این میزگرد دکتر عزمی بشاره، رییس مرکز عربی بررسی و مطالعه سیاست‌ها بود.",
            "رییس مرکز عربی بررسی و مطالعه سیاست‌ها",
        ),
        # fars-news-4 (8305040220): a listed word of a company's name
        (
            "احمد فیاض بخش مدیر عامل شرکت سرمایه‌گذاری و توسعه صنایع سیمان، بستر سازی را "
            "موفقیت بزرگ دولت خواند.",
            "مدیر عامل شرکت سرمایه‌گذاری و توسعه صنایع سیمان",
        ),
    ],
)
def test_two_nouns_of_a_bodys_name_joined_by_and_stay_the_posts(text, post):
    assert post in _post_texts(text)
