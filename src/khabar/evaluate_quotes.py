"""Quotes found against a development sample read for every reported statement.

``tests/fixtures/quotes_recall_dev.jsonl`` holds, per article, every reported statement the
text makes (direct and indirect quotes, statements of bodies; the conventions of
``tests/fixtures/gold/README.md``) with the offsets of its content in the repaired text, its
first words (``starts``), its kind and verb, and its speaker: the person's fullest name, or
the organization, or neither (``speaker_kind``), with the words that name it
(``speaker_as_written``).

Each article is scored by the gold's rule (``khabar.evaluate.score_document``): a gold quote
is located by its first words, and the predicted quote whose span covers that point (from 25
characters before its start) is aligned with it; found when the kinds agree. Speaker
accuracy: of the quotes said by a named person or an organization, those whose aligned quote
names that speaker.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from khabar.evaluate import Score, Tally, score_document
from khabar.model import Document


@dataclass
class QuoteScore:
    file: str
    quotes: Score = field(default_factory=Score)
    speakers: Score = field(default_factory=Score)  # quotes naming a person
    organizations: Score = field(default_factory=Score)
    accuracy: Tally = field(default_factory=Tally)
    misses: list[str] = field(default_factory=list)  # gold quotes lost, speakers wrong
    extra: list[str] = field(default_factory=list)  # predicted quotes aligned with none

    def add(self, other: QuoteScore) -> None:
        for name in ("quotes", "speakers", "organizations", "accuracy"):
            getattr(self, name).add(getattr(other, name))


def read_sample(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _unaligned(doc: Document, gold: dict[str, Any]) -> list[int]:
    """The predicted quotes no gold quote is aligned with (the alignment of score_document,
    from the gold quotes' offsets)."""
    aligned: set[int] = set()
    for g in gold["quotes"]:
        for n, q in enumerate(doc.quotes):
            if q.span.start - 25 <= g["start"] < q.span.end and n not in aligned:
                aligned.add(n)
                break
    return [n for n in range(len(doc.quotes)) if n not in aligned]


def score_article(doc: Document, gold: dict[str, Any]) -> QuoteScore:
    """Score the quotes ``doc`` reports against the gold record of its article."""
    rep = score_document(doc, {"file": gold["file"], "quotes": gold["quotes"]})
    out = QuoteScore(gold["file"], rep.quotes, rep.speakers, rep.organizations)
    out.accuracy = rep.speaker_accuracy
    out.misses = [m for m in rep.misses if "person " not in m.split(": ", 1)[1][:15]]
    for n in _unaligned(doc, gold):
        q = doc.quotes[n]
        said = q.speaker or q.speaker_organization or "no speaker"
        out.extra.append(f"{q.kind} «{doc.span_text(q.span)[:50]}» ({said}, {q.verb})")
    return out


def score_sample(
    sample: list[dict[str, Any]], fixtures: Path, use_model: bool = True
) -> list[QuoteScore]:
    from khabar.extract import extract_text

    scores = []
    for gold in sample:
        text = (fixtures / gold["file"]).read_text(encoding="utf-8")
        scores.append(score_article(extract_text(text, use_model=use_model), gold))
    return scores


def total(scores: list[QuoteScore], title: str = "total") -> QuoteScore:
    out = QuoteScore(title)
    for s in scores:
        out.add(s)
    return out


@dataclass
class JudgedScore:
    """Quotes of a judged sample the extractor still reports: ``kept_true`` of those judged
    statements (a quote still covering their first words), ``kept_false`` of those judged not:
    no statement, a quote still covering its first words; a span running past or stopping
    short, the same span still reported."""

    kept_true: int = 0
    kept_false: int = 0
    lost_true: list[str] = field(default_factory=list)
    still_false: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        kept = self.kept_true + self.kept_false
        return self.kept_true / kept if kept else 1.0


def judged_item(record: dict[str, Any], q: dict[str, Any]) -> dict[str, Any]:
    """A quote of an extracted article to judge, with its article up to the paragraph after it
    (``khabar.evaluate_speakers``'s cut, so the item extracts alone)."""
    text = record["text"]
    end = text.find("\n", q["end"])
    end = text.find("\n", end + 1) if end >= 0 else -1
    return {
        "stem": record["stem"],
        "title": record.get("title"),
        "published": record.get("published"),
        "text": text[: end + 1] if end >= 0 else text,
        "start": q["start"],
        "end": q["end"],
        "starts": " ".join(q["text"].split()[:6]),
        "quote": q["text"],
        "kind": q["kind"],
        "verb": q["verb"],
        "drawn": {"speaker": q["speaker"], "speaker_organization": q["speaker_organization"]},
        "verdict": None,
        "cause": None,
        "why": "",
    }


def score_judged(items: list[dict[str, Any]], use_model: bool = True) -> JudgedScore:
    """Each judged quote looked for again in its text extracted anew."""
    from khabar.evaluate_speakers import extract_item, quote_at

    out = JudgedScore()
    for item in items:
        doc = extract_item(item, use_model)
        said = f"{item['stem']}: «{item['starts']}»"
        if item["verdict"]:
            if quote_at(doc, item["start"]) is not None:
                out.kept_true += 1
            else:
                out.lost_true.append(said)
        elif (
            quote_at(doc, item["start"]) is not None
            if item["cause"] == "no statement"
            else any((q.span.start, q.span.end) == (item["start"], item["end"]) for q in doc.quotes)
        ):
            out.kept_false += 1
            out.still_false.append(f"{said} ({item['cause']})")
    return out
