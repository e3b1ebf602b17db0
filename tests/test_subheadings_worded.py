"""Subheadings run into a post or a family name, and posts worded otherwise, that the twelve
draws of quotes with no speaker left (``null_speakers_judged*.jsonl``, classes «glued» and
«post»): a heading's last word a plural present verb, an adjective in «یی» or «ساله»
(``glued_pronouns.heading_end``, ``glued_posts``), «در مورد» after a family name run into a
heading's noun (``glued_heading_nouns``), «وزیر» run into the next word
(``glued_posts.run_on_posts``), «پارلمان بخش خصوصی» for «اتاق ایران» (``post_bodies.tsv``).
Snippets of the shared news, outside the gold."""

from __future__ import annotations

from conftest import said

from khabar.extract import lexicons as lx
from khabar.extract.coref import same_post


def test_a_plural_present_verb_ends_a_heading_run_into_a_post() -> None:
    # roozno_115 (the eleventh draw): «شوند» and «دبیرکل ...», a shorter wording of his post
    text = (
        "حجت‌الاسلام مرتضی آقاتهرانی دبیرکل جبهه پایداری انقلاب اسلامی اظهار داشت: مردم "
        "باید محکم پای انتخابات بیایند.\n"
        "افتضاح است بعد از چهار سال ۹۰ نماینده مجلس به دلیل پرونده مالی رد صلاحیت "
        "شونددبیرکل جبهه پایداری تصریح کرد: نباید ما شاهد مجلسی باشیم که بعد از ۴ سال "
        "بگویند ۹۰ نفر از نمایندگان رد صلاحیت شده‌اند.\n"
    )
    assert said(text) == [("مرتضی آقاتهرانی", None)] * 2
    # roozno_0: «کنند» and the post of «علی مطهری», said before
    text = (
        "علی مطهری، نماینده مردم تهران در مجلس، در گفت‌وگو با اعتمادآنلاین گفت: نباید با "
        "سخت‌گیری‌های بیجا مانع حضور مردم در انتخابات شویم.\n"
        "اجازه دهیم مردم از نظر اجتماعی رشد کنندنماینده مردم تهران در مجلس دهم ادامه داد: "
        "باید به اشخاصی که فساد مالی ندارند اجازه بدهیم نامزد انتخابات شوند.\n"
    )
    assert said(text) == [("علی مطهری", None)] * 2


def test_a_post_of_another_holder_after_the_verb_is_not_theirs() -> None:
    # the post run into the verb, held by nobody the article names: no one
    text = (
        "حجت‌الاسلام مرتضی آقاتهرانی اظهار داشت: مردم باید محکم پای انتخابات بیایند.\n"
        "افتضاح است که نمایندگان رد صلاحیت شوندسخنگوی شورای نگهبان تصریح کرد: رد صلاحیت‌ها "
        "قانونی است.\n"
    )
    assert said(text)[-1] == (None, None)


def test_an_adjective_in_yi_ends_a_heading_run_into_a_post() -> None:
    # roozno_597 (the twelfth draw)
    text = (
        "سردار سرلشکر سید محمد باقری رئیس ستاد کل نیرو‌های مسلح افزود: در بخش لجستیک نیز "
        "وزارت دفاع خط تولید مفصلی ایجاد کرده است.\n"
        "ارائه ظرفیت بیمارستانی نیرو‌های مسلح به بیماران کروناییرئیس ستاد کل نیرو‌های مسلح "
        "از آمادگی برای ارائه ۷۰ درصد ظرفیت بیمارستانی نیرو‌های مسلح به بیماران کرونایی "
        "خبر داد.\n"
    )
    assert said(text) == [("سید محمد باقری", None)] * 2


def test_a_family_name_in_yi_run_into_a_post_is_no_heading() -> None:
    # «رضایی» is a name's word: its post, not a heading's last word and another's post
    text = (
        "سردار سرلشکر سید محمد باقری رئیس ستاد کل نیرو‌های مسلح افزود: وزارت دفاع خط تولید "
        "مفصلی ایجاد کرده است.\n"
        "محسن رضاییرئیس ستاد کل نیرو‌های مسلح سابق گفت: جنگ تمام شده است.\n"
    )
    assert said(text)[-1][0] != "سید محمد باقری"


def test_an_age_ends_a_headline_run_into_a_post_named_next() -> None:
    # roozno_555 (the twelfth draw): the post's holder named in the next sentence
    text = (
        "قربانیان مصرف الکل در خوزستان به 39 نفر رسید/ مرگ نوجوان 15 سالهسرپرست دانشگاه "
        "علوم پزشکی جندی شاپور اهواز گفت: در پی مصرف الکل در استان خوزستان ۵۰۲ نفر دچار "
        "مسمومیت شدند.\n"
        "به گزارش روز نو: فرهاد ابول نژادیان ضمن تایید این خبر گفت: نخستین فرد با عارضه "
        "مسمومیت الکلی در تاریخ ۱۶ اسفند به بیمارستان مراجعه کرد.\n"
    )
    assert said(text) == [("فرهاد ابول نژادیان", None)] * 2
    # nobody named next: no one
    text = (
        "مرگ نوجوان 15 سالهسرپرست دانشگاه علوم پزشکی جندی شاپور اهواز گفت: در پی مصرف الکل "
        "۵۰۲ نفر دچار مسمومیت شدند.\n"
    )
    assert said(text) == [(None, None)]


