"""Statements whose speaker the article names but that were left with none: those in charge of
a body («مسئولان», «نمایندگان», «اعضای», «مدیران» and the body's name) speak for it when the
article has the body speak in its own name too; where it never does, the judged samples read
them as officials unnamed, and so does the extractor."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_speaker, said

from khabar.evaluate_commitments import read_judged
from khabar.extract import extract_text

FIXTURES = Path(__file__).parent / "fixtures"


def _item(sample: str, stem: str, starts: str = "") -> dict:
    return next(
        i
        for i in read_judged(FIXTURES / sample)
        if i["stem"] == stem and i["starts"].startswith(starts)
    )


def test_officials_of_a_body_that_speaks_itself_speak_for_it() -> None:
    # tabnak_1160 (``speakers_judged_11``): «مسئولان وزارت بهداشت امارات ... اعلام کردند», then
    # «وزارت بهداشت امارات امروز به آخرین آمار ... اشاره کرد»; the quote now opens past them
    doc = extract_text(_item("speakers_judged_11.jsonl", "tabnak_1160")["text"])
    quote = next(q for q in doc.quotes if doc.text.startswith("شمار مبتلایان", q.span.start))
    assert (quote.speaker, quote.speaker_organization) == (None, "وزارت بهداشت امارات")


def test_the_club_that_wrote_to_its_striker() -> None:
    # tabnak_1393 (``null_speakers_judged_15``): «باشگاه پرسپولیس در جدیدترین نامه خود ...
    # اعلام کرده» before «مسئولان باشگاه پرسپولیس از مهاجم ایرلندی خود خواستند تا»
    assert_speaker(_item("null_speakers_judged_15.jsonl", "tabnak_1393"), None, "باشگاه پرسپولیس")


@pytest.mark.parametrize(
    ("sample", "stem", "starts"),
    [
        # «اما مسئولان دولت روسیه تاکید کرده‌اند که»: the government never speaks itself
        ("null_speakers_judged_16.jsonl", "roozno_730", ""),
        # «مسئولان سازمان راهداری در این راستا اعلام کردند که»
        ("null_speakers_judged_5.jsonl", "tabnak_819", ""),
        # «مسئولان شرکت «دایملر-کرایسلر» پیش‌تر اعلام کردند،»: the company is only struck at
        ("null_speakers_judged_17.jsonl", "fars-4_248", "به خاطر"),
        # «اعضای شورای شهر تهران در صحن امروز شورا مباحثی را ... مطرح کردند»
        ("null_speakers_judged_10.jsonl", "fars-4_58", ""),
        # «نمایندگان مجلس درباره «معافیت ...» ... اعلام کردند:», a digest's item
        ("body_speakers_judged.jsonl", "tabnak_1140", ""),
        # «مقامات سازمان بهداشت جهانی اعلام کرده‌اند که»: judged nobody's here and the body's in
        # ``speakers_judged_12``; «مقامات» are left to nobody
        ("null_speakers_judged_16.jsonl", "roozno_470", ""),
    ],
)
def test_officials_of_a_body_that_never_speaks_itself_stay_unnamed(
    sample: str, stem: str, starts: str
) -> None:
    assert_speaker(_item(sample, stem, starts), None, None)


def test_officials_with_others_in_an_article_the_ministry_never_speaks_in() -> None:
    # tabnak_790 (its article held by two samples for another quote, this one by none): «مسوولان
    # وزارت بهداشت و پزشکان متخصص بار‌ها تاکید کرده‌اند، ...»
    quotes = said(
        "مسوولان وزارت بهداشت و پزشکان متخصص بار‌ها تاکید کرده اند، استفاده از ماسک تنها برای "
        "بیماران و کادر پزشکی و درمانی و یا برای حضور در اجتماعات و نزد افراد بیمار ضروری است و "
        "برای همگان و در شرایط عادی نیازی به استفاده از آن نیست.\n"
    )
    assert all(org is None for _, org in quotes)
