"""What is no person's name, or where a name ends, by the causes read in the sixth judged
sample (``tests/fixtures/persons_judged_6.jsonl``) and the fifth, on sentences of the shared
news, and the names that must still stand beside them."""

from __future__ import annotations

import pytest
from conftest import names

from khabar.extract.glued_ends import glued_end
from khabar.extract.glued_names import given_name_cut
from khabar.extract.name_verbs import verb_word
from khabar.extract.named_places import place_word_at


@pytest.mark.parametrize(
    "text, absent",
    [
        # places and institutions named after someone: a police station past its number, a
        # hospital past its beds, a university's branch past a cleric's title, a battalion
        (
            "خبرگزاری فارس: با تلاش ماموران کلانتری 13 شهید هاشمی‌نژاد مشهد، 167 نفر از اعضای"
            " گلدکوئست دستگیر شدند.",
            "هاشمی‌نژاد",
        ),
        (
            "رئیسی صبح امروز از بیمارستان سیار تخصصی ۵۰۰ تختخوابی شهید آیت‌الله صدوقی بازدید کردند.",
            "صدوقی",
        ),
        (
            "وی با بیان اینکه بیمارستان صحرایی شهید آیت‌الله صدوقی، بیمارستان مجهز و به روز بود،"
            " افزود: این توانایی ارزشمند است.",
            "صدوقی",
        ),
        (
            "رئیس دانشگاه آزاد اسلامی علوم و تحقیقات واحد آیت‌الله آملی بر حرکت دانشگاه‌ها به"
            " سوی احیای سنت علمی اسلام تاکید کرد.",
            "آملی",
        ),
        ("دکترچمران شهید شده بود، سه گردان شهید چمران به لشکر کربلا داده شد.", "چمران"),
        # a tanker, a sea, a track, a car, an airline
        (
            "مرکز ترافیک دریایی گزارش داد نفتکش فاکسون حامل مواد سوختی ایران برای کاراکاس، امروز"
            " وارد منطقه ویژه اقتصادی ونزوئلا شده‌است.",
            "نفتکش فاکسون",
        ),
        (
            "در پی انتشار گزارش‌هایی مبنی بر افزایش حضور شناورهای آمریکایی در دریای کارائیب، وزیر"
            " امور خارجه نامه‌ای نوشت.",
            "دریای کارائیب",
        ),
        (
            "وی افزود: پیست ویلچررانی، استخر و سونا، سالن بدنسازی در این ورزشگاه ساخته شده است.",
            "پیست ویلچررانی",
        ),
        (
            "خودرو «فراری پورتوفینو / Ferrari Portofino» یک خودرو قاره‌پیما (جی‌تی) اسپورت از"
            " کمپانی فراری است.",
            "فراری پورتوفینو",
        ),
        (
            "تاکنون شرکت‌های هواپیمایی از جمله ایرفرانس، امریکن ایرلاینز، بریتیش ایرویز و"
            " لوفتانزا سفرهای خود را به تعویق در آورده‌اند.",
            "امریکن ایرلاینز",
        ),
        # Arabic words of a verse
        (
            "حاج قاسم هم «اشداء علی الکفار» بود و هم «رحماء بینهم» در سال 1370 هم بعد از جنگ"
            " ایشان را فرستادند.",
            "رحماء بینهم",
        ),
        # a verb is no word of a name
        (
            "رفتم بالای سرش، دستم را روی پیشانی حاجی گذاشتم دیدم گرم است.",
            "گذاشتم",
        ),
        ("شما اگر آنجا باشی چه تاثیری بر رویت می‌گذارد؟ عاشق حاج قاسم می‌شوی.", "قاسم می‌شوی"),
        # one of the commonest words is a light verb's noun though a family name holds it
        (
            "قرارگاه رمضان عملیات‌ها را در عراق زمان صدام انجام می‌دادند.",
            "صدام انجام",
        ),
        # a plural with its pronoun
        ("ماشین‌شان چند میلیارد می‌ارزد. ویلاهای‌شان فراخ است.", "ویلاهای‌شان فراخ"),
        # a plural title before the names of a list
        (
            "در این نمایشگاه 7 نفر از خوشنویسان سقزی، آقایان محمدپوریان، فخرالدین علی‌نژاد، اسعد"
            " قدیمی و مسعود حمیدی آثار خود را به معرض دید گذاشته‌اند.",
            "آقایان محمدپوریان",
        ),
    ],
)
def test_no_person(text: str, absent: str) -> None:
    assert absent not in names(text)


