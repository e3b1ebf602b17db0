"""A family name written apart, alone: «حسین زاده» of «حسین حسین‌زاده», its ZWNJ lost to a
space, is read as a given name and a family name of one word («حسین | زاده»), another
person. Of two words, the second a family name's ending («زاده», «پور», «نیا» ...), it is the
one person's of the article named in full whose family name is the two words as one."""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.list_items import FAMILY_ENDS
from khabar.extract.name_merges import merge
from khabar.extract.people import PostMention
from khabar.extract.registry import Registry


def merge_family_apart(reg: Registry, posts: list[PostMention]) -> None:
    """Each person named by two words, the second a family name's ending, whose words joined
    are the family name of one person named in full joins that person (and the posts of
    ``posts`` held by the one are the other's)."""
    names = {pkey: lx.phrase_keys(p.name) for pkey, p in reg.persons.items()}
    apart = [(pkey, w) for pkey, w in names.items() if len(w) == 2 and w[1] in FAMILY_ENDS]
    if not apart:  # most articles: none
        return
    full: dict[str, set[str]] = {}
    for pkey, words in names.items():
        if len(words) > 1 and words[-1].endswith(FAMILY_ENDS):
            full.setdefault(words[-1], set()).add(pkey)
    for short, words in apart:
        held = full.get("".join(words), set()) - {short}
        if len(held) != 1:
            continue
        # the name as written whole, not the one written apart
        merge(reg, short, held.pop(), rename=False, posts=posts)
