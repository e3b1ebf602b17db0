"""Precision of persons against a judged sample (``tests/fixtures/persons_judged.jsonl``).

Each judged line holds a person the extractor reported (``name``), the sentence of its first
mention and the context around it (as ``evaluate_commitments.context_of`` cuts it), and the
reader's ``verdict``: true when ``name`` is a real person's name, whole and nothing more;
false for no person («علی کاری», «حرفی»), a holy figure («علی» as Imam Ali), or a name run
into the next word («خاتمی جهت‌گیری»); ``why`` says which. ``score`` extracts every context
again and counts the judged names the current extractor still reports: its precision is the
share of those that are true.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from khabar.evaluate_commitments import context_of
from khabar.extract import extract
from khabar.extract.people import person_key
from khabar.text import repair


def draw(extract_jsonl: Path, n: int, seed: int, articles: int) -> list[dict[str, Any]]:
    """``n`` persons drawn with ``seed`` from ``articles`` articles drawn with the same seed
    from a ``khabar extract --jsonl`` output, unjudged (``verdict`` None)."""
    records = [json.loads(line) for line in extract_jsonl.open(encoding="utf-8")]
    rng = random.Random(seed)
    chosen = rng.sample(records, min(articles, len(records)))
    found = [(r, p) for r in chosen for p in r.get("persons", []) if p["mentions"]]
    return [_item(r, p) for r, p in rng.sample(found, min(n, len(found)))]


def _item(record: dict[str, Any], person: dict[str, Any]) -> dict[str, Any]:
    first = min(m["start"] for m in person["mentions"])
    return {"name": person["name"], **context_of(record, first), "verdict": None, "why": ""}


def extracted_names(item: dict[str, Any]) -> set[str]:
    """The keys of the persons the current extractor reports in ``item``'s context."""
    header = f"date {item['published']}\n" if item.get("published") else ""
    doc = extract(repair(header + item["context"]))
    return {person_key(p.name) for p in doc.persons}


@dataclass
class Score:
    kept_true: int = 0
    kept_false: int = 0
    lost_true: list[dict[str, Any]] = field(default_factory=list)
    kept_false_items: list[dict[str, Any]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        kept = self.kept_true + self.kept_false
        return self.kept_true / kept if kept else 0.0


def score(items: Iterable[dict[str, Any]]) -> Score:
    out = Score()
    for item in items:
        kept = person_key(item["name"]) in extracted_names(item)
        if item["verdict"] and kept:
            out.kept_true += 1
        elif item["verdict"]:
            out.lost_true.append(item)
        elif kept:
            out.kept_false += 1
            out.kept_false_items.append(item)
    return out
