"""Quotes left with no speaker, a sixth random draw (``null_speakers_judged_6.jsonl``), judged
by reading before any rule was written for it."""

from __future__ import annotations

from null_draws import check_as_drawn, check_since

DRAW = "null_speakers_judged_6.jsonl"
EARLIER = (
    "null_speakers_judged.jsonl",
    "null_speakers_judged_2.jsonl",
    "null_speakers_judged_3.jsonl",
    "null_speakers_judged_4.jsonl",
    "null_speakers_judged_5.jsonl",
)

# ``null_speakers_judged_6.jsonl``: 100 quotes drawn at random (seed 9090,
# ``scripts/draw_null_speakers.py --but`` the five earlier draws) from the 2,781 quotes with
# neither speaker nor organization of the extraction of all the shared news at 2a97ad8, outside
# the gold's articles and those of the five earlier draws, each judged by reading its article
# before any rule was written for it: 46 name a speaker a reader gives them to (8 a body, an
# outlet, a state or the government), 40 no one, 14 are no statement. As drawn, none of the 46
# right, and none of the 40 credited.
CLASSES = {
    "person": 13,  # a person khabar never finds
    "body": 8,  # a body, outlet or state
    "lead": 6,  # a post alone, the holder named after
    "anaphor": 6,  # «وی», «او» or an anaphoric post of a person named, not read
    "post": 5,  # a post or an epithet of a person the article names in other words
    "glued": 3,  # a subheading run into the subject
    "subject": 2,  # a named subject the rules miss
    "paper": 2,  # a person's letter or note, going on
    "inside": 1,  # told inside another's account
    "none": 40,
    "nostmt": 14,
}
SINCE = 0
CREDITED = 0


def test_the_sixth_draw_is_judged_as_drawn() -> None:
    check_as_drawn(DRAW, 100, CLASSES, EARLIER)


def test_the_sixth_draw_since() -> None:
    assert not check_since(DRAW, SINCE, wrong=0, credited=CREDITED)
