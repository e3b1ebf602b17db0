"""Layout repair: a leading ``date`` header, site furniture, hard line wraps, repeated paragraphs.

All functions see the text after character repair and return edits; paragraphs end up
one per line.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from functools import cache

from khabar.lexicon import rows
from khabar.text.blank_lines import hard_wrap_width
from khabar.text.offsets import Edit

_DATE_HEADER_RE = re.compile(r"\s*date\s+(\d{4}-\d{2}-\d{2})(?:[ T][\d:.]+Z?)?\s+")


def date_header(text: str) -> tuple[list[Edit], str | None]:
    """A scraper's ``date YYYY-MM-DD`` header: removed from the text, returned as metadata."""
    m = _DATE_HEADER_RE.match(text)
    if not m:
        return [], None
    end = m.end()
    while more := _DATE_HEADER_RE.match(text, end):  # a scraper may repeat it
        end = more.end()
    return [Edit(0, end, "")], m.group(1)


def _lines(text: str) -> list[tuple[int, int]]:
    """Each line's start and end, its newline left out, from the lengths of the lines split
    in C (a ``str.find`` a line costs about a thousand instructions on this interpreter)."""
    out = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        out.append((start, end))
        start = end + 1
    return out


# A tail pattern, anchored at the end, with the literal strings each of its matches holds.
Tail = tuple[re.Pattern[str], list[str]]


def _either(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns) or "(?!)"


class _Lines:
    """Patterns a furniture line matches one of, whole. A line is tried only against those
    that may begin with its first character, then those that may begin with any: ``re``
    entered each of some fifty alternatives at every line, most of them to fail at their
    first character."""

    def __init__(self, patterns: list[str]) -> None:
        firsts = [_first_characters(p) for p in patterns]
        anywhere = [p for p, f in zip(patterns, firsts, strict=True) if f is None]
        by_first: dict[str, list[str]] = {}
        for p, f in zip(patterns, firsts, strict=True):
            for c in sorted(f or ()):
                by_first.setdefault(c, []).append(p)
        self.anywhere = re.compile(_either(anywhere))
        self.sources = {c: _either(ps) for c, ps in by_first.items()}
        self.by_first: dict[str, re.Pattern[str]] = {}  # compiled when first needed

    def fullmatch(self, line: str) -> bool:
        """Does the stripped ``line`` match one of the patterns whole?"""
        c = line[:1]
        first = self.by_first.get(c)
        if first is None and c in self.sources:
            first = self.by_first[c] = re.compile(self.sources[c])
        if first is not None and first.fullmatch(line):
            return True
        return self.anywhere.fullmatch(line) is not None


@cache
def _boilerplate() -> tuple[_Lines, _Lines, list[Tail]]:
    by_kind: dict[str, list[str]] = {"line": [], "edge": [], "tail": []}
    for row in rows("boilerplate.tsv"):
        by_kind[row[1] if len(row) > 1 else "line"].append(row[0])
    line = _Lines(by_kind["line"])
    edge = _Lines(by_kind["edge"])  # a line at the edges matches either
    tails = [(re.compile(f"(?:{p})\\Z"), _required_literals(p)) for p in by_kind["tail"]]
    return line, edge, tails


_QUANTIFIERS = frozenset("?*+{")
_SPECIAL = frozenset(".^$")


def _closing(pattern: str, i: int) -> int:
    """The index after the group or character class that opens at ``pattern[i]``."""
    depth = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i += 2 if pattern[i + 1 : i + 2] == "^" else 1
            i += pattern[i : i + 1] == "]"  # a ``]`` first in a class is one of its members
            while i < len(pattern) and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
            i += 1
        else:
            depth += (c == "(") - (c == ")")
            i += 1
        if depth == 0:
            return i
    return i


def _alternatives(pattern: str) -> list[str]:
    """The alternatives of ``pattern`` at its top level."""
    out, start, i = [], 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
        elif c in "([":
            i = _closing(pattern, i)
        elif c == "|":
            out.append(pattern[start:i])
            i = start = i + 1
        else:
            i += 1
    return [*out, pattern[start:]]


def _first_characters(pattern: str) -> set[str] | None:
    """The characters a match of ``pattern`` in a stripped line may begin with (none when in
    doubt): those of a literal character, a class of plain characters or a group that opens
    each of its alternatives, and of what follows an atom made optional; leading spaces
    (``\\s*``) match nothing at a stripped line's start."""
    out: set[str] = set()
    for alternative in _alternatives(pattern):
        firsts = _opening(alternative)
        if firsts is None:
            return None
        out |= firsts
    return out


