"""A quotation that runs past its line: a piece quoted after its verb's colon, its opening
mark not closed on that line but at the end of a later one («این روزنامه در ادامه می‌نویسد:"سپاه،
ارتش و پلیس ... اعمال کنند.» ... «... به کرونا مبتلا شده است".»), the lines between being
its own. What they tell («دولت ایران چند روز پیش اعلام کرد که ...», «او گفته بود که ...») is
nested in the quotation, not a statement of the article's; names quoted in pairs inside it
(«"حسین شیخ الاسلام"») leave it open."""

from __future__ import annotations

import re

from khabar.extract.clause_words import CLOSING_QUOTE

_LINES = 40  # lines a quotation may run on over: a foreign paper's piece told at length
_AFTER_CLOSING = " .!?؟"  # what may follow the closing mark to its line's end
# a line where the writer tells of the piece itself, its speaker a pronoun («او در این پیام
# تأکید کرد: ...»): the writer's own words, so the piece ran over no line to it
_WRITER_TELLS = re.compile(
    r"(?:او|وی) (?:در|طی) (?:این|همین|ادامه این|ادامه همین) "
    r"(?:پیام|یادداشت|نامه|مطلب|گزارش|توییت|توئیت|مقاله|متن)\S* [^:«»\n]{0,60}:"
)


def _balance(segment: str, mark: str, depth: int) -> tuple[int, int]:
    """The depth after ``segment`` of a quotation opened by ``mark``, and where in it the
    depth came back to 0 (-1 if it did not). A straight mark closes whichever of its pairs
    is open: on a line, the last of an odd count closes the quotation."""
    if mark == '"':
        count = segment.count('"')
        if count % 2 == 0:
            return depth, -1
        return 0, segment.rfind('"')
    closing = CLOSING_QUOTE[mark]
    for k, ch in enumerate(segment):
        if ch == mark:
            depth += 1
        elif ch == closing:
            depth -= 1
            if depth == 0:
                return 0, k
    return depth, -1


def run_on_end(text: str, start: int) -> int | None:
    """The end of the line whose last mark closes the quotation opened at ``start``, when it
    is not closed on its own line and closes at a later line's end (only a full stop or
    nothing after the mark), within ``_LINES`` lines; else None."""
    mark = text[start : start + 1]
    if mark not in CLOSING_QUOTE:
        return None
    end = text.find("\n", start)
    if end < 0:
        return None
    depth, closed = _balance(text[start + 1 : end], mark, 1)
    if closed >= 0:
        return None  # closed on its own line
    for _ in range(_LINES):
        begin = end + 1
        end = text.find("\n", begin)
        end = len(text) if end < 0 else end
        if begin >= end:
            return None
        line = text[begin:end]
        if _WRITER_TELLS.match(line):
            return None
        depth, closed = _balance(line, mark, depth)
        if closed >= 0:
            return end if not line[closed + 1 :].strip(_AFTER_CLOSING) else None
        if end == len(text):
            return None
    return None
