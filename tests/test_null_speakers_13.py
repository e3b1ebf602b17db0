"""Quotes left with no speaker, a thirteenth random draw (``null_speakers_judged_13.jsonl``),
judged by reading before any rule was written for it."""

from __future__ import annotations

from conftest import said
from null_draws import check_as_drawn, check_since, draws_before

from khabar.extract import extract_text

DRAW = "null_speakers_judged_13.jsonl"
EARLIER = draws_before(13)

# ``null_speakers_judged_13.jsonl``: 100 quotes drawn at random (seed 1414,
# ``scripts/draw_null_speakers.py --but`` the twelve earlier draws) from the 854 quotes with
# neither speaker nor organization of the extraction of all the shared news at 7a06a4cf,
# outside the gold's articles and those of the twelve earlier draws, each judged by reading its
# article before any rule was written for it: 51 name a speaker a reader gives them to (7 a
# body, a state or an outlet, 9 papers), 36 no one, 13 are no statement. As drawn none of the
# 51 right and none of the 36 credited, on the text up to the paragraph after the quote.
CLASSES = {
    "paper": 9,  # a body's, an outlet's or a writer's paper, going on
    "anaphor": 9,  # «وی», «ایشان» or an anaphoric post of a person named, not read
    "lead": 8,  # a post or «یک مقام» alone, the holder named after
    "person": 8,  # a person khabar never finds (or finds cut short)
    "body": 7,  # a body, an outlet or a state
    "subject": 4,  # a named subject the rules miss
    "inside": 3,  # words told inside another's account
    "glued": 1,  # a subheading run into the subject
    "post": 1,  # a person the article names in other words
    "interview": 1,  # an interview's answer, the one asked named in the lead
    "none": 36,
    "nostmt": 13,
}
SINCE = 0
# and 3 since «این هنرپیشه» is an anaphor as «این بازیگر» is («این هنرپیشه ۵۹ ساله ادامه داد:»
# of «کلونی»), and a post in the body of another the speaker holds agrees though they hold one
# more of its head («عضو فراکسیون امید» of «نایب رئیس فراکسیون امید مجلس», also «عضو کمیسیون
# عمران», ``coref.posts_agree``)
SINCE += 3
# and 3 since «جمعه» after «نماز» is no time a body's name ends at («ستاد برگزاری نماز جمعه
# قم با صدور بیانه‌ای با اشاره به کناره‌گیری آیت‌الله جوادی آملی ... اعلام کرد:»), a capital
# right before its verb after «اما» speaks for its state («... توافق کردند اما واشنگتن اعلام
# کرده است»), and «تارنمای» heads an outlet («تارنمای «فدرالیست» ... گزارش داد که»)
SINCE += 3
# and 1 since the lead's post is the name's past the body its source quotes from, with no comma
# between («فرماندار شهرستان بویراحمد گفت:» then «به گزارش ...، به نقل از اداره ... آموزش و
# پرورش استان شاهرخ کناری در نشست ...», whose «وی گفت:» is his, ``lead_posts.past_quoted_body``)
SINCE += 1


def test_the_thirteenth_draw_is_judged_as_drawn() -> None:
    check_as_drawn(DRAW, 100, CLASSES, EARLIER)


def test_the_thirteenth_draw_since() -> None:
    assert not check_since(DRAW, SINCE, wrong=0, credited=0)


def persons(text: str) -> list[str]:
    return [p.name for p in extract_text(text).persons]


def test_the_actor_as_an_anaphor() -> None:
    # tabnak_1652 and tabnak_1335 (the thirteenth draw): «این هنرپیشه» goes on as «این بازیگر»
    text = (
        "جورج کلونی هنرپیشه آمریکایی نوشت: «ما نمی‌دانیم این تظاهرات چه زمانی فروکش خواهد "
        "کرد.»\nاین هنرپیشه ۵۹ ساله ادامه داد: «این بیماری فراگیر ماست.»\n"
    )
    assert said(text) == [("جورج کلونی", None)] * 2
    text = (
        "اولگا کوریلنکو هنرپیشه فیلم جیمز باند نیز دیروز اعلام کرد تست کرونایش مثبت بوده است.\n"
        "این هنرپیشه اوکراینی چهل ساله هالیوود در صفحه اینستاگرام خود نوشت: یک هفته است به "
        "ویروس کرونا مبتلا شده‌ام.\n"
    )
    assert said(text)[-1] == ("اولگا کوریلنکو", None)
    # no one spoke before it: no one
    assert said("این هنرپیشه ۵۹ ساله گفت: «این بیماری فراگیر ماست.»\n") == [(None, None)]


