"""How the CLI prints the record: tables, the person summary, the counts of ``stats``.

Everything printed from the record goes through ``rich.markup.escape`` (or a ``Text``):
an article's words, a name or a path may hold ``[...]``, which Rich would read as markup.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

QUOTE_WIDTH = 160  # characters of a quote shown in the person summary
LATEST_QUOTES = 3
CO_MENTIONS = 8


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def table(rows: list[dict[str, Any]], columns: list[str], title: str = "") -> Table:
    out = Table(title=escape(title) if title else None)
    for c in columns:
        out.add_column(c, overflow="fold")
    for row in rows:
        out.add_row(*[escape("" if row.get(c) is None else str(row[c])) for c in columns])
    return out


def print_rows(
    rows: list[dict[str, Any]], as_json: bool, columns: list[str], title: str = ""
) -> None:
    if as_json:
        print_json(rows)
    else:
        Console().print(table(rows, columns, title))


def shorten(text: str, width: int = QUOTE_WIDTH) -> str:
    """``text`` on one line, cut at the last space before ``width`` (never inside a word)."""
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    cut = text.rfind(" ", 0, width)
    return text[: cut if cut > width // 2 else width] + " …"


def person_summary(page: dict[str, Any]) -> list[str]:
    """The lines (Rich markup) of ``khabar person``: who, posts with dates and sources, the
    latest quotes, who and what is named beside them; offsets are for ``--json``."""
    sources = {d["id"]: d.get("source") for d in page.get("documents") or []}
    lines = [f"[bold]{escape(page['name'])}[/]"]
    if page.get("surname_only"):
        lines.append("  (known by the surname only)")
    if page.get("titles"):
        lines.append(f"  titles: {escape('، '.join(page['titles']))}")
    others = [v for v in page.get("variants") or [] if v != page["name"]]
    if others:
        lines.append(f"  also written: {escape('، '.join(others))}")
    posts = page.get("posts") or []
    lines.append(f"[bold]posts[/] ({len(posts)})")
    for p in posts:
        lines.append(f"  {_when(p)}  {escape(p['post'])}{_where(p, sources)}")
    quotes = page.get("quotes") or []
    shown = min(len(quotes), LATEST_QUOTES)
    lines.append(f"[bold]quotes[/] ({len(quotes)}" + (f", the latest {shown})" if shown else ")"))
    for q in quotes[:shown]:  # newest first
        verb = f"{q['verb']}: " if q.get("verb") else ""
        lines.append(f"  {_when(q)}  {escape(verb + shorten(q['text']))}{_where(q, sources)}")
    if page.get("commitments"):
        lines.append(f"[bold]commitments[/] ({len(page['commitments'])})")
    for key, label in (("co_persons", "named with"), ("co_organizations", "organizations")):
        items = page.get(key) or []
        if items:
            names = "، ".join(f"{i['name']} ({i['documents']})" for i in items[:CO_MENTIONS])
            more = f" and {len(items) - CO_MENTIONS} more" if len(items) > CO_MENTIONS else ""
            lines.append(f"[bold]{label}[/]: {escape(names)}{more}")
    docs = page.get("documents") or []
    dates = sorted(d["published"] for d in docs if d.get("published"))
    span = f", {dates[0][:10]} to {dates[-1][:10]}" if dates else ""
    lines.append(f"[bold]documents[/] ({len(docs)}{span})")
    if page.get("others"):
        lines.append(f"  other people this name may mean: {len(page['others'])} (see --json)")
    return lines


def _when(row: dict[str, Any]) -> str:
    return (row.get("published") or "?")[:10].ljust(10)


def _where(row: dict[str, Any], sources: dict[int, str | None]) -> str:
    source = sources.get(row["document_id"])
    named = f"{escape(source)}, " if source else ""
    return f"  [dim]({named}document {row['document_id']})[/]"


def print_stats(data: dict[str, Any]) -> None:
    """The counts, then documents per source and per month, as ``--help`` promises."""
    out = Console()
    counts = [{"what": k, "count": v} for k, v in data.items() if not isinstance(v, dict | list)]
    out.print(table(counts, ["what", "count"], "khabar"))
    for key, label, empty in (
        ("by_source", "source", "(no source)"),
        ("by_month", "month", "(no date)"),
    ):
        rows = [{label: k or empty, "documents": v} for k, v in (data.get(key) or {}).items()]
        if rows:
            out.print(table(rows, [label, "documents"], f"documents per {label}"))
