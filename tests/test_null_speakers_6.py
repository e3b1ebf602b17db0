"""Quotes left with no speaker, a sixth random draw (``null_speakers_judged_6.jsonl``), judged
by reading before any rule was written for it."""

from __future__ import annotations

from conftest import said
from null_draws import check_as_drawn, check_since, draws_before

DRAW = "null_speakers_judged_6.jsonl"
EARLIER = draws_before(6)

# ``null_speakers_judged_6.jsonl``: 100 quotes drawn at random (seed 9090,
# ``scripts/draw_null_speakers.py --but`` the five earlier draws) from the 2,781 quotes with
# neither speaker nor organization of the extraction of all the shared news at 2a97ad8, outside
# the gold's articles and those of the five earlier draws, each judged by reading its article
# before any rule was written for it: 46 name a speaker a reader gives them to (8 a body, an
# outlet, a state or the government), 40 no one, 14 are no statement. As drawn, none of the 46
# right, and none of the 40 credited. Since, 4 right: «او» after the comma of «پرسید», the one
# asked (``asked.answer_after_question``); «این وبلاگ‌نویس» an anaphor (``post_anaphors.tsv``);
# «متن کامل نامه» past a source and a title (``quotes._text_by``); «متن یادداشت» with no writer
# named, the one the lead says wrote it (``given_texts``).
CLASSES = {
    "person": 13,  # a person khabar never finds
    "body": 8,  # a body, outlet or state
    "lead": 6,  # a post alone, the holder named after
    "anaphor": 6,  # «وی», «او» or an anaphoric post of a person named, not read
    "post": 5,  # a post or an epithet of a person the article names in other words
    "glued": 3,  # a subheading run into the subject
    "subject": 2,  # a named subject the rules miss
    "paper": 2,  # a person's letter or note, going on
    "inside": 1,  # told inside another's account
    "none": 40,
    "nostmt": 14,
}
SINCE = 6  # and 1 since «"سالی نینیسته"» in quotes opens a reporting clause (``reported_names``);
# and 1 since «یواس‌ای‌تودی» written joined is listed; and 2 since a heading's verb before the
# name or post that opens the clause («... باشد مزارعی پنجشنبه در مطلبی نوشت», «... کاهش
# یافتمدیرعامل ...», ``speakers._after_heading_verb``, ``glued_pronouns``)
SINCE += 2
# and 1 since «مخبر کمیسیون» heads a post (``post_heads.tsv``: «مخبر کمیسیون آموزش و تحقیقات
# مجلس» of «محمد حیاتی»)
SINCE += 1
SINCE += 1  # and 1 since «آستان» heads a body's name («آستان مقدس حسینی ... اعلام کرد»)
# and 1 since «این منبع خبری» is the outlet that spoke before («یورونیوز ... آورده است»)
SINCE += 1
# and 1 since a title of office after «که» is the name's («... انجام شد که رئیس‌جمهور ترامپ
# اعلام کرد خواهان ...», ``speakers.titled_at``, with no colon: ``quotes._opens_after_that``)
SINCE += 1
# and 1 since «دومنیک» is a listed given name («وزیر امور خارجه انگلیس در سخنانی از ... خبر
# داد» of «دومنیک راب», named next)
SINCE += 1
CREDITED = 0


def test_the_sixth_draw_is_judged_as_drawn() -> None:
    check_as_drawn(DRAW, 100, CLASSES, EARLIER)


def test_the_sixth_draw_since() -> None:
    assert not check_since(DRAW, SINCE, wrong=0, credited=CREDITED)


def test_a_pronoun_after_the_reaction_of_one_named() -> None:
    # tabnak_752 (fourth draw): his post in apposition and its comma before «مواجه شد»
    quotes = said(
        "«مورگان اورتگاس» سخنگوی وزارت خارجه آمریکا نیز با ادعای رد صلاحیت گسترده در ایران در "
        "اظهارنظری خصمانه دیگر گفت: «نامزد‌های انتخابات مجلس ایران هم‌شکل هستند!»اظهارات "
        "گستاخانه‌ای که با واکنش عباس موسوی، سخنگوی وزارت خارجه مواجه شد، او گفت: مردم عزتمند "
        "ایران نسبت به تناقض گویی‌های طیفی معلوم‌الحال از مقامات آمریکایی عادت کرده‌اند.\n"
    )
    assert quotes[-1] == ("عباس موسوی", None)
    # roozno_145 (fifth draw): «و او نیز», the letter's writer before not the one reacting
    quotes = said(
        "حدادعادل رئیس شورای وحدت اصولگرایان نامه‌ای خطاب به مرتضی آقاتهرانی نوشت.\n"
        "در نامه حدادعادل آمده بود: «امید است با این توضیح بر مردم شریف تهران معلوم شده باشد که "
        "قبول پیشنهاد جبهه پایداری به حصول وحدت نمی‌انجامید.»این نامه اما با واکنش آقاتهرانی "
        "مواجه شد و او نیز یک روز بعد در نامه‌ای خطاب به حداد عادل نوشت: تعجب ما وقتی مضاعف شد "
        "که دوستان ائتلاف دست یاری را رد کردند.\n"
    )
    assert quotes[0][0] == "حداد عادل"
    assert quotes[-1] == ("مرتضی آقاتهرانی", None)


