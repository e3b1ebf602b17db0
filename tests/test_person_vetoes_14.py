"""What is no person's name, by the causes read in the fourteenth judged sample
(``tests/fixtures/persons_judged_14.jsonl``), on sentences of the shared news, and the names
that must still stand beside them."""

from __future__ import annotations

import pytest
from conftest import names

from khabar.extract.glued_words import glued
from khabar.extract.lexicons import key
from khabar.extract.no_name_words import no_name


@pytest.mark.parametrize(
    "text, absent",
    [
        # an adverb in «ا» written without its tanvin opens no name
        ("این بیماری در انسان، باعث ایجاد عفونت‌های تنفسی می‌شود که عموما خفیف هستند.", "عموما"),
        # Arabic's «منذ» (since) marks Arabic text
        (
            "فوالله ما زلت مدفوعا عن حقی مستأثرا علی منذ قبض‌الله نبیه صلی‌الله علیه و سلم حتی"
            " یوم الناس هذا.",
            "منذ",
        ),
        # a stream's name follows its word
        (
            "وی اظهار کرد: نهر زرنان با استفاده از لوله‌های فایبرگلاس به جای احداث کانال بتنی"
            " بسیار باصرفه‌تر ساماندهی خواهد شد.",
            "زرنان",
        ),
        # a cup is named after someone, a general's ranks between
        (
            "نشست تصمیم‌گیری پیرامون نحوه برگزاری ادامه دیدار‌های مسابقات والیبال قهرمانی"
            " باشگاه‌های برتر ایران، جام سردار شهید سپهبد حاج قاسم سلیمانی عصر امروز برگزار شد.",
            "سلیمانی",
        ),
        # a permit's name in quotes
        (
            "آن‌ها در پاسخ گفته‌اند قدم زدن در اطراف خانه ممنوع نیست، اما افراد باید برای قدم"
            " زدن مجوز «آتو سرتیفیکیشن» داشته باشند.",
            "سرتیفیکیشن",
        ),
        # an adjective in «ناک» of a frequent noun
        (
            "مثل نیسان‌هایی که در گلی چسبناک گیر کرده‌اند و مردم با طناب مشغول بیرون کشیدن آن‌ها"
            " هستند.",
            "چسبناک",
        ),
        # a frequent noun and «دیده» written as one
        (
            "اما قسمت این بود که در تنهایی و سکوت داغدار شویم.»رضا غمدیده دیگری است که پدرش را"
            " بر اثر ابتلا به کرونا از دست داده.",
            "غمدیده",
        ),
        # a family name run into a frequent word
        (
            "توییت سخنگوی وزارت خارجه درباره دیدار مورفی با ظریفانتقاد پمپئو از دیدار سناتور‌های"
            " آمریکایی با ظریف",
            "ظریفانتقاد",
        ),
        # a listed company's two words
        ("این نوسانات نهایتا موجب شد که گلدمن ساکس در پی تثبیت قیمت سهم برآید.", "گلدمن"),
        # «برای» with a pronoun, a demonstrative run into a word, a noun with its Ezafe
        ("از او می‌خواهم از جبهه رفتن محمود برایم بگوید، از روزهای اول.", "برایم"),
        (
            "هیچ امیدی به زنده ماندنمان نبود. کاوه همینطور که زیر آن باران تیر و گلوله ایستاده"
            " بود فریاد می‌زد.",
            "همینطور",
        ),
        (
            "پدرم به خاطر اینکه، محمود این‌ساز و آوازها را نشنود ودر روحیه‌اش اثر بد نگذارد،"
            " چیزی نگفت.",
            "این‌ساز",
        ),
        ("پدر محمود مغازه‌ی عطاری دارد که سر خانه‌شان هست.", "مغازه"),
        # a light verb after a title
        ("گفت: البته اگر من نتوانم خدمتی به اسلام بکنم و شهید نشوم، نگران نیستم.", "نشوم"),
    ],
)
def test_no_person(text: str, absent: str) -> None:
    found = names(text)
    assert not any(absent in n for n in found), found


@pytest.mark.parametrize(
    "text, whole",
    [
        # a plural in «ات» with a pronoun ends the name before it
        (
            "آقای منصوری تحقیقاتم را در این باره با آنچه در عملیات گزلان از کاوه دیده است کامل"
            " می‌کند.",
            "منصوری",
        ),
        # a foreign given name in «ا» that no word list knows opens a name
        (
            "ربکا کاتز رییس مرکز علم بهداشت و امنیت جهانی در دانشگاه جرج تاون دراین باره به وکس"
            " گفته است.",
            "ربکا کاتز",
        ),
    ],
)
def test_the_name_is_whole(text: str, whole: str) -> None:
    assert names(text) == [whole]


def test_words() -> None:
    assert glued("ظریفانتقاد")
    assert not glued("ثابتقدم")  # a family name of two parts
    assert no_name(key("تحقیقاتم"))
    assert not no_name(key("حاتم"))
    assert no_name(key("غمدیده"))
    assert not no_name(key("پسندیده"))
    assert no_name(key("خطرناک"))
    assert not no_name(key("فرحناک"))
    assert no_name(key("همینطور"))
    assert not no_name(key("همایون"))
    assert not no_name(key("آندره"))
