"""What is no person's name, or where a name ends, by the causes read in the fifth judged
sample (``tests/fixtures/persons_judged_5.jsonl``), on sentences of the shared news, and the
names that must still stand beside them."""

from __future__ import annotations

import pytest
from conftest import names

from khabar.extract import extract_text
from khabar.extract.glued_words import glued
from khabar.extract.named_places import place_word_at
from khabar.extract.namewords import script_end


@pytest.mark.parametrize(
    "text, absent",
    [
        # a place named after someone: a palace, a bridge, a camp
        ("«کاخ چارلز پنجم | Charles V Palace» برخی از بناهای تاریخی گرانادا است.", "چارلز پنجم"),
        (
            "شیخ حلفی در نزدیکی پل محمد قاسم واقع در غرب شهر بصره ترور شد.",
            "محمد قاسم",
        ),
        (
            "معامله قرن پس از توافق‌نامه‌های کمپ دیوید خطرناک‌ترین اقدام است.",
            "دیوید خطرناک‌ترین",
        ),
        # a preposition written into its noun opens no name: «به‌یاد» is no «بهیاد»
        (
            "از آن شب تا الان، تمام شب‌های احیا به‌یاد حجت‌الله، حتما به مزار شهدا می‌روم.",
            "به‌یاد حجت‌الله",
        ),
        # an Arabic verse
        (
            '"نز پی بازی آفرید تو را" اشاره است به "افحسبتم انما خلقناکم عبثا و انکم الینا'
            ' ترجعون" که در سوره مومنون آمده است.',
            "الینا ترجعون",
        ),
        # a disease's spread, named twice before it
        (
            "وی گفت: بعد از اپیدمی کرونا مراجعه مردم کاهش پیدا کرده است. معاون وزیر گفت:"
            " اپیدمی کرونا بر روی برخی شاخص‌های سلامت تاثیر گذاشته است.",
            "اپیدمی",
        ),
        # a place's word opens the tagger's span
        (
            "مهم‌ترین جاذبه‌ها عبارتند از: کاخ گلستان، عمارت تخت مرمر (تخت سلیمان) و مدرسه"
            " دارالفنون.",
            "عمارت تخت مرمر",
        ),
        # a middle initial the sentence ended at: a given name and a letter is no name
        ("چگونه مایحتاج زندگی به ساکنان می‌رسد؟ همانطور که لارنس ا.", "لارنس ا"),
        # the noun of a compound verb ends a name, and a given name alone is no one's
        (
            "در جبهه بودیم که حجت‌الله یک‌دندگی کرد که من هم باید به جبهه بروم.",
            "حجت‌الله یک‌دندگی",
        ),
    ],
)
def test_no_person(text: str, absent: str) -> None:
    assert absent not in names(text)


@pytest.mark.parametrize(
    "text, name",
    [
        # where the name ends: an ending of family names before a light verb, a post run
        # into its body, the name's spelling in Latin letters, an adverb before it
        ("بیشتر بخوانید: جای سردار سلیمانی لو نرفت، او یک هدف در دسترس بود.", "سلیمانی"),
        (
            "آیت‌الله جنتی دبیرشورای نگهبان در توصیه‌ای به نمایندگان گفت: همه درس بگیرند.",
            "جنتی",
        ),
        (
            "ژنرال «جان جنسن John Jensen »، فرمانده گارد ملی ایالت مینه‌سوتا نیز در این"
            " نشست خبری گفت: سربازان اعزام شدند.",
            "جان جنسن",
        ),
        (
            "علیخانی در سایه روابط مشکوک خود با عناصر دولت آمریکا (بالاخص گری سیک) توانسته است.",
            "گری سیک",
        ),
        # a family name in «ه‌ای» is a family name, not a plural: another than the Leader
        (
            "برخی هم مانند سیدهادی خامنه‌ای، دبیرکل مجمع پیروان خط امام(ره) اعلام"
            " کرده‌اند: «برنامه‌ای نداریم.»",
            "سیدهادی خامنه‌ای",
        ),
        # a family name that is also a place's word («پارک»)
        (
            "علاوه بر این، پارک نیونگ هو، وزیر بهداشت این کشور آزمایش رایگان را عامل موفقیت دانست.",
            "پارک نیونگ هو",
        ),
        # a title that is also a family name's first part, written into it elsewhere
        (
            "سردار ملک‌شاهکویی فرمانده سپاه شد.\nمعاون سپاه از سردار ملک شاهکویی به‌عنوان"
            " فرمانده‌ای بومی یاد کرد.",
            "ملک شاهکویی",
        ),
        # «الله» written apart ends the name
        (
            "معاون وزیر خارجه کویت، خالد الجار الله در اواخر فوریه تاکید کرد که وساطت ادامه"
            " می‌یابد.",
            "خالد الجار الله",
        ),
        # an air raid is no place named after the one it killed
        (
            "ارتش آمریکا روز جمعه در یک حمله هوایی سردار شهید سلیمانی فرمانده سپاه قدس را به"
            " شهادت رساند.",
            "سلیمانی",
        ),
    ],
)
def test_names_that_stand(text: str, name: str) -> None:
    assert name in names(text)


def test_an_adjective_of_a_place_counts_after_the_place_word_only() -> None:
    # «دانشگاه علوم پزشکی شهید بهشتی», «پایگاه هوایی شهید بابایی»; not «حمله هوایی سردار»
    assert place_word_at("دانشگاه علوم پزشکی".split(), 2)
    assert place_word_at("پایگاه هوایی".split(), 1)
    assert not place_word_at("یک حمله هوایی".split(), 2)
    assert not place_word_at("حمله".split(), -1)


def test_a_post_run_into_its_body_is_two_words() -> None:
    assert glued("دبیرشورای")
    assert not glued("امیرحسینی")  # a given name that is a post's word, and a family name
    assert not glued("ولیزاده")


def test_a_name_ends_where_its_letters_change() -> None:
    assert script_end(["جان", "جنسن", "John", "Jensen"], 0, 4) == 2
    assert script_end(["John", "Jensen", "جان"], 0, 3) == 2
    assert script_end(["ویبینگ", "وانگ"], 0, 2) == 2


def test_a_late_commanders_post_goes_on_past_martyr() -> None:
    doc = extract_text(
        "سردار شهید سلیمانی فرمانده شهید سپاه قدس در فرودگاه بغداد به شهادت رسید."
        "\nفرمانده سنتکام گفت: نیروهای آمریکا در منطقه می‌مانند."
    )
    posts = {p.name: p.posts for p in doc.persons}
    assert posts.get("سلیمانی") == ["فرمانده شهید سپاه قدس"]
