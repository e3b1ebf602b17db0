"""The bench and the parties of a trial are different people. A court's post named alone in a
trial report («قاضی», «رئیس دادگاه», «رییس محکمه», «دادستان» ...) is no post of one the article
calls the accused («متهم زم گفت:», «قاضی ... را به متهم متذکر شد» between two of زم's answers),
nor of one whose own sentence names a post of that office apart from their name, as another's:
the one who called them to the stand or asked them («حمید شیر محمدی ... با اعلام رییس دادگاه
در جایگاه حاضر شد و اعلام کرد:», a complainant; «وکیل ابراهیم اسلامی با دستور رئیس دادگاه در
جایگاه حاضر شد», a judge who complained, not the one presiding). Right beside the name the
post is theirs («به ریاست قاضی صلواتی», «ابراهیم اسلامی قاضی دادگاه کیفری یک استان»)."""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.clause_words import COMMAS, QUOTE_MARKS, sentence_around
from khabar.extract.registry import Registry

_PRESIDING = "presiding"
_PROSECUTION = "prosecution"
# the court's posts by office: the judge presiding is «قاضی», «رئیس دادگاه», «رییس محکمه» ...
_BENCH = {
    lx.phrase_keys(p): office
    for office, posts in (
        (_PRESIDING, ("قاضی", "رئیس دادگاه", "رییس دادگاه", "رئیس محکمه", "رییس محکمه")),
        (_PRESIDING, ("رئیس شعبه", "رییس شعبه")),
        (_PROSECUTION, ("دادستان", "بازپرس", "دادیار")),
    )
    for p in posts
}
_ACCUSED = lx.key("متهم")
# a party of a trial named by its noun, who speaks in a trial report («متهم ... گفت:»)
_PARTY_NOUNS = frozenset(map(lx.key, ("متهم", "متهمان", "متهمین", "شاکی", "شاکیان", "شکات")))


def _bench_at(keys: list[str] | tuple[str, ...], k: int) -> tuple[int, str | None]:
    """The end and office of a court's post opening at ``k`` (``_BENCH``), else ``k``, None."""
    for size in (2, 1):
        if office := _BENCH.get(tuple(keys[k : k + size])):
            return k + size, office
    return k, None


def a_party(reg: Registry, keys: list[str], pkey: str, post_keys: tuple[str, ...]) -> bool:
    """Whether ``post_keys`` is a court's post and ``pkey`` a party of the trial (module doc)."""
    _, office = _bench_at(post_keys, 0)
    if office is None:
        return False
    starts = _starts(reg, pkey)
    family = lx.phrase_keys(reg.persons[pkey].name)[-1:]
    if any(t and keys[t - 1] == _ACCUSED for t in starts) or any(
        keys[k + 1 : k + 2] == list(family) for k in lx.occurrences(keys, _ACCUSED)
    ):
        return True  # «متهم زم گفت:», of «روح‌الله زم» and of «نیما زم», his other name
    return any(_bench_apart(reg, keys, pkey, t, office) for t in starts)


def party_opens(reg: Registry, keys: list[str], s: int) -> bool:
    """Whether a party of a trial named by its noun opens the clause at ``s``, no name of
    theirs right after it: the clause's subject, unnamed, not a person or a post named further
    in («متهم در این بخش بدون پاسخگویی به سوالات قاضی گفت:» is not the judge's); «متهم زم
    گفت:» is زم's."""
    if keys[s] not in _PARTY_NOUNS:
        return False
    t = s + 1
    while t < len(keys) and keys[t] in QUOTE_MARKS:
        t += 1
    return t not in reg.by_token


def both_called(reg: Registry, keys: list[str], pkey: str, i: int, j: int) -> bool:
    """Whether the post at tokens ``[i, j)`` and the person ``pkey`` are each called by the
    presiding judge in their own sentence, the judge's post apart from them: two parties, one
    after the other («با دستور رئیس دادگاه، نماینده حقوقی وزارت ورزش و جوانان در جایگاه
    حاضر شد» is not «حمید شیر محمدی ... با اعلام رییس دادگاه در جایگاه حاضر شد»)."""
    a, b = sentence_around(keys, i)
    if not any(_bench_at(keys, k)[1] == _PRESIDING for k in (*range(a, i), *range(j, b))):
        return False
    return any(_bench_apart(reg, keys, pkey, t, _PRESIDING) for t in _starts(reg, pkey))


def _starts(reg: Registry, pkey: str) -> list[int]:
    """The first tokens of ``pkey``'s mentions."""
    return [t for t, p in reg.by_token.items() if p == pkey and reg.by_token.get(t - 1) != pkey]


def _bench_apart(reg: Registry, keys: list[str], pkey: str, t: int, office: str) -> bool:
    """Whether the sentence of ``pkey``'s mention at token ``t`` names a post of ``office``
    that stands neither right before nor right after (past a comma) one of their mentions."""
    a, b = sentence_around(keys, t)
    for k in range(a, b):
        end, found = _bench_at(keys, k)
        if found is None or found != office:
            continue
        while end < b and keys[end] in QUOTE_MARKS:
            end += 1
        if reg.by_token.get(end) == pkey:
            continue  # right before their name («قاضی صلواتی», «قاضی «صلواتی»»)
        before = k - 1
        while before > a and (keys[before] in COMMAS or keys[before] in QUOTE_MARKS):
            before -= 1
        if reg.by_token.get(before) != pkey:  # not right after it («"نبیل العزانی" دادستان»)
            return True
    return False
