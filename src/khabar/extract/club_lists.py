"""Clubs with their towns in a list of clubs: each item is a club, as most of them are.

A sports article lists a group's clubs («با تیم‌های بادران نوین تهران، شهرداری بندرعباس،
صنعت نفت نوین آبادان، ... شهید کریمی جویبار و آبی‌پوشان اردبیل هم‌گروه هستند»); the tagger
names most items as organizations and leaves a few, whose town it marks as a place alone. An
item of such a list that is a few words ending in a listed town, where two other items or more
are the tagger's organizations ending in a town, is a club too, as PEYMA tags it; the town stays
a mention of that place, as a place inside any organization's name does.
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.clause_words import LIST_SEPARATORS
from khabar.extract.named_places import PLACE_LEAD_KINDS
from khabar.extract.org_spans import ORG_HEADS, a_sports_article, place_to

# an item is a club's words and its town: two to five words
_SHORTEST, _LONGEST = 2, 5
# items of the tagger's that make the list one of clubs
_CLUBS_AROUND = 2


def club_list_items(
    keys: list[str], org_spans: list[tuple[int, int]], marked: set[int]
) -> list[tuple[int, int]]:
    """The items of lists of clubs the tagger leaves out, as spans ``[i, j)``; ``org_spans``:
    the tagger's organizations; ``marked``: the tokens it marks as a person or a body."""
    if len(org_spans) < _CLUBS_AROUND or not a_sports_article(keys):
        return []
    clubs = {i: j for i, j in org_spans if _with_town(keys, i, j)}
    if len(clubs) < _CLUBS_AROUND:
        return []
    out: list[tuple[int, int]] = []
    for items in _lists(keys, sorted(clubs)):
        if sum(1 for i, j in items if clubs.get(i) == j) < _CLUBS_AROUND:
            continue
        for i, j in items:
            e = _town_end(keys, i, j)  # the last item runs on into the clause («... هستند»)
            if (
                e is not None
                and clubs.get(i) != e
                and _SHORTEST <= e - i
                and marked.isdisjoint(range(i, e))
                and keys[i] not in _NOT_OPENERS
            ):
                out.append((i, e))
    return out


def _with_town(keys: list[str], i: int, j: int) -> bool:
    """Tokens ``[i, j)`` are words and a listed place after them."""
    return any(place_to(keys, m, j) for m in range(i + 1, j))


def _town_end(keys: list[str], i: int, j: int) -> int | None:
    """The end of the first listed place after a word of ``[i, j)``, if any."""
    return next((e for e in range(i + 2, j + 1) if _with_town(keys, i, e)), None)


def _lists(keys: list[str], at: list[int]) -> list[list[tuple[int, int]]]:
    """The runs of three items or more of one to ``_LONGEST`` words each, separated by a comma
    or «و», as (first token, end) pairs, in the stretches that hold the tokens ``at`` (sorted):
    a token neither a word nor a separator ends every run, so only those stretches are read."""
    out: list[list[tuple[int, int]]] = []
    end = 0
    for t in at:
        if t < end:
            continue  # in the stretch read last
        first = t
        while first > 0 and _in_a_run(keys[first - 1]):
            first -= 1
        end = t
        while end < len(keys) and _in_a_run(keys[end]):
            end += 1
        out += _runs(keys, first, end)
    return [run for run in out if len(run) >= 3]


def _runs(keys: list[str], first: int, end: int) -> list[list[tuple[int, int]]]:
    """The runs of items of tokens ``[first, end)``, a stretch between tokens that end runs."""
    out: list[list[tuple[int, int]]] = []
    items: list[tuple[int, int]] = []
    start = first
    for k, key in enumerate([*keys[first:end], "."], first):
        if key in LIST_SEPARATORS or not _a_word(key):
            if 0 < k - start <= _LONGEST:
                items.append((start, k))
            elif items:
                out.append(items)
                items = []
            if key not in LIST_SEPARATORS and items:
                out.append(items)
                items = []
            start = k + 1
    return out


def _in_a_run(key: str) -> bool:
    return key in LIST_SEPARATORS or _a_word(key)


def _a_word(key: str) -> bool:
    """A word of an item, or a bracket of its mark («استقلال آبی ( ب )», a second team)."""
    return key.replace("\u200c", "").isalpha() or key in _BRACKETS


_BRACKETS = frozenset({"(", ")"})


# first words of a body's or a place's name, not a club's
_NOT_OPENERS = frozenset({*ORG_HEADS, *PLACE_LEAD_KINDS, *(lx.key(w) for w in ("تیم", "باشگاه"))})


def second_teams(keys: list[str], org_spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A club's name the tagger ends before a second team's letter in brackets and the club's
    town («استقلال آبی | ( ب ) تهران»), with the letter and the town, in a sports article."""
    if not org_spans or not a_sports_article(keys):
        return []
    out = []
    for i, j in org_spans:
        if keys[j : j + 1] == ["("] and j + 3 < len(keys) and keys[j + 2] == ")":
            if len(keys[j + 1]) <= _LETTER and (e := _town_end(keys, j + 2, len(keys))):
                if e - j - 3 <= _TOWN_WORDS and place_to(keys, j + 3, e):
                    out.append((i, e))
    return out


_LETTER = 3  # «ب», «الف»: a second or third team
_TOWN_WORDS = 2


def independence(keys: list[str], i: int, j: int) -> bool:
    """The tagger's body ``[i, j)`` is «استقلال» alone or with a place («استقلال گرجستان»), a
    club's name that is a word too, in an article that speaks of no game and with no word of a
    team before it: independence, no club («آزادی و استقلال», «سالگرد استقلال گرجستان»)."""
    if keys[i] != _INDEPENDENCE or (j - i > 1 and not place_to(keys, i + 1, j)):
        return False
    if not _TEAM_WORDS.isdisjoint(keys[max(0, i - _TEAM_REACH) : i]):
        return False  # «باشگاه پرسپولیس و استقلال», «حریف استقلال»
    return not a_sports_article(keys) and _PLAYERS.isdisjoint(lx.distinct(keys))


_INDEPENDENCE = lx.key("استقلال")
# words of a team a few words before a club's name
_TEAM_WORDS = frozenset(
    lx.key(w) for w in "تیم تیم‌های باشگاه باشگاه‌های حریف هواداران پرسپولیس".split()
)
_TEAM_REACH = 3
# words of the people and the cups of a game: an article that says one speaks of a club
# («بازیکن سابق استقلال», «پدر استقلال» of a player's obituary)
_PLAYERS = frozenset(
    lx.key(w)
    for w in (
        "بازیکن بازیکنان مربی سرمربی پیشکسوت هوادار هواداران فوتبالیست دروازه‌بان گلزن "
        "پرسپولیس سپاهان تراکتور تراکتورسازی جام قهرمانی باشگاه باشگاه‌ها تیم"
    ).split()
)
