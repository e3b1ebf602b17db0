"""FollowTheMoney (FtM), the data model of OpenSanctions and OCCRP Aleph.

``entities.ftm.json`` holds one entity per line:

- each article an ``Article`` (title, publishedAt, sourceUrl, publisher, bodyText, and the
  names found in it as peopleMentioned, companiesMentioned, locationMentioned,
  detectedCountry);
- each person a ``Person`` (name, alias, a bare surname as weakAlias, title, position);
- each post a ``Position`` (name, organization, country, subnationalArea) and an
  ``Occupancy`` linking its holder to it, with the publication days of the articles that
  report it as ``date``, those articles as ``proof`` and their sentences as ``summary``;
- each organization an ``Organization``, or a ``PublicBody`` for a state body;
- a ``Documentation`` for every entity and article it appears in, the sentence as summary.

Ids are ``make_id`` hashes of normalized keys, so a re-export updates entities rather than
duplicating them. Every date is made Gregorian ISO (``gregorian_day``) before FtM sees it.
FtM has no schema for quotes and commitments: they go to ``quotes_commitments.jsonl``, the
JSON Lines export's objects plus the FtM ids they refer to.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any, TextIO

from khabar.calendars import gregorian_day
from khabar.extract import lexicons as lx
from khabar.lexicon import countries
from khabar.store.fact_rows import Row
from khabar.text.fold import fold_key

from . import jsonl
from .files import ExportError, output_dir, replacing

ENTITIES = "entities.ftm.json"
SIDE_FILE = "quotes_commitments.jsonl"
_NAMESPACE = "khabar"  # first part of every key: ids never meet another dataset's
# organizations.tsv kinds that are state bodies; bodies found by their head word are state
# bodies when the head is one of _STATE_HEADS («استانداری ...», «ستاد ...»)
_STATE_KINDS = {"ministry", "council", "military", "police", "judiciary", "parliament"}
_STATE_KINDS |= {"government"}
_STATE_HEADS = {"وزارت", "استانداری", "فرمانداری", "شهرداری", "دادگستری", "سپاه", "قرارگاه"}
_STATE_HEADS |= {"اداره", "ستاد", "شورای", "کمیسیون", "دبیرخانه"}


def organization_schema(name: str) -> str:
    keys = list(lx.phrase_keys(name))
    found = lx.organizations().match(keys, 0) if keys else None
    if found and found[0] == len(keys):
        return "PublicBody" if found[1].kind in _STATE_KINDS else "Organization"
    return "PublicBody" if keys and keys[0] in {lx.key(h) for h in _STATE_HEADS} else "Organization"


@cache
def _country_codes() -> dict[str, str]:
    codes = {}
    for c in countries():
        for name in (c.name, *c.aliases):
            codes[fold_key(name)] = c.code.lower()
    return codes


def country_code(name: str) -> str | None:
    """The ISO code (``ir``) of the country that ``name`` or one of its aliases names, if listed."""
    return _country_codes().get(fold_key(name))


class Entities:
    """The entities of one export, built up row by row; one proxy per id."""

    def __init__(self, conn: sqlite3.Connection, model: Any) -> None:
        self.conn, self.model = conn, model
        self.by_id: dict[str, Any] = {}
        self._stored: dict[int, tuple[str, str, list[str]]] = {}
        self.article_key = self.article_id = ""
        self.day: str | None = None
        self._of_article: list[str] = []  # the Article and its Documentations

    def make(self, schema: str, *key: object) -> Any:
        proxy = self.model.make_entity(schema)
        proxy.make_id(_NAMESPACE, *key)
        if proxy.id not in self.by_id and schema in ("Article", "Documentation"):
            self._of_article.append(proxy.id)
        return self.by_id.setdefault(proxy.id, proxy)

    def finished_article(self) -> list[Any]:
        """Take out the entities of the current article, complete once its rows are read:
        only persons, posts and organizations gather across articles, and the text of
        every article need not stay in memory."""
        done = [self.by_id.pop(i) for i in self._of_article]
        self._of_article = []
        return done

    def stored(self, entity_id: int) -> tuple[str, str, list[str]]:
        """(key, name, every spelling) of an entity of the store."""
        if entity_id not in self._stored:
            q = self.conn.execute
            key, name = q("SELECT key, name FROM entities WHERE id = ?", (entity_id,)).fetchone()
            sql = "SELECT name FROM entity_names WHERE entity_id = ? ORDER BY name"
            self._stored[entity_id] = key, name, [r[0] for r in q(sql, (entity_id,))]
        return self._stored[entity_id]

    def named(self, schema: str, key: str, name: str, names: list[str]) -> Any:
        proxy = self.make(schema, key)
        proxy.add("name", name)
        for other in names:
            if fold_key(other) != fold_key(name):
                proxy.add("weakAlias" if len(other.split()) == 1 else "alias", other)
        return proxy

    def article(self, row: Row) -> None:
        self.article_key = row["url"] or f"sha256:{row['content_hash']}"
        self.day = gregorian_day(row["published"])
        article = self.make("Article", "article", self.article_key)
        self.article_id = article.id
        article.add("title", row["title"])
        article.add("publishedAt", self.day)
        article.add("sourceUrl", row["url"])
        article.add("publisher", row["source"])
        article.add("language", "fas")
        article.add("bodyText", row["text"])
        if row["path"]:
            article.add("fileName", Path(row["path"]).name)

    def person(self, entity_id: int) -> Any:
        key, name, names = self.stored(entity_id)
        if key.startswith("person-partial:"):  # a bare surname: an entity of its article alone
            key = f"person-partial:{self.article_key}:{key.rsplit(':', 1)[1]}"
        return self.named("Person", key, name, names)

    def organization(self, entity_id: int) -> Any:
        key, name, names = self.stored(entity_id)
        return self.named(organization_schema(name), key, name, names)

    def documented(self, entity: Any, row: Row) -> None:
        doc = self.make("Documentation", "documentation", entity.id, self.article_id)
        doc.add("entity", entity.id)
        doc.add("document", self.article_id)
        doc.add("role", "mention")
        doc.add("summary", row["sentence"])
        doc.add("date", self.day)

    @property
    def current_article(self) -> Any:
        """The Article of the rows being read: a document's row comes before its facts'."""
        return self.by_id[self.article_id]

    def add(self, table: str, row: Row) -> None:
        if table == "documents":
            self.article(row)
        elif table == "persons" and row["person_id"] is not None:
            person = self.person(row["person_id"])
            person.add("title", row["titles"])
            person.add("position", row["posts"])
            self.current_article.add("peopleMentioned", person.first("name"))
            self.documented(person, row)
        elif table == "posts" and row["person_id"] is not None:
            self.post(row)
        elif table == "organizations" and row["organization_id"] is not None:
            org = self.organization(row["organization_id"])
            self.current_article.add("companiesMentioned", org.first("name"))
            self.documented(org, row)
        elif table == "places":
            article = self.current_article
            article.add("locationMentioned", row["name"])
            if row["kind"] == "country":
                article.add("detectedCountry", country_code(row["name"]))

    def post(self, row: Row) -> None:
        holder = self.person(row["person_id"])
        position = self.make("Position", "position", fold_key(row["post"]))
        position.add("name", row["post"])
        position.add("country", country_code(row["country"] or "") or "ir")
        position.add("subnationalArea", row["province"])
        if row["organization_id"] is not None:
            position.add("organization", self.organization(row["organization_id"]).id)
        occupancy = self.make("Occupancy", "occupancy", holder.id, position.id)
        occupancy.add("holder", holder.id)
        occupancy.add("post", position.id)
        occupancy.add("date", self.day)
        occupancy.add("proof", self.article_id)
        occupancy.add("summary", row["sentence"])
        self.documented(position, row)

    def side_record(self, table: str, row: Row) -> dict[str, Any]:
        """A quote or commitment with its id and the FtM ids of its article and person."""
        from followthemoney.util import make_entity_id

        person_id = row["speaker_id" if table == "quotes" else "announcer_id"]
        fact = jsonl.FACTS[table]
        return {
            "id": make_entity_id(_NAMESPACE, fact, self.article_key, row["start"], row["end"]),
            "article": self.article_id,
            "person": None if person_id is None else self.person(person_id).id,
        } | jsonl.record(table, row)


def write(
    conn: sqlite3.Connection, facts: Iterable[tuple[str, Row]], directory: Path
) -> dict[str, int]:
    """Write ``entities.ftm.json`` and the side file into ``directory``; returns the number
    of entities per schema and of side-file lines per table."""
    try:
        from followthemoney import model
    except ImportError:
        raise ExportError(
            "the FollowTheMoney export needs followthemoney: pip install 'khabar[ftm]'"
        ) from None
    output_dir(directory)
    entities = Entities(conn, model)
    counts: Counter[str] = Counter()

    def dump(out: TextIO, proxies: Iterable[Any]) -> None:
        for proxy in proxies:
            out.write(json.dumps(proxy.to_dict(), ensure_ascii=False) + "\n")
            counts[proxy.schema.name] += 1

    with replacing(directory / SIDE_FILE) as side_tmp, replacing(directory / ENTITIES) as tmp:
        with side_tmp.open("w", encoding="utf-8") as side, tmp.open("w", encoding="utf-8") as out:
            for table, row in facts:
                if table == "documents":
                    dump(out, entities.finished_article())
                if table in ("quotes", "commitments"):
                    side.write(json.dumps(entities.side_record(table, row), ensure_ascii=False))
                    side.write("\n")
                    counts[table] += 1
                else:
                    entities.add(table, row)
            dump(out, entities.finished_article())
            dump(out, entities.by_id.values())
    return dict(counts)
