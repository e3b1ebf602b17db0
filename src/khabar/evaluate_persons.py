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
import re
from collections.abc import Iterable, Set
from pathlib import Path
from typing import Any

from khabar.evaluate_commitments import Score, context_of, extract_context, score_judged
from khabar.extract.people import person_key
from khabar.model import Document


def draw(
    extract_jsonl: Path,
    n: int,
    seed: int,
    articles: int,
    exclude: frozenset[tuple[str, str | None]] = frozenset(),
    judged: Set[tuple[str, str | None, str]] = frozenset(),
) -> list[dict[str, Any]]:
    """``n`` persons drawn with ``seed`` from ``articles`` articles drawn with the same seed
    from a ``khabar extract --jsonl`` output, unjudged (``verdict`` None); articles whose
    ``article_key`` is in ``exclude`` (judged before, or gold) are not drawn, nor persons
    in ``judged`` (as ``judged_persons`` keys them)."""
    records = [json.loads(line) for line in extract_jsonl.open(encoding="utf-8")]
    records = [r for r in records if article_key(r.get("path"), r.get("locator")) not in exclude]
    rng = random.Random(seed)
    chosen = rng.sample(records, min(articles, len(records)))
    found = [
        (r, p)
        for r in chosen
        for p in r.get("persons", [])
        if p["mentions"]
        and (*article_key(r.get("path"), r.get("locator")), person_key(p["name"])) not in judged
    ]
    return [_item(r, p) for r, p in rng.sample(found, min(n, len(found)))]


def article_key(path: str | None, locator: str | None) -> tuple[str, str | None]:
    """An article of the shared news by its file's name and its place in the file."""
    return (Path(path or "").name, locator)


def judged_articles(judged: Iterable[Path]) -> set[tuple[str, str | None]]:
    """The articles the lines of judged samples were drawn from."""
    out = set()
    for path in judged:
        for line in path.open(encoding="utf-8"):
            item = json.loads(line)
            out.add(article_key(item["path"], item["locator"]))
    return out


def judged_persons(judged: Iterable[Path]) -> set[tuple[str, str | None, str]]:
    """The persons judged samples hold: their article's ``article_key`` and the name's
    ``person_key``."""
    out = set()
    for path in judged:
        for line in path.open(encoding="utf-8"):
            item = json.loads(line)
            out.add((*article_key(item["path"], item["locator"]), person_key(item["name"])))
    return out


# an origin as the gold's lists write it: ir_news_dataset `Dataset/tabnak_data_123.txt`,
# farsnews `fars-news-4.json`, array index 195 (0-based; ``khabar extract`` says «item 196»)
_ORIGIN = re.compile(
    r"(?:ir_news_dataset|farsnews) `(?:Dataset/)?([^`/]+)`(?:, array index (\d+))?"
)


def gold_articles(listings: Iterable[Path]) -> set[tuple[str, str | None]]:
    """The shared news articles the gold was made of or drawn for (``gold/drawn.tsv``,
    ``news/SOURCES.md``): never drawn for a judged sample, so that no held-out text is read."""
    out = set()
    for path in listings:
        for name, index in _ORIGIN.findall(path.read_text(encoding="utf-8")):
            out.add((name, f"item {int(index) + 1}" if index else None))
    return out


def _item(record: dict[str, Any], person: dict[str, Any]) -> dict[str, Any]:
    first = min(m["start"] for m in person["mentions"])
    return {"name": person["name"], **context_of(record, first), "verdict": None, "why": ""}


def extracted_names(item: dict[str, Any]) -> set[str]:
    """The keys of the persons the current extractor reports in ``item``'s context."""
    return {person_key(p.name) for p in extract_context(item).persons}


def _still_taken(item: dict[str, Any]) -> bool:
    """The judged name is reported; a true one also when reported whole, as the family name
    in a fuller name of the same person: its end («راب» as «دومینیک راب») or the first word
    of a family name of two («مجتهد‌زاده» as «محمد مجتهد‌زاده فارابی»), written apart or as
    one word («صفایی بوشهری» as «غلامعلی صفایی‌بوشهری»)."""
    doc = extract_context(item)
    return _reported(item, [p.name.split() for p in doc.persons], mention_keys(doc))


def _reported(item: dict[str, Any], names: list[list[str]], mentions: Set[str]) -> bool:
    """``item``'s name is among ``names`` (each split in words), or a true one inside one or
    among ``mentions``, the keys of the words naming a person."""
    key = person_key(item["name"])
    if any(person_key(" ".join(n)) == key for n in names):
        return True
    if not item["verdict"]:
        return False
    return (
        any(
            person_key(" ".join(n[k:e])) == key
            for n in names
            for k in range(1, len(n))
            for e in range(k + 1, len(n) + 1)
        )
        or key in mentions
    )


def mention_keys(doc: Document) -> set[str]:
    """The keys of the words that name a person of ``doc``: a true name reported as a mention
    of a person named otherwise, joined to him («موتمنی» of «سعید موتمن»)."""
    return {person_key(doc.text[m.start : m.end]) for p in doc.persons for m in p.mentions}


def score(items: Iterable[dict[str, Any]]) -> Score:
    return score_judged(items, _still_taken)


def score_articles(items: Iterable[dict[str, Any]], extract_jsonl: Path) -> Score:
    """``score`` on whole articles: the judged names a ``khabar extract --jsonl`` output of
    the articles they were drawn from reports (the contexts lose the names an article gives
    in full only elsewhere); a true one also inside a fuller name, as on the contexts («واعظی»
    of «محمود واعظی»)."""
    items = list(items)
    wanted = {article_key(i["path"], i["locator"]) for i in items}
    names: dict[tuple[str, str | None], list[list[str]]] = {}
    mentions: dict[tuple[str, str | None], set[str]] = {}
    for line in extract_jsonl.open(encoding="utf-8"):
        record = json.loads(line)
        at = article_key(record.get("path"), record.get("locator"))
        if at in wanted:
            persons = record.get("persons", [])
            names[at] = [p["name"].split() for p in persons]
            mentions[at] = {person_key(m["text"]) for p in persons for m in p.get("mentions", [])}
    at_of = {id(i): article_key(i["path"], i["locator"]) for i in items}
    return score_judged(
        items,
        lambda i: _reported(i, names.get(at_of[id(i)], []), mentions.get(at_of[id(i)], set())),
    )
