"""What is no person's name, by the causes read in the tenth judged sample
(``tests/fixtures/persons_judged_10.jsonl``), on sentences of the shared news, and the names
that must still stand beside them."""

from __future__ import annotations

import pytest
from conftest import names

from khabar.extract.lexicons import key
from khabar.extract.name_verbs import verb_word
from khabar.extract.no_name_words import plural_of_people


@pytest.mark.parametrize(
    "text, absent",
    [
        # «مظاهر» (manifestations) is a word before it is a given name
        (
            "قاسمی با بیان اینکه ایام اعتکاف فرصت مناسبی برای دور شدن از مظاهر دنیا است، گفت:"
            " اعتکاف اثرات معنوی فراوانی دارد.",
            "مظاهر دنیا",
        ),
        (
            "وی خاطر نشان کرد: در مبارزه با مظاهر علنی فساد، جمع‌آوری زنان ولگرد و فالگیر از"
            " جمله فعالیت‌های کلانتری بانوان بوده است.",
            "مظاهر علنی",
        ),
        # a pronoun written apart from its noun, in a song's words
        (
            "کاشکی من خسرو ات بودم نه فرهادت کاشکی از عشق می‌مردم نه در یادت.",
            "خسرو ات",
        ),
        # titles: a subtitle after a colon, a name given in a language, a market's index
        (
            "از جمله مقالات او می‌توان به «سعادت نامرئی: مینیاتور و روان‌درمانی مسلمان»، «روح"
            " سلطنتی در نقاشی صفوی» اشاره کرد.",
            "سعادت نامرئی",
        ),
        (
            "شبکه ماهواره‌ای «فدک» برای تولید یک فیلم سینمایی با نام عربی «سیده الجنه» و فارسی"
            " «بانوی بهشت» فراخوانی را اعلام کرد.",
            "سیده الجنه",
        ),
        (
            "شاخص‌های اصلی بورسی در سطح بالاتری از روز قبل خود بسته شدند. شاخص «داوجونز"
            " ایدانستریالاوریج» با ۰.۰۷ درصد ریزش نسبت به روز قبل بسته شد.",
            "داوجونز ایدانستریالاوریج",
        ),
        # a piece's title, the word of its work after the quotes
        (
            "«لالایی آفروکوبایی / Afro Cuban Lullaby» قطعه‌ای از کریستفر پارکنینگ نوازنده"
            " موسیقی کلاسیک است.",
            "لالایی آفروکوبایی",
        ),
        ("«دارون بارون می‌باره» قطعه‌ای از سینا سرلک است.", "دارون بارون"),
        # «یکم» (first) numbers a fund, never a king
        (
            "نماد معاملاتی پتروشیمی پردیس (شپدیس)، صندوق درآمد ثابت امین یکم فردا (امین یکم)"
            " و حق تقدم ریخته‌گری تراکتورسازی بازگشایی شدند.",
            "امین یکم",
        ),
        # a club's form
        ("لستر سیتی موفق شد در دیدار مقابل ساوتهمپتون به پیروزی خرد کننده با 9 گل برسد.", "لستر"),
        # a factory, silos and streets named after martyrs
        (
            "نماد بکام متعلق به کارخانجات تولیدی شهید قندی با 38 واحد افزایش، بیشترین تاثیر"
            " مثبت را بر شاخص داشت.",
            "قندی",
        ),
        (
            "وزیر بازرگانی با حضور در سیلوهای آذر پیکان و شهید رجایی اهواز، چگونگی اجرای شیوه"
            " جدید خرید نقدی گندم را بررسی کرد.",
            "رجایی",
        ),
        (
            "این طرح در نقاط دیگر شهر همچون خیابان‌های مبارزان و شهید عالمی که بار ترافیکی"
            " بالایی دارند نیز اجرا می‌شود.",
            "عالمی",
        ),
    ],
)
def test_no_person(text: str, absent: str) -> None:
    found = names(text)
    assert not any(absent in n for n in found), found


@pytest.mark.parametrize(
    "text, present",
    [
        # a plural in «گان» of an agent noun ends the name run into it
        (
            "گره‌گوری کورنیلوک، پائول کلمب و فردریک دویل نوازندگان ویولنسل در این اجرا هستند.",
            "فردریک دویل",
        ),
        # the artist of a piece stands
        ("«سرنوشت» قطعه‌ای از انوشیروان روحانی با صدای همایون شجریان است.", "همایون شجریان"),
        # names in «گان» stand
        ("کارگردان این مستند، مژگان اینانلو است.", "مژگان اینانلو"),
        ("احمد حسین زادگان در این نشست گفت: کار ادامه دارد.", "احمد حسین زادگان"),
    ],
)
def test_a_person_stands(text: str, present: str) -> None:
    assert present in names(text), names(text)


def test_a_perfect_is_a_verb() -> None:
    assert verb_word("بوده\u200cاند") and verb_word("نشسته\u200cام") and verb_word("کرده\u200cاست")
    assert not verb_word("خامنه\u200cای")  # a family name in «ه‌ای»
    assert not verb_word("دنده\u200cای")  # «آریو دنده‌ای»: geared, no verb
    found = names("مومنان این دیار از دیرباز در عمل به قرآن شهره بوده‌اند و سبقت را ربودند.")
    assert "شهره بوده\u200cاند" not in found, found


def test_plurals_in_gan() -> None:
    assert plural_of_people(key("نوازندگان")) and plural_of_people(key("ردشدگان"))
    assert plural_of_people(key("شرکت‌کنندگان"))
    assert not plural_of_people(key("مژگان")) and not plural_of_people(key("زادگان"))
