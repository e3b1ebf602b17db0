"""Relatives named by the article's family name and the given names a list joins to it, a
family name alone that the tagger read as a body, and a list's name whose given name is a word
too (misses of the tenth persons-recall sample and of its first, dropped draw)."""

from __future__ import annotations

from pathlib import Path

from conftest import persons

FIXTURES = Path(__file__).parent / "fixtures"

SONS = (
    "* شكرالله نمكي درگذشت\n"
    "حاج شكر‌الله نمكي پدر شهيدان رحمت‌الله، شهرام و شهريار نمكي معلم جانباز امروز در "
    "سنندج درگذشت.\n"
    "در پي درگذشت معلم جانباز مرحوم شكر‌‌الله نمكي پدر شهيدان رحمت‌الله، شهرام و شهريار "
    "نمكي از شهداي مبارز انقلاب اسلامي و پدر زنده ياد نعمت‌الله نمكي استاندار كردستان، "
    "فرماندار و اعضاي شوراي اداري استان با حضور در منزل وي تجليل كردند.\n"
)


def test_the_sons_listed_before_their_family_name_are_persons() -> None:
    found = persons(SONS)
    # «شهریار» is a county and a word too: the family name of «شکرالله نمکی» makes it a name
    assert found.get("شهریار نمکی") == ["شهریار نمکی", "شهریار نمکی"], found
    assert found.get("رحمت\u200cالله") == ["رحمت\u200cالله", "رحمت\u200cالله"], found
    assert found.get("شهرام") == ["شهرام", "شهرام"], found
    assert "شکرالله نمکی" in found


def test_a_list_of_two_given_names_shares_the_family_name() -> None:
    found = persons("مرتضی رحیمی گفت: حسن و حسین رحیمی فرزندان او در این حادثه زخمی شدند.")
    assert "حسین رحیمی" in found and found.get("حسن") == ["حسن"], found


def test_a_given_name_of_a_longer_name_is_no_relative() -> None:
    found = persons("علی کریمی به تهران رفت و محمد حسین کریمی در این جلسه حضور داشت.")
    assert "حسین کریمی" not in found, found


def test_a_family_name_the_tagger_read_as_a_body_is_its_person() -> None:
    text = (
        'خبرگزاري فارس:"گلبدين حكمتيار" رهبر حزب اسلامي افغانستان شايعه پيوستن اين حزب به '
        "دولت را تكذيب كرد.\n"
        "در بيانيه منتشره در ولايت غزني به نقل از حكمتيار آمده بود :«جنگ تنها راه‌حل نيست.»\n"
    )
    found = persons(text)
    # «به نقل از حکمتیار آمده بود»: the tagger's body of one word, his family name
    assert found["گلبدین حکمتیار"].count("حکمتیار") == 1, found


def test_a_name_after_a_person_and_and_is_the_lists_next() -> None:
    text = (FIXTURES / "recall_dev_10/tabnak_1505.txt").read_text(encoding="utf-8")
    found = persons(text)
    # «سپیده» is a word too (dawn): after «سمیه گرامی و», before a family name, a name
    assert found.get("سپیده توکلی") == ["سپیده توکلی"], found
    # after «،» it is an apposition's place: no name
    found = persons("نیمیر عبدالعزیز، ستاره هلندی تیم والیبال میلانو به ژاپن می‌رود.")
    assert "ستاره هلندی" not in found, found
