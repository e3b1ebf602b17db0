"""A confidence in [0, 1] on every person, post, place, organization, quote and commitment.

Each fact is given its *evidence*: a few coarse features of how it was found (a name of one
word or more, seen once or more, a post written beside the name or only elsewhere, a speaker
named in the clause or reached through «وی», a commitment with a deadline or without ...).
The confidence is a lower bound on the share of facts with that evidence that are right (the
10th percentile of its posterior where it was measured): ``data/confidence.tsv``, fitted by
``benchmarks/calibrate_confidence.py`` on the tune part of the gold, the judged samples and
ARMAN (``khabar.calibration``). Evidence is a
tuple read as a path: a class seen too seldom to be fitted alone backs off to the shorter
path, down to the kind's own rate.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import cache
from typing import Any

from khabar import lexicon
from khabar.extract import lexicons as lx
from khabar.extract.clause_words import PRONOUNS  # «وی افزود»: the current speaker
from khabar.model import Commitment, Document, Organization, Person, Place, Quote
from khabar.text.offsets import Span

TABLE = "confidence.tsv"
KINDS = ("person", "post", "place", "organization", "quote", "commitment")
DEMONSTRATIVE_LEADS = frozenset({"این", "همین"})  # «این مقام», «این نماینده»
NEW_PLACE = "other"  # the kind of a place the tagger found and no list holds


@cache
def table() -> dict[tuple[str, ...], float]:
    """(kind, *evidence) -> confidence, every level of each fitted path."""
    return {(r[0], *(r[1].split("/") if r[1] else ())): float(r[2]) for r in lexicon.rows(TABLE)}


def score(
    kind: str, evidence: tuple[str, ...], fitted: dict[tuple[str, ...], float] | None = None
) -> float:
    """The confidence of the longest fitted prefix of ``evidence`` (in ``fitted``, else in
    the shipped table)."""
    if fitted is None:  # the shipped table: each class's answer remembered (a few dozen)
        found = _SCORED.get((kind, evidence))
        if found is None:
            found = _SCORED[kind, evidence] = _backed_off(kind, evidence, table())
        return found
    return _backed_off(kind, evidence, fitted)


_SCORED: dict[tuple[str, tuple[str, ...]], float] = {}  # (kind, evidence) -> ``score``


def _backed_off(
    kind: str, evidence: tuple[str, ...], fitted: dict[tuple[str, ...], float]
) -> float:
    for n in range(len(evidence), -1, -1):
        found = fitted.get((kind, *evidence[:n]))
        if found is not None:
            return found
    return 0.5  # a kind never fitted: nothing known either way


def assign(doc: Document) -> None:
    """Give each fact of ``doc`` its confidence (in place)."""
    for p in doc.persons:
        p.post_confidences = []
    for kind, fact, evidence in evidence_of(doc):
        value = score(kind, evidence)
        if kind == "post":
            person, _ = fact
            person.post_confidences.append(value)
        else:
            fact.confidence = value


# a fact of any kind, or a post as (its person, the post)
Fact = Any


def evidence_of(doc: Document) -> Iterator[tuple[str, Fact, tuple[str, ...]]]:
    """(kind, fact, evidence) of every fact that carries a confidence; a post's fact is
    (its person, the post), in the order of ``Person.posts``."""
    for p in doc.persons:
        yield "person", p, person_evidence(p)
        if not p.posts:
            continue  # the sentences naming the person are read for their posts alone
        naming = {doc.sentence_of(m) for m in p.mentions} - {None}
        for post in p.posts:
            yield "post", (p, post), post_evidence(doc, p, post, naming)
    for pl in doc.places:
        yield "place", pl, place_evidence(pl)
    for o in doc.organizations:
        yield "organization", o, organization_evidence(o)
    named = Named(doc)
    for q in doc.quotes:
        yield "quote", q, quote_evidence(doc, q, named)
    for c in doc.commitments:
        yield "commitment", c, commitment_evidence(c)


def person_evidence(p: Person) -> tuple[str, ...]:
    words = "one word" if len(lx.phrase_keys(p.name)) < 2 else "full name"
    seen = "repeated" if len(p.mentions) > 1 else "once"
    held = "titled" if p.titles else "posted" if p.posts else "bare"
    return words, seen, held


def post_evidence(
    doc: Document, p: Person, post: str, named: set[Span | None] | None = None
) -> tuple[str, ...]:
    """Whether a mention of the post stands in a sentence that names the person, and
    whether the post is one word («استاندار») or more."""
    if named is None:
        named = {doc.sentence_of(m) for m in p.mentions} - {None}
    written = lx.key(post.replace(" ", "").replace("\u200c", ""))
    beside = any(
        doc.sentence_of(m) in named
        and written.startswith(lx.key(doc.span_text(m).replace(" ", "").replace("\u200c", "")))
        for m in p.post_mentions
    )
    return ("beside the name" if beside else "apart"), (
        "one word" if len(lx.phrase_keys(post)) < 2 else "longer"
    )


def place_evidence(pl: Place) -> tuple[str, ...]:
    listed = "tagger" if pl.kind == NEW_PLACE else "listed"
    return listed, ("repeated" if len(pl.mentions) > 1 else "once")


@cache
def _listed_organizations() -> frozenset[str]:
    names: set[str] = set()
    for file in ("organizations.tsv", "agencies.tsv"):
        for entry in lexicon.named(file):
            names.update(_fold(n) for n in (entry.name, *entry.aliases))
    return frozenset(names)


def _fold(name: str) -> str:
    return "".join(lx.phrase_keys(name)).replace(" ", "")


def organization_evidence(o: Organization) -> tuple[str, ...]:
    listed = "listed" if _fold(o.name) in _listed_organizations() else "tagger"
    return listed, ("repeated" if len(o.mentions) > 1 else "once")


class Named:
    """Every name and post mention of a document's persons, in text order, with whose it
    is: a clause's are found by bisection (a scan per quote made a long article quadratic)."""

    def __init__(self, doc: Document) -> None:
        found = [(m.start, m.end, n, False) for n, p in enumerate(doc.persons) for m in p.mentions]
        found += [
            (m.start, m.end, n, True) for n, p in enumerate(doc.persons) for m in p.post_mentions
        ]
        found.sort()
        self.mentions = found
        self.starts = [f[0] for f in found]
        self.number = {p.name: n for n, p in enumerate(doc.persons)}

    def within(self, clause: Span, quoted: Span) -> list[tuple[int, bool]]:
        """(person number, a post?) of the mentions inside ``clause`` and outside ``quoted``."""
        out = []
        mentions = self.mentions
        for k in range(bisect_left(self.starts, clause.start), len(mentions)):  # no copy
            start, end, n, post = mentions[k]
            if start >= clause.end:
                break
            if end <= clause.end and not (quoted.start <= start and end <= quoted.end):
                out.append((n, post))
        return out


