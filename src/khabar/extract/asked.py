"""The person a question is put to: «هنگامی‌که مارگریت لئن ... از اسداله علم پرسید که: ...؟»,
«سئوال آقای سیدزاده، نماینده مرند از آقای دکتر فرهادی، وزیر بهداشت ... مطرح شد». A «وی» that
speaks next («وی در پاسخ گفت:», «وی اضافه کرد:») is the one asked, not the asker."""

from __future__ import annotations

from collections.abc import Callable

from khabar.extract import lexicons as lx
from khabar.extract.clause_words import COMMAS

# keys of the words of a question (``lexicons.key``: «سئوال» is «سیوال»)
QUESTION = frozenset({"سوال", "سیوال", "پرسش", "پرسید", "پرسیدند", "پرسیده", "پرسیدم"})
QUESTION_LEMMA = "پرسیدن"
_FROM = "از"
_REACH = 16  # tokens from the question's word to «از» or from the name to it: past the asker and
# their post, «سئوال آقای یعقوبی، نماینده بهار ... در جلسه علنی دیروز مجلس ...، از آقای ... شافعی»
# «از» that opens no question put to one: «بعد از بایدن ... از او پرسید»
_NOT_ASKED = frozenset({"بعد", "پس", "قبل", "پیش", "غیر", "یکی", "بیش", "بیشتر", "کمتر", "جدا"})
_PRONOUNS = frozenset({"او", "وی", "ایشان"})
ASKS = frozenset({"پرسید", "پرسیدند"})
_THAT = "که"
_ANSWER_REACH = 4  # tokens from the pronoun to the verb: «که وی در پاسخ گفت»


def asked_person(keys: list[str], a: int, b: int, by_token: dict[int, str]) -> str | None:
    """The person named right after «از» near a word of a question in the sentence, when one
    person alone is asked there; none when a pronoun is the one asked («از او پرسید»)."""
    if QUESTION.isdisjoint(keys[a:b]):
        return None  # most sentences: no word of a question, looked for in C
    asked = _asked(keys, a, b, by_token)
    return next(iter(asked)) if asked is not None and len(asked) == 1 else None


def answers_asked(
    keys: list[str], a: int, verb_at: int, by_token: dict[int, str]
) -> tuple[bool, str | None]:
    """Whether «که» and a pronoun open the clause of the verb at ``verb_at`` right after a
    question put in the same sentence, and the one asked then, if the article names them: «از
    ربیعی درباره ... سؤال شد که وی پاسخ داد:» is ربیعی's, not the one who spoke before."""
    if _THAT not in keys[max(a, verb_at - _ANSWER_REACH - 1) : verb_at]:
        return False, None  # most clauses: no «که» right before the verb
    for k in range(verb_at - 1, max(a, verb_at - _ANSWER_REACH) - 1, -1):
        if keys[k] in _PRONOUNS and k > a and keys[k - 1] == _THAT:
            asked = _asked(keys, a, k - 1, by_token)
            if asked is None or not asked and not _near_question(keys, a, k - 1):
                return False, None  # no question put there, or put to a pronoun
            return True, next(iter(asked)) if len(asked) == 1 else None
    return False, None


def asks_another(keys: list[str], a: int, b: int, by_token: dict[int, str]) -> bool:
    """A question in the sentence is put to one the article does not name («... از اسداله علم
    پرسید که: ...؟», «علم» a word no rule takes for a name): the «وی» who answers next is not
    the asker. Not a pronoun asked («از او پرسید»): often the one who spoke, going on."""
    if QUESTION.isdisjoint(keys[a:b]):
        return False
    asked = _asked(keys, a, b, by_token)
    return asked is not None and not asked and _put_to_someone(keys, a, b)


def _asked(keys: list[str], a: int, b: int, by_token: dict[int, str]) -> set[str] | None:
    """The persons named right after an «از» near a word of a question; None when a pronoun is
    the one asked."""
    asked: set[str] = set()
    for k in _near_question(keys, a, b):
        if keys[k + 1] in _PRONOUNS:
            return None
        if k + 1 in by_token:
            asked.add(by_token[k + 1])
    return asked


def _near_question(keys: list[str], a: int, b: int) -> list[int]:
    """The «از» of the sentence that may put a question: near a word of a question, not after
    «بعد», «پس», «یکی» and the like."""
    if QUESTION.isdisjoint(keys[a:b]):
        return []  # most sentences: no word of a question, looked for in C
    words = [k for k in range(a, b) if keys[k] in QUESTION]
    return [
        k
        for k in lx.occurrences(keys, _FROM, a, b - 1)
        if not (k > a and keys[k - 1] in _NOT_ASKED)
        and any(k - _REACH <= w <= k + _REACH + 1 for w in words)
    ]


def _put_to_someone(keys: list[str], a: int, b: int) -> bool:
    """A question verb («پرسید») in the sentence right past an «از» and the one or two words of
    who is asked: «از اسداله علم پرسید»."""
    return any(
        keys[k] in ASKS and any(keys[j] == _FROM for j in range(max(a, k - 3), k - 1))
        for k in range(a, b)
    )


def answer_after_question(
    keys: list[str],
    a: int,
    verb_at: int,
    by_token: dict[int, str],
    by_surname: Callable[[tuple[str, ...]], str | None] | None = None,
) -> tuple[str, int] | None:
    """(the one asked, the token past the pronoun) when «او» or «وی» right after the comma or
    the «که» of «پرسید» opens the clause of the verb at ``verb_at``, a question put in the same
    sentence to one person the article names: «... مجری از ساعی نظرش را ... پرسید، او اینطور
    پاسخ داد و گفت:» is ساعی's, not the asker's; else None. ``by_surname``: the one person of
    the article with a family name, for one asked by it alone where the name is no mention
    found («خبرنگار صدا و سیما از داوودی ... پرسید که وی پاسخ داد:», of «پرویز داوودی»)."""
    # the verb of asking, two tokens back, must lie in the sentence (never keys[-1])
    for k in range(verb_at - 1, max(a + 2, verb_at - _ANSWER_REACH) - 1, -1):
        if keys[k] in _PRONOUNS and _opens_answer(keys[k - 1]) and keys[k - 2] in ASKS:
            asked = _asked(keys, a, k - 1, by_token)
            if asked == set() and by_surname is not None:
                found = (by_surname((keys[q + 1],)) for q in _near_question(keys, a, k - 1))
                asked = {pkey for pkey in found if pkey is not None}
            return (next(iter(asked)), k + 1) if asked and len(asked) == 1 else None
    return None


def _opens_answer(key: str) -> bool:
    """A comma or «که» between «پرسید» and the pronoun of the one who answers."""
    return key in COMMAS or key == _THAT
