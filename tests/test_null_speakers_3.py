"""Quotes left with no speaker, a third random draw (``null_speakers_judged_3.jsonl``), judged
by reading before any rule was written for it. The sentences of the rules' tests are from the
shared news, outside the gold, cut to the lines that matter."""

from __future__ import annotations

from collections import Counter
from functools import cache
from pathlib import Path

from khabar.evaluate_commitments import read_judged
from khabar.evaluate_speakers import score

FIXTURES = Path(__file__).parent / "fixtures"

# ``null_speakers_judged_3.jsonl``: 100 quotes drawn at random (seed 8484,
# ``scripts/draw_null_speakers.py --but null_speakers_judged.jsonl --but
# null_speakers_judged_2.jsonl``) from the 4,091 quotes with neither speaker nor organization of
# the extraction of all the shared news at 5da594c, outside the gold's articles and those of
# the two earlier draws, each judged by reading its article before any rule was written for
# it: 39 name a speaker a reader gives them to (8 a body, a state or its paper), 47 no one, 14
# are no statement. As drawn, none of the 39 right on the whole article; when the kept text is
# extracted again 1 is right (the family name run into a subheading, which the whole article
# makes a person of its own) and one quote of nobody is credited (a spokesman's words to the
# woman the article is about).
CLASSES = {
    "person": 10,  # a person khabar never finds, or finds by the family name alone
    "glued": 9,  # a subheading or a closing mark run into the subject
    "subject": 4,  # a named subject the rules miss
    "paper": 4,  # a body's or a writer's paper, going on
    "lead": 3,  # a post alone in the lead, the holder named after
    "post": 2,  # a post of a person the article names in other words
    "inside": 2,  # told inside another's account
    "body": 2,  # a body, outlet or state
    "anaphor": 2,  # «وی» of a person named, but not read as the speaker
    "interview": 1,  # an interview's answer, the one asked named in the lead
    "none": 47,
    "nostmt": 14,
}
SINCE = 1
CREDITED = 1


@cache
def _items() -> list[dict]:
    return list(read_judged(FIXTURES / "null_speakers_judged_3.jsonl"))


def test_the_third_draw_is_judged_as_drawn() -> None:
    items = _items()
    assert len(items) == 100
    assert all(i["drawn"] == {"speaker": None, "speaker_organization": None} for i in items)
    assert Counter(i["class"] for i in items) == CLASSES
    named = [i for i in items if i["speaker"] or i["speaker_organization"]]
    assert len(named) == sum(CLASSES.values()) - CLASSES["none"] - CLASSES["nostmt"]
    assert all(i["verdict"] is (i["class"] != "nostmt") for i in items)
    earlier = {
        i["stem"]
        for name in ("null_speakers_judged.jsonl", "null_speakers_judged_2.jsonl")
        for i in read_judged(FIXTURES / name)
    }
    gold = {p.stem for p in (FIXTURES / "gold").glob("*.json")}
    assert not (gold | earlier) & {i["stem"] for i in items}


def test_the_third_draw_since() -> None:
    result = score(_items())
    assert result.accuracy.right >= SINCE, result.misses
    assert result.accuracy.wrong == 0, result.misses
    assert result.credited <= CREDITED, result.misses
