"""A clause after a comma that names its own subject, a person with a relative clause before
the reporting verb: «حاج مهدی سلحشور ... به سوریه آمده بود، شهید صدرزاده که این را شنید
گفت:». The person the relative clause is of speaks, not the one the sentence opened with."""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.clause_words import COMMAS
from khabar.extract.registry import Registry

_THAT = "که"
# a colon, or «و» joining another verb to the relative clause («X که ... بود و گفت»)
_NOT_RELATIVE = frozenset({":", "و"})
_RELATIVE_MOST = 6  # words of the relative clause between «که» and the reporting verb
_TITLES_MOST = 2  # words of honorifics between the comma and the name («شهید», «حاج آقا»)


def named_before_relative(keys, s: int, verb_at: int, reg: Registry) -> int | None:
    """The token where the person opens whose relative clause runs right up to the reporting
    verb at ``verb_at``, the person named right after a comma in the clause from ``s`` (past
    honorifics alone); None when the clause holds no such subject."""
    if _THAT not in keys[max(s + 1, verb_at - _RELATIVE_MOST - 2) : verb_at - 1]:
        return None  # most clauses: no «که» near the verb, looked for in C
    t = verb_at - 2  # the last «که» before the verb, a word at least between them
    while t > s and keys[t] != _THAT and verb_at - t <= _RELATIVE_MOST + 1:
        if keys[t] in COMMAS or keys[t] in _NOT_RELATIVE:
            return None
        t -= 1
    if t <= s or keys[t] != _THAT or (pkey := reg.by_token.get(t - 1)) is None:
        return None
    k = t - 1
    while reg.by_token.get(k - 1) == pkey:
        k -= 1
    opens = k
    for _ in range(_TITLES_MOST + 1):
        if k - 1 > s and keys[k - 1] in COMMAS:
            return opens
        if k - 1 <= s or not lx.honorifics().match(keys, k - 1):
            return None
        k -= 1
    return None


# someone unnamed a relative clause describes («فردی که خود را نامزد ... معرفی می‌کند»)
_SOMEONE = frozenset({"فردی", "شخصی", "کسی", "مردی", "زنی"})


def someone_after_comma(keys, s: int, verb_at: int) -> int | None:
    """The token of «فردی» opening, after a comma, the clause of the reporting verb at
    ``verb_at`` with its relative clause («...، فردی که خود را نامزد حوزه انتخابیه یزد معرفی
    می‌کند، می‌گوید:»): someone unnamed speaks, not whoever the sentence opened with; None
    when no such subject stands in the clause from ``s``."""
    if _SOMEONE.isdisjoint(keys[s + 1 : verb_at - 1]):
        return None  # most clauses: none of its words, looked for in C
    for k in range(verb_at - 2, s, -1):
        if keys[k] in _SOMEONE and keys[k + 1] == _THAT and keys[k - 1] in COMMAS:
            return k
        if keys[k] == ":":
            return None
    return None
