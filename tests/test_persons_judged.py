"""Persons against a sample of the shared news judged by reading each name in its sentence.

``persons_judged.jsonl``: 300 persons drawn (seed 0) from the extraction of 600 articles
drawn with the same seed (``benchmarks/persons_precision.py`` prints the same figures).
``persons_judged_2.jsonl``: 200 more, drawn (seed 1) from the output of the vetoes of frequent
words at a name's edge, in 600 articles drawn with that seed among those that neither the
first draw nor the gold holds, so that names the newer rules and tagger add are judged too;
a name cut short («فرهاد» of «فرهاد آگاهی») is judged false there.
``persons_judged_3.jsonl``: 300 more, drawn (seed 2) from the extraction of all the shared news
by the rules and the tagger, in 600 articles outside the gold and the first two samples,
judged as the second.
``persons_judged_4.jsonl``: 300 more, drawn (seed 3) the same way from a later extraction of all
the shared news, in 600 articles outside the gold and the first three samples, judged as the
second.
``persons_judged_5.jsonl``: 300 more, drawn (seed 4) from 600 articles outside the gold and the
first four samples, extracted again by the rules and the tagger of the day it was drawn, judged
as the second.
``persons_judged_6.jsonl``: 300 more, drawn (seed 5) the same way, outside the gold and the first
five samples.
``persons_judged_7.jsonl``: 300 more, drawn (seed 6) the same way, outside the gold and every
article any other fixture holds (``--exclude-fixtures``).
``persons_judged_8.jsonl``: 300 more, drawn (seed 7) the same way from 495 articles no fixture
held at 36db643, extracted again at 36db643.
``persons_judged_9.jsonl``: 300 more, drawn (seed 9) the same way from 341 articles no fixture
held at 56fc4e7 (nor any other sample drawn beside it), extracted again at 56fc4e7.
``persons_judged_10.jsonl``: 300 more, drawn (seed 10) the same way from 249 articles no fixture
held at 58c4fb9 and no other sample drawn beside it drew from, extracted again at 58c4fb9.
``persons_judged_11.jsonl``: 300 more, drawn (seed 11) the same way from the 758 articles no
fixture held at a0ed287 (600 of them drawn), extracted again at a0ed287.
``persons_judged_12.jsonl``: 211 more, all the persons (seed 12) of the 541 articles no fixture
held after the eleventh (118 of them hold a person), extracted again at 2137115."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from khabar.evaluate_commitments import read_judged
from khabar.evaluate_persons import (
    article_key,
    gold_articles,
    judged_articles,
    score,
    score_articles,
)
from khabar.evaluate_speakers import stem_of

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def items() -> list[dict]:
    return list(read_judged(FIXTURES / "persons_judged.jsonl"))


def test_the_sample_is_judged_as_drawn(items) -> None:
    assert len(items) == 300
    assert Counter(i["why"] for i in items if not i["verdict"]) == {
        "no person": 23,
        "joined": 17,
        "named after": 2,
        "holy": 1,
    }


def test_precision_on_the_judged_sample(items) -> None:
    result = score(items)
    # 0.86 (40 false, 3 true lost to the cut context) before the lexicons' vetoes, 0.927 (20
    # false) before the vetoes of frequent words at a name's edge, countries and towns; 0.985
    # (4 false) after the eleventh sample's vetoes («خونریزی» opens no name)
    assert result.precision >= 0.984, [i["name"] for i in result.kept_false_items]
    assert len(result.lost_true) <= 4, [i["name"] for i in result.lost_true]


def test_a_line_without_a_verdict_is_refused(tmp_path: Path) -> None:
    line = json.loads((FIXTURES / "persons_judged.jsonl").read_text("utf-8").splitlines()[0])
    path = tmp_path / "judged.jsonl"
    path.write_text(json.dumps({**line, "verdict": None}) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="judged.jsonl:1: verdict must be true or false"):
        list(read_judged(path))


@pytest.fixture(scope="module")
def items_2() -> list[dict]:
    return list(read_judged(FIXTURES / "persons_judged_2.jsonl"))


def test_the_second_sample_is_judged_as_drawn(items_2) -> None:
    assert len(items_2) == 200
    assert Counter(i["why"] for i in items_2 if not i["verdict"]) == {
        "no person": 18,
        "joined": 9,
        "cut short": 6,
    }


def test_precision_on_the_second_sample(items_2) -> None:
    result = score(items_2)
    # 0.841 (30 false) as drawn, 0.903 (17) before the vetoes of the third sample, 0.919 (14)
    # after them; 8 true names are found only with the rest of their article
    assert result.precision >= 0.915, [i["name"] for i in result.kept_false_items]
    assert len(result.lost_true) <= 8, [i["name"] for i in result.lost_true]


@pytest.fixture(scope="module")
def items_3() -> list[dict]:
    return list(read_judged(FIXTURES / "persons_judged_3.jsonl"))


def test_the_third_sample_is_judged_as_drawn(items_3) -> None:
    assert len(items_3) == 300
    assert Counter(i["why"] for i in items_3 if not i["verdict"]) == {
        "no person": 15,
        "joined": 12,
        "cut short": 9,
        "named after": 5,
        "holy": 2,
    }


def test_the_third_sample_holds_no_gold_and_no_earlier_sample(items_3) -> None:
    gold = gold_articles([FIXTURES / "gold/drawn.tsv", FIXTURES / "news/SOURCES.md"])
    assert ("fars-news-4.json", "item 196") in gold  # fars-4_195: its array index is 0-based
    assert ("tabnak_data_123.txt", None) in gold
    earlier = judged_articles(
        [FIXTURES / "persons_judged.jsonl", FIXTURES / "persons_judged_2.jsonl"]
    )
    drawn = {article_key(i["path"], i["locator"]) for i in items_3}
    assert not drawn & (gold | earlier)


def test_precision_on_the_third_sample(items_3) -> None:
    result = score(items_3)
    # 0.857 as drawn (43 false); 0.865 (38 false) extracted again from the contexts before
    # the vetoes of kin, holy blessings, ordinary compounds, light verbs, words said twice,
    # Arabic spellings, nicknames, products, cited outlets, and before a name goes on as the
    # article gives it in full
    assert result.precision >= 0.97, [i["name"] for i in result.kept_false_items]
    assert len(result.lost_true) <= 14, [i["name"] for i in result.lost_true]


def test_whole_articles_are_scored_by_their_path_and_place(items_3, tmp_path: Path) -> None:
    # an extraction of two of the judged articles (both names true): one reports its judged
    # name again, the other reports no one
    kept, lost = items_3[0], next(i for i in items_3[1:] if i["path"] != items_3[0]["path"])
    out = tmp_path / "news.jsonl"
    records = [
        {"path": kept["path"], "locator": kept["locator"], "persons": [{"name": kept["name"]}]},
        {"path": lost["path"], "locator": lost["locator"], "persons": []},
    ]
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    result = score_articles([kept, lost], out)
    assert (result.kept_true, result.kept_false) == (1, 0)
    assert [i["name"] for i in result.lost_true] == [lost["name"]]


@pytest.fixture(scope="module")
def items_4() -> list[dict]:
    return list(read_judged(FIXTURES / "persons_judged_4.jsonl"))


def test_the_fourth_sample_is_judged_as_drawn(items_4) -> None:
    assert len(items_4) == 300
    assert Counter(i["why"] for i in items_4 if not i["verdict"]) == {
        "no person": 22,
        "joined": 9,
        "named after": 4,
        "cut short": 2,
    }


def test_the_fourth_sample_holds_no_gold_and_no_earlier_sample(items_4) -> None:
    gold = gold_articles([FIXTURES / "gold/drawn.tsv", FIXTURES / "news/SOURCES.md"])
    earlier = judged_articles([FIXTURES / f"persons_judged{n}.jsonl" for n in ("", "_2", "_3")])
    drawn = {article_key(i["path"], i["locator"]) for i in items_4}
    assert not drawn & (gold | earlier)


def test_precision_on_the_fourth_sample(items_4) -> None:
    result = score(items_4)
    # 0.877 as drawn (37 false, whole articles); 0.886 (32 false) extracted again from the
    # contexts before the vetoes of Arabic text, places named after someone, family names run
    # into a word, «معروف به», acronyms and citations' places; 0.947 (14 false) after them;
    # 0.958 (11 false) after later rules, the last «یکم» (first), a fund's number; 0.969 (8
    # false) after the eleventh sample's vetoes (a company's name alone, «شیرینی ...»)
    assert result.precision >= 0.968, [i["name"] for i in result.kept_false_items]
    assert len(result.lost_true) <= 14, [i["name"] for i in result.lost_true]


@pytest.fixture(scope="module")
def items_5() -> list[dict]:
    return list(read_judged(FIXTURES / "persons_judged_5.jsonl"))


def test_the_fifth_sample_is_judged_as_drawn(items_5) -> None:
    assert len(items_5) == 300
    assert Counter(i["why"] for i in items_5 if not i["verdict"]) == {
        "no person": 13,
        "cut short": 9,
        "joined": 6,
        "named after": 4,
    }


def test_the_fifth_sample_holds_no_gold_and_no_earlier_sample(items_5) -> None:
    gold = gold_articles([FIXTURES / "gold/drawn.tsv", FIXTURES / "news/SOURCES.md"])
    earlier = judged_articles(
        [FIXTURES / f"persons_judged{n}.jsonl" for n in ("", "_2", "_3", "_4")]
    )
    drawn = {article_key(i["path"], i["locator"]) for i in items_5}
    assert not drawn & (gold | earlier)


def test_precision_on_the_fifth_sample(items_5) -> None:
    result = score(items_5)
    # 0.893 as drawn (32 false, whole articles); 0.900 (28 false) extracted again from the
    # contexts before the vetoes of places named after someone past an adjective, a post run
    # into its body, a name's spelling in Latin letters, the noun of a compound verb, «به‌»
    # and adverbs before a name; 0.948 (14 false) after them; 0.958 (11 false) after later
    # rules, the eleventh sample's vetoes last
    assert result.precision >= 0.958, [i["name"] for i in result.kept_false_items]
    assert len(result.lost_true) <= 15, [i["name"] for i in result.lost_true]


@pytest.fixture(scope="module")
def items_6() -> list[dict]:
    return list(read_judged(FIXTURES / "persons_judged_6.jsonl"))


def test_the_sixth_sample_is_judged_as_drawn(items_6) -> None:
    assert len(items_6) == 300
    assert Counter(i["why"] for i in items_6 if not i["verdict"]) == {
        "joined": 13,
        "no person": 12,
        "cut short": 8,
        "named after": 4,
    }


def test_the_sixth_sample_holds_no_gold_and_no_earlier_sample(items_6) -> None:
    gold = gold_articles([FIXTURES / "gold/drawn.tsv", FIXTURES / "news/SOURCES.md"])
    earlier = judged_articles(
        [FIXTURES / f"persons_judged{n}.jsonl" for n in ("", "_2", "_3", "_4", "_5")]
    )
    drawn = {article_key(i["path"], i["locator"]) for i in items_6}
    assert not drawn & (gold | earlier)


def test_precision_on_the_sixth_sample(items_6) -> None:
    result = score(items_6)
    # 0.877 as drawn (37 false, whole articles); 0.892 (30 false) extracted again from the
    # contexts before the vetoes of glued ends, verbs, places past a number and of an airline,
    # a verse's words, a plural title, the commonest words before a light verb; 0.947 (14
    # false) after them; 14 true names are found only with the rest of their article, and
    # «علم‌الهدی» is now a mention of «سید احمد علم الهدی» named before it (family_spellings.py);
    # 0.958 (11 false) once a quoted name's first word is taken in («همام صادق دبی‌ات»)
    assert result.precision >= 0.957, [i["name"] for i in result.kept_false_items]
    assert len(result.lost_true) <= 15, [i["name"] for i in result.lost_true]


@pytest.fixture(scope="module")
def items_7() -> list[dict]:
    return list(read_judged(FIXTURES / "persons_judged_7.jsonl"))


def test_the_seventh_sample_is_judged_as_drawn(items_7) -> None:
    assert len(items_7) == 300
    assert Counter(i["why"] for i in items_7 if not i["verdict"]) == {
        "no person": 17,
        "cut short": 4,
        "joined": 3,
        "named after": 1,
        "holy": 1,
    }


def _fixture_stems(but: set[str]) -> set[str]:
    """The stems of the articles every fixture but those named in ``but`` holds: a text's
    name, a judged line's ``stem``, ``file`` or ``path``."""
    stems = {p.stem for p in FIXTURES.rglob("*.txt") if p.parent.name not in but}
    stems |= {p.stem for p in (FIXTURES / "gold").glob("*.json")}
    for path in FIXTURES.glob("*.jsonl"):
        if path.name in but:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            if "stem" in item:
                stems.add(item["stem"])
            if "file" in item:
                stems.add(Path(item["file"]).stem)
            if "path" in item:
                stems.add(stem_of(item))
    return stems


