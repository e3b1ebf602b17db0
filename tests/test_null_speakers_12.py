"""Quotes left with no speaker, a twelfth random draw (``null_speakers_judged_12.jsonl``),
judged by reading before any rule was written for it."""

from __future__ import annotations

from null_draws import check_as_drawn, check_since, draws_before

DRAW = "null_speakers_judged_12.jsonl"
EARLIER = draws_before(12)

# ``null_speakers_judged_12.jsonl``: 100 quotes drawn at random (seed 1313,
# ``scripts/draw_null_speakers.py --but`` the eleven earlier draws) from the 1,077 quotes with
# neither speaker nor organization of the extraction of all the shared news at 82934099,
# outside the gold's articles and those of the eleven earlier draws, each judged by reading its
# article before any rule was written for it: 51 name a speaker a reader gives them to (8 a
# body, a state or an outlet, 5 papers), 37 no one, 12 are no statement. As drawn none of the
# 51 right and none of the 37 credited, on the text up to the paragraph after the quote.
CLASSES = {
    "subject": 9,  # a named subject the rules miss
    "body": 8,  # a body, an outlet or a state
    "lead": 6,  # a post or «یک مقام» alone, the holder named after
    "post": 6,  # a person the article names in other words
    "person": 6,  # a person khabar never finds (or finds cut short)
    "inside": 5,  # words told inside another's account
    "paper": 5,  # a body's, an outlet's or a writer's paper, going on
    "glued": 3,  # a title or a subheading run into the subject
    "interview": 2,  # an interview's answer, the one asked named in the lead
    "anaphor": 1,  # «وی» of a person named, not read
    "none": 37,
    "nostmt": 12,
}
SINCE = 0


def test_the_twelfth_draw_is_judged_as_drawn() -> None:
    check_as_drawn(DRAW, 100, CLASSES, EARLIER)


def test_the_twelfth_draw_since() -> None:
    assert not check_since(DRAW, SINCE, wrong=0, credited=0)
