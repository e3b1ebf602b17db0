"""Teams in a list of results: «برابر رایو وایکانو ( 2 10 ) رئال سوسیداد ( 1 3 ) ، والنسیا
( 2 2 ) ، دیپورتیو ولاکرونیا ( 0 5 ) و اسپورتینگ خیخون ( 1 5 ) به میدان برود».

A name right before a bracketed score of two numbers is a team's where another name of the
same list stands before one and is a body or a place, listed or the tagger's («والنسیا»): the
tagger takes the teams it has never seen for persons.
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.people import Mention

_OPEN, _CLOSE = "(", ")"
_BETWEEN = frozenset({"-", "–", "بر"})
_SCORE_TOKENS = 4  # «( 2 10 )», «( 2 - 1 )» inside the brackets at most
_REACH = 40  # tokens: the same list


def without_scored_teams(
    keys: list[str], mentions: list[Mention], tagged: list[tuple[str, int, int]]
) -> list[Mention]:
    """``mentions`` but the names a bracketed score follows, by the rule above; ``tagged``:
    the tagger's names, of which its bodies and places count as listed."""
    scored = [m for m in mentions if _score_at(keys, m.j)]
    if not scored:
        return mentions  # most articles
    bodies = {b for kind, _, b in tagged if kind in ("ORG", "LOC")}
    listed = [i for i in _score_starts(keys) if i in bodies or _listed_before(keys, i)]
    if not listed:
        return mentions
    teams = {id(m) for m in scored if any(abs(m.j - i) < _REACH for i in listed)}
    return [m for m in mentions if id(m) not in teams]


def _score_at(keys: list[str], k: int) -> bool:
    """A bracketed score of two numbers opens at token ``k``."""
    if k >= len(keys) or keys[k] != _OPEN:
        return False
    inside = keys[k + 1 : k + 2 + _SCORE_TOKENS]
    if _CLOSE not in inside:
        return False
    inside = inside[: inside.index(_CLOSE)]
    numbers = [t for t in inside if t.isdigit()]
    return len(numbers) == 2 and all(t.isdigit() or t in _BETWEEN for t in inside)


def _score_starts(keys: list[str]) -> list[int]:
    return [k for k in lx.occurrences(keys, _OPEN) if _score_at(keys, k)]


def _listed_before(keys: list[str], k: int) -> bool:
    """A listed body or place ends right before token ``k``."""
    for i in range(max(0, k - 3), k):
        for trie in (lx.organizations(), lx.places()):
            hit = trie.match(keys, i)
            if hit is not None and hit[0] == k:
                return True
    return False
