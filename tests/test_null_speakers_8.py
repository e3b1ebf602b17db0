"""Quotes left with no speaker, an eighth random draw (``null_speakers_judged_8.jsonl``), judged
by reading before any rule was written for it."""

from __future__ import annotations

from conftest import said
from null_draws import check_as_drawn, check_since, draws_before

DRAW = "null_speakers_judged_8.jsonl"
EARLIER = draws_before(8)

# ``null_speakers_judged_8.jsonl``: 100 quotes drawn at random (seed 9494,
# ``scripts/draw_null_speakers.py --but`` the seven earlier draws) from the 2,112 quotes with
# neither speaker nor organization of the extraction of all the shared news at 0b069e7, outside
# the gold's articles and those of the seven earlier draws, each judged by reading its article
# before any rule was written for it: 50 name a speaker a reader gives them to (16 a body, an
# outlet, a state or a body's paper), 41 no one, 9 are no statement. As drawn, on the text up to
# the paragraph after the quote, 1 of the 50 right (a post alone the cut text leaves to the one
# speaker before it), and one of the 41 credited (a spokesman of the foreign ministry, never
# named, given to the atomic agency's). Since, 3 right: «در ادامه» passed before a post of two
# words or more as before a pronoun (``clause_openers.after_adjunct``, ``subject_start``); «در
# سال» and its number passed before a body or a capital (``clause_openers.past_year``); and
# in the whole article, not in the text cut after the quote, a heading's word that is a family
# name too but one of the most frequent words run into a post
# (``glued_posts._ordinary_name_word``: «... جهانیرئیس مجلس ... گفت:»).
CLASSES = {
    "body": 11,  # a body, outlet or state
    "subject": 8,  # a named subject the rules miss
    "glued": 7,  # a subheading or a word run into the subject
    "post": 5,  # a post or an epithet of a person the article names in other words
    "anaphor": 5,  # «وی» or an anaphoric post of a person named, not read
    "paper": 5,  # a body's or a writer's paper, going on
    "person": 4,  # a person khabar never finds
    "lead": 3,  # a post alone, the holder named after
    "inside": 2,  # told inside another's account
    "none": 41,
    "nostmt": 9,
}
SINCE = 3
SINCE += 1  # and 1 since «سرویس» heads a body's name («سرویس فدرال خدمات بهداشتی روسیه»)
# and 2 since: a person with a post after the «و» that closes a verb («... توصیه کرد و جواد ظریف،
# وزیر امور خارجه ایران هم گفت:», ``that_subjects``); «کنشگر سیاسی» heads the lead's post
# («کنشگر سیاسی اصلاح‌طلب ... گفت:», then «علی صوفی کنشگر سیاسی اصلاح‌طلب»)
SINCE += 2
# and 1 since «پرسید که وی پاسخ داد:» is the one asked, by a family name alone («از داوودی»)
SINCE += 1
# and 2 since: a post past a subheading run in with a space, held by the one named next («...
# برای مردم می‌شود مدیرکل سابق اداره‌کل راهداری ... نیز گفت:» then «محمد رودباری ...»,
# ``heading_posts``), and a family name run into a heading's noun before «در پاسخ» («... پرونده
# سیل سال قبلاسماعیلی در پاسخ به سوالی ... گفت:», ``glued_heading_nouns``)
SINCE += 2
# and 1 since a post ends at a line break («* دندان‌پزشک وزیر نیستم» no longer runs on into
# «سرپرست باشگاه پرسپولیس ... گفت:», the post of «مهدی رسول پناه», on the next line)
SINCE += 1
# and 1 since a family name the tagger reads as a body is one named in full before («پارسا
# درباره آیین‌نامه جدید ... اظهار داشت:» of «امیدعلی پارسا», ``lone_surnames``)
SINCE += 1
CREDITED = 1


def test_the_eighth_draw_is_judged_as_drawn() -> None:
    check_as_drawn(DRAW, 100, CLASSES, EARLIER)


def test_the_eighth_draw_since() -> None:
    assert not check_since(DRAW, SINCE, wrong=0, credited=CREDITED)


