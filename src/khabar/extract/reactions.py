"""The person whose reaction a clause tells, whom «او» after it in the same sentence stands for:
«اظهارات گستاخانه‌ای که با واکنش عباس موسوی، سخنگوی وزارت خارجه مواجه شد، او گفت:», «این نامه
اما با واکنش آقاتهرانی مواجه شد و او نیز ... در نامه‌ای ... نوشت:». The pronoun is not the
speaker before: the words «با واکنش X مواجه شد» name who answers next."""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.clause_words import COMMAS, PRONOUNS
from khabar.extract.registry import Registry

REACTION = lx.key("واکنش")
_MET = lx.key("مواجه")
_AND = "و"
_REACH = 8  # tokens from the person's name to «مواجه»: past their post in apposition


def reacting(keys: list[str], a: int, verb_at: int, reg: Registry) -> tuple[str, int] | None:
    """(the person named right after «واکنش», the token past the pronoun) when «با واکنش X ...
    مواجه شد» and then a comma or «و» and «او» or «وی» open the clause of the verb at
    ``verb_at``, one person alone named between «واکنش» and the pronoun; else None."""
    if REACTION not in keys[a:verb_at]:
        return None  # most clauses: no reaction told, looked for in C
    r = keys.index(REACTION, a, verb_at)
    if r == a or keys[r - 1] != "با" or (pkey := reg.by_token.get(r + 1)) is None:
        return None
    met = next((k for k in range(r + 2, min(r + 2 + _REACH, verb_at)) if keys[k] == _MET), None)
    if met is None:
        return None
    for p in range(met + 1, min(met + 4, verb_at)):
        if keys[p] in PRONOUNS and (keys[p - 1] in COMMAS or keys[p - 1] == _AND):
            named = {reg.by_token[k] for k in range(r + 1, p) if k in reg.by_token}
            return (pkey, p + 1) if named == {pkey} else None
    return None


# nouns of what one said, whose genitive names who said it («کنایه X», «انتقاد X»)
_SAID = frozenset(
    map(lx.key, ("کنایه", "انتقاد", "انتقادات", "واکنش", "اظهارات", "سخنان", "توییت", "توئیت"))
)


def said_by_one(
    keys: list[str], a: int, b: int, named: set[str | None], reg: Registry
) -> str | None:
    """The one person the sentence ``a:b`` names (``named``), when it names them right after a
    noun of what they said: whom «او» after it means («همین موضوع دستمایه کنایه حسام‌الدین
    آشنا مشاور رئیس جمهوری هم شده است. او در توییتی ... نوشته:»); else None."""
    pkey = next(iter(named)) if len(named) == 1 else None
    if pkey is None:
        return None
    first = next(k for k in range(a, b) if reg.by_token.get(k) == pkey)
    return pkey if first > a and keys[first - 1] in _SAID else None
