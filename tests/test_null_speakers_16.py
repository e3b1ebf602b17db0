"""Quotes left with no speaker, a sixteenth random draw (``null_speakers_judged_16.jsonl``),
judged by reading before any rule was written for it."""

from __future__ import annotations

from null_draws import check_as_drawn, check_since, draws_before

DRAW = "null_speakers_judged_16.jsonl"
EARLIER = draws_before(16)

# ``null_speakers_judged_16.jsonl``: 100 quotes drawn at random (seed 1717,
# ``scripts/draw_null_speakers.py --but`` the fifteen earlier draws) from the 339 quotes with
# neither speaker nor organization of the extraction of all the shared news at bcc39ee4,
# outside the gold's articles and those of the fifteen earlier draws, each judged by reading
# its article before any rule was written for it: 37 name a speaker a reader gives them to (4
# a body, 7 papers), 52 no one, 11 are no statement. As drawn none of the 37 right and none of
# the 52 credited.
CLASSES = {
    "person": 8,  # a person khabar never finds whole
    "anaphor": 7,  # «وی», «او», an anaphoric post or a dropped subject of a person named
    "paper": 7,  # a body's, an outlet's or a writer's paper, going on
    "glued": 5,  # a subheading, a title or a caption run into the subject
    "body": 4,  # a body, an outlet or a state
    "lead": 3,  # a post alone, the holder named after
    "subject": 2,  # a named subject the rules miss
    "inside": 1,  # words told inside another's account
    "none": 52,
    "nostmt": 11,
}
# since the seventeenth draw's rules (``test_null_speakers_17_rules.py``): «استثناستاو» (the
# copula joined, roozno_317), «می‌شودلک افزود:» (roozno_614), «یک استاد دانشگاه در ادامه
# افزود:» (fars-2_72)
SINCE = 3


def test_the_sixteenth_draw_is_judged_as_drawn() -> None:
    check_as_drawn(DRAW, 100, CLASSES, EARLIER)


def test_the_sixteenth_draw_since() -> None:
    assert not check_since(DRAW, SINCE, wrong=0, credited=0)
