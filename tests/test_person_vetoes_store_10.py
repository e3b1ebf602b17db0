"""What is no person's name, and where a name ends or goes on, by the classes of the false
persons read in the tenth store sample (``tests/fixtures/persons_judged_store_10.jsonl``), on
sentences of the shared news, and the names that must stand in their place."""

from __future__ import annotations

import pytest
from conftest import names, said

from khabar.extract import lexicons as lx
from khabar.extract.no_name_words import at_no_name_edge, follows_name

_PSYCHOLOGIST = (
    "دکتر فاطمه منفرد پویا روانشناس نیز درباره این پرونده می‌گوید: وقتی این اتفاق رخ داد باید"
    " دقت بیشتری می‌شده است."
)
_MITRA = 'نظریه جدید کارشناسان در بررسی صحنه قتل "میترا استاد" و اعلام آن به دادگاه بود.'
_FRIEND = (
    "بهمن خاوری دوست رومینا گفته قصد ازدواج با دختر را داشته است و دختر به دلیل نارضایتی از"
    " خانواده به او پناه برده و باهم فرار می‌کنند."
)
_DOUSTE = (
    "به گزارش خبرگزاری فارس، فیلیپ دوست بلازی امروز یکشنبه در پاریس به شبکه رادیویی"
    ' "رادیو جی" گفت: جامعه جهانی بر تعلیق کامل فعالیت‌ها تاکید دارد.'
)
_TRUSTEE = (
    "در ادامه متهم فتحی گفت: خانم کلاهدوزان امین من بود، برای همین این ملک‌ها را به نام ایشان زدم."
)
_FALAHI = "گفت: «آن شهید فلاحی که شما نشان دادی، شهید فلاحی ما نبود. شهید فلاحی فرمانده من بود."
_DELEGATION = (
    "وی گفت: اینکه عباس هیئتی را از کرانه باختری به غزه فرستاده است نشان دهنده مرحله جدید است."
)
_PREMIERSHIP = "7 بهمن 1324، احمد قوام نخست‌وزیری را پذیرفت و فرمان وی صادر شد."
_MAZARI = "هزاران نفر از مردم امروز به مراسم سالگرد شهید عبدالعلی مزاری را در کابل برگزار کردند."
_FUGITIVE = (
    "به گفته او، دو نفر از متهمان به نام‌های حمیدرضا حاجی‌اسفندیاری و سیدرضا حسینی متواری هستند."
)
_RICE = (
    "15 بهمن 1296، قحطی و کمبود مواد غذائی در سراسر ایران تشدید شد و دولت روزانه توزیع سی تن"
    " برنج به صورت «دمی پختک» میان مردم فقیر را آغاز کرد."
)
_THERAPY = (
    "هر روز که زمان می‌گذرد «خواهش درمانی» رئیس ستاد ملی مبارزه با کرونا، تجدیدنظر در ترکیب"
    " قرارگاه و ستاد ملی مبارزه با این ویروس را ضروری می‌کند."
)
_VICTORY = (
    "این رسانه‌ها تغییر وتحولات در آمریکا (پیروزی اوباما) وبه حاشیه‌رفتن استراتژی سخت‌افزاری"
    " دولت کنونی واشنگتن را مطرح نمودند."
)
_GLASS = "همیشه سیگاری لای انگشتانش است. فلاسکی چای با استکان و قندان روی میز است."
_MEMORIALS = (
    "وی تصریح کرد: این مناطق عملیاتی شامل ارومیه و یادمان شهدای گمنام، اشنویه و یادمان شهید"
    " آبشناسان، نقده یادمان شهید بروجردی، مهاباد و یادمان خلبان شهید حیدری و نیز سردشت است."
)
_LAUREATES = (
    "برگزیدگان این بخش به شرح زیر معرفی شدند: رتبه اول: «محمد صادق گلچین عارفی» برای نگارش"
    " نمایشنامه «سی زیف» رتبه دوم: «مرضیه شاه دادی» برای نگارش نمایشنامه «ابراهیم» رتبه سوم:"
    " «مهدی افشار قهرمانی» برای نگارش نمایشنامه «راهبان مجسمه گچی» معرفی شدند."
)
_PHOTOGRAPHERS = (
    "رتبه دوم: «مریم قهرمانی‌زاده» برای عکاسی از نمایش «شهرما» رتبه سوم: «علی‌اصغر اظهاری"
    " خوش کار» برای عکاسی از نمایش «گورخواب‌ها» معرفی شد."
)
_LIST = (
    "در این مراسم که سیدعباس صالحی (وزیر فرهنگ و ارشاد اسلامی)، شهرام کرمی(مدیرکل هنرهای"
    " نمایشی)، نادر برهانی مرند (دبیر جشنواره)، مهدی افضلی (مدیرعامل بنیاد فرهنگی رودکی)،"
    " حمیدرضا افتخاری حضور داشتند."
)
_AND = (
    "در مراسم اختتامیه حمید قبادی، شهرام کرمی و نادر برهانی مرند برای تجلیل از این هنرمندان"
    " روی صحنه آمدند."
)
_SHEIKH = "این کتاب به مناسبت یکصد و هشتادمین سالگرد میلاد شیخ اعظم انصاری، پاییز 1373 منتشر شد."
_CONSENT = (
    "رضایت کود ک ۱۳ ساله مخدوش استاین وکیل دادگستری درخصوص اظهارات بهمن درباره رضایت رومینا"
    " نسبت به فرار و همراهی با او می‌گوید: رضایت کودک ۱۳ ساله مخدوش است."
)
_HAJI = (
    "به گزارش روز نو :پنجشنبه هفته گذشته بعد از آن که انتخابات درونی مجلس نشان داد که علی‌رغم"
    " تلاش‌ها رای قالیباف از حاجی بابایی جدی‌ترین رقیب او بیشتر است حاجی بابایی از رقابت در صحن"
    " خودداری کرد."
)
_HAJI_TITLE = "دیدم صدایش قطع شد. به بی‌سیم‌چی او گفتم گوشی را بده دست حاج قاسم سلیمانی."
_BOOK = (
    "در زمینه‌های مختلف گفت‌وگوهایی با آقای هاشمی انجام دادم که نتیجه‌اش کتاب «هاشمی بدون روتوش» شد."
)


