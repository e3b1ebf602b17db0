"""«با» right after a verb of saying, with no comma after its phrase: what was said when the
sentence ends on a verb of its own («حزب کارگزاران سازندگی اعلام کرد با فهرستی 30 نفره در
انتخابات حضور پیدا خواهد کرد», «هوک گفت با متحدان منطقه‌ای آمریکا ... گفت‌وگو کرده ...»),
as with a comma («اعلام کرد با مرگ یکی دیگر از مبتلایان ...، شمار قربانیان ... رسید»)."""

from __future__ import annotations

from khabar.extract.clause_openers import finite_verb
from khabar.extract.clause_words import FINAL

_WITH = "با"
# the future written as one word («حضور پیدا خواهدکرد»): «خواهد» and a past stem
_FUTURE = ("خواهند", "خواهد", "نخواهند", "نخواهد")
_SHORTEST = 3  # «با» and at least a noun and its verb


def with_phrase_opens(keys: list[str], j: int, b: int) -> bool:
    """Whether «با» at ``j``, right after a verb of saying, opens what was said: the sentence
    (to ``b``) ends on a finite verb («... حضور پیدا خواهد کرد.»), not on a noun the phrase
    names («... گفت با خبرنگار ما.»)."""
    if keys[j] != _WITH:
        return False
    last = b - 1 if b - 1 > j and keys[b - 1] in FINAL else b
    return last - j >= _SHORTEST and _ends_clause(keys[last - 1])


def _ends_clause(key: str) -> bool:
    glued = next((f for f in _FUTURE if key.startswith(f)), None)
    return finite_verb(key) or (glued is not None and finite_verb(key[len(glued) :]))
