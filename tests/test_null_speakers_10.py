"""Quotes left with no speaker, a tenth random draw (``null_speakers_judged_10.jsonl``), judged
by reading before any rule was written for it."""

from __future__ import annotations

from null_draws import check_as_drawn, check_since, draws_before

DRAW = "null_speakers_judged_10.jsonl"
EARLIER = draws_before(10)

# ``null_speakers_judged_10.jsonl``: 100 quotes drawn at random (seed 1111,
# ``scripts/draw_null_speakers.py --but`` the nine earlier draws) from the 1,537 quotes with
# neither speaker nor organization of the extraction of all the shared news at c1338023,
# outside the gold's articles and those of the nine earlier draws, each judged by reading its
# article before any rule was written for it: 56 name a speaker a reader gives them to (13 a
# body, an outlet or a state, 4 a paper), 37 no one, 7 are no statement. As drawn none of the
# 56 right, and on the text up to the paragraph after the quote one of the 37 credited (a
# post alone, «مشاور اقتصادی دونالد ترامپ», given to the analyst who speaks next, where the
# whole article leaves it to no one).
CLASSES = {
    "body": 13,  # a body, outlet or state
    "anaphor": 11,  # «وی», «او» or an anaphoric post of a person named, not read
    "subject": 9,  # a named subject the rules miss
    "lead": 5,  # a post alone, the holder named after
    "person": 4,  # a person khabar never finds
    "paper": 4,  # a body's or a person's paper, going on
    "glued": 4,  # a subheading or a dateline run into the subject
    "post": 3,  # a post of a person the article names in other words
    "interview": 2,  # an interview's answer, the one asked named in the lead
    "inside": 1,  # the speaker's own words, told as another's
    "none": 37,
    "nostmt": 7,
}
SINCE = 0
CREDITED = 1


def test_the_tenth_draw_is_judged_as_drawn() -> None:
    check_as_drawn(DRAW, 100, CLASSES, EARLIER)


def test_the_tenth_draw_since() -> None:
    assert not check_since(DRAW, SINCE, wrong=0, credited=CREDITED)
