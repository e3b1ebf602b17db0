"""The marks of one document (``Store.document_view``) for either of its texts.

The repaired text is marked at the facts' own offsets; the original at the offsets the
offset map gave them when they were stored, so both views highlight the same facts.
"""

from __future__ import annotations

from typing import Any

from khabar.store.kinds import DATE, ORGANIZATION, PERSON, PLACE, QUANTITY, QUOTE

from .highlight import Mark

KIND_LABELS = {"direct": "نقل قول مستقیم", "indirect": "نقل قول غیرمستقیم"}


def _at(span: dict[str, Any], original: bool) -> tuple[int | None, int | None]:
    if original:
        return span.get("original_start"), span.get("original_end")
    return span.get("start"), span.get("end")


def document_marks(doc: dict[str, Any], original: bool = False) -> list[Mark]:
    marks: list[Mark] = []

    def add(span: dict[str, Any], kind: str, **extra: Any) -> None:
        start, end = _at(span, original)
        if start is not None and end is not None:
            marks.append(Mark(start, end, kind, **extra))

    for p in doc["persons"]:
        href = f"/persons/{p['entity_id']}" if p["entity_id"] else None
        title = "، ".join([p["name"], *p["posts"]])
        for span in p["mentions"]:
            add(span, PERSON.mark, href=href, title=title)
        for span in p["post_mentions"]:
            add(span, "post", href=href, title=f"سمت: {p['name']}")
    for kind in (ORGANIZATION, PLACE):
        for item in doc[kind.table]:
            href = f"/{kind.table}/{item['entity_id']}" if item["entity_id"] else None
            for span in item["mentions"]:
                add(span, kind.mark, href=href, title=item["name"])
    for q in doc["quantities"]:
        add(q, QUANTITY.mark, title=_quantity_title(q), anchor=f"quantity-{q['id']}")
    for d in doc["dates"]:
        add(d, DATE.mark, title=d["iso"] or d["text"])
    for q in doc["quotes"]:
        who = q["speaker"] or q["speaker_organization"] or "گوینده نامعلوم"
        add(
            q,
            QUOTE.mark,
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
