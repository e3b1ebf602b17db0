"""The items of a list of persons that neither a rule nor the tagger took, and a name run
into the noun of a compound verb (the misses of the seventh persons-recall sample)."""

from __future__ import annotations

from pathlib import Path

from conftest import persons

FIXTURES = Path(__file__).parent / "fixtures"


def test_the_items_of_a_cast_list_are_persons() -> None:
    text = (FIXTURES / "recall_dev_7/tabnak_1387.txt").read_text(encoding="utf-8")
    found = persons(text)
    # «برد» and «کیت» are words; the tagger took «گارسیا برنال، کوجی یاکوشو» for a body
    for name in (
        "برد پیت",
        "کیت بلانشت",
        "گائل گارسیا برنال",
        "کوجی یاکوشو",
        "آدریانا بارازا",
    ):
        assert found.get(name) == [name], found
    assert "ریچارد" not in found  # a character, named alone, in no list


def test_the_items_of_a_roll_of_winners_are_persons() -> None:
    text = (FIXTURES / "recall_dev_7/fars-4_88.txt").read_text(encoding="utf-8")
    found = persons(text)
    for name in ("محمدصالح فلاح", "عابدینی", "امید بنی‌اسد", "رضوانه شیخ زاده"):
        assert found.get(name) == [name], found
    assert "ولی‌الله دانشمند" in found  # one other person found beside him: «... و ...»
    assert "اسماء سالار صادقی" in found and "سالار صادقی" not in found
    # a list of things: no person found among its items
    assert not [n for n in found if "اسکیت" in n or "استان" in n], found


def test_a_name_ends_before_the_noun_of_a_compound_verb() -> None:
    found = persons("در رشته چرخ تیز پوریا ایزدی قهرمان شد، امیر دلیرنیا به نایب قهرمانی دست یافت.")
    assert "پوریا ایزدی" in found and "پوریا ایزدی قهرمان" not in found, found
