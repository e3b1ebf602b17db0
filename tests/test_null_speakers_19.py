"""Quotes left with no speaker, a nineteenth random draw (``null_speakers_judged_19.jsonl``),
judged by reading before any rule was written for it."""

from __future__ import annotations

from null_draws import check_as_drawn, check_since, draws_before

DRAW = "null_speakers_judged_19.jsonl"
EARLIER = draws_before(19)

# ``null_speakers_judged_19.jsonl``: the 8 quotes with neither speaker nor organization of the
# extraction of all the shared news at 285f458f outside the gold's articles and those of the
# eighteen earlier draws, all of them, in the order seed 2020 draws them
# (``scripts/draw_null_speakers.py --n 8 --but`` the eighteen earlier draws), each judged by
# reading its article before any rule was written for it: 4 name a speaker a reader gives them
# to (1 a body), 3 no one, 1 is no statement. As drawn none of the 4 right and none of the 3
# credited.
CLASSES = {
    "person": 2,  # a person khabar never finds
    "anaphor": 1,  # a speech going on of a person named
    "body": 1,  # a body, an outlet or a state
    "none": 3,
    "nostmt": 1,
}
SINCE = 0
# and 2 since a name in quotation marks past «در این ارتباط» before a comma and its post is a
# person, and its family name alone so quoted opening a sentence theirs («در این ارتباط
# «ذبیح‌الله مجاهد»، سخنگوی طالبان گفته است که», then «"مجاهد" همچنین ... گفته است:»), and
# «نشنال اینترست» is a listed outlet
SINCE += 2


def test_the_nineteenth_draw_is_judged_as_drawn() -> None:
    check_as_drawn(DRAW, 8, CLASSES, EARLIER)


def test_the_nineteenth_draw_since() -> None:
    assert not check_since(DRAW, SINCE, wrong=0, credited=0)
