"""The names of a roll that neither a rule nor the tagger took, where the roll's other names
stand in the same place: a results list («مسعود مرادی از قزوین اول شد ، احمد قدم گاهی از
استان خراسان نفر دوم», «0 ـ فرید مروارید با رکورد 0 کیلوگرم از خوزستان») and a film's credits
by colons («مسئول دوربین : سخی توکلی - صدابردار : سعید بجنوردی - ...»).

Two places an item stands in:

* a result's: the words before «از» and a place with a rank after it («اول», «نفر دوم»,
  «مقام»), or before «با رکورد», after a separator («،», «و», a dash, a colon);
* a credit's: the words between a role's colon and a dash or the sentence's end («مسئول
  دوربین : ... -»), not a comma (a list of films nominated: «نامزدها: بمب شل، جوکر»).

Where two persons found stand in a sentence's places of one kind, the other items of that
kind are persons too, though their words are ordinary ones («سامان وفایی», «مرجانه
باغبانی»): two to four words a name in a list may hold (``list_items.item_word``), one of them
a given name, a family name's word or a rare word. A person found at an item's start and
ending inside it is cut short there («محمدضیاء | حمیدی با رکورد»).

A results list may write each name before its rank, with no separator between the items
(«الما برزگر مقام اول رامیلا عباسی مقام دوم پریسا کاویانی مقام سوم»): a family name found
alone right before «مقام» and an ordinal, one word after the rank before it, opens at that
word, the item's given name, and so does one the age group's years open (``with_ranked_items``:
«رامیلا | عباسی»).
"""

from __future__ import annotations

from bisect import bisect_left

from khabar.extract import lexicons as lx
from khabar.extract.list_items import item_word, name_words
from khabar.extract.namewords import FREQUENT, rank
from khabar.extract.people import Mention, held_tokens, opened_at, stopwords, untitled_mention
from khabar.extract.tagged_entities import KIND_WORDS
from khabar.text.segment import TokenColumns

_SEPARATORS = frozenset({"،", ",", "و", "-", "–", "ـ", "_", ":"})
_DASHES = frozenset({"-", "–", "ـ", "_"})  # not a comma: «نامزدها: بمب شل، ... : سردسته اهریمنان،»
_COLON = ":"
_FROM, _WITH, _RECORD = "از", "با", "رکورد"
_RESULT_WORDS = frozenset({_FROM, _WITH})
# the words of a rank after «از» and the place: «اول شد», «نفر دوم», «به مقام سوم رسید»
_RANKS = frozenset(
    {"اول", "دوم", "سوم", "چهارم", "پنجم", "ششم", "نفر", "مقام", "رتبه", "قهرمان", "عنوان"}
)
_PLACE_WORDS = 4  # «از استان خراسان رضوی | نفر دوم»: words between «از» and the rank
_LEAST, _MOST = 2, 4  # words of an item
_LEAST_FOUND = 2  # persons found in a sentence's places of one kind


def with_roll_items(
    tokens: TokenColumns,
    keys: list[str],
    text: str,
    mentions: list[Mention],
    sentences: list[tuple[int, int]],
) -> list[Mention]:
    """``mentions`` and the other items of the rolls of results and credits they stand in."""
    distinct = lx.distinct(keys)  # the article's set of keys, made once: no scan of the list
    if _FROM not in distinct and _COLON not in distinct:
        return mentions
    by_start = {m.i: m for m in mentions}
    by_end = {m.j: m for m in mentions}
    results = lx.positions(keys, _RESULT_WORDS)  # «از», «با»: sought once, not at every token
    colons = lx.occurrences(keys, _COLON)
    # a roll needs two persons found in its places of one kind: a result's place ends where a
    # person does («از», «با» at the end), a credit's opens where one starts (past the colon)
    if (
        sum(map(by_end.__contains__, results)) < _LEAST_FOUND
        and sum(c + 1 in by_start for c in colons) < _LEAST_FOUND
    ):
        return mentions
    used = held_tokens(mentions)
    added: list[Mention] = []
    replaced: set[int] = set()
    for a, b in sentences:
        for places in (
            _result_places(keys, results, a, b),
            _credit_places(tokens, keys, colons, a, b),
        ):
            found = [p for p in places if _found(p, by_start, by_end)]
            if len(found) < _LEAST_FOUND:
                continue
            for kind, i, j in places:
                if (kind, i, j) in found or i < 0:
                    continue
                item = _item(tokens, keys, i, j)
                if item is None:
                    continue
                s, t = item
                held = by_start.get(s)
                if held is not None and held.j < t and used.isdisjoint(range(held.j, t)):
                    replaced.add(id(held))  # «محمدضیاء | حمیدی با رکورد»
                elif not used.isdisjoint(range(s, t)):
                    continue
                added.append(untitled_mention(tokens, text, s, t))
                used.update(range(s, t))
    if not added:
        return mentions
    kept = [m for m in mentions if id(m) not in replaced]
    return sorted([*kept, *added], key=lambda m: m.ti)


