"""Quotes left with no speaker, a tenth random draw (``null_speakers_judged_10.jsonl``), judged
by reading before any rule was written for it."""

from __future__ import annotations

from conftest import said
from null_draws import check_as_drawn, check_since, draws_before

from khabar.extract import lexicons as lx
from khabar.extract.clause_openers import after_source

DRAW = "null_speakers_judged_10.jsonl"
EARLIER = draws_before(10)

# ``null_speakers_judged_10.jsonl``: 100 quotes drawn at random (seed 1111,
# ``scripts/draw_null_speakers.py --but`` the nine earlier draws) from the 1,537 quotes with
# neither speaker nor organization of the extraction of all the shared news at c1338023,
# outside the gold's articles and those of the nine earlier draws, each judged by reading its
# article before any rule was written for it: 56 name a speaker a reader gives them to (13 a
# body, an outlet or a state, 4 a paper), 37 no one, 7 are no statement. As drawn none of the
# 56 right, and on the text up to the paragraph after the quote one of the 37 credited (a
# post alone, «مشاور اقتصادی دونالد ترامپ», given to the analyst who speaks next, where the
# whole article leaves it to no one). Since, 4 right: a capital right before its verb
# («واشنگتن تهدید کرده که», ``body_subjects._capital_speaks``), «همان» before words of time
# («همان شنبه شب دفتر آیت‌الله العظمی جوادی آملی ... اعلام کرد»), a body past words of time and
# their comma («صبح روز ۲۱ دی ماه، ستادکل نیروهای مسلح ...، با صدور اطلاعیه‌ای، ... دانست و
# اطمینان داد», ``speakers._past_date``) and a writer's piece going on past a person it tells of
# («در ادامه این مطلب آمده است: جوزپ بورل، ... تلاش جدیدی را اغاز کرده است», ``piece_goes_on``).
CLASSES = {
    "body": 13,  # a body, outlet or state
    "anaphor": 11,  # «وی», «او» or an anaphoric post of a person named, not read
    "subject": 9,  # a named subject the rules miss
    "lead": 5,  # a post alone, the holder named after
    "person": 4,  # a person khabar never finds
    "paper": 4,  # a body's or a person's paper, going on
    "glued": 4,  # a subheading or a dateline run into the subject
    "post": 3,  # a post of a person the article names in other words
    "interview": 2,  # an interview's answer, the one asked named in the lead
    "inside": 1,  # the speaker's own words, told as another's
    "none": 37,
    "nostmt": 7,
}
SINCE = 4
# and 2 since «این فوق تخصص بیماری‌های عفونی» and «این فروشنده اقلام دارویی» are anaphors (past
# the words of those the seller tells of, in the plural)
SINCE += 2
# and 1 since a post past a subheading «*» marks is held by the one named next («* ... در هکتار
# رئیس شورای اسلامی روستای «پچت» ... گفت:» then «قاسم جلالی تصریح کرد:», ``heading_posts``)
SINCE += 1
# and 2 since: a family name of two words run into a heading's noun («... بر میزان
# مشارکترحمانی فضلی با اشاره به ... گفت:», ``glued_surnames``), and «پیشکسوت» heading a post
# («پیشکسوت تیم فوتبال پرسپولیس گفت:» then «علی کریمی ... گفت:»)
SINCE += 2
# and 2 since a person past «چندی پیش» or «اکنون» opens the clause («به گزارش روز نو: چندی
# پیش ترامپ رئیس جمهور آمریکا اعلام کرد «...»», «اکنون عبدالناصر همتی، رئیس کل بانک مرکزی خبر
# داد که ...», ``time_openers``)
SINCE += 2
# and 1 since «وزیر» run into the word after it heads a post («وزیرخارجه آمریکا در این دیدار
# ... تاکید کرده است» of «مایک پمپئو», ``glued_posts.run_on_posts``)
SINCE += 1
# and 1 since «این روزنامه» stands for a listed paper named before without its head
# («یدیعوت احرونوت، از منابع نظامی نقل کرد ...» of «روزنامه یدیعوت آحارونوت»)
SINCE += 1
CREDITED = 1


def test_the_tenth_draw_is_judged_as_drawn() -> None:
    check_as_drawn(DRAW, 100, CLASSES, EARLIER)


def test_the_tenth_draw_since() -> None:
    assert not check_since(DRAW, SINCE, wrong=0, credited=CREDITED)


