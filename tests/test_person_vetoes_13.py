"""What is no person's name, by the causes read in the thirteenth judged sample
(``tests/fixtures/persons_judged_13.jsonl``), on sentences of the shared news, and the names
that must still stand beside them."""

from __future__ import annotations

import pytest
from conftest import names

from khabar.extract.glued_words import glued
from khabar.extract.lexicons import key
from khabar.extract.namewords import no_name_end
from khabar.extract.no_name_words import no_person_word, plural_of_people


@pytest.mark.parametrize(
    "text, absent",
    [
        # a country written as one word with a ZWNJ ends no name
        ("کوسپی کره‌جنوبی ۱.۲۳ درصد جهش کرد و ای‌اس‌اکس استرالیا ۰.۹ درصد بالا آمد.", "کوسپی"),
        # Arabic's verbs of «they» mark a verse
        (
            "کانوا لا یتناهون عن منکر فعلوه لبئس ما کانوا یفعلون ﴿79﴾ آن‌ها از اعمال زشتی که"
            " انجام می‌دادند، یکدیگر را نهی نمی‌کردند.",
            "کانوا",
        ),
        # a mount opens a place's name
        (
            "بنادر صحار عمان و گوادر پاکستان خود را آماده می‌کنند تا جایگزین بنادر امارات و"
            " به‌خصوص جبل علی شوند.",
            "جبل",
        ),
        # a craft in «دوزی» among crafts
        (
            "هنرمندان پیشکسوت هنرهای سنتی اعم از قلم زنی، خوشنویسی، معرق کاری، خاتم کاری،"
            " گلابتون دوزی، چاپ باتیک در نگارخانه خیال بودند.",
            "گلابتون",
        ),
        # a bank's branch, a volunteer group are named after someone
        (
            "نماینده بانک کشاورزی تصریح کرد: ۲۶۹ میلیون و ۶۶۷ هزار یورو از دو شعبه سلمان فارسی"
            " اهواز و میدان ونک، تعهد رفع‌نشده وجود ندارد.",
            "سلمان فارسی",
        ),
        ("29) گروه جهادی بهارنکو\n30) گروه جهادی فاطمه الزهراء دانشگاه یزد", "فاطمه"),
        # martyrs of a kind, the like of them
        (
            "اگر تفکر جهادی بر مملکت حاکم شود همان اتفاقاتی رقم می‌خورد که شهید تهرانی مقدم‌ها،"
            " شهید باکری‌ها و شهید سلیمانی‌ها به وجود آوردند.",
            "باکری",
        ),
        (
            "اگر تفکر جهادی بر مملکت حاکم شود همان اتفاقاتی رقم می‌خورد که شهید تهرانی مقدم‌ها،"
            " شهید باکری‌ها و شهید سلیمانی‌ها به وجود آوردند.",
            "تهرانی",
        ),
        # a country's name of two words
        (
            "دو کشور که از سال 1991 به دلیل سرکوب استقلال خواهان تیمور شرقی از سوی اندونزی،"
            " روابط نظامی خود را قطع کرده بودند.",
            "تیمور",
        ),
        # a currency beside another, a listed organization
        (
            "شاهد ثبت رکوردهای جدیدی از ارزهایی نظیر ین و فرانک خواهیم بود.",
            "فرانک",
        ),
        ("نرخ برابری هر فرانک سوئیس معادل ۱.۰۲۷ دلار اعلام شد.", "فرانک"),
        (
            "ایکائو سیستم داده‌های کامپیوتری را طراحی کرده است که به تبادل اطلاعات کمک می‌کند.",
            "ایکائو",
        ),
        # Arabic «ام» (mother of) opens a place's name
        (
            "از سوی دیگر، محور‌های الصیاده، ام عدسه، العریمه و العوسجلی در شمال غرب شهر منبج هم"
            " شاهد درگیری شدید است.",
            "عدسه",
        ),
        # an adverb in «انه», an adjective of «پر» alone
        (
            "به دوستی که ساکن تهران است، گله می‌کردم. کریمانه گفت که ثواب قدم‌هائی که پشت سر"
            " تابوت برمی‌دارد مال تو!",
            "کریمانه",
        ),
        (
            "مصداق‌هایی از رفتارهای منطبق با این دو مفهوم را از زندگی سردار پرآوازه اسلام مطرح"
            " می‌کنیم.",
            "پرآوازه",
        ),
        # a sports complex named after a martyr, a listed armed group
        (
            "این همایش با حضور کاندیداهای ائتلاف در مجموعه ورزشی کارگری شهید معتمدی در خیابان"
            " خزانه بخارایی برگزار شود.",
            "معتمدی",
        ),
        ("معاون دبیرکل مقاومت اسلامی نجبا گفت: هر جایی که در آن تلاشی صورت گیرد.", "نجبا"),
        # a plural in «یان» of an adjective, the temples of a faith
        (
            "بخشی از این تعطیلات در مجامع عمومی و بخشی از آن در کنیسه‌ها (معابد یهودیان) برگزار"
            " می‌شود.",
            "یهودیان",
        ),
    ],
)
def test_no_person(text: str, absent: str) -> None:
    found = names(text)
    assert not any(absent in n for n in found), found


