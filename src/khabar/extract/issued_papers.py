"""A paper a sentence tells of someone issuing («X در نامه‌ای ...», «X طی بیانیه‌ای ...», «X با
ارسال نامه‌ای ...») and who issued it: the person or body opening the clause before it. Two
readings ask it, each of papers of its own: a text given whole further on with no writer named
(«متن این نامه به شرح زیر است:», ``given_texts``), and a body's paper named again by «در این
...» («بانک مرکزی در بخشنامه‌ای ... هشدار داد», then «در این بخشنامه آمده است:»)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from khabar.extract import lexicons as lx
from khabar.extract.registry import Registry
from khabar.extract.speaker_refs import Ref
from khabar.extract.speaking_bodies import PAPERS, OrgRef, organization_at


@dataclass(frozen=True)
class Papers:
    """The papers of one reading: ``nouns``, a paper written with its «ای» or «ی» -> the
    paper («نامه‌ای» -> «نامه»); ``sending``, the nouns of «با ... نامه‌ای» («با ارسال
    نامه‌ای»); ``comma_between``, whether a comma may stand between the issuer and the paper
    («روابط عمومی دبیرخانه شورای اطلاع‌رسانی دولت، در اطلاعیه‌ای ...»)."""

    nouns: dict[str, str]
    sending: frozenset[str]
    comma_between: bool


def _written_with_a(papers: Iterable[str], with_i: Iterable[str]) -> dict[str, str]:
    """``papers`` with «ای», written apart or joined, and ``with_i`` with «ی» -> their keys."""
    nouns = {lx.key(w + end): lx.key(w) for w in papers for end in ("\u200cای", "ای")}
    return nouns | {lx.key(w + "ی"): lx.key(w) for w in with_i}


# a person's papers and a body's, and a note («در یادداشتی»): their text may be given whole
WRITERS_PAPERS = Papers(
    _written_with_a(PAPERS | {"یادداشت"}, ["یادداشت"]),
    frozenset({"ارسال", "صدور", "انتشار"}),
    comma_between=True,
)
# papers a body issues, named again by «این ...» («در بخشنامه‌ای», «طی گزارشی», «با انتشار
# اطلاعیه‌ای»)
BODIES_PAPERS = Papers(
    _written_with_a(["بخشنامه", "بیانیه", "اطلاعیه", "ابلاغیه", "نامه"], ["گزارش"]),
    frozenset({"انتشار"}),
    comma_between=False,
)
_BY_WAY = frozenset({"در", "طی"})  # «در نامه‌ای», «طی بیانیه‌ای»
_COMMAS = frozenset({"،", ",", ":"})


def papers_named(keys: list[str], papers: Papers) -> bool:
    """Whether the article names one of ``papers`` (``paper_issued`` finds one in a sentence
    only then): one test of its distinct keys, not one of each sentence's."""
    return not papers.nouns.keys().isdisjoint(lx.distinct(keys))


def paper_issued(
    keys: list[str],
    a: int,
    b: int,
    reg: Registry,
    start: Callable[[int], int],
    words: list[str],
    papers: Papers,
) -> tuple[str, Ref, int] | None:
    """(the paper's noun, who issued it, ``a``) when the sentence ``a:b`` tells of a person or a
    body issuing one of ``papers``: the person or body opening the clause before it, or None
    for anyone else; None when the sentence tells of none. ``start``: where the subject of a
    clause that ends at a token may open (``subject_start``)."""
    if papers.nouns.keys().isdisjoint(keys[a + 1 : b]):
        return None  # most sentences: no paper's noun, looked for in C
    for k in range(a + 1, b):
        paper = papers.nouns.get(keys[k])
        if paper is None:
            continue
        if keys[k - 1] in _BY_WAY:
            way = k - 1
        elif k - 2 > a and keys[k - 2] == "با" and keys[k - 1] in papers.sending:
            way = k - 2
        else:
            continue
        s = start(way)
        if s not in reg.by_token and (title := lx.honorifics().match(keys, s)):
            s = title[0]  # «دکتر سعید نمکی ... در نامه‌ای»
        if (pkey := reg.by_token.get(s)) is not None:
            return paper, pkey, a
        org = organization_at(keys, s, way, words)
        if org and not papers.comma_between and any(keys[t] in _COMMAS for t in range(org[1], way)):
            org = None
        return paper, (OrgRef(org[0]) if org else None), a
    return None
