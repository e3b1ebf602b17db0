"""What is no person's name, and where a name ends or goes on, by the classes of the false
persons read in the eleventh store sample (``tests/fixtures/persons_judged_store_11.jsonl``),
on sentences of the shared news, and the names that must stand in their place."""

from __future__ import annotations

import pytest
from conftest import names

from khabar.extract import lexicons as lx
from khabar.extract.glued_ends import zadeh_run_on
from khabar.extract.named_places import counted_item
from khabar.extract.namewords import arabic_written
from khabar.extract.no_name_words import at_no_name_edge

_SYNDROME = (
    "این ویروس، بیماری «سندرم زجر تنفسی حاد» یا ARDS را در فرد مبتلا ایجاد می‌کند، یک بیماری"
    " خطرناک و نارسایی دستگاه تنفسی است."
)
_CLUB = "7 بازیکن دیگر آلانیا اسپور نیز در این سانحه زخمی شدند."
_LAWYERS = (
    "محمود حاجلوئی و مسعود افرازه وکلای میترا استاد به خبرنگار گفتند که ساعتی پیش از وکالت این"
    " پرونده استعفا داده‌اند."
)
_SCHOOL = (
    "زنگ مشارکت با حضور امام جمعه، فرماندار و شهردار در دبستان دخترانه نسترن آشخانه نواخته شد."
)
_SCHOOL_OF_A_MARTYR = "زنگ مشارکت در دبستان دخترانه شهید مریم فرهانیان نواخته شد."
_COALITION = (
    'سید "مقتدا صدر" رهبر جریان صدر و رهبر معنوی ائتلاف سائرون در پارلمان عراق گفت که آن‌ها جایی'
    " در عراق ندارند. رهبر معنوی ائتلاف سائرون اضافه کرد: حاکمیت و آزادی باید حفظ شود."
)
_TERMINALS = (
    "مدیرعامل سازمان پایانه‌ها و پارک سوارهای شهرداری تهران از افتتاح سه پایانه ایستگاهی"
    " نیمه‌متمرکز پونک، شیخ فضل الله نوری و ساوه تا قبل از مهرماه امسال خبرداد."
)
_TERMINAL = (
    "مسافران بنابر این دو پایانه نیمه‌متمرکز شیخ فضل الله نوری واقع در ابتدای اتوبان را به کار"
    " می‌گیرند."
)
_UNIVERSITIES = "رئیس دو دانشگاه، علی احمدی گفت که کلاس‌ها تا پایان هفته تعطیل است."
_AYMAN = (
    "به گزارش ایسنا، أیمن سوسان، معاون وزیر خارجه سوریه در مصاحبه با روزنامه الوطن درباره ورود"
    " جنگ علیه سوریه به دهمین سال خود اظهار کرد: ملت سوریه به سمت پیروزی گام برمی‌دارد."
)
# a writer named with no post: the «وی» of the king his article quotes would be given to him
_WRITER = (
    "أنور الزیادات در وب‌سایت روزنامه «العربی الجدید» نوشت: منطقه در انتظار یک برخورد بزرگ است."
)
_CREW = (
    'نام سریال: "میجان "تهیه‌کننده: سعید پروینی کارگردان: مرجان اشرفی زادهپروژه‌های دایر در'
    " مرحله فیلمبرداری:۱."
)
_SAGE = (
    "مریم گلی یکی از اعضای خانواده نعناعیان و یک گیاه دارویی معطر است که از گذشته‌های دور در"
    " پزشکی سنتی استفاده می‌شود. در یک مطالعه، عصاره مریم گلی فعالیت ویروس را مهار کرد."
)
_MARYAM = "مریم گلی مدیر روابط عمومی شرکت گفت که این گیاه دارویی در بازار کمیاب است."
_LIKE_ZANJANI = (
    "یادمان نرفته از دل سیستم نظارتی مجلسی اصول‌گرا بابک زنجانی‌ها متولد شدند که چندین میلیارد"
    " دلار از درآمدهای کشور را به سرنوشتی نامعلوم دچار کنند."
)
_LIKE_QASEM = "این دستاوردها با مجاهدت مردانی چون حاج قاسم‌ها بدست آمده است."
_EDITOR = "سعید انصاری موسیقی متن این فیلم را ساخت و سمیه نصیری‌ها این اثر را تدوین کرد."
_FACTORY = (
    "مدیرکل آموزش فنی و حرفه‌ای سیستان و بلوچستان افزود: کارخانه تولید لوله و پروفیل فلزی آریا"
    " چابهار با ظرفیت تولید سالانه ۱۰۰ هزار تن لوله و پروفیل افتتاح شد."
)
_WRESTLER = "کسب مدال طلای حمید سوریان در کشتی فرنگی پس از 40 سال بسیار ارزشمند بود."
_POEMS = (
    "دروسی مانند «غزل در این سرای بی‌کسی» اثر هوشنگ ابتهاج، «غزل جوانی» رهی معیری، شعر «به کجا"
    " چنین شتابان» شفیعی‌کدکنی و یک داستان از بزرگ علوی حذف شده است."
)
_ACTRESS = "«غزل شاکری» بازیگر سینما گفت: این نقش برای من تجربه تازه‌ای بود."