Place = tuple[str, int, int]  # kind, the token an item may open at (-1: none), its end


def _found(place: Place, by_start: dict[int, Mention], by_end: dict[int, Mention]) -> bool:
    """A person found stands in the place: ends where a result's item does, or opens right
    after a credit's colon."""
    kind, i, j = place
    if kind == "result":
        return j in by_end
    return i in by_start and by_start[i].j <= j


def _result_places(keys: list[str], at: list[int], a: int, b: int) -> list[Place]:
    """The ends of a result's items in ``[a, b)``: before «از» and a place with a rank, or
    before «با رکورد»; the item opens past the separator before it (-1 where none is near).
    ``at``: the indices of «از» and «با» in ``keys``."""
    out: list[Place] = []
    for t in at[bisect_left(at, a + 1) : bisect_left(at, b)]:
        if keys[t] == _WITH:
            if t + 1 < b and keys[t + 1] == _RECORD:
                out.append(("result", _opening(keys, a, t), t))
        else:
            ahead = keys[t + 2 : min(b, t + 2 + _PLACE_WORDS)]
            if not _RANKS.isdisjoint(ahead):
                out.append(("result", _opening(keys, a, t), t))
    return out


def _opening(keys: list[str], a: int, t: int) -> int:
    """The first token of the item ending at ``t``: past the last separator within
    ``_MOST`` words before it, -1 where there is none."""
    for s in range(t - 1, max(a, t - _MOST - 1) - 1, -1):
        if keys[s] in _SEPARATORS:
            return s + 1 if s + 1 < t else -1
    return -1


def _credit_places(
    tokens: TokenColumns, keys: list[str], colons: list[int], a: int, b: int
) -> list[Place]:
    """The items after a role's colon in ``[a, b)``, up to a dash or the sentence's end within
    ``_MOST`` words. ``colons``: the indices of the colons in ``keys``."""
    out: list[Place] = []
    for c in colons[bisect_left(colons, a + 1) : bisect_left(colons, b - 1)]:
        if not tokens.words[c - 1][:1].isalpha():
            continue
        for t in range(c + 1, min(b, c + _MOST + 2) + 1):
            if t == b or keys[t] in _DASHES:
                out.append(("credit", c + 1, t))
                break
            if keys[t] == _COLON:
                out.append(("credit", c + 1, -1))  # the next role: no bound item
                break
    return out


def _item(tokens: TokenColumns, keys: list[str], i: int, j: int) -> tuple[int, int] | None:
    """The item ``[i, j)`` where it is a name's words: two to ``_MOST`` words a name in a
    list may hold, opened by no head of a body's name; one of them a given name, a family
    name's word or a rare word."""
    if j < 0 or not _LEAST <= j - i <= _MOST or keys[i] in KIND_WORDS:
        return None
    if not all(item_word(tokens, keys, k, k > i) for k in range(i, j)):
        return None
    given = keys[i] in lx.first_names()  # «سامان», «آرمان»: given names that are words too
    if not (given or name_words(tokens.words, keys, i, j)):
        return None
    return i, j


_RANK = "مقام"
_ORDINALS = frozenset({"اول", "دوم", "سوم", "چهارم", "پنجم", "ششم"})
_YEARS = "سال"


def with_ranked_items(
    tokens: TokenColumns, keys: list[str], text: str, mentions: list[Mention]
) -> list[Mention]:
    """``mentions``, a family name alone before a rank of a results list opened at the one
    word left between it and the rank or the age group before («مقام اول رامیلا | عباسی مقام
    دوم», «12 سال رامیلا | عباسی مقام اول»): no frequent word nor function word, and no
    person's."""
    used: set[int] | None = None
    out = []
    for m in mentions:
        i = m.i
        opens = m.j - i == 1 and m.ti == i and i >= 3 and _item_opens(keys, i - 1)
        if opens and _ranked(keys, m.j):
            used = held_tokens(mentions) if used is None else used
            word = tokens.words[i - 1]
            if (
                i - 1 not in used
                and word.isalpha()
                and keys[i - 1] not in stopwords()
                and rank(keys[i - 1]) >= FREQUENT
                and text[tokens.ends[i - 1] : tokens.starts[i]] == " "
            ):
                m = opened_at(m, i - 1, tokens.starts[i - 1], text)
        out.append(m)
    return out


def _item_opens(keys: list[str], k: int) -> bool:
    """An item may open at token ``k``: after a rank, or after an age group's years that
    open the list («رده سنی 11 تا 12 سال رامیلا عباسی مقام اول»)."""
    return _ranked(keys, k - 2) or (keys[k - 1] == _YEARS and keys[k - 2].isdigit())


def _ranked(keys: list[str], k: int) -> bool:
    """«مقام» and an ordinal at token ``k``: an item's rank."""
    return k + 1 < len(keys) and keys[k] == _RANK and keys[k + 1] in _ORDINALS