def _opening(sequence: str) -> set[str] | None:
    """``_first_characters`` of a sequence of atoms (no alternatives at its top level)."""
    if sequence.startswith("\\s*"):
        return _opening(sequence[3:])
    c = sequence[:1]
    if c == "(":
        end = _closing(sequence, 0)
        inner = sequence[1 : end - 1]
        if inner.startswith("?"):  # lookarounds, flags, named groups: in doubt
            if not inner.startswith("?:"):
                return None
            inner = inner[2:]
        firsts = _first_characters(inner)
    elif c == "[":
        end = _closing(sequence, 0)
        members = sequence[1 : end - 1]
        if not members or members[0] == "^" or "\\" in members or "-" in members:
            return None
        firsts = set(members)
    elif not c or c in "\\.^$*+?{}[]()|":
        return None
    else:
        end, firsts = 1, {c}
    if firsts is None or sequence[end : end + 1] == "{":
        return None
    if sequence[end : end + 1] in ("?", "*"):  # the atom may be absent: what follows opens
        rest = _opening(sequence[end + 1 :])
        return None if rest is None else firsts | rest
    return firsts


def _required_literals(pattern: str) -> list[str]:
    """Runs of plain characters at the top level of ``pattern``: every match contains them
    (none when in doubt). A tail pattern whose literals are missing from the last line
    cannot match there, which spares a search at every position of that line."""
    if re.search(r"\(\?[aiLmsux-]", pattern):  # inline flags (case, verbose): no shortcut
        return []
    atoms: list[str | None] = []  # top-level atoms: a literal character, or None for any other
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "|":
            return []  # alternatives at the top level: nothing is sure
        if c in _QUANTIFIERS:
            if atoms:
                atoms[-1] = None
            i = pattern.index("}", i) + 1 if c == "{" and "}" in pattern[i:] else i + 1
            continue
        if c == "\\":
            escaped = pattern[i + 1 : i + 2]
            atoms.append(escaped if escaped and not escaped.isalnum() else None)
            i += 2
        elif c in "([":
            atoms.append(None)
            i = _closing(pattern, i)
        else:
            atoms.append(None if c in _SPECIAL else c)
            i += 1
    out, run = [], ""
    for atom in atoms:
        if atom is not None:
            run += atom
        elif run:
            out.append(run)
            run = ""
    return [*out, run] if run else out


def _tail_start(text: str, start: int, end: int, tails: list[Tail]) -> int | None:
    """Where the leftmost tail match in ``text[start:end]`` begins (it ends at ``end``)."""
    found = None
    for pattern, literals in tails:
        if all(text.find(lit, start, end) >= 0 for lit in literals):
            m = pattern.search(text, start, end)
            if m and (found is None or m.start() < found):
                found = m.start()
    return found


_FURNITURE_MAX = 200  # longer lines are content: skip the pattern scan


def boilerplate_edits(text: str) -> list[Edit]:
    """Delete furniture lines (anywhere, or only among the leading/trailing lines) and tails."""
    line_re, edge_re, tails = _boilerplate()
    lines = _lines(text)
    drop = [False] * len(lines)
    for i, (s, e) in enumerate(lines):
        if e - s <= _FURNITURE_MAX and line_re.fullmatch(text[s:e].strip()):
            drop[i] = True
    for order in (range(len(lines)), range(len(lines) - 1, -1, -1)):
        for i in order:
            s, e = lines[i]
            stripped = text[s:e].strip()
            if (
                stripped
                and not drop[i]
                and (
                    len(stripped) > _FURNITURE_MAX
                    or not (edge_re.fullmatch(stripped) or line_re.fullmatch(stripped))
                )
            ):
                break
            drop[i] = drop[i] or bool(stripped)
    edits = [Edit(s, min(e + 1, len(text)), "") for (s, e), d in zip(lines, drop, strict=True) if d]
    kept = [(s, e) for (s, e), d in zip(lines, drop, strict=True) if not d and text[s:e].strip()]
    if tails and kept:
        s, e = kept[-1]
        at = _tail_start(text, s, e, tails)
        if at is not None and at > s:
            edits.append(Edit(at, e, ""))
            edits.sort(key=lambda x: x.start)
    return edits


