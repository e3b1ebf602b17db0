"""Fitting and checking the confidence table (``extract/confidence.py``, ``data/confidence.tsv``).

A *labelled fact* is (kind, evidence, right). Labels come from where someone read the text:

* the gold (``tests/fixtures/gold``): a person is right when the gold names them; a post of a
  gold person when it matches one of their gold posts (``evaluate.posts_match``); a quote when
  a gold quote stands there and its speaker, if it names one, is the gold one (a quote of
  nobody named is not wrong, only short of a speaker);
* the judged samples: a judged person or commitment that the current extractor still finds in
  its context takes the reader's verdict;
* a corpus annotated for names (ARMAN): a place or organization is right when one of its
  mentions is exactly an annotated one.

``fit`` turns them into the table: each class's share right, drawn towards the share of its
parent class (its evidence less the last feature) as if ``PRIOR`` facts of the parent's rate
had been seen too, so that a class seen a few times is not trusted more than its parent.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from khabar.evaluate import _Locator, fold, orgs_match, posts_match
from khabar.evaluate_commitments import extract_context
from khabar.extract.confidence import evidence_of
from khabar.extract.people import person_key
from khabar.model import Document

PRIOR = 8.0  # facts of the parent's rate a class is drawn towards
BASE_PRIOR = 4.0  # facts at 0.5 a kind's own rate is drawn towards
BINS = (0.0, 0.5, 0.7, 0.8, 0.9, 1.0000001)


@dataclass(frozen=True)
class Labelled:
    kind: str
    evidence: tuple[str, ...]
    right: bool


def gold_facts(doc: Document, gold: dict[str, Any], organizations: bool) -> Iterator[Labelled]:
    """The labelled persons, posts and quotes of ``doc`` against its gold file;
    ``organizations``: whether the file annotates ``speaker_organization``."""
    expected = {fold(p["name"]): p for p in gold.get("persons", [])}
    facts = list(evidence_of(doc))
    aligned = _align_quotes(doc, gold)
    for kind, fact, evidence in facts:
        if kind == "person":
            yield Labelled(kind, evidence, fold(fact.name) in expected)
        elif kind == "post":
            person, post = fact
            g = expected.get(fold(person.name))
            if g is not None:  # a post of no gold person has no gold to be held against
                right = any(posts_match(post, r) for r in g.get("roles", []))
                yield Labelled(kind, evidence, right)
        elif kind == "quote":
            g = aligned.get(id(fact))
            if g is None:
                yield Labelled(kind, evidence, False)
            elif fact.speaker is not None:
                yield Labelled(kind, evidence, fold(g.get("speaker")) == fold(fact.speaker))
            elif fact.speaker_organization is not None:
                if organizations:
                    said = g.get("speaker_organization")
                    right = orgs_match(fact.speaker_organization, said)
                    yield Labelled(kind, evidence, right)
            else:
                yield Labelled(kind, evidence, True)


def _align_quotes(doc: Document, gold: dict[str, Any]) -> dict[int, dict[str, Any]]:
    """Each predicted quote (by ``id``) with the gold quote it covers, as ``score_document``
    aligns them."""
    out: dict[int, dict[str, Any]] = {}
    taken: set[int] = set()
    locator = _Locator(doc.text)
    for g in gold.get("quotes", []):
        at = locator.find(g["starts"])
        if at is None:
            continue
        for n, q in enumerate(doc.quotes):
            if q.span.start - 25 <= at < q.span.end and n not in taken:
                taken.add(n)
                out[id(q)] = g
                break
    return out


def judged_persons(items: Iterable[dict[str, Any]]) -> Iterator[Labelled]:
    for item in items:
        doc = extract_context(item)
        key = person_key(item["name"])
        for kind, fact, evidence in evidence_of(doc):
            if kind == "person" and person_key(fact.name) == key:
                yield Labelled(kind, evidence, bool(item["verdict"]))


def judged_commitments(items: Iterable[dict[str, Any]]) -> Iterator[Labelled]:
    for item in items:
        doc = extract_context(item)
        sentence = item["sentence"].strip()
        for kind, fact, evidence in evidence_of(doc):
            if kind == "commitment" and doc.span_text(fact.sentence).strip() == sentence:
                yield Labelled(kind, evidence, bool(item["verdict"]))
                break


def named_entities(doc: Document, gold: set[tuple[str, int, int]], snap: Any) -> Iterator[Labelled]:
    """Places and organizations of ``doc`` against annotated spans ``(type, start, end)`` of
    the text as read; ``snap(start, end)`` widens a span of it to the annotation's tokens.
    A place is right where it is annotated as one, or as an organization whose span it is
    (a country that acts: «ایران اعلام کرد»); an organization where it is one."""
    for kind, fact, evidence in evidence_of(doc):
        if kind not in ("place", "organization"):
            continue
        spans = {snap(*doc.original_span(m)) for m in fact.mentions}
        types = ("LOC", "ORG") if kind == "place" else ("ORG",)
        right = any((t, *s) in gold for s in spans for t in types)
        yield Labelled(kind, evidence, right)


def fit(facts: Iterable[Labelled]) -> list[tuple[str, str, float, int, int]]:
    """(kind, evidence path, confidence, facts, right) of every class and its parents."""
    counts: dict[tuple[str, ...], list[int]] = defaultdict(lambda: [0, 0])
    for f in facts:
        for n in range(len(f.evidence) + 1):
            c = counts[(f.kind, *f.evidence[:n])]
            c[0] += 1
            c[1] += f.right
    rates: dict[tuple[str, ...], float] = {}
    for path in sorted(counts, key=len):
        n, right = counts[path]
        parent, weight = (rates[path[:-1]], PRIOR) if len(path) > 1 else (0.5, BASE_PRIOR)
        rates[path] = (right + weight * parent) / (n + weight)
    return [
        (path[0], "/".join(path[1:]), round(rates[path], 3), counts[path][0], counts[path][1])
        for path in sorted(counts)
    ]


def write_table(rows: list[tuple[str, str, float, int, int]], out: Path, source: str) -> None:
    lines = [
        "# The confidence of each kind of fact by its evidence (khabar/extract/confidence.py).",
        f"# Fitted by benchmarks/calibrate_confidence.py on {source}.",
        "# kind<TAB>evidence (a path; empty: the kind)<TAB>confidence<TAB>facts<TAB>right",
    ]
    lines += ["\t".join(str(v) for v in row) for row in rows]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def bins(scored: Iterable[tuple[float, bool]]) -> list[tuple[float, float, int, int]]:
    """(low, high, facts, right) of each confidence bin that holds facts."""
    counts = [[0, 0] for _ in BINS[1:]]
    for value, right in scored:
        k = next(n for n, high in enumerate(BINS[1:]) if value < high)
        counts[k][0] += 1
        counts[k][1] += right
    return [(BINS[k], min(BINS[k + 1], 1.0), n, right) for k, (n, right) in enumerate(counts) if n]


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]
