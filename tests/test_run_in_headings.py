"""Subheadings run into the paragraph they head, behind quotes the draws left with no speaker
(``null_speakers_judged*.jsonl``, classes «glued» and «lead»): a post past a heading run in
with a space (``extract/heading_posts.py``), and a family name run into a heading's noun
before «در ادامه» or «در پاسخ» (``extract/glued_heading_nouns.py``). Snippets of the shared
news, outside the gold."""

from __future__ import annotations

from conftest import said

from khabar.extract import extract_text
from khabar.extract import lexicons as lx
from khabar.extract.glued_heading_nouns import opens_clause
from khabar.extract.heading_posts import heading_before

PACHAT = (
    "* وجود گندم‌کاران برتر در یانه‌سر با برداشت 6 تن گندم در هکتار رئیس شورای اسلامی روستای "
    "«پچت» در گفت‌وگو با خبرنگار خبرگزاری فارس در بهشهر، گفت: یکی از ظرفیت‌های مهم بخش "
    "یانه‌سر، کشاورزی است.\n"
    "قاسم جلالی تصریح کرد: در این بخش 6 تن گندم در هکتار برداشت شده است.\n"
)


def test_a_post_past_a_starred_heading_is_held_by_the_one_named_next() -> None:
    # fars-4_284 (the tenth draw): «*» marks the heading; the holder named next
    assert said(PACHAT) == [("قاسم جلالی", None)] * 2


def test_a_post_past_a_headings_verb_speaks() -> None:
    # fars-1_140 (the fourth draw): the heading ends «خواهد داشت», the spokesman named before
    text = (
        "غلامرضا موسوی سخنگوی اتحادیه تهیه‌کنندگان گفت: مجمع عمومی اتحادیه هفته آینده برگزار "
        "می‌شود.\n"
        "* تصمیم اتحادیه در آینده سینمای ایران نقشی بدون چون و چرا خواهد داشت سخنگوی اتحادیه "
        "در ادامه در مورد پیش‌بینی خود از نتیجه این بحث‌ها، گفت: تصمیمی که اعضای اتحادیه "
        "اتخاذ کنند در آینده سینما نقشی اساسی خواهد داشت.\n"
    )
    assert said(text) == [("غلامرضا موسوی", None)] * 2


def test_a_post_that_is_the_object_is_left() -> None:
    # «را» past the post: it is what the verb is done to, not who speaks
    quotes = said(PACHAT.replace("در گفت‌وگو با", "را در گفت‌وگو با"))
    assert quotes[0] == (None, None)


def test_what_a_heading_is() -> None:
    keys = list(lx.phrase_keys("اعطای نشان اعتماد به فروشگاه‌ها تولید می‌کنند مدیرکل میراث"))
    assert heading_before(keys, 0, keys.index("مدیرکل"), {})
    # a preposition before the post, a comma in the words before, or no heading's end: none
    for words in (
        "اعطای نشان اعتماد به فروشگاه‌ها تولید می‌کنند با مدیرکل میراث",
        "اعطای نشان اعتماد، به فروشگاه‌ها تولید می‌کنند مدیرکل میراث",
        "انجام مطالعات حفاظت در آذربایجان غربی مدیرکل میراث",
    ):
        keys = list(lx.phrase_keys(words))
        assert not heading_before(keys, 0, keys.index("مدیرکل"), {})


def test_a_family_name_run_into_a_heading_going_on() -> None:
    # roozno_866 (the first draw): «... قوه قضائیهرئیسی در ادامه،»
    text = (
        "سید ابراهیم رئیسی رئیس قوه قضاییه گفت: در تحول باید به مردم نگاه کنیم.\n"
        "احیای حقوق عامه ماموریت قوه قضائیهرئیسی در ادامه، احیای حقوق عامه را به عنوان "
        "ماموریت قوه قضائیه مورد اشاره قرار داد و گفت: در رابطه با حقوق عامه بخش‌های مختلفی "
        "مسئولیت دارند.\n"
    )
    assert said(text) == [("سید ابراهیم رئیسی", None)] * 2


