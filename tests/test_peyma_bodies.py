"""Bodies as speakers on PEYMA: sentences where an organization of PEYMA's gold opens a clause
before a verb of saying, drawn whatever the extractor found, judged by reading."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from khabar.evaluate import one_listed, orgs_match
from khabar.evaluate_commitments import read_judged
from khabar.evaluate_speakers import score

FIXTURES = Path(__file__).parent / "fixtures"

# ``peyma_bodies_judged.jsonl``: drawn (seed 54, ``scripts/draw_peyma_bodies.py``) from PEYMA's
# training part, leaving out every article a ``peyma_*`` sample holds: all 45 articles left with
# a sentence whose gold ORG span opens its clause and stands before a verb of saying or
# announcing, one sentence each. Judged by reading: 30 are a body's statement, 11 a person's
# (the organization is what they speak of), 2 nobody's (a post never named, «او» whose name is
# before the cut), 2 no statement. As drawn by the extractor of 594ce9b: of the 30 bodies 20
# right, 2 wrong, 8 missed; of the 11 people 9 right, none wrong, 2 missed; neither of nobody's
# credited.
BODIES = FIXTURES / "peyma_bodies_judged.jsonl"


def test_the_sample_is_judged_as_drawn() -> None:
    items = list(read_judged(BODIES))
    assert len(items) == 45
    assert len({i["article"] for i in items}) == 45
    assert Counter(i["kind"] for i in items) == {"body": 30, "person": 11, "nobody": 2, "none": 2}
    assert all(i["verdict"] == (i["kind"] != "none") for i in items)

    def right(i: dict[str, object]) -> bool:
        drawn = i["drawn"]
        assert isinstance(drawn, dict)
        said, judged = drawn["speaker_organization"], i["speaker_organization"]
        assert isinstance(judged, str)
        return drawn["speaker"] is None and (orgs_match(said, judged) or one_listed(said, judged))

    assert sum(right(i) for i in items if i["kind"] == "body") == 20


def test_the_bodies_of_the_sample() -> None:
    result = score(i for i in read_judged(BODIES) if i["kind"] == "body")
    assert result.accuracy.right >= 20, result.misses
    assert result.accuracy.wrong <= 2, result.misses


def test_the_people_and_nobody_s_of_the_sample() -> None:
    people = score(i for i in read_judged(BODIES) if i["kind"] == "person")
    assert people.accuracy.right >= 9, people.misses
    assert people.accuracy.wrong == 0, people.misses
    nobody = score(i for i in read_judged(BODIES) if i["kind"] == "nobody")
    assert nobody.unnamed == 2
    assert nobody.credited == 0, nobody.misses
