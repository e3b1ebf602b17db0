"""Character-level repair: Arabic letter forms, kashida, diacritics, odd spaces, bidi marks,
control characters, ZWNJ/ZWJ garbage and spacing around punctuation.

Digits are left as written: ``khabar.extract.numbers.parse_number`` reads any script.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from khabar.letters import REPAIR_LETTERS, ZWNJ
from khabar.text.offsets import Edit

# Arabic code points that have a Persian counterpart, and odd spaces.
_LETTER_MAP = {
    **REPAIR_LETTERS,
    "\t": " ",
    "\u00a0": " ",
    "\u1680": " ",
    "\u202f": " ",
    "\u205f": " ",
    "\u3000": " ",
    "\u2028": "\n",
    "\u2029": "\n",
    "\u0085": "\n",
    "\r": "\n",
}
_LETTER_MAP.update({chr(c): " " for c in range(0x2000, 0x200B)})

# Deleted outright: kashida, harakat and Quranic marks, bidi controls, ZWJ, BOM, soft hyphen.
_DELETE = (
    "\u0640\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"
    "\u200b\u200d-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff\u00ad"
)
_CONTROL = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f"
_SURROGATE = "\ud800-\udfff"
_PRESENTATION = "\ufb50-\ufdff\ufe70-\ufefe"

# One character for one (ي -> ی, an odd space -> a space): replaced with ``str.replace``,
# a few scans of the whole text, instead of one edit per character. CR stays out: CR LF is
# one line break.
_ONE_FOR_ONE = {c: r for c, r in _LETTER_MAP.items() if c != "\r"}
# Every other character to change, or CR LF together; spelled with the class first (not
# «\r\n|[...]») so that ``re`` jumps from one candidate character to the next.
_CHAR_RE = re.compile("[\r" + _DELETE + _CONTROL + _SURROGATE + _PRESENTATION + "](?:(?<=\r)\n)?")


# A kashida standing alone is a dash between items, as typesetters write one: between spaces
# («حسن الف ـ علی ب ـ …», «خبرگزاری فارس ـ گروه اندیشه»), opening a line before a space, or
# after a number («۱ ـ افشید …», «۱ـ افشید …»). Deleted like the stretch inside a word, it
# ran the items together; it becomes «-», the dash the rules read as a separator. A run of
# them («ــ») is one dash. Glued to a letter or a ZWNJ it is still a stretch, and deleted.
_SPACE = " \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
_DASH_RE = re.compile(
    f"(?:(?<=[{_SPACE}\r\n\u0085\u2028\u20290-9\u0660-\u0669\u06f0-\u06f9])|^)\u0640+(?=[{_SPACE}])"
)
DASH = "-"


def _char_replacement(m: re.Match[str]) -> str:
    s = m.group()
    if s == "\r\n":
        return "\n"
    if s in _LETTER_MAP:
        return _LETTER_MAP[s]
    o = ord(s)
    if 0xD800 <= o <= 0xDFFF:
        return "\ufffd"  # keep a visible trace of undecodable input
    if 0xFB50 <= o <= 0xFEFE:
        folded = unicodedata.normalize("NFKC", s)
        return "".join(_LETTER_MAP.get(c, c) for c in folded if not _DELETE_RE.match(c))
    return ""


_DELETE_RE = re.compile("[" + _DELETE + _CONTROL + "]")


def character_edits(text: str) -> list[Edit]:
    """Letter forms, deletions and space unification.

    The one-for-one replacements come as edits of the same length over the stretches between
    the other edits (the offset map keeps none of them: they move no offset), the others as
    one edit per changed character (or CR LF).
    """
    edits = []
    known = _REPLACEMENTS
    new = tuple.__new__  # Edit's own constructor is slow at one edit per character
    for m in _CHAR_RE.finditer(text):
        s = m.group()
        rep = known.get(s)
        if rep is None:
            rep = known[s] = _char_replacement(m)  # bounded: the class is finite
        if rep != s:
            edits.append(new(Edit, (*m.span(), rep)))
    if "\u0640" in text:  # the kashidas' deletions, a dash's first made «-»
        dashes = {m.start() for m in _DASH_RE.finditer(text)}
        edits = [new(Edit, (e[0], e[1], DASH)) if e[0] in dashes else e for e in edits]
    letters = text
    # each character sought by ``in`` (a byte search in C), not all of them by one scan of
    # ``re``, which tests every character against the class; no replacement is another's
    # character, so the order of the replacements does not matter
    for c, r in _ONE_FOR_ONE.items():
        if c in letters:
            letters = letters.replace(c, r)
    if letters is text:
        return edits
    out, last = [], 0
    for e in [*edits, Edit(len(text), len(text), "")]:  # the others' characters stay as read
        if text[last : e.start] != letters[last : e.start]:
            out.append(Edit(last, e.start, letters[last : e.start]))
        out.append(e)
        last = e.end
    return out[:-1]


_REPLACEMENTS: dict[str, str] = {}


_ARABIC_LETTER_RE = re.compile("[\u0621-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff]")
_CLOSING = "،؛:؟!."
_AFTER_LETTER = "\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc"
# Every alternative starts with a literal character, so that ``re`` jumps from one space,
# ZWNJ or mark to the next instead of trying the pattern at every position; the kind of a
# match is read from its characters (a ZWNJ run, a space run, or a mark).
# Letters for ``_is_letter`` beyond doubt: a lone ZWNJ between two of them, which is most
# ZWNJs and needs no edit, is not even matched.
_SURE_LETTER = "[\u0621-\u064a\u066e-\u06d3\u06d5\u06fa-\u06fc\u06ff]"
_SPACING_RE = re.compile(
    # the runs that open with a space, after one test of what follows it: most spaces stand
    # alone between two words and need no work; every alternative below first looks past
    # the space for another space, a ZWNJ, a mark, a line's end, or a line start before it
    " (?=[ \u200c،؛:؟!.]|$|(?<=^ ))(?:"
    # ZWNJ runs, with any spaces around them
    " *\u200c[ \u200c]*"
    # space runs that need work: doubled, at a line start or end, before closing punctuation
    "| +|(?<=^ ) *| *$| *(?=[،؛:؟!.](?:\\s|$)))"
    # ZWNJ runs opening with a ZWNJ
    f"|\u200c(?:(?<!{_SURE_LETTER}\u200c)|(?!{_SURE_LETTER}))[ \u200c]*"
    # a missing space after a mark before a letter («گفت:در»)
    + "".join(f"|{mark}(?=[{_AFTER_LETTER}])" for mark in "،؛:؟!"),
    re.MULTILINE,
)


def spacing_edits(text: str, near: list[tuple[int, int]] | None = None) -> list[Edit]:
    """ZWNJ garbage (doubled, beside spaces, at word edges), space runs, punctuation spacing:
    «کرد .» -> «کرد.», «گفت:در» -> «گفت: در».

    ``near``: sorted spans where the text last changed. Spacing edits can uncover one
    another («ا‌،ا»: the dropped ZWNJ leaves «ا،ا»), but only there: every alternative of
    the pattern looks at most two characters around what it matches, so the rest of the text
    needs no new scan.
    """
    edits = []
    n = len(text)
    for m in _SPACING_RE.finditer(text) if near is None else _matches_near(text, near):
        s, e = m.start(), m.end()
        run = m.group()
        at_edge = s == 0 or text[s - 1] == "\n" or e == n or text[e] == "\n"
        if ZWNJ in run:
            if " " in run:
                rep = "" if at_edge else " "
            else:
                joins = 0 < s and e < n and _is_letter(text[s - 1]) and _is_letter(text[e])
                rep = ZWNJ if joins else ""
            if rep != run:
                edits.append(Edit(s, e, rep))
        elif run[0] == " ":
            before_closing = (
                not at_edge
                and text[e] in _CLOSING
                and (e + 1 == n or text[e + 1].isspace())
                and _ARABIC_LETTER_RE.match(text[s - 1])
            )
            if at_edge or before_closing:
                edits.append(Edit(s, e, ""))
            elif e - s > 1:
                edits.append(Edit(s, e, " "))
        elif s > 0 and _ARABIC_LETTER_RE.match(text[s - 1]):
            edits.append(Edit(e, e, " "))
    return edits


_NEAR = 3  # characters around a change that a match may depend on


def _matches_near(text: str, near: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """The matches a whole scan would find that start around ``near``."""
    n = len(text)
    done = 0  # end of the last match: matches never overlap
    for start, end in near:
        lo = max(done, start - _NEAR)
        while lo > done and text[lo - 1] in " \u200c":  # a run is matched from its start
            lo -= 1
        last = min(n, end + _NEAR)  # the last start to try
        hi = last
        while hi < n and text[hi] in " \u200c":
            hi += 1
        # the scan stops two characters past the run there: what a match starting by
        # ``last`` looks at, and no «$» is seen where the text goes on
        for m in _SPACING_RE.finditer(text, lo, min(n, hi + 2)):
            if m.start() > last:
                break
            done = m.end()
            yield m


def _is_letter(c: str) -> bool:
    return c.isalpha() or unicodedata.category(c) == "Mn"


# A reporting verb before its colon written into the word before it: «... نیزگفت:»,
# «کاوهگفت:», «جلسهافزود:», «وگفت:», «نوبختاظهارداشت:», «ویاظهارداشت:», «فوزیبرهومتصریح
# کرد:». No Persian word ends so but the verb's own forms («می‌گفت», «نمیگفت», «نگفت», «بگفت»,
# «شگفت», «بیافزود»), whose heads are one letter or a prefix of the verb; a head joined by a
# ZWNJ is the verb's own («می‌گفت»). «اظهار» and «تصریح» end no other word.
_GLUED_VERBS = ("گفت:", "افزود:", "اظهارداشت:", "اظهار داشت:", "اظهار کرد:", "تصریح کرد:")
_VERB_PREFIXES = frozenset({"می", "نمی", "همی", "بی", "نی"})
# The letters of a Persian word, Arabic forms too: where a word run into another starts.
LETTERS = frozenset(
    [chr(c) for c in range(0x0621, 0x064B)] + list("\u067e\u0686\u0698\u06a9\u06af\u06cc")
)


def glued_verb_edits(text: str) -> list[Edit]:
    """A space between a reporting verb before its colon and the word written into it:
    «نیزگفت:» -> «نیز گفت:» (found by a plain search for the verb and its colon)."""
    edits = []
    for verb in _GLUED_VERBS:
        at = text.find(verb)
        while at != -1:
            s = at
            while s > 0 and text[s - 1] in LETTERS:
                s -= 1
            head = text[s:at]
            if (
                (len(head) > 1 or head == "و")
                and head not in _VERB_PREFIXES
                and (s == 0 or text[s - 1] != ZWNJ)
            ):
                edits.append(Edit(at, at, " "))
            at = text.find(verb, at + len(verb))
    return sorted(edits, key=lambda e: e.start)