# A line ends a sentence or a clause with one of these marks, then closers, then spaces
# (``[.!?؟:؛…][»"”'’)\]]*\s*$``): read back from the end, so that a paragraph of many
# wrapped lines is not searched whole at each of them, which was quadratic in its length.
_TERMINAL_MARKS = frozenset(".!?؟:؛…")
_SENTENCE_MARKS = frozenset(".!?؟…")
_CLOSERS = frozenset("»\"”'’)]")
_JOINS_PREVIOUS_RE = re.compile(r"[،؛,.:;)»\]]")
_LIST_ITEM_RE = re.compile(r"(?:[-•*▪●]|[\d۰-۹]+[-.)])\s")
# Words that open a new paragraph in news, so a break before them is real even after a line
# without a full stop (a lead written without one, then «به گزارش ...»).
_OPENER_RE = re.compile(r"(?:به گزارش|به نقل از|وی |او |همچنین |گفتنی است|در ادامه)")
_WRAPPED_MIN = 60  # a wrapped line is a long one: titles and subheads are short
_TITLE_MAX = 100
_TITLE_LINES = 2  # a surtitle and a title at most
# A headline's decks, «... فوت شد / ۳۲۰۶ نفر در وضعیت شدید ...»: a slash between two words (not
# between digits, «۱۳۹۸/۱۲/۱۰»). 394 of the 448 titles of 100 characters or more of the shared
# news hold one; 24 of its 66,332 body lines of 60 or more hold one after no final mark, all of
# them subheads or verse.
_DECKS_RE = re.compile(r"[^\W\d_]\s*/\s*\w|\w\s*/\s*[^\W\d_]")


def _ends_with(marks: frozenset[str], text: str, start: int, end: int) -> bool:
    """``text[start:end]`` ends with one of ``marks``, then closers, then spaces."""
    while end > start and text[end - 1].isspace():
        end -= 1
    while end > start and text[end - 1] in _CLOSERS:
        end -= 1
    return end > start and text[end - 1] in marks


def _visible_len(text: str, start: int, end: int) -> int:
    """Characters of ``text[start:end]`` but ZWNJs: the ZWNJ step, which runs later, must not
    make a line long enough to be joined on a second repair."""
    return end - start - text.count("\u200c", start, end)


_DIGITS = frozenset("0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩")
_DECIMAL_MARKS = frozenset(".٫/")
_LIST_MARKS = frozenset(".)-")
_DATE_MARKS = frozenset("/:-")


def _digits_from(text: str, i: int, end: int) -> int:
    """The end of the run of digits at ``text[i:end]``."""
    while i < end and text[i] in _DIGITS:
        i += 1
    return i


def _broken_number(text: str, lines: list[tuple[int, int]], n: int) -> Edit | None:
    """The edit that rejoins a number the source broke at its decimal mark, between line
    ``n`` and the next («... معادل ۲۲.» then «۵ درصد ...»: ``۲۲.۵``): a digit and a mark end
    the line, a digit opens the next. A Persian sentence ends with its verb, so a line that
    ends with a number and a full stop was cut by a splitter that took the decimal point for
    one (1,377 such breaks in 291 articles of the shared news, all of them numbers). Not
    joined: a list item or a numbered heading after it («۱۳۷۶.» then «۱۰. جوادی آملی ...»,
    «۱۵.» alone on its line before the next item), and after a full stop a date or a time
    that ends the sentence («۱۳۹۸/۱۲/۱۰.», «سال ۱۳۹۸.»). A mark «٫» or «/» ends no sentence."""
    prev_start, prev_end = lines[n]
    s, e = lines[n + 1]
    mark_end = prev_end
    while mark_end > prev_start and text[mark_end - 1] in " \t":
        mark_end -= 1
    at = mark_end - 1  # the mark
    if at <= prev_start or text[at] not in _DECIMAL_MARKS or text[at - 1] not in _DIGITS:
        return None
    first = s
    while first < e and text[first] in " \t":
        first += 1
    after = _digits_from(text, first, e)
    if after == first:
        return None
    number = at - 1
    while number > prev_start and text[number - 1] in _DIGITS:
        number -= 1
    opened = number > prev_start and text[number - 1] == "("
    if after < e and text[after] in _LIST_MARKS and not (opened and text[after] == ")"):
        if after + 1 < e and text[after + 1] in " \t":
            return None  # a list item: «۱۰. جوادی آملی»
        if after + 1 == e:  # «۱۵.» alone: a heading, unless the number goes on below it
            below = lines[n + 2][0] if n + 2 < len(lines) else len(text)
            if below == len(text) or text[below] not in _DIGITS:
                return None
    if text[at] == "." and _ends_a_date(text, prev_start, number, at):
        return None
    return Edit(mark_end, first, "")


