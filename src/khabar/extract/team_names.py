"""A club's one word the article writes as a team's: «تیم فوتبال شاهین بوشهر», «تیم ثامن
مشهد», «شاهین شهرداری بوشهر»; its other mentions, «شاهین با این پیروزی ...», «به مصاف ثامن
خواهد رفت», are the club's too, no person's.

In a sports article, a word that follows «تیم» or «باشگاه» (a game's name between or not) and
that a listed town or «شهرداری» (a town's council, a club's sponsor) follows is the club's
name. A name of that one word, untitled, is no person's anywhere in the article. A name the
article writes after «تیم» with no town after it stays («تیم کی‌روش», the coach's team).
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.org_spans import a_sports_article, place_to
from khabar.extract.people import Mention

_CLUB_WORDS = frozenset({"تیم", "باشگاه"})
_GAMES = frozenset(lx.key(w) for w in "فوتبال فوتسال والیبال بسکتبال هندبال".split())
_SPONSOR = lx.key("شهرداری")
_TOWN_WORDS = 3  # words of a town's name


def without_team_names(keys: list[str], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the untitled names of one word that the article writes as a
    club's (module docstring)."""
    single = {keys[m.i] for m in mentions if m.j - m.i == 1 and m.ti == m.i}
    if not single or not a_sports_article(keys):
        return mentions  # most articles
    clubs = {keys[k] for k in _club_words(keys) if keys[k] in single}
    if not clubs:
        return mentions
    return [m for m in mentions if not (m.j - m.i == 1 and m.ti == m.i and keys[m.i] in clubs)]


def _club_words(keys: list[str]) -> list[int]:
    """The tokens of a club's one word: after «تیم» or «باشگاه» and a game's name or not,
    before a listed town or «شهرداری»."""
    out = []
    for c in lx.positions(keys, _CLUB_WORDS):
        k = c + 1 + (c + 1 < len(keys) and keys[c + 1] in _GAMES)
        if k + 1 >= len(keys):
            continue
        if keys[k + 1] == _SPONSOR or any(
            place_to(keys, k + 1, e) for e in range(k + 2, min(len(keys), k + 2 + _TOWN_WORDS))
        ):
            out.append(k)
    return out
