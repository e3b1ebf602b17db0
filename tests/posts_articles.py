"""What the tests of a judged posts sample's kinds share (``test_posts_judged_*_kinds.py``): an
article of the sample extracted whole, and the posts of a document's persons."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from khabar.extract import extract_text
from khabar.model import Document

FIXTURES = Path(__file__).parent / "fixtures"


def posts_of(doc: Document) -> dict[str, list[str]]:
    return {p.name: p.posts for p in doc.persons}


@cache
def judged_article(sample: str, stem: str) -> Document:
    """The article ``stem`` of the judged sample ``sample`` (a fixture's file name), extracted
    whole."""
    lines = (FIXTURES / sample).read_text(encoding="utf-8").splitlines()
    return extract_text(next(i["text"] for i in map(json.loads, lines) if i["stem"] == stem))