def test_in_before_another_word_opens_no_clause() -> None:
    keys = list(lx.phrase_keys("ماموریت قوه قضائیهرئیسی در ادامه، گفت"))
    assert opens_clause(keys, 2)
    keys = list(lx.phrase_keys("سیاست‌های دولتروحانی در این سال‌ها اعلام شد"))
    assert not opens_clause(keys, 1)


def test_a_family_name_of_two_words_run_into_a_heading() -> None:
    # roozno_355 (the tenth draw): «... بر میزان مشارکترحمانی فضلی با اشاره به ... گفت:»
    text = (
        "عبدالرضا رحمانی فضلی وزیر کشور گفت: انتخابات در آرامش برگزار شد.\n"
        "تاثیر کرونا بر میزان مشارکترحمانی فضلی با اشاره به برگزاری یک مانور عظیم فنی در حوزه "
        "مخابراتی گفت: ما ۳ خط ارتباطی داشتیم.\n"
    )
    assert said(text) == [("عبدالرضا رحمانی فضلی", None)] * 2
    # not named before: the two words run in are left
    quotes = said(text.split("\n", 1)[1])
    assert quotes == [(None, None)]


def test_a_veteran_of_a_sport_leads_by_post() -> None:
    # fars-5_169 (the tenth draw): «پیشکسوت» heads a post, held by the one named next
    text = (
        "پیشکسوت تیم فوتبال پرسپولیس گفت: من خودم بدون مدرک روی نیمکت تیم ملی نشستم.\n"
        "علی کریمی در گفت‌وگو با خبرنگار ورزشی خبرگزاری فارس، گفت: وقتی من خودم بدون مدرک روی "
        "نیمکت تیم ملی نشسته‌ام چطور می‌توانم بگویم برخی بدون مدرک نشسته‌اند؟\n"
    )
    assert said(text) == [("علی کریمی", None)] * 2
    # a veteran is what one is known as, no office: not written among the person's posts
    assert extract_text(text).persons[0].posts == []
    # a veteran the article never names: nobody
    assert said(text.split("\n", 1)[0] + "\n") == [(None, None)]


def test_a_libero_leads_by_post_and_goes_on_by_a_shorter_one() -> None:
    # fars-4_294 (the first draw): «لیبروی» heads a post, as «هافبک» does; the lead's post is
    # held by the one named next, and its shorter wording goes on with him
    text = (
        "لیبروی تیم ملی والیبال لهستان گفت: در کمپ اسپالا روزی 5 ساعت تمرین می‌کردیم.\n"
        "به گزارش خبرگزاری فارس، پاول زاتورسکی درمورد برگزاری کمپ تمرینی تیم ملی والیبال لهستان "
        "اظهار داشت: ما روزانه 5 ساعت تمرین می‌کردیم.\n"
        "لیبروی تیم والیبال لهستان خاطرنشان کرد: ما در اتاق‌های جداگانه مستقر بودیم.\n"
    )
    assert said(text) == [("پاول زاتورسکی", None)] * 3


def test_a_post_ends_at_a_line_break() -> None:
    # fars-3_89 (the eighth draw): the subheading's «وزیر» ran on over the line break into the
    # post that opens the next line, so that no post opened it
    text = (
        "مهدی رسول پناه سرپرست باشگاه پرسپولیس گفت: قرارداد برانکو با ویلموتس فرق دارد.\n"
        "* دندان‌پزشک وزیر نیستم\n"
        "سرپرست باشگاه پرسپولیس درباره اینکه آیا در زمان کرونا هم کار دندان‌پزشکی انجام می‌دهد "
        "گفت: همه بازارها اکنون کساد است.\n"
    )
    assert said(text) == [("مهدی رسول پناه", None)] * 2
    # nor is the heading's word written among his posts
    assert all("وزیر" not in post for post in extract_text(text).persons[0].posts)
