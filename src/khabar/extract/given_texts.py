"""A text given whole with no writer named in its clause («متن این نامه به شرح زیر است:», «به
گزارش ...، متن یادداشت به این شرح است:») is the paper the article told of just before, and its
writer is the one who issued it: «علی خاکی صدیق در نامه‌ای به معاونان آموزشی ... لغو کرد.»,
then «متن این نامه به شرح زیر است:»; «فرشید فرخ‌نژاد ... در یادداشتی ... عنوان کرد.», then
«متن یادداشت به این شرح است:». A group no one names («۲۱ نفر از نمایندگان مجلس در نامه‌ای
...») issues it for nobody the text names."""

from __future__ import annotations

from khabar.extract.clause_openers import after_source
from khabar.extract.issued_papers import WRITERS_PAPERS
from khabar.extract.speaker_refs import Ref

_WRITTEN = frozenset(WRITERS_PAPERS.nouns.values())
_TEXT = "متن"
_WHOLE = "کامل"
_THIS = "این"
_SAID_BEFORE = frozenset({"فوق", "مذکور"})  # «متن نامه فوق»
_REACH = 120  # tokens from the sentence that tells of the paper to its text at most


def text_given(keys: list[str], a: int, verb_at: int) -> str | None:
    """The paper's noun when the clause ``a:verb_at``, past its source, is «متن» and a paper with
    no one named: «متن (کامل) (این) نامه (فوق)»; None otherwise."""
    k = after_source(keys, a, verb_at)
    if keys[k : k + 1] != [_TEXT]:
        return None
    k += 1
    k += keys[k : k + 1] == [_WHOLE]
    k += keys[k : k + 1] == [_THIS]
    if k >= verb_at or keys[k] not in _WRITTEN:
        return None
    paper = keys[k]
    k += 1
    k += k < verb_at and keys[k] in _SAID_BEFORE
    return paper if k == verb_at else None


def given_by(
    keys: list[str], a: int, verb_at: int, told: tuple[str, Ref, int] | None
) -> tuple[Ref] | None:
    """(the writer,) when the clause ``a:verb_at`` gives whole the paper ``told`` of (by
    ``paper_issued`` of ``WRITERS_PAPERS``) at most ``_REACH`` tokens before; None otherwise."""
    if told is None or told[2] + _REACH < a or text_given(keys, a, verb_at) != told[0]:
        return None
    return (told[1],)
