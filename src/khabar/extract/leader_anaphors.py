"""«ایشان» or «معظم‌له» opening a statement right after a sentence, which reports nothing, that
names the Leader, by a post of his («مقام معظم رهبری», «رهبر معظم انقلاب», «رهبر انقلاب
اسلامی») or by name, and no other person: the one person the article names «خامنه‌ای» («همین
امر باعث شد مقام معظم رهبری در همان مراسم نسبت به ... هشدار دهند. ایشان ... اشاره فرمودند:
...», «حضرت آیت الله خامنه‌ای» named later). Where the article names no «خامنه‌ای», or more
than one, nobody: the honorific is read as before.
"""

from __future__ import annotations

from khabar.extract.registry import Registry

HONORIFICS = frozenset({"ایشان", "معظمله"})  # keys: no ZWNJ
_FAMILY = ("خامنهای",)
# «رهبر کبیر انقلاب» is the founder: only these words after «رهبر» name the Leader
_AFTER_LEADER = frozenset({"معظم", "انقلاب", "فرزانه"})


def leader_meant(keys: list[str], a: int, b: int, reg: Registry) -> str | None:
    """The article's one person named «خامنه‌ای», when the sentence from ``a`` to ``b``
    names the Leader and nobody else; else None."""
    leader = reg.by_surname(_FAMILY)
    if leader is None:
        return None
    named = {reg.by_token[k] for k in range(a, b) if k in reg.by_token}
    if named - {leader}:
        return None
    return leader if leader in named or _leader_post(keys, a, b) else None


def _leader_post(keys: list[str], a: int, b: int) -> bool:
    """Whether the sentence names the Leader's post: «مقام معظم رهبری», «رهبر معظم انقلاب»,
    «رهبر انقلاب (اسلامی)»."""
    for k in range(a, b - 1):
        if keys[k] == "رهبر" and keys[k + 1] in _AFTER_LEADER:
            return True
        if keys[k] == "مقام" and keys[k + 1] == "معظم" and k + 2 < b and keys[k + 2] == "رهبری":
            return True
    return False
