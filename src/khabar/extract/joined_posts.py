"""Two posts joined by «و» past the first one's seat are one holder's, when the clause states
the first as theirs: after their name («آیت‌الله مروج نماینده فقید ولی‌فقیه در استان و امام
جمعه اردبیل») or opening the clause it is the subject of («نماینده ولی فقیه در هرمزگان و امام
جمعه بندرعباس گفت»). The first post ends before its seat («در هرمزگان»), so the second is found
apart and, held by nobody, was lost. Not two posts named in the middle of a clause («با حضور
نماینده ولی فقیه در استان و مشاور امور اقتصادی ...»: two guests), nor joined with no seat
between («سرمربی و سرپرست تیم نیز از اصفهان هستند»: two people), nor the last two of a list
of posts («وزیر جهاد، رئیس مجلس، رئیس سازمان برنامه و بودجه و رئیس کمیسیون ...»)."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from khabar.extract import lexicons as lx
from khabar.extract.clause_words import COMMAS, QUOTE_MARKS, STOPS
from khabar.extract.coref import hold, two_offices
from khabar.extract.people import PostMention, post_key
from khabar.extract.registry import Registry, resolve_post

_AND = "و"
_IN = "در"
# a seat named by its kind alone: «نماینده ولی‌فقیه در استان»
_SEATS = frozenset({"استان", "شهرستان", "شهر", "کشور"})


def _joined_at(keys: list[str], post: PostMention) -> int | None:
    """The token after the seat of ``post`` («در هرمزگان», «در استان») and «و», if both
    follow it."""
    j = post.j
    if keys[j : j + 1] != [_IN] or j + 1 >= len(keys):
        return None
    place = lx.places().match(keys, j + 1)
    j = place[0] if place else j + 2 if keys[j + 1] in _SEATS else j
    return j + 1 if keys[j : j + 1] == [_AND] else None


def _stated_as(
    reg: Registry, keys: list[str], post: PostMention, holder: str, lines: Collection[int]
) -> bool:
    """Whether ``post`` follows its holder's name (past a comma or a quote mark) or opens a
    line or a sentence."""
    if post.i in lines or not post.i or keys[post.i - 1] in STOPS:
        return True
    t = post.i - 1
    while t > post.i - 3 and t >= 0 and (keys[t] in COMMAS or keys[t] in QUOTE_MARKS):
        t -= 1
    return reg.by_token.get(t) == holder


def hold_joined(
    reg: Registry, posts: Sequence[PostMention], keys: list[str], lines: Collection[int]
) -> None:
    """The post after a held post's seat and «و» is that holder's too, when nobody holds it,
    the clause states the first as theirs (``_stated_as``; ``lines``: the tokens that open
    a line), the first is no list's item after a comma (a comma right after the holder's name
    sets it in apposition: «غلامعلی صفایی بوشهری، نماینده ولی فقیه در استان و امام جمعه
    بوشهر»), and the two are not two offices of a state («وزیر کشور و وزیر امور خارجه»)."""
    at = {p.i: p for p in posts if not p.anaphor}
    for first in posts:
        if first.anaphor:
            continue
        holder = resolve_post(reg, first)
        if holder is None or not _stated_as(reg, keys, first, holder, lines):
            continue
        if first.i > 1 and keys[first.i - 1] in COMMAS and reg.by_token.get(first.i - 2) != holder:
            continue  # a list's item after a comma, not in apposition to its holder's name
        second = at.get(_joined_at(keys, first) or -1)
        if second is None or second.holder or reg.posts.holders(second.keys):
            continue
        if two_offices(post_key(first.keys), post_key(second.keys)):
            continue
        hold(reg, holder, second)