def test_a_pronoun_after_the_comma_of_a_question_put_to_one_named() -> None:
    # tabnak_388: the host asks, the one asked answers
    quotes = said(
        "هادی ساعی بعد از چند هفته پاسخ اظهارات کیمیا علیزاده را داد و گفت: برای او متاسفم!\n"
        "اما امروز در برنامه صبح بخیر ایران وقتی عکس این دختر تکواندوکار روی مانیتور افتاد و "
        "مجری از ساعی نظرش را درباره کیمیا علیزاده پرسید، او اینطور پاسخ داد و گفت: فقط "
        "می‌توانم بگویم برایش متاسفم!\n"
    )
    assert quotes[-1] == ("هادی ساعی", None)


def test_a_concession_before_the_subject_with_no_comma() -> None:
    # roozno_1062 (second draw): «بااین‌حال» written together, then an anaphoric post
    for lead in ("بااین‌حال", "با این حال"):
        quotes = said(
            "علی فرنام، پژوهشگر حوزه مسکن و شهرسازی مرکز پژوهش‌های مجلس شورای اسلامی درباره "
            "قیمت مسکن می‌گوید: مالیات بر عایدی مسکن را از سوداگری دور می‌کند.\n"
            "این امر جزء اصلی‌ترین عواملی است که مسکن را از سوداگری دور می‌کند.\n"
            f"{lead} این کارشناس به تقلای برخی سوداگران و نفوذ در بطن اجرای قانون اشاره کرده و "
            "می‌افزاید: ما تا‌به‌حال مالیات بر عایدی را در بخش مسکن اجرا نکرده‌ایم.\n"
        )
        assert quotes[-1] == ("علی فرنام", None), lead


def test_a_prince_and_a_blogger_are_anaphors() -> None:
    # fars-2_63 (fifth draw)
    quotes = said(
        "روز دوشنبه، عبدالله بن سعود بن محمد، فایلی صوتی منتشر کرده و درباره بازداشت یازده "
        "شاهزاده در کاخ سلطنتی ریاض، مطالبی بیان کرده و روایت دادستان کل کشور را رد کرد.\n"
        "این شاهزاده سعودی در فایل صوتی گفته است که آنچه دولت در این خصوص می‌گوید «نادرست و "
        "باطل» است.\n"
    )
    assert quotes[-1] == ("عبدالله بن سعود بن محمد", None)
    # tabnak_718: past the paper's own words, which tell of him
    quotes = said(
        "روزنامه یدیعوت آحارونوت نوشت، الکس لیوشین وبلاگ‌نویس اسرائیلی به عربستان سفر کرد.\n"
        "لیوشین در این سفر گفت: مردم عربستان خیلی به گردشگرها عادت ندارند.\n"
        "این روزنامه عبری‌زبان نوشت، لیوشین در عربستان از جنوب تا شمال دیدن کرده است.\n"
        "این وبلاگ‌نویس اسرائیلی در آخر سفرش اینگونه برداشت خود را بیان کرد: «عربستان به آمریکا "
        "بسیار شبیه‌تر است تا خاورمیانه.»\n"
    )
    assert quotes[-1] == ("الکس لیوشین", None)


def test_a_pronoun_naming_the_last_speaker_is_the_one_before() -> None:
    # tabnak_342 (first draw): Trump's words told, then «وی» naming him
    quotes = said(
        "جوزف اشتیگلیتس گفت که داده‌های ترامپ با واقعیت‌های موجود اقتصاد آمریکا همخوانی ندارد.\n"
        "به گزارش ایسنا به نقل از یاهو فاینانس، دونالد ترامپ، رئیس جمهور آمریکا اخیرا در سخنان "
        "خود در اجلاس مجمع جهانی اقتصاد گفته بود که اقتصاد آمریکا منافع بی‌شماری به طبقه متوسط "
        "رسانده است.\n"
        "با این حال این اظهارات در حال حاضر با انتقاد جوزف اشتیگلیتس، برنده جایزه نوبل اقتصاد "
        "مواجه شده است.\n"
        "وی با بیان این‌که ترامپ در خصوص عملکرد خود اغراق کرده است گفت: داده‌سازی‌های ترامپ با "
        "واقعیات همخوانی ندارد.\n"
    )
    assert quotes[1][0] == "دونالد ترامپ"
    assert quotes[-1] == ("جوزف اشتیگلیتس", None)


