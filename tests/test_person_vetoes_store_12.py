"""What is no person's name, and where a name ends, goes on or opens, by the classes of the
false persons read in the twelfth store sample (``tests/fixtures/persons_judged_store_12.jsonl``)
and those the eleven before it still held, on sentences of the shared news, and the names
that must stand in their place."""

from __future__ import annotations

import pytest
from conftest import names

from khabar.extract import lexicons as lx
from khabar.extract.glued_ends import glued_end
from khabar.extract.no_name_words import _height_after, _place_alone
from khabar.extract.run_on_words import _indefinite_plural, _kin_of_next

_BROTHER = "احمد بن عبدالعزیز برادر پادشاه سعودی و محمد بن نایف ولیعهد سابق عربستان است."
_OPPONENTS = (
    "«کیهان» مخالف رفتن روحانی بود. بااین‌حال رفتن حسن روحانی مخالفانی نیز در همان جناح اصولگرا"
    " داشت."
)
_OR = (
    "مثلا همان زمان که بنده را به امامت جمعه تهران انتخاب کردند، همزمان آیت‌الله اشرفییا"
    " آیت‌الله دستغیب را هم به امامت جمعه منصوب کردند که سنین بالایی داشتند."
)
_QUEEN = (
    "علاوه بر این فیلم سرزمین مقدس روایتگر عشق سردار سپاهیان مسیحی به ملکه اورشلیم هم هست که به"
    " نوعی این عشق با ماجرای جنگ‌های صلیبی گروه خورده است."
)
_KING = (
    "دو روز گذشته «ملک سلمان» پادشاه سعودی، به گارد ملی این کشور به فرماندهی «متعب بن عبدالله»"
    " دستور داد تا در مرز با یمن مستقر شوند."
)
_HOSPITAL = (
    "اینترن دیگری که در بیمارستان زنان محب یاس است می‌گوید:« بیمارستان به صورت شبانه تخلیه‌شده است.»"
)
_FATIMA = (
    "حجت‌الاسلام و المسلمین حسن روحانی روز شنبه در نشست زنان ایرانی به مناسبت ولادت حضرت فاطمه"
    " زهرا(س) گفت: میلاد با سعادت دخت پیامبر اسلام فاطمه اطهر را به همه حضار و ملت ایران تبریک"
    " و تهنیت می‌گویم."
)
_MARY = (
    'یا اشاره منوچهری به داستان آبستن شدن مریم در این شعر: "بی‌شوی شد آبستن چون مریم عمران / وین'
    " قصه بسی خوب‌تر و خوش‌تر از آنست"
)
_GLUED = (
    "آنهابدون آنکه بدانندائمه معصومین علیهم‌السلام به هنگام مریضی به پزشک مراجعه میکردندوحضرت"
    " معصومه نیزبابیماری ازدنیارفت، میگویندبه حرم هابیماری وارد نمی‌شود."
)
_SWIMMERS = (
    "50 متر کرال پشت 11تا 12 سال نجمه نیکو کار مقام اول نازنین عاشق حسینی مقام دوم فاطمه کلائی"
    " مقام سوم"
)
# an article about Guinea, its capital named after the country's name
_GUINEA = (
    "«کوناکوری / Kɔnakiri / Conakry» پایتخت کشور گینه و بندری بر کرانه اقیانوس اطلس است. کشور"
    " گینه پیش از این گینه کوناکری نامیده می‌شد. امروزه نیز گاه به آن گینه کوناکری می‌گویند تا"
    " از گینه بیسائو و جمهوری گینه استوایی بازشناخته شود. شهرهای اصلی گینه عبارتند از کوناکری،"
    " کانکان، نزرکوره، کیندیا، لابه، گوئکدو، مامو و بوکه."
)
_HILLS = (
    "این تپه‌ها عبارتند از: ماونت هیلابی (۳۴۰ متر)، در جنوب غرب لانگ پاند، کسل گرنت (۳۳۸ متر)، در"
    " جنوب لانگ پاند، فارلی هیل (۲۵۱ متر) در غرب لانگ پاند و ماونت استپنی (۲۴۶ متر) در شمال غرب"
    " لانگ پاند."
)
_GILANI = (
    'حزب مردم پاکستان که در انتخابات پارلمانی این کشور به پیروزی رسید "یوسف رضا گیلانی" را به'
    " عنوان نامزد خود برای احراز پست نخست‌وزیر معرفی کرد."
)
# a results list of a swimming match, each name before its rank, the age groups between
_RESULTS = (
    "در بخش انفرادی 50 متر کرال سینه رده سنی 11 تا 12 سال الما برزگر مقام اول رامیلا عباسی"
    " مقام دوم پریسا کاویانی مقام سوم رده سنی 13 تا 14 سال بهار نیک‌اخلاق مقام اول تینا فرهنگ"
    " مقام دوم فاطمه کریمی مقام سوم رده سنی 15 تا 17 سال معصومه حسن زارعی مقام اول زهرامحمد"
    " جعفری مقام دوم هدیه بیاتی مقام سوم رده سنی بزرگسالان زهرا فراهانی مقام اول محدثه حیدری"
    " مقام دوم مهسا عقیلی مقام سوم 100 متر کرال سینه رده سنی 11 تا 12 سال مائده صابری مقام اول"
    " الما برزگر مقام دوم نازنین عاشق حسینی مقام سوم رده سنی 13 تا 14 سال فاطمه امتی مقام اول"
    " بهار نیک اخلاق مقام دوم تینا فرهنگ مقام سوم رده 15 تا 17 سال سارینا نوروزی مقام اول زهرا"
    " محمد جعفری مقام دوم نگار کرمی مقام سوم رده سنی بزرگسالان کیمیا دباغچی مقام اول پریسا"
    " احمدی مقام دوم مهسا عقیلی مقام سوم 50 متر قورباغه 11تا 12 سال یاسمین اروجی مقام اول"
    " فاطمه قهاری مقام دوم ستایش فضلی مقام سوم 13 تا 14 سال رژین شوشیان مقام اول هما دهقانی"
    " مقام دوم مهدیه ایرانشاهی مقام سوم 15 تا 17 سال صبا مهراد مقام اول نیایش سوسن ابادی مقام"
    " دوم ملیکا بهزادی‌پور مقام سوم رده سنی بزرگسالان زهرا حاجی‌حاجی مقام اول نرجس تند کاران"
    " مقام دوم مریم صادقی مقام سوم 100 متر قورباغه 11تا 12 سال رامیلا عباسی مقام اول یاسمین"
    " اروجی مقام دوم پارمیس حمزه مقام سوم 13تا 14 سال رژین شوشیان مقام اول یکتا صادقی مقام دوم"
    " هما دهقانی مقام سوم 15تا 17 سال صبا مهراد مقام اول نیایش سوسن آبادی مقام دوم ملیکا"
    " بهزادی مقام سوم رده سنی بزرگسالان زهرا حاجی‌حاجی مقام اول مهفام صحرانورد مقام دوم طاهره"
    " زاهدی مقام سوم 50 متر پروانه رده سنی 11 تا 12 سال رامیلا عباسی مقام اول آرمیتا احمدی"
    " مقام دوم فاطمه کلائی مقام سوم 13تا 14 سال فاطمه امتی مقام اول رژین شوشیان مقام دوم صبا"
    " فرهنگ مقام سوم 14تا 15 سال آگرین شوشیان مقام اول حدیث حاجی حاجی مقام دوم زهرا محمدجعفری"
    " مقام سوم رده سنی بزرگسالان نرجس تند کاران مقام اول کیمیا دباغچی مقام دوم کیمیا انفرادی"
    " مقام سوم 100 متر پروانه 11تا 12 سال مائده صابری مقام اوال آیلین سیفی مقام دوم فاطمه"
    " قهاری مقام سوم 13تا 14 سال فاطمه امتی مقام اول صبا آخوندی مقام دوم فریده عبدالکریمی مقام"
    " سوم 15 تا 17 سال سارینا نوروزی مقام اول آگرین شوشیان مقام دوم نگار کرمی مقام سوم رده سنی"
    " بزرگسالان نرجس تندکاران مقام اول پریسا احمدی مقام دوم کیمیا دباغچی مقام سوم"
)


