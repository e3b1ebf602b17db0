"""The subject of a second verb of saying in a sentence, opening its clause after «در حالی
که»: «استیون کوک ... راهبرد مهار را ... می‌داند، در حالی که مارک گرین، نماینده
جمهوری‌خواه، ... باور دارد که ...» sets against Cook's words Green's, whom «او» after them
then means (``quotes``), not the first verb's speaker going on."""

from __future__ import annotations

from khabar.extract.clause_words import COMMAS
from khabar.extract.registry import Registry

_WHILE = "حالی"  # «در حالی که», «درحالی که»
_WHILE_JOINED = frozenset({"درحالی", "درحالیکه", "حالیکه"})
_THAT = "که"


def person_after_while(keys: list[str], start: int, verb_at: int, reg: Registry) -> str | None:
    """The person named in full who opens the clause after «در حالی که» between ``start``
    and the verb at ``verb_at`` (past a comma), the words before it another verb's; else
    None."""
    for k in range(start, verb_at - 1):
        if keys[k] == _WHILE and k > 0 and keys[k - 1] == "در" and keys[k + 1] == _THAT:
            s = k + 2
        elif keys[k] in _WHILE_JOINED:
            s = k + 1 + (keys[k + 1] == _THAT)
        else:
            continue
        s += s < verb_at and keys[s] in COMMAS
        pkey = reg.by_token.get(s)
        if pkey is not None and " " in reg.persons[pkey].name:
            return pkey
        return None
    return None
