"""Whether a commitment's cue names someone's act: the verb a future cue ends, and whose
voice a decision is in.

A future cue is an announcement only when its verb is an act (``data/commitment_actions.txt``:
«منتشر خواهد شد», «حمایت خواهیم کرد»), not what will happen to something («... را متضرر
خواهد کرد», «ماندگار خواهد شد», «آسیب جدی ... ایجاد خواهد کرد»). A decision the text reports
in no one's voice is not worded in the first or second person («قرار شد کاری بکنیم», «قرار
است ... شرکت کنید»): those are someone's words, an interview or a memoir, whose speaker the
text does not name.
"""

from __future__ import annotations

from functools import cache

from khabar.extract import lexicons as lx
from khabar.extract.namewords import verb
from khabar.lexicon import words


@cache
def _actions() -> frozenset[str]:
    return frozenset(lx.key(w.replace(" ", "")) for w in words("commitment_actions.txt"))


def action(key: str) -> bool:
    """Whether ``key`` is the noun of an act (``data/commitment_actions.txt``: «برگزار»)."""
    return key in _actions()


def acts(keys: list[str], lo: int, hi: int) -> bool:
    """An action word (``data/commitment_actions.txt``) among tokens ``lo:hi``, or two run
    together («راه اندازی»)."""
    actions = _actions()
    return any(k in actions for k in keys[lo:hi]) or any(
        keys[k] + keys[k + 1] in actions for k in range(lo, hi - 1)
    )


@cache
def _harms() -> frozenset[str]:
    return lx.keyed_words("commitment_harms.txt")


_IMPOSE = lx.key("تحمیل")


def harm_imposed(clause: list[str]) -> bool:
    """Whether the keys of ``clause`` impose a harm or a cost named before «تحمیل» («مهارت
    پایین ... هزینه سنگینی ... تحمیل خواهد کرد»): an effect; «تحریم‌هایی تحمیل خواهد کرد»
    is still an act."""
    return any(
        key == _IMPOSE and not _harms().isdisjoint(clause[max(0, n - 8) : n])
        for n, key in enumerate(clause)
    )


@cache
def _outcomes() -> frozenset[str]:
    return lx.keyed_words("commitment_outcomes.txt")


def outcome_after(keys: list[str], end: int, b: int) -> bool:
    """Whether an outcome (``data/commitment_outcomes.txt``) comes about with «خواهد شد»
    among tokens ``end:b`` («وعده داده است که به زودی رشد ... دو برابر خواهد شد»)."""
    return any(
        keys[k] in _outcomes() and keys[k + 1] in _WILL and keys[k + 2] == _BECOME
        for k in range(end, b - 2)
    )


# «با همکاری ... سازمان‌ها محقق خواهد شد», «توسط ...»: the outcome's doers are named
_DOERS = frozenset(map(lx.key, ("همکاری", "توسط", "مشارکت")))
_WILL = frozenset(map(lx.key, ("خواهد", "خواهند")))
_CREATE = lx.key("ایجاد")
# the object's «را» and punctuation: the verb's words are after them
_OBJECT_ENDS = frozenset(map(lx.key, ("را", "،", ",", "؛", ":", "»", "«")))


