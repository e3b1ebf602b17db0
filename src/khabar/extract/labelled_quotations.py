"""A quotation under its speaker's label in the body, with no verb of saying: «آیت الله
سیستانی: «هر چیزی که خلاف قوانین کشور باشد ... حرام است.»», a ruling or a view set out
speaker by speaker, each label opening a line, or run on after a question or the closing mark
of the quotation before («... تعلق می‌گیرد؟مقام معظم رهبری: «اگر از درآمد کسب ...»»,
«»آیت الله مکارم شیرازی: «...»»). The label is exactly a person the article names (his
titles with him), a post, a body, or the Leader's post; a colon and an opening mark follow
it, and the mark's quotation, closed, is a sentence or more: the statement, a direct quote
with no verb. A label of the page («منبع:», «عکس:», «کد خبر:») names no one, and an agency
before a colon opens a dateline («خبرگزاری فارس: «...»»), no statement. A title's «X: ...»
and an interview's answers under their labels are read elsewhere (``headline_quotes``,
``answers``).
"""

from __future__ import annotations

from bisect import bisect_left

from khabar.extract import lexicons as lx
from khabar.extract.clause_words import CLOSING_MARKS, CLOSING_QUOTE, FINAL
from khabar.extract.leader_anaphors import leader_meant
from khabar.extract.quotes_without_verb import Cue
from khabar.extract.registry import Registry
from khabar.extract.speaker_refs import Ref, named_subject
from khabar.extract.speaking_bodies import OrgRef, organization_at
from khabar.model import Quote
from khabar.text.offsets import Span

_LABEL = 6  # words of a label before its colon at most: «آیت الله مکارم شیرازی:»
_OPENING = frozenset({"«", "“"})  # a straight mark opens and closes alike: not read here
_REACH = 400  # words a quotation under a label holds at most, to its closing mark
_LEADER = (("مقام", "معظم", "رهبری"), ("رهبر", "معظم", "انقلاب"))


def labelled_quotations(
    tokens, keys, text: str, sentences, reg: Registry, post_at, held: set[Span]
) -> tuple[list[tuple[Span, int, int]], dict[Span, Cue]]:
    """``sentences`` with each labelled quotation a sentence of its own (from its label to
    its closing mark), and the quote of each such sentence; ``held``: the sentences already
    quoted (a title's, an answer's), left as they are."""
    colons = lx.positions(keys, (":",))  # most texts hold few, none followed by a mark
    found = [c for c in colons if keys[c + 1 : c + 2] and keys[c + 1] in _OPENING]
    if not found:
        return sentences, {}
    out: list[tuple[Span, int, int]] = []
    cues: dict[Span, Cue] = {}
    for sent, a, b in sentences:
        here = found[bisect_left(found, a) : bisect_left(found, b)]
        if sent in held or not here:
            out.append((sent, a, b))
            continue
        start = a
        for colon in here:
            label = _label(tokens, keys, text, a, colon, reg, post_at)
            if label is None or label[0] < start:
                continue
            s, ref = label
            close = _closing(keys, colon + 1)
            if close is None or not _statement(keys, colon + 1, close):
                continue
            if s > start:
                out.append((Span(tokens.starts[start], tokens.ends[s - 1]), start, s))
            end = min(close + 1, b)
            piece = Span(tokens.starts[s], tokens.ends[end - 1])
            out.append((piece, s, end))
            said = Span(tokens.starts[colon + 1], tokens.ends[close])
            cue = Span(tokens.starts[s], tokens.ends[colon])
            cues[piece] = Cue(Quote(None, "direct", "", said, piece, cue), ref, False)
            start = end
        if start < b:
            out.append((sent if start == a else Span(tokens.starts[start], sent.end), start, b))
    return out, cues


def _label(
    tokens, keys, text: str, a: int, colon: int, reg: Registry, post_at
) -> tuple[int, Ref] | None:
    """Where the label before ``colon`` opens and whom it names: a person, a post, a body or
    the Leader's post, all the words from a line's or the sentence's start, a closing mark
    or a full stop to the colon; None else."""
    for s in range(colon - 1, max(a, colon - _LABEL) - 1, -1):
        if not (s == a or keys[s - 1] in CLOSING_MARKS or keys[s - 1] in FINAL):
            if "\n" not in text[tokens.ends[s - 1] : tokens.starts[s]]:
                continue
        ref, end = named_subject(keys, s, colon, reg, post_at)
        if ref is not None and end == colon:
            return s, ref
        if tuple(keys[s:colon]) in _LEADER:
            return s, leader_meant(keys, s, colon, reg)
        if lx.agencies().match(keys, s):
            continue  # «خبرگزاری فارس: ...»: a dateline
        body = organization_at(keys, s, colon, tokens.words)
        if body is not None and body[1] == colon:
            return s, OrgRef(body[0])
    return None


def _closing(keys, opening: int) -> int | None:
    """The token of the mark closing the quotation opened at ``opening``, within reach."""
    close = CLOSING_QUOTE[keys[opening]]
    depth = 0
    for k in range(opening, min(len(keys), opening + _REACH)):
        if keys[k] == keys[opening]:
            depth += 1
        elif keys[k] == close:
            depth -= 1
            if depth == 0:
                return k
    return None


def _statement(keys, opening: int, close: int) -> bool:
    """Whether the quotation from ``opening`` to ``close`` is a sentence or more, closed by
    a full stop (not a name, a title or a term: «کارگردان: «...»»)."""
    return close - opening > 2 and keys[close - 1] in FINAL
