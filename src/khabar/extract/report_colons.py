"""A report's colon that opens no words of its own: «این گزارش حاکی است:» (or its comma)
followed by a clause with its own verb of saying and colon («این گزارش حاکی است: خانم دانیالی
"معاون ... نیز در این مراسم ... گفت: ...», «این گزارش حاکی است، وی افزود: ...»). The report
only relays what that speaker said: the sentence opens after its colon, so the speaker's verb
quotes them, and the report's words, left out, quote nothing (they would quote the speaker's
whole clause, cue and all)."""

from __future__ import annotations

from bisect import bisect_left

from khabar.extract import lexicons as lx
from khabar.extract.clause_words import COMMAS
from khabar.text.offsets import Span
from khabar.text.segment import TokenColumns

# the report's verb («حاکی است»: it tells of), and what may close it
_TELLS, _IS = lx.key("حاکی"), lx.key("است")
_CLOSED_BY = (":", *COMMAS)
_TO_OWN_COLON = 40  # words from the report's colon to the speaker's own at most
_VERB_WORDS = 3  # words of a reporting verb at most: «اظهار داشته است»


def after_report_colons(
    tokens: TokenColumns, keys: list[str], sentences: list[tuple[Span, int, int]]
) -> list[tuple[Span, int, int]]:
    """The sentences, one opening after «حاکی است:» (or «،») when a verb of saying and its
    own colon follow within the clause."""
    tells = [
        t + 2
        for t in lx.occurrences(keys, _TELLS)  # most articles: none
        if t + 3 < len(keys) and keys[t + 1] == _IS and keys[t + 2] in _CLOSED_BY
    ]
    if not tells:
        return sentences
    colons = lx.positions(keys, (":",))
    verbs = lx.reporting_verbs()
    out = []
    for sent, a, b in sentences:
        start = a
        for mark in tells[bisect_left(tells, a) : bisect_left(tells, b - 2)]:
            c = bisect_left(colons, mark + 1)
            own = colons[c] if c < len(colons) else b
            if own >= min(b, mark + _TO_OWN_COLON):
                continue
            if any(
                (m := verbs.match(keys, t)) is not None and m[0] == own
                for t in range(max(mark + 1, own - _VERB_WORDS), own)
            ):
                start = mark + 1  # the report's words quote nothing of their own
        out.append((sent if start == a else Span(tokens.starts[start], sent.end), start, b))
    return out