@pytest.mark.parametrize(
    "text, absent",
    [
        (_PSYCHOLOGIST, "فاطمه منفرد پویا روانشناس"),  # a psychologist
        (_FRIEND, "بهمن خاوری دوست رومینا"),  # Romina's friend
        (_TRUSTEE, "کلاهدوزان امین"),  # was my trustee
        (_DELEGATION, "عباس هیئتی"),  # sent a delegation
        (_PREMIERSHIP, "احمد قوام نخست‌وزیری"),  # accepted the premiership
        (_FUGITIVE, "سیدرضا حسینی متواری"),  # are on the run
        (_RICE, "دمی پختک"),  # a dish of rice
        (_THERAPY, "خواهش درمانی"),  # pleading as a cure
        (_VICTORY, "پیروزی اوباما"),  # Obama's victory
        (_GLASS, "استکان"),  # a tea glass
        (_MEMORIALS, "حیدری"),  # a memorial named after a pilot
        (_MEMORIALS, "آبشناسان"),
        (_LAUREATES, "مهدی افشار"),  # cut short
        (_LIST, "برهانی مرند"),
        (_AND, "برهانی مرند"),
        (_SHEIKH, "اعظم انصاری"),  # a sheikh's epithet
        (_CONSENT, "بهمن درباره رضایت رومینا"),  # Bahman's words about Romina's consent
        (_HAJI, "بابایی"),  # cut short: «حاجی بابایی»
        (_PHOTOGRAPHERS, "علی‌اصغر اظهاری"),
    ],
)
def test_no_person(text: str, absent: str) -> None:
    assert absent not in names(text)


@pytest.mark.parametrize(
    "text, name",
    [
        (_PSYCHOLOGIST, "فاطمه منفرد پویا"),
        (_MITRA, "میترا استاد"),  # a family name that is a craft too
        (_FRIEND, "بهمن خاوری"),
        (_DOUSTE, "فیلیپ دوست بلازی"),  # no given name after «دوست»
        (_TRUSTEE, "کلاهدوزان"),
        (_FALAHI, "فلاحی"),
        (_DELEGATION, "عباس"),
        (_PREMIERSHIP, "احمد قوام"),
        (_MAZARI, "عبدالعلی مزاری"),  # titled: no subject of a verb before «را»
        (_FUGITIVE, "سیدرضا حسینی"),
        (_LAUREATES, "مهدی افشار قهرمانی"),  # the quotation marks hold the whole name
        (_LAUREATES, "محمد صادق گلچین عارفی"),
        (_PHOTOGRAPHERS, "علی‌اصغر اظهاری خوش کار"),
        (_BOOK, "هاشمی"),  # a book's title: its words stay out of the name
        (_LIST, "نادر برهانی مرند"),  # a given name that is a word too, opening a list's item
        (_AND, "نادر برهانی مرند"),
        (_CONSENT, "بهمن"),
        (_HAJI, "حاجی بابایی"),
        (_HAJI_TITLE, "قاسم سلیمانی"),  # «حاج» before a given name is a title
    ],
)
def test_names_that_stand(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "name, edge",
    [
        ("پیروزی اوباما", True),
        ("خواهش درمانی", True),
        ("استکان", True),
        ("حسن روحانی", False),
    ],
)
def test_edges_that_make_no_name(name: str, edge: bool) -> None:
    assert at_no_name_edge(lx.phrase_keys(name)) is edge


