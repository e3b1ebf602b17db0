"""Candidacies right after a name: «برنی سندرز، نامزد دموکرات‌ها در انتخابات ریاست جمهوری
آمریکا», «"رونالد ریگان" نامزد جمهوری‌خواه». «نامزد» and «کاندیدا» head no post of their own
(``post_heads.tsv``): alone they are a fiancé, a nominee for a prize or anyone standing; only a
party or the election named right after them makes them the name's candidacy."""

from __future__ import annotations

from collections.abc import Iterable

from khabar.extract import lexicons as lx
from khabar.extract.clause_words import COMMAS
from khabar.extract.people import Mention, PostMention
from khabar.extract.posts import post_end
from khabar.text.offsets import Span
from khabar.text.segment import TokenColumns

_HEADS = frozenset(map(lx.key, ("نامزد", "کاندیدای", "کاندیدا")))
# what a candidacy stands for: a party, or the office or election stood for
_STOOD_FOR = frozenset(
    map(
        lx.key,
        (
            "دموکرات",
            "دموکرات‌ها",
            "دمکرات",
            "دمکرات‌ها",
            "جمهوری‌خواه",
            "جمهوری‌خواهان",
            "جمهوری‌خواه‌ها",
            "جمهوریخواه",
            "جمهوریخواهان",
            "حزب",
            "احزاب",
            "ائتلاف",
            "ریاست",
            "ریاست‌جمهوری",
            "انتخابات",
        ),
    )
)
# a party named by its members' name, the whole candidacy: what follows is the clause's
# («"رونالد ریگان" نامزد جمهوری‌خواه | شکست خورد»)
_PARTIES = frozenset(k for k in _STOOD_FOR if k.startswith(("دم", "جمهوری")))
# a word between the head and what it stands for («نامزد سابق دموکرات انتخابات ...»)
_WHEN = frozenset(map(lx.key, ("سابق", "پیشین", "احتمالی")))
# what may stand between the name and the candidacy: a comma, a closing quotation mark
_BETWEEN = frozenset({*COMMAS, "»", "”", '"'})


def candidacy_posts(
    tokens: TokenColumns, keys: list[str], text: str, mentions: Iterable[Mention]
) -> list[PostMention]:
    """A candidacy whose head follows a name's end, past a comma or a closing quotation mark,
    and stands for a party or an election: the post, run on as ``find_posts`` runs one. Not
    after a name run into the next word («پیت بوته‌جج|این نامزد دموکرات ادامه داد»: a
    subheading's name, then an anaphor of its own)."""
    out = []
    ends = {m.j for m in mentions if m.span.end == tokens.ends[m.j - 1]}
    for end in sorted(ends):
        i = end
        while i < len(keys) and i < end + 2 and keys[i] in _BETWEEN:
            i += 1
        if i + 1 >= len(keys) or keys[i] not in _HEADS:
            continue
        k = i + 2 if keys[i + 1] in _WHEN else i + 1
        if k >= len(keys) or keys[k] not in _STOOD_FOR:
            continue
        j = k + 1 if keys[k] in _PARTIES else post_end(tokens, keys, i + 1)
        span = Span(tokens.starts[i], tokens.ends[j - 1])
        out.append(PostMention(i, j, text[span.start : span.end], tuple(keys[i:j]), span))
    return out
