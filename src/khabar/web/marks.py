"""The marks of one document (``Store.document_view``) for either of its texts.

The repaired text is marked at the facts' own offsets; the original at the offsets the
offset map gave them when they were stored, so both views highlight the same facts.
"""

from __future__ import annotations

from typing import Any

from khabar.store.kinds import DATE, ORGANIZATION, PERSON, PLACE, QUANTITY, QUOTE

from .highlight import Mark

KIND_LABELS = {"direct": "نقل قول مستقیم", "indirect": "نقل قول غیرمستقیم"}
# facts less sure than this are marked on every page, and hidden by its switch
# (``?min_confidence=LOW_CONFIDENCE``): below it, the share right measured for their
# evidence is about a coin toss (data/confidence.tsv: the classes fitted below it, the tagger's
# places and organizations, were right 0.47-0.57 of the time)
LOW_CONFIDENCE = 0.6
LOW_LABEL = "اطمینان کم"


def low(fact: Any) -> bool:
    """A fact whose confidence is known and below ``LOW_CONFIDENCE``."""
    confidence = fact.get("confidence") if isinstance(fact, dict) else None
    return confidence is not None and confidence < LOW_CONFIDENCE


def _at(span: dict[str, Any], original: bool) -> tuple[int | None, int | None]:
    if original:
        return span.get("original_start"), span.get("original_end")
    return span.get("start"), span.get("end")


def document_marks(doc: dict[str, Any], original: bool = False) -> list[Mark]:
    marks: list[Mark] = []

    def add(span: dict[str, Any], kind: str, unsure: bool = False, **extra: Any) -> None:
        start, end = _at(span, original)
        if start is not None and end is not None:
            if unsure:
                kind += " low-confidence"
                extra["title"] = f"{extra['title']} ({LOW_LABEL})"
            marks.append(Mark(start, end, kind, **extra))

    for p in doc["persons"]:
        href = f"/persons/{p['entity_id']}" if p["entity_id"] else None
        title = "، ".join([p["name"], *p["posts"]])
        for span in p["mentions"]:
            add(span, PERSON.mark, low(p), href=href, title=title)
        # a post mention is not tied to one of the posts: unsure when they all are
        posts = [{"confidence": c} for c in p.get("post_confidences", [])]
        unsure = bool(posts) and all(low(c) for c in posts)
        for span in p["post_mentions"]:
            add(span, "post", unsure, href=href, title=f"سمت: {p['name']}")
    for kind in (ORGANIZATION, PLACE):
        for item in doc[kind.table]:
            href = f"/{kind.table}/{item['entity_id']}" if item["entity_id"] else None
            for span in item["mentions"]:
                add(span, kind.mark, low(item), href=href, title=item["name"])
    for q in doc["quantities"]:
        add(q, QUANTITY.mark, title=_quantity_title(q), anchor=f"quantity-{q['id']}")
    for d in doc["dates"]:
        add(d, DATE.mark, title=d["iso"] or d["text"])
    for q in doc["quotes"]:
        who = q["speaker"] or q["speaker_organization"] or "گوینده نامعلوم"
        add(
            q,
            QUOTE.mark,
            low(q),
            title=f"{KIND_LABELS.get(q['kind'], q['kind'])}: {who}",
            anchor=f"quote-{q['id']}",
        )
    return marks


def _quantity_title(q: dict[str, Any]) -> str:
    if q.get("value") is not None:
        number = f"{q['value']:g}"
    else:
        number = f"{q.get('min'):g}–{q.get('max'):g}"
    return f"{number} {q.get('unit') or ''}".strip()
