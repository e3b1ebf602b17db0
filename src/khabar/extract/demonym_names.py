"""Foreigners named with their country's adjective: «مغلوب آیو آنگلوف بلغارستانی دارنده مدال
طلای ...», «جذب نیمار ، ستاره برزیلی بارسلونا», «توسط عبدالقدیر خان دانشمند پاکستانی».

Sports and foreign news name a player, a wrestler or a scientist by a name the tagger has
never seen, then a country's adjective (``demonym``): right after the name and before a
sportsman's noun or «دارنده», or after the name, an optional «،» and a noun of a person with
at most two words more. The name is one to three words a name in a list may hold
(``item_word``, ``name_words``: no place, body, post or plain word), none of them taken by a
rule, past a plain word or a title before it. A name of one word stands only between commas
or before one, and then names the person wherever the word stands alone in the article.
"""

from __future__ import annotations

from functools import cache

from khabar.extract import lexicons as lx
from khabar.extract.called_names import person_nouns
from khabar.extract.clause_words import COMMAS
from khabar.extract.glued_names import words_where
from khabar.extract.list_items import item_word, name_words
from khabar.extract.namewords import FREQUENT, demonym, rank
from khabar.extract.people import Mention, held_tokens, untitled_mention, with_added
from khabar.text.segment import TokenColumns

_NAME_WORDS = 3
_NO_DEMONYM: set[str] = set()  # keys found to be no country's adjective, per process
_BETWEEN = 2  # words between the noun and the adjective («کشتی‌گیر | کهنه‌کار | بلاروسی»)
_PLAIN = 2 * FREQUENT  # a rank under which a word is one of the language
# nouns of a sportsman and a holder the persons' nouns (``called_persons.txt``) leave out;
# right after the adjective they make it a person's: «آیو آنگلوف بلغارستانی دارنده»
_HOLDERS = frozenset(
    lx.key(w)
    for w in ("ستاره", "کشتی‌گیر", "کشتیگیر", "مهاجم", "هافبک", "مدافع", "دروازه‌بان", "دارنده")
)


def with_demonym_names(
    tokens: TokenColumns, keys: list[str], text: str, mentions: list[Mention]
) -> list[Mention]:
    """``mentions`` and the names a country's adjective and a person's noun follow."""
    # the article's distinct words tested once, not each token («برزیلی» again and again),
    # and those that are no adjective remembered: a word is tested once a process
    found = words_where(lx.distinct(keys), demonym, _NO_DEMONYM)
    adjectives = [p for p in lx.positions(keys, found) if p] if found else []
    if not adjectives:
        return mentions  # most articles
    used = held_tokens(mentions)
    added: list[Mention] = []
    ends = sorted({e for p in adjectives if (e := _name_end(keys, p)) is not None})
    for end in ends:
        if end in used:
            continue
        i = _name_start(tokens, keys, end, used)
        if i is None or (end - i == 1 and not _apposed(keys, i, end)):
            continue  # «مجموعا مهاجم آرژانتینی», «پردرآمدترین ورزشکار امریکایی»
        added.append(untitled_mention(tokens, text, i, end))
        used.update(range(i, end))
        if end - i == 1:  # «نیمار»: the word names him wherever it stands alone
            for k in lx.occurrences(keys, keys[i]):
                if k not in used:
                    added.append(untitled_mention(tokens, text, k, k + 1))
                    used.add(k)
    if not added:
        return mentions
    return with_added(mentions, added)


def _name_end(keys: list[str], p: int) -> int | None:
    """The end of the name the adjective at ``p`` speaks of, if its shape is one of them."""
    if p + 1 < len(keys) and keys[p + 1] in _HOLDERS:
        return p  # «آیو آنگلوف | بلغارستانی دارنده»
    for n in range(p - 1, max(-1, p - 2 - _BETWEEN), -1):
        if keys[n] in _nouns():
            return n - 1 if n > 0 and keys[n - 1] in COMMAS else n
        if keys[n] in COMMAS or not keys[n].replace("\u200c", "").isalpha():
            return None
    return None


def _name_start(tokens: TokenColumns, keys: list[str], end: int, used: set[int]) -> int | None:
    """The first token of the longest name of one to three words ending at ``end``."""
    i = end
    while i > 0 and end - i < _NAME_WORDS and i - 1 not in used:
        if not item_word(tokens, keys, i - 1, i < end):
            break
        i -= 1
    while i < end - 1 and (_plain_opening(keys, i) or lx.honorifics().match(keys, i)):
        i += 1  # «مغلوب | آیو آنگلوف», «اندیشه جذب | نیمار»
    return i if name_words(tokens.words, keys, i, end) else None


def _plain_opening(keys: list[str], i: int) -> bool:
    """A word at ``i`` opens no name before the next: a word of the language no given name
    holds («مغلوب»), or a given name that is a word before another word («اندیشه جذب»)."""
    given = keys[i] in lx.first_names() or keys[i] in lx.foreign_given_names()
    if not given:
        return rank(keys[i]) < _PLAIN
    return rank(keys[i]) < FREQUENT and rank(keys[i + 1]) < FREQUENT


def _apposed(keys: list[str], i: int, end: int) -> bool:
    """A one-word name stands between commas or before one («جذب نیمار ، ستاره برزیلی»,
    «... ، شاپا بازیکن برزیلی»): an unknown word alone before a noun is as often a word."""
    return keys[end] in COMMAS or (i > 0 and keys[i - 1] in COMMAS)


@cache
def _nouns() -> frozenset[str]:
    return person_nouns() | lx.craft_words() | _HOLDERS
