"""What is no person's name, by the classes of the false persons read in the ninth store
sample (``tests/fixtures/persons_judged_store_9.jsonl``), on sentences of the shared news, and
the names that must stand in their place."""

from __future__ import annotations

import pytest
from conftest import names

from khabar.extract import lexicons as lx
from khabar.extract.no_name_words import at_no_name_edge

_BUKHARI = (
    "بخاری، محمد بن اسماعیل، الصحیح البخاری، با شرح کرمانی، بیروت، داراحیاء التراث العربی، ١٤١٦ق."
)
_PRESS = "مناقب آل ابی طالب، نجف، المطبعه الحیدریه، ١٣٧٦ش."
_GRAHAM = (
    '"با این حال در نشانه‌ای از حسن همکاری، سناتور جمهوری‌خواه لیندسی گراهام که از مدافعان'
    ' سرسخت ترامپ است، روز چهارشنبه عملکرد "خوب" شف از حزب مخالف را به او تبریک گفت.'
)
_MESSAGE = (
    "به گزارش روز نو :به نقل از آسوشیتدپرس، «الکساندر شالنبرگ» وزیر خارجه اتریش بعد از دیدار"
    " با «هایکو ماس» همتای آلمانی خود در برلین گفت که طی روزهای شنبه و یکشنبه آینده برای"
    " ارسال «پیام اروپایی» به ایران سفر می‌کند."
)
_NOWRUZ = (
    "نوروز آنگاه خجسته خواهد شد که ما از بند برخی توهمات در سیاست داخلی و خارجی و نسبت میان"
    " این دو رسته باشیم."
)
_MAMMADOV = (
    "به گزارش خبرگزاری فارس، نوروز محمداف رئیس اداره امور پستی در وزارت ارتباطات و فناوری"
    " اطلاعات آذربایجان گفت: این طرح اجرا می‌شود."
)
_LYRICS = (
    "لحظه‌ای که تو رو راهی کردممیدونستم چه گناهی کردمکه عذابش جونمو میگیره میگیرهدوری تو از"
    " خودم دورم کرد"
)
_TEAM = (
    "مدیرکل ورزش و جوانان کردستان دوشنبه شب در مراسم تجلیل از قهرمانان تیم هندبال بانوان شهید"
    " شاهرخ شکوهی در سالن بهنام‌شاد سنندج گفت: از ورزش این استان حمایت می‌کنیم."
)
_GUARD = "اعضای تیم حفاظت شهید قاسم سلیمانی در این مراسم حاضر بودند و از خاطرات او گفتند."
_MESSI = (
    "با این حال هیچیک از این دو گل به نام لیونل مسی به ثبت نرسید تا انتظار او برای گلزنی ۹۰"
    " دقیقه دیگر تمدید شود. مسی پیش از بازی مقابل تیم‌های والنسیا، لوانته و رئال بتیس هم"
    " نتوانسته بود گلی به ثمر برساند."
)


@pytest.mark.parametrize(
    "text, absent",
    [
        (_BUKHARI, "الصحیح البخاری"),  # al-Bukhari's Sahih, a book
        (_PRESS, "المطبعه الحیدریه"),  # a press
        (_PRESS, "مناقب آل ابی طالب"),  # a book of virtues
        (_GRAHAM, "حسن همکاری"),  # good cooperation
        (_MESSAGE, "پیام اروپایی"),  # a European message
        (_NOWRUZ, "نوروز آنگاه خجسته"),  # Nowruz will then be blessed
        (_NOWRUZ, "نوروز"),
        (_LYRICS, "عذابش جونمو"),  # a song
        (_TEAM, "شاهرخ شکوهی"),  # a team named after him
        (_MESSI, "مسی"),  # cut short: «لیونل مسی»
    ],
)
def test_no_person(text: str, absent: str) -> None:
    assert absent not in names(text)


@pytest.mark.parametrize(
    "text, name",
    [
        (_BUKHARI, "محمد بن اسماعیل"),
        (_GRAHAM, "لیندسی گراهام"),
        (_MESSAGE, "الکساندر شالنبرگ"),
        (_MESSAGE, "هایکو ماس"),
        (_MAMMADOV, "نوروز محمداف"),
        (_GUARD, "قاسم سلیمانی"),  # his guard, no team named after him
        (_MESSI, "لیونل مسی"),  # a given name the lists lack, past the news' ordinary words
    ],
)
def test_names_that_stand(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "name, edge",
    [
        ("اورم الکبری", True),  # a village of Aleppo's countryside
        ("زینب الکبری", True),  # a holy figure's epithet
        ("حسن ختام", True),  # a good close
        ("حسن روحانی", False),
    ],
)
def test_edges_that_make_no_name(name: str, edge: bool) -> None:
    assert at_no_name_edge(lx.phrase_keys(name)) is edge
