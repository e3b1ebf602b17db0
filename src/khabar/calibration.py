"""Fitting and checking the confidence table (``extract/confidence.py``, ``data/confidence.tsv``).

A *labelled fact* is (kind, evidence, right). Labels come from where someone read the text:

* the gold (``tests/fixtures/gold``): a person is right when the gold names them; a post of a
  gold person when it matches one of their gold posts (``evaluate.posts_match``); a quote when
  a gold quote stands there and its speaker, if it names one, is the gold one (a quote of
  nobody named is not wrong, only short of a speaker);
* the judged samples: a judged person that the current extractor still finds in its context
  takes the reader's verdict; so does a judged quote of the shared news outside the gold, its
  speaker held against the reader's as on the gold; a judged commitment takes it as drawn;
* a corpus annotated for names (ARMAN): a place or organization is right when one of its
  mentions is exactly an annotated one.

``fit`` turns them into the table. A class's confidence is a promise, not a point estimate:
the 10th percentile of the Beta posterior of its share right, so that a class at 0.9 is at
least 90% right with probability 0.9 given what was measured (a one-sided 90% credible bound;
the 20th would leave one class in five short of its figure, too loose for a figure a reader
filters on). The prior is the parent class (its evidence less the last feature): its posterior
mean, as if ``PRIOR`` facts of that rate had been seen; a kind's own prior is 0.5 as if
``BASE_PRIOR`` facts. A class seen a few times thus sits well below its parent, and a large one
just under its measured share. Why a lower bound: the labels come mostly from text the rules
were tuned on, whose share right overstates that of unseen news, and a reader who keeps the
facts at 0.9 or more is owed at least that.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from khabar.evaluate import Locator, fold, orgs_match, posts_match
from khabar.evaluate_commitments import extract_context
from khabar.extract.confidence import announced_by, evidence_of
from khabar.extract.people import person_key
from khabar.model import Document

PRIOR = 8.0  # facts of the parent's rate a class is drawn towards
BASE_PRIOR = 4.0  # facts at 0.5 a kind's own rate is drawn towards
QUANTILE = 0.1  # the confidence: this quantile of the class's posterior share right
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
    locator = Locator(doc.text)
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
    """Each judged commitment as it was drawn, with the reader's verdict: every sample was
    judged before the rules were tuned on it, so its share right is that of news the rules
    had not seen (the same commitments extracted again after the tuning lose their false
    ones, and promised 0.91 where the next sample drawn found 0.76)."""
    for item in items:
        dated = bool(item.get("deadline_date"))
        deadline = "dated" if dated else "deadline" if item["deadline"] else "no deadline"
        body, post = item.get("announcer_organization"), item.get("announcer_post")
        evidence = (deadline, announced_by(item["announcer"], body, post))
        yield Labelled("commitment", evidence, bool(item["verdict"]))


def judged_quotes(items: Iterable[dict[str, Any]]) -> Iterator[Labelled]:
    """The judged quote of each item, labelled as the gold labels one: wrong when the reader
    found no statement there, else right when its speaker (a person or an organization) is
    the one the reader named, or when it names nobody (short of a speaker, not wrong)."""
    from khabar.evaluate_speakers import extract_item, quote_at

    for item in items:
        doc = extract_item(item)
        q = quote_at(doc, item["start"])
        if q is None:
            continue  # the extractor no longer finds it: no fact to label
        evidence = next(e for kind, f, e in evidence_of(doc) if kind == "quote" and f is q)
        if not item["verdict"]:
            right = False
        elif q.speaker is not None:
            right = fold(q.speaker) == fold(item["speaker"])
        elif q.speaker_organization is not None:
            right = item["speaker"] is None and orgs_match(
                q.speaker_organization, item["speaker_organization"]
            )
        else:
            right = True
        yield Labelled("quote", evidence, right)


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
    means: dict[tuple[str, ...], float] = {}
    bounds: dict[tuple[str, ...], float] = {}
    for path in sorted(counts, key=len):
        n, right = counts[path]
        parent, weight = (means[path[:-1]], PRIOR) if len(path) > 1 else (0.5, BASE_PRIOR)
        a, b = right + weight * parent, n - right + weight * (1 - parent)
        means[path] = a / (a + b)
        bounds[path] = beta_quantile(QUANTILE, a, b)
    return [
        (path[0], "/".join(path[1:]), round(bounds[path], 3), counts[path][0], counts[path][1])
        for path in sorted(counts)
    ]


def beta_quantile(q: float, a: float, b: float) -> float:
    """The ``q`` quantile of Beta(a, b), by bisection on its distribution function."""
    low, high = 0.0, 1.0
    for _ in range(50):
        mid = (low + high) / 2
        low, high = (mid, high) if beta_cdf(mid, a, b) < q else (low, mid)
    return (low + high) / 2


def beta_cdf(x: float, a: float, b: float) -> float:
    """The regularized incomplete beta function I_x(a, b), by its continued fraction
    (Lentz's method; the symmetry I_x(a, b) = 1 - I_{1-x}(b, a) where it converges slowly)."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    if x > (a + 1) / (a + b + 2):
        return 1.0 - beta_cdf(1.0 - x, b, a)
    log_front = (
        math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    )
    tiny = 1e-300
    c, d = 1.0, 1.0 - (a + b) * x / (a + 1)
    d = 1.0 / (d if abs(d) > tiny else tiny)
    f = d
    for m in range(1, 300):
        for numerator in (
            m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)),
            -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1)),
        ):
            d = 1.0 + numerator * d
            d = 1.0 / (d if abs(d) > tiny else tiny)
            c = 1.0 + numerator / c
            c = c if abs(c) > tiny else tiny
            f *= c * d
        if abs(c * d - 1.0) < 1e-12:
            break
    return math.exp(log_front) * f / a


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
