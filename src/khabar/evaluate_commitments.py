"""Precision of commitments against a judged sample (``tests/fixtures/commitments_judged.jsonl``).

Each judged line holds the commitment's paragraph with the two before it and the article's
first two (``context``, with its ``published`` day), the ``sentence`` the extractor took the
commitment from, what it extracted (``announcer``, ``cue``, ``deadline``, ``action``) and the
reader's ``verdict``: true when the sentence announces a future action by someone, false for a past
figure, advice, a condition, a forecast, a description or history. ``score`` extracts every
context again and counts the judged sentences the current extractor still takes: its
precision is the share of those that are true.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from khabar.extract import extract
from khabar.model import Document
from khabar.text import repair


def draw(extract_jsonl: Path, n: int, seed: int, articles: int) -> list[dict[str, Any]]:
    """``n`` commitments drawn with ``seed`` from the first ``articles`` objects of a
    ``khabar extract --jsonl`` output, unjudged (``verdict`` None)."""
    found = []
    with extract_jsonl.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if number >= articles:
                break
            record = json.loads(line)
            found += [(record, c) for c in record.get("commitments", [])]
    return [_item(r, c) for r, c in random.Random(seed).sample(found, min(n, len(found)))]


def _item(record: dict[str, Any], c: dict[str, Any]) -> dict[str, Any]:
    return {
        **context_of(record, c["start"]),
        "announcer": c["announcer"],
        "announcer_organization": c.get("announcer_organization"),
        "announcer_post": c.get("announcer_post"),
        "cue": c["cue"],
        "deadline": c["deadline"],
        "deadline_date": c.get("deadline_date"),
        "action": c["action"],
        "verdict": None,
    }


def context_of(record: dict[str, Any], start: int) -> dict[str, Any]:
    """Where the fact at offset ``start`` of an extracted ``record`` stands: its sentence,
    and as ``context`` its paragraph with the two before it and the article's first two."""
    doc = repair(record["text"])  # already repaired: the same text and sentences again
    sentence = next(s for s in doc.sentences if s.start <= start < s.end)
    k = next(n for n, p in enumerate(doc.paragraphs) if p.start <= start < p.end)
    # the lead (where a speaker is first named in full) and the paragraphs up to this one
    kept = sorted({0, 1, k - 2, k - 1, k} & set(range(k + 1)))
    return {
        "path": record.get("path"),
        "locator": record.get("locator"),
        "published": record.get("published"),
        "sentence": doc.text[sentence.start : sentence.end],
        "context": "\n".join(doc.span_text(doc.paragraphs[n]) for n in kept),
    }


def extract_context(item: dict[str, Any]) -> Document:
    """What the current extractor reads in ``item``'s context, dated as its article."""
    header = f"date {item['published']}\n" if item.get("published") else ""
    return extract(repair(header + item["context"]))


def extracted_sentences(item: dict[str, Any]) -> set[str]:
    """The sentences of ``item``'s context that the current extractor takes commitments from."""
    return set(extracted_deadlines(item))


def extracted_deadlines(item: dict[str, Any]) -> dict[str, str | None]:
    """Sentence -> the deadline day of its first commitment, for each sentence of ``item``'s
    context that the current extractor takes commitments from."""
    doc = extract_context(item)
    out: dict[str, str | None] = {}
    for c in doc.commitments:
        out.setdefault(doc.span_text(c.sentence).strip(), c.deadline_date)
    return out


@dataclass
class Score:
    """Of a judged sample: the judged items the extractor still takes, true and false."""

    kept_true: int = 0
    kept_false: int = 0
    lost_true: list[dict[str, Any]] = field(default_factory=list)
    kept_false_items: list[dict[str, Any]] = field(default_factory=list)
    # of the true ones kept whose deadline day was judged: those given the judged day
    deadline_judged: int = 0
    deadline_right: int = 0

    @property
    def precision(self) -> float:
        kept = self.kept_true + self.kept_false
        return self.kept_true / kept if kept else 0.0


def score_judged(
    items: Iterable[dict[str, Any]], still_taken: Callable[[dict[str, Any]], bool]
) -> Score:
    out = Score()
    for item in items:
        kept = still_taken(item)
        if item["verdict"] and kept:
            out.kept_true += 1
        elif item["verdict"]:
            out.lost_true.append(item)
        elif kept:
            out.kept_false += 1
            out.kept_false_items.append(item)
    return out


def score(items: Iterable[dict[str, Any]]) -> Score:
    deadlines: list[tuple[str | None, str | None]] = []  # (judged, extracted)

    def still_taken(item: dict[str, Any]) -> bool:
        found = extracted_deadlines(item)
        sentence = item["sentence"].strip()
        if sentence in found and item["verdict"] and "judged_deadline_date" in item:
            deadlines.append((item["judged_deadline_date"], found[sentence]))
        return sentence in found

    out = score_judged(items, still_taken)
    out.deadline_judged = len(deadlines)
    out.deadline_right = sum(1 for judged, given in deadlines if judged == given)
    return out


def read_judged(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        for n, line in enumerate(lines, 1):
            item = json.loads(line)
            if not isinstance(item.get("verdict"), bool):
                raise ValueError(f"{path}:{n}: verdict must be true or false")
            yield item
