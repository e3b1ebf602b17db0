"""Speakers the fifth judged sample (``fixtures/speakers_judged_5.jsonl``, each text up to the
paragraph after its quote) showed wrong or missed, and the rules written for their causes."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_speaker

from khabar.evaluate_commitments import read_judged
from khabar.evaluate_speakers import extract_item, quote_at
from khabar.extract import extract_text
from khabar.extract.clause_openers import after_adjunct
from khabar.extract.lexicons import phrase_keys, reporting_verbs

FIXTURES = Path(__file__).parent / "fixtures"
ITEMS = {i["stem"]: i for i in read_judged(FIXTURES / "speakers_judged_5.jsonl")}

CASES = [
    # «در تقدیر نامه‌ای که به امضای ابوالفضل کیانی بختیاری ... رسیده؛ آمده است»: who signed it
    ("tabnak_112", "ابوالفضل کیانی بختیاری", None),
    # «در مقاله‌ای که دکتر سجاد شهسواری، حقوقدان ...، نگاشته، آمده است»: who wrote it
    ("tabnak_680", "سجاد شهسواری", None),
    # «در نامه‌ای که به امضای «پل برمر» ... رسیده ...، آمده است»: someone khabar does not know,
    # not the speaker before
    ("fars-5_276", None, None),
    # «... به توافق می‌رسندوی ادامه داد»: a heading ending in a verb run into «وی»
    ("roozno_1211", "حسین مرعشی", None),
    # «در ادامه این مطلب آمده است» after «رأی الیوم نوشت»: the outlet's piece
    ("roozno_374", None, "رأی الیوم"),
    # «به گزارش خبرگزاری فرانسه از کانبرا، «رجب طیب اردوغان»، رهبر ... گفت»: a quoted name
    ("fars-2_20", "رجب طیب اردوغان", None),
    # «از سوی دیگر مقامات بهداشتی بریتانیا ... تایید کردند»: unnamed officials, not Trump
    ("roozno_636", None, None),
    # «پس از اینکه بانک مرکزی ژاپن اعلام کرد نرخ بهره ...»: the verb's own subject
    ("tabnak_42", None, "بانک مرکزی ژاپن"),
    # «استاندار اصفهان ... تاکید کرد.» then «به گزارش خبرگزاری فارس از اصفهان به نقل از روابط
    # عمومی استانداری اصفهان، محسن مهرعلیزاده ... دیدار کرد»: named past a long source
    ("fars-3_208", "محسن مهرعلیزاده", None),
]


@pytest.mark.parametrize(("stem", "person", "organization"), CASES)
def test_the_speaker_of_the_quote(stem: str, person: str | None, organization: str | None) -> None:
    assert_speaker(ITEMS[stem], person, organization)


def _opens_at(text: str) -> str:
    """The words from where the subject may open to the last reporting verb of ``text``."""
    keys = list(phrase_keys(text))
    verb_at = max(k for k in range(len(keys)) if reporting_verbs().match(keys, k))
    return " ".join(keys[after_adjunct(keys, 0, verb_at) :])


def test_a_bare_adjunct_is_passed_only_when_no_comma_closes_it() -> None:
    assert _opens_at("از سوی دیگر مقامات بهداشتی بریتانیا تایید کردند").startswith("مقامات")
    # «از سوی دیگر ...، X»: the subject after the comma, as before
    said = "از سوی دیگر مجلس نیز بیکار ننشسته و طیبه سیاوشی، نماینده تهران اعلام کرد"
    assert _opens_at(said).startswith("نماینده")


def test_after_that_the_clause_s_own_subject_speaks_when_no_comma_ends_it() -> None:
    assert _opens_at("پس از اینکه بانک مرکزی ژاپن اعلام کرد").startswith("بانک")
    # «پس از آنکه دولت چین ... تصویب کرد، رئیس جمهور آمریکا ... تهدید کرده است»
    said = "پس از آنکه دولت چین لایحه را تصویب کرد، رئیس جمهور آمریکا اعلام کرد"
    assert _opens_at(said).startswith(" ".join(phrase_keys("رئیس جمهور")))


def test_a_paper_described_by_a_relative_clause_with_its_own_subject_is_left_alone() -> None:
    # «در بیانیه‌ای که ...، وزرای اتحادیه اروپا ... خواستند»: the ministers speak
    doc = extract_text(
        "جان کری وزیر خارجه آمریکا گفت: حمله‌ها ادامه دارد. در بیانیه‌ای که در روزنامه لوموند "
        "منتشر شد، وزرای اتحادیه اروپا از دولت سوریه خواستند بلافاصله به خصومت‌ها پایان دهند."
    )
    assert [q.speaker for q in doc.quotes][-1:] == [None]


def test_a_post_before_a_comma_is_not_the_next_name_s_with_a_post_of_its_own() -> None:
    # «در مراسمی با حضور مدیر عامل شرکت ...، قاسمعلی خدابخشی به عنوان مدیر عامل جدید ... معرفی
    # شد»: the post is the guest's (مجید نامجو, named later), not the one introduced
    item = next(
        i for i in read_judged(FIXTURES / "speakers_judged_2.jsonl") if i["stem"] == "fars-5_114"
    )
    quote = quote_at(extract_item(item), item["start"])
    assert quote is not None and quote.speaker == "مجید نامجو"


def test_a_post_alone_is_not_the_next_speaker_s_who_speaks_too() -> None:
    # «X نیز گفته است» after a post alone: X is someone else (the post is Trump's, unnamed)
    text = (
        "پس از آنکه دولت چین لایحه جنجالی امنیتی هنگ‌کنگ را تصویب کرد، رئیس جمهور آمریکا نسبت "
        "به از دست رفتن موقعیت هنگ‌کنگ هشدار داده و تهدید کرده است که آمریکا پاسخی قاطع به چین "
        "خواهد داد.\nمایک پمپیو، وزیر خارجه آمریکا نیز گفته است این کشور دیگر نمی‌تواند "
        "هنگ‌کنگ را یک منطقه خودمختار بداند."
    )
    assert [q.speaker for q in extract_text(text).quotes] == [None, "مایک پمپیو"]