# drawn the same hour as the seventh, from the same pool: 9 of its articles are in them too
# (and 7 in the pronouns speakers sample, drawn from the same extraction)
SAME_HOUR = {
    "persons_judged_7.jsonl",
    "pronoun_speakers_judged.jsonl",
    "speakers_judged_8.jsonl",
    "persons_recall_dev_6.jsonl",
    "recall_dev_6",
}


def test_the_seventh_sample_holds_no_gold_and_no_article_of_an_earlier_fixture(items_7) -> None:
    gold = gold_articles([FIXTURES / "gold/drawn.tsv", FIXTURES / "news/SOURCES.md"])
    drawn = {article_key(i["path"], i["locator"]) for i in items_7}
    assert not drawn & gold
    held = _fixture_stems(SAME_HOUR)
    assert {"tabnak_240", "fars-4_270"} <= held  # a persons-recall text, a speakers line
    assert not {stem_of(i) for i in items_7} & held
    assert len({stem_of(i) for i in items_7} & _fixture_stems({"persons_judged_7.jsonl"})) == 16


def test_precision_on_the_seventh_sample(items_7) -> None:
    result = score(items_7)
    # 0.913 as drawn (26 false, whole articles); 0.924 (22 false) extracted again from the
    # contexts before the vetoes of spoken Persian, things named after someone, blessings,
    # «... به نام» and a lone word after a royal title; 0.947 (15 false) after them; 0.951 (14
    # false) after the eleventh sample's vetoes; 0.954 (13 false) once a name's last word
    # before a post after a comma is taken in; 6 true names are found only with the rest of
    # their article
    assert result.precision >= 0.953, [i["name"] for i in result.kept_false_items]
    assert len(result.lost_true) <= 6, [i["name"] for i in result.lost_true]


