"""Quotes left with no speaker, a ninth random draw (``null_speakers_judged_9.jsonl``), judged
by reading before any rule was written for it."""

from __future__ import annotations

from null_draws import check_as_drawn, check_since, draws_before

DRAW = "null_speakers_judged_9.jsonl"
EARLIER = draws_before(9)

# ``null_speakers_judged_9.jsonl``: 100 quotes drawn at random (seed 1010,
# ``scripts/draw_null_speakers.py --but`` the eight earlier draws) from the 1,800 quotes with
# neither speaker nor organization of the extraction of all the shared news at 8054f616,
# outside the gold's articles and those of the eight earlier draws, each judged by reading its
# article before any rule was written for it: 40 name a speaker a reader gives them to (8 a
# body, an outlet, a state or a body's paper), 49 no one, 11 are no statement. As drawn none of
# the 40 right, none of the 49 credited.
CLASSES = {
    "anaphor": 8,  # «وی» or an anaphoric post of a person named, not read
    "subject": 6,  # a named subject the rules miss
    "body": 5,  # a body, outlet or state
    "person": 5,  # a person khabar never finds
    "glued": 4,  # a subheading or a word run into the subject
    "lead": 3,  # a post alone, the holder named after
    "post": 3,  # a post or an epithet of a person the article names in other words
    "paper": 3,  # a body's or a person's paper, going on
    "inside": 2,  # the speaker's own words, told as another's
    "interview": 1,  # an interview's answer, the one asked named in the lead
    "none": 49,
    "nostmt": 11,
}
SINCE = 0


def test_the_ninth_draw_is_judged_as_drawn() -> None:
    check_as_drawn(DRAW, 100, CLASSES, EARLIER)


def test_the_ninth_draw_since() -> None:
    assert not check_since(DRAW, SINCE, wrong=0, credited=0)
