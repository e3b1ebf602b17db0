"""The ``khabar`` command line."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path

import typer
from rich.console import Console

from khabar.errors import KhabarError

app = typer.Typer(
    help="Persian news to an evidence-linked knowledge base.",
    no_args_is_help=True,
    add_completion=False,
)
err = Console(stderr=True, soft_wrap=True)


class Format(StrEnum):
    json = "json"
    jsonl = "jsonl"
    text = "text"


def _fail(message: str, code: int = 2) -> None:
    err.print(f"[bold red]error:[/] {message}", highlight=False)
    raise typer.Exit(code)


@app.command()
def repair(
    paths: list[Path] = typer.Argument(..., help="Text files to repair."),
    fmt: Format = typer.Option(Format.text, "--format", "-f", help="text, json or jsonl"),
) -> None:
    """Print the repaired text of each file (or JSON with its paragraphs and sentences)."""
    from khabar.ingest.decode import read_text_file
    from khabar.text import repair as repair_text

    failures = 0
    records = []
    for path in paths:
        try:
            original, encoding = read_text_file(path)
        except KhabarError as e:
            err.print(f"[red]skipped[/] {e}", highlight=False)
            failures += 1
            continue
        doc = repair_text(original, {"path": str(path), "encoding": encoding})
        if fmt is Format.text:
            sys.stdout.write(doc.text + "\n")
            continue
        record = {
            "path": str(path),
            "encoding": encoding,
            "published": doc.meta.get("published"),
            "text": doc.text,
            "paragraphs": [[p.start, p.end] for p in doc.paragraphs],
            "sentences": [[s.start, s.end] for s in doc.sentences],
            "original_sentences": [
                list(doc.offset_map.to_original(s.start, s.end)) for s in doc.sentences
            ],
        }
        if fmt is Format.jsonl:
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            records.append(record)
    if fmt is Format.json:
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    if failures:
        raise typer.Exit(1)


@app.command()
def extract(
    paths: list[Path] = typer.Argument(..., help="Article files (text) to extract facts from."),
    fmt: Format = typer.Option(Format.json, "--format", "-f", help="json (one array) or jsonl"),
) -> None:
    """Print the facts of each article with their spans (see README, "Output contract")."""
    from khabar.extract import extract_text
    from khabar.ingest.decode import read_text_file
    from khabar.serialize import document_to_dict

    failures = 0
    records = []
    for path in paths:
        try:
            original, encoding = read_text_file(path)
        except KhabarError as e:
            err.print(f"[red]skipped[/] {e}", highlight=False)
            failures += 1
            continue
        record = document_to_dict(extract_text(original, {"path": str(path)}))
        if fmt is Format.jsonl:
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            records.append(record)
    if fmt is not Format.jsonl:
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    if failures:
        raise typer.Exit(1)


def main() -> None:  # pragma: no cover - console entry
    app()