@pytest.fixture(scope="module")
def items_8() -> list[dict]:
    return list(read_judged(FIXTURES / "persons_judged_8.jsonl"))


def test_the_eighth_sample_is_judged_as_drawn(items_8) -> None:
    assert len(items_8) == 300
    assert Counter(i["why"] for i in items_8 if not i["verdict"]) == {
        "no person": 14,
        "cut short": 6,
        "joined": 5,
        "named after": 2,
        "holy": 1,
    }


def test_the_eighth_sample_holds_no_gold_and_no_article_of_another_fixture(items_8) -> None:
    gold = gold_articles([FIXTURES / "gold/drawn.tsv", FIXTURES / "news/SOURCES.md"])
    drawn = {article_key(i["path"], i["locator"]) for i in items_8}
    assert not drawn & gold
    stems = {stem_of(i) for i in items_8}
    assert len(stems) == 158
    assert not stems & _fixture_stems({"persons_judged_8.jsonl"})


def test_precision_on_the_eighth_sample(items_8) -> None:
    result = score(items_8)
    # 0.907 as drawn (28 false, whole articles); 0.920 (23 false) extracted again from the
    # contexts before the vetoes of places' leads, fields of study, participles, «غیره», the
    # country of the news at a name's end, a holy title inside a name, a rule's title inside
    # the tagger's name and before names cut at a spelled initial were mended; 0.940 (17
    # false) after them; 6 true names are found only with the rest of their article
    assert result.precision >= 0.939, [i["name"] for i in result.kept_false_items]
    assert len(result.lost_true) <= 6, [i["name"] for i in result.lost_true]


