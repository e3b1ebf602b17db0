"""Subjects that name nobody, several people, a relayed body or a paper's author, or stand
after a clause of time or a source with no comma, in articles of the judged samples
(``fixtures/speakers_judged*.jsonl``, each text up to the paragraph after its quote)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_speaker

from khabar.evaluate_commitments import read_judged

FIXTURES = Path(__file__).parent / "fixtures"
ITEMS = {
    i["stem"]: i
    for name in ("speakers_judged.jsonl", "speakers_judged_2.jsonl", "speakers_judged_3.jsonl")
    for i in read_judged(FIXTURES / name)
}

CASES = [
    # «این پیمانکار ساختمانی که نخواست نامش فاش شود، گفت:»: someone unnamed, not Trump
    ("tabnak_633", None, None),
    # «"پگاه کریمی"، "محمد مرادی" و "بهزاد رضایی" ... نوشته‌اند»: three people, no one of them
    ("tabnak_789", None, None),
    # «اودی ابینطال، دیگر تحلیل‌گر اسرائیلی ... تاکید کرد»: not the analyst quoted before
    ("roozno_906", None, None),
    # «النشره به نقل از دفتر ریاست جمهوری ترکیه اعلام کرده بود که»
    ("tabnak_1024", None, "دفتر ریاست جمهوری ترکیه"),
    # «در ادامه این پیام آمده است» after «در پیام علی‌اصغر فانی ... آمده است»
    ("fars-1_66", "علی‌اصغر فانی", None),
    # «این سایت ... می‌نویسد» after «سایت "ووکس" در گزارشی ...»
    ("roozno_1059", None, "ووکس"),
    # «وزارت کشور یمن وابسته به انصارالله از ... خبر داد»: «وابسته» is no post here
    ("tabnak_666", None, "وزارت کشور یمن"),
    # «این سایت خبری افزود» after «سایت اینترنتی «میدل‌ایست آن لاین» ... نوشت»
    ("fars-2_79", None, "میدل‌ایست آن لاین"),
    # «زمانی که هماهنگ‌کننده ... صحبت می‌کرد ترامپ به مزاح حرف او را قطع کرد و گفت،»
    ("roozno_466", "ترامپ", None),
    # first sample: «اما به دلیل همه‌گیری جهانی، وی می‌گوید:», an adjunct of cause before «وی»
    ("roozno_725", "ژانگ ونهونگ", None),
    # first sample: a source with no comma of its own before the subject, «به گزارش خبر گزاری
    # فارس از کرمانشاه علی‌محمد فلاحی در ... برگزار شد، اظهار داشت:», who holds the lead's post
    ("fars-2_195", "علی‌محمد فلاحی", None),
    # second sample: a paper known by its issue, «دیلی‌تلگراف در شماره امروز خود ... گزارش داد:»,
    # the listed outlet its name written joined is (``agencies.tsv``)
    ("fars-2_293", None, "روزنامه دیلی تلگراف"),
]


@pytest.mark.parametrize(("stem", "person", "organization"), CASES)
def test_the_speaker_of_the_quote(stem: str, person: str | None, organization: str | None) -> None:
    assert_speaker(ITEMS[stem], person, organization)