def act_before(keys: list[str], a: int, start: int) -> bool:
    """Whether the verb of the future cue at ``start`` (its sentence opening at ``a``) is an
    act: an action word among the three words before the cue, after its object's «را»
    («برخورد قاطع و قانونی خواهد کرد», «تحویل وزارت بهداشت خواهد شد», «شروع به کار خواهند
    کرد»; not «دنیا را متضرر خواهد کرد»); «ایجاد» after a harm or a worry
    (``data/commitment_harms.txt``) creates an effect, not an act."""
    last = start - 1
    if last < a:
        return False
    if keys[last] == _CREATE and not _harms().isdisjoint(keys[max(a, last - 12) : last]):
        return False  # «آسیب جدی ... را ایجاد خواهد کرد»: an effect
    if (
        keys[start + 1] == _BECOME  # passive: the problem is the subject
        and keys[last] in _RESOLVED
        and not _harms().isdisjoint(_clause_before(keys, a, last))
        and not (last - 2 >= a and keys[last - 1] == _AND and acts(keys, last - 2, last - 1))
    ):
        return False  # «مشکلات ... برطرف خواهد شد»: a problem's end, forecast as an effect
    if (
        keys[start + 1] == _BECOME
        and keys[last] in _outcomes()
        and _DOERS.isdisjoint(_clause_before(keys, a, last))
    ):
        return False  # «این عزم ... محقق خواهد شد»: an outcome comes about, no one's act
    lo = max(a, start - 3)
    for k in range(last, lo - 1, -1):
        if keys[k] in _OBJECT_ENDS:
            lo = k + 1
            break
    for k in range(start - 1, lo - 1, -1):
        if keys[k].startswith(PRESENT_PREFIXES) and verb(keys[k]):
            lo = k + 1  # «آنچه که انجام می‌دهند قضاوت خواهد کرد»: another verb's act
            break
    actions = _actions()
    return any(
        (keys[k] in actions or keys[k] + keys[k + 1] in actions) and not _not_an_act(keys, a, k)
        for k in range(lo, start)
    )


# a verb in the present («می‌دهند», «نمی‌کنند») ends the words of another clause
PRESENT_PREFIXES = ("می", "نمی")


# «غیرقابل کنترل خواهد کرد»: a state; «تحت تاثیر قرار خواهد داد», «... را مورد تهدید قرار
# خواهد داد», «... را در مقابل نظام مالی ... قرار خواهد داد»: an effect; «چراغ راهمان قرار
# خواهیم داد», «... را وجهه همت خود قرار خواهد داد», «محبتی در دل‌ها قرار خواهد داد»: a vow,
# a verse, no act
_ABLE = frozenset(map(lx.key, ("غیرقابل", "قابل", "غیر")))
_AFFECTED = frozenset(
    map(
        lx.key,
        ("تاثیر", "تأثیر", "الشعاع", "فشار", "تهدید", "خطر", "مقابل")
        + ("راه", "راهم", "راهمان", "راهشان", "همت", "سرلوحه", "الگو", "سرمشق", "دل‌ها"),
    )
)
_PLACE = lx.key("قرار")


# «دشمن را تشویق به اقدام خواهد کرد»: another's act, urged by an effect; «هرکاری ... انجام
# خواهیم داد»: a vow with no act named
_URGED = frozenset(map(lx.key, ("تشویق", "ترغیب", "تحریک")))  # not «وادار»: forcing is an act
_ANY_DEED = frozenset(map(lx.key, ("هرکاری", "هرکار")))
_ANY, _DEED, _DO = lx.key("هر"), frozenset(map(lx.key, ("کاری", "کار"))), lx.key("انجام")


# «... را وادار به پاسخگویی خواهد کرد»: holding to account, a vow; «... این پیام را منتقل
# خواهد کرد که ...»: the message an act sends, its effect. (Not «اقدامات لازم را انجام خواهیم
# داد»: judged an act as often as a vow.)
_FORCED = frozenset(map(lx.key, ("وادار", "مجبور", "ملزم")))
_ACCOUNT, _MESSAGE, _SENT = lx.key("پاسخگویی"), lx.key("پیام"), lx.key("منتقل")
_THAT = lx.key("که")


# «حدود ۳ هزار نفر نیز در آزمون‌های ... شرکت خواهند کرد»: how many will take part, a figure
_TAKE_PART, _PEOPLE = lx.key("شرکت"), frozenset(map(lx.key, ("نفر", "تن")))
_BIG = frozenset(map(lx.key, ("صد", "هزار", "میلیون")))


def _count_taking_part(keys: list[str], a: int, k: int) -> bool:
    """Whether the action word at ``k`` is «شرکت» of a count of people named before it."""
    if keys[k] != _TAKE_PART:
        return False
    clause = _clause_before(keys, a, k)
    return any(
        key in _PEOPLE and (clause[j - 1].isdigit() or clause[j - 1] in _BIG)
        for j, key in enumerate(clause)
        if j
    )


