"""A post's head alone said of any holder, or of some holders, no mention of the one person
holding it: right before «باید» or «نباید» it says what any holder ought to do («گفت: نماینده
باید فتنه‌ستیز ... باشد», «یک نماینده باید صراحت ... را ...», «کشورهای عضو باید ...»);
right after a word that counts or picks holders it is any of them («هر سناتور», «کدام
نماینده», «یکی دو بازیکن», «سه معاون خود», «چه کسی رئیس باشد»)."""

from __future__ import annotations

from functools import cache

from khabar.extract import lexicons as lx
from khabar.extract.people import PostMention


@cache
def _ought() -> frozenset[str]:
    return frozenset(map(lx.key, ("باید", "نباید", "بایستی", "نبایستی")))


_COUNTS = ("یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت")


@cache
def _picking() -> frozenset[str]:
    # «هر», «هیچ», «کدام», «چند» and «کسی» pick any holder; a number counts holders («نه» and
    # «ده» are also «not» and «village»)
    return frozenset(map(lx.key, ("هر", "هیچ", "کدام", "چند", "کسی", *_COUNTS)))


_THESE = frozenset({"این", "آن", "همین", "همان"})


def counts_holders(keys: list[str], i: int) -> bool:
    """Whether the word right before token ``i`` counts or picks holders of the head there
    («دو سناتور», «هر قاضی»): no one person of it, whom a name after it might be."""
    before = keys[i - 1] if i > 0 else ""
    return before in _picking() or before.isdigit()


def said_of_any_holder(keys: list[str], post: PostMention) -> bool:
    """Whether ``post`` is a head alone (no words going on with it) right before «باید», or
    right after a word that counts or picks holders («هر», «کدام», «کسی», «دو», «یک») but for
    those named before («این دو سناتور»)."""
    before = keys[post.i - 1] if post.i > 0 else ""
    after = keys[post.j] if post.j < len(keys) else ""
    if after not in _ought() and (
        not (before in _picking() or before.isdigit())
        or (post.i > 1 and keys[post.i - 2] in _THESE)  # «این دو سناتور»: the two named
    ):
        return False
    head = lx.post_heads().match(keys, post.i)
    return head is not None and head[0] == post.j
