"""A report's colon that opens no words of its own: «این گزارش حاکی است:» followed by a clause
with its own verb of saying and colon («این گزارش حاکی است: خانم دانیالی "معاون ... نیز در
این مراسم ... گفت: ...», «این گزارش حاکی است: وی افزود: ...»). The report only relays what
that speaker said: the sentence opens after its colon, so the speaker's verb quotes them, and
the report's words, left out, quote nothing (they would quote the speaker's whole clause)."""

from __future__ import annotations

from bisect import bisect_left

from khabar.extract import lexicons as lx
from khabar.text.offsets import Span
from khabar.text.segment import TokenColumns

# the report's verb («حاکی است»: it tells of), before the colon
_TELLS = (lx.key("حاکی"), lx.key("است"))
_TO_OWN_COLON = 40  # words from the report's colon to the speaker's own at most
_VERB_WORDS = 3  # words of a reporting verb at most: «اظهار داشته است»


def after_report_colons(
    tokens: TokenColumns, keys: list[str], sentences: list[tuple[Span, int, int]]
) -> list[tuple[Span, int, int]]:
    """The sentences, one opening after «حاکی است:» when a verb of saying and its own colon
    follow within the clause."""
    colons = lx.positions(keys, (":",))  # most texts hold few: looked up, not searched for
    tells = [c for c in colons if c >= 2 and tuple(keys[c - 2 : c]) == _TELLS]
    if not tells:
        return sentences
    verbs = lx.reporting_verbs()
    out = []
    for sent, a, b in sentences:
        start = a
        for colon in tells[bisect_left(tells, a) : bisect_left(tells, b - 2)]:
            own = next((c for c in colons if colon < c < min(b, colon + _TO_OWN_COLON)), None)
            if own is None:
                continue
            if any(
                (m := verbs.match(keys, t)) is not None and m[0] == own
                for t in range(max(colon + 1, own - _VERB_WORDS), own)
            ):
                start = colon + 1  # the report's words quote nothing of their own
        out.append((sent if start == a else Span(tokens.starts[start], sent.end), start, b))
    return out
