"""Quotes left with no speaker, a fifth random draw (``null_speakers_judged_5.jsonl``), judged
by reading before any rule was written for it."""

from __future__ import annotations

from null_draws import check_as_drawn, check_since

DRAW = "null_speakers_judged_5.jsonl"
EARLIER = (
    "null_speakers_judged.jsonl",
    "null_speakers_judged_2.jsonl",
    "null_speakers_judged_3.jsonl",
    "null_speakers_judged_4.jsonl",
)

# ``null_speakers_judged_5.jsonl``: 100 quotes drawn at random (seed 8888,
# ``scripts/draw_null_speakers.py --but`` the four earlier draws) from the 3,154 quotes with
# neither speaker nor organization of the extraction of all the shared news at 1b8d7e6, outside
# the gold's articles and those of the four earlier draws, each judged by reading its article
# before any rule was written for it: 36 name a speaker a reader gives them to (7 a body, an
# outlet, a state or a body's report), 42 no one, 22 are no statement. As drawn, none of the 36
# right, and none of the 42 credited.
CLASSES = {
    "anaphor": 8,  # «وی», «او», «ایشان» or an anaphoric post of a person named, not read
    "body": 6,  # a body, outlet or state
    "glued": 5,  # a subheading run into the subject
    "subject": 5,  # a named subject the rules miss
    "person": 4,  # a person khabar never finds
    "post": 4,  # a post or an epithet of a person the article names in other words
    "lead": 3,  # a post alone before the holder is named next
    "paper": 1,  # a body's report, going on
    "none": 42,
    "nostmt": 22,
}
SINCE = 0
CREDITED = 0


def test_the_fifth_draw_is_judged_as_drawn() -> None:
    check_as_drawn(DRAW, 100, CLASSES, EARLIER)


def test_the_fifth_draw_since() -> None:
    assert not check_since(DRAW, SINCE, wrong=0, credited=CREDITED)
