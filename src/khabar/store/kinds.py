"""Each kind of fact, declared once: its fields, their columns, its evidence spans.

As FollowTheMoney declares its schemata as data, every kind of fact the store holds is one
``Kind`` below, and what would otherwise be written out per kind is derived from it: the
table's DDL (``ddl``, for new columns and the schema test), the row a record item becomes
(``Kind.row``), the columns read back for a document's view (``Kind.view``), the export
table's columns (``Kind.export``) and the API's list of a document's facts (``DOCUMENT_PARTS``).

A field is a value of the extract contract (``khabar.serialize``) under the same name. Its
column has that name too unless ``column`` says otherwise; ``write`` computes it from the
record item when it is not copied (a folded key, JSON of a list). A ``link`` field holds the
entity id of the person the item names (its ``person_id`` column points at the document's
``persons`` row of that name; views and exports read the entity id through it).

Adding a field (a ``confidence`` on every fact): add a ``Field`` here, and a migration in
``store/schema.py`` that ``add_column`` writes from it; ``tests/test_kinds.py`` checks that
the migrated database and the declaration agree.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any

from khabar import jsontext
from khabar.resolve.keys import person_keys
from khabar.text.fold import fold, fold_key

from .reading import spans_of

Item = dict[str, Any]  # one fact of a record, as ``khabar.serialize`` writes it
DOCUMENT = "INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE"
ENTITY = "INTEGER REFERENCES entities(id)"
SPAN = ("start", "end", "text", "original_start", "original_end")


@dataclass(frozen=True)
class Field:
    name: str  # as the extract contract, the views and the exports call it
    sql: str  # the column's type and constraint
    column: str = ""  # the store's column, when not ``name``
    write: Callable[[Item], Any] | None = None  # the value from the item; None: item[name]
    export: bool = True  # a column of the export table
    view: bool = True  # a key of the document view
    link: str = ""  # the field that names the person (the column holds the person row's id)
    entity: bool = False  # the entity id the writer links the item to
    read: Callable[[Any], Any] | None = None  # the view's value from the column (JSON ...)

    @property
    def stored(self) -> str:
        return self.column or self.name

    @property
    def from_item(self) -> bool:
        return not (self.link or self.entity)


@dataclass(frozen=True)
class Evidence:
    """A span of the item (``""``: the item itself; «cue», «sentence»: a span under that
    key), stored as ``PREFIX_start``/``_end``, and ``orig_start``/``_end`` if ``original``."""

    name: str  # "" for the fact's own span
    required: bool = False
    original: bool = False
    stored: bool = True  # a sentence not stored is found again where it is read

    @property
    def prefix(self) -> str:
        return self.name or "span"

    @property
    def columns(self) -> list[tuple[str, str]]:
        if not self.stored:
            return []
        sql = "INTEGER NOT NULL" if self.required else "INTEGER"
        cols = [(f"{self.prefix}_start", sql), (f"{self.prefix}_end", sql)]
        if self.original:
            cols += [("orig_start", "INTEGER"), ("orig_end", "INTEGER")]
        return cols

    @property
    def view(self) -> list[tuple[str, str]]:
        """(column, key) of the document view: the fact's own offsets under the names of
        the extract contract, the others as stored."""
        if self.name:
            return [(c, c) for c, _ in self.columns]
        keys = ("start", "end", "original_start", "original_end")
        return list(zip([c for c, _ in self.columns], keys, strict=True))

    @property
    def export(self) -> tuple[str, ...]:
        """Export columns: the fact's own span as ``SPAN``; another span's text under its
        name («sentence», «cue»), then its offsets prefixed by the name."""
        if not self.name:
            return SPAN
        return (self.name, *(f"{self.name}_{k}" for k in SPAN if k != "text"))

    def values(self, item: Item) -> tuple[Any, ...]:
        if not self.stored:
            return ()
        span = item.get(self.name) if self.name else item
        if not span:
            return (None, None, None, None) if self.original else (None, None)
        if self.original:
            return span["start"], span["end"], span.get("original_start"), span.get("original_end")
        return span["start"], span["end"]


@dataclass(frozen=True)
class Kind:
    name: str  # «quote»: the JSON Lines export's ``fact``
    table: str  # the store's table, and the export's
    fields: tuple[Field, ...]
    spans: tuple[Evidence, ...] = ()
    indexes: tuple[str, ...] = ("document_id",)  # the columns of each index
    mark: str = ""  # css class of its marks on a document's page
    _getters: list[Callable[[Item], Any]] = field(default_factory=list, init=False, repr=False)

    def __post_init__(self) -> None:
        for f in self.fields:
            if f.from_item:
                self._getters.append(f.write or _key(f.name, "NOT NULL" in f.sql))

    @property
    def columns(self) -> list[tuple[str, str]]:
        """(column, SQL) of the table, ``id`` and ``document_id`` first."""
        cols = [("id", "INTEGER PRIMARY KEY"), ("document_id", DOCUMENT)]
        cols += [(f.stored, f.sql) for f in self.fields]
        return cols + [c for s in self.spans for c in s.columns]

    @cached_property
    def link(self) -> Field | None:
        return next((f for f in self.fields if f.link), None)

    @cached_property
    def insert(self) -> str:
        """The ``INSERT`` of a row: ``document_id``, the person's id when the kind names one,
        the values of ``row``, the entity id when the kind is linked to one."""
        link = self.link
        cols = ["document_id"] + ([link.stored] if link else [])
        cols += [f.stored for f in self.fields if f.from_item]
        cols += [c for s in self.spans for c, _ in s.columns]
        cols += [f.stored for f in self.fields if f.entity]
        marks = ",".join("?" * len(cols))
        return f"INSERT INTO {self.table} ({', '.join(cols)}) VALUES ({marks})"

    def row(self, item: Item) -> tuple[Any, ...]:
        """The values a record item stores, but for the ids the writer assigns."""
        values = tuple([get(item) for get in self._getters])
        for s in self.spans:
            values += s.values(item)
        return values

    def position(self, name: str) -> int:
        """Where field ``name`` stands in the tuples of ``row``."""
        return self._positions[name]

    @cached_property
    def _positions(self) -> dict[str, int]:
        return {f.name: n for n, f in enumerate(f for f in self.fields if f.from_item)}

    def view(self, alias: str) -> str:
        """SELECT list of one fact of a document's view (from table ``alias``, the person it
        names from ``p``)."""
        cols = [f"{alias}.id"]
        for f in self.fields:
            if f.view:
                cols.append(f"p.entity_id AS {f.name}" if f.link else _as(alias, f.stored, f.name))
        cols += [_as(alias, c, k) for s in self.spans for c, k in s.view]
        return ", ".join(cols)

    @property
    def export(self) -> tuple[str, ...]:
        """Columns of the export table after the document's: the fields, the evidence (span
        and sentence), then any other span («cue»)."""
        fields = tuple(f.name for f in self.fields if f.export)
        rest = tuple(c for s in self.spans if s.name not in ("", "sentence") for c in s.export)
        return fields + EVIDENCE + rest

    def select(self, alias: str) -> str:
        """SELECT list of an export row: the exported fields, then each stored span's
        ``_start``/``_end``."""
        cols = [
            f"p.entity_id AS {f.name}" if f.link else _as(alias, f.stored, f.name)
            for f in self.fields
            if f.export
        ]
        cols += [f"{alias}.{c}" for s in self.spans for c, _ in s.columns[:2]]
        return ", ".join(cols)


EVIDENCE = SPAN + Evidence("sentence").export


def ddl(kind: Kind) -> str:
    """The CREATE TABLE and CREATE INDEX statements of ``kind``'s table."""
    columns = ",\n".join(f"    {name} {sql}" for name, sql in kind.columns)
    out = f"CREATE TABLE {kind.table} (\n{columns}\n);\n"
    for columns in kind.indexes:  # named after their first column
        first = columns.split(",")[0].removesuffix("_id").removesuffix("_key")
        out += f"CREATE INDEX {kind.table}_{first} ON {kind.table}({columns});\n"
    return out


