"""Quotes left with no speaker, a seventeenth random draw (``null_speakers_judged_17.jsonl``),
judged by reading before any rule was written for it."""

from __future__ import annotations

from null_draws import check_as_drawn, check_since, draws_before

DRAW = "null_speakers_judged_17.jsonl"
EARLIER = draws_before(17)

# ``null_speakers_judged_17.jsonl``: 100 quotes drawn at random (seed 1818,
# ``scripts/draw_null_speakers.py --but`` the sixteen earlier draws) from the 212 quotes with
# neither speaker nor organization of the extraction of all the shared news at 4a8c69ed,
# outside the gold's articles and those of the sixteen earlier draws, each judged by reading
# its article before any rule was written for it: 48 name a speaker a reader gives them to (9
# a body, 4 papers), 44 no one, 8 are no statement. As drawn none of the 48 right in the whole
# articles (one on the text kept: «امام جمعه تبریز تصریح کرد:», محسن مجتهد شبستری's) and none
# of the 44 credited.
CLASSES = {
    "person": 8,  # a person khabar never finds whole
    "body": 9,  # a body, an outlet or a state
    "glued": 7,  # a subheading, a title or a caption run into the subject
    "post": 5,  # a post worded otherwise
    "anaphor": 4,  # «وی», «او», an anaphoric post or a dropped subject of a person named
    "paper": 4,  # a body's, an outlet's or a writer's paper, going on
    "subject": 4,  # a named subject the rules miss
    "inside": 3,  # words told inside another's account
    "interview": 2,  # an interview's answer
    "lead": 2,  # a post alone, the holder named after
    "none": 44,
    "nostmt": 8,
}
# since (``test_null_speakers_17_rules.py``), besides the one right on the text kept as drawn:
# «رد شدوی افزود:», a heading run into «وی» past «شد» (roozno_791), and «...کرونادر همین حال
# سازمان جهانی بهداشت ... خبر داد» (roozno_1055)
SINCE = 3


def test_the_seventeenth_draw_is_judged_as_drawn() -> None:
    check_as_drawn(DRAW, 100, CLASSES, EARLIER)


def test_the_seventeenth_draw_since() -> None:
    assert not check_since(DRAW, SINCE, wrong=0, credited=0)