def test_a_member_of_a_body_whose_deputy_head_spoke() -> None:
    # roozno_427 (the thirteenth draw): «عضو فراکسیون امید» of the faction's deputy head, who is
    # also «عضو کمیسیون عمران»
    text = (
        "عبدالکریم حسین زاده نماینده آذربایجان غربی و عضو کمیسیون عمران در مورد شیوع کرونا "
        "گفت: از همه کادر درمانی کشور تشکر می‌کنم.\n"
        "نایب رئیس فراکسیون امید مجلس تاکید کرد: در حال حاضر تعداد زیادی از مردم به "
        "بیمارستان‌ها می‌روند.\n"
        "حسین زاده بیان کرد: ما نیاز داریم که امروز کنار هم باشیم.\n"
        "عضو فراکسیون امید خاطر نشان کرد: ما به غیر از خود مراقبتی باید هوای همدیگر را هم "
        "داشته باشیم.\n"
    )
    assert said(text) == [("عبدالکریم حسین زاده", None)] * 4
    # a member of another body: not his («عضو کمیسیون بهداشت» beside «عضو کمیسیون عمران»)
    text = text.replace("عضو فراکسیون امید خاطر", "عضو کمیسیون بهداشت خاطر")
    assert said(text)[-1] == (None, None)


def test_one_word_in_quotation_marks_before_a_post_in_apposition() -> None:
    # fars-5_127 (the twelfth draw): a family name the news writes rarely, then a post
    text = (
        'به گزارش خبرگزاری فارس، "میزرا‌نژاد" مدیر بورس منطقه‌ای آذربایجان شرقی می‌گوید: '
        "۱۴ میلیارد ریال معامله شد.\nوی افزود: این معاملات توسط ۱۲۸۵ نفر صورت گرفته است.\n"
    )
    assert said(text) == [("میزرا\u200cنژاد", None)] * 2
    # a word the news writes often («دوشنبه», «امروز»), an outlet: no person
    assert not persons("«دوشنبه» وزیر خارجه گفت: ایران پیروز است.\n")
    assert not persons("«امروز» رئیس جمهور گفت: ایران پیروز است.\n")
    text = "«نیویورک تایمز»، روزنامه آمریکایی نوشت: ایران پیروز است.\n"
    assert said(text) == [(None, "روزنامه نیویورک تایمز")]


def test_given_names_of_other_languages_newly_listed() -> None:
    # tabnak_1132 (the sixth draw), fars-3_291 (the twelfth), roozno_676 (the first)
    text = "دومنیک راب وزیر امور خارجه انگلیس در سخنانی گفت: بریتانیا از این طرح حمایت می‌کند.\n"
    assert said(text) == [("دومنیک راب", None)]
    text = "خسوس پرز وزیر امور خارجه ونزوئلا گفت: ایران و ونزوئلا می‌توانند همکاری کنند.\n"
    assert said(text) == [("خسوس پرز", None)]
    assert persons("اسلاوی ژیژک به‌تازگی در مطلبی عنوان کرده که کرونا جهان را تغییر می‌دهد.\n")
    # «مکس», a jet's name too, opens a name only before a rare word of no Persian shape
    assert persons("مکس بلومنتال روزنامه‌نگار آمریکایی می‌گوید: ایران پیروز است.\n")
    assert not persons("هواپیمای بوئینگ ۷۳۷ مکس از پرواز بازماند.\n")
    assert not persons("بوئینگ ۷۳۷ مکس شده است.\n")


def test_remarks_run_on_after_a_name_are_none_of_it() -> None:
    # roozno_553: «فرمایشاتی کردند», once «دومنیک» is listed; «مایکل پمپئو» ran on so before
    text = "سخنگوی وزارت خارجه گفت: دومنیک راب فرمایشاتی کردند که خیلی مناسب و سازنده نیست.\n"
    assert persons(text) == ["دومنیک راب"]
    text = "سخنگوی وزارت خارجه گفت: مایکل پمپئو فرمایشاتی کردند که مناسب نیست.\n"
    assert persons(text) == ["مایکل پمپئو"]