@pytest.mark.parametrize(
    "text, absent",
    [
        (_BROTHER, "احمد بن عبدالعزیز برادر"),  # the king's brother
        (_OPPONENTS, "حسن روحانی مخالفانی"),  # some opponents
        (_OR, "اشرفییا"),  # «یا» (or) run into the name
        (_QUEEN, "ملکه اورشلیم"),  # the queen of Jerusalem: a post
        (_HOSPITAL, "محب یاس"),  # a hospital for women
        (_FATIMA, "فاطمه اطهر"),  # a holy figure
        (_MARY, "مریم عمران"),  # Mary of Imran, in verse
        (_GLUED, "معصومه نیزبابیماری ازدنیارفت"),  # «و حضرت» run into the word before
        (_SWIMMERS, "نجمه نیکو"),  # cut short: «نیکو کار»
        (_GUINEA, "کوناکری"),  # a listed city
        (_HILLS, "فارلی هیل"),  # a hill, its height in metres after it
    ],
)
def test_no_person(text: str, absent: str) -> None:
    assert absent not in names(text)


@pytest.mark.parametrize(
    "text, name",
    [
        (_BROTHER, "احمد بن عبدالعزیز"),
        (_OPPONENTS, "حسن روحانی"),
        (_OR, "اشرفی"),
        (_OR, "دستغیب"),
        (_KING, "سلمان"),  # a king named by his name, no place
        (_FATIMA, "حسن روحانی"),
        (_SWIMMERS, "نجمه نیکو کار"),  # «نیکوکار», a family name written apart
        (_SWIMMERS, "فاطمه کلائی"),
        (_GILANI, "یوسف رضا گیلانی"),  # a family name in «انی», no plural
    ],
)
def test_names_that_stand(text: str, name: str) -> None:
    assert name in names(text)