def test_a_capital_right_before_its_verb_speaks_as_its_state() -> None:
    # tabnak_298: «واشنگتن» opens the clause, its verb right after
    assert said(
        "واشنگتن تهدید کرده که اگر نیروهای آمریکایی از عراق اخراج شوند، تحریم‌هایی را علیه "
        "این کشور عربی اعمال خواهد کرد.\n"
    ) == [(None, "آمریکا")]
    assert said("روز گذشته مسکو اعلام کرد که سفیر خود را فرا می‌خواند.\n") == [(None, "روسیه")]
    # where it was said, a word of place before it: not the state
    assert said("لاوروف در مسکو اعلام کرد که سفیر خود را فرا می‌خواند.\n") == [("لاوروف", None)]
    quotes = said("سفیر ایران در مسکو اعلام کرد که سفیر خود را فرا می‌خواند.\n")
    assert all(org != "روسیه" for _, org in quotes)


def test_a_body_past_the_same_day_and_its_time() -> None:
    # roozno_1065: «همان شنبه شب» before the office and its statement
    assert said(
        "همان شنبه شب دفتر آیت‌الله العظمی جوادی آملی با صدور اطلاعیه‌ای اعلام کرد که با "
        "توجه به اینکه رویت هلال ماه شوال ثابت نگردید، دوشنبه ۵ خرداد اول ماه شوال و عید سعید "
        "فطر خواهد بود.\n"
    ) == [(None, "دفتر آیت‌الله العظمی جوادی آملی")]
    # «همان» before a word that is no time: no body past it
    assert all(
        org is None
        for _, org in said("همان روزنامه‌ها اعلام کردند که دوشنبه عید سعید فطر خواهد بود.\n")
    )


def test_this_news_source_is_the_outlet_that_spoke() -> None:
    # roozno_1049 (the sixth draw): «این منبع خبری» after «یورونیوز ... آورده است که»
    text = (
        "در همین حال، یورونیوز نیز بامداد امروز در گزارشی آورده است که نفتکش‌های ایرانی یکی "
        "پس ازدیگری وارد آب‌های ساحلی ونزوئلا می‌شوند.\n"
        "این منبع خبری افزود: دومین نفتکش از ناوگان اعزامی ایران به ونزوئلا به نام فارست تا "
        "ساعتی دیگر وارد می‌شود.\n"
    )
    assert said(text) == [(None, "یورونیوز")] * 2
    # after an unnamed source, or «این منبع» alone: no one
    assert (
        said(
            "یک منبع آگاه گفت که نفتکش‌های ایرانی وارد آب‌های ساحلی ونزوئلا می‌شوند.\n"
            "این منبع خبری افزود: دومین نفتکش تا ساعتی دیگر وارد می‌شود.\n"
        )
        == [(None, None)] * 2
    )
    assert said(
        "یورونیوز گزارش داد که نفتکش‌های ایرانی وارد می‌شوند.\n"
        "این منبع افزود: دومین نفتکش تا ساعتی دیگر وارد می‌شود.\n"
    )[1] == (None, None)


def test_this_weekly_is_the_paper_named_in_latin_letters() -> None:
    # fars-5_178 (the fifth draw): «این هفته‌نامه» after «Information week ... نوشت»
    text = (
        "به گزارش خبرگزاری فارس، Information week در تازه‌ترین گزارش خود نوشت محققان به این "
        "نتیجه رسیده‌اند که رشد تومورها در کسانی که از تلفن همراه استفاده می‌کنند کمتر است.\n"
        "این هفته‌نامه در گزارش خود آورده است که این تحقیقات بر روی 100 هزار بیمار مبتلا به "
        "سرطان انجام گرفته است.\n"
    )
    assert said(text)[-1] == (None, "Information week")
    # a body that is no outlet spoke before: «این روزنامه» is not it
    quotes = said(
        "پلیس برزیل اعلام کرد که دو نفر بازداشت شده‌اند.\n"
        "این روزنامه در گزارش خود آورده است که تحقیقات ادامه دارد.\n"
    )
    assert quotes[-1][1] != "پلیس برزیل"


