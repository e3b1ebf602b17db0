"""Quotes whose speaker comes from a post of another country, in an extraction's JSON lines.

    khabar extract --jsonl ../shared/data/news > news.jsonl
    python benchmarks/foreign_post_speakers.py news.jsonl [--list]

A quote counts when its speaker is not named in its sentence before the cue while a post
mention of the speaker stands in that sentence («وزیر خارجه روسیه تأکید کرد ...»), and that
post names a country other than Iran. Of those, "adopted" are the quotes whose post of that
country is never written beside a mention of the speaker's name (at most 4 characters
apart): the article tied the post to the person only by its discourse (a post-only lead named
after, the speaker going on by post, another wording of a post held). ``--list`` prints each
one: article, speaker, posts, the post, the sentence's start and its first words, to read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from khabar.extract import lexicons as lx
from khabar.extract.people import post_key
from khabar.extract.post_countries import countries_in

_APART = 4  # characters between a name and a post written beside it («X، وزیر ...»)


def foreign(post: str) -> set[str]:
    return countries_in(post_key(lx.phrase_keys(post))) - {"ایران"}


def found(doc: dict[str, Any]) -> Iterator[tuple[dict[str, Any], dict[str, Any], str, bool]]:
    """The quotes of one article spoken by a post of another country: (quote, person, post,
    adopted)."""
    persons = {p["name"]: p for p in doc["persons"]}
    for q in doc["quotes"]:
        p = persons.get(q["speaker"])
        if not p:
            continue
        a, b = q["sentence"]["start"], q["sentence"]["end"]
        cue = min((q.get("cue") or {}).get("start", q["start"]), q["start"])
        if any(a <= m["start"] < cue for m in p["mentions"]):
            continue
        for pm in p["post_mentions"]:
            countries = foreign(pm["text"]) if a <= pm["start"] < b else set()
            if countries:
                yield q, p, pm["text"], not _beside(p, countries)


def _beside(person: dict[str, Any], countries: set[str]) -> bool:
    return any(
        -_APART <= pm["start"] - m["end"] <= _APART or -_APART <= m["start"] - pm["end"] <= _APART
        for pm in person["post_mentions"]
        if foreign(pm["text"]) & countries
        for m in person["mentions"]
    )


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("jsonl", type=Path, help="the output of khabar extract --jsonl")
    ap.add_argument("--list", action="store_true", help="print each adopted quote")
    args = ap.parse_args(argv)
    total = adopted = 0
    with args.jsonl.open(encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            for q, p, post, alone in found(doc):
                total += 1
                adopted += alone
                if alone and args.list:
                    name = str(doc.get("path", "")).rsplit("/", 1)[-1]
                    words = q["sentence"]["text"][:120]
                    print(f"{name}\t{p['name']}\t{p['posts']}\t{post}\t{q['start']}\t{words}")
    print(f"quotes spoken by a post of another country: {total}, adopted: {adopted}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