@pytest.fixture(scope="module")
def items_9() -> list[dict]:
    return list(read_judged(FIXTURES / "persons_judged_9.jsonl"))


def test_the_ninth_sample_is_judged_as_drawn(items_9) -> None:
    assert len(items_9) == 300
    assert Counter(i["why"] for i in items_9 if not i["verdict"]) == {
        "no person": 23,
        "cut short": 10,
        "joined": 2,
        "named after": 2,
        "holy": 1,
    }


def test_the_ninth_sample_holds_no_gold_and_no_article_of_another_fixture(items_9) -> None:
    gold = gold_articles([FIXTURES / "gold/drawn.tsv", FIXTURES / "news/SOURCES.md"])
    drawn = {article_key(i["path"], i["locator"]) for i in items_9}
    assert not drawn & gold
    stems = {stem_of(i) for i in items_9}
    assert len(stems) == 157
    assert not stems & _fixture_stems({"persons_judged_9.jsonl"})


def test_precision_on_the_ninth_sample(items_9) -> None:
    result = score(items_9)
    # 0.873 as drawn (38 false, whole articles); 0.878 (35 false) extracted again from the
    # contexts before a country's adjective at a name's end, a zone's, a base's and a
    # bazaar's names, the Imam of the Age's blessing and names in quotes before an age were
    # read, 0.910 (25 false) after them; 0.913 (24 false) after a verb run into a given name
    # and a role after «به عنوان»; 0.920 (22 false) after a noun of action in «آفرینی» ends
    # no name, 0.923 (21 false) after a plural in «ان» of a frequent word, 0.926 (20 false)
    # after a work's word after the quotes («قطعه‌ای»); 10 true names are found only with the
    # rest of their article
    assert result.precision >= 0.926, [i["name"] for i in result.kept_false_items]
    assert len(result.lost_true) <= 10, [i["name"] for i in result.lost_true]


