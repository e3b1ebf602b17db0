"""Which documents a search, a list or an export reads: one ``Filters``, parsed once where a
request comes in (``Filters.parse`` for the command line and Python callers, the web API's
``search_filters`` for its parameters) and carried inward as it is.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import astuple, dataclass
from typing import Any

from khabar.calendars import gregorian_day
from khabar.text.fold import fold_key

from .query import QueryError
from .reading import entity_ids

# filter -> (entity kind, table of its mentions)
_ENTITIES = {
    "person": ("person", "persons"),
    "org": ("organization", "organizations"),
    "place": ("place", "places"),
}


class BadDay(QueryError):
    """A ``since`` or ``until`` that is no day; ``name`` and ``value`` say which."""

    def __init__(self, name: str, value: object) -> None:
        super().__init__(f"{name} wants a date (2025-11-26 or 1404/09/05), got {value!r}")
        self.name, self.value = name, value


class BadConfidence(QueryError):
    """A ``min_confidence`` that is no number in [0, 1]."""

    def __init__(self, value: object) -> None:
        super().__init__(f"min_confidence wants a number from 0 to 1, got {value!r}")
        self.value = value


def confidence_floor(value: str | float | None) -> float | None:
    """``value`` as a confidence floor in [0, 1] (None: no floor); else ``BadConfidence``."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        floor = float(value)
    except (TypeError, ValueError):
        raise BadConfidence(value) from None
    if not 0.0 <= floor <= 1.0:  # NaN fails both
        raise BadConfidence(value)
    return floor


@dataclass(frozen=True)
class Filters:
    person: str | int | None = None  # a name as written, a surname, or an entity id
    org: str | int | None = None
    place: str | int | None = None
    source: str | None = None  # the outlet, folded when compared
    since: str | None = None  # Gregorian YYYY-MM-DD, both ends included
    until: str | None = None
    # facts below it count for nothing: a person, organization or place filter selects the
    # documents where it is found at least this sure, and an export leaves out the rest
    min_confidence: float | None = None

    @classmethod
    def parse(
        cls,
        person: str | int | None = None,
        org: str | int | None = None,
        place: str | int | None = None,
        source: str | None = None,
        since: str | dt.date | None = None,
        until: str | dt.date | None = None,
        min_confidence: str | float | None = None,
    ) -> Filters:
        """The filters of these arguments; ``since`` and ``until`` are dates, ISO or Jalali
        («1404/09/05», any digits) days: anything else raises ``BadDay``; ``min_confidence``
        a number in [0, 1], else ``BadConfidence``."""
        since_day, until_day = _day("since", since), _day("until", until)
        floor = confidence_floor(min_confidence)
        return cls(person, org, place, source, since_day, until_day, floor)

    def given(self) -> bool:
        return any(value is not None for value in astuple(self))

    def where(self, conn: sqlite3.Connection) -> tuple[str, list[Any]]:
        """SQL (to append to a WHERE on ``documents d``) and its arguments."""
        sql: list[str] = []
        args: list[Any] = []
        for name, (kind, table) in _ENTITIES.items():
            value = getattr(self, name)
            if value is None:
                continue
            ids = entity_ids(conn, kind, value)
            marks = ",".join("?" * len(ids)) or "NULL"
            sure = "" if self.min_confidence is None else " AND confidence >= ?"
            sql.append(
                f"d.id IN (SELECT document_id FROM {table} WHERE entity_id IN ({marks}){sure})"
            )
            args += ids if self.min_confidence is None else [*ids, self.min_confidence]
        if self.source is not None:
            sql.append("d.source_key = ?")
            args.append(fold_key(self.source))
        for day, op in ((self.since, ">="), (self.until, "<=")):
            if day is not None:
                sql.append(f"d.published IS NOT NULL AND substr(d.published, 1, 10) {op} ?")
                args.append(day)
        return "".join(f" AND {s}" for s in sql), args

    def unknown(self, conn: sqlite3.Connection) -> list[tuple[str, Any]]:
        """``(filter, value)`` of the person, org, place and source filters that name nothing
        in the record (a filter on them would select no document, rarely what was meant)."""
        unknown = []
        for name, (kind, _) in _ENTITIES.items():
            value = getattr(self, name)
            if value is not None and not entity_ids(conn, kind, value):
                unknown.append((name, value))
        if (
            self.source is not None
            and not conn.execute(
                "SELECT 1 FROM documents WHERE source_key = ? LIMIT 1", (fold_key(self.source),)
            ).fetchone()
        ):
            unknown.append(("source", self.source))
        return unknown


def filters_of(filters: Filters | None, given: dict[str, Any]) -> Filters:
    """``filters``, or those of the keyword arguments a Python caller gave
    (``store.search("امنیت", place="لرستان")``); not both."""
    if filters is not None and given:
        raise TypeError(f"give filters or {', '.join(given)}, not both")
    return filters if filters is not None else Filters.parse(**given)


def _day(name: str, value: str | dt.date | None) -> str | None:
    if value is None:
        return None
    iso = gregorian_day(value)
    if iso is None:
        raise BadDay(name, value)
    return iso
