"""Quotes left with no speaker, a fourteenth random draw (``null_speakers_judged_14.jsonl``),
judged by reading before any rule was written for it."""

from __future__ import annotations

from conftest import said
from null_draws import check_as_drawn, check_since, draws_before

DRAW = "null_speakers_judged_14.jsonl"
EARLIER = draws_before(14)

# ``null_speakers_judged_14.jsonl``: 100 quotes drawn at random (seed 1515,
# ``scripts/draw_null_speakers.py --but`` the thirteen earlier draws) from the 665 quotes with
# neither speaker nor organization of the extraction of all the shared news at 6dc4bd32,
# outside the gold's articles and those of the thirteen earlier draws, each judged by reading
# its article before any rule was written for it: 53 name a speaker a reader gives them to (15
# a body, a state or an outlet, 6 papers), 42 no one, 5 are no statement. As drawn none of the
# 53 right in the whole articles and none of the 42 credited; on the text up to the paragraph
# after the quote, 1 («مدیر اداره مطالعات و مقررات بانک مرکزی ... اظهار داشت:» of «حمیدرضا
# غنی آبادی»). Two quotes are judged as other samples judged them: «تحلیلگران گلدمن ساکس در
# یادداشتی نوشتند:» no one's (``speakers_judged_8``), «وزارتصمتدر این اطلاعیه ...» the
# ministry's (``speakers_judged_13``).
CLASSES = {
    "body": 15,  # a body, an outlet or a state
    "person": 11,  # a person khabar never finds (or finds cut short)
    "paper": 6,  # a body's, an outlet's or a writer's paper, going on
    "post": 6,  # a person the article names in other words
    "subject": 5,  # a named subject the rules miss
    "glued": 3,  # a subheading or a closing mark run into the subject
    "anaphor": 3,  # «وی», «ایشان» or an anaphoric post of a person named, not read
    "inside": 2,  # words told inside another's account
    "lead": 2,  # a post alone, the holder named after or in the title
    "none": 42,
    "nostmt": 5,
}
SINCE = 1
# and 5 since a capital right before its verb after «و» or «که» speaks for its state («... دست
# یافتند و مسکو اعلام کرد», «... بود که مسکو اعلام کرده»), «معاونت» heads a body that speaks
# («معاونت آموزشی وزارت بهداشت در نامه‌ای ... اعلام کرد:»), «به گزارش روز نو :،» ends at both
# marks so the outlet's piece goes on («در ادامه این مطلب آمده است:» after «الخلیج الجدید
# نوشت:»), and «این ائتلاف» is the coalition named before, not the body of another head whose
# report spoke last
SINCE += 5
# and 2 since «هرچند X، POST، ... گفته است:» is X's when no one else is named on to the verb,
# and a family name before its verb past a source's comma is the person, though the tagger
# runs the agency's name over it («طبق گزارش خبرگزاری سبأ یمن، العزانی گفت که»)
SINCE += 2
# and 1 since a verb with a colon after a loose one keeps the person the gate took from that
# one («کونته که ... سخن می‌گفت، ... رد کرد و افزود:»)
SINCE += 1
# and 1 since «نشنال اینترست» is a listed outlet («نشنال اینترست در بخشی از گزارشی که تهیه
# کرده مدعی شده ...»)
SINCE += 1


def test_the_fourteenth_draw_is_judged_as_drawn() -> None:
    check_as_drawn(DRAW, 100, CLASSES, EARLIER)


def test_the_fourteenth_draw_since() -> None:
    assert not check_since(DRAW, SINCE, wrong=0, credited=0)


def test_a_capital_opening_its_own_clause_speaks_for_its_state() -> None:
    # tabnak_1292 and tabnak_1693 (the fourteenth draw), fars-5_17 (the thirteenth): a capital
    # right before its verb, after «و», «که» or «اما»
    text = (
        "روسیه و ترکیه روز جمعه به توافقی درباره جزئیات اجرای این طرح دست یافتند و مسکو "
        "اعلام کرد اجازه اجرای تمامی تصمیمات را خواهد داد.\n"
    )
    assert said(text) == [(None, "روسیه")]
    text = (
        "بر اساس بیانیه وزارت خارجه روسیه، موضوع آزادی دو شهروند روس زندانی‌شده در طرابلس "
        "موضع دیگری بود که مسکو اعلام کرده در دیدار امروز دو طرف بدان پرداخته شده است.\n"
    )
    assert said(text) == [(None, "روسیه")]
    text = (
        "آمریکا و ترکیه اواخر سپتامبر در خصوص اعطای وام به ترکیه توافق کردند اما واشنگتن "
        "اعلام کرده است اعطای این وام منوط به همکاری ترکیه در جنگ عراق است.\n"
    )
    assert said(text) == [(None, "آمریکا")]
    # where it was said, and two capitals: not the state
    text = "لاوروف به مسکو رفت و در مسکو اعلام کرد این وام منوط به همکاری ترکیه است.\n"
    assert said(text) == [("لاوروف", None)]
    assert said("واشنگتن و مسکو اعلام کردند این وام منوط به همکاری ترکیه است.\n") == [(None, None)]


