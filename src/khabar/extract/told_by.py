"""Words told by another than who said them, or quoted whole: «بنا به گفته X، Y توضیح داد که
...» is X's account of Y's words, and «گفت که «...»» opens a quotation of the words themselves."""

from __future__ import annotations

from bisect import bisect_left

from khabar.extract import lexicons as lx
from khabar.extract.clause_openers import according_to_end
from khabar.extract.clause_words import CLOSING_QUOTE, COMMAS
from khabar.extract.registry import Registry
from khabar.text.offsets import Span

_TOLD_KINDS = {"that", "indirect", "view"}  # verbs whose words a teller may carry, not a colon's


def told_by_named(
    keys: list[str],
    according: list[int],
    a: int,
    found: list[tuple[int, int, lx.Verb, str]],
    reg: Registry,
) -> bool:
    """Whether «به گفته» or another opener of ``according_at`` stands before the sentence's
    verbs of saying, a person named right after it and a comma closing the name, and those
    verbs carry what was said after «که» or before them, never after a colon: the person
    named tells what the verbs' subject said."""
    first = found[0][0]
    if any(kind not in _TOLD_KINDS for *_, kind in found):
        return False
    for s in according[bisect_left(according, a) : bisect_left(according, first)]:
        k = according_to_end(keys, s)
        if k is None or k not in reg.by_token:
            continue
        end = reg.name_end(k, first)
        if end < first and keys[end] in COMMAS:
            return True
    return False


def quoted_whole(text: str, span: Span) -> bool:
    """Whether what «که» opens is one quotation that holds all that was said, its own words
    («او البته این را هم گفته است که«بیرون از ایران ... بخرد.»»), not a phrase quoted in a
    clause of the writer's («گفت که "توافق کامل" در مورد این نشست وجود ندارد»)."""
    said = text[span.start : span.end].lstrip(" ؛:").rstrip(" .")
    close = CLOSING_QUOTE.get(said[:1])
    return close is not None and len(said) > 2 and said.endswith(close) and close not in said[1:-1]
