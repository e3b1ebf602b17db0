"""Quotes left with no speaker, a fifteenth random draw (``null_speakers_judged_15.jsonl``),
judged by reading before any rule was written for it."""

from __future__ import annotations

from conftest import said
from null_draws import check_as_drawn, check_since, draws_before

from khabar.extract import extract_text

DRAW = "null_speakers_judged_15.jsonl"
EARLIER = draws_before(15)

# ``null_speakers_judged_15.jsonl``: 100 quotes drawn at random (seed 1616,
# ``scripts/draw_null_speakers.py --but`` the fourteen earlier draws) from the 492 quotes with
# neither speaker nor organization of the extraction of all the shared news at 3bced779,
# outside the gold's articles and those of the fourteen earlier draws, each judged by reading
# its article before any rule was written for it: 48 name a speaker a reader gives them to (7
# a body, a state or an outlet, 8 papers), 42 no one, 10 are no statement. As drawn none of
# the 48 right and none of the 42 credited. Three quotes are judged as other samples judged
# them: «ایلاف به نقل از "منابع دیپلماتیک اروپایی" ... مدعی شد:» no one's
# (``speakers_judged_4``), «همتی ... در یادداشت اینستاگرامی خود نوشت:» no statement, the note
# left out (``speakers_judged_6``), «در ادامه یادداشت جلالی در ایسنا آمده است:» Mirzaei's
# (``quotes_recall_dev_12``).
CLASSES = {
    "body": 7,  # a body, an outlet or a state
    "paper": 8,  # a body's, an outlet's or a writer's paper, going on
    "glued": 8,  # a subheading, a title or a closing mark run into the subject
    "inside": 8,  # words told inside another's account
    "anaphor": 5,  # «وی», «او», an anaphoric post or a dropped subject of a person named
    "subject": 5,  # a named subject the rules miss
    "lead": 4,  # a post alone, the holder named after
    "person": 2,  # a person khabar never finds
    "post": 1,  # a person the article names in other words
    "none": 42,
    "nostmt": 10,
}
SINCE = 0
# and 1 since «پیش‌تر،» and its comma open the clause before the person who asks, with no
# colon after the verb («پیش‌تر، روون ریولین، رئیس رژیم صهیونسیتی از صهیونیست‌ها خواست»);
# «به گفته دکتر جیمز چری، استاد ...، ...» is now his, its words past the post, but the drawn
# span opened on the post, more than the scorer's reach before them
SINCE += 1


def test_the_fifteenth_draw_is_judged_as_drawn() -> None:
    check_as_drawn(DRAW, 100, CLASSES, EARLIER)


def test_the_fifteenth_draw_since() -> None:
    assert not check_since(DRAW, SINCE, wrong=0, credited=0)


def test_a_title_after_according_to_opens_the_person() -> None:
    # roozno_377 (the fifteenth draw): «به گفته دکتر X، POST، ...» is X's, said past the post
    text = (
        "لورا ایوانز، پزشک بیمارستان، گفت: آسیب کبدی دیده شده است.\nبه گفته دکتر جیمز چری، "
        "استاد دانشکده پزشکی گفن در دانشگاه یوسی‌ال‌ای، آسیب کلیوی ممکن است به واسطه "
        "تغییرات دیگری که طی عفونت کروناویروس رخ می‌دهد، شکل بگیرد.\n"
    )
    assert said(text)[-1] == ("جیمز چری", None)
    quote = extract_text(text).quotes[-1]
    assert text[quote.span.start : quote.span.end].startswith("آسیب کلیوی")
    # a title of no one named is still no one's
    text = "به گفته دکتر این بیمارستان، آسیب کلیوی ممکن است شکل بگیرد.\n"
    assert said(text) == [(None, None)]


def test_earlier_and_its_comma_open_the_clause_before_the_person() -> None:
    # tabnak_1365 (the fifteenth draw): «پیش‌تر، X، POST ... خواست» with no colon after it
    text = (
        "سفیر اسرائیل در آلمان به کرونا مبتلا شد.\nپیش‌تر، روون ریولین، رئیس رژیم "
        "صهیونسیتی از صهیونیست‌ها خواست در منازلشان بمانند.\nوی شیوع ویروس کرونا را جدی و "
        "خطری واقعی توصیف کرد.\n"
    )
    assert said(text) == [("روون ریولین", None)] * 2
    # the person the clause names past the comma as the one asked is not the speaker
    text = "پیش‌تر، از روون ریولین خواسته بودند در منازلشان بمانند.\n"
    assert said(text) == [(None, None)]


def test_though_and_a_person_with_a_post_in_apposition() -> None:
    # roozno_828 (the fourteenth draw): «هرچند X، POST، ... عنوان کرده و گفته است:»
    text = (
        "هرچند علی مطهری، نماینده مجلس، پیش از این در انتقاد از عملکرد مجمع، این کار را "
        "مغایر با قانون اساسی عنوان کرده و گفته است: «اگر ما به مجلس سنا نیاز داریم، باید در "
        "قانون اساسی آورده شود.»\n"
    )
    assert said(text) == [("علی مطهری", None)] * 2
    # another named before the verb: not X's
    text = (
        "هرچند علی مطهری، نماینده مجلس، از عملکرد مجمع انتقاد کرده بود، حسن روحانی گفت: "
        "«اگر ما به مجلس سنا نیاز داریم، باید در قانون اساسی آورده شود.»\n"
    )
    assert ("علی مطهری", None) not in said(text)
    # «هرچند X، ...، برخی معتقدند»: many unnamed, not X
    text = (
        "هرچند علی مطهری، نماینده مجلس، از عملکرد مجمع انتقاد کرده بود، برخی معتقدند که "
        "مجلس سنا لازم است.\n"
    )
    assert ("علی مطهری", None) not in said(text)


def test_a_family_name_before_its_verb_past_a_source_s_comma() -> None:
    # fars-3_159 (the fourteenth draw): the tagger runs the agency's name over «العزانی»
    text = (
        "خبرگزاری فارس، «نبیل العزانی» دادستان کل دولت نجات ملی یمن از آزادی 1200 زندانی "
        "خبر داد.\nطبق گزارش خبرگزاری سبأ یمن، العزانی گفت که این زندانیان از میان افرادی "
        "که شرایط تعیین شده را داشتند، انتخاب شدند.\n"
    )
    assert said(text)[-1] == ("نبیل العزانی", None)


def test_a_verb_with_a_colon_after_a_loose_one_keeps_the_person() -> None:
    # roozno_741 (the fourteenth draw): «X که ... سخن می‌گفت، ... رد کرد و افزود:»; the first
    # verb, with no colon, does not take X from the words after the colon
    text = (
        'نخست وزیر ایتالیا امروز اعلام کرد که قرنطینه ادامه دارد.\nبه گزارش روز نو: "آکی" '
        "ایتالیا، کونته که از طریق ویدیو کنفرانس با خبرنگاران سخن می‌گفت، تمدید قرنطینه در "
        "این کشور را تا پایان ماه جولای رد کرد و افزود: وضعیت فوق‌العاده اعلام شد.\nجوزپه "
        "کونته نخست وزیر ایتالیا گفت: ما آماده‌ایم.\n"
    )
    assert said(text)[2] == ("جوزپه کونته", None)
    # many unnamed after the first verb: still no one
    text = (
        "به گزارش آکی، مردم که از قرنطینه خسته بودند، تمدید آن را رد کردند و مقامات افزودند: "
        "وضعیت فوق‌العاده اعلام شد.\n"
    )
    assert said(text) == [(None, None)]
