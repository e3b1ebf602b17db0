"""User queries -> FTS5 MATCH expressions, and the terms to highlight.

Accepted: words (all must occur), "phrases", a trailing ``*`` for a prefix, ``AND``/``OR``/
``NOT`` in capitals, and parentheses. Everything else is read as words: each word is folded
(``khabar.text.fold``) and double-quoted, so FTS5 never sees a stray operator or punctuation.
Bare words are folded as one run so that «می شود» is glued to «میشود» as in the index.
Anything we cannot turn into a valid expression raises ``QueryError`` with the reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from khabar.text.fold import WORD_RE, fold

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
_TERM_RE = re.compile(r"([^\W_]+)(\*?)")


def _quoted(tokens: tuple[str, ...], prefix: bool) -> str:
    body = " ".join(tokens).replace('"', '""')
    return f'"{body}"' + ("*" if prefix else "")


def parse(query: str) -> Query:
    items: list[tuple[str, str]] = []  # (kind, value): term, op, (, )
    phrases: list[tuple[tuple[str, ...], bool]] = []
    not_pending = False  # the next term or group follows NOT: nothing of it is highlighted
    depth, neg_depth = 0, -1  # inside a NOT (...) group while depth > neg_depth >= 0
    bare: list[str] = []

    def term(tokens: tuple[str, ...], star: bool) -> None:
        nonlocal not_pending
        items.append(("term", _quoted(tokens, star)))
        if not not_pending and neg_depth < 0:
            phrases.append((tuple(t.casefold() for t in tokens), star))
        not_pending = False

    def flush() -> None:
        for word, star in _TERM_RE.findall(fold(" ".join(bare))):
            term((word,), bool(star))
        bare.clear()

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
            tokens = tuple(WORD_RE.findall(fold(m.group("phrase"))))
            if not tokens:
                raise QueryError(f'empty phrase "" in {query!r}')
            term(tokens, bool(m.group("pstar")))
    flush()
    _check(items, query)
    return Query(" ".join(v for _, v in items), phrases)


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
