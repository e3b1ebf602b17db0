"""Score extraction against hand-annotated gold files (format: tests/fixtures/gold/README.md).

People match on the folded full name. A gold quote is located by its first words; the
predicted quote whose span covers that point is aligned with it. Speaker precision counts
every predicted quote that names a speaker: right only when aligned with a gold quote of
that speaker. Speaker recall counts gold quotes whose speaker is a person.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from khabar.extract import lexicons as lx
from khabar.letters import GOLD_LETTERS
from khabar.model import Document


def fold(s: str | None) -> str:
    s = (s or "").translate(GOLD_LETTERS)
    return "".join(lx.phrase_keys(s)).replace(" ", "")




@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Score) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


@dataclass
class Report:
    persons: Score = field(default_factory=Score)
    speakers: Score = field(default_factory=Score)
    misses: list[str] = field(default_factory=list)

    def add(self, other: Report) -> None:
        self.persons.add(other.persons)
        self.speakers.add(other.speakers)
        self.misses.extend(other.misses)


class _Locator:
    """Finds the gold quotes' first words in order, ignoring ZWNJ, spaces and letter forms."""

    def __init__(self, text: str) -> None:
        chars, self.index = [], []
        for i, c in enumerate(text):
            for ch in fold(c):
                chars.append(ch)
                self.index.append(i)
        self.folded = "".join(chars)
        self.pos = 0

    def find(self, starts: str) -> int | None:
        at = self.folded.find(fold(starts), self.pos)
        if at < 0:
            at = self.folded.find(fold(starts))
        if at < 0:
            return None
        self.pos = at + 1
        return self.index[at]


def score_document(doc: Document, gold: dict[str, Any]) -> Report:
    rep = Report()
    name = gold.get("file", "?")
    predicted = {fold(p.name) for p in doc.persons}
    expected = {fold(p["name"]) for p in gold.get("persons", [])}
    rep.persons = Score(
        len(predicted & expected), len(predicted - expected), len(expected - predicted)
    )
    rep.misses += [f"{name}: missed person {p}" for p in expected - predicted]
    rep.misses += [f"{name}: extra person {p}" for p in predicted - expected]

    aligned: dict[int, dict[str, Any]] = {}
    locator = _Locator(doc.text)
    for g in gold.get("quotes", []):
        at = locator.find(g["starts"])
        if at is None:
            rep.misses.append(f"{name}: gold quote not found in text: {g['starts']}")
            continue
        for n, q in enumerate(doc.quotes):
            if q.span.start - 25 <= at < q.span.end and n not in aligned:
                aligned[n] = g
                break
        else:
            if g.get("speaker"):
                rep.speakers.fn += 1
                rep.misses.append(f"{name}: no quote at «{g['starts']}» ({g['speaker']})")
    right = set()
    for n, q in enumerate(doc.quotes):
        g = aligned.get(n)
        if q.speaker is None:
            continue
        if g is not None and fold(g.get("speaker")) == fold(q.speaker):
            rep.speakers.tp += 1
            right.add(n)
        else:
            rep.speakers.fp += 1
            said = g.get("speaker") if g else "no gold quote"
            rep.misses.append(
                f"{name}: speaker {q.speaker} for «{doc.span_text(q.span)[:30]}» ({said})"
            )
    for n, g in aligned.items():
        if g.get("speaker") and n not in right:
            rep.speakers.fn += 1
            if doc.quotes[n].speaker is None:
                rep.misses.append(f"{name}: no speaker for «{g['starts']}» ({g['speaker']})")
    return rep


def gold_split(gold_dir: Path) -> dict[str, list[str]]:
    """The parts of the gold (`split.json`): gold file stems under `tune` and `heldout`."""
    return json.loads((gold_dir / "split.json").read_text(encoding="utf-8"))


def evaluate(
    gold_dir: Path, fixtures: Path, part: str | None = None, use_model: bool = True
) -> Report:
    """Score the gold files of one part of the split (`tune`, `heldout`), or of both."""
    from khabar.extract import extract_text

    split = gold_split(gold_dir)
    stems = split[part] if part else split["tune"] + split["heldout"]
    total = Report()
    for stem in sorted(stems):
        gold = json.loads((gold_dir / f"{stem}.json").read_text(encoding="utf-8"))
        text = (fixtures / gold["file"]).read_text(encoding="utf-8")
        total.add(score_document(extract_text(text, use_model=use_model), gold))
    return total