def test_a_post_alone_after_then() -> None:
    # fars-4_139: «در ادامه» and «نیز» about the post, its holder named in the next sentence
    quotes = said(
        "داود ایوبی ابراز داشت: با افتتاح این کارخانه 200 نفر مشغول به کار می‌شوند.\n"
        "وی افزود: مشکلات این دو کارخانه را با حضور نماینده مجلس بررسی می‌کنیم.\n"
        "در ادامه نماینده مردم خرم‌بید در مجلس شورای اسلامی نیز گفت: حمایت از "
        "تولیدکنندگان و سرمایه‌گذاران این شهرستان در برنامه کاری ما قرار دارد.\n"
        "رحیم زارع افزود: مشکلات فراروی این دو کارخانه را شناسایی کرده‌ایم.\n"
    )
    assert quotes[-2] == ("رحیم زارع", None)
    assert quotes[-1] == ("رحیم زارع", None)
    # the post nobody holds and nobody named after: no one
    quotes = said("حسن روحانی گفت: کرونا مهار شد.\nدر ادامه وزیر بهداشت نیز گفت: ماسک بزنید.\n")
    assert quotes[-1] == (None, None)
    # a gathering, not a subject, after «در ادامه»
    assert said("در ادامه جلسه وزیر بهداشت گفت: ماسک بزنید.\n")[-1] == (None, None)


def test_not_past_then_to_a_clause_of_its_own_nor_a_bare_post() -> None:
    # roozno_479: «گفت» is of the clause after «که», not the prosecutor's
    quotes = said(
        "شاه‌محمدی، نماینده دادستان، کیفرخواست را قرائت کرد.\n"
        "متهم رضا ستوده گفت: قبول دارم اشتباه کردم.\n"
        "در ادامه نماینده دادستان بخشی از اقاریر متهمان را قرائت کرد که متهم ستوده در "
        "واکنش به این اظهارات گفت: من برای آن‌ها اتاقی نگرفته‌ام.\n"
    )
    assert quotes[-1][0] != "شاه‌محمدی"
    # roozno_202: a bare «قاضی» of the hearing is not the one named next
    quotes = said(
        "در ادامه قاضی به نماینده دادستان گفت: باید این‌ها را تعقیب کنید.\n"
        "علمایی گفت: من کپی نامه‌های جعلی را نگه داشتم.\n"
    )
    assert quotes[0] == (None, None)


def test_a_year_before_a_body() -> None:
    # roozno_1042: «در سال 2017» with no comma, then a capital for its state
    quotes = said("در سال 2017 مسکو از امضای توافقی با ریاض خبر داد.\n")
    assert quotes[-1] == (None, "روسیه")
    quotes = said("در سال ۹۸ وزارت نفت اعلام کرد که صادرات کاهش یافت.\n")
    assert quotes[-1] == (None, "وزارت نفت")
    # no body named past the year: the media unnamed
    quotes = said("در سال 2017 رسانه‌ها اعلام کردند که تحریم‌ها ظالمانه است.\n")
    assert quotes[-1] == (None, None)
    # the year's clause ends before the verb's: the accused say so, not the council
    quotes = said(
        "در سال ۹۷ شورای برنامه‌ریزی استان اصفهان مصوبه‌ای برای زمین‌ها می‌دهد که در آن یک "
        "طبقه تجاری اجازه احداث دارد؛ در‌حالی‌که متهمان گفته‌اند مجوز ۲۵ هزار هکتار تجاری "
        "دارند.\n"
    )
    assert quotes[-1] == (None, None)


def test_a_heading_word_that_is_a_name_too_run_into_a_post() -> None:
    # roozno_1138: «جهانی» is a family name too, and one of the most frequent words
    quotes = said(
        "دکتر محمدباقر قالیباف رئیس مجلس شورای اسلامی در نطق خود گفت: مجلس قوی است.\n"
        "انقلاب اسلامی، مهم‌ترین الگوی رقیب برای نظام سرمایه‌داری جهانیرئیس مجلس در "
        "نخستین نطق پیش از دستور خود گفت: دشمنی نظام سلطه گواه این مساله است.\n"
    )
    assert quotes[-1] == ("محمدباقر قالیباف", None)
    # a family name run into a post is still the person's, not a heading's word
    quotes = said(
        "سیدحسن حسینی رئیس مجلس گفت: مجلس قوی است.\n"
        "علی حسینیرئیس مجلس در نطق خود گفت: دشمنی نظام سلطه گواه است.\n"
    )
    assert quotes[-1] != ("سیدحسن حسینی", None)
