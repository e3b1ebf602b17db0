"""A poem quoted in the news, line by line: its words are no one's name.

«امیر بدر و احد فاتح خیبر علی است / خدیجه! داماد تو، ساقی کوثر علی است»: a block of four
lines or more in a row, each of three to fourteen words that no full stop or colon ends,
where most lines rhyme with one of the next three (the same last two letters, or the same
last word, a refrain). A list of names one to a line is no poem: its lines hold fewer words,
or end in names that do not rhyme; nor is a table, whose rows open with a number or a dash.
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.people import Mention
from khabar.text.offsets import Span

_LEAST_LINES = 4
_WORDS = (3, 14)  # words of a line of verse
_RHYME = 2  # last letters two lines share
_REACH = 3  # lines ahead where a line's rhyme may be
_ENDS = (".", ":", "!", "؟", "?", "»", "؛", ";")
# what opens a row of a table or a list, no line of verse: a number, a dash, a bullet
_ROW_OPENERS = frozenset("0123456789۰۱۲۳۴۵۶۷۸۹-–*•[(")


def verse_spans(text: str) -> list[Span]:
    """The blocks of verse in ``text`` (module docstring), as character spans."""
    if text.count("\n") < _LEAST_LINES - 1:
        return []
    out: list[Span] = []
    run: list[tuple[int, int, str]] = []  # a run of lines like verse: start, end, line
    at = 0
    for line in [*text.split("\n"), ""]:  # "" ends the last run
        if _verse_like(line):
            run.append((at, at + len(line), line))
        else:
            if len(run) >= _LEAST_LINES and _rhymes(run):
                out.append(Span(run[0][0], run[-1][1]))
            run = []
        at += len(line) + 1
    return out


def _verse_like(line: str) -> bool:
    # split no further than one word past a line's most: a paragraph is not split whole
    words = line.split(None, _WORDS[1] + 1)
    if not _WORDS[0] <= len(words) <= _WORDS[1]:
        return False
    return words[0][0] not in _ROW_OPENERS and not words[-1].endswith(_ENDS)


def _rhymes(run: list[tuple[int, int, str]]) -> bool:
    ends = [lx.key(line.split()[-1]) for *_, line in run]
    rhymed = 0
    for k, end in enumerate(ends):
        ahead = ends[k + 1 : k + 1 + _REACH]
        if any(e == end or (len(end) > _RHYME and e[-_RHYME:] == end[-_RHYME:]) for e in ahead):
            rhymed += 1
    return 2 * rhymed >= len(ends)


def without_verse(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` but those inside a block of verse."""
    blocks = verse_spans(text)
    if not blocks:
        return mentions
    return [
        m
        for m in mentions
        if not any(b.start <= m.span.start and m.span.end <= b.end for b in blocks)
    ]
