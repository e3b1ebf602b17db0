"""Speakers found since the eleventh judged sample (``fixtures/speakers_judged_11.jsonl``): a
column a person wrote («X در العرب نوشت: ...») goes on in «در ادامه این مطلب آمده است:», which
is theirs."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_speaker

from khabar.evaluate_commitments import read_judged
from khabar.extract import extract_text

FIXTURES = Path(__file__).parent / "fixtures"
ITEMS = {i["stem"]: i for i in read_judged(FIXTURES / "speakers_judged_11.jsonl")}

CASES = [
    # «خیرالله خیرالله در العرب، رسانه نزدیک به عربستان سعودی نوشت: ...», then «به گزارش روز
    # نو، در ادامه این مطلب آمده است:»
    ("roozno_852", "خیرالله خیرالله", None),
    ("roozno_850", "قاسم عزالدین", None),
    # «در ادامه‌ی این مطلب», written with its «ی»
    ("roozno_1048", "خلیل العنانی", None),
]


@pytest.mark.parametrize(("stem", "person", "organization"), CASES)
def test_the_speaker_of_the_quote(stem: str, person: str | None, organization: str | None) -> None:
    assert_speaker(ITEMS[stem], person, organization)


_COLUMN = (
    "عبدالباری عطوان در رای الیوم نوشت: تصمیم ایران برای رد این پیشنهاد درست بود.\n"
    "به گزارش روز نو، در ادامه این مطلب آمده است: "
)


def test_the_column_goes_on() -> None:
    quote = extract_text(_COLUMN + "این پیشنهاد از ابتدا توهین‌آمیز بود.\n").quotes[-1]
    assert quote.speaker == "عبدالباری عطوان"


def test_a_person_the_column_quotes_is_not_its_writer() -> None:
    # the shared news (roozno_753): «در ادامه این مطلب آمده است: حسن روحانی ضمن تمسخر این
    # پیشنهاد، گفت: ...» is Rouhani's words, not Atwan's
    text = _COLUMN + "حسن روحانی ضمن تمسخر این پیشنهاد، گفت: بهتر بود تحریم‌ها را بردارند.\n"
    assert all(q.speaker != "عبدالباری عطوان" for q in extract_text(text).quotes[1:])


def test_a_column_an_outlet_reports_is_no_one_s_it_quoted() -> None:
    # «X گفت:» is no piece X wrote: what follows is the outlet's
    text = (
        "عبدالباری عطوان در گفت‌وگو با رای الیوم گفت: تصمیم ایران درست بود.\n"
        "به گزارش روز نو، در ادامه این مطلب آمده است: این پیشنهاد از ابتدا توهین‌آمیز بود.\n"
    )
    assert extract_text(text).quotes[-1].speaker is None


def test_a_post_after_the_column_is_not_its_writer_s() -> None:
    # the shared news (roozno_850): «رئیس جمهور روسیه در لابلای صحبت‌هایش ... دانست» after
    # the column went on is Putin's, not the writer's
    text = (
        "ولادیمیر پوتین دیروز با روسای شرکت‌های نفتی دیدار کرد.\n"
        "قاسم عزالدین در المیادین نوشت: اختلاف روسیه و عربستان واقعی است.\n"
        "به گزارش روز نو، در ادامه این مطلب آمده است: در این نشست، پوتین عربستان را مسئول "
        "جنگ قیمت‌ها دانست.\n"
        "رئیس جمهور روسیه در لابلای صحبت‌هایش سعودی‌ها را مسئول سقوط نفت شیل آمریکا دانست.\n"
        "پوتین همچنین گفت: روسیه آماده مذاکره است.\n"
    )
    quotes = extract_text(text).quotes
    assert [q.speaker for q in quotes[-3:]] == ["قاسم عزالدین", "ولادیمیر پوتین", "ولادیمیر پوتین"]
