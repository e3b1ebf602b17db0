"""What is no person's name, and where a name ends, by the classes of the false persons read in
the thirteenth store sample (``tests/fixtures/persons_judged_store_13.jsonl``) and those the
twelve before it still held, on sentences of the shared news, and the names that must stand."""

from __future__ import annotations

import pytest
from conftest import names

from khabar.evaluate_posts import _written_longer
from khabar.extract import lexicons as lx
from khabar.extract.named_things import _head
from khabar.model import Person
from khabar.text.segment import token_columns

_SHIPS = (
    "به گزارش روز نو، پنج کشتی به نام‌های «فورچون»، «فارست»، «فاکسون»، «پتونیا» و «کلاول» حامل"
    " سوخت ایران بوده و راهی ونزوئلا شده‌اند."
)
_TANKER = (
    "در ادامه گزارش یورونیوز آمده است: سومین نفتکش ایران به نام فاکسون نیز روز چهارشنبه ۲۷ می‌حدود"
    " ساعت ۱۴:۰۰ به وقت محلی به موقعیت اسکورت خواهد رسید."
)
_TOWN = (
    "شما در ابتدا متوجه نمی‌شوید که از حومه تل‌آویو خارج و وارد شهری به نام بنی براک شده‌اید."
    " وقتی وارد بنی براک شوید، خیلی سریع متوجه خواهید شد که چرا ویروس کرونا در این شهر با این"
    " سرعت شیوع پیدا کرده است."
)
_SHIP = (
    "از سوی دیگر شبکه راشاتودی گزارش داد که به نظر می‌رسد حداقل یک فروند کشتی آمریکایی با نام"
    " «آدام جوزف» در تعقیب نفتکش ایرانی بوده که بعد از وارد شدن به منطقه ویژه اقتصادی ونزوئلا،"
    " دست از تعقیب برداشته است."
)
# a street named after someone, judged his name by the eighth store sample
_RENAMED = (
    "همچنین اعضای شورا در ادامه به تغییر نام خیابان شیشه مینا به نام پرویز دهداری رای مثبت دادند."
)
# a soldier at a base named so
_BASE = (
    "بنا بر این گزارش، یکی از دو هزار نظامی مستقر در پایگاه عین‌الاسد به نام «کیمو کلتس» در توصیف"
    " حمله موشکی ایران گفت، صدای سوت کشیدن موشک را هنگام نزدیک شدن به پایگاه شنید."
)
# readers quoted in spoken Persian, the song's lyricist named after them
_READERS = (
    "برخی در واکنش به این ویدئو نوشتند:«حس آهنگ رو دوست داشتم کاش قرنطینه تموم شه با هم بخونیم"
    " این آهنگ رو»، «عشق کردم با این ویدئو، دمت گرم» یا «خدا رو چه دیدی حتما روزی می‌رسه که مثل"
    " این آهنگ بخونیم: یه چیزی می‌شه دیگه؛ غصه‌هاتو بس کن/ یه چیزی می‌شه دیگه؛ حالتو عوض کن/ به این"
    " روی سکه، چشمامونو ببندیم/ یه روزی می‌رسه که به این روزا می‌خندیم.»تنظیم و آهنگ سازی این قطعه"
    " را خود رضا صادقی انجام داده و شعر آن از رضا شاهین است."
)
# a record put down to him, no thing named so
_RECORD = (
    "این پست ۱۲ بار برای او تمدید شد تا رکوردی که به نام هاشمی رفسنجانی ثبت شده بود شکسته شود و"
    " به نام لاریجانی زده شود."
)
_CALLED = (
    "اسفند سال ۹۶ مردی همراه دختر 18 ساله‌اش به نام نگین به پلیس آگاهی رفت و از پسر ۲۵ ساله‌ای"
    " به نام مانی شکایت کرد."
)
_PROJECT = (
    "وی گفت: اصلاح ساختار تشکیلات موسسه پاستور، تخصیص بودجه برای اجرای پروژه سلمان فارسی که به"
    " مجموعه آزمایشگاه‌های حساس کشور تبدیل خواهد شد از جمله نیازهای موسسه انستیتو پاستور است."
)
_TSAR = (
    "این شهر در سال 1893 بنیاد شد و تا سال 1925 نوونیکولایوسک نامیده می‌شد که به تزار نیکولاس دوم"
    " اشاره داشت."
)
_QUEEN = (
    "به گزارش ایسنا، نشریه سان انگلیس گزارش کرد، ملکه الیزابت دوم و همسرش شاهزاده فیلیپ که به"
    " ترتیب ۹۳ و ۹۸ سال سن دارند، کاخ باکینگه‌ام را ترک کرده و به قلعه ویندسور رفته‌اند."
)
_KING = (
    "مایک پمپئو از مسئولان خواست به دلیل مراعات و ملاحظه پادشاه اردن، ملک عبدالله دوم و کسب زمان"
    " بیشتر برای عادی سازی عربی و بین‌المللی این تصمیم، فعلا از اعلام آن خودداری شود."
)
_RANKS = (
    "در رشته سنگ این رویداد ورزشی سهیل یوسف‌پور به مقام قهرمانی رسید، امیرحسین شبان دوم شد و"
    " امیرمحمد یوسفی مقام سوم را از آن خود کرد."
)
_LIST = (
    "مهدی صرامی، محمدحسین طاهری‌آکردی، محمدرضا باقرزاده اول، فیروز اصلانی، سعید کرمی، احمد سلطانی"
    " شیخ‌علائی، مجتبی ابراهیمی و سید‌محسن دهنوی هم اعضای لیست جبهه پایداری در تهران‌اند."
)
# a song's lines, their breaks lost, in one sentence
_LYRICS = (
    "اون مثل مانکن بودهمش تو زاویه با من بودحالتاش تغییر نمیکردتکلیف عشقمون روشن بودهر قد طلبکار"
    " عشقش شدم دورتر میشدانگار واسه مرگ این عشق همه چی جورتر میشدهمیشه نمیشه جنگید با این همه"
    " سردینمیشه بری و هر وقت بخوای برگردییه روزی می‌فهمی چقدر به من بد کردیمیدونم می‌دونمنمیخوام"
    " بباره بارونی که دلگیرهاز روزی که رفتی بهونتو میگیرهاین قلب وامونده هنوز رو عشق تو گیرهمیدونم"
    " میدونممگه بهت نگفته بودم پای تو میمونمغمت تمام زندگیمه اره من دیوونمعشقت باهامه تو همه"
    " خاطره هامه عزیزمبا من که کله زندگیمی واسه چی بی‌رحمیروزی که دیره تو منو یادت نمیره"
    " عزیزمهمیشه نمیشه جنگید"
)
# a quoted answer in spoken Persian: short, its speaker named
_SPOKEN = (
    "محمدحسین رنجبران ادامه داد: آقا یا یه دلیل دیگه پیدا کن یا براساس آنچه که خودتون گفتید"
    " زمانی که برنامه‌های پرمخاطب صداوسیما پخش می‌شه و ترافیک اینترنت میاد پایین رو به مشترکان"
    " پیشنهاد بدید."
)


