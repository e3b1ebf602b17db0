"""Quotes left with no speaker, a fourth random draw (``null_speakers_judged_4.jsonl``), judged
by reading before any rule was written for it. The sentences of the rules' tests are from the
shared news, outside the gold, cut to the lines that matter."""

from __future__ import annotations

from collections import Counter
from functools import cache
from pathlib import Path

from khabar.evaluate_commitments import read_judged
from khabar.evaluate_speakers import score

FIXTURES = Path(__file__).parent / "fixtures"

# ``null_speakers_judged_4.jsonl``: 100 quotes drawn at random (seed 8686,
# ``scripts/draw_null_speakers.py --but`` the three earlier draws) from the 3,560 quotes with
# neither speaker nor organization of the extraction of all the shared news at f2935cd, outside
# the gold's articles and those of the three earlier draws, each judged by reading its article
# before any rule was written for it: 47 name a speaker a reader gives them to (10 a body,
# a state or an outlet), 32 no one, 21 are no statement. As drawn, none of the 47 right, and
# none of the 32 credited, on the whole article and on the kept text alike.
CLASSES = {
    "person": 14,  # a person khabar never finds, or finds by another name
    "body": 10,  # a body, outlet or state
    "glued": 4,  # a subheading run into the subject
    "subject": 4,  # a named subject the rules miss
    "lead": 4,  # a post alone in the lead, the holder named after
    "anaphor": 4,  # «وی», «او» of a person named, but not read as the speaker
    "paper": 3,  # a body's or a writer's paper, going on
    "interview": 2,  # an interview's answer, the one asked named in the lead
    "inside": 1,  # told inside another's account
    "post": 1,  # a post of a person the article names in other words
    "none": 32,
    "nostmt": 21,
}
SINCE = 0
CREDITED = 0


@cache
def _items() -> list[dict]:
    return list(read_judged(FIXTURES / "null_speakers_judged_4.jsonl"))


def test_the_fourth_draw_is_judged_as_drawn() -> None:
    items = _items()
    assert len(items) == 100
    assert all(i["drawn"] == {"speaker": None, "speaker_organization": None} for i in items)
    assert Counter(i["class"] for i in items) == CLASSES
    named = [i for i in items if i["speaker"] or i["speaker_organization"]]
    assert len(named) == sum(CLASSES.values()) - CLASSES["none"] - CLASSES["nostmt"]
    assert all(i["verdict"] is (i["class"] != "nostmt") for i in items)
    earlier = {
        i["stem"]
        for name in (
            "null_speakers_judged.jsonl",
            "null_speakers_judged_2.jsonl",
            "null_speakers_judged_3.jsonl",
        )
        for i in read_judged(FIXTURES / name)
    }
    gold = {p.stem for p in (FIXTURES / "gold").glob("*.json")}
    assert not (gold | earlier) & {i["stem"] for i in items}


def test_the_fourth_draw_since() -> None:
    result = score(_items())
    assert result.accuracy.right >= SINCE, result.misses
    assert result.accuracy.wrong == 0, result.misses
    assert result.credited <= CREDITED, result.misses