def add_column(kind: Kind, name: str) -> str:
    """The migration that adds field ``name`` of ``kind`` to a database that lacks it."""
    found = next(f for f in kind.fields if f.name == name)
    return f"ALTER TABLE {kind.table} ADD COLUMN {found.stored} {found.sql};\n"


def _key(name: str, required: bool) -> Callable[[Item], Any]:
    if required:
        return lambda item: item[name]
    return lambda item: item.get(name)


def _as(alias: str, column: str, key: str) -> str:
    return f"{alias}.{column}" if column == key else f"{alias}.{column} AS {key}"


def _json_list(name: str) -> Callable[[Item], str]:
    return lambda item: jsontext.dumps(item.get(name, []))


def mentions_json(spans: list[Item]) -> str:
    """Mentions as stored: JSON ``[[start, end, orig_start, orig_end], ...]``."""
    return jsontext.dumps(
        [[s["start"], s["end"], s.get("original_start"), s.get("original_end")] for s in spans]
    )


def _mentions(name: str) -> Callable[[Item], str]:
    return lambda item: mentions_json(item[name])


@lru_cache(maxsize=4096)
def _person_keys(name: str) -> tuple[str | None, str]:
    return person_keys(name)  # two columns of one computation: computed once per name


def _folded_text(item: Item) -> str:
    return fold(item["text"])  # quote search matches folded words


TEXT = Field("text", "TEXT NOT NULL", export=False)  # the span's text, kept for the view
ENTITY_ID = Field("entity_id", "INTEGER REFERENCES entities(id)", entity=True, export=False)
PERSON_ID = "INTEGER REFERENCES persons(id) ON DELETE SET NULL"
FACT_SPAN = Evidence("", required=True, original=True)
# in [0, 1] (khabar/extract/confidence.py); NULL in rows stored before it existed
CONFIDENCE = Field("confidence", "REAL")
MENTIONS = Field("mentions", "TEXT NOT NULL", write=_mentions("mentions"), read=spans_of)
KEY: dict[str, Any] = {"view": False, "export": False}  # a folded key, for lookups only

