"""Loading of the package's data files (``src/khabar/data``), each read once per process."""

from __future__ import annotations

from functools import cache
from importlib import resources


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


def split_values(field: str) -> list[str]:
    """A ``|``-separated list field."""
    return [v.strip() for v in field.split("|") if v.strip()]
