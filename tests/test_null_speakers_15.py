"""Quotes left with no speaker, a fifteenth random draw (``null_speakers_judged_15.jsonl``),
judged by reading before any rule was written for it."""

from __future__ import annotations

from null_draws import check_as_drawn, check_since, draws_before

DRAW = "null_speakers_judged_15.jsonl"
EARLIER = draws_before(15)

# ``null_speakers_judged_15.jsonl``: 100 quotes drawn at random (seed 1616,
# ``scripts/draw_null_speakers.py --but`` the fourteen earlier draws) from the 492 quotes with
# neither speaker nor organization of the extraction of all the shared news at 3bced779,
# outside the gold's articles and those of the fourteen earlier draws, each judged by reading
# its article before any rule was written for it: 48 name a speaker a reader gives them to (7
# a body, a state or an outlet, 8 papers), 42 no one, 10 are no statement. As drawn none of
# the 48 right and none of the 42 credited. Three quotes are judged as other samples judged
# them: «ایلاف به نقل از "منابع دیپلماتیک اروپایی" ... مدعی شد:» no one's
# (``speakers_judged_4``), «همتی ... در یادداشت اینستاگرامی خود نوشت:» no statement, the note
# left out (``speakers_judged_6``), «در ادامه یادداشت جلالی در ایسنا آمده است:» Mirzaei's
# (``quotes_recall_dev_12``).
CLASSES = {
    "body": 7,  # a body, an outlet or a state
    "paper": 8,  # a body's, an outlet's or a writer's paper, going on
    "glued": 8,  # a subheading, a title or a closing mark run into the subject
    "inside": 8,  # words told inside another's account
    "anaphor": 5,  # «وی», «او», an anaphoric post or a dropped subject of a person named
    "subject": 5,  # a named subject the rules miss
    "lead": 4,  # a post alone, the holder named after
    "person": 2,  # a person khabar never finds
    "post": 1,  # a person the article names in other words
    "none": 42,
    "nostmt": 10,
}
SINCE = 0


def test_the_fifteenth_draw_is_judged_as_drawn() -> None:
    check_as_drawn(DRAW, 100, CLASSES, EARLIER)


def test_the_fifteenth_draw_since() -> None:
    assert not check_since(DRAW, SINCE, wrong=0, credited=0)
