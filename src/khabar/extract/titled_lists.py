"""The names a plural title heads: «آقایان: غفاری، صاحبخانی و صباغی به ترتیب ...», «خانم‌ها
پوریامین و شفیعی که ...», «آیات: دری، امینی، مشکینی ...».

«آقایان» (Messrs), «خانم‌ها» (Mesdames) and «آیات» (the ayatollahs, before a colon) title
each name of the list after them, as «آقای» titles one: family names alone stand there, that
no other word of the sentence marks as names. The list runs item by item, each one or two
words a name may hold, or a person found there whatever its words, or the family name
alone of one named in full («آقایان قالیباف، حاجی‌بابایی، ...», «قالیباف» a carpet weaver;
«آقایان امیرحسین قاضی‌زاده هاشمی، ...، مصری، نادران، منادی، تقوی و فرهنگی», three words),
between «،», «و» or a dash; it ends at the first word no name holds («به ترتیب», «که», «تشکیل
شد»).
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.list_items import item_word
from khabar.extract.namewords import FREQUENT, adjective, name_word, ordinary, rank
from khabar.extract.people import (
    Mention,
    full_names_families,
    held_tokens,
    untitled_mention,
    with_added,
)
from khabar.text.segment import TokenColumns

# titles of several names; «آیات» (also verses) only before a colon
_PLURAL_TITLES = frozenset(lx.key(w) for w in ("آقایان", "خانم‌ها", "خانمها", "بانوان"))
_AYAT = lx.key("آیات")
_SEPARATORS = frozenset({"،", ",", "و", "ـ", "_", "-"})
_ITEM_WORDS = 2
_PLURALS = ("ها", "های")
_LEAST_ITEMS = 2  # a list: one name after the title is «آقای»'s, which the rules read


def with_titled_lists(
    tokens: TokenColumns, keys: list[str], text: str, mentions: list[Mention]
) -> list[Mention]:
    """``mentions`` and the names of the lists a plural title heads that no rule took."""
    heads = [k for k in lx.positions(keys, _PLURAL_TITLES | {_AYAT}) if _heads_list(keys, k)]
    if not heads:
        return mentions
    used = held_tokens(mentions)
    # a family name alone of a person named in full is left to the rules that join it to
    # him (``surname_mentions``): «آقایان نیکزاد و حسینی» after «شمس‌الدین حسینی»
    families = full_names_families(keys, mentions)
    added: list[Mention] = []
    found = {m.i: m.j for m in mentions}
    found.update((k, k + 1) for k in lx.positions(keys, families) if k not in found)
    for h in heads:
        items = _items(tokens, keys, h + 1 + (keys[h + 1] == ":"), found)
        if len(items) < _LEAST_ITEMS:
            continue
        for i, j in items:
            if j - i == 1 and keys[i] in families:
                continue
            if used.isdisjoint(range(i, j)):
                added.append(untitled_mention(tokens, text, i, j))
                used.update(range(i, j))
    if not added:
        return mentions
    return with_added(mentions, added)


def _heads_list(keys: list[str], k: int) -> bool:
    if k + 2 >= len(keys):
        return False
    return keys[k] != _AYAT or keys[k + 1] == ":"


def _items(
    tokens: TokenColumns, keys: list[str], i: int, found: dict[int, int]
) -> list[tuple[int, int]]:
    """The items of the list opening at ``i``: (first, end) tokens of each, the last one
    where a word no name holds follows it. ``found``: where a person found ends, by where
    his name opens, or a family name of one named in full; such an item is all of it."""
    out: list[tuple[int, int]] = []
    n = len(keys)
    while i < n:
        j = found.get(i, i)
        while j < n and j - i < _ITEM_WORDS and _name_word(tokens, keys, j):
            j += 1
        if j == i:
            break
        if j < n and keys[j] not in _SEPARATORS:
            if _name_word(tokens, keys, j):
                break  # a name of three words or more, or run on: no list of family names
            out.append((i, j))
            break  # the list's last name, a word of the sentence after it
        out.append((i, j))
        i = j + 1
    return out


def _name_word(tokens: TokenColumns, keys: list[str], k: int) -> bool:
    """A word of a name after a plural title: one a list in a name may hold, no ordinary
    word nor adjective but a listed name's, and a name's or a word the news writes rarely."""
    key = keys[k]
    if not item_word(tokens, keys, k) or key in _SEPARATORS:
        return False
    known = name_word(key) or key in lx.family_name_words() or key in lx.first_names()
    if not known and tokens.words[k].endswith(_PLURALS):
        return False  # «آقایان فقها و حقوق‌دان‌ها», «عباسی ماسک‌ها را»: plurals, no names
    if not known and (ordinary(key) or adjective(key) or _prefixed(key)):
        return False
    return known or rank(key) >= FREQUENT


_PREFIXES = ("بی", "بد", "با")  # without, ill-, with: «بی‌سرپرست», «بدسرپرست», «باسواد»


def _prefixed(key: str) -> bool:
    """A word no list holds made of «بی», «بد» or «با» and a frequent word: an adjective
    («بانوان بدسرپرست و بی‌سرپرست», women without a provider), no family name."""
    return (
        key.startswith(_PREFIXES) and len(key) > len(_PREFIXES[0]) + 2 and rank(key[2:]) < FREQUENT
    )


# the titles of one name that go on to a second family name after «و»: «آقای دایی و فرکی»
_PAIR_TITLES = frozenset(lx.key(w) for w in ("آقای", "خانم"))
_AND = "و"


def with_titled_pairs(
    tokens: TokenColumns, keys: list[str], text: str, mentions: list[Mention]
) -> list[Mention]:
    """``mentions`` and the family name alone that «و» joins to a person «آقای» or «خانم»
    titles, named by a family name alone too («آقای کدخدایی و جنتی», «خانم سیاوشی و
    زرآبادی»): a listed family name that is no common word, adjective or given name, and no
    word of a name runs on after it."""
    if _AND not in lx.distinct(keys) or _PAIR_TITLES.isdisjoint(lx.distinct(keys)):
        return mentions  # most articles
    used = held_tokens(mentions)
    families = full_names_families(keys, mentions)
    added: list[Mention] = []
    for m in mentions:
        y = m.j + 1
        if m.j - m.i != 1 or m.ti != m.i - 1 or keys[m.ti] not in _PAIR_TITLES:
            continue
        if y >= len(keys) or keys[m.j] != _AND or y in used or keys[y] in families:
            continue
        if not _paired_family(tokens, keys, y):
            continue
        added.append(untitled_mention(tokens, text, y, y + 1))
        used.add(y)
    if not added:
        return mentions
    return with_added(mentions, added)


def _paired_family(tokens: TokenColumns, keys: list[str], y: int) -> bool:
    key = keys[y]
    if key not in lx.family_name_words() or key in lx.common_words() or adjective(key):
        return False
    if key in lx.first_names() or not item_word(tokens, keys, y):
        return False
    # the name ends there: «آقای فراهانی و نظری جلسه داشتم», not «... و نظری | فرد»
    return y + 1 >= len(keys) or not _name_word(tokens, keys, y + 1)
