"""Full-text search: ranking by FTS5's bm25, snippets marked on the real (unfolded) text.

The index holds folded text, so FTS5's own snippet() would show folded words («میشود»,
«رییس»). Instead the few hits of a page are folded again here with a character map
(``readings_with_sources``), the query's words are found among the folded tokens and mapped back to
offsets of the repaired text, which is what the snippet shows and what ``Hit.matches`` holds.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from khabar.text.fold import WORD_RE, fold, fold_parts, readings_with_sources

from .query import Query, QueryError, parse
from .reading import IS_CURRENT

# bm25 weights of (title, body, parts): a title hit counts most, a sub-word hit least
_WEIGHTS = (5.0, 1.0, 0.5)
_BEFORE, _WIDTH = 60, 220


@dataclass
class Hit:
    document_id: int
    title: str | None
    url: str | None
    path: str | None
    source: str | None
    published: str | None
    score: float  # bm25: lower is better
    snippet: str  # repaired text around the first match, matches wrapped in the markers
    snippet_start: int  # offsets of the snippet in the repaired text
    snippet_end: int
    matches: list[tuple[int, int]] = field(default_factory=list)  # every match, text offsets


def index_values(title: str | None, text: str) -> list[str]:
    """What the index holds for a document: folded title, folded body, folded parts."""
    return [fold(title or ""), fold(text), fold_parts(f"{title or ''}\n{text}")]


def index_document(
    conn: sqlite3.Connection,
    doc_id: int,
    title: str | None,
    text: str,
    values: list[str] | None = None,
) -> None:
    """Index a document; ``values`` are its ``index_values`` when already computed (by an
    ingest worker, or in a shard), so that the single writer does not fold the text again."""
    conn.execute(
        "INSERT INTO documents_fts (rowid, title, body, parts) VALUES (?,?,?,?)",
        (doc_id, *(values or index_values(title, text))),
    )


def unindex_document(conn: sqlite3.Connection, doc_id: int, title: str | None, text: str) -> None:
    """Remove a document from the contentless index, which needs the values it indexed."""
    conn.execute(
        "INSERT INTO documents_fts (documents_fts, rowid, title, body, parts)"
        " VALUES ('delete', ?, ?, ?, ?)",
        (doc_id, *index_values(title, text)),
    )


def ranked(
    conn: sqlite3.Connection,
    fts: str,
    query: str,
    filters: tuple[str, list[Any]],
    limit: int,
    offset: int,
) -> list[tuple[int, float]]:
    """``(document id, score)`` of the current matches of ``fts`` that pass the filters,
    best first.

    The matches meet the documents through the covering index ``documents_state`` (the
    filters read only its columns): looking up each match in the table itself, whose rows
    hold whole texts, costs three times as much for a common word. With no filter, they
    are not looked up at all.
    """
    where, args = filters
    weights = ", ".join(map(str, _WEIGHTS))
    matches = (
        f"SELECT rowid, bm25(documents_fts, {weights}) AS score"
        " FROM documents_fts WHERE documents_fts MATCH ?"
    )
    if where:
        sql = (
            f"SELECT d.id, m.score FROM ({matches}) m"
            " JOIN documents d INDEXED BY documents_state ON d.id = m.rowid"
            f" WHERE d.is_current = 1{where} ORDER BY m.score, d.id LIMIT ? OFFSET ?"
        )
    else:  # no filter to read: the superseded versions left out need no look-up per match
        sql = (
            f"SELECT rowid, score FROM ({matches}) WHERE rowid {IS_CURRENT}"
            " ORDER BY score, rowid LIMIT ? OFFSET ?"
        )
    try:
        return conn.execute(sql, [fts, *args, limit, offset]).fetchall()
    except sqlite3.OperationalError as error:  # whatever FTS5 still refuses
        if error.sqlite_errorcode == sqlite3.SQLITE_INTERRUPT:  # a reader's time ran out
            raise
        raise QueryError(f"cannot search for {query!r}: {error}") from None


def search(
    conn: sqlite3.Connection,
    query: str | None,
    filters: tuple[str, list[Any]],
    limit: int,
    offset: int,
    markers: tuple[str, str],
) -> list[Hit]:
    where, args = filters
    if query is None or not query.strip():  # filters alone: newest first
        # ordered in the index (the filters read only its columns), then the page's rows are
        # read: sorting the rows themselves read every text (a second on 100,000 articles)
        sql = (
            f"SELECT d.id, 0.0 FROM documents d INDEXED BY documents_state"
            f" WHERE d.is_current = 1{where}"
            " ORDER BY d.published IS NULL, d.published DESC, d.id DESC LIMIT ? OFFSET ?"
        )
        return hits_of(conn, conn.execute(sql, [*args, limit, offset]).fetchall(), None, markers)
    parsed = parse(query)
    return hits_of(conn, ranked(conn, parsed.fts, query, filters, limit, offset), parsed, markers)


_HIT_COLUMNS = "d.id, d.title, d.url, d.path, d.source, d.published, d.text"


def hits_of(
    conn: sqlite3.Connection,
    scored: list[tuple[int, float]],
    parsed: Query | None,
    markers: tuple[str, str],
) -> list[Hit]:
    """The hits of ``ranked`` rows, in their order, with snippets of ``parsed``'s words (or
    of the text's start, with no query)."""
    scores = dict(scored)
    found = {
        r[0]: r
        for r in conn.execute(
            f"SELECT {_HIT_COLUMNS} FROM documents d WHERE d.id IN ({','.join('?' * len(scores))})",
            list(scores),
        )
    }
    return _hits([(*found[i], score) for i, score in scores.items()], parsed, markers)


