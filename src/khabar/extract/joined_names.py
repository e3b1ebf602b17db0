"""A name written once with the space between its words lost: «"نائوتوكان"، نخست‌وزير ژاپن»
of «نائو توكان», whom the article names apart elsewhere. The token is no word and no name the
lists hold, and no given name stands before it (a family name of its own, «حسین
محمدرضایی», is no run-together «محمد رضایی»); it is a mention of the one person whose words,
joined, it is, and a post nobody holds written right after it, past a closing quotation mark
and a comma at most, is theirs."""

from __future__ import annotations

from collections.abc import Sequence

from khabar.extract import lexicons as lx
from khabar.extract.coref import hold, posts_agree
from khabar.extract.people import PostMention
from khabar.extract.registry import Registry, gap_ok
from khabar.text.segment import TokenColumns

_LEAST = 6  # letters of the joined name: shorter ones are words or given names too often


def _no_word(key: str) -> bool:
    """Neither a word of the language nor a given name the lists hold."""
    given = (lx.first_names(), lx.more_given_names(), lx.foreign_given_names())
    return key not in lx.common_words() and not any(key in names for names in given)


def joined_names(
    reg: Registry, tokens: TokenColumns, keys: list[str], posts: Sequence[PostMention]
) -> None:
    """Each token that is the two words of one person's name joined, outside every name
    found, is a mention of that person, and holds the post right after it."""
    joined: dict[str, set[str]] = {}
    for pkey, p in reg.persons.items():
        words = lx.phrase_keys(p.name)
        if len(words) == 2:
            joined.setdefault("".join(words), set()).add(pkey)
    given = lx.first_names()
    for key, held in joined.items():
        if len(held) != 1 or len(key) < _LEAST or not _no_word(key):
            continue
        pkey = next(iter(held))
        for i in lx.occurrences(keys, key):
            if i in reg.by_token or (i and keys[i - 1] in given):
                continue
            reg.mention_at(tokens, i, i + 1, pkey)
            after = next((r for r in posts if i < r.i <= i + 3), None)
            if (
                after
                and not (after.holder or after.anaphor)
                and gap_ok(tokens, i + 1, after.i)
                and posts_agree(reg, pkey, after)
            ):
                hold(reg, pkey, after)