@pytest.fixture(scope="module")
def items_10() -> list[dict]:
    return list(read_judged(FIXTURES / "persons_judged_10.jsonl"))


def test_the_tenth_sample_is_judged_as_drawn(items_10) -> None:
    assert len(items_10) == 300
    assert Counter(i["why"] for i in items_10 if not i["verdict"]) == {
        "no person": 24,
        "cut short": 7,
        "joined": 7,
        "named after": 4,
    }


def test_the_tenth_sample_holds_no_gold_and_no_article_of_another_fixture(items_10) -> None:
    gold = gold_articles([FIXTURES / "gold/drawn.tsv", FIXTURES / "news/SOURCES.md"])
    drawn = {article_key(i["path"], i["locator"]) for i in items_10}
    assert not drawn & gold
    stems = {stem_of(i) for i in items_10}
    assert len(stems) == 123
    assert not stems & _fixture_stems({"persons_judged_10.jsonl"})


def test_precision_on_the_tenth_sample(items_10) -> None:
    result = score(items_10)
    # 0.860 as drawn (42 false, whole articles); 0.876 (35 false) extracted again from the
    # contexts before «مظاهر», a pronoun written apart, plurals in «گان», perfects, titles
    # with a subtitle or a language, an index, a club's form, factories and silos named after
    # martyrs were read, 0.918 (22 false) after them; 0.922 (21 false) after a work's word
    # after the quotes («قطعه‌ای»), 0.925 (20 false) after «یکم»; 11 true names are found
    # only with the rest of their article
    assert result.precision >= 0.925, [i["name"] for i in result.kept_false_items]
    assert len(result.lost_true) <= 11, [i["name"] for i in result.lost_true]


@pytest.fixture(scope="module")
def items_11() -> list[dict]:
    return list(read_judged(FIXTURES / "persons_judged_11.jsonl"))


