"""Quotes left with no speaker, an eighteenth random draw (``null_speakers_judged_18.jsonl``),
judged by reading before any rule was written for it."""

from __future__ import annotations

from null_draws import check_as_drawn, check_since, draws_before

DRAW = "null_speakers_judged_18.jsonl"
EARLIER = draws_before(18)

# ``null_speakers_judged_18.jsonl``: 100 quotes drawn at random (seed 1919,
# ``scripts/draw_null_speakers.py --but`` the seventeen earlier draws) from the 109 quotes with
# neither speaker nor organization of the extraction of all the shared news at f212a3ee,
# outside the gold's articles and those of the seventeen earlier draws, each judged by reading
# its article before any rule was written for it: 42 name a speaker a reader gives them to (9
# a body, 5 papers), 47 no one, 11 are no statement. As drawn none of the 42 right and none
# of the 47 credited.
CLASSES = {
    "body": 9,  # a body, an outlet or a state
    "inside": 6,  # words told inside another's account
    "anaphor": 5,  # «وی», «او», a dropped subject or a speech going on of a person named
    "paper": 5,  # a body's or a person's paper, going on
    "glued": 5,  # a subheading, a title or a read-more list run into the subject
    "subject": 4,  # a named subject the rules miss
    "post": 4,  # a post of a person the article names in other words
    "person": 2,  # a person khabar never finds
    "interview": 1,  # an interview's answer, the one asked named in the lead
    "lead": 1,  # a post alone, the holder named after
    "none": 47,
    "nostmt": 11,
}
SINCE = 0
# and 1 since a heading's last word run into «وی» is read past the titles of a «بیشتر بخوانید:»
# list that name persons («... قتل رومینا سیزده ساله / یادداشتی از محمد فاضلیوی گفت:»,
# زیباکلام's)
SINCE += 1
# and 1 since a word past the frequent ones run into a given name that is no word opens the name
# there, its family name listed though a word too («در اقلیت اما پردردسرمرتضی تمدن ... گفت:»)
SINCE += 1


def test_the_eighteenth_draw_is_judged_as_drawn() -> None:
    check_as_drawn(DRAW, 100, CLASSES, EARLIER)


def test_the_eighteenth_draw_since() -> None:
    assert not check_since(DRAW, SINCE, wrong=0, credited=0)
