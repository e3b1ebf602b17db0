"""Bodies speaking through their reports: a bulletin is a periodical that speaks as a whole
(«بولتن», a speaking head as «نشریه» and «مجله» are), so its report going on («این گزارش
می‌افزاید») is its own; and «در این گزارش آمده است» after a body spoke goes on with that body's
report, as «این گزارش می‌افزاید» does."""

from __future__ import annotations

import json
from pathlib import Path

from khabar.extract import extract_text
from khabar.model import Document

FIXTURES = Path(__file__).parent / "fixtures"
BULLETIN = "بولتن دانشمندان اتمی آمریکا"


def _said(doc: Document, starts: str) -> tuple[str | None, str | None]:
    quote = next(q for q in doc.quotes if doc.span_text(q.span).lstrip("« ").startswith(starts))
    return quote.speaker, quote.speaker_organization


def _bulletin_article() -> Document:
    # fars-1_163 (``quotes_recall_dev_33``): the Bulletin of the Atomic Scientists, a report
    # quoted sentence after sentence
    return extract_text((FIXTURES / "quotes_dev_33/fars-1_163.txt").read_text(encoding="utf-8"))


def test_a_bulletin_speaks_as_a_whole() -> None:
    # «خبرگزاری فارس: بولتن دانشمندان اتمی آمریکا اعلام کرد در حالی که ...»
    assert _said(_bulletin_article(), "در حالی که مقامات ارشد") == (None, BULLETIN)


def test_the_bulletins_report_goes_on() -> None:
    # «این گزارش می‌افزاید از دیگر مشکلاتی که ایران با آن روبروست، ...»
    assert _said(_bulletin_article(), "از دیگر مشکلاتی") == (None, BULLETIN)


def test_a_bulletin_in_the_plural_is_no_body() -> None:
    # fars-5_135 (the first null draw's article): «... رتبه کشور ... در جذب سرمایه‌گذاری‌ها در
    # بولتن‌های بین‌المللی از جمله بانک جهانی ...», no body of that name
    doc = extract_text(
        "مدیرکل حفاظت محیط زیست گفت: برای بالا بردن رتبه کشور جمهوری اسلامی ایران در جذب "
        "سرمایه‌گذاری‌ها در بولتن‌های بین‌المللی از جمله بانک جهانی و سایر مراجع، طرح ستاد "
        "پنجره واحد در حفاظت محیط زیست استان اجرا می‌شود."
    )
    assert not any("بولتن" in o.name for o in doc.organizations)
    assert not any("بولتن" in (q.speaker_organization or "") for q in doc.quotes)


def _item(sample: str, stem: str) -> dict:
    lines = (FIXTURES / sample).read_text(encoding="utf-8").splitlines()
    return next(i for i in map(json.loads, filter(None, lines)) if i["stem"] == stem)


def test_in_this_report_goes_on_with_the_body_that_spoke() -> None:
    # tabnak_1400 (``null_speakers_judged_5``): «در گزارش این مؤسسه آمده است: «...»» of
    # «موسسه تحقیقات انگلیسی «آکسفورد اکونومیکس»», then «در این گزارش همچنین آمده است:»
    doc = extract_text(_item("null_speakers_judged_5.jsonl", "tabnak_1400")["text"])
    said = _said(doc, "وضعیت اقتصادی آمریکا")
    assert said == (None, "موسسه تحقیقات انگلیسی آکسفورد اکونومیکس")


def test_in_this_report_after_a_person_is_not_a_body() -> None:
    # a person spoke last: «در این گزارش آمده است» is given to no body
    doc = extract_text(
        "وزارت بهداشت اعلام کرد که شمار مبتلایان افزایش یافته است. علی ربیعی، سخنگوی دولت "
        "گفت: این آمار دقیق نیست. در این گزارش آمده است: بیمارستان‌ها آماده هستند."
    )
    assert _said(doc, "بیمارستان") != (None, "وزارت بهداشت")
