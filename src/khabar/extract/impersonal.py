"""«می‌شود» as a modal right before a reporting verb: «درواقع می‌شود گفت اصلاح‌طلبی امروز ...»,
«از هم الان می‌شود پیش‌بینی کرد ...», «همه این‌ها را می‌شود ذیمدخل دانست»: what one could
say, the writer's, nobody's statement (as «می‌توان گفت»); not after «که» or «اینکه», where
«می‌شود» ends a clause of its own («با بیان اینکه ... انجام می‌شود گفت ...»). So too «باید»
right after an object: «توافقنامه ... سوچی را باید مهم‌ترین توافق ... تلقی کرد که ...», «آنچه
... ادعا کرده‌اند را باید از خودشان پرسید»: what one must hold or do, nobody's words (not an
answer one must give, «... را باید اینگونه پاسخ داد», nor a verb after «و» of its own); and
«باید» right before «به» and the one told: «باید به طرف روسی گوشزد کرد که ...»; and «باید»
right before the verb, its short infinitive: «و از لحاظ سیاسی چه باید گفت؟», «موضوع دیگر که
درباره سارس باید ذکر کرد، این است که ...»."""

from __future__ import annotations

from khabar.extract.clause_words import ALSO

_CAN = frozenset({"میشود", "نمیشود"})
_APART = frozenset({"می", "نمی"})  # «می شود» written apart
_THAT = frozenset({"که", "اینکه", "آنکه", "چون", "زیرا"})
_MUST = frozenset({"باید", "نباید"})
_CLAUSE = frozenset({"،", ",", "؛", ";", ".", ":"})


def one_could_say(keys: list[str], a: int, i: int) -> bool:
    """Whether the reporting verb at ``i`` follows «می‌شود» / «نمی‌شود» used as a modal in a
    clause opening at ``a``."""
    if i - 1 < a:
        return False
    can = keys[i - 1] in _CAN or (keys[i - 1] == "شود" and i - 2 >= a and keys[i - 2] in _APART)
    return (can and _THAT.isdisjoint(keys[a:i])) or keys[i - 1] in _MUST or _one_must(keys, a, i)


def _one_must(keys: list[str], a: int, i: int) -> bool:
    if _MUST.isdisjoint(keys[a:i]):
        return False  # most clauses: no «باید», looked for in C
    m = max(k for k in range(a, i) if keys[k] in _MUST)
    k = m - 1
    if k > a and keys[k] in ALSO:
        k -= 1
    # after an object, or before the one told, in the same clause («باید به طرف روسی گوشزد کرد
    # که ...»; not «باید به قدر متیقن اکتفاء نمود (همان).(6) X ... آمده است»)
    told = (
        m + 1 < i
        and keys[m + 1] == "به"
        and _CLAUSE.isdisjoint(keys[m + 1 : i])
        and _THAT.isdisjoint(keys[m + 1 : i])
    )
    if not (told or (k >= a and keys[k] == "را")) or "و" in keys[m + 1 : i]:
        return False
    clause = max((c for c in range(a, m) if keys[c] in _CLAUSE), default=a)
    return _THAT.isdisjoint(keys[clause:m])