def _ends_a_date(text: str, line_start: int, number: int, mark: int) -> bool:
    """The number at ``text[number:mark]`` closes a date or a time («۱۳۹۸/۱۲/۱۰», «۱۲:۳۰»)
    or is a year after «سال»."""
    if number - 1 > line_start and text[number - 1] in _DATE_MARKS:
        return text[number - 2] in _DIGITS
    return mark - number == 4 and text.startswith("سال", max(line_start, number - 4), number)


def line_wrap_edits(text: str) -> list[Edit]:
    """Rejoin hard-wrapped lines, collapse blank lines, keep titles and real paragraphs.

    A break is a wrap when the line so far is long and has no sentence-final punctuation,
    or when the next line starts with punctuation that belongs to the previous one, or
    when it cuts a number at its decimal mark (``_broken_number``).
    Up to two leading short lines without a full stop (surtitle, title) stay on their own,
    and so does a long one whose decks a slash parts (``_DECKS_RE``): a title run into the
    lead would open the lead's first sentence.
    """
    edits: list[Edit] = []
    lines = [(s, e) for s, e in _lines(text) if text[s:e].strip()]
    if not lines:
        return [Edit(0, len(text), "")] if text else []
    if lines[0][0] > 0:
        edits.append(Edit(0, lines[0][0], ""))
    acc_start = lines[0][0]
    in_body = False
    kept_lines = 0
    wrapped_from = hard_wrap_width(text, lines)
    for n, ((prev_start, prev_end), (s, e)) in enumerate(zip(lines, lines[1:], strict=False)):
        if (joined := _broken_number(text, lines, n)) is not None:
            edits.append(joined)
            continue
        nxt = text[s:e]
        if _JOINS_PREVIOUS_RE.match(nxt):
            edits.append(Edit(prev_end, s, ""))
            continue
        if (
            wrapped_from
            and s - prev_end == 1
            and _visible_len(text, prev_start, prev_end) >= wrapped_from
            and not _LIST_ITEM_RE.match(nxt)
        ):
            edits.append(Edit(prev_end, s, " "))
            in_body = True
            continue
        # the paragraph so far is text[acc_start:prev_end]; only its end is looked at
        terminal = _ends_with(_TERMINAL_MARKS, text, acc_start, prev_end)
        in_body = (
            in_body
            or kept_lines >= _TITLE_LINES
            or _ends_with(_SENTENCE_MARKS, text, acc_start, prev_end)
            or (
                _visible_len(text, acc_start, prev_end) >= _TITLE_MAX
                and not _DECKS_RE.search(text, acc_start, prev_end)
            )
        )
        if (
            in_body
            and not terminal
            and _visible_len(text, acc_start, prev_end) >= _WRAPPED_MIN
            and not _LIST_ITEM_RE.match(nxt)
            and not _OPENER_RE.match(nxt)
        ):
            edits.append(Edit(prev_end, s, " "))
            continue
        if s - prev_end > 1:
            edits.append(Edit(prev_end, s, "\n"))
        acc_start = s
        kept_lines += 1
    last_end = lines[-1][1]
    if last_end < len(text):
        edits.append(Edit(last_end, len(text), ""))
    return edits


# [\W_]+ but for line breaks, with a class first (a fast scan): what a line's key drops
_FOLD_LINES_RE = re.compile(r"[\W_](?<!\n)(?:[\W_](?<!\n))*")
_REPEAT_MIN = 40  # folded characters: shorter lines (a title, «وی گفت:») may repeat legitimately
_REPEAT_COVER = 0.8
_HEAD = 8  # characters of a key sought in an earlier one before the whole key


def repeated_paragraph_edits(text: str) -> list[Edit]:
    """Drop a paragraph that repeats (nearly all of) an earlier one; the first copy stays."""
    edits = []
    keys = _line_keys(text)
    earlier = _EarlierKeys() if len(text) > _SCAN_MAX else _EarlierText()
    for (s, e), key in zip(_lines(text), keys, strict=True):
        if len(key) >= _REPEAT_MIN and earlier.covered(key):
            # delete the line with the newline before it, so no blank line is left
            edits.append(Edit(s - 1 if s > 0 else s, e if s > 0 else min(e + 1, len(text)), ""))
            continue
        earlier.add(key)
    return edits


