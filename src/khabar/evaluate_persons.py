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
from pathlib import Path
from typing import Any

from khabar.evaluate_commitments import Score, context_of, extract_context, score_judged
from khabar.extract.people import person_key


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
    return {person_key(p.name) for p in extract_context(item).persons}


def score(items: Iterable[dict[str, Any]]) -> Score:
    return score_judged(items, lambda i: person_key(i["name"]) in extracted_names(i))