def test_a_writers_piece_goes_on_past_a_source_run_together() -> None:
    # roozno_713 (the third draw): «به گزارشروز نو،», the outlet run into «گزارش»
    text = (
        "عبدالباری عطوان، تحلیل‌گر مشهور جهان عرب و سردبیر رای الیوم در تحلیلی در همین رسانه "
        "عرب زبان نوشت: دولت چین بار دیگر ایالات متحده را متهم کرده است.\n"
        "به گزارشروز نو، در ادامه این مطلب آمده است: بخوبی می‌دانیم که یک جنگ لفظی بین ایالات "
        "متحده و چین در جریان است.\n"
    )
    assert said(text) == [("عبدالباری عطوان", None)] * 2
    # roozno_581: the source run together before a body
    assert said(
        "به گزارشروز نو: دولت ترکیه در نهایت 2 شب پیش اعلام کرد که یک مورد ابتلا به ویروس "
        "کرونا را در یک شهروند ترکیه‌ای مورد شناسایی قرار داده است.\n"
    ) == [(None, "دولت ترکیه")]
    # «گزارش» with an ending of its own («گزارش‌های», «گزارشات», «گزارشش») is no outlet run
    # into it: not passed as a source
    for opening in ("به گزارش‌های رسیده،", "به گزارشات رسیده،", "به گزارشش،"):
        keys = list(lx.phrase_keys(opening + " دولت ترکیه اعلام کرد"))
        assert after_source(keys, 0, len(keys) - 2) == 0
    keys = list(lx.phrase_keys("به گزارشروز نو، دولت ترکیه اعلام کرد"))
    assert keys[after_source(keys, 0, len(keys) - 2)] == "دولت"


def test_a_writers_piece_goes_on_past_a_person_it_tells_of() -> None:
    # roozno_139: the piece opens with Borrell, of whom it tells; he says nothing in it
    text = (
        "محمد خواجوئی در الاخبار نوشت: به دنبال ترور سردار سلیمانی تنش میان ایران و اروپا "
        "کاهش یافت.\n"
        "به گزارش روزنو، در ادامه این مطلب آمده است: جوزپ بورل، مسئول سیاست خارجی اتحادیه "
        "اروپا، با دو سفر خود به تهران و واشنگتن در هفته گذشته، تلاش جدیدی را برای حفظ "
        "توافق هسته‌ای با ایران اغاز کرده است.\n"
    )
    assert said(text) == [("محمد خواجوئی", None)] * 2
    # he speaks in it: his words, not the writer's
    quotes = said(text.replace("تلاش جدیدی را", "گفت که تلاش جدیدی را"))
    assert quotes[-1][0] != "محمد خواجوئی"


def test_a_body_past_words_of_time_and_their_comma() -> None:
    # roozno_6: a date and its comma, then the staff's clause with commas of its own and a
    # second verb after «و»
    assert said(
        "صبح روز ۲۱ دی ماه، ستادکل نیروهای مسلح در خصوص سقوط هواپیمای مسافربری خطوط هوایی "
        "اوکراین، با صدور اطلاعیه‌ای، این حادثه را ناشی از خطای انسانی دانست و اطمینان داد "
        "بلافاصله مقصر آن را به سازمان قضایی نیروهای مسلح معرفی نماید.\n"
    )[-1] == (None, "ستاد کل نیروهای مسلح")
    # roozno_770 (the first draw): a date in brackets after the first, with its own comma
    assert said(
        "روز سه‌شنبه ۱۲ فروردین، (۳۱ مارس)، وزارت خارجه آلمان با همکاری فرانسه و بریتانیا، "
        "با صدور بیانیه‌ای از انجام اولین تراکنش بواسطه سازوکار حمایت از مبادلات تجاری "
        "(اینستکس) خبر داد.\n"
    ) == [(None, "وزارت خارجه آلمان")]
    # tabnak_348: a day in history, its year in the date: not today's government
    quotes = said(
        "11 بهمن 1331، دولت دکترمصدق با هدف پایان دادن به شایعه احتمال تنزل نرخ برابری ریال "
        "اعلام داشت که به‌رغم اعلامیه قبلی مبنی بر تثبیت بهای طلا، از امروز سکه یک تومان "
        "ارزان‌تر و به ۷۴ تومان عرضه خواهد شد.\n"
    )
    assert all(org != "دولت جمهوری اسلامی ایران" for _, org in quotes)
    # no body past the comma: no one
    assert all(
        who == (None, None) for who in said("صبح روز ۲۱ دی ماه، گفته شد که مقصر آن معرفی می‌شود.\n")
    )