@pytest.mark.parametrize(
    "text, name",
    [
        # a name's last word run into the word after it ends where its word ends
        ("مرتضی قربانیوقتی خیال کردند حاج قاسم شهید شده است.", "مرتضی قربانی"),
        ("مرتضی قربانیبا 300 نفر نیرو یک تیپ هزار نفره دشمن را شکست دادیم.", "مرتضی قربانی"),
        (
            "به گزارش تابناک اقتصادی به نقل از اکسپورتنا؛ امیرحسین کاوهگفت: اجرای صحیح قوانین"
            " اصلی‌ترین خواسته تولیدکنندگان است.",
            "امیرحسین کاوه",
        ),
        # a headline's last verb run into the lead's first name
        (
            "رئیس بانک مرکزی سوئد به کرونا دچار شدمارتین فلودن، رئیس بانک مرکزی سوئد به بیماری"
            " کرونا دچار شد.",
            "مارتین فلودن",
        ),
        (
            "تلفات در حال افزایش استمحمدعلی شاعری، رئیس مجمع نمایندگان مازندران نیز به این"
            " موضوع اشاره کرد.",
            "محمدعلی شاعری",
        ),
        # a verb after the name ends it; the given name stays its holder's
        ("حاج قاسم سلیمانی فرمانده بود. عاشق حاج قاسم می‌شوی.", "قاسم سلیمانی"),
        # a list's number after a university's word is no place named after the name
        (
            "علی حسین رضاییان عضو شورای مرکزی انجمن مدرسین دانشگاه‌ها۲۸ ابوالفضل سروش نماینده"
            " فعلی مجلس۲۹ حبیب پارسا",
            "ابوالفضل سروش",
        ),
    ],
)
def test_names_that_stand(text: str, name: str) -> None:
    assert name in names(text)


def test_a_number_stands_between_a_place_word_and_a_martyr_only() -> None:
    assert place_word_at("کلانتری 13 شهید".split(), 1)
    assert not place_word_at("دانشگاهها ۲۸ ابوالفضل".split(), 1)
    assert place_word_at("بیمارستان سیار تخصصی ۵۰۰ تختخوابی".split(), 4)


def test_a_glued_end_is_cut_after_a_name_word_only() -> None:
    assert glued_end("قربانیوقتی") == len("قربانی")
    assert glued_end("کاوهگفت") == len("کاوه")
    # words and names of their own: a family name in «وی», a name in «در», «را»
    assert not glued_end("خسروی")
    assert not glued_end("حیدر")
    assert not glued_end("سارا")


def test_verbs_and_what_looks_like_them() -> None:
    assert verb_word("گذاشتم") and verb_word("می‌شوی") and verb_word("رفتند")
    assert not verb_word("کردی")  # a family name
    assert not verb_word("می‌رسلیم")  # «میرسلیم» split by the text
    assert not verb_word("رستم") and not verb_word("سعید")


def test_a_short_verb_run_into_a_foreign_given_name() -> None:
    assert given_name_cut("شدمارتین") == ("شد", 2)
    assert given_name_cut("کردعلی") == ("", 0)  # «علی» is short, and «کردعلی» a name
    assert given_name_cut("گفتمانی") == ("", 0)  # «گفتمان», no «مانی»