def _vow_or_message(keys: list[str], a: int, k: int) -> bool:
    """Whether the action word at ``k`` holds to account, sends a message that something is
    so, or is how many take part."""
    if _count_taking_part(keys, a, k):
        return True
    window = keys[max(a, k - 6) : k]
    if keys[k] == _ACCOUNT and k - 2 >= a and keys[k - 2] in _FORCED:
        return True
    return keys[k] == _SENT and _MESSAGE in window and _THAT in keys[k + 1 : k + 5]


def _not_an_act(keys: list[str], a: int, k: int) -> bool:
    """Whether the action word at ``k`` names a state or an effect, not an act."""
    before = keys[k - 1] if k > a else ""
    if before == lx.key("به") and k - 2 >= a and keys[k - 2] in _URGED:
        return True
    if _vow_or_message(keys, a, k):
        return True
    if keys[k] == _DO and any(
        keys[j] in _ANY_DEED or (keys[j] == _ANY and keys[j + 1] in _DEED)
        for j in range(max(a, k - 12), k)
    ):
        return True
    return before in _ABLE or (keys[k] == _PLACE and (before in _AFFECTED or _stance(keys, a, k)))


# «منافع آمریکا را در اولویت امور قرار خواهد داد», «اصل را بر حفظ مصالح ... قرار خواهیم
# داد»: what comes first, a stance; no act named
_PRIORITY = frozenset(map(lx.key, ("اولویت", "اولویت‌های", "صدر")))
_PRINCIPLE = tuple(map(lx.key, ("اصل", "را", "بر")))


def _stance(keys: list[str], a: int, k: int) -> bool:
    """Whether «قرار» at ``k`` sets what comes first: a priority among the three words before
    it, or «اصل را بر ...» in its clause."""
    if not _PRIORITY.isdisjoint(keys[max(a, k - 3) : k]):
        return True
    return any(tuple(keys[j : j + 3]) == _PRINCIPLE for j in range(max(a, k - 12), k - 2))


# the end of a problem («حل», «رفع», «برطرف»), forecast; an act with another act's word
# («مشکلات ... پیگیری و رفع خواهند شد»)
_RESOLVED = frozenset(map(lx.key, ("حل", "رفع", "برطرف")))
_AND, _BECOME = lx.key("و"), lx.key("شد")
_CLAUSE_STARTS = frozenset(map(lx.key, ("؛", ":", "که")))


def _clause_before(keys: list[str], a: int, k: int) -> list[str]:
    """Up to sixteen tokens before token ``k``, in its clause (from the last «که» or colon)."""
    lo = max(a, k - 16)
    lo = next((j + 1 for j in range(k - 1, lo - 1, -1) if keys[j] in _CLAUSE_STARTS), lo)
    return keys[lo:k]


# the light verbs of the subjunctive a decision takes («... بررسی کند», «کاری بکنیم»)
_LIGHT_STEMS = ("کن", "شو", "ده", "گیر", "باش", "نمای", "یاب", "ساز", "رو", "آی", "آور", "بر")


def _forms(endings: tuple[str, ...], *more: str) -> frozenset[str]:
    return frozenset(
        lx.key(prefix + stem + ending)
        for stem in _LIGHT_STEMS
        for prefix in ("", "ب", "ن")
        for ending in endings
    ) | frozenset(map(lx.key, more))


_FIRST_OR_SECOND = _forms(("یم", "ید"), "بیاییم", "بیایید", "بگوییم", "بگویید", "بپردازیم")
_THIRD = _forms(("د", "ند"), "بگوید", "بگویند", "بگذارد", "بگذارند", "بپردازد", "بپردازند")


def first_or_second_person(keys: list[str], start: int, b: int) -> bool:
    """Whether the first verb of tokens ``start:b`` is of the first or second person
    («قرار شد کاری بکنیم», «قرار است ... شرکت کنید»; not «قرار شد وزارت کشور ... بررسی کند
    و بگوید تا ... انجام دهیم»)."""
    for k in keys[start:b]:
        if k in _FIRST_OR_SECOND:
            return True
        if k in _THIRD:
            return False
    return False
