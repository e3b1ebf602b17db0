"""``finditer`` that tries a pattern only where a cheap trigger pattern matches.

``re`` scans fast only for a pattern that starts with a literal or a character class: it
then jumps from one candidate character to the next. The date and number patterns start
with a lookbehind (a word boundary), so ``re`` runs the whole pattern at every position.
Here a trigger (a digit, a month name ...) finds the candidates and the pattern is matched
there only; the matches are exactly those of ``pattern.finditer``, provided every match of
``pattern`` starts where one of the triggers matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

# A digit that starts a word: the first digit of «۱۴۰۴» but not of «F16» or «کووید۱۹».
WORD_DIGIT = re.compile(r"\d(?<![\w\u200c]\d)")
# The first digit of a run of digits, whatever stands before it.
RUN_DIGIT = re.compile(r"\d(?<!\d\d)")


def word_start(words: Iterable[str]) -> re.Pattern[str]:
    """A trigger for any of ``words`` where a word starts (no letter, digit or ZWNJ before).

    Alternatives grouped by first letter, each checking the boundary right after that
    letter: most occurrences of a letter are inside a word and fail there at once.
    """
    by_first: dict[str, list[str]] = {}
    for w in sorted(set(words), key=len, reverse=True):
        by_first.setdefault(w[0], []).append(re.escape(w[1:]))
    return re.compile(
        "|".join(
            rf"{re.escape(c)}(?<![\w\u200c]{re.escape(c)})(?:{'|'.join(rests)})"
            for c, rests in by_first.items()
        )
    )


def finditer_at(
    pattern: re.Pattern[str], triggers: tuple[re.Pattern[str], ...], text: str
) -> Iterator[re.Match[str]]:
    """The non-empty matches of ``pattern.finditer(text)``, tried only at trigger matches."""
    upcoming = [t.search(text) for t in triggers]  # each trigger's next match
    pos = 0
    while True:
        at = -1
        for k, m in enumerate(upcoming):
            if m is not None and m.start() < pos:
                m = upcoming[k] = triggers[k].search(text, pos)
            if m is not None and (at < 0 or m.start() < at):
                at = m.start()
        if at < 0:
            return
        m = pattern.match(text, at)  # lookbehinds still see the text before ``at``
        if m is not None and m.end() > at:
            yield m
            pos = m.end()
        else:
            pos = at + 1