@pytest.mark.parametrize(
    "text, absent",
    [
        (_SHIPS, "فاکسون"),  # a list of ships' names
        (_TANKER, "فاکسون"),  # a tanker named so
        (_TOWN, "بنی براک"),  # a town, and written alone after
        (_SHIP, "آدام جوزف"),  # a ship
        (_PROJECT, "سلمان فارسی"),  # a project named after him
        (_TSAR, "نیکولاس"),  # cut short: «نیکولاس دوم»
        (_LYRICS, "خاطره هامه عزیزمبا"),  # lyrics run together
    ],
)
def test_no_person(text: str, absent: str) -> None:
    assert absent not in names(text)


@pytest.mark.parametrize(
    "text, name",
    [
        (_RECORD, "هاشمی رفسنجانی"),  # a record put down to him
        (_RENAMED, "پرویز دهداری"),  # a street named after him: he is named so
        (_BASE, "کیمو کلتس"),
        (_READERS, "رضا شاهین"),
        (_CALLED, "مانی"),  # a young man named so
        (_TSAR, "نیکولاس دوم"),
        (_QUEEN, "ملکه الیزابت دوم"),
        (_KING, "عبدالله دوم"),
        (_RANKS, "امیرحسین شبان"),  # came second: a rank
        (_LIST, "محمدرضا باقرزاده"),  # his own family name, no sovereign's ordinal
        (_SPOKEN, "محمدحسین رنجبران"),
    ],
)
def test_names_that_stand(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "words, head",
    [
        ("سومین نفتکش ایران به نام", "نفتکش"),
        ("پنج کشتی به نامهای", "کشتی"),
        ("وارد شهری به نام", "شهر"),
        ("کارخانه شیر صفاشهر با نام", "کارخانه"),
        ("دو گل به نام", None),  # goals put down to someone
        ("یک خیابان را به نام", None),  # «را»: named so by someone
        ("تغییر نام خیابان شیشه مینا به نام", None),  # a street honours someone
        ("پسر ۲۵ ساله‌ای به نام", None),  # a person
        ("نظامی مستقر در پایگاه عین‌الاسد به نام", None),  # a soldier at the base
        ("در شهری به نام", "شهر"),
    ],
)
def test_the_thing_before_a_name(words: str, head: str | None) -> None:
    keys = lx.keys_of(token_columns(words).words)
    assert _head(keys, len(keys) - 2) == head


def test_a_judged_name_now_reported_whole_keeps_its_posts_judged() -> None:
    # the second posts sample judged «ملکه الیزابت» (noting «ملکه الیزابت دوم»), now reported
    # whole; a given name alone finds no fuller name
    queen, other = Person("ملکه الیزابت دوم"), Person("قاسم جومارت توقایف")
    assert _written_longer([other, queen], "ملکه الیزابت") is queen
    assert _written_longer([other, queen], "ملکه") is None
    assert _written_longer([other], "ملکه الیزابت") is None
