"""Where a statement told after «که» ends when «اما» or «ولی» opens another's account: «وزیر
بهداشت ... اعلام کرد که دانشگاه‌ها ... تعطیل خواهند بود اما معاون آموزشی وزیر علوم ... تاکید
کرد ...», «... اعلام کرده بودند که ... اما دادستانی کل عربستان ... اعلام کرد که ...»: what
follows «اما» is the reporter's, told of someone (or some time) else, not the first words."""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.clause_words import QUOTE_MARKS

_BUT = frozenset({"اما", "ولی"})
_SEMICOLONS = frozenset({"؛", ";"})
_SUBJECT_MOST = 16  # tokens between «اما» and the other clause's verb
# before the verb: an object («... را ادامه داد»: went on with it), «به گفته», a modal
# («اما باید اذعان کرد»: nobody's words) or «که» («... که به آن ... می‌گویند»)
_NOT_SAID = frozenset({"را", "به", "که", "باید", "نباید", "میتوان", "نمیتوان", "بتوان", "توان"})


def before_other_account(keys: list[str], start: int, stop: int) -> int:
    """``stop``, or the «اما» / «ولی» in ``keys[start:stop]`` that opens a clause of its own
    with a subject and a reporting verb in the past («اما X ... اعلام کرد»), no quotation
    between."""
    if _BUT.isdisjoint(keys[start:stop]):
        return stop  # most statements: no «اما», looked for in C
    verbs = lx.reporting_verbs()
    for k in range(start + 1, stop):
        if keys[k] not in _BUT:
            continue
        for v in range(k + 1, min(k + 2 + _SUBJECT_MOST, stop)):
            if keys[v] in QUOTE_MARKS or keys[v] in _BUT:
                break  # «ولی «کردها به طرف روس گفتند ...»»: words quoted inside the statement
            m = verbs.match(keys, v) if v > k + 1 else None
            if m is not None and m[1].form.startswith("می"):
                break  # «ولی مدیر پتروشیمی می‌گوید ...»: the speaker's own account, in the present
            if m is None or m[0] > stop:
                continue
            if keys[v - 1] not in _NOT_SAID and m[1].lemma != "خواستن":
                return k - (keys[k - 1] in _SEMICOLONS)  # «...؛ اما وی ... بیان کرد»
            break
    return stop