def _hits(rows: list[tuple[Any, ...]], parsed: Query | None, markers: tuple[str, str]) -> list[Hit]:
    hits = []
    for doc_id, title, url, path, source, published, text, score in rows:
        matches = find_matches(text, parsed) if parsed else []
        snippet, start, end = make_snippet(text, matches, markers)
        hits.append(
            Hit(doc_id, title, url, path, source, published, score, snippet, start, end, matches)
        )
    return hits


@lru_cache(maxsize=1024)
def _phrase_re(phrase: tuple[str, ...], prefix: bool) -> re.Pattern[str]:
    """Where ``phrase`` starts as whole tokens (``WORD_RE``'s), the last one a prefix if
    ``prefix``; a lookahead, so that overlapping occurrences are all found."""
    body = r"[\W_]+".join(map(re.escape, phrase)) + (r"[^\W_]*" if prefix else "")
    return re.compile(rf"(?<![^\W_])(?=({body})(?![^\W_]))")


def _token_matches(folded: str, query: Query) -> list[tuple[int, int]]:
    """The query's phrases in ``folded`` (tokens compared casefolded), offsets of ``folded``."""
    cased = folded.casefold()
    if len(cased) != len(folded):  # «ß» -> «ss»: offsets of the casefolded text would drift
        return _token_matches_by_token(folded, query)
    out = []
    for phrase, prefix in query.phrases:
        # the pattern starts with the phrase's first word: tried only where that word is
        # (found in C), not at every character of the text
        pattern, first = _phrase_re(phrase, prefix), phrase[0]
        at = cased.find(first)
        while at >= 0:
            m = pattern.match(cased, at)  # its lookbehind still sees the text before ``at``
            if m:
                out.append(m.span(1))
            at = cased.find(first, at + 1)
    return out


def _token_matches_by_token(folded: str, query: Query) -> list[tuple[int, int]]:
    """``_token_matches`` one token at a time (a scan of the whole text in Python)."""
    tokens = [(m.start(), m.end(), m.group().casefold()) for m in WORD_RE.finditer(folded)]
    words = [t[2] for t in tokens]
    at: dict[str, list[int]] = {}  # where each word stands: a compound has many spellings
    for i, word in enumerate(words):
        at.setdefault(word, []).append(i)
    out = []
    for phrase, prefix in query.phrases:
        n = len(phrase)
        starts = range(len(words)) if n == 1 and prefix else at.get(phrase[0], [])
        for i in starts:
            if i + n > len(words) or words[i : i + n - 1] != list(phrase[:-1]):
                continue
            last = words[i + n - 1]
            if last == phrase[-1] or (prefix and last.startswith(phrase[-1])):
                out.append((tokens[i][0], tokens[i + n - 1][1]))
    return out


def find_matches(text: str, query: Query) -> list[tuple[int, int]]:
    """Offsets in ``text`` of the query's words: on the glued reading, then the split one.
    Found in the folded text, and only the ends of what is found are mapped back."""
    found = []
    for folded, sources in readings_with_sources(text):
        spans = _token_matches(folded, query)
        if spans:
            ends = sorted({p for a, b in spans for p in (a, b - 1)})
            at = dict(zip(ends, sources(ends), strict=True))
            found += [(at[a], at[b - 1] + 1) for a, b in spans]
    merged: list[tuple[int, int]] = []
    for a, b in sorted(set(found)):
        # overlapping, or parts of one word split at its ZWNJ: one match
        if merged and (a <= merged[-1][1] or not text[merged[-1][1] : a].strip("\u200c")):
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def make_snippet(
    text: str, matches: list[tuple[int, int]], markers: tuple[str, str]
) -> tuple[str, int, int]:
    """A window of ``text`` around the first match, cut at spaces, matches marked."""
    at = matches[0][0] if matches else 0
    start = max(0, at - _BEFORE)
    if start:
        space = text.find(" ", start, at)
        start = space + 1 if space >= 0 else start
    end = min(len(text), start + _WIDTH)
    if end < len(text):
        space = text.rfind(" ", max(at, start), end)
        end = space if space > at else end
    pieces, last = [], start
    for a, b in matches:
        if a < start or b > end:
            continue
        pieces += [text[last:a], markers[0], text[a:b], markers[1]]
        last = b
    pieces.append(text[last:end])
    snippet = "".join(pieces).replace("\n", " ")
    return ("…" if start else "") + snippet + ("…" if end < len(text) else ""), start, end