PERSON = Kind(
    "person",
    "persons",
    (
        Field("name", "TEXT NOT NULL"),
        Field("name_key", "TEXT NOT NULL", write=lambda p: fold_key(p["name"]), **KEY),
        Field("given_key", "TEXT", write=lambda p: _person_keys(p["name"])[0], **KEY),
        Field("surname_key", "TEXT NOT NULL", write=lambda p: _person_keys(p["name"])[1], **KEY),
        Field("titles", "TEXT NOT NULL", write=_json_list("titles"), read=json.loads),
        MENTIONS,
        Field(
            "post_mentions",
            "TEXT NOT NULL",
            write=_mentions("post_mentions"),
            read=spans_of,
            export=False,  # the posts table exports each post with the mention spelling it
        ),
        CONFIDENCE,
        ENTITY_ID,
    ),
    indexes=("document_id, entity_id", "entity_id, document_id", "surname_key"),
    mark="person",
)
ORGANIZATION = Kind(
    "organization",
    "organizations",
    (
        Field("name", "TEXT NOT NULL"),
        Field("aliases", "TEXT NOT NULL", write=_json_list("aliases"), read=json.loads),
        MENTIONS,
        CONFIDENCE,
        ENTITY_ID,
    ),
    indexes=("document_id, entity_id", "entity_id, document_id"),
    mark="organization",
)
PLACE = Kind(
    "place",
    "places",
    (
        Field("name", "TEXT NOT NULL"),
        Field("kind", "TEXT NOT NULL", write=lambda p: p.get("kind", "")),
        MENTIONS,
        CONFIDENCE,
        ENTITY_ID,
    ),
    indexes=("document_id, entity_id", "entity_id, document_id"),
    mark="place",
)
QUOTE = Kind(
    "quote",
    "quotes",
    (
        Field("speaker_id", PERSON_ID, column="person_id", link="speaker"),
        Field("speaker", "TEXT"),
        Field("speaker_organization", "TEXT"),
        Field("kind", "TEXT NOT NULL"),
        Field("verb", "TEXT"),
        TEXT,
        Field("text_key", "TEXT NOT NULL", write=_folded_text, export=False, view=False),
        CONFIDENCE,
    ),
    (FACT_SPAN, Evidence("cue"), Evidence("sentence")),
    indexes=("document_id", "person_id"),
    mark="quote",
)
QUANTITY = Kind(
    "quantity",
    "quantities",
    (
        Field("value", "REAL"),
        Field("min", "REAL"),
        Field("max", "REAL"),
        Field("unit", "TEXT"),
        Field("kind", "TEXT NOT NULL"),
        TEXT,
    ),
    (FACT_SPAN, Evidence("sentence")),
    mark="quantity",
)
DATE = Kind(
    "date",
    "dates",
    (Field("iso", "TEXT"), TEXT),
    (FACT_SPAN, Evidence("sentence", stored=False)),
    mark="date",
)
COMMITMENT = Kind(
    "commitment",
    "commitments",
    (
        Field("announcer_id", PERSON_ID, column="person_id", link="announcer"),
        Field("announcer", "TEXT"),
        Field("announcer_organization", "TEXT"),
        Field("announcer_post", "TEXT"),  # the post of an announcer the article does not name
        Field("action", "TEXT NOT NULL"),
        Field("deadline", "TEXT"),  # as extracted: ISO date or words («ظرف مدت ۲ ماه»)
        Field("deadline_date", "TEXT"),  # ISO, from the words and the published date
        Field("cue", "TEXT"),
        CONFIDENCE,
    ),
    (FACT_SPAN, Evidence("sentence", stored=False)),
    indexes=("document_id", "person_id"),
)
# A person's posts («سخنگوی وزارت خارجه»), the persons' ``posts`` in the extract contract.
# Their rows are written by ``store.facts`` (each post with the post mention that spells it).
POST = Kind(
    "post",
    "posts",
    (
        # the person's row; the export gives the person's entity id and name instead
        Field(
            "person_id",
            "INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE",
            export=False,
            view=False,
        ),
        Field("post", "TEXT NOT NULL"),
        Field("post_key", "TEXT NOT NULL", **KEY),
        CONFIDENCE,  # the person's ``post_confidences``, written by ``store.facts``
    ),
    (Evidence("", original=True),),
    indexes=("person_id", "document_id"),
)
SPAN_FACTS = (QUOTE, QUANTITY, DATE, COMMITMENT)  # facts that are no entity themselves
KINDS = (PERSON, POST, ORGANIZATION, PLACE, QUOTE, QUANTITY, DATE, COMMITMENT)
# the lists of a document's view (and of the API's /documents/{id}/{part}); posts are its
# persons' ``posts``
CONFIDENT = (PERSON, POST, ORGANIZATION, PLACE, QUOTE, COMMITMENT)  # kinds with a confidence
DOCUMENT_PARTS = tuple(kind.table for kind in KINDS if kind is not POST)
