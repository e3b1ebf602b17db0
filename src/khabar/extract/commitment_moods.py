"""What the clause of a commitment's cue says besides its act: that the act is only
possible, ought to be done, is described rather than announced, or that «soon» qualifies a
noun. Each is no announcement (``extract/commitments.py`` asks).
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.clause_words import COMMAS
from khabar.extract.commitment_acts import (
    PRESENT_PREFIXES,
    acts,
    first_or_second_person,
    harm_imposed,
)

_OBJECT = lx.key("را")


def soon_of_an_act(keys: list[str], b: int, end: int) -> bool:
    """Whether the «soon» cue ending at token ``end`` is said of an act, not of a noun
    («اولویت‌های خود در آینده نزدیک را اعلام کرد»). (Whether its verb is an act is not
    asked: «به‌زودی ... خواهد بست», «در آینده نزدیک ... انتخاب خواهند کرد» are acts no list
    names, as often as «به‌زودی ... یکی از قدرت‌های اروپا خواهد شد» is a forecast.)"""
    return not (end < b and keys[end] == _OBJECT)


_MUST = frozenset(map(lx.key, ("باید", "بایستی", "بایست")))


def urged(keys: list[str], start: int, b: int) -> bool:
    """Whether the verb after a deadline cue (tokens ``start:b``) is «باید» with a verb of
    the first or second person («... را باید به مردم اعلام کنیم»): what ought to be done."""
    must = next((k for k in range(start, b) if keys[k] in _MUST), None)
    return must is not None and first_or_second_person(keys, must + 1, b)


_WHAT = frozenset(map(lx.key, ("آنچه", "هرآنچه", "هرچه", "آن‌چه")))
_COMMA = frozenset(map(lx.key, COMMAS))
_STOPS = frozenset(map(lx.key, ("،", ",", "؛", ";", ":", "«", "»", "که")))


def described(keys: list[str], a: int, start: int, end: int) -> bool:
    """Whether the future cue at ``start`` ends a clause «آنچه» opens («آنچه بازار را ... تحت
    تاثیر قرار خواهد داد، ریزش بازارهای جهانی است»): what will be, described, not an act.
    (A relative clause on a noun is left alone: «طرح صلحی که فردا اعلام خواهد شد، ...»
    announces as often as it describes; «هر آنچه ... لازم باشد تامین خواهد شد» is an act.)"""
    if end >= len(keys) or keys[end] not in _COMMA:
        return False
    for k in range(start - 1, a - 1, -1):
        if keys[k] in _STOPS:
            return False
        if keys[k] in _WHAT:
            return True
    return False


# «تا پایان سال ۲۰۲۰ هنوز هم ممکن است»: a possibility, said after the cue in its clause
_POSSIBLE = frozenset(map(lx.key, ("ممکن", "بعید", "محتمل", "امکان‌پذیر", "امکانپذیر")))
_IS = frozenset(map(lx.key, ("است", "نیست", "باشد", "بود", "نبود")))
_CLAUSE_ENDS = frozenset(map(lx.key, ("،", ",", "؛", ";", ":", "و", "اما", "ولی", "تا", "که")))


# «... تا پایان سال جاری می‌توانند ... پر کنند»: what someone may or can do, no act announced
_CAN = tuple(lx.key(w) for w in ("می‌توان", "نمی‌توان", "میتوان", "نمیتوان"))


_ABLE = (*_CAN, lx.key("بتوان"), lx.key("نتوان"))


def able_before(keys: list[str], a: int, start: int) -> bool:
    """Whether the clause of the cue at ``start`` says before it that its act can be done
    («... تلاش می‌کند تا بتوانیم در آینده نزدیک ... راه‌اندازی شود»): an aim or an ability,
    no act announced."""
    for k in range(start - 1, a - 1, -1):
        if keys[k] in _CLAUSE_ENDS:
            return False
        if keys[k].startswith(_ABLE):
            return True
    return False


# «... قرار است از کجا تامین شود», «قرار است چگونه ...»: a question word in the cue's clause,
# before its verb; not «چرا که» («... تحویل دهیم چرا که ...»: because)
_WHERE_HOW = frozenset(map(lx.key, ("کجا", "چگونه", "چطور", "چه‌طور", "چقدر", "چرا")))
_WHAT_ONE = frozenset(map(lx.key, ("کسی", "کسانی", "زمانی", "وقت", "چیزی")))
_WHICH = lx.key("چه")


def asked_after(keys: list[str], end: int, b: int) -> bool:
    """Whether the clause of the cue ending at token ``end`` asks where, how, why, how much,
    who or when before it ends («یکی از بحث‌ها این است که نیروها قرار است از کجا تامین
    شود»): an indirect question, no act announced."""
    for k in range(end, b):
        if keys[k] in _CLAUSE_ENDS:
            return False
        if keys[k] in _WHERE_HOW and not (k + 1 < b and keys[k + 1] == _THAT):
            return True
        if keys[k] == _WHICH and k + 1 < b and keys[k + 1] in _WHAT_ONE:
            return True
    return False


_THAT = lx.key("که")


def possible_after(keys: list[str], end: int, b: int) -> bool:
    """Whether the clause of a cue ending at token ``end`` says its act is possible, after
    the cue («رسیدن به توافق تا پایان سال ... ممکن است», «... می‌توانند ...»)."""
    for k in range(end, b):
        if keys[k] in _CLAUSE_ENDS:
            return False
        if keys[k].startswith(_CAN):
            return True
        if keys[k] in _POSSIBLE and k + 1 < b and keys[k + 1] in _IS:  # not «به بهترین نحو ممکن»
            return True
    return False


# After «soon», what comes about rather than what someone does: we shall witness it («به زودی
# شاهد ریزش ... خواهیم بود»), it is reached («به زودی ... به خودکفایی می‌رسیم»), it lays the
# ground for something («به زودی زمینه نابودی آن را فراهم می‌کند»), or a thing becomes one of
# a kind («به‌زودی رم یکی از قدرت‌های اروپا خواهد شد»).
_WITNESS = lx.key("شاهد")
_REACH = frozenset(
    lx.key(prefix + "رس" + ending)
    for prefix in ("می‌", "نمی‌", "ب")
    for ending in ("م", "ی", "د", "یم", "ید", "ند")
)
_REACHED = lx.key("رسید")
_WILL = frozenset(map(lx.key, ("خواهم", "خواهی", "خواهد", "خواهیم", "خواهید", "خواهند")))
_BE = lx.key("بود")
_GROUND, _PROVIDE = lx.key("زمینه"), lx.key("فراهم")
_ONE_OF = (lx.key("یکی"), lx.key("از"))
_BECOMES = frozenset(map(lx.key, ("شد", "می‌شود", "می‌شوند", "شوند", "شود")))
_PERISH = frozenset(map(lx.key, ("نابود", "محو", "سرنگون", "نیست‌ونابود")))
# «رخ خواهد داد», «رخ می‌دهد»: what happens
_OCCUR = lx.key("رخ")
_HAPPENS = _WILL | frozenset(map(lx.key, ("می‌دهد", "می‌دهند", "دهد", "دهند", "بدهد", "داد")))
# facing something: what befalls one, not an act
_FACE = frozenset(map(lx.key, ("روبه‌رو", "روبرو", "مواجه")))


def comes_about_after(keys: list[str], end: int, b: int) -> bool:
    """Whether the clause after the «soon» cue ending at token ``end`` forecasts what comes
    about (witnessed, reached, a ground laid, becoming one of a kind, a cost imposed), not an
    act."""
    clause: list[str] = []
    for k in range(end, b):
        # a comma goes on while no verb came («به زودی با فتح قله ...، شاهد ... خواهیم بود»)
        if keys[k] in _CLAUSE_ENDS and not (keys[k] in _COMMA and not _verb_in(clause)):
            break
        clause.append(keys[k])
    for n, key in enumerate(clause):
        if key == _WITNESS or key in _REACH:
            return True
        if key == _REACHED and n and clause[n - 1] in _WILL:
            return True
        if key == _GROUND and _PROVIDE in clause[n + 1 : n + 8]:
            return True
        if tuple(clause[n : n + 2]) == _ONE_OF and _BECOMES & set(clause[-2:]):
            return True
        if key in _PERISH and _BECOMES & set(clause[n + 1 : n + 3]):
            return True  # «رژیم شوروی به زودی نابود می‌شود»: a prophecy
        if key in _FACE and (_BECOMES | _WILL) & set(clause[n + 1 : n + 3]):
            return True  # «... در آینده نزدیک با پدیده گردوغبار روبه‌رو می‌شود»: it befalls
        if key == _OCCUR and n + 1 < len(clause) and clause[n + 1] in _HAPPENS:
            return True  # «این اتفاق به‌زودی رخ خواهد داد»: it happens, no one does it
        if key in _WILL and n + 1 < len(clause) and clause[n + 1] == _BE:
            return True  # «... که بزودی ... قابل‌دسترسی خواهد بود»: a state, not an act
    return harm_imposed(keys[end:b])  # past «و»: «هزینه ... به خانوارها و ... تحمیل خواهد کرد»


_WITNESSED = _WILL | frozenset(map(lx.key, ("باشیم", "باشید", "باشند", "هستیم", "بودیم")))


def witnessed_after(keys: list[str], end: int, b: int) -> bool:
    """Whether, after the deadline cue ending at token ``end``, the sentence (to ``b``) says
    that something other than an act will be witnessed («ظرف دو سال ... شاهد خروجی ملموسی
    ... خواهیم بود»): a forecast of what comes about. (An act witnessed is announced: «تا
    پایان سال شاهد افتتاح طرح‌های ... خواهیم بود».)"""
    for k in range(end, b - 1):
        if keys[k] != _WITNESS or acts(keys, k + 1, k + 2):
            continue
        clause_end = next((j for j in range(k + 1, b) if keys[j] in _CLAUSE_ENDS), b)
        if not _WITNESSED.isdisjoint(keys[k + 1 : clause_end]):
            return True
    return False


def _verb_in(clause: list[str]) -> bool:
    return any(k in _WILL or k in _BECOMES or k.startswith(PRESENT_PREFIXES) for k in clause)


# «... را بررسی خواهد کرد؛ در صورتی که روسیه ... سودمند بداند»: an act on a condition
_IF = (
    tuple(map(lx.key, ("در", "صورتی", "که"))),
    tuple(map(lx.key, ("درصورتی", "که"))),
    (lx.key("درصورتی‌که"),),
    tuple(map(lx.key, ("مشروط", "به"))),
    tuple(map(lx.key, ("به", "شرط"))),
    tuple(map(lx.key, ("به", "شرطی"))),
)


def conditioned_after(keys: list[str], end: int, b: int) -> bool:
    """Whether the cue ending at token ``end`` is followed at once by a condition that ends
    its sentence (``b``; «... بررسی خواهد کرد؛ در صورتی که روسیه ... بداند»): the act is
    announced only if it holds (a condition before the cue is a hedge). Not «... انجام خواهد
    شد و در صورتی که تخلفی رخ دهد، برخورد می‌شود»: a condition of the next clause."""
    k = end + 1 if end < b and keys[end] in _BREAKS else end
    if not any(tuple(keys[k : k + len(c)]) == c for c in _IF):
        return False
    return not any(key in _BREAKS for key in keys[k + 2 : b])


_BREAKS = frozenset(map(lx.key, ("،", ",", "؛", ";", ":")))

# «اگرایران درخواست ... بدهد»: «اگر» run into the next word, as typed without a space; no
# word but «although», «or else», the noun «ifs» («اگرها و اماها») and a name opens with «اگر»
_IF_GLUED = lx.key("اگر")
_NOT_IF = frozenset(map(lx.key, ("اگرچه", "اگرچند", "اگرنه", "اگرین")))
_IFS = (lx.key("اگرها"), lx.key("اگر\u200cها"))


def may_hold_glued_if(keys: list[str]) -> bool:
    """Whether a key of ``keys`` may be «اگر» glued to the next word: False when no key holds
    «اگر» at all, found in C in the keys joined; ``glued_if`` tells each."""
    return _IF_GLUED in "\n".join(keys)


def glued_if(key: str) -> bool:
    """Whether the token ``key`` is «اگر» glued to the word after it («اگرایران»)."""
    return (
        key.startswith(_IF_GLUED)
        and len(key) > len(_IF_GLUED) + 1
        and key not in _NOT_IF
        and not key.startswith(_IFS)
    )


# «هرچند ... قرار است این رادیو تلسکوپ تا سال ... تکمیل شود، اما ... پیش‌بینی می‌شود که ...
# دیرتر ...»: a schedule granted in a concession, which the main clause after «اما» disputes
_ALTHOUGH = frozenset(map(lx.key, ("هرچند", "اگرچه", "گرچه", "هرچندکه")))
_ALTHOUGH_PAIRS = (tuple(map(lx.key, ("هر", "چند"))), tuple(map(lx.key, ("اگر", "چه"))))
_BUT = frozenset(map(lx.key, ("اما", "ولی", "لیکن", "لکن")))
# the words ``conceded`` stops at: the pairs by their first
_CONCESSION_WORDS = _BUT | _ALTHOUGH | {pair[0] for pair in _ALTHOUGH_PAIRS}


def conceded(keys: list[str], a: int, start: int, b: int) -> bool:
    """Whether the cue at token ``start`` of the sentence ``a:b`` lies in a concession
    («هرچند ...») whose «اما» follows it: granted, not what the sentence announces. (A cue
    after the «اما» is the sentence's own: «هرچند با تاخیر، اما ... افتتاح خواهد شد».)"""
    if _CONCESSION_WORDS.isdisjoint(keys[a:start]):
        return False  # most sentences: none of the words, looked for in C
    for k in range(start - 1, a - 1, -1):
        if keys[k] in _BUT:
            return False
        if keys[k] in _ALTHOUGH or tuple(keys[k : k + 2]) in _ALTHOUGH_PAIRS:
            return not _BUT.isdisjoint(keys[start:b])
    return False
