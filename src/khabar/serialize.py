"""The ``khabar extract`` contract: a Document as plain JSON-ready data.

Offsets (``start``/``end``) are into ``text``; ``original_start``/``original_end`` point
into the file as read (after decoding). See the README, "Output contract".
"""

from __future__ import annotations

from typing import Any

from khabar.model import Document
from khabar.text.offsets import Span

SCHEMA = "khabar.extract/2"
# Version 1 called a person's posts ``roles`` and their spans ``role_mentions``.
_V1 = "khabar.extract/1"
_V1_KEYS = {"roles": "posts", "role_mentions": "post_mentions"}


def _span(doc: Document, span: Span, with_text: bool = True) -> dict[str, Any]:
    o_start, o_end = doc.offset_map.to_original(span.start, span.end)
    out: dict[str, Any] = {"start": span.start, "end": span.end}
    if with_text:
        out["text"] = doc.text[span.start : span.end]
    out["original_start"], out["original_end"] = o_start, o_end
    return out


def _sentence(doc: Document, span: Span) -> dict[str, Any]:
    s = doc.sentence_of(span) or span
    return {"sentence": {"start": s.start, "end": s.end, "text": doc.text[s.start : s.end]}}


def document_to_dict(doc: Document) -> dict[str, Any]:
    meta = doc.meta
    return {
        "schema": SCHEMA,
        "path": meta.get("path"),
        "url": meta.get("url"),
        "title": meta.get("title"),
        "surtitle": meta.get("surtitle"),
        "source": meta.get("source"),
        "published": meta.get("published"),
        "text": doc.text,
        "persons": [
            {
                "name": p.name,
                "titles": p.titles,
                "posts": p.posts,
                "mentions": [_span(doc, m) for m in sorted(p.mentions)],
                "post_mentions": [_span(doc, m) for m in sorted(p.post_mentions)],
                "confidence": p.confidence,
                "post_confidences": p.post_confidences,
            }
            for p in doc.persons
        ],
        "organizations": [
            {
                "name": o.name,
                "aliases": o.aliases,
                "mentions": [_span(doc, m) for m in o.mentions],
                "confidence": o.confidence,
            }
            for o in doc.organizations
        ],
        "places": [
            {
                "name": p.name,
                "kind": p.kind,
                "mentions": [_span(doc, m) for m in p.mentions],
                "confidence": p.confidence,
            }
            for p in doc.places
        ],
        "quotes": [
            {
                "speaker": q.speaker,
                "speaker_organization": q.speaker_organization,
                "kind": q.kind,
                "verb": q.verb,
                **_span(doc, q.span),
                "cue": _span(doc, q.cue) if q.cue else None,
                "sentence": _span(doc, q.sentence),
                "confidence": q.confidence,
            }
            for q in doc.quotes
        ],
        "quantities": [
            {
                **{
                    k: v
                    for k, v in (("value", q.value), ("min", q.min), ("max", q.max))
                    if v is not None
                },
                "unit": q.unit,
                "kind": q.kind,
                **_span(doc, q.span),
                **_sentence(doc, q.span),
            }
            for q in doc.quantities
        ],
        "dates": [
            {"iso": d.iso, "precision": d.precision, **_span(doc, d.span)} for d in doc.dates
        ],
        "commitments": [
            {
                "announcer": c.announcer,
                "announcer_organization": c.announcer_organization,
                "announcer_post": c.announcer_post,
                "action": c.action,
                "deadline": c.deadline,
                "deadline_date": c.deadline_date,
                "cue": c.cue,
                **_span(doc, c.span),
                "confidence": c.confidence,
            }
            for c in doc.commitments
        ],
    }


def upgraded(record: dict[str, Any]) -> dict[str, Any]:
    """``record`` in the current contract: one of version 1 with its persons' keys renamed
    (a new dict; the persons are copied), any other as it is."""
    if record.get("schema") != _V1:
        return record
    persons = [{_V1_KEYS.get(k, k): v for k, v in p.items()} for p in record.get("persons", [])]
    return record | {"schema": SCHEMA, "persons": persons}
