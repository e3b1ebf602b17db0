"""A noun of opinion opens no name, by the false person of the twentieth persons-recall sample
(``tests/fixtures/persons_recall_dev_20.jsonl``), on its sentence, and the names after it that
must stand."""

from __future__ import annotations

from conftest import names

from khabar.extract import extract_text

_OPINION = (
    "اما جلال العبادی، تحلیلگر مسائل امنیتی در گفتگو با العربی الجدید گفت: «اردن در زمان فعلی "
    "به سمت مقابله نظامی و امنیتی با اسرائیل نمی رود». به عقیده العبادی، پادشاه اردن به دلیل "
    "مرزهای طولانی، برگه فشار قدرتمندی را در دست دارد."
)


def test_opinion_opens_no_name_and_the_family_name_after_it_is_found() -> None:
    doc = extract_text(_OPINION)
    assert [p.name for p in doc.persons] == ["جلال العبادی"]
    assert [doc.span_text(m) for m in doc.persons[0].mentions] == ["جلال العبادی", "العبادی"]


def test_a_name_in_full_after_opinion_stands() -> None:
    text = "به عقیده علی ربیعی، سخنگوی دولت، این طرح باید اجرا شود."
    assert names(text) == ["علی ربیعی"]
