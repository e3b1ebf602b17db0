"""The person an outlet's report is about: «پایگاه نشنال ... نوشت برایان هوک ... خواستار ...
شده است» tells what Hook did, «العربیه به نقل از الجبیر گزارش داد، ...» what al-Jubeir said.
«او» or «وی» after such a report is that person, not the outlet (``quotes``)."""

from __future__ import annotations

from khabar.extract.clause_words import COMMAS, QUOTE_MARKS
from khabar.extract.registry import Registry

_OPENING = QUOTE_MARKS | {"که", ":", *COMMAS}
_RELAYED = ("به", "نقل", "از")


def told_of(
    keys: list[str], a: int, verb_at: int, verb_end: int, b: int, reg: Registry
) -> str | None:
    """The known person the report of the clause ``a:verb_at`` relays («به نقل از X» before
    the verb) or opens with right after its verb (``verb_end``), past «که», quote marks and
    punctuation; else the one known person the rest of the sentence (to ``b``) names, opening
    a clause after a comma («خبرآنلاین نوشت؛ پس از آنکه ... اعلام کردند ...، حسین
    کنعانی‌مقدم دبیرکل حزب سبز ایران اظهارداشت: ...»); None for anyone else."""
    for k in range(a, verb_at - 3):
        if tuple(keys[k : k + 3]) == _RELAYED and k + 3 in reg.by_token:
            return reg.by_token[k + 3]
    k = verb_end
    while k < len(keys) and keys[k] in _OPENING:
        k += 1
    if k in reg.by_token:
        return reg.by_token[k]
    named = {reg.by_token[k] for k in range(verb_end, b) if k in reg.by_token}
    if len(named) != 1:
        return None
    first = min(k for k in range(verb_end, b) if k in reg.by_token)
    before = first - 1
    while before > verb_end and keys[before] in QUOTE_MARKS:
        before -= 1
    return named.pop() if keys[before] in COMMAS else None
