"""Posts the speaker of the discourse does not hold: those of whom they speak or whom they meet.

The speaker going on may be named by post («ندیمی گفت ... نماینده مردم لاهیجان افزود»), but not
by a post that opens a clause inside their words, after «که» («همچنان که رییس مجلس اعلام کرد
که ...»: the one they cite), nor by a post their own sentence gave another, the one they met
or spoke with («سیدعلی طاهری در دیدار مدیرکل میراث فرهنگی ...» then «مدیرکل میراث فرهنگی
... در این دیدار ... اعلام کرد») or addressed («قاضی صلواتی خطاب به مدیر کل حقوقی وزارت بهداشت
گفت: ...» then «مدیرکل حقوقی وزارت بهداشت ... گفت:»), nor by a post of someone's named by a
pronoun after it («مدیر برنامه وی به ما اعلام کرده»: the agent of the player they speak of),
or by the family name of one the article names («وکیل بزوس»: one who serves another).
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.clause_words import FULL_STOPS
from khabar.extract.people import PostMention
from khabar.extract.registry import Registry

_THAT = lx.key("که")
# «همچنان که رییس مجلس اعلام کرد», «چنانکه وزیر گفته است»: one the speaker cites as they go on
_AS = frozenset(lx.key(w) for w in ("همچنان", "همانطور", "همانطوری", "همانگونه", "چنان"))
_AS_THAT = lx.key("چنانکه")
# the words before the one met or spoken with: «در دیدار X», «با X», «دیدار با X»
_MET = frozenset(lx.key(w) for w in ("دیدار", "با", "ملاقات"))
# «خطاب به X»: the one addressed, their post's words spaced or not («مدیر کل», «مدیرکل»)
_ADDRESSING, _TO = lx.key("خطاب"), lx.key("به")
# a pronoun after a post is whose post it is («مدیر برنامه وی»), unless the object before «را»
_WHOSE = frozenset(lx.key(w) for w in ("وی", "او", "ایشان"))
_OBJECT = lx.key("را")


def of_another(reg: Registry, keys: list[str], post: PostMention, pkey: str) -> bool:
    """Whether ``post`` is of someone ``pkey``, the speaker of the discourse, speaks of or met
    (module doc)."""
    if post.i and keys[post.i - 1] == _THAT:
        return True
    if (
        keys[post.j : post.j + 1]
        and keys[post.j] in _WHOSE
        and keys[post.j + 1 : post.j + 2] != [_OBJECT]
    ):
        return True
    size = len(post.keys)
    for k in lx.occurrences(keys, post.keys[0], 0, len(keys)):
        if not k or keys[k - 1] not in _MET or tuple(keys[k : k + size]) != post.keys:
            continue
        for t in range(k - 2, -1, -1):
            if keys[t] in FULL_STOPS:
                break
            if reg.by_token.get(t) == pkey:
                return True
    return _addressed(reg, keys, post, pkey) or _serves_another(reg, post, pkey)


def _serves_another(reg: Registry, post: PostMention, pkey: str) -> bool:
    """Whether ``post`` names the person its holder serves by family name («وکیل بزوس»), one
    the article names in full: not that person's own post, nor that of a speaker the article
    names with a post of their own of another head («اگنس کالامارد» «گزارشگر ویژه سازمان
    ملل» is not «وکیل بزوس»)."""
    served = {reg.by_surname((k,)) for k in post.keys[1:]} - {None}
    if not served:
        return False
    if pkey in served:
        return True
    return any(lx.phrase_keys(h)[:1] != post.keys[:1] for h in reg.persons[pkey].posts)


def _addressed(reg: Registry, keys: list[str], post: PostMention, pkey: str) -> bool:
    """Whether ``pkey``'s sentence addresses ``post`` («صلواتی خطاب به مدیر کل ... گفت»)."""
    joined = "".join(post.keys)
    for a in lx.occurrences(keys, _ADDRESSING, 0, len(keys)):
        if keys[a + 1 : a + 2] != [_TO]:
            continue
        words = (keys[a + 2 : a + 2 + n] for n in range(len(post.keys), len(post.keys) + 3))
        if not any("".join(w) == joined for w in words):
            continue
        for t in range(a - 1, -1, -1):
            if keys[t] in FULL_STOPS:
                break
            if reg.by_token.get(t) == pkey:
                return True
    return False


def cited_as(keys: list[str], ref: object) -> bool:
    """Whether a cue's subject is a post the speaker of the discourse cites as they go on
    («... همچنان که رییس مجلس اعلام کرد که ...»): «وی» after it is still that speaker."""
    if not isinstance(ref, PostMention) or ref.i < 1:
        return False
    if keys[ref.i - 1] == _AS_THAT:
        return True
    return ref.i > 1 and keys[ref.i - 1] == _THAT and keys[ref.i - 2] in _AS
