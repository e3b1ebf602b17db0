"""The word a post runs on to right before a light verb, proved the verb's noun and not the
post's last word («رئیس جمهور | مقرر شد», «رئیس جمهور | مسئولیتی ندارد», «وزیر راه و
شهرسازی | یاد آور شد»).

After its head a post's words name a body, a place, a field or the holder's standing: words
the lists of posts, bodies, outlets and places hold («مجلس», «حراست», «تهران»), names, or
an adjective of standing («سابق»). An ordinary word of the language that none of them holds,
right before the verb closing the clause, is that verb's: «مصدوم», «مواجه», «دستور». So is a
noun with the indefinite «ی» (a post never ends in one: «مسئولیتی»), and two words written
apart that are one such word («یاد آور»). «شد», «کرد», «داد» also close a post
held as a predicate («رئیس جمهور شد», «جانشین محمدپور شد»): a listed word or a name before
them stays. A head of one simple word is completed by a body («فرمانده | تیپ شد», «عضو»):
the word right after it is no verb's noun this proves; a head of two words or two run
together names a whole office («رئیس جمهور | مقرر شد», «نخست‌وزیر | ماموریت یافته بود»).
"""

from __future__ import annotations

from functools import cache

from khabar.extract import lexicons as lx
from khabar.extract.namewords import FREQUENT, rank, verb
from khabar.extract.org_spans import POST_ADJECTIVES, ordinal

# the possessive endings a body's word takes in a post («رئیس جمهور کشورمان»)
_POSSESSIVES = ("مان", "شان", "تان")
_INDEFINITE = "ی"


@cache
def _listed() -> frozenset[str]:
    """Every word of a listed post, body, outlet or place (keys)."""
    out: set[str] = set()
    for trie in (lx.post_heads(), lx.organizations(), lx.agencies(), lx.places()):
        nodes = [trie.root]
        while nodes:
            node = nodes.pop()
            out.update(k for k in node if k is not None)
            nodes.extend(child for k, child in node.items() if k is not None)
    for wording, body in lx.post_bodies().items():
        out.update(lx.phrase_keys(wording))
        out.update(body)
    return frozenset(out)


def _ordinary(key: str) -> bool:
    return rank(key) < FREQUENT or key in lx.common_words()


def unlisted(key: str) -> bool:
    """An ordinary word no listed post, body or place holds, nor a name, nor an adjective of
    standing («سابق»), nor a term («رئیس مجلس یازدهم»), nor a listed word with a possessive
    ending («کشورمان»); not a verb's participle either («عضو دانسته شده»: a passive)."""
    if key in _listed() or key in lx.name_words() or key in POST_ADJECTIVES:
        return False
    if ordinal(key) or verb(key):
        return False
    for end in _POSSESSIVES:
        if key.endswith(end) and key[: -len(end)] in _listed():
            return False
    return _ordinary(key)


def verbs_noun_at(keys: list[str], j: int, verb_at: int) -> bool:
    """Whether the words ``keys[j:verb_at]`` (one, or two written apart) right before the light
    verb at ``verb_at`` are that verb's noun, no post's: an unlisted ordinary word («مقرر»),
    an unlisted one with the indefinite «ی» («مسئولیتی»), or two that run together make one
    («یاد» «آور»)."""
    if verb_at - j == 2:
        joined = keys[j] + keys[j + 1]
        return unlisted(joined) and not _ordinary(keys[j + 1])
    key = keys[j]
    if unlisted(key):
        return True
    stem = key.removesuffix(_INDEFINITE)
    return stem != key and not _ordinary(key) and unlisted(stem)