@pytest.mark.parametrize(
    "text, whole",
    [
        # a pronoun of address after a name is none of it
        (
            "راستی آقای خوئینی‌ها جناب‌عالی در آن هنگام کجا بودید که سخنی نمی‌فرمودید؟",
            "خوئینی‌ها",
        ),
        # «یکی دیگر» (another) after a given name
        ("مصطفی یکی‌دیگر از اهالی قم است که با فرزند و همسرش در این شهر زندگی می‌کند.", "مصطفی"),
        # «در» run into the word after a name
        (
            "جواد قناعت درپایان با اشاره به اینکه 350 مربی بهداشت مدارس استان بازنشسته خواهند"
            " شد افزود: باید نیروی انسانی جدید جایگزین شود.",
            "جواد قناعت",
        ),
        # a Turkic first part of a family name written apart ends no name
        (
            "دکتر منصور جباری قره باغ، استاد دانشگاه علامه طباطبایی گفت: بررسی باید دقیق باشد.",
            "منصور جباری قره باغ",
        ),
        # «آل‌» (the house of) opens a family name after a given name
        (
            "به گزارش خبرگزاری فارس از تبریز، حجت‌الاسلام سیدمحمدعلی آل‌هاشم امروز در خطبه‌های"
            " نماز جمعه تبریز گفت: مردم حضور یابند.",
            "سیدمحمدعلی آل‌هاشم",
        ),
        # a listed family name in «داری» no word list knows
        (
            "اعضای شورا در ادامه به تغییر نام خیابان شیشه مینا به نام پرویز دهداری رای مثبت دادند.",
            "پرویز دهداری",
        ),
    ],
)
def test_the_name_is_whole(text: str, whole: str) -> None:
    assert names(text) == [whole]


def test_a_figure_run_after_another_name() -> None:
    text = (
        'هیلاری کلینتون ترامپ را "خطری برای دموکراسی" دانست و از اظهاراتش علیه برنی سندرز دفاع کرد.'
    )
    # both are listed figures: each name is its figure's, not one name run on
    assert names(text) == ["برنی سندرز", "ترامپ", "هیلاری کلینتون"]
    # the figure's own names stand
    assert names("دونالد ترامپ، رئیس جمهور آمریکا گفت: به هند سفر می‌کنم.") == ["دونالد ترامپ"]


def test_words() -> None:
    assert glued("درپایان")
    assert not glued("درخشان")
    assert not no_name_end(key("دهداری"))
    assert no_name_end(key("جهت‌گیری"))
    assert plural_of_people(key("یهودیان"))
    assert not plural_of_people(key("کاظمیان"))
    keys = [key(w) for w in "ام کلثوم".split()]
    assert not no_person_word("ام کلثوم".split(), keys, 0, 2)
    keys = [key(w) for w in "ام الرصاص".split()]
    assert no_person_word("ام الرصاص".split(), keys, 0, 2)


@pytest.mark.parametrize(
    "text, present",
    [
        # a martyr named alone, a title before a family name in «‌ها»
        ("مجلس یازدهم خود را متعهد به ادامه دادن راه شهید سلیمانی می‌داند.", "سلیمانی"),
        ("چگونه آقای خوئینی‌ها تمامی مشکلات را به کلیت نظام نسبت می‌دهند!", "خوئینی‌ها"),
        # a family name that is a direction's adjective
        (
            "به نقل از خبرگزاری فرانسه، اسماعیل شرقی، کمیسر صلح و امنیت اتحادیه آفریقا در نشست"
            " خبری گفت.",
            "اسماعیل شرقی",
        ),
        # a given name that is a currency too, in a film's cast
        (
            "تام هاردی، جوئل اجرتون، جنیفر موریسون، فرانک گریلو در این فیلم بازی کردند.",
            "فرانک گریلو",
        ),
        # a group named after no one
        ("گروه احمد مسعود در پنجشیر اعلام کرد که مذاکره نمی‌کند.", "احمد مسعود"),
    ],
)
def test_a_person_stands(text: str, present: str) -> None:
    assert any(present in n for n in names(text)), names(text)
