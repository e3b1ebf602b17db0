"""Paragraphs, sentences and tokens with offsets into the repaired text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import accumulate

from khabar.text.offsets import Span, Token
from khabar.text.runs import cut_runs, holds_marks

# Sentence ends: . ! ? ؟ … (runs of them), with closing quotes/brackets kept in the sentence.
# Spelled with the class first (not «[...]+»): a pattern that opens with a repeat gives ``re``
# no first character to look for, and it tried the pattern at every position of the text.
_END_RE = re.compile(r"[.!?؟…][.!?؟…]*[»\"”’)\]]*")
_DIGIT = "0-9۰-۹٠-٩"
# The words that open a sentence telling of the one just quoted: «این نماینده», «وی», «او»;
# not the frame «این در حالی است که», whose clause may be of someone else
_ANAPHOR_RE = re.compile(r"(?:این\s(?!در\s)|وی\s|او\s)")
# A single letter before a period is an initial (م. رضایی) or an abbreviation (ج.ا.ا).
_INITIAL_RE = re.compile(r"(?:^|[\s(«.])[^\W\d_]\Z")
# «و ...» / «و…» is "and so on": the list, and its sentence, goes on (in 32 such ellipses of
# the shared news, none ends a sentence).
_AND_SO_ON_RE = re.compile(r"(?:^|[\s(«،])و ?\Z")
_L = "[A-Za-z\u0621-\u063a\u0641-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff]"
# Possessive quantifiers (``++``, ``*+``): nothing after a run could use a character given
# back, and ``re`` then keeps no backtracking state (~10% faster, same tokens).
TOKEN_RE = re.compile(
    r"(?:https?://|www\.)\S++"  # links stay whole
    # words with their ZWNJ parts; explicit Persian/Latin ranges scan faster than [^\W\d_],
    # which stays as the fallback for other scripts
    rf"|{_L}++(?:[\u200c'’-]{_L}++)*+"
    r"|[^\W\d_]++(?:[\u200c'’-][^\W\d_]++)*+"
    rf"|[{_DIGIT}]++(?:[.,٫٬/:][{_DIGIT}]++)*+"  # numbers, decimals, dates, times
    r"|\w++"
    r"|[^\w\s]"
)
# Every non-space character starts some token, so splitting at the whitespace before each
# token and the token (both kept by groups) leaves nothing between them but empty strings:
# offsets follow from the lengths alone, and no match object is made, which is most of the
# cost at this volume. The whitespace is taken by the pattern (``\s*+``), not stepped over
# by the search, which tried every alternative at each of its characters.
_TOKEN_SPLIT_RE = re.compile(rf"(\s*+)({TOKEN_RE.pattern})")
# Most tokens are words of letters with one space between them: such a run is one match of
# ``_RUNS_SPLIT_RE`` (a match costs far more than a character), its words and spaces cut
# apart after in C. A word after a space in a run opens with no «h» or «w», the letters a
# link opens with (``TOKEN_RE``'s first alternative): a run stops before one.
_WORD = rf"{_L}++(?:[\u200c'’-]{_L}++)*+"
_NO_LINK_FIRST = _L.replace("a-z", "a-gi-vx-z")  # no «h», no «w»
_RUNS_SPLIT_RE = re.compile(
    rf"(\s*+)({_WORD}(?: {_NO_LINK_FIRST}{_L}*+(?:[\u200c'’-]{_L}++)*+)++|{TOKEN_RE.pattern})"
)
# The same tokens by a pattern ``re`` runs faster, for a text where no two of a space and a
# ZWNJ stand together and no link is written (``_flat_safe``): a run's letters, single spaces
# and ZWNJs between letters are one class scanned in one loop (no step per word), given back
# to its last letter; a hyphen's or an apostrophe's word goes on word by word as before. Its
# runs may hold a word opening with «h» or «w»: cut at its spaces, the same tokens. A link is
# tried first: where one opens, no run did (its «http» or «www» is followed by «:» or «.»),
# and a lone word is the token it was.
_LINK, _OTHER_TOKENS = TOKEN_RE.pattern.split(f"|{_WORD}|")
_RUNS_FLAT_RE = re.compile(
    rf"(\s*+)({_LINK}|{_L}(?:[{_L[1:-1]} \u200c]*{_L})?"
    rf"(?:[\u200c'’-]{_L}++| {_NO_LINK_FIRST}{_L}*+)*+|{_OTHER_TOKENS})"
)


def _flat_safe(text: str) -> bool:
    """Whether ``_RUNS_FLAT_RE`` cuts ``text`` into the tokens ``_RUNS_SPLIT_RE`` does (three
    scans in C, about 17 instructions a character, where the flat runs save about 75)."""
    return "://" not in text and "www." not in text and "  " not in text.replace("\u200c", " ")


def paragraphs(text: str) -> list[Span]:
    out = []
    start = 0
    new = tuple.__new__  # a Span made in C: NamedTuple's own constructor is a Python call
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            out.append(new(Span, (start, end)))
        start = end + 1
    return out


# A quotation a colon opens («... می‌گوید: «...») while another is still open
_COLON_QUOTE_RE = re.compile(r":\s*«")
_ENDS_A_SENTENCE_RE = re.compile(r"[.!?؟][»\"”’)\]]*\s")
_GUILLEMET_RE = re.compile("[«»]")


def _never_closed(chunk: str) -> dict[int, int]:
    """Where a sentence ends in ``chunk`` though a quotation is open, and how many were left
    open there: at the last sentence end before a colon opens another quotation while one
    opened before that end is open («وی اضافه می‌کند: « ما ... انجام داده‌ایم. این مسئول
    درباره سندرز می‌گوید: « ...»: an interview's turns, each opened and none closed but the
    last). Not a quotation quoted inside another before any sentence of it ends («گفت: «او
    نوشت: «...»»»)."""
    if _COLON_QUOTE_RE.search(chunk) is None:
        return {}
    out: dict[int, int] = {}
    stack: list[int] = []
    for m in _GUILLEMET_RE.finditer(chunk):  # the marks alone, not every character
        k, c = m.start(), m.group()
        if c == "«":
            if stack and chunk[:k].rstrip().endswith(":"):
                ends = list(_ENDS_A_SENTENCE_RE.finditer(chunk, stack[-1], k))
                if ends:
                    out[ends[-1].end() - 1] = len(stack)
                    stack.clear()
            stack.append(k)
        elif c == "»" and stack:
            stack.pop()
    return out


def sentences(text: str, paras: list[Span] | None = None) -> list[Span]:
    """Split each paragraph at sentence-final punctuation.

    Not an end: a period between digits (۴.۸), after an initial, inside a «...» quote that
    closes in the same paragraph, or when the next character is not a space (URLs, ۱۲.۵) nor
    a wire's two stars that open the next item («.** حضرت آیت‌الله ...») nor, after a closing
    guillemet, an opening one («... است.»«کلونی» ...) or «این», «وی», «او» («... شود.»این
    نماینده ... گفت»). A quotation never closed ends its sentence
    where a colon opens another past it (``_never_closed``).
    A full stop with a comma right after it («... قرار گیرد.، سرپرست ...», a digest's items)
    ends the sentence past the comma.
    A colon never ends a sentence: «وی افزود: ...» is one sentence with its quote.
    """
    out: list[Span] = []
    for para in paras if paras is not None else paragraphs(text):
        start = para.start
        depth = 0
        pos = para.start
        chunk = text[para.start : para.end]
        last_close = para.start + chunk.rfind("»")  # a quote open at ``end`` closes before it
        unclosed = _never_closed(chunk) if "«" in chunk else {}
        # a paragraph without guillemets opens and closes no quotation: none counted
        marks = "«" in chunk or "»" in chunk
        for m in _END_RE.finditer(chunk):
            g = m.group()
            if marks:
                depth += chunk.count("«", pos - para.start, m.start()) - chunk.count(
                    "»", pos - para.start, m.start()
                )
            pos = para.start + m.start()
            end = para.start + m.end()
            # «... منحرف کنند .** حضرت آیت‌الله ...»: a wire's two stars open the next item
            # not «...*», nor «.* فارس:» of an interview's turns
            star = text[end : end + 2] == "**" and g == "."
            # «... کشف نشده است.»«کلونی» در پایان مقاله خود ...»: a quotation closed and the
            # next opened at once, the line break between them lost (19 in the shared news)
            reopens = text[end] == "«" and g[-1] == "»" if end < para.end else False
            # «... تشکیل شود.»این نماینده مجلس همچنین اظهار داشت:»: a quotation closed and
            # «این», «وی» or «او» at once, the space or line break after it lost
            if end < para.end and g[-1] == "»" and _ANAPHOR_RE.match(text, end):
                reopens = True
            if end < para.end and text[end] == "،" and g == ".":
                end += 1  # «... قرار گیرد.، سرپرست مرکز ...»: a digest's items joined by «.،»
            if end < para.end and not text[end].isspace() and not star and not reopens:
                continue
            # the initial pattern is two characters long and ends at ``pos``: no need to
            # search the sentence from its start
            window = max(start, pos - 2)
            if g == "." and _INITIAL_RE.search(text, window, pos):
                continue
            # «…» or «..» opens it: «.», the most, is neither (no ``startswith`` call)
            if (
                (g == "…" or len(g) > 1)
                and g.startswith(("…", ".."))
                and _AND_SO_ON_RE.search(text, max(start, pos - 3), pos)
            ):
                continue
            inner = depth - g.count("»") if marks else depth
            left_open = unclosed.get(end - para.start, 0) if unclosed else 0
            if inner > 0 and last_close >= end and not left_open:
                continue
            depth -= left_open
            sent = trim_span(text, start, end)
            if sent:
                out.append(sent)
            start = end
        sent = trim_span(text, start, para.end)
        if sent:
            out.append(sent)
    return out


def trim_span(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return tuple.__new__(Span, (start, end)) if end > start else None  # made in C


@dataclass(frozen=True, slots=True)
class TokenColumns:
    """Tokens as parallel columns: token ``i`` is ``words[i]`` at ``starts[i]:ends[i]``.

    The extractor reads these lists directly; a ``Token`` per token costs more than the rest.
    """

    words: list[str]
    starts: list[int]
    ends: list[int]

    def __len__(self) -> int:
        return len(self.words)

    def span(self, i: int, j: int) -> Span:
        """The characters of tokens ``[i, j)``."""
        return Span(self.starts[i], self.ends[j - 1])


_CHUNK = 1 << 20  # characters: a longer text is cut at spaces (no token holds one) and its
# chunks' words share one string per distinct word, so its tokens take a third of the memory


def token_columns(text: str, start: int = 0, end: int | None = None) -> TokenColumns:
    end = len(text) if end is None else end
    if end - start <= _CHUNK:
        return _token_columns(text[start:end] if start or end < len(text) else text, start)
    cols = TokenColumns([], [], [])
    shared: dict[str, str] = {}
    while start < end:
        cut = text.find(" ", min(start + _CHUNK, end), end)
        cut = end if cut < 0 else cut
        chunk = _token_columns(text[start:cut], start)
        cols.words.extend([shared.setdefault(w, w) for w in chunk.words])
        cols.starts.extend(chunk.starts)
        cols.ends.extend(chunk.ends)
        start = cut
    return cols


def _token_columns(text: str, offset: int) -> TokenColumns:
    if holds_marks(text):  # the marks the runs are cut apart with (``runs``)
        pieces = _TOKEN_SPLIT_RE.split(text)  # ["", space, token, "", space, token, ..., tail]
        del pieces[::3]  # the empty strings and the tail, in C: [space, token, space, token, ...]
    else:  # tokens and runs of words («ایران و عراق»), each run's words and spaces cut apart
        pieces = (_RUNS_FLAT_RE if _flat_safe(text) else _RUNS_SPLIT_RE).split(text)
        del pieces[::3]
        if not pieces:
            return TokenColumns([], [], [])
        pieces = cut_runs(pieces)  # [space, token, space, token, ...]
    bounds = list(accumulate(map(len, pieces), initial=offset))  # [space, token] boundaries
    return TokenColumns(pieces[1::2], bounds[1:-1:2], bounds[2::2])


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    return as_tokens(token_columns(text, start, end))


def as_tokens(cols: TokenColumns) -> list[Token]:
    new = tuple.__new__  # NamedTuple's own constructor is slow at this volume
    return [
        new(Token, (new(Span, (s, e)), w))
        for w, s, e in zip(cols.words, cols.starts, cols.ends, strict=True)
    ]
