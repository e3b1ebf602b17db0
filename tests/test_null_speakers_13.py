"""Quotes left with no speaker, a thirteenth random draw (``null_speakers_judged_13.jsonl``),
judged by reading before any rule was written for it."""

from __future__ import annotations

from null_draws import check_as_drawn, check_since, draws_before

DRAW = "null_speakers_judged_13.jsonl"
EARLIER = draws_before(13)

# ``null_speakers_judged_13.jsonl``: 100 quotes drawn at random (seed 1414,
# ``scripts/draw_null_speakers.py --but`` the twelve earlier draws) from the 854 quotes with
# neither speaker nor organization of the extraction of all the shared news at 7a06a4cf,
# outside the gold's articles and those of the twelve earlier draws, each judged by reading its
# article before any rule was written for it: 51 name a speaker a reader gives them to (7 a
# body, a state or an outlet, 9 papers), 36 no one, 13 are no statement. As drawn none of the
# 51 right and none of the 36 credited, on the text up to the paragraph after the quote.
CLASSES = {
    "paper": 9,  # a body's, an outlet's or a writer's paper, going on
    "anaphor": 9,  # «وی», «ایشان» or an anaphoric post of a person named, not read
    "lead": 8,  # a post or «یک مقام» alone, the holder named after
    "person": 8,  # a person khabar never finds (or finds cut short)
    "body": 7,  # a body, an outlet or a state
    "subject": 4,  # a named subject the rules miss
    "inside": 3,  # words told inside another's account
    "glued": 1,  # a subheading run into the subject
    "post": 1,  # a person the article names in other words
    "interview": 1,  # an interview's answer, the one asked named in the lead
    "none": 36,
    "nostmt": 13,
}
SINCE = 0


def test_the_thirteenth_draw_is_judged_as_drawn() -> None:
    check_as_drawn(DRAW, 100, CLASSES, EARLIER)


def test_the_thirteenth_draw_since() -> None:
    assert not check_since(DRAW, SINCE, wrong=0, credited=0)
