"""A post's head alone right before «باید» or «نباید» says what any holder of it ought to do
(«گفت: نماینده باید فتنه‌ستیز ... باشد», «یک نماینده باید صراحت ... را ...», «کشورهای عضو
باید ...»): a rule for the post in general, no mention of the one person holding it."""

from __future__ import annotations

from functools import cache

from khabar.extract import lexicons as lx
from khabar.extract.people import PostMention


@cache
def _ought() -> frozenset[str]:
    return frozenset(map(lx.key, ("باید", "نباید", "بایستی", "نبایستی")))


def said_of_any_holder(keys: list[str], post: PostMention) -> bool:
    """Whether ``post`` is a head alone (no words going on with it) right before «باید»."""
    if post.j >= len(keys) or keys[post.j] not in _ought():
        return False
    head = lx.post_heads().match(keys, post.i)
    return head is not None and head[0] == post.j
