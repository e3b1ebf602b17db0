"""Speaker accuracy against a judged sample (``tests/fixtures/speakers_judged.jsonl``).

Each judged line holds one quote the extractor reported in an article of the shared news that
the gold does not use: the article's text up to the paragraph after the quote's (``text``),
where the quote starts in it (``start``, its first words as ``starts``), what the extractor
said at the draw (``drawn``), and the reader's judgement: ``verdict`` true when the words are a
statement someone made, and then who made it as the text tells: ``speaker`` (the fullest name
the text gives the person) or ``speaker_organization`` (the body or outlet), both ``null``
when the text names nobody (a post nobody in it holds, «یک منبع آگاه»); ``why`` notes doubts.

``score`` extracts every text again: of the statements with a speaker, the share given that
speaker (another is an error, none a miss, as in ``evaluate``); of those with none, how many
the extractor still credits to someone.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from khabar.evaluate import Tally, fold, one_listed, orgs_match
from khabar.model import Document, Quote

_MAX_CHARS = 6000  # the text kept up to the quote: longer ones are left out of the draw


def stem_of(record: dict[str, Any]) -> str:
    """The fixture stem of an extracted shared article, as the gold names them:
    ``Dataset/tabnak_data_123.txt`` -> ``tabnak_123``, ``fars-news-2.json`` item 168 ->
    ``fars-2_167`` (the gold counts array indexes from 0, the reader items from 1)."""
    path = Path(record.get("path") or "")
    locator = record.get("locator") or ""
    if path.name.startswith("fars-news-") and locator.startswith("item "):
        k = path.stem.removeprefix("fars-news-")
        return f"fars-{k}_{int(locator.split()[1]) - 1}"
    return path.stem.replace("_data", "")


def draw(
    extract_jsonl: Path, n: int, seed: int, exclude: set[str], gold_lines: set[str]
) -> list[dict[str, Any]]:
    """``n`` quotes from ``n`` articles drawn with ``seed`` from a ``khabar extract --jsonl``
    output, one quote each, unjudged; leaving out the stems in ``exclude`` and the copies of
    those articles elsewhere: a title or a first line that is, folded, in ``gold_lines``."""
    records = []
    with extract_jsonl.open(encoding="utf-8") as lines:
        for line in lines:
            r = json.loads(line)
            if r.get("quotes") and stem_of(r) not in exclude:
                records.append(r)
    rng = random.Random(seed)
    rng.shuffle(records)
    out: list[dict[str, Any]] = []
    for r in records:
        q = rng.choice(r["quotes"])  # drawn before the test, so a copy left out moves no draw
        first = r["text"].split("\n", 1)[0]
        if {fold(r.get("title")), fold(first)} & gold_lines:
            continue
        if (item := _item(r, q)) is not None:
            out.append(item)
        if len(out) >= n:
            break
    return out


def _item(record: dict[str, Any], q: dict[str, Any]) -> dict[str, Any] | None:
    text = record["text"]
    # the paragraph after the quote's: a post-only lead is often named there
    end = text.find("\n", q["end"])
    end = text.find("\n", end + 1) if end >= 0 else -1
    text = text[: end + 1] if end >= 0 else text
    if len(text) > _MAX_CHARS:
        return None
    head = {"stem": stem_of(record), "title": record.get("title")}
    return to_judge(q, text, **head, published=record.get("published"))


def to_judge(q: dict[str, Any], text: str, **head: Any) -> dict[str, Any]:
    """A drawn quote ``q`` of ``text`` as a sample's item, its judgement still to be set by
    reading; ``head`` names where it came from (a stem, a title ...)."""
    return {
        **head,
        "text": text,
        "start": q["start"],
        "starts": " ".join(q["text"].split()[:6]),
        "sentence": q["sentence"]["text"],
        "drawn": {"speaker": q["speaker"], "speaker_organization": q["speaker_organization"]},
        "verdict": None,
        "speaker": None,
        "speaker_organization": None,
        "why": "",
    }


@dataclass
class SpeakerScore:
    """``accuracy``: of the judged statements with a speaker. ``unnamed``: those whose text
    names nobody, and ``credited`` of them: still given a speaker by the extractor."""

    accuracy: Tally = field(default_factory=Tally)
    unnamed: int = 0
    credited: int = 0
    misses: list[str] = field(default_factory=list)


def extract_item(item: dict[str, Any], use_model: bool = True) -> Document:
    from khabar.extract import extract_text

    meta = {k: item[k] for k in ("title", "published") if item.get(k)}
    return extract_text(item["text"], meta, use_model=use_model)


def quote_at(doc: Document, start: int) -> Quote | None:
    """The extracted quote covering offset ``start`` (its first words, as the gold aligns);
    the one that opens right there first, not a longer one run over it."""
    at = next((q for q in doc.quotes if q.span.start == start), None)
    return at or next((q for q in doc.quotes if q.span.start - 25 <= start < q.span.end), None)


def _encloses(q: Quote | None, item: dict[str, Any], doc: Document) -> bool:
    """The quote opened in a sentence before the judged statement's: it is the words of one
    who tells what nobody named said («وی افزود: ... مالک باشگاه از ما خواسته ...»), not the
    statement credited to them. The sentence is found in the item's text, which is what was
    repaired, and taken to the repaired text, where the quote's offset is (a number the repair
    rejoins moves what follows it)."""
    at = item["text"].find(item["sentence"])
    return q is not None and at >= 0 and q.span.start < doc.offset_map.from_original(at, at)[0]


def score(items: Iterable[dict[str, Any]], use_model: bool = True) -> SpeakerScore:
    out = SpeakerScore()
    for item in items:
        if not item["verdict"]:
            continue
        doc = extract_item(item, use_model)
        q = quote_at(doc, item["start"])
        said = _said(q)
        if not (item["speaker"] or item["speaker_organization"]):
            out.unnamed += 1
            if said and not _encloses(q, item, doc):
                out.credited += 1
                out.misses.append(f"{item['stem']}: {said} for «{item['starts']}» (nobody)")
            continue
        if q is not None and _right(q, item):
            out.accuracy.right += 1
            continue
        if said:
            out.accuracy.wrong += 1
        else:
            out.accuracy.missed += 1
        judged = item["speaker"] or item["speaker_organization"]
        out.misses.append(f"{item['stem']}: {said or 'nobody'} for «{item['starts']}» ({judged})")
    return out


def _right(q: Quote, item: dict[str, Any]) -> bool:
    if item["speaker"]:
        return fold(item["speaker"]) == fold(q.speaker)
    said, judged = q.speaker_organization, item["speaker_organization"]
    return q.speaker is None and (orgs_match(said, judged) or one_listed(said, judged))


def _said(q: Quote | None) -> str | None:
    return (q.speaker or q.speaker_organization) if q else None