def test_about_after_a_family_name_run_into_a_heading_noun() -> None:
    # roozno_458 (the eleventh draw): «در مورد» opens what follows the subject
    text = (
        "کیانوش جهانپور، در اعلام گزارش شمار مبتلایان گفت: ۵۹۱ مورد جدید قطعی ابتلا به کووید "
        "۱۹ در کشور اضافه شد.\n"
        "آمار تفکیکی مبتلایان به کووید ۱۹ در استان‌هاچهار استان، کانون شیوع کرونا در "
        "کشورجهانپور در مورد آمار تفکیکی مبتلایان به کووید ۱۹ در استان‌های کشور نیز گفت: "
        "چهار استان تهران، گیلان، قم و اصفهان کانون شیوع شناخته می‌شوند.\n"
    )
    assert said(text) == [("کیانوش جهانپور", None)] * 2
    # the family name never named before: no one
    text = (
        "آمار تفکیکی مبتلایان، کانون شیوع کرونا در کشورجهانپور در مورد آمار تفکیکی مبتلایان "
        "نیز گفت: چهار استان کانون شیوع شناخته می‌شوند.\n"
    )
    assert said(text) == [(None, None)]


def test_a_minister_run_into_the_next_word() -> None:
    # roozno_775 (the twelfth draw): «وزیرکشور» is «وزیر کشور»
    text = (
        "رحمانی فضلی وزیر کشور گفت: برای بازگشایی مدارس تصمیم گرفته نشده است.\n"
        "وزیرکشور در ادامه گفت: یکی از حوزه‌ها، حوزه آموزش و پرورش و آموزش عالی است.\n"
    )
    assert said(text) == [("رحمانی فضلی", None)] * 2
    # tabnak_478 (the tenth draw): «وزیرخارجه آمریکا» of «مایک پمپئو»
    text = (
        "مایک پمپئو وزیر خارجه آمریکا در دیدار با نخست وزیر آلبانی گفت: آمریکا از آلبانی "
        "حمایت می‌کند.\n"
        "وزیرخارجه آمریکا در این دیدار همچنین بر حمایت کشورش از تلاش آلبانی برای عضویت در "
        "اتحادیه اروپا تاکید کرده است.\n"
    )
    assert said(text)[-1] == ("مایک پمپئو", None)
    # «وزیران» is a word of its own: no post run on
    text = "رحمانی فضلی وزیر کشور گفت: تصمیم گرفته نشده است.\nوزیران در ادامه گفتند: بله.\n"
    assert said(text)[-1][0] != "رحمانی فضلی"


def test_the_private_sectors_parliament_is_the_chamber() -> None:
    # roozno_200 (the first draw), roozno_226 (the third)
    text = (
        "غلامحسین شافعی، رئیس پارلمان بخش خصوصی کشور گفت: اتاق ایران آماده همکاری است.\n"
        "رئیس اتاق ایران با نگاه به مصوبه ستاد اقتصاد مقاومتی، برگزاری این نشست را در "
        "راستای بررسی مزایای ایجاد دفاتر تجاری، دانست.\n"
    )
    assert said(text) == [("غلامحسین شافعی", None)] * 2
    # the parliament alone is still the Majlis, and the chamber's head no Majlis speaker
    chamber = tuple(lx.phrase_keys("رئیس پارلمان بخش خصوصی کشور"))
    assert same_post(chamber, tuple(lx.phrase_keys("رئیس اتاق ایران")))
    assert not same_post(chamber, tuple(lx.phrase_keys("رئیس مجلس")))
    assert same_post(
        tuple(lx.phrase_keys("رئیس پارلمان")), tuple(lx.phrase_keys("رئیس مجلس شورای اسلامی"))
    )


def persons(text: str) -> dict[str, list[str]]:
    from khabar.extract import extract_text

    return {p.name: list(p.posts) for p in extract_text(text).persons}


def test_a_minister_run_into_the_ministry_in_a_cabinet_list_is_the_next_names() -> None:
    # tabnak_695: «وزیرعدلیه امیر نظام» is امیر نظام's post, not سالار لشگر's before it
    text = (
        "نصرالملک، وزیر فوائد عامه و تجارت – امین الملک، وزیر معارف سالار لشگر، وزیرعدلیه "
        "امیر نظام، وزیر جنگ سردار معتمد، وزیر پست و تلگراف.\n"
    )
    assert "وزیرعدلیه" not in persons(text).get("سالار لشگر", [])
    # tabnak_498: «نخست» run into the name before: no «وزیررژیم صهیونیستی» of the name
    text = (
        "رایزنی‌های گسترده‌ای برای انجام دیدار میان بنیامین نتانیاهونخست وزیررژیم صهیونیستی "
        "ومحمد بنسلمانولیعهدسعودی در قاهره، در جریان است.\n"
    )
    assert not any("وزیررژیم" in post for posts in persons(text).values() for post in posts)


def test_a_subjunctive_or_a_past_verb_ends_a_heading_run_into_a_post() -> None:
    # roozno_407: «... وارد عمل شوندرییس دفتر رییس جمهوری ... گفت:», named next; and the
    # shared news' «... داشته باشندرئیس جمهور ...», «... قرار دادهرییس مرکز ...»
    text = (
        "حسن روحانی رئیس جمهور گفت: همه باید در خانه بمانند.\n"
        "مردم از فردا آمادگی سختگیری‌ها را داشته باشندرئیس جمهور با اشاره به کمک دولت به صورت "
        "بسته های معیشتی، بیان داشت: مصوبات دیگری هم در راه است.\n"
    )
    assert said(text) == [("حسن روحانی", None)] * 2
    # a verb of three letters is left: «داد» ends words («ایجاد»)
    text = (
        "حسن روحانی رئیس جمهور گفت: همه باید در خانه بمانند.\n"
        "کمک به مردم را ادامه دادرئیس جمهور بیان داشت: مصوبات دیگری هم در راه است.\n"
    )
    assert said(text)[-1] == (None, None)