def test_the_eleventh_sample_is_judged_as_drawn(items_11) -> None:
    assert len(items_11) == 300
    assert Counter(i["why"] for i in items_11 if not i["verdict"]) == {
        "no person": 16,
        "cut short": 6,
        "named after": 2,
    }


# drawn the same hour as the eleventh, from the articles no fixture held at a0ed287
SAME_HOUR_11 = {
    "persons_judged_11.jsonl",
    "speakers_judged_12.jsonl",
    "persons_recall_dev_10.jsonl",
    "recall_dev_10",
}


def test_the_eleventh_sample_holds_no_gold_and_no_article_of_another_fixture(items_11) -> None:
    gold = gold_articles([FIXTURES / "gold/drawn.tsv", FIXTURES / "news/SOURCES.md"])
    drawn = {article_key(i["path"], i["locator"]) for i in items_11}
    assert not drawn & gold
    stems = {stem_of(i) for i in items_11}
    assert len(stems) == 135
    assert not stems & _fixture_stems(SAME_HOUR_11)
    # drawn beside it from the same pool: 31 of its articles are in the twelfth speakers
    # sample, 1 in the tenth persons-recall sample
    assert len(stems & _fixture_stems({"persons_judged_11.jsonl"})) == 32


def test_precision_on_the_eleventh_sample(items_11) -> None:
    result = score(items_11)
    # 0.920 as drawn (24 false, whole articles); 0.928 (20 false) extracted again from the
    # contexts before a kind of thing, a group's word, «لا», «دخت», «پرور» at a name's edge,
    # a spoken word, Arabic «الناس», a martyr's name after a place's town and a company's
    # name alone were read, 0.959 (11 false) after them; 0.966 (9 false) once a name's last
    # word before a post after a comma is taken in; 17 true names are found only with the
    # rest of their article
    assert result.precision >= 0.966, [i["name"] for i in result.kept_false_items]
    assert len(result.lost_true) <= 17, [i["name"] for i in result.lost_true]


@pytest.fixture(scope="module")
def items_12() -> list[dict]:
    return list(read_judged(FIXTURES / "persons_judged_12.jsonl"))


def test_the_twelfth_sample_is_judged_as_drawn(items_12) -> None:
    # the pool held 211 persons, not 300: all were drawn
    assert len(items_12) == 211
    assert Counter(i["why"] for i in items_12 if not i["verdict"]) == {
        "no person": 17,
        "named after": 4,
        "cut short": 3,
        "joined": 2,
    }


# drawn the same hour as the twelfth, from the articles no fixture held at a0ed287
SAME_HOUR_12 = {"persons_judged_12.jsonl", "speakers_judged_13.jsonl"}


def test_the_twelfth_sample_holds_no_gold_and_no_article_of_another_fixture(items_12) -> None:
    gold = gold_articles([FIXTURES / "gold/drawn.tsv", FIXTURES / "news/SOURCES.md"])
    drawn = {article_key(i["path"], i["locator"]) for i in items_12}
    assert not drawn & gold
    stems = {stem_of(i) for i in items_12}
    assert len(stems) == 118
    assert not stems & _fixture_stems(SAME_HOUR_12)
    # drawn beside it from the same pool: 41 of its articles are in the thirteenth speakers
    # sample, where that sample is held
    beside = 41 if (FIXTURES / "speakers_judged_13.jsonl").exists() else 0
    assert len(stems & _fixture_stems({"persons_judged_12.jsonl"})) == beside


def test_precision_on_the_twelfth_sample(items_12) -> None:
    result = score(items_12)
    # 0.877 as drawn (26 false, whole articles); 0.904 (19 false) extracted again from the
    # contexts before counted martyrs, a library's name, more kinds of things, ordinary words,
    # «روستای» and ordinals at a name's edge were read, 0.952 (9 false) after them; 0.962 (7
    # false) once «خواجه» stands before a name a university bears and «داروسازی» heads a
    # company's; 0.967 (6 false) once a quoted name's first word is taken in; 7 true names
    # are found only with the rest of their article
    assert result.precision >= 0.967, [i["name"] for i in result.kept_false_items]
    assert len(result.lost_true) <= 7, [i["name"] for i in result.lost_true]
