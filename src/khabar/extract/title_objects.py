"""A head of state's or government's post complete in itself («رئیس جمهور», «نخست‌وزیر») takes
after it only what names its state or body («رئیس جمهور آمریکا», «نخست‌وزیر رژیم صهیونیستی»)
or its standing («رئیس جمهور سابق», «نخست وزیر موقت عراق»). A common noun right after it, with
the object's «را» ahead in the clause, opens that object: the head is the clause's subject and
the post ends with it («رئیس جمهور | سیاست اصولی کاراکاس در زمینه ... را خاطرنشان ساخت»,
«هویدا نخست‌وزیر | بودجه کشور را ... تقدیم مجلس کرد»).

On the shared news the word after such a head in a post is a country or a body's word (about
nine in ten), an adjective of standing or time («سابق», «وقت», «موقت», «جدید», «دوران
پهلوی»), or a possessive («کشورمان»); the common nouns after it («سیاست», «روابط», «دستور»,
«قانون», «تسریع», «بودجه») all opened the clause's object, «را» ahead of them.
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.clause_words import COMMAS
from khabar.extract.namewords import FREQUENT, rank
from khabar.extract.org_spans import POST_ADJECTIVES

_OBJECT = "را"
# the most words from the head's end to the object's «را» («سیاست اصولی کاراکاس در زمینه تحکیم
# روابط کشورهای عضو اوپک را»: ten)
_OBJECT_WITHIN = 14
_STOPS = frozenset(COMMAS) | {".", ":", "؛", "؟", "!"}
# A head of state's standing or time, beside ``POST_ADJECTIVES``: ordinary words that name no
# body yet go on with the post («نخست‌وزیر موقت عراق», «رئیس جمهور منتخب», «نخست‌وزیر دوران
# پهلوی را»), and «یک» of «رئیس جمهور یک مملکت»
_STANDING = frozenset(
    lx.key(w)
    for w in "موقت جدید فعلی کنونی منتخب مستعفی مکلف پیشنهادی قانونی آینده بعدی قبلی "
    "دوران دوره زمان عصر یک".split()
)


def opens_object(keys: list[str], at: int) -> bool:
    """Whether the word at ``at``, right after a head of state's post complete in itself, opens
    its clause's object: an ordinary word (``FREQUENT``) no place, body, name or standing
    opens, and «را» ahead before any stop."""
    if at >= len(keys):
        return False
    word = keys[at]
    if word in POST_ADJECTIVES or word in _STANDING or word in lx.name_words():
        return False
    if not (word in lx.common_words() or rank(word) < FREQUENT):
        return False
    if word in lx.places().root and lx.places().match(keys, at):
        return False
    if word in lx.organizations().root and lx.organizations().match(keys, at):
        return False
    for k in range(at + 1, min(len(keys), at + _OBJECT_WITHIN + 1)):
        if keys[k] == _OBJECT:
            return True
        if keys[k] in _STOPS:
            return False
    return False