def test_a_results_list_opens_an_item_at_its_given_name() -> None:
    found = names(_RESULTS)
    assert "رامیلا عباسی" in found
    assert "عباسی" not in found
    assert "آرمیتا احمدی" in found


@pytest.mark.parametrize(
    "words, kin",
    [
        ("احمد بن عبدالعزیز برادر پادشاه سعودی", True),  # before a royal title
        ("ملا عبد الغنی برادر طی این هفته", False),  # Baradar, his name
        ("ملا عبد الغنی برادر معاون سابق", False),  # a post after his name
    ],
)
def test_kin_ends_a_name_before_whose_kin_it_is(words: str, kin: bool) -> None:
    keys = lx.phrase_keys(words)
    assert _kin_of_next(keys, keys.index("برادر") + 1) is kin


@pytest.mark.parametrize(
    "word, plural",
    [("مخالفانی", True), ("گیلانی", False), ("روحانی", False), ("کرمانی", False)],
)
def test_an_indefinite_plural_is_no_family_name(word: str, plural: bool) -> None:
    assert _indefinite_plural(lx.key(word)) is plural


@pytest.mark.parametrize(
    "word, cut", [("اشرفییا", 5), ("سوفیا", 0), ("ماریا", 0), ("کیمیا", 0), ("اشرفی", 0)]
)
def test_or_run_into_a_family_name(word: str, cut: int) -> None:
    assert glued_end(word) == cut


@pytest.mark.parametrize(
    "word, place",
    [("کوناکری", True), ("نووسیبیرسک", True), ("داروین", False), ("سالوادور", False)],
)
def test_a_listed_place_of_one_word_names_no_one(word: str, place: bool) -> None:
    # «داروین», «سالوادور»: a family name and a given name too, left to the rules
    assert _place_alone([lx.key(word)], 0) is place


@pytest.mark.parametrize(
    "words, height",
    [
        ("فارلی هیل ( ۲۵۱ متر ) در غرب", True),
        ("کسل گرنت ( 338 متر ) ،", True),
        ("علی سرتیپی ( فیلمیران ) از", False),  # a person's company in brackets
        ("ماریو مونیچلی ( 1991 ) بر اساس", False),  # a year
    ],
)
def test_a_height_in_metres_names_a_hill(words: str, height: bool) -> None:
    keys = lx.phrase_keys(words)
    assert _height_after(keys, 2) is height
