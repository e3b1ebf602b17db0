"""Three shapes of the quotes the draws of quotes with no speaker left: a closing quotation
mark run into the next sentence's first word (text/segment.py), a heading «بیشتر بخوانید: ...»
longer than a heading's reach run into a body (extract/glued_bodies.py), and words of time
between «در همین رابطه» and the subject (extract/subject_start.py). Snippets of the shared news,
outside the gold."""

from __future__ import annotations

from conftest import said

from khabar.text.segment import sentences


def test_a_closing_mark_run_into_a_word_ends_the_sentence() -> None:
    text = "او گفت: «جلسات مجلس نباید تشکیل شود.»این نماینده مجلس همچنین اظهار داشت: بله.\n"
    assert [text[a:b] for a, b in sentences(text)] == [
        "او گفت: «جلسات مجلس نباید تشکیل شود.»",
        "این نماینده مجلس همچنین اظهار داشت: بله.",
    ]


def test_a_closing_mark_run_into_the_frame_ends_nothing_new() -> None:
    # roozno_279: «این در حالی است که سناتور آمریکایی ...»: the senator, not the one quoted
    text = "ترامپ گفت: «این نقض قانون لوگان باشد.»این در حالی است که سناتور آمریکایی اعلام کرد.\n"
    assert len(sentences(text)) == 1


def test_a_closing_mark_before_a_comma_or_a_mark_ends_nothing_new() -> None:
    text = "او گفت: «کار تمام است.»، و رفت.\nسپس «آری.»«نه» گفت.\n"
    assert [text[a:b] for a, b in sentences(text)] == [
        "او گفت: «کار تمام است.»، و رفت.",
        "سپس «آری.»",
        "«نه» گفت.",
    ]


def test_the_anaphor_past_a_closing_mark_run_into_it_speaks() -> None:
    # roozno_872 (the third draw): «این نماینده مجلس» is «مهدی شیخ» of the paragraph before
    quotes = said(
        "«مهدی شیخ» نماینده مردم تهران در مجلس شورای اسلامی نیز، تعطیلی مجلس را خواسته "
        "نمایندگان ندانست.\nاو درباره دلایل تعطیلی مجلس گفت:«در مجلس کنترل این موارد، بسیار "
        "سخت است.\nبر همین اساس بود که ستاد ملی کرونا اجازه تشکیل جلسات مجلس را نداد و اعلام "
        "کرد که جلسات مجلس نباید تشکیل شود.»این نماینده مجلس همچنین اظهار داشت:«در مقایسه "
        "تعطیلی مجلس با مساجد، اماکن زیارتی و سایر اماکن باید بگویم که مجلس وضعیت خاص‌تری "
        "دارد.»\n"
    )
    assert quotes[-1] == ("مهدی شیخ", None)


def test_a_read_more_heading_run_into_a_body() -> None:
    # roozno_842 (the third draw): the link's title ran into «سازمان بهداشت جهانی»
    quotes = said(
        "بیشتر بخوانید: توضیحات مهم سازمان بهداشت جهانی درباره استفاده از ماسک "
        "معمولیسازمان بهداشت جهانی مدعی است که این ماشین یک ماشین قوی است و به معنای قدرت "
        "سرفه انسانی نیست.\n"
    )
    assert quotes == [(None, "سازمان جهانی بهداشت")]


def test_a_read_more_heading_names_no_speaker_of_its_own() -> None:
    quotes = said(
        "بیشتر بخوانید: توضیحات مهم سازمان بهداشت جهانی درباره استفاده از ماسک معمولی "
        "گفته می‌شود که این ماشین یک ماشین قوی است.\n"
    )
    assert all(org is None for _, org in quotes)


def test_words_of_time_after_the_lead_in_then_the_subject() -> None:
    # tabnak_226 (the third draw): the lead-in and «امروز یکشنبه», then the subject, a post
    # in apposition and its comma
    quotes = said(
        "در همین رابطه امروز یکشنبه بنیامین نتانیاهو نخست‌وزیر رژیم صهیونیستی، نیز گفت: "
        "اعلام قریب الوقوع اجرای معامله قرن از سوی دونالد ترامپ رئیس جمهوری آمریکا یک فرصت "
        "تکرار نشدنی است.\nوی پیش از ترک فلسطین اشغالی به مقصد واشنگتن افزود: چنین فرصتی یک "
        "بار در تاریخ تکرار می‌شود و نباید آن را از دست داد.\n"
    )
    assert quotes == [("بنیامین نتانیاهو", None), ("بنیامین نتانیاهو", None)]


def test_words_of_time_after_the_lead_in_then_no_one() -> None:
    quotes = said(
        "در همین رابطه امروز یکشنبه گفته شد که اجرای معامله قرن یک فرصت تکرار نشدنی است.\n"
    )
    assert all(s is None for s, _ in quotes)
