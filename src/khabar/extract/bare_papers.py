"""A paper going on with no «این» before it: «در بخش پایانی نامه آمده است:», «در ادامه اطلاعیه
آمده است:», «اطلاعیه اضافه کرده است:», «بیانیه می‌افزاید که». The paper is the one the
sentences before quote, and its words are whoever issued it, as «این نامه» is: only where that
kind of paper was named in those sentences, nothing names another's after the paper's word,
and the quote before is the issuer's (not «در بخش دیگر نامه آمده است» after «در نامه معاونت
مالی ... آمده است», given to no one, of whoever spoke paragraphs before)."""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.clause_words import PAPER_PARTS
from khabar.extract.speaker_refs import Ref
from khabar.extract.speaking_bodies import PAPERS, OrgRef, is_outlet

_LOOK_BACK = 160  # tokens: about the two sentences before
_HELD_SAYS = "آمده"
# the paper's part with no «از» after it, as it stands bare: «در بخش پایانی نامه»
_PARTS = [part for part in PAPER_PARTS if part[-1] != "از"] + [("بخش", "پایانی")]
# what may stand between a paper that is the subject and its verb of saying
_SUBJECT_AFTER = {"با", "همچنین", "نیز", "در", "ضمن"}
_ADDS = {lx.key(w) for w in ("اضافه", "افزوده", "تاکید", "تأکید")}
_SITES = {lx.key(w) for w in ("سایت", "وبسایت", "وب‌سایت")}


def paper_goes_on(
    keys: list[str], s: int, verb_at: int, last: Ref | None, last_ref: Ref
) -> int | None:
    """The end of a bare paper opening the clause at ``s`` whose words are ``last_ref``'s,
    the one who spoke the quote before (``last``) and may issue papers; or None."""
    if last != last_ref or not issues_papers(last_ref):
        return None
    return bare_paper(keys, s, verb_at)


def issues_papers(ref: object) -> bool:
    """Whether ``ref``, the last to speak, may be who issued a statement or a letter: a person
    or a body, not an outlet or a site that told of it («به نوشته وبسایت وزارت خارجه انگلیس،
    ... یک بیانیه مشترک منتشر کردند»)."""
    if not isinstance(ref, OrgRef):
        return isinstance(ref, str)
    return not is_outlet(ref.name) and lx.phrase_keys(ref.name)[0] not in _SITES


def bare_paper(keys: list[str], s: int, verb_at: int) -> int | None:
    """The end of a bare paper that opens the clause at ``s``, going on with the paper the
    sentences before quote («در ادامه اطلاعیه آمده است:»), or None."""
    if keys[s] == "در":
        k = next((s + 1 + len(p) for p in _PARTS if tuple(keys[s + 1 : s + 1 + len(p)]) == p), 0)
        if not k:
            return None
        paper = keys[k] if keys[k] in PAPERS else None
        end = k + 1 if paper else k
        if end != verb_at or keys[verb_at] != _HELD_SAYS:
            return None  # «در ادامه نامه وزیر آمده است»: another's paper, named
        return end if _named_before(keys, s, paper) else None
    if keys[s] not in PAPERS or s >= verb_at:
        return None
    after = keys[s + 1]
    if s + 1 != verb_at and after not in _SUBJECT_AFTER and after not in _ADDS:
        return None  # «بیانیه وزارت خارجه ...»: whose it is, named
    return s + 1 if _named_before(keys, s, keys[s]) else None


def _named_before(keys: list[str], s: int, paper: str | None) -> bool:
    """Whether a paper of that kind (any, for ``None``) was named in the sentences before
    ``s``, with «این» or as issued («در بیانیه‌ای», «این اطلاعیه»)."""
    kinds = {paper} if paper else PAPERS
    return any(
        any(keys[k].startswith(kind) for kind in kinds) for k in range(max(s - _LOOK_BACK, 0), s)
    )