@pytest.mark.parametrize(
    "text, absent",
    [
        (_SYNDROME, "سندرم زجر تنفسی"),  # a syndrome
        (_CLUB, "آلانیا اسپور"),  # a Turkish club
        (_LAWYERS, "مسعود افرازه وکلای"),  # Mitra Ostad's lawyers
        (_SCHOOL, "نسترن آشخانه"),  # a school for girls
        (_SCHOOL_OF_A_MARTYR, "مریم فرهانیان"),  # named after a martyr
        (_COALITION, "سائرون"),  # a coalition
        (_TERMINALS, "فضل الله نوری"),  # a terminal named after him
        (_TERMINAL, "فضل الله نوری"),  # a semi-central terminal
        (_WRITER, "أنور الزیادات"),  # no post said after the name: left out as before
        (_CREW, "مرجان اشرفی"),  # cut short: «اشرفی زاده»
        (_SAGE, "مریم گلی"),  # a plant
        (_LIKE_ZANJANI, "بابک زنجانی‌ها"),  # the like of him
        (_LIKE_QASEM, "قاسم‌ها"),
        (_FACTORY, "آریا چابهار"),  # a factory of Chabahar
        (_POEMS, "غزل جوانی"),  # a poem's title
    ],
)
def test_no_person(text: str, absent: str) -> None:
    assert absent not in names(text)


@pytest.mark.parametrize(
    "text, name",
    [
        (_LAWYERS, "مسعود افرازه"),
        (_LAWYERS, "میترا استاد"),  # their client, named after them
        (_COALITION, "مقتدا صدر"),
        (_UNIVERSITIES, "علی احمدی"),  # no list goes on past the comma
        (_AYMAN, "أیمن سوسان"),  # an Arab's given name spelt with «أ»
        (_CREW, "مرجان اشرفی زاده"),
        (_CREW, "سعید پروینی"),
        (_MARYAM, "مریم گلی"),  # a person: no plant's word before the name
        (_EDITOR, "سمیه نصیری‌ها"),  # a family name in «‌ها», a singular verb
        (_WRESTLER, "حمید سوریان"),  # a family name that is a town's too, no factory
        (_POEMS, "رهی معیری"),
        (_POEMS, "هوشنگ ابتهاج"),
        (_ACTRESS, "غزل شاکری"),  # a post after the quotes, no poet
    ],
)
def test_names_that_stand(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "name, edge",
    [
        ("سندرم سپسیس", True),
        ("آلانیا اسپور", True),
        ("حسن عباسپور", False),
    ],
)
def test_edges_that_make_no_name(name: str, edge: bool) -> None:
    assert at_no_name_edge(lx.phrase_keys(name)) is edge


def test_a_counted_list_of_places_goes_on_past_its_comma() -> None:
    keys = lx.phrase_keys("سه پایانه ایستگاهی نیمه‌متمرکز پونک ، شیخ فضل الله نوری و ساوه")
    assert counted_item(keys, keys.index("،"))
    keys = lx.phrase_keys("رئیس دو دانشگاه ، علی احمدی گفت")
    assert not counted_item(keys, keys.index("،"))


def test_an_arabic_spelling_of_a_given_name_outside_a_verse() -> None:
    words = ["،", "أیمن", "سوسان", "،", "معاون"]
    assert not arabic_written(words, [lx.key(w) for w in words], 1, 3)
    words = ["ربنا", "أمتنا", "اثنتین", "،", "وزیر"]
    assert arabic_written(words, [lx.key(w) for w in words], 1, 3)  # a verse's words
    words = ["أنور", "الزیادات", "در", "وب‌سایت"]
    assert arabic_written(words, [lx.key(w) for w in words], 0, 2)  # no post said


@pytest.mark.parametrize(
    "word, cut",
    [("زادهپروژه‌های", 4), ("زادهمدیرعامل", 4), ("زاده", 0), ("زادگاه", 0)],
)
def test_zadeh_run_into_the_next_word(word: str, cut: int) -> None:
    assert zadeh_run_on(word) == cut
