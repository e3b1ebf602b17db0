"""The person a question is put to: «هنگامی‌که مارگریت لئن ... از اسداله علم پرسید که: ...؟»,
«سئوال آقای سیدزاده، نماینده مرند از آقای دکتر فرهادی، وزیر بهداشت ... مطرح شد». A «وی» that
speaks next («وی در پاسخ گفت:», «وی اضافه کرد:») is the one asked, not the asker."""

from __future__ import annotations

from khabar.extract import lexicons as lx

# keys of the words of a question (``lexicons.key``: «سئوال» is «سیوال»)
QUESTION = frozenset({"سوال", "سیوال", "پرسش", "پرسید", "پرسیدند", "پرسیده", "پرسیدم"})
QUESTION_LEMMA = "پرسیدن"
_FROM = "از"
_REACH = 10  # tokens from the question's word to «از» or from the name to it
# «از» that opens no question put to one: «بعد از بایدن ... از او پرسید»
_NOT_ASKED = frozenset({"بعد", "پس", "قبل", "پیش", "غیر", "یکی", "بیش", "بیشتر", "کمتر", "جدا"})
_PRONOUNS = frozenset({"او", "وی", "ایشان"})


def asked_person(keys: list[str], a: int, b: int, by_token: dict[int, str]) -> str | None:
    """The person named right after «از» near a word of a question in the sentence, when one
    person alone is asked there; none when a pronoun is the one asked («از او پرسید»)."""
    if QUESTION.isdisjoint(keys[a:b]):
        return None  # most sentences: no word of a question, looked for in C
    words = [k for k in range(a, b) if keys[k] in QUESTION]
    asked: set[str] = set()
    for k in lx.occurrences(keys, _FROM, a, b - 1):
        if k > a and keys[k - 1] in _NOT_ASKED:
            continue
        if not any(k - _REACH <= w <= k + _REACH + 1 for w in words):
            continue
        if keys[k + 1] in _PRONOUNS:
            return None
        if k + 1 in by_token:
            asked.add(by_token[k + 1])
    return next(iter(asked)) if len(asked) == 1 else None
