"""User queries -> FTS5 MATCH expressions, and the terms to highlight.

Accepted: words (all must occur), "phrases", a trailing ``*`` for a prefix, ``AND``/``OR``/
``NOT`` in capitals, and parentheses. Everything else is read as words: each word is folded
(``khabar.text.fold``) and double-quoted, so FTS5 never sees a stray operator or punctuation.
Bare words are folded as one run so that «می شود» is glued to «میشود» as in the index.
Anything we cannot turn into a valid expression raises ``QueryError`` with the reason, and so
does a query of more than ``MAX_TERMS`` words: each word costs the index a list of documents
and the snippets a pass over every hit, so a pasted page would hold a reader for minutes.

A compound is written three ways: with a ZWNJ («رئیس‌جمهور»), spaced («رئیس جمهور») or glued
(«رئیسجمهور»). The index holds the glued reading (``fold``) and, for ZWNJs, the split one
(``fold_parts``), but a spaced text has no glued form and a glued text no split one. So a
word written with a ZWNJ and a phrase are searched in every spelling of their parts
(``("رییسجمهور" OR "رییس جمهور")``), and a long glued word also as each cut of it in two
words of three letters or more, which finds «هاشمی رفسنجانی» for «هاشمیرفسنجانی» wherever
the compound is, with no list of compounds. Two or three words typed apart may also stand
glued, a pair of neighbours at a time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise, product

from khabar.text.fold import WORD_RE, fold, fold_map, fold_parts

from .schema import StoreError


class QueryError(StoreError):
    """A search query that cannot be understood; the message says why."""


@dataclass
class Query:
    fts: str  # the MATCH expression
    phrases: list[tuple[tuple[str, ...], bool]] = field(default_factory=list)  # (tokens, prefix)


_ITEM_RE = re.compile(
    r'"(?P<phrase>[^"]*)"(?P<pstar>\*?)|(?P<paren>[()])|(?P<bare>[^\s"()]+)|(?P<quote>")'
)
_OPERATORS = {"AND", "OR", "NOT"}
MAX_TERMS = 32  # words (a phrase counts each of its words) in one query
_TERM_RE = re.compile(r"([^\W_]+)(\*?)")


def _quoted(tokens: tuple[str, ...], prefix: bool) -> str:
    body = " ".join(tokens).replace('"', '""')
    return f'"{body}"' + ("*" if prefix else "")


def _any(ways: list[tuple[str, ...]], prefix: bool) -> str:
    """An expression matching any of the spellings ``ways``."""
    quoted = [_quoted(tokens, prefix) for tokens in ways]
    return quoted[0] if len(quoted) == 1 else f"({' OR '.join(quoted)})"


Spelling = tuple[str, ...]  # the tokens of one way to write a word or phrase
_MAX_MIXED = 4  # up to this many parts, every mix of glued and spaced is searched
_MAX_RUN = 3  # up to this many words typed apart, neighbours are also searched glued
_MIN_CUT = 3  # a glued word is cut only into pieces of at least this many letters
_AFFIXES = frozenset({"ها", "های", "تر", "ترین", "می", "نمی"})  # ``fold`` glues these already


def _parts(raw: str) -> list[Spelling]:
    """Each folded word of ``raw`` as its parts, split at its ZWNJs (one part when it has
    none, or when ``fold`` glues the parts itself: «می‌شود» is «میشود» everywhere)."""
    folded, src = fold_map(raw)
    out = []
    for m in WORD_RE.finditer(folded):
        written = raw[src[m.start()] : src[m.end() - 1] + 1]
        pieces = tuple(WORD_RE.findall(fold_parts(written)))
        split = len(pieces) > 1 and fold(" ".join(pieces)) != m.group()
        out.append(pieces if split else (m.group(),))
    return out


def spellings(words: list[Spelling]) -> list[Spelling]:
    """The ways to write ``words`` (each a word as its ZWNJ parts): every part apart and, up
    to ``_MAX_MIXED`` parts, every mix of neighbours glued; beyond, as written and apart."""
    parts = [p for w in words for p in w]
    if len(parts) == 1:
        return [tuple(parts)]
    written = tuple("".join(w) for w in words)
    if len(parts) > _MAX_MIXED:
        return [written, tuple(parts)] if written != tuple(parts) else [written]
    out = []
    for glue in product((False, True), repeat=len(parts) - 1):
        tokens = [parts[0]]
        for part, glued in zip(parts[1:], glue, strict=True):
            if glued:
                tokens[-1] += part
            else:
                tokens.append(part)
        out.append(tuple(tokens))
    return sorted(set(out), key=lambda t: (t != written, len(t), t))


def cuts(word: str) -> list[Spelling]:
    """A glued word and each cut of it in two words (none at an affix ``fold`` glues)."""
    out: list[Spelling] = [(word,)]
    if word.isalpha():
        for i in range(_MIN_CUT, len(word) - _MIN_CUT + 1):
            head, tail = word[:i], word[i:]
            if head not in _AFFIXES and tail not in _AFFIXES:
                out.append((head, tail))
    return out


def parse(query: str) -> Query:
    # a pasted page is refused before its words are folded and cut
    rough = sum(1 for word, _ in _TERM_RE.findall(query) if word not in _OPERATORS)
    if rough > 4 * MAX_TERMS:
        check_terms(rough)
    items: list[tuple[str, str]] = []  # (kind, value): term, op, (, )
    phrases: list[tuple[tuple[str, ...], bool]] = []
    not_pending = False  # the next term or group follows NOT: nothing of it is highlighted
    depth, neg_depth = 0, -1  # inside a NOT (...) group while depth > neg_depth >= 0
    bare: list[str] = []

    def highlight(ways: list[Spelling], star: bool) -> None:
        if not not_pending and neg_depth < 0:
            phrases.extend((tuple(t.casefold() for t in tokens), star) for tokens in ways)

    words_asked: list[str] = []  # the query's words as typed, for MAX_TERMS

    def term(ways: list[Spelling], star: bool) -> None:
        nonlocal not_pending
        items.append(("term", _any(ways, star)))
        highlight(ways, star)
        not_pending = False

    def flush() -> None:
        text = " ".join(bare)
        bare.clear()
        run = [
            (word, bool(star), spellings([parts]) if len(parts) > 1 else cuts(word))
            for (word, star), parts in zip(_TERM_RE.findall(fold(text)), _parts(text), strict=True)
        ]
        words_asked.extend(word for word, _, _ in run)
        glued = _glued_pairs(run) if not not_pending and len(run) <= _MAX_RUN else []
        if not glued:
            for _, star, ways in run:
                term(ways, star)
            return
        # «رئیس جمهور» typed as two words also finds the glued «رئیسجمهور»: one more
        # alternative per pair of neighbours, that pair written as one word
        each = [_any(ways, star) for _, star, ways in run]
        alternatives = [" AND ".join(each)]
        for i, pair, star in glued:
            alternatives.append(" AND ".join([*each[:i], _quoted(pair, star), *each[i + 2 :]]))
            highlight([pair], star)
        items.append(("term", "(" + " OR ".join(f"({a})" for a in alternatives) + ")"))
        for _, star, ways in run:
            highlight(ways, star)

    for m in _ITEM_RE.finditer(query):
        if m.group("quote"):
            raise QueryError(f'unbalanced quote in {query!r}: close the phrase with "')
        if m.group("bare") in _OPERATORS:
            flush()
            items.append(("op", m.group("bare")))
            not_pending = m.group("bare") == "NOT"
        elif m.group("bare") is not None:
            bare.append(m.group("bare"))
        elif m.group("paren") == "(":
            flush()
            items.append(("(", "("))
            if not_pending and neg_depth < 0:
                neg_depth, not_pending = depth, False
            depth += 1
        elif m.group("paren") == ")":
            flush()
            items.append((")", ")"))
            depth -= 1
            if depth <= neg_depth:
                neg_depth = -1
        else:
            flush()
            words = _parts(m.group("phrase"))
            if not words:
                raise QueryError(f'empty phrase "" in {query!r}')
            words_asked.extend("".join(w) for w in words)
            term(spellings(words), bool(m.group("pstar")))
    flush()
    check_terms(len(words_asked))
    _check(items, query)
    return Query(_joined(items), phrases)


def _glued_pairs(run: list[tuple[str, bool, list[Spelling]]]) -> list[tuple[int, Spelling, bool]]:
    """``(index, (first + second,), prefix)`` for each pair of neighbouring words typed apart
    (none after a prefix: «سیل*» glued to the next word would be no prefix)."""
    return [
        (i, (first + second,), star)
        for i, ((first, first_star, _), (second, star, _)) in enumerate(pairwise(run))
        if not first_star
    ]


def _joined(items: list[tuple[str, str]]) -> str:
    """The MATCH expression; FTS5 takes no implicit AND beside a parenthesis, so every AND
    is written out."""
    out: list[str] = []
    prev = "op"
    for kind, value in items:
        if prev in ("term", ")") and kind in ("term", "("):
            out.append("AND")
        out.append(value)
        prev = kind
    return " ".join(out)


def check_terms(count: int) -> None:
    """Refuse a query of more than ``MAX_TERMS`` words."""
    if count > MAX_TERMS:
        raise QueryError(
            f"the query has {count} words; at most {MAX_TERMS} are searched for at once:"
            " keep the words that matter"
        )


def _check(items: list[tuple[str, str]], query: str) -> None:
    if not any(kind == "term" for kind, _ in items):
        raise QueryError(f"no words to search for in {query!r}")
    depth = 0
    prev = "("  # as if the query were wrapped in parentheses
    for i, (kind, value) in enumerate([*items, (")", ")")]):
        if kind == "op" and prev in ("op", "("):
            raise QueryError(f"{value} needs a term before it in {query!r}")
        if kind == ")" and prev == "op":
            raise QueryError(f"an operator needs a term after it in {query!r}")
        if kind == ")" and prev == "(":
            raise QueryError(f"empty parentheses in {query!r}")
        if i < len(items):
            depth += {"(": 1, ")": -1}.get(kind, 0)
            if depth < 0:
                raise QueryError(f"unbalanced parentheses in {query!r}")
        prev = kind
    if depth:
        raise QueryError(f"unbalanced parentheses in {query!r}")
