"""What is no person's name, by the causes read in the ninth judged sample
(``tests/fixtures/persons_judged_9.jsonl``), on sentences of the shared news, and the names
that must still stand beside them."""

from __future__ import annotations

import pytest
from conftest import names

from khabar.extract.lexicons import key
from khabar.extract.namewords import demonym, no_name_end
from khabar.extract.no_name_words import plural_of_people
from khabar.extract.tagged_spans import edges


@pytest.mark.parametrize(
    "text, absent",
    [
        # a country's adjective alone, or after a word that is no name here
        (
            "ترور سردار سلیمانی، ژنرال ایرانی در نخستین روزهای سال ۲۰۲۰ میلادی از دیدگاه"
            " بسیاری از ملت‌های جهان به عنوان یک عمل جنگی تلقی می‌شود.",
            "ایرانی",
        ),
        (
            "جهانداری و فیروزی دو خلبان خانم ایرانی هستند که پرواز تهران به مشهد را مدیریت کردند.",
            "ایرانی",
        ),
        (
            "ستاره هلندی تیم والیبال میلانو تصمیم دارد برای فصل آینده راهی لیگ ژاپن شود.",
            "ستاره هلندی",
        ),
        # a base and a bazaar named after someone, a zone's name
        (
            "فرمانده قرارگاه استانی شهید شهرامفر در ادامه گفت: خانواده‌های پاسداران باید"
            " مجاهدانه با الگو گرفتن از حضرت فاطمه(س) همواره در کنار همسرانشان بایستند.",
            "شهرامفر",
        ),
        (
            "ساختمان قدیمی انبار بازار محمود پاشا در موزه تمدن آناتولی قرار دارد.",
            "محمود پاشا",
        ),
        (
            "ساکنان منطقه ملینا د سگورا در اسپانیا پس از مشاهده حیوانی عجیب و غریب در خیابان‌های"
            " محل سکونت خود به وحشت افتادند.",
            "ملینا د سگورا",
        ),
        (
            "همزمان با اتمام برنامه‌های نوروزی منطقه آزاد ارس گروهی از آژانس‌های گردشگری از این"
            " منطقه بازدید کردند.",
            "آزاد ارس",
        ),
        # the blessing after the Imam of the Age's epithet
        (
            "چشم‌های جهانیان به سوی کشور ولی‌الله اعظم اروحنا لمقدمه الفداء دوخته شده.",
            "ولی\u200cالله اعظم اروحنا",
        ),
        # an agency the lists lacked
        (
            "فائو در چارچوب برنامه همکاری‌های فنی اضطراری خود، دانش، مهارت و تجهیزات لازم را"
            " فراهم کرد.",
            "فائو",
        ),
        # «as» a role
        (
            "«الهام ماندگارمهر» از ایران به عنوان هادی حفاظ متسابقین را همراهی می‌کنند.",
            "هادی حفاظ",
        ),
        # initials in quotes tell no one apart
        (
            'افراد دیگری به نام "خ س" 41 ساله و "ح س" 30 ساله اهل کرمانشاه نیز دستگیر شدند.',
            "ح س",
        ),
    ],
)
def test_no_person(text: str, absent: str) -> None:
    assert absent not in names(text)


@pytest.mark.parametrize(
    "text, present",
    [
        # a name in quotes before an age or a word of kin is the whole of the quotes
        (
            'جدیدترین مورد "دیالا مصطفی مطر"، 26 ساله و برادرش "سعد مصطفی ذره"، 15 ساله هستند.',
            "دیالا مصطفی مطر",
        ),
        (
            'رژیم صهیونیستی در ماه گذشته "مفیقه محمد القواسمه"، همسر "محمد شفیق القواسمه" را'
            " بازداشت کردند.",
            "مفیقه محمد القواسمه",
        ),
        (
            'در بیانیه مذکور نام "سامیه موسی مشاهره" 28 ساله شهروند بازداشتی فلسطینی آورده شده'
            " است.",
            "سامیه موسی مشاهره",
        ),
        # the country's adjective after a name of two words is no part of it
        (
            "رافائل نادال اسپانیایی در ماه جاری در یک مصاحبه عنوان کرد که به رقابت‌ها برمی‌گردد.",
            "رافائل نادال",
        ),
        (
            "ماتیو گارونه کارگردان ایتالیایی با بازی روبرتو بنینی بازیگر برنده اسکار این فیلم"
            " را ساخت.",
            "روبرتو بنینی",
        ),
        (
            "در این فیلم نادر فلاح، سیروس گرجستانی، سام نوری و علی شادمان بازی می‌کنند.",
            "سیروس گرجستانی",
        ),
    ],
)
def test_a_person_stands(text: str, present: str) -> None:
    assert present in names(text), names(text)


def test_a_noun_of_action_ends_no_name() -> None:
    # «کارآفرینی» (job-making) is the object of the verb after the name, no part of it
    found = names(
        "پور سید آقایی کارآفرینی را سومین هدف تجلیل از خادمین دانست و افزود: رضایتمندی مردم"
        " از خدمات موجب توسعه کار و اشتغال می‌شد."
    )
    assert not any("کارآفرینی" in n for n in found), found
    assert no_name_end(key("کارآفرینی")) and no_name_end(key("نقش‌آفرینی"))
    assert not no_name_end(key("جهان‌بینی"))  # «عباس جهان‌بینی» is a name
    # nor opens one of the tagger's: «با نقش آفرینی | دیبا زاهدی» («نقش‌آفرینی» written apart)
    keys = [key(w) for w in "با نقش آفرینی دیبا زاهدی ،".split()]
    assert edges(keys, 2, 5) == (3, 5)
    assert edges(keys, 3, 5) == (3, 5)


def test_a_plural_of_people_is_no_name() -> None:
    # «شاهدان» (witnesses), a plural in «ان» of a frequent word, names no one, and it ends
    # the name run into it («حامیان», supporters); given names in «ان» stand
    assert "شاهدان عینی" not in names(
        "بر اساس اظهارات شاهدان عینی، این مسیر توسط پلیس راهور مسدود شد."
    )
    found = names("حزب انور ابراهیم حامیان ماهاتیر محمد را به سازماندهی یک کودتا متهم کرد.")
    assert "انور ابراهیم" in found and "ماهاتیر محمد" in found, found
    assert not any("حامیان" in n for n in found), found
    assert not plural_of_people(key("مهران")) and not plural_of_people(key("احسان"))


def test_a_countrys_adjective() -> None:
    assert demonym(key("هلندی")) and demonym(key("اسپانیایی")) and demonym(key("ایتالیایی"))
    assert not demonym(key("مصری")) and not demonym(key("عراقی"))  # family names
    assert not demonym(key("بنینی"))  # no word of the language: «روبرتو بنینی»
    assert not demonym(key("ایرانی")) and demonym(key("ایرانی"), alone=True)
