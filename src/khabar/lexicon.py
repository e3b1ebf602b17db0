"""Loading of the package's data files (``src/khabar/data``), each read once per process."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from khabar.letters import ARABIC_LETTERS


@cache
def data_text(name: str) -> str:
    return resources.files("khabar").joinpath("data", name).read_text(encoding="utf-8")


@cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """TAB-separated rows of a data file, without ``#`` comments and blank lines."""
    out = []
    for line in data_text(name).splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        out.append(tuple(field.strip() for field in line.split("\t")))
    return tuple(out)


@cache
def words(name: str) -> tuple[str, ...]:
    """The entries of a word list: one a line, stripped, without ``#`` comments and blank
    lines."""
    lines = (line.strip() for line in data_text(name).splitlines())
    return tuple(w for w in lines if w and not w.startswith("#"))


@cache
def marked_rows(name: str, mark: str) -> tuple[tuple[tuple[str, ...], bool], ...]:
    """``rows`` of a data file, each with whether a comment line beginning with ``mark`` (in
    any case) stands above it: ``first_names.tsv`` lists after «# ambiguous» the names that
    are also common words."""
    out = []
    marked = False
    for line in data_text(name).splitlines():
        stripped = line.strip()
        if stripped.startswith("#"):
            marked = marked or stripped.lower().startswith(mark)
        elif stripped:
            out.append((tuple(field.strip() for field in line.split("\t")), marked))
    return tuple(out)


@dataclass(frozen=True)
class GivenName:
    """A row of ``first_names.tsv``: the name, its other spellings, and whether it is also a
    common word («امید», «نور»: listed after «# ambiguous»)."""

    name: str
    variants: tuple[str, ...]
    ambiguous: bool


@cache
def given_names() -> tuple[GivenName, ...]:
    """``first_names.tsv``, read once for all who need given names (people, ZWNJ repair)."""
    return tuple(
        GivenName(fields[0], tuple(split_values(fields[1])) if len(fields) > 1 else (), ambiguous)
        for fields, ambiguous in marked_rows("first_names.tsv", "# ambiguous")
    )


@dataclass(frozen=True)
class Named:
    """A row of a list of names (``organizations.tsv``, ``agencies.tsv``): the name, the other
    names it goes by, and what it is."""

    name: str
    aliases: tuple[str, ...]
    kind: str


@cache
def named(name: str) -> tuple[Named, ...]:
    """``name<TAB>aliases<TAB>kind`` rows; the last two columns may be left out."""
    return tuple(
        Named(r[0], tuple(split_values(r[1])) if len(r) > 1 else (), r[2] if len(r) > 2 else "")
        for r in rows(name)
    )


@dataclass(frozen=True)
class Country:
    name: str
    code: str  # ISO 3166-1 alpha-2, as listed (upper case)
    aliases: tuple[str, ...]


@cache
def countries() -> tuple[Country, ...]:
    """``countries.tsv``: the places list and the FollowTheMoney country codes read it."""
    return tuple(
        Country(r[0], r[1], tuple(split_values(r[2])) if len(r) > 2 else ())
        for r in rows("countries.tsv")
    )


@cache
def county_names() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(name, "county", its spellings) of Iran's counties (``counties.tsv``: name, province,
    other spellings). Most are named after their seat, a city of ``place_names``; the others
    («دشتستان», «تنگستان», «کوهرنگ») are places only here."""
    return tuple(
        (r[0], "county", (r[0], *split_values(r[2] if len(r) > 2 else "")))
        for r in rows("counties.tsv")
    )


def split_values(field: str) -> list[str]:
    """A ``|``-separated list field."""
    return [v.strip() for v in field.split("|") if v.strip()]


@cache
def place_names() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(name, kind, its spellings) of every country (``countries.tsv``: name, ISO code,
    aliases), province (``provinces.tsv``: name, aliases) and city (``province_city.json``)."""
    out = [(c.name, "country", (c.name, *c.aliases)) for c in countries()]
    out += [
        (r[0], "province", (r[0], *split_values(r[1] if len(r) > 1 else "")))
        for r in rows("provinces.tsv")
    ]
    for province in json.loads(data_text("province_city.json")):
        for c in province.get("cities") or []:
            name = c.get("city-fa") if isinstance(c, dict) else c
            if isinstance(name, str) and name.strip():
                # Arabic ي/ك as the character repair writes them (some cities are spelt so)
                city = name.strip().translate(ARABIC_LETTERS)
                out.append((city, "city", (city,)))
    return tuple(out)
