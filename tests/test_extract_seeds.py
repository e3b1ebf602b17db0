"""Golden tests: facts of the five seed articles against tests/fixtures/gold."""

import json
from pathlib import Path

import pytest

from khabar.evaluate import fold, score_document
from khabar.extract import extract_text
from khabar.extract.entities import canonical_source

FIXTURES = Path(__file__).parent / "fixtures"


def gold(prefix):
    (path,) = (FIXTURES / "gold").glob(f"{prefix}_*.json")
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def docs(seeds):
    return {k: extract_text(v) for k, v in seeds.items()}


@pytest.mark.parametrize("seed", ["000", "001", "002", "003", "004"])
def test_people_titles_and_posts(docs, seed):
    expected = {fold(p["name"]): p for p in gold(seed)["persons"]}
    found = {fold(p.name): p for p in docs[seed].persons}
    assert found.keys() == expected.keys()
    for k, p in found.items():
        assert {fold(t) for t in p.titles} == {fold(t) for t in expected[k]["titles"]}, p.name
        assert {fold(r) for r in expected[k]["roles"]} <= {fold(r) for r in p.posts}, p.name


@pytest.mark.parametrize("seed", ["000", "001", "002", "003", "004"])
def test_every_quote_has_its_speaker(docs, seed):
    report = score_document(docs[seed], gold(seed))
    assert report.speakers.fn == 0 and report.speakers.fp == 0, report.misses


@pytest.mark.parametrize("seed", ["000", "001", "002", "003", "004"])
def test_source(docs, seed):
    assert docs[seed].meta["source"] == canonical_source(gold(seed)["source"])


def test_three_people_named_mohammadreza_stay_apart(docs):
    names = [p.name for d in docs.values() for p in d.persons if p.name.startswith("محمدرضا")]
    assert sorted(names) == sorted(["محمدرضا پورمحمدی", "محمدرضا میرحیدری", "محمدرضا هاشمی‌فر"])


def test_quantities_of_002(docs):
    doc = docs["002"]
    found = [(doc.span_text(q.span), q.value, q.min, q.max, q.unit) for q in doc.quantities]
    assert ("۷۹۰ موسسه", 790, None, None, "موسسه") in found
    assert ("۶۰ موسسه", 60, None, None, "موسسه") in found
    assert ("۷۰ تا ۸۰ درصد", None, 70, 80, "درصد") in found
    assert ("صد هزار نفر", 100_000, None, None, "نفر") in found
    assert ("یک میلیون نفر", 1_000_000, None, None, "نفر") in found
    assert sum(1 for f in found if f[0] == "۲ ماه") == 2
    assert not any("۱۹۷" in f[0] for f in found)


def test_commitment_with_deadline_in_002(docs):
    doc = docs["002"]
    deadlines = [(c.announcer, c.deadline) for c in doc.commitments]
    assert ("قاسم رضایی", "ظرف مدت ۲ ماه") in deadlines


def test_spans_point_into_the_original(docs, seeds):
    doc = docs["001"]
    (person,) = [p for p in doc.persons if p.name == "محمدرضا هاشمی‌فر"]
    s, e = doc.offset_map.to_original(person.mentions[0].start, person.mentions[0].end)
    assert seeds["001"][s:e] == "محمدرضا هاشمیفر"


def test_commitment_is_the_quoted_announcement(docs):
    found = [(c.announcer, c.action) for c in docs["004"].commitments]
    assert (
        "عبدالرضا ناظری‌زاده",
        "به زودی اولین پرواز انجام خواهد شد که تحولی در تامین امنیت کویر به همراه دارد.",
    ) in found
    # a prediction («منجر به ... خواهد شد») is no commitment
    assert not any("منجر به" in c.action for c in docs["000"].commitments)
