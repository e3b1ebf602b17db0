"""A head of state's or government's post complete in itself («رئیس جمهور», «نخست‌وزیر») takes
after it only what names its state or body («رئیس جمهور آمریکا», «نخست‌وزیر رژیم صهیونیستی»)
or its standing («رئیس جمهور سابق», «نخست وزیر موقت عراق»). A common noun after it and those
words, with the object's «را» ahead in the clause, opens that object: the head is the clause's
subject and the post ends before it («رئیس جمهور | سیاست اصولی کاراکاس در زمینه ... را
خاطرنشان ساخت», «هویدا نخست‌وزیر | بودجه کشور را ... تقدیم مجلس کرد», «رئیس جمهور کشورمان |
روابط با ... را ... دانست»).

On the shared news the word after such a head in a post is a country or a body's word (about
nine in ten), an adjective of standing or time («سابق», «وقت», «موقت», «جدید», «دوران
پهلوی»), or a possessive («کشورمان»); the common nouns after it («سیاست», «روابط», «دستور»,
«قانون», «تسریع», «بودجه») all opened the clause's object, «را» ahead of them.
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.clause_words import PHRASE_ENDS
from khabar.extract.namewords import FREQUENT, rank
from khabar.extract.org_spans import POST_ADJECTIVES

_OBJECT = "را"
# the most words from the head's end to the object's «را» («سیاست اصولی کاراکاس در زمینه تحکیم
# روابط کشورهای عضو اوپک را»: ten)
_OBJECT_WITHIN = 14
# A head of state's standing or time, beside ``POST_ADJECTIVES``: ordinary words that name no
# body yet go on with the post («نخست‌وزیر موقت عراق», «رئیس جمهور منتخب», «نخست‌وزیر دوران
# پهلوی را»), and «یک» of «رئیس جمهور یک مملکت»
_STANDING = frozenset(
    lx.key(w)
    for w in "موقت جدید فعلی کنونی منتخب مستعفی مکلف پیشنهادی قانونی آینده بعدی قبلی "
    "دوران دوره زمان عصر یک".split()
)
# The words of a state before its name, or alone with a possessive ending («نخست‌وزیر جمهوری
# ایرلند», «رئیس جمهور کشورمان»)
_STATES = frozenset(
    lx.key(w) for w in "جمهوری دولت رژیم کشور حکومت اقلیم ایالات پادشاهی امارات".split()
)
_POSSESSIVES = ("مان", "شان", "تان", "ش")


def _of_state(word: str) -> bool:
    """A word of a head of state's standing or state («سابق», «جمهوری», «کشورمان»)."""
    if word in POST_ADJECTIVES or word in _STANDING or word in _STATES:
        return True
    return any(word.endswith(end) and word[: -len(end)] in _STATES for end in _POSSESSIVES)


def _names_a_body(keys: list[str], at: int) -> bool:
    """Whether a place's or a body's name opens at ``at``."""
    word = keys[at]
    return bool(
        (word in lx.places().root and lx.places().match(keys, at))
        or (word in lx.organizations().root and lx.organizations().match(keys, at))
    )


def object_start(keys: list[str], at: int, end: int) -> int | None:
    """Where the clause's object opens inside the post ``[.., end)`` whose head of state's
    title ends at ``at``: the first word past its standing and state words (``_of_state``)
    that is an ordinary word (``FREQUENT``) no place, body or name opens, «را» ahead before
    any stop («رئیس جمهور کشورمان | روابط با کشور دوست ... را ... دانست»); else None."""
    while at < end and not _names_a_body(keys, at) and _of_state(keys[at]):
        at += 1
    if at >= end or _names_a_body(keys, at):
        return None  # «رئیس جمهوری ایالات متحده», «نخست‌وزیر رژیم صهیونیستی»: the post ends so
    word = keys[at]
    if word in lx.name_words() or not (word in lx.common_words() or rank(word) < FREQUENT):
        return None
    for k in range(at + 1, min(len(keys), at + _OBJECT_WITHIN + 1)):
        if keys[k] == _OBJECT:
            return at
        if keys[k] in PHRASE_ENDS:
            return None
    return None
