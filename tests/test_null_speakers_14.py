"""Quotes left with no speaker, a fourteenth random draw (``null_speakers_judged_14.jsonl``),
judged by reading before any rule was written for it."""

from __future__ import annotations

from null_draws import check_as_drawn, check_since, draws_before

DRAW = "null_speakers_judged_14.jsonl"
EARLIER = draws_before(14)

# ``null_speakers_judged_14.jsonl``: 100 quotes drawn at random (seed 1515,
# ``scripts/draw_null_speakers.py --but`` the thirteen earlier draws) from the 665 quotes with
# neither speaker nor organization of the extraction of all the shared news at 6dc4bd32,
# outside the gold's articles and those of the thirteen earlier draws, each judged by reading
# its article before any rule was written for it: 53 name a speaker a reader gives them to (15
# a body, a state or an outlet, 6 papers), 42 no one, 5 are no statement. As drawn none of the
# 53 right in the whole articles and none of the 42 credited; on the text up to the paragraph
# after the quote, 1 («مدیر اداره مطالعات و مقررات بانک مرکزی ... اظهار داشت:» of «حمیدرضا
# غنی آبادی»). Two quotes are judged as other samples judged them: «تحلیلگران گلدمن ساکس در
# یادداشتی نوشتند:» no one's (``speakers_judged_8``), «وزارتصمتدر این اطلاعیه ...» the
# ministry's (``speakers_judged_13``).
CLASSES = {
    "body": 15,  # a body, an outlet or a state
    "person": 11,  # a person khabar never finds (or finds cut short)
    "paper": 6,  # a body's, an outlet's or a writer's paper, going on
    "post": 6,  # a person the article names in other words
    "subject": 5,  # a named subject the rules miss
    "glued": 3,  # a subheading or a closing mark run into the subject
    "anaphor": 3,  # «وی», «ایشان» or an anaphoric post of a person named, not read
    "inside": 2,  # words told inside another's account
    "lead": 2,  # a post alone, the holder named after or in the title
    "none": 42,
    "nostmt": 5,
}
SINCE = 1


def test_the_fourteenth_draw_is_judged_as_drawn() -> None:
    check_as_drawn(DRAW, 100, CLASSES, EARLIER)


def test_the_fourteenth_draw_since() -> None:
    assert not check_since(DRAW, SINCE, wrong=0, credited=0)
