"""Where the subject of a cue's clause opens, asked once a sentence: the speaker's reading
(``speakers.speaker``, given the sentence's ``opens``), the anaphors' and the unnamed
source's (extract/quotes.py) ask it of the same verb, and are given the one answer."""

from __future__ import annotations

from khabar.extract import extract_text
from khabar.extract.quotes import _kept


def test_each_verb_s_subject_start_is_sought_once() -> None:
    asked: list[int] = []

    def start(verb_at: int) -> int:
        asked.append(verb_at)
        return verb_at - 2

    opens = _kept(start)
    assert [opens(5), opens(5), opens(7), opens(5)] == [3, 3, 5, 3]
    assert asked == [5, 7]


def test_an_unnamed_source_then_its_pronoun() -> None:
    # «یک منبع آگاه» speaks: nobody named, and «وی» after it goes on with no one the text names
    doc = extract_text(
        "یک منبع آگاه در وزارت نفت گفت: صادرات نفت افزایش یافته است. "
        "وی افزود: این روند ادامه خواهد داشت.",
        use_model=False,
    )
    assert [q.speaker for q in doc.quotes] == [None, None]