def test_a_fugitive_follows_a_name() -> None:
    assert follows_name(lx.key("متواری"))


# an article's opening and a heading run into the lead (roozno_data_1094): Romina, named alone
# once her friend's name ends before «دوست», is the object of «نباید رومینا را ...» and stands
# before a semicolon that closes her clause; the psychologist named past it speaks
_ROMINA = (
    "خبر قتل رومینا دختر ۱۳ ساله به دست پدرش آن‌قدر تکان‌دهنده است که هنوز هم در باور"
    " نمی‌گنجد؛ ماجرایی که از عشق کودکانه یک دختربچه و البته سهل‌انگاری و غفلت محبوب ۲۶ ساله او"
    " شروع شده و به مرگ تراژیک و خونین رومینایی می‌انجامد که سرشار از زندگی است.\n"
    "پدر و معشوق هرکدام سهمی را در این ماجرا بر عهده دارند.\n"
    "چه مردی که فرزندش را از سر تعصبات کور می‌کشد چه جوان بالغی که عنان زندگی و قلب دختر را به"
    " دست می‌گیرد.\n"
    "قتل رومینا اشرفیبه گزارش روز نو: روز اول خرداد ماه رومینا شرفی دختر ۱۳ ساله تالشی در روستای"
    " سفید سنگان بخش حویق با ضربات داس به دست پدر خود کشته می‌شود.\n"
    "قتلی که در زمره قتل‌های ناموسی قلمداد شده و علت آن عشق دختر به یک مرد بزرگ‌سال ۲۶ ساله و"
    " فرار با او بوده است.\n"
    "اما و اگر‌ها زیاد است.\n"
    "بهمن خاوری دوست رومینا گفته قصد ازدواج با دختر را داشته است و دختر به دلیل نارضایتی از"
    " خانواده به او پناه برده و باهم فرار می‌کنند.\n"
    "او عنوان می‌کند که دلیل اصلی مخالفت خانواده رومینا تفاوت‌های مذهبی بوده است.\n"
    "بیشتر بخوانید: روایت تازه از قتل رومینا؛ پدر در زندان از بی‌آبرویی جسد و قبر «ناموسش»"
    " می‌ترسدنباید رومینا را با خانواده تنها می‌گذاشتنددکتر فاطمه منفرد پویا روانشناس نیز درباره"
    " این پرونده می‌گوید: وقتی این اتفاق رخ داد از نظر روان‌شناسی باید دقت بیشتری می‌شده است.\n"
)
# no one is named past the semicolon: the one named before it speaks on
_YOUTH = (
    "آنچه از این سخنان بر می‌اید، حضرت آیت‌الله خامنه‌ای به عنوان رهبر انقلاب در ترسیم آینده"
    " جمهوری اسلامی بر نقش جوانان تاکید زیادی دارند؛ ایشان معتقدند که گردش نخبگان اگرچه تاکنون"
    " شاید به درستی صورت نگرفته باشد، اما ناگزیر از این موضوع کار باید به جوانان سپرده شود."
)


def test_the_one_named_past_a_semicolon_speaks() -> None:
    assert [person for person, _ in said(_ROMINA)] == ["بهمن خاوری", "فاطمه منفرد پویا"]


def test_the_one_named_before_a_semicolon_speaks_where_no_one_is_named_past_it() -> None:
    assert [person for person, _ in said(_YOUTH)] == ["خامنه‌ای"]


def test_a_name_after_about_and_its_noun_is_no_speaker() -> None:
    # Romina is a person of the article: the lawyer named before speaks on, not she
    lawyer = "شیما قوشه وکیل دادگستری به رویداد۲۴ می‌گوید: پلیس باید دقت می‌کرد.\n"
    speakers = [person for person, _ in said(_ROMINA + lawyer + _CONSENT)]
    assert speakers[-2:] == ["شیما قوشه", "شیما قوشه"]