def test_a_pronoun_asking_the_last_speaker_is_not_the_one_before() -> None:
    # roozno_234 (third draw): «او» is the reporter who asks Rouhani, never named
    quotes = said(
        "محمدجواد ظریف، وزیر امورخارجه کشورمان در همان کنفرانس گفت: از عرب‌ها پیغامی دریافت "
        "کردیم.\n"
        "حسن روحانی در جریان نشست مطبوعاتی خود در نیویورک در پاسخ به سوال خبرنگار عرب‌زبان "
        "المیادین این موضوع را تایید کرد.\n"
        "او از روحانی پرسید که «آیا عربستان سعودی حاضر است مذاکره کند؟»\n"
    )
    assert quotes[-1][0] != "محمدجواد ظریف"


def test_a_concession_before_a_clause_of_its_own_is_not_passed() -> None:
    # tabnak_298: «با این حال هنگامی که X، ...، ... تاکید کرد» keeps X
    quotes = said(
        "واشنگتن تهدید کرده که اگر نیروهای آمریکایی از عراق اخراج شوند، تحریم‌هایی را علیه این "
        "کشور عربی اعمال خواهد کرد.\n"
        "با این حال هنگامی که دونالد ترامپ، رئیس جمهور آمریکا چهارشنبه گذشته با برهم صالح، همتای "
        "عراقی خود دیدار کرد، بار دیگر بر حمایت واشنگتن از ثبات در عراق تاکید کرد.\n"
    )
    assert quotes[-1] == ("دونالد ترامپ", None)
    # fars-news-4: «با وجود این که» opens a clause of its own
    quotes = said(
        "با وجود این که ایران همواره اعلام کرده برنامه هسته‌ایش صلح‌آمیز است، بازرسان آژانس "
        "نگرانند.\n"
    )
    assert quotes[0] == (None, "ایران")


def test_a_text_given_whole_past_a_source_and_a_title() -> None:
    # roozno_87: the source's colon, «کامل» and «حجت‌الاسلام» before the writer
    quotes = said(
        "دبیرکل جبهه پایداری انقلاب اسلامی طی نامه‌ای به نامه سرگشاده رئیس شورای ائتلاف نیروهای "
        "انقلاب پاسخ داد.\n"
        "به گزارش روز نو: متن کامل نامه حجت‌الاسلام مرتضی آقا تهرانی به شرح زیر است: «برادر "
        "خوبم؛ جناب آقای دکتر حداد عادل، نامه سرگشاده جنابعالی دریافت شد.»\n"
    )
    assert quotes[-1] == ("مرتضی آقا تهرانی", None)
    # a speech, by a post, past the source's comma
    quotes = said(
        "آیت‌الله خامنه‌ای رهبر معظم انقلاب اسلامی فرمانی صادر کرد.\n"
        "به گزارش پایگاه اطلاع رسانی دفتر مقام معظم رهبری، متن فرمان رهبر معظم انقلاب اسلامی به "
        "این شرح است: بسم الله الرحمن الرحیم.\n"
    )
    assert quotes[-1][0] == "خامنه‌ای"


def test_a_text_given_whole_is_of_the_paper_told_of_before() -> None:
    # tabnak_1578: the note of the one the lead says wrote it
    quotes = said(
        "فرشید فرخ‌نژاد رئیس هیات مدیره بانک رفاه در یادداشتی با اشاره به تغییر سبک زندگی "
        "اجتماعی، اتخاذ رویکردهای مبتکرانه را یک ضرورت اجتناب ناپذیر عنوان کرد.\n"
        "به گزارش روابط عمومی بانک رفاه کارگران، متن یادداشت به این شرح است: در حال حاضر نقش "
        "بانکداری الکترونیکی بسیار پر رنگ‌تر از قبل شده است.\n"
    )
    assert quotes[-1] == ("فرشید فرخ‌نژاد", None)
    # roozno_632: a group no one names wrote it
    quotes = said(
        "۲۱ نفر از نمایندگان مجلس در نامه‌ای به رئیس جمهوری خواستار برخورد جدی با دستگاه‌ها "
        "شدند.\n"
        "متن این نامه به این شرح است: ما خواستار برخورد جدی با دستگاه‌های متخلف هستیم.\n"
    )
    assert quotes[-1] == (None, None)
