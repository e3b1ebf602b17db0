"""Persons on the persons-recall development sample (``persons_recall_dev.jsonl``): 30 shared
news articles outside the gold, every person named in them read by hand, 13 of them news from
abroad. ``benchmarks/persons_recall.py`` prints the same figures, per article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from khabar.evaluate_recall import read_sample, score_sample, total

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLE = FIXTURES / "persons_recall_dev.jsonl"


@pytest.fixture(scope="module")
def sample() -> list[dict]:
    return read_sample(SAMPLE)


def test_the_sample_is_read_as_drawn(sample) -> None:
    assert len(sample) == 30
    assert sum(g["international"] for g in sample) >= 10
    assert len({Path(g["file"]).stem.split("_")[0].split("-")[0] for g in sample}) == 5
    gold = {p.stem for p in (FIXTURES / "news").glob("*.txt")}
    assert not gold & {Path(g["file"]).stem for g in sample}


def _letters(s: str) -> str:
    return s.translate(str.maketrans("يك", "یک", " \u200c\u0650"))


def test_every_mention_is_where_it_says(sample) -> None:
    # scored in the text as read, so that a change of the repair (a ZWNJ restored) moves nothing
    for g in sample:
        original = (FIXTURES / g["file"]).read_text(encoding="utf-8")
        for person in g["persons"]:
            for m in person["mentions"]:
                start, end = m["original"]
                assert _letters(original[start:end]) == _letters(m["text"]), (g["file"], m)


def test_recall_and_precision_on_the_sample(sample) -> None:
    scores = score_sample(sample, FIXTURES)
    t = total(scores)
    missed = [m for s in scores for m in s.missed]
    # before the work on unseen names: persons R 0.746 P 0.863, mentions R 0.769 P 0.870;
    # after foreign given names, names in apposition to a post, «امام» + family name, rare
    # family names alone (and the vetoes of the third judged sample's false names): persons
    # R 0.881 P 0.897, mentions R 0.875 P 0.919; after a name found once found again and
    # family names that are no word alone anywhere: mentions R 0.933 P 0.924
    # after the Qajar court's names, kunyas, another language's given name before a word of
    # Persian («جرج بوش»): persons R 0.932 P 0.917, mentions R 0.962 P 0.935; a name glued
    # to the word before (glued_names.py): persons R 0.949 P 0.918, mentions R 0.971 P 0.935
    assert t.persons.recall >= 0.94, missed
    assert t.persons.precision >= 0.91
    assert t.mentions.recall >= 0.96, missed
    assert t.mentions.precision >= 0.93


# The second sample (``persons_recall_dev_2.jsonl``): 30 other shared articles, drawn with
# another seed apart from the gold, the first sample and the judged samples, read the same way.
SAMPLE_2 = FIXTURES / "persons_recall_dev_2.jsonl"


@pytest.fixture(scope="module")
def sample_2() -> list[dict]:
    return read_sample(SAMPLE_2)


def test_the_second_sample_is_apart_from_the_others(sample, sample_2) -> None:
    assert len(sample_2) == 30
    assert sum(g["international"] for g in sample_2) >= 10
    stems = {Path(g["file"]).stem for g in sample_2}
    gold = {p.stem for p in (FIXTURES / "news").glob("*.txt")}
    assert not stems & gold
    assert not stems & {Path(g["file"]).stem for g in sample}


def test_every_mention_of_the_second_sample_is_where_it_says(sample_2) -> None:
    for g in sample_2:
        original = (FIXTURES / g["file"]).read_text(encoding="utf-8")
        for person in g["persons"]:
            for m in person["mentions"]:
                start, end = m["original"]
                assert _letters(original[start:end]) == _letters(m["text"]), (g["file"], m)


def test_recall_and_precision_on_the_second_sample(sample_2) -> None:
    scores = score_sample(sample_2, FIXTURES)
    t = total(scores)
    missed = [m for s in scores for m in s.missed]
    # scored before any change made on it: persons R 0.717 P 0.827, mentions R 0.605 P 0.837;
    # after names bounded by quotes, unknown family names in apposition after an ordinary
    # word, «آل», «کارآگاه», a family name after a title and the first of two alone:
    # persons R 0.817 P 0.875, mentions R 0.756 P 0.918; a rule's name of two words apposed to
    # a post though the tagger leaves it: persons R 0.833 P 0.909, mentions R 0.765 P 0.938
    assert t.persons.recall >= 0.81, missed
    assert t.persons.precision >= 0.87
    assert t.mentions.recall >= 0.76, missed
    assert t.mentions.precision >= 0.91


# The third sample (``persons_recall_dev_3.jsonl``): 30 others, drawn with another seed apart
# from the gold, the first two samples, the quotes-recall samples and every judged sample, read
# the same way.
SAMPLE_3 = FIXTURES / "persons_recall_dev_3.jsonl"


@pytest.fixture(scope="module")
def sample_3() -> list[dict]:
    return read_sample(SAMPLE_3)


def test_the_third_sample_is_apart_from_the_others(sample, sample_2, sample_3) -> None:
    assert len(sample_3) == 30
    assert sum(g["international"] for g in sample_3) >= 10
    stems = {Path(g["file"]).stem for g in sample_3}
    assert len({s.split("_")[0].split("-")[0] for s in stems}) == 4  # Mashregh has none left
    gold = {p.stem for p in (FIXTURES / "news").glob("*.txt")}
    assert not stems & gold
    assert not stems & {Path(g["file"]).stem for g in sample + sample_2}
    others = [d for d in FIXTURES.iterdir() if d.is_dir() and d.name != "recall_dev_3"]
    assert not stems & {p.stem for d in others for p in d.glob("*.txt")}


def test_every_mention_of_the_third_sample_is_where_it_says(sample_3) -> None:
    for g in sample_3:
        original = (FIXTURES / g["file"]).read_text(encoding="utf-8")
        for person in g["persons"]:
            for m in person["mentions"]:
                start, end = m["original"]
                assert _letters(original[start:end]) == _letters(m["text"]), (g["file"], m)


def test_recall_and_precision_on_the_third_sample(sample_3) -> None:
    scores = score_sample(sample_3, FIXTURES)
    t = total(scores)
    missed = [m for s in scores for m in s.missed]
    # scored before any change made on it: persons R 0.820 P 0.962, mentions R 0.846 P 0.982;
    # after names bounded by quotes («به گفته "..."», a given name and rare words), lists of
    # names, a family name run together, a foreign given name alone and the states of the
    # United States: persons R 0.869 P 0.981, mentions R 0.900 P 0.992; a name glued to the
    # words on both sides («بامحمد کشتی آرایعضو»): persons R 0.885 P 0.982, mentions R 0.923
    assert t.persons.recall >= 0.88, missed
    assert t.persons.precision >= 0.98
    assert t.mentions.recall >= 0.92, missed
    assert t.mentions.precision >= 0.99


# The fourth sample (``persons_recall_dev_4.jsonl``): 10 others, drawn with another seed apart
# from every earlier sample, read the same way.
SAMPLE_4 = FIXTURES / "persons_recall_dev_4.jsonl"


@pytest.fixture(scope="module")
def sample_4() -> list[dict]:
    return read_sample(SAMPLE_4)


def test_the_fourth_sample_is_apart_from_the_others(sample_4) -> None:
    assert len(sample_4) == 10
    assert sum(g["international"] for g in sample_4) >= 4
    stems = {Path(g["file"]).stem for g in sample_4}
    assert len({s.split("_")[0].split("-")[0] for s in stems}) == 4  # Mashregh has none left
    others = [d for d in FIXTURES.iterdir() if d.is_dir() and d.name != "recall_dev_4"]
    assert not stems & {p.stem for d in others for p in d.glob("*.txt")}


def test_every_mention_of_the_fourth_sample_is_where_it_says(sample_4) -> None:
    for g in sample_4:
        original = (FIXTURES / g["file"]).read_text(encoding="utf-8")
        for person in g["persons"]:
            for m in person["mentions"]:
                start, end = m["original"]
                assert _letters(original[start:end]) == _letters(m["text"]), (g["file"], m)


def test_recall_and_precision_on_the_fourth_sample(sample_4) -> None:
    scores = score_sample(sample_4, FIXTURES)
    t = total(scores)
    missed = [m for s in scores for m in s.missed]
    # scored before any change made on it: persons R 1.000 P 1.000 (12 persons), mentions
    # R 0.957 P 1.000 (23; missed: «عباس» alone in the title, a family name that is a given name)
    assert t.persons.recall >= 1.0, missed
    assert t.persons.precision >= 1.0
    assert t.mentions.recall >= 0.95, missed
    assert t.mentions.precision >= 1.0


# The fifth sample (``persons_recall_dev_5.jsonl``): 15 others, drawn with another seed apart
# from every fixture, a third of them guessed to name many persons, read the same way.
SAMPLE_5 = FIXTURES / "persons_recall_dev_5.jsonl"


@pytest.fixture(scope="module")
def sample_5() -> list[dict]:
    return read_sample(SAMPLE_5)


def test_the_fifth_sample_is_apart_from_the_others(sample_5) -> None:
    assert len(sample_5) == 15
    assert sum(g["international"] for g in sample_5) >= 5
    assert sum(len(g["persons"]) >= 4 for g in sample_5) >= 5
    stems = {Path(g["file"]).stem for g in sample_5}
    assert len({s.split("_")[0].split("-")[0] for s in stems}) == 4  # Mashregh has none left
    others = [d for d in FIXTURES.iterdir() if d.is_dir() and d.name != "recall_dev_5"]
    assert not stems & {p.stem for d in others for p in d.glob("*.txt")}


def test_every_mention_of_the_fifth_sample_is_where_it_says(sample_5) -> None:
    for g in sample_5:
        original = (FIXTURES / g["file"]).read_text(encoding="utf-8")
        for person in g["persons"]:
            for m in person["mentions"]:
                start, end = m["original"]
                assert _letters(original[start:end]) == _letters(m["text"]), (g["file"], m)


def test_recall_and_precision_on_the_fifth_sample(sample_5) -> None:
    scores = score_sample(sample_5, FIXTURES)
    t = total(scores)
    missed = [m for s in scores for m in s.missed]
    # scored before any change made on it: persons R 0.787 P 0.857 (60 persons), mentions
    # R 0.789 P 0.882 (76); the sixth judged sample's vetoes: P 0.873, 0.896; after a family
    # name alone that reports (lone_surnames.py), a family name's spellings in an article
    # (family_spellings.py) and the items of a list of names the tagger cut short: persons
    # R 0.836 P 0.911, mentions R 0.829 P 0.926; a name in quotes before its day: persons
    # R 0.852 P 0.912, mentions R 0.842 P 0.928; the items of a list of persons: persons
    # R 0.869 P 0.914, mentions R 0.855 P 0.929
    assert t.persons.recall >= 0.86, missed
    assert t.persons.precision >= 0.91
    assert t.mentions.recall >= 0.84, missed
    assert t.mentions.precision >= 0.91


# The sixth sample (``persons_recall_dev_6.jsonl``): 15 others, drawn with another seed apart
# from every fixture, a third of them guessed to name many persons, read the same way.
SAMPLE_6 = FIXTURES / "persons_recall_dev_6.jsonl"


@pytest.fixture(scope="module")
def sample_6() -> list[dict]:
    return read_sample(SAMPLE_6)


def test_the_sixth_sample_is_apart_from_the_others(sample_6) -> None:
    assert len(sample_6) == 15
    assert sum(g["international"] for g in sample_6) >= 5
    assert sum(len(g["persons"]) >= 4 for g in sample_6) >= 5
    stems = {Path(g["file"]).stem for g in sample_6}
    assert len({s.split("_")[0].split("-")[0] for s in stems}) == 4  # Mashregh has none left
    others = [d for d in FIXTURES.iterdir() if d.is_dir() and d.name != "recall_dev_6"]
    assert not stems & {p.stem for d in others for p in d.glob("*.txt")}


def test_every_mention_of_the_sixth_sample_is_where_it_says(sample_6) -> None:
    for g in sample_6:
        original = (FIXTURES / g["file"]).read_text(encoding="utf-8")
        for person in g["persons"]:
            for m in person["mentions"]:
                start, end = m["original"]
                assert _letters(original[start:end]) == _letters(m["text"]), (g["file"], m)


def test_recall_and_precision_on_the_sixth_sample(sample_6) -> None:
    scores = score_sample(sample_6, FIXTURES)
    t = total(scores)
    missed = [m for s in scores for m in s.missed]
    # scored before any change made on it: persons R 0.678 P 0.870 (58 persons), mentions
    # R 0.655 P 0.892 (113); names in quotes of a list or before their day, a titled name
    # run into the next word: persons R 0.712 P 0.933, mentions R 0.681 P 0.951; a given name
    # run into the family name: persons P 0.913, mentions P 0.928 (a person «اصغرجمالی», twice,
    # where the reading has «اصغرجمالی فرد»)
    assert t.persons.recall >= 0.71, missed
    assert t.persons.precision >= 0.91
    assert t.mentions.recall >= 0.68, missed
    assert t.mentions.precision >= 0.92


# The seventh sample (``persons_recall_dev_7.jsonl``): 15 others, drawn with another seed from
# 206 articles no fixture held (``recall_dev_7/pool.jsonl``), a third of them guessed to name
# many persons, read the same way.
SAMPLE_7 = FIXTURES / "persons_recall_dev_7.jsonl"


@pytest.fixture(scope="module")
def sample_7() -> list[dict]:
    return read_sample(SAMPLE_7)


def test_the_seventh_sample_is_apart_from_the_others(sample_7) -> None:
    assert len(sample_7) == 15
    assert sum(g["international"] for g in sample_7) >= 5
    assert sum(len(g["persons"]) >= 4 for g in sample_7) >= 4
    stems = {Path(g["file"]).stem for g in sample_7}
    pool = {json.loads(line)["stem"] for line in (FIXTURES / "recall_dev_7/pool.jsonl").open()}
    assert stems <= pool
    assert len({s.split("_")[0].split("-")[0] for s in stems}) == 3  # of the pool's outlets
    others = [d for d in FIXTURES.iterdir() if d.is_dir() and d.name != "recall_dev_7"]
    assert not stems & {p.stem for d in others for p in d.glob("*.txt")}


def test_every_mention_of_the_seventh_sample_is_where_it_says(sample_7) -> None:
    for g in sample_7:
        original = (FIXTURES / g["file"]).read_text(encoding="utf-8")
        for person in g["persons"]:
            for m in person["mentions"]:
                start, end = m["original"]
                assert _letters(original[start:end]) == _letters(m["text"]), (g["file"], m)


def test_recall_and_precision_on_the_seventh_sample(sample_7) -> None:
    scores = score_sample(sample_7, FIXTURES)
    t = total(scores)
    missed = [m for s in scores for m in s.missed]
    # scored before any change made on it: persons R 0.725 P 0.892 (90 persons), mentions
    # R 0.739 P 0.845 (111); the items of a list of persons (list_items.py) and a name ended
    # before the noun of a compound verb: persons R 0.868 P 0.940, mentions R 0.865 P 0.889
    assert t.persons.recall >= 0.86, missed
    assert t.persons.precision >= 0.93
    assert t.mentions.recall >= 0.86, missed
    assert t.mentions.precision >= 0.88


# The eighth sample (``persons_recall_dev_8.jsonl``): 15 others, drawn with another seed from
# 205 articles no fixture held (``recall_dev_8/pool.jsonl``), read the same way; the pool had
# four articles guessed to name many persons, so the fifth turn of that slot drew another.
SAMPLE_8 = FIXTURES / "persons_recall_dev_8.jsonl"


@pytest.fixture(scope="module")
def sample_8() -> list[dict]:
    return read_sample(SAMPLE_8)


def test_the_eighth_sample_is_apart_from_the_others(sample_8) -> None:
    assert len(sample_8) == 15
    assert sum(g["international"] for g in sample_8) >= 5
    assert sum(len(g["persons"]) >= 4 for g in sample_8) >= 4
    stems = {Path(g["file"]).stem for g in sample_8}
    pool = {json.loads(line)["stem"] for line in (FIXTURES / "recall_dev_8/pool.jsonl").open()}
    assert stems <= pool
    others = [d for d in FIXTURES.iterdir() if d.is_dir() and d.name != "recall_dev_8"]
    assert not stems & {p.stem for d in others for p in d.glob("*.txt")}


def test_every_mention_of_the_eighth_sample_is_where_it_says(sample_8) -> None:
    for g in sample_8:
        original = (FIXTURES / g["file"]).read_text(encoding="utf-8")
        for person in g["persons"]:
            for m in person["mentions"]:
                start, end = m["original"]
                assert _letters(original[start:end]) == _letters(m["text"]), (g["file"], m)


def test_recall_and_precision_on_the_eighth_sample(sample_8) -> None:
    scores = score_sample(sample_8, FIXTURES)
    t = total(scores)
    missed = [m for s in scores for m in s.missed]
    # scored before any change made on it: persons R 0.878 P 0.940 (90 persons), mentions
    # R 0.881 P 0.937 (118); a given name and an ordinary family name that report, foreign
    # names, a list's item made whole: persons R 0.933 P 0.955, mentions R 0.941 P 0.949
    assert t.persons.recall >= 0.93, missed
    assert t.persons.precision >= 0.95
    assert t.mentions.recall >= 0.94, missed
    assert t.mentions.precision >= 0.94


# The ninth sample (``persons_recall_dev_9.jsonl``): 15 others, drawn with another seed from
# 249 articles no fixture held (``recall_dev_9/pool.jsonl``), read the same way.
SAMPLE_9 = FIXTURES / "persons_recall_dev_9.jsonl"


@pytest.fixture(scope="module")
def sample_9() -> list[dict]:
    return read_sample(SAMPLE_9)


def test_the_ninth_sample_is_apart_from_the_others(sample_9) -> None:
    assert len(sample_9) == 15
    assert sum(g["international"] for g in sample_9) >= 5
    assert sum(len(g["persons"]) >= 4 for g in sample_9) >= 3
    stems = {Path(g["file"]).stem for g in sample_9}
    pool = {json.loads(line)["stem"] for line in (FIXTURES / "recall_dev_9/pool.jsonl").open()}
    assert stems <= pool
    others = [d for d in FIXTURES.iterdir() if d.is_dir() and d.name != "recall_dev_9"]
    assert not stems & {p.stem for d in others for p in d.glob("*.txt")}


def test_every_mention_of_the_ninth_sample_is_where_it_says(sample_9) -> None:
    for g in sample_9:
        original = (FIXTURES / g["file"]).read_text(encoding="utf-8")
        for person in g["persons"]:
            for m in person["mentions"]:
                start, end = m["original"]
                assert _letters(original[start:end]) == _letters(m["text"]), (g["file"], m)


def test_recall_and_precision_on_the_ninth_sample(sample_9) -> None:
    scores = score_sample(sample_9, FIXTURES)
    t = total(scores)
    missed = [m for s in scores for m in s.missed]
    # scored before any change made on it: persons R 0.891 P 1.000 (64 persons), mentions
    # R 0.904 P 1.000 (83); a film's credits, a name of three words run together: all found
    assert t.persons.recall >= 0.98, missed
    assert t.persons.precision >= 0.99
    assert t.mentions.recall >= 0.98, missed
    assert t.mentions.precision >= 0.99


# The tenth sample (``persons_recall_dev_10.jsonl``): 15 others, drawn with another seed from
# the 819 articles no fixture held at a0ed287 (``recall_dev_10/pool.jsonl``), read the same way.
SAMPLE_10 = FIXTURES / "persons_recall_dev_10.jsonl"


@pytest.fixture(scope="module")
def sample_10() -> list[dict]:
    return read_sample(SAMPLE_10)


def test_the_tenth_sample_is_apart_from_the_others(sample_10) -> None:
    assert len(sample_10) == 15
    assert sum(g["international"] for g in sample_10) >= 4
    assert sum(len(g["persons"]) >= 4 for g in sample_10) >= 4
    stems = {Path(g["file"]).stem for g in sample_10}
    pool = {json.loads(line)["stem"] for line in (FIXTURES / "recall_dev_10/pool.jsonl").open()}
    assert stems <= pool
    others = [d for d in FIXTURES.iterdir() if d.is_dir() and d.name != "recall_dev_10"]
    assert not stems & {p.stem for d in others for p in d.glob("*.txt")}


def test_every_mention_of_the_tenth_sample_is_where_it_says(sample_10) -> None:
    for g in sample_10:
        original = (FIXTURES / g["file"]).read_text(encoding="utf-8")
        for person in g["persons"]:
            for m in person["mentions"]:
                start, end = m["original"]
                assert _letters(original[start:end]) == _letters(m["text"]), (g["file"], m)


def test_recall_and_precision_on_the_tenth_sample(sample_10) -> None:
    scores = score_sample(sample_10, FIXTURES)
    t = total(scores)
    missed = [m for s in scores for m in s.missed]
    # scored before any change made on it: persons R 0.882 P 0.984 (68 persons), mentions
    # R 0.882 P 0.987 (85); a list's name whose given name is a word too, a family name read
    # as a body: persons R 0.897 P 0.984, mentions R 0.906 P 0.987
    assert t.persons.recall >= 0.89, missed
    assert t.persons.precision >= 0.98
    assert t.mentions.recall >= 0.90, missed
    assert t.mentions.precision >= 0.98
