"""A text given whole with no writer named in its clause («متن این نامه به شرح زیر است:», «به
گزارش ...، متن یادداشت به این شرح است:») is the paper the article told of just before, and its
writer is the one who issued it: «علی خاکی صدیق در نامه‌ای به معاونان آموزشی ... لغو کرد.»,
then «متن این نامه به شرح زیر است:»; «فرشید فرخ‌نژاد ... در یادداشتی ... عنوان کرد.», then
«متن یادداشت به این شرح است:». A group no one names («۲۱ نفر از نمایندگان مجلس در نامه‌ای
...») issues it for nobody the text names."""

from __future__ import annotations

from collections.abc import Callable

from khabar.extract import lexicons as lx
from khabar.extract.clause_openers import after_source
from khabar.extract.registry import Registry
from khabar.extract.speaker_refs import Ref
from khabar.extract.speaking_bodies import PAPERS, OrgRef, organization_at

_PAPERS = PAPERS | {"یادداشت"}  # a person's papers, and a note («در یادداشتی»)
_A_PAPER = {lx.key(w + "\u200cای"): lx.key(w) for w in _PAPERS}
_A_PAPER |= {lx.key(w + "ای"): lx.key(w) for w in _PAPERS} | {lx.key("یادداشتی"): lx.key("یادداشت")}
_BY_WAY = frozenset({"در", "طی"})  # «در نامه‌ای», «طی بیانیه‌ای»
_SENDING = frozenset({"ارسال", "صدور", "انتشار"})  # «با ارسال نامه‌ای»
_TEXT = "متن"
_WHOLE = "کامل"
_THIS = "این"
_SAID_BEFORE = frozenset({"فوق", "مذکور"})  # «متن نامه فوق»
_REACH = 120  # tokens from the sentence that tells of the paper to its text at most


def writer_of_paper(
    keys: list[str],
    a: int,
    b: int,
    reg: Registry,
    start: Callable[[int], int],
    words: list[str],
) -> tuple[str, Ref, int] | None:
    """(the paper's noun, who issued it, ``a``) when the sentence ``a:b`` tells of a person or a
    body issuing a paper («X در نامه‌ای ...», «X طی بیانیه‌ای ...», «X با ارسال نامه‌ای ...»):
    the person or body opening the clause before it, or None for anyone else; None when the
    sentence tells of none. ``start``: where the subject of a clause that ends at a token may
    open (``subject_start``)."""
    if _A_PAPER.keys().isdisjoint(keys[a + 1 : b]):
        return None  # most sentences: no paper's noun, looked for in C
    for k in range(a + 1, b):
        paper = _A_PAPER.get(keys[k])
        if paper is None:
            continue
        if keys[k - 1] in _BY_WAY:
            way = k - 1
        elif k - 2 > a and keys[k - 2] == "با" and keys[k - 1] in _SENDING:
            way = k - 2
        else:
            continue
        s = start(way)
        if s not in reg.by_token and (title := lx.honorifics().match(keys, s)):
            s = title[0]  # «دکتر سعید نمکی ... در نامه‌ای»
        if (pkey := reg.by_token.get(s)) is not None:
            return paper, pkey, a
        org = organization_at(keys, s, way, words)
        return paper, (OrgRef(org[0]) if org else None), a
    return None


def text_given(keys: list[str], a: int, verb_at: int) -> str | None:
    """The paper's noun when the clause ``a:verb_at``, past its source, is «متن» and a paper with
    no one named: «متن (کامل) (این) نامه (فوق)»; None otherwise."""
    k = after_source(keys, a, verb_at)
    if keys[k : k + 1] != [_TEXT]:
        return None
    k += 1
    k += keys[k : k + 1] == [_WHOLE]
    k += keys[k : k + 1] == [_THIS]
    if k >= verb_at or keys[k] not in _A_PAPER.values():
        return None
    paper = keys[k]
    k += 1
    k += k < verb_at and keys[k] in _SAID_BEFORE
    return paper if k == verb_at else None


def given_by(
    keys: list[str], a: int, verb_at: int, told: tuple[str, Ref, int] | None
) -> tuple[Ref] | None:
    """(the writer,) when the clause ``a:verb_at`` gives whole the paper ``told`` of (by
    ``writer_of_paper``) at most ``_REACH`` tokens before; None otherwise."""
    if told is None or told[2] + _REACH < a or text_given(keys, a, verb_at) != told[0]:
        return None
    return (told[1],)
