"""A family name alone that several persons of the article hold, opening a sentence that
reports to a colon, names the one of them the article named last, in the sentences right
before, where that one was named as a clause's subject that reports to a colon: «عیسی محمدی
... اظهار داشت: ...» ... «محمدی گفت:», though «مجید محمدی» and «قاسم محمدی» spoke earlier.
The speaker goes on under the family name, as news writes one; not one named last inside
someone's words («... فرد ناشناخته‌ای به نام حسین پیرهادی ...» ... «پیرهادی می‌گوید:» of
«محسن پیرهادی») nor in passing («... دفاع حاج‌قاسم ...» ... «سلیمانی گفت:»)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from khabar.extract.lone_surnames import states_after, verb_right_after
from khabar.extract.registry import Registry, subject_at
from khabar.text.segment import TokenColumns

_SENTENCES = 3  # the holder named in the sentences before, the statement's own among them


def last_named_holder(
    reg: Registry, tokens: TokenColumns, keys: list[str], i: int, sentence_starts: set[int]
) -> str | None:
    """The holder of the family name at ``i`` the article names last before it, as the
    subject of a sentence that reports to a colon, where the family name opens a sentence
    and a reporting verb right after it opens a statement; else None."""
    if i not in sentence_starts or i + 1 >= len(keys) or not verb_right_after(keys, i + 1):
        return None
    at = tokens.starts[i]
    holders = sorted(set().union(*(reg.surnames[s] for s in reg.spelled((keys[i],)))))
    last = {
        p: max((x.start for x in reg.persons[p].mentions if x.start < at), default=-1)
        for p in holders
    }
    if not last:
        return None
    pkey = max(last, key=lambda p: last[p])
    starts = sorted(sentence_starts)
    n = bisect_right(starts, i) - 1
    t = bisect_left(tokens.starts, last[pkey])  # the token the holder was named at
    m = bisect_right(starts, t) - 1
    if last[pkey] < 0 or m < 0 or n - m >= _SENTENCES:
        return None
    a, b = starts[m], starts[m + 1] if m + 1 < len(starts) else len(keys)
    return pkey if subject_at(keys, a, b) == t and states_after(keys, t, b) else None
