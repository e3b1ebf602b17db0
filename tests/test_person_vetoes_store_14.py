"""What is no person's name, and where a name ends, by the classes of the false persons read in
the fourteenth store sample (``tests/fixtures/persons_judged_store_14.jsonl``) and those the
thirteen before it still held, on sentences of the shared news, and the names that must stand."""

from __future__ import annotations

import pytest
from conftest import names

from khabar.extract import lexicons as lx

_AGHA = (
    "به گزارش خبرگزاری فارس از قزوین به نقل از روابط عمومی اداره کل حفاظت محیط زیست استان"
    " قزوین، علی‌آقا فرهادی اظهار داشت: در گذشته جرایم مربوط به شکار و صید غیرمجاز، بسیار ناچیز"
    " بود و بازدارندگی لازم را نداشت."
)
_MERCHANT = (
    "26 بهمن 1311، حاج حسین‌آقا امین الضرب، نماینده مجلس و رییس اتاق تجارت در سن ۶۲ سالگی بر اثر"
    " سکته قلبی درگذشت."
)
# «حاج» is a pilgrim's title, no given name: «آقا» run into it stays a title
_PILGRIM = (
    "در یکی از خاطرات این کتاب آمده است: حاج‌آقا ابوترابی، مرتب می‌گفت که به عراقی‌ها احترام"
    " بگذارید تا نسبت به بچه‌ها تعرض نکنند."
)
_MARTYR = (
    "در محلی که خودش به وصیت معین کرده بود در گلزار شهدای کرمان، کنار شهید حسین آقا یوسف الاهی،"
    " در آغوش خاک وطن، آرام گیرد."
)
_PLAN = (
    "روستای قورت دره یکی از روستاهای بی‌امکانات در شهرستان بیجار بود که در قالب طرح شهید شوشتری"
    " تصمیم به انتقال آن به نقطه‌ای دیگر شد."
)
_HEADING = "انتقال «قورت دره» در طرح شهید شوشتری"
# the plan of a person named, no plan named after him
_PEACE_PLAN = (
    "وی گفت: ما از اینکه برخی کشورهای عربی در اعلام طرح صلح دونالد ترامپ، رئیس جمهور آمریکا"
    " مشارکت داشتند متأسفیم."
)
_ACCUSED = (
    "وی در ادامه با اشاره به مشخصات ۳ تن از متهمان دیگر پرونده گفت: بهروز رسولی اصل بازداشت از"
    " تاریخ ۵ اسفند ماه ۹۸، متهم است به اخلال جزئی در امر توزیع مایحتاج عمومی."
)
# two persons joined by «و», the second's given name glued to it (the sixth store sample)
_AND_GLUED = (
    "وزنه‌بردار فوق سنگین ایران در پاسخ به این پرسش که برای رسیدن به جایگاهی که بهداد سلیمی وسعید"
    " علی حسینی به آن رسیدند چه شرایطی باید برایش فراهم شود، پیش‌تر به رسانه‌ها گفت: در وهله اول"
    " نباید آسیب ببینم."
)
# a given name of its own in «و», after a name in a list
_PLAYERS = (
    "سید حسین حسینی، محمد نادری، محمد حسین مرادمند، سیاوش یزدانی، عارف غلامی، مسعود ریگی، فرشید"
    " اسماعیلی، مهدی قائدی، ووریا غفوری، ارسلان مطهری، آرش رضاوند دیدار دو تیم از ساعت 19:45 در"
    " ورزشگاه آزادی برگزار می‌شود."
)
# a law's article after a name, its number after it («اجرای اصل 44 قانون اساسی» in the news;
# no name stands right before it there)
_ARTICLE = "به گزارش فارس، حسن روحانی اصل ۴۴ قانون اساسی را یادآوری کرد."


@pytest.mark.parametrize(
    "text, absent",
    [
        (_AGHA, "فرهادی"),  # cut short: «علی‌آقا فرهادی»
        (_MERCHANT, "امین الضرب"),  # cut short: «حسین‌آقا امین الضرب»
        (_PLAN, "شوشتری"),  # a plan named after a martyr
        (_HEADING, "شوشتری"),
        (_ACCUSED, "بهروز رسولی"),  # cut short: «رسولی اصل»
        (_AND_GLUED, "علی حسینی"),  # cut short: «سعید علی حسینی»
    ],
)
def test_no_person(text: str, absent: str) -> None:
    assert absent not in names(text)


@pytest.mark.parametrize(
    "text, name",
    [
        (_AGHA, "علی‌آقا فرهادی"),
        (_MERCHANT, "حسین‌آقا امین الضرب"),
        (_PILGRIM, "حاج‌آقا ابوترابی"),  # as before: the title taken in by the tagger
        (_MARTYR, "حسین آقا یوسف الاهی"),
        (_PEACE_PLAN, "دونالد ترامپ"),
        (_ACCUSED, "بهروز رسولی اصل"),
        (_ARTICLE, "حسن روحانی"),
        (_AND_GLUED, "سعید علی حسینی"),
        (_AND_GLUED, "بهداد سلیمی"),
        (_PLAYERS, "ووریا غفوری"),
    ],
)
def test_names_that_stand(text: str, name: str) -> None:
    assert name in names(text)


def test_agha_run_into_a_given_name_is_a_given_name() -> None:
    assert lx.key("علی‌آقا") in lx.first_names()
    assert lx.key("حاج‌آقا") not in lx.first_names()  # a title: «حاج» is no given name
    assert lx.key("آقا") not in lx.first_names()