def test_a_deputy_office_and_the_friday_prayer_name_bodies() -> None:
    # tabnak_804 (the fourteenth draw): «معاونت» heads a body that speaks
    text = (
        "همچنین معاونت آموزشی وزارت بهداشت در نامه‌ای به دانشگاه‌های علوم پزشکی اعلام کرد: "
        "امتحانات علوم پایه، پیش کارورزی و جامع داروسازی در تاریخ ۸ اسفند لغو شد.\n"
    )
    assert said(text) == [(None, "معاونت آموزشی وزارت بهداشت")]
    # fars-1_12 (the thirteenth): «جمعه» after «نماز» is no time the name ends at, so the
    # person named in the adjunct after it is not what the body is cut from
    text = (
        "خبرگزاری فارس: ستاد برگزاری نماز جمعه قم با صدور بیانه‌ای با اشاره به کناره‌گیری "
        "آیت‌الله جوادی آملی از اقامه نماز جمعه اعلام کرد: کناره‌گیری آیت‌الله جوادی آملی "
        "از ادامه حضور در سنگر نماز جمعه به دلیل مشغله‌های علمی و خستگی جسمی بود.\n"
    )
    assert said(text) == [(None, "ستاد برگزاری نماز جمعه قم")]
    # a Friday that is a time still ends the name
    assert said("ستاد انتخابات جمعه اعلام کرد: رای‌گیری تمدید شد.\n") == [(None, "ستاد انتخابات")]


def test_a_source_closed_by_a_colon_and_a_comma() -> None:
    # roozno_101 (the fourteenth draw): «به گزارش روز نو :،» ends at both marks, and the
    # outlet's piece goes on
    text = (
        "الخلیج الجدید نوشت: در تعطیلی آخر هفته، روسیه تصریح کرد که حملات هوایی اسرائیل به "
        "دمشق یک هواپیمای مسافربری را در معرض خطر قرار داده است.\nبه گزارش روز نو :، در "
        "ادامه این مطلب آمده است: به نظر می‌رسد که این اظهارات، پیامی از جانب مسکو است.\n"
    )
    assert said(text) == [(None, "الخلیج الجدید")] * 2


def test_this_coalition_is_the_coalition_named_before() -> None:
    # tabnak_1422 (the fourth draw): «ائتلاف» heads a body that speaks, and «این ائتلاف»
    # stands for the one named before
    text = (
        "ائتلاف متجاوز سعودی و مزدوران آن همچنان به حملات خود ادامه می‌دهند.\n"
        "این در حالی است که این ائتلاف مدعی برقرار آتش‌بس به دلیل شیوع ویروس کرونا شده "
        "بود.\n"
    )
    assert said(text) == [(None, "ائتلاف متجاوز سعودی")]
    # tabnak_632 (the fourteenth): not the body whose report spoke last, of another head
    text = (
        "در گزارش نیروهای ضربت مشترک اعلام شد که ائتلاف تحت امر آمریکا حداقل ۱۳۷۰ "
        "غیرنظامی را کشته است.\nاین ائتلاف گفته است هدف ما اجرای تمامی اقدامات احتیاطی "
        "است.\n"
    )
    assert said(text)[-1] == (None, "ائتلاف تحت امر آمریکا")


def test_a_body_named_by_its_head_ends_before_its_object() -> None:
    # tabnak_1087 (the fourth draw): «ائتلاف سعودی» speaks, «اهداف مورد حمله را» is its object
    text = (
        "ائتلاف سعودی اهداف مورد حمله را تهدیدی برای دریانوردی و تجارت جهانی در تنگه باب "
        "المندب خواند.\n"
    )
    assert said(text) == [(None, "ائتلاف سعودی")]
    # a deputy office named by two fields joined by «و» (roozno_312), not by another body
    text = (
        "در ادامه اقدامات پیشگیرانه شهرداری تهران، معاونت حمل و نقل هم اعلام کرد کنفرانس "
        "مهندسی حمل و نقل و ترافیک را تا اطلاع ثانوی به تعویق انداخته است.\n"
    )
    assert said(text) == [(None, "معاونت حمل و نقل")]
    text = "خبرگزاری فارس: معاونت فنی و عمران شهرداری ارومیه از احداث 7 پارک محله‌ای خبرداد.\n"
    assert said(text) == [(None, "معاونت فنی و عمران شهرداری ارومیه")]


def test_a_site_named_by_its_head() -> None:
    # roozno_270 (the thirteenth draw): «تارنمای «فدرالیست»» reports
    text = (
        "تارنمای «فدرالیست» (thefederalist) روز دوشنبه گزارش داد که گروهی از سناتورها به "
        "ریاست کریس مورفی با ظریف دیدار کرده‌اند.\n"
    )
    assert said(text) == [(None, "تارنمای فدرالیست")]


def test_this_paper_named_before_without_its_head() -> None:
    # roozno_88 (the tenth draw): «یدیعوت احرونوت» is listed as «روزنامه یدیعوت آحارونوت», so
    # «این روزنامه» right after stands for it
    text = (
        "اسرائیل تهدیدات ابو مازن را جدی نگرفته است؛ همانطور که یدیعوت احرونوت، از منابع "
        "نظامی نقل کرد که تهدیدات ابو مازن در گذشته نیز شنیده شده است.\nاین روزنامه تاکید "
        "می‌کند که طبق ارزیابی‌های ارتش اسرائیل، عباس قادر به قطع رابطه با تل‌آویو نیست.\n"
    )
    assert said(text)[-1] == (None, "روزنامه یدیعوت آحارونوت")
    # a paper of another head («خبرگزاری») is not «این روزنامه»
    text = text.replace("یدیعوت احرونوت،", "خبرگزاری فرانسه،")
    assert said(text)[-1] != (None, "خبرگزاری فرانسه")
    # a frequent word that is also a paper's alias is not the paper («ابتکار»)
    text = (
        "این طرح یک ابتکار تازه است.\nاین روزنامه در بخش پایانی گزارش خود می‌افزاید: مقابله با "
        "ویروس کرونا به یک مسئله سیاسی تبدیل شده است.\n"
    )
    assert (None, "روزنامه ابتکار") not in said(text)
