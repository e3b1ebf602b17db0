"""Fact extraction over a repaired Document: people, posts, quotes, organizations, places,
quantities, dates, commitments, the cited source and the title."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from typing import Any

from khabar.extract import lexicons as lx
from khabar.extract.commitments import find_commitments
from khabar.extract.dates import find_dates
from khabar.extract.entities import find_organizations, find_places, find_source, find_title
from khabar.extract.people import find_people, find_plain_names, find_roles
from khabar.extract.quantities import find_quantities
from khabar.extract.quotes import find_quotes
from khabar.extract.registry import build_registry, resolve_role, surname_mentions
from khabar.extract.triggers import (
    COMMITMENT,
    ORGANIZATION,
    PERSON,
    PLACE,
    QUOTE,
    ROLE,
    SOURCE,
    find_triggers,
)
from khabar.model import Document

__all__ = ["extract", "extract_text"]


def extract(doc: Document) -> Document:
    """Fill ``doc`` with its facts (in place) and return it."""
    tokens, text = doc.token_columns, doc.text
    keys = lx.keys_of(tokens.words)
    starts = tokens.starts
    sentences = [
        (s, bisect_left(starts, s.start), bisect_left(starts, s.end)) for s in doc.sentences
    ]
    starts_of = find_triggers(keys)
    mentions = find_people(tokens, keys, text, starts_of[PERSON])
    mentions += find_plain_names(
        tokens,
        keys,
        text,
        [(a, b) for _, a, b in sentences],
        starts_of[PERSON],
        starts_of[QUOTE],
        mentions,
    )
    person_tokens = {k for m in mentions for k in range(m.ti, m.j)}
    roles = [r for r in find_roles(tokens, keys, text, starts_of[ROLE]) if r.i not in person_tokens]
    reg = build_registry(mentions, roles, tokens, keys)
    surname_mentions(reg, tokens, keys, {a for _, a, _ in sentences})
    doc.quotes = find_quotes(
        tokens, keys, text, sentences, doc.paragraphs, reg, roles, starts_of[QUOTE]
    )
    for r in roles:  # posts named alone that now have a holder (after the quotes' adoption)
        holder = None if r.anaphor else resolve_role(reg, r)
        if holder and r.span not in reg.persons[holder].role_mentions:
            reg.persons[holder].role_mentions.append(r.span)
    doc.persons = list(reg.persons.values())
    doc.organizations = find_organizations(tokens, keys, text, starts_of[ORGANIZATION])
    doc.places = find_places(tokens, keys, set(reg.by_token), starts_of[PLACE])
    published = _date(doc.meta.get("published"))
    doc.dates = find_dates(text, published)
    doc.quantities = find_quantities(text, doc.sentences)
    doc.commitments = find_commitments(
        tokens, keys, text, sentences, doc.quotes, doc.quantities, doc.dates, starts_of[COMMITMENT]
    )
    source, source_span = find_source(tokens, keys, text, starts_of[SOURCE])
    doc.meta.setdefault("source", source)
    if source_span:
        doc.meta["source_span"] = source_span
    surtitle, title = find_title(text, doc.paragraphs)
    doc.meta.setdefault("title", title)
    doc.meta.setdefault("surtitle", surtitle)
    return doc


def extract_text(original: str, meta: dict[str, Any] | None = None) -> Document:
    """Repair and extract in one call."""
    from khabar.text import repair

    return extract(repair(original, meta))


def _date(value: object) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None
