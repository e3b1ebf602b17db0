"""A person named again past the rules' subjects: a family name no list knows after the full
name (extract/surname_mentions.py), a foreigner's given name alone (extract/name_variants.py),
a family name before a headline's colon (extract/lone_surnames.py), the items of a list past
«مثل» (extract/list_items.py). The sentences are from PEYMA's training part and ARMAN's folds
1-2."""

from __future__ import annotations

from conftest import persons


def test_a_family_name_no_list_knows_wherever_it_stands() -> None:
    text = (
        "به گزارش ایسنا، مارک اسپر، وزیر دفاع آمریکا اظهار کرد، نمی‌خواهد برای تکمیل این طرح "
        "زمان‌بندی دقیقی تعیین کند.\nبنابراین می‌خواهم سرعت این اقدام به طور متناسب تعیین "
        "شود.\nاین اظهارات طی سفر اسپر به میامی برای بررسی ماموریت نظامی آمریکا در آمریکای "
        "لاتین بیان شد."
    )
    assert persons(text)["مارک اسپر"] == ["مارک اسپر", "اسپر"]
    text = (
        "همچنین ژانویه گذشته آریه درعی، وزیر امور داخلی رژیم صهیونیستی حکم مجوز رسمی سفر "
        "اسرائیلی‌ها به عربستان را امضا کرد.\nاین درحالی است که یک روز پس از این اظهارات "
        "درعی، فیصل بن فرحان، وزیر خارجه عربستان به شبکه سی‌ان‌ان گفت: نه."
    )
    assert persons(text)["آریه درعی"] == ["آریه درعی", "درعی"]


def test_what_is_named_after_a_person_is_not_taken_again() -> None:
    from khabar.extract.registry import Registry
    from khabar.extract.surname_mentions import _fixed_phrase, _unknown_family_name
    from khabar.model import Person

    reg = Registry()
    for key, name in (("x", "جماعتی کرمانشاهی"), ("y", "جاکوب زوما"), ("z", "الویه صقور الشام")):
        reg.persons[key] = Person(name=name, posts=["رئیس"])
    # a nisba of a place, Arabic's article on a word, an article written on: no family names
    assert not _unknown_family_name(reg, "کرمانشاهی", "x", ("کرمانشاهی",))
    assert not _unknown_family_name(reg, "الشام", "z", ("الشام",))
    assert not _unknown_family_name(reg, "زوما\u200cای", "y", ("زوما\u200cای",))
    assert _unknown_family_name(reg, "زوما", "y", ("زوما",))
    # «لشکر جهنگوی» twice is the name of a group, after «حق نواز جهنگوی»
    keys = ["حق", "نواز", "جهنگوی", "و", "لشکر", "جهنگوی", "،", "لشکر", "جهنگوی"]
    assert _fixed_phrase(keys, 5)
    assert not _fixed_phrase(keys, 2)


def test_a_foreign_given_name_alone_inside_a_sentence() -> None:
    text = (
        "او در آینده هر موقعیتی را برای بازیگری رد کند». همسر کوئن واتلی، مادلین نیوتن، نیز "
        "هنرپیشه است. حمایت خانواده‌ام، بخصوص مادلین، از من برایم یک دنیا ارزش دارد."
    )
    assert persons(text)["مادلین نیوتن"] == ["مادلین نیوتن", "مادلین"]
    # a Persian given name alone is many people's
    text = "علی محمدی‌مقدم امروز در شهرکرد اظهار کرد: زمین‌خواری زیاد است. به علی گفتم: نه."
    assert persons(text)["علی محمدی‌مقدم"] == ["علی محمدی‌مقدم"]


def test_a_family_name_before_a_headline_s_colon() -> None:
    text = (
        "مهاجرانی: خشونت و پرخاشگری نتیجه‌ای جز خشونت ندارد. وزیر ارشاد در این همایش "
        "درباره نقش مطبوعات سخن گفت."
    )
    assert "مهاجرانی" in persons(text)
    # a word of a crossword, a question, a title's plural before their colon: no persons
    for text in (
        "سئوال: این حالت روی فرار مغزها هم اثر دارد؟ پاسخ این است که دارد.",
        "افقی: 1- از عوامل دوران پهلوی و نخست وزیر او.",
        "در پایان این نشست، آقایان: غفاری، صاحبخانی و صباغی به عضویت هیات انتخاب شدند.",
    ):
        found = persons(text)
        assert not {"سئوال", "افقی", "آقایان"} & set(found), found


def test_the_items_of_a_list_past_like() -> None:
    text = (
        "دوره دوم از سال‌های 1350 تا 1357 شامل آهنگسازانی مثل منفردزاده، واروژان، پرویز "
        "مقصدی، پرویز اتابکی، محمد اوشال، حسن شماعی‌زاده و دیگران."
    )
    found = persons(text)
    assert {"منفردزاده", "واروژان", "پرویز مقصدی"} <= set(found)
    # words the news writes rarely, away from the names found, are no names
    text = (
        "در سینه رجائی و باهنر، دلی شفاف و زلال و بلورین از ایمان می‌درخشید. رجائی و "
        "باهنر در این دولت خدمت کردند."
    )
    assert not {"زلال", "بلورین"} & set(persons(text))