def quote_evidence(doc: Document, q: Quote, named: Named | None = None) -> tuple[str, ...]:
    """How the speaker was found: named in the clause that reports the quote, by a post
    there, by a pronoun for the current speaker, or carried from before (a clause with no
    subject, a post-only lead named elsewhere); or an organization, or nobody. Then the
    quote's kind, and whether someone else is named in the clause too."""
    if q.speaker is None:
        return ("organization" if q.speaker_organization else "nobody"), q.kind
    named = named or Named(doc)
    speaker = named.number.get(q.speaker)
    clause = _clause(q)
    inside = named.within(clause, q.span)
    others = any(n != speaker and not post for n, post in inside)
    if (speaker, False) in inside:
        how = "named"
    elif (speaker, True) in inside:
        how = "post"
    elif _pronoun_in(doc, clause, q.span):
        how = "pronoun"
    else:
        how = "carried"
    return how, q.kind, ("among others" if others else "alone")


def commitment_evidence(c: Commitment) -> tuple[str, ...]:
    deadline = "dated" if c.deadline_date else "deadline" if c.deadline else "no deadline"
    return deadline, announced_by(c.announcer, c.announcer_organization, c.announcer_post)


def announced_by(person: str | None, body: str | None, post: str | None) -> str:
    """Who a commitment names as announcing it: a person, else a body, else a post alone."""
    return "announcer" if person else "organization" if body else "post" if post else "nobody"


def _clause(q: Quote) -> Span:
    """The reporting clause: from the sentence's start to the verb (to the quote when the
    verb is not known)."""
    sentence = q.sentence
    end = q.cue.end if q.cue else q.span.start
    return Span(min(sentence.start, end), max(end, sentence.start))


def _pronoun_in(doc: Document, clause: Span, quoted: Span) -> bool:
    if not _PRONOUN_OR_POST.search(doc.text, clause.start, clause.end):
        return False  # most clauses: neither word anywhere in them, looked for in C
    words = None
    if quoted.end <= clause.start or clause.end <= quoted.start:
        # no word of the clause in the quote (most quotes follow their verb): its runs of
        # letters are its words when all are letters, found in C
        runs = _LETTER_RUN.findall(doc.text, clause.start, clause.end)
        if "".join(runs).replace("\u200c", "").isalpha():
            words = runs
    if words is None:
        words = [
            w for w, start in _words(doc.text, clause) if not quoted.start <= start < quoted.end
        ]
    if not PRONOUNS.isdisjoint(words):
        return True
    return "مقام" in words and any(
        w in DEMONSTRATIVE_LEADS and after == "مقام"
        for w, after in zip(words, words[1:], strict=False)
    )


# what ``_pronoun_in`` looks for, as characters anywhere in the clause: no word can be one
# where none stands
_PRONOUN_OR_POST = re.compile("|".join(map(re.escape, sorted(PRONOUNS | {"مقام"}))))

# runs of what ``str.isalpha`` may call a letter, and ZWNJs: every word of ``_words``
# lies in one, and most runs are one word (``\w`` counts a few characters more: «²»)
_LETTER_RUN = re.compile(r"(?:[^\W\d_]|\u200c)+")


def _words(text: str, span: Span) -> Iterator[tuple[str, int]]:
    """The runs of letters and ZWNJs in ``span`` of ``text``, with their starts."""
    for m in _LETTER_RUN.finditer(text, span.start, span.end):
        if m.group().replace("\u200c", "").isalpha():
            yield m.group(), m.start()
        else:  # a character ``\w`` counts and ``str.isalpha`` does not: one by one
            yield from _words_one_by_one(text, Span(m.start(), m.end()))


def _words_one_by_one(text: str, span: Span) -> Iterator[tuple[str, int]]:
    start = None
    for i in range(span.start, span.end + 1):
        letter = i < span.end and (text[i].isalpha() or text[i] == "\u200c")
        if letter and start is None:
            start = i
        elif not letter and start is not None:
            yield text[start:i], start
            start = None