# the ASCII characters the fold drops (all but letters, digits and the line break), deleted
# from the text's UTF-8 bytes at once: no byte of another character is an ASCII one
_ASCII_NOT_WORD = bytes(b for b in range(128) if not chr(b).isalnum() and b != ord("\n"))
# the other characters the fold drops that most articles hold: half-spaces, commas,
# guillemets, semicolons and question marks, each dropped by ``str.replace``
_COMMON_NOT_WORD = ("\u200c", "،", "«", "»", "؛", "؟")


def _line_keys(text: str) -> list[str]:
    """Each line of ``text`` folded to its letters and digits (``_FOLD_LINES_RE`` drops the
    rest): the characters that go from most lines are dropped in C first, and the pattern
    (a test of each character's category, the costliest step) runs only on a line that still
    holds another (``str.isalnum`` tests the same category)."""
    folded = text.encode("utf-8", "surrogatepass").translate(None, _ASCII_NOT_WORD)
    text = folded.decode("utf-8", "surrogatepass")
    for mark in _COMMON_NOT_WORD:
        if mark in text:
            text = text.replace(mark, "")
    return [k if k.isalnum() else _FOLD_LINES_RE.sub("", k) for k in text.split("\n")]


def _covers(old: str, key: str) -> bool:
    return key in old and len(key) >= _REPEAT_COVER * len(old)


class _EarlierText:
    """The keys of the paragraphs kept so far, for an article, by their length. A key covers
    an earlier one only if it is no longer (it lies within it) and at least ``_REPEAT_COVER``
    of its length: only the earlier keys of such a length are compared, one substring test
    each (most paragraphs differ in length; searching all earlier keys joined scanned every
    kept character at each line). Only keys as long as ``_REPEAT_MIN`` are kept."""

    def __init__(self) -> None:
        self.lengths: list[int] = []  # the kept keys' lengths, ascending
        self.keys: list[str] = []  # the kept keys, in that order

    def covered(self, key: str) -> bool:
        n = len(key)
        # from the first key as long as this one, to past the longest it may cover (a
        # bound a little past ``n / _REPEAT_COVER``: ``_covers`` compares exactly)
        lo = bisect_left(self.lengths, n)
        hi = bisect_right(self.lengths, int(n / _REPEAT_COVER) + 1, lo)
        if lo == hi:
            return False
        # the key's head is sought first, in those keys joined (no key holds a newline): a
        # short needle, found or ruled out in C at little cost
        near = self.keys[lo:hi]
        if key[:_HEAD] not in (near[0] if len(near) == 1 else "\n".join(near)):
            return False
        return any(_covers(old, key) for old in near)

    def add(self, key: str) -> None:
        if len(key) < _REPEAT_MIN:  # too short to hold a key that is compared
            return
        at = bisect_right(self.lengths, len(key))
        self.lengths.insert(at, len(key))
        self.keys.insert(at, key)


_SCAN_MAX = 100_000  # characters: a longer text indexes its keys (the scan grows as its square)
_WINDOW = 16  # characters of a key hashed at once
_STEP = 4


class _EarlierKeys:
    """The same for a long text, where searching all earlier keys at each line is quadratic.

    A key that covers ≥ 80% of an earlier one of length L holds its middle: being at least
    m = max(40, ⌈0.8 L⌉) long, it holds the earlier key's characters from L - m to m, at
    least 0.6 L ≥ 24 of them. So each kept key is indexed by its ``_STEP`` windows of
    ``_WINDOW`` characters from L - m on, and a key looks up its windows at every
    ``_STEP``-th character: one of them is such a window of each key it covers. Only the
    keys found so are compared.
    """

    def __init__(self) -> None:
        self.keys: list[str] = []
        self.windows: dict[int, list[int]] = {}

    def covered(self, key: str) -> bool:
        found = {
            n
            for t in range(0, len(key) - _WINDOW + 1, _STEP)
            for n in self.windows.get(hash(key[t : t + _WINDOW]), ())
        }
        return any(_covers(self.keys[n], key) for n in found)

    def add(self, key: str) -> None:
        n = len(self.keys)
        self.keys.append(key)
        if len(key) < _REPEAT_MIN:  # too short to hold a key that is compared
            return
        start = len(key) - max(_REPEAT_MIN, math.ceil(_REPEAT_COVER * len(key)))
        for k in range(start, start + _STEP):
            self.windows.setdefault(hash(key[k : k + _WINDOW]), []).append(n)
