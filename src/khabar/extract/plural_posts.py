"""Two persons named, then one post in the plural in apposition: each holds it in the
singular. «رجب طیب اردوغان و ولادیمیر پوتین، روسای جمهوری ترکیه و روسیه»: a pair of countries
closing the post gives each their own, in order («رئیس جمهوری ترکیه», «رئیس جمهوری روسیه»);
«بی‌نظیر بوتو و نواز شریف، نخست‌وزیران سابق پاکستان»: one seat is both's. Not a post with
another «و» in it («رهبران ائتلاف‌های الفتح و سائرون»: which leads which is not said), nor two
names closing a longer list («الف، ب و ج، ...»)."""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.clause_words import COMMAS
from khabar.extract.coref import hold, posts_agree
from khabar.extract.people import Mention, PostMention
from khabar.extract.posts import post_end
from khabar.extract.registry import Registry
from khabar.text.offsets import Span
from khabar.text.segment import TokenColumns

_AND = "و"
# seats counted, not named: «رؤسای جمهوری دو کشور» says not which is whose
_COUNTED = frozenset({"دو", "هر", "این", "آن", "کشورها"})


def hold_plural_posts(
    reg: Registry, tokens: TokenColumns, keys: list[str], text: str, starts: list[int]
) -> None:
    """The posts in the plural after two names joined by «و» and a comma, each name's in the
    singular (``plural_heads.tsv``), when both are persons who may hold it (``posts_agree``).
    ``starts``: the tokens that may open a head in the plural (``triggers.PLURAL``)."""
    plurals = lx.plural_heads()
    ends: dict[int, Mention] | None = None
    for i in starts:
        if i < 4 or keys[i - 1] not in COMMAS:
            continue
        head = 2 if i + 1 < len(keys) and keys[i] + keys[i + 1] in plurals else 1
        single = plurals.get("".join(keys[i : i + head]))
        if single is None:
            continue
        if ends is None:
            ends = {m.j: m for m in reg.mention_of.values()}
        pair = _pair_before(reg, keys, ends, i - 1)
        if pair is None:
            continue
        seats = _seats(tokens, keys, i + head, head)
        if seats is None:
            continue
        for m, seat in zip(pair, seats, strict=True):
            post = _singular(tokens, text, i, single, i + head, seat)
            pkey = reg.by_token[m.i]
            if posts_agree(reg, pkey, post):
                hold(reg, pkey, post)


def _pair_before(
    reg: Registry, keys: list[str], ends: dict[int, Mention], end: int
) -> tuple[Mention, Mention] | None:
    """The two persons named «A و B» right before token ``end``, if no list goes on before
    them."""
    second = ends.get(end)
    if second is None or second.ti < 2 or keys[second.ti - 1] != _AND:
        return None
    first = ends.get(second.ti - 1)
    if first is None or reg.by_token[first.i] == reg.by_token[second.i]:
        return None
    before = first.ti - 1
    if before > 0 and (keys[before] in COMMAS or keys[before] == _AND) and before in ends:
        return None  # «الف، ب و ج، ...»: the last two of a list
    return first, second


Seat = tuple[int, int, int]  # the common words' end, then the seat's first token and end


def _seats(tokens: TokenColumns, keys: list[str], at: int, head: int) -> tuple[Seat, Seat] | None:
    """What each holder's post takes after the head: all its words for both, or a country
    each when «X و Y» closes the post with two countries («جمهوری ترکیه و روسیه»: «جمهوری
    ترکیه», then «جمهوری» and «روسیه»). None when the post is empty, has another «و» or
    counts its seats («دو کشور»)."""
    end = post_end(tokens, keys, at, head)
    if end <= at:
        return None
    second = _country_at(keys, end + 1) if keys[end : end + 1] == [_AND] else None
    if second is None:
        if _AND in keys[at:end] or _COUNTED & set(keys[at:end]):
            return None
        return (at, at, end), (at, at, end)
    first = next((k for k in range(at, end) if _country_at(keys, k) == end), None)
    if first is None or _AND in keys[at:first]:
        return None
    return (at, at, end), (first, end + 1, second)


def _country_at(keys: list[str], k: int) -> int | None:
    """The end of a country's name opening at token ``k``, if one does."""
    m = lx.places().match(keys, k) if k < len(keys) else None
    return m[0] if m and m[1].kind == "country" else None


def _singular(
    tokens: TokenColumns, text: str, i: int, single: str, at: int, seat: Seat
) -> PostMention:
    """The post in the singular: the head, the words after it up to the seat, the seat."""
    common_end, a, b = seat
    common = text[tokens.starts[at] : tokens.ends[common_end - 1]] if common_end > at else ""
    words = " ".join(w for w in (single, common, text[tokens.starts[a] : tokens.ends[b - 1]]) if w)
    span = Span(tokens.starts[i], tokens.ends[b - 1])
    return PostMention(i, b, words, lx.phrase_keys(words), span)
