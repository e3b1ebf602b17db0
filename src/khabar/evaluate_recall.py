"""Persons found against a development sample read for every person named in it.

``tests/fixtures/persons_recall_dev.jsonl`` holds, per article, every real person the text
names and each of their mentions (a full name, a surname or a given name alone) as offsets
into the repaired text and, so that a change of the repair moves nothing, into the text as
read (``original``). Mentions are compared in the text as read, with a leading title
(``honorifics.tsv``, «امام», «حضرت») left out of either side, since whether «امام خمینی» or
«خمینی» is the name is a convention and not a miss.

* mentions: a gold mention is found when a person reported has a mention with its span; a
  reported mention is right when it is a gold mention's.
* persons: a gold person is found when any of its mentions is; a reported person is right
  when any of its mentions is a gold mention (``Score`` of evaluate_commitments).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from khabar.evaluate import Score
from khabar.lexicon import rows
from khabar.model import Document

EXTRA_TITLES = ("امام", "حضرت")


@dataclass
class ArticleScore:
    file: str
    persons: Score = field(default_factory=Score)
    mentions: Score = field(default_factory=Score)
    missed: list[str] = field(default_factory=list)  # gold mentions, in context
    extra: list[str] = field(default_factory=list)  # reported mentions that are none


@cache
def _titles() -> tuple[str, ...]:
    titles = {r[0] for r in rows("honorifics.tsv")} | set(EXTRA_TITLES)
    return tuple(sorted(titles, key=len, reverse=True))


def _untitled(text: str, start: int, end: int) -> tuple[int, int]:
    """``start, end`` without the titles it opens with («حاج قاسم» -> «قاسم»)."""
    moved = True
    while moved:
        moved = False
        for title in _titles():
            after = start + len(title)
            if text.startswith(title, start) and after < end and text[after] in " \u200c":
                # a stray ZWNJ may follow the space too («امام ‌خميني»)
                start, moved = after + 1, True
                while start < end and text[start] in " \u200c":
                    start += 1
                break
    return start, end


def read_sample(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _context(text: str, start: int, end: int) -> str:
    before = text[max(0, start - 30) : start].replace("\n", " ")
    after = text[end : end + 30].replace("\n", " ")
    return f"…{before}[{text[start:end]}]{after}…"


def score_article(doc: Document, gold: dict[str, Any]) -> ArticleScore:
    """Score the persons ``doc`` reports against the gold record of its article."""
    out = ArticleScore(gold["file"])
    original = doc.original
    gold_of: dict[tuple[int, int], int] = {}
    for n, person in enumerate(gold["persons"]):
        for m in person["mentions"]:
            gold_of[_untitled(original, *m["original"])] = n
    found_gold: set[tuple[int, int]] = set()
    right_persons = 0
    for person in doc.persons:
        right = False
        for m in person.mentions:
            o = doc.original_span(m)
            key = _untitled(original, o.start, o.end)
            if key in gold_of:
                found_gold.add(key)
                out.mentions.tp += 1
                right = True
            else:
                out.mentions.fp += 1
                out.extra.append(f"{person.name}: {_context(original, *key)}")
        right_persons += right
    out.mentions.fn = len(gold_of.keys() - found_gold)
    found_persons = {gold_of[k] for k in found_gold}
    out.persons = Score(right_persons, len(doc.persons) - right_persons, 0)
    out.persons.fn = len(gold["persons"]) - len(found_persons)
    for key in sorted(gold_of.keys() - found_gold):
        name = gold["persons"][gold_of[key]]["name"]
        out.missed.append(f"{name}: {_context(original, *key)}")
    return out


def score_sample(
    sample: list[dict[str, Any]], fixtures: Path, use_model: bool = True
) -> list[ArticleScore]:
    from khabar.extract import extract_text

    scores = []
    for gold in sample:
        text = (fixtures / gold["file"]).read_text(encoding="utf-8")
        scores.append(score_article(extract_text(text, use_model=use_model), gold))
    return scores


def total(scores: list[ArticleScore]) -> ArticleScore:
    out = ArticleScore("total")
    for s in scores:
        out.persons.add(s.persons)
        out.mentions.add(s.mentions)
    return out
