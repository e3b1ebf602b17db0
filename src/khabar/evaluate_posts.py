"""Post accuracy against a judged sample (``tests/fixtures/posts_judged.jsonl``).

Each judged line is one article of the shared news that the gold does not use: its text as
the fixtures write them (title line, then the body), the persons drawn from it with the posts
the extractor gave them at the draw (``drawn``), and for each the reader's judgement:
``person`` true when the name is a real person's, whole; then ``roles``, every post the
article states for that person, as the gold writes them (tests/fixtures/gold/README.md: the
fullest wording once, different posts all listed, a post-only mention the article clearly
uses for them included); ``why`` notes doubts. A line with no ``text`` names its ``file``
under the fixture's folder (``arman_posts_judged.jsonl``: ARMAN's articles as
``scripts/draw_arman_quotes.py`` writes them).

``score`` extracts every text again and scores the judged persons it still finds as the gold
does (``evaluate.posts_match`` both ways): right when the posts match, wrong when a post
given is none of the judged ones, missed when one judged is not given. Persons the
extractor no longer finds are counted apart (``lost``); one reported whole, longer than judged,
is found (``_written_longer``).
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from khabar.evaluate import Tally, fold, tally_posts
from khabar.model import Document, Person


def draw(
    articles: Iterable[tuple[str, str]], n: int, seed: int, per_article: int = 3
) -> list[dict[str, Any]]:
    """``n`` persons, at most ``per_article`` of each article, from ``articles`` (stem, text)
    taken in an order shuffled with ``seed``; unjudged (``person`` and ``roles`` None)."""
    from khabar.extract import extract_text

    pool = list(articles)
    rng = random.Random(seed)
    rng.shuffle(pool)
    out: list[dict[str, Any]] = []
    taken = 0
    for stem, text in pool:
        if taken >= n:
            break
        doc = extract_text(text)
        persons = [p for p in doc.persons if p.mentions]
        persons = rng.sample(persons, min(per_article, len(persons), n - taken))
        if not persons:
            continue
        taken += len(persons)
        out.append(
            {
                "stem": stem,
                "text": text,
                "persons": [
                    {
                        "name": p.name,
                        "drawn": list(p.posts),
                        "person": None,
                        "roles": None,
                        "why": "",
                    }
                    for p in sorted(persons, key=lambda p: p.mentions[0].start)
                ],
            }
        )
    return out


def read_judged(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        for n, line in enumerate(lines, 1):
            item = json.loads(line)
            if "text" not in item:  # an ARMAN sample's text is a file beside it, as drawn
                item["text"] = (path.parent / item["file"]).read_text(encoding="utf-8")
            for p in item["persons"]:
                if not isinstance(p.get("person"), bool) or (
                    p["person"] and not isinstance(p.get("roles"), list)
                ):
                    raise ValueError(f"{path}:{n}: {p['name']}: person and roles are not judged")
            yield item


@dataclass
class PostScore:
    """``posts``: right, wrong and missed of the judged persons found again; ``lost``: judged
    persons the extractor no longer finds; ``misses``: one line per wrong or missed."""

    posts: Tally = field(default_factory=Tally)
    lost: int = 0
    misses: list[str] = field(default_factory=list)


def _written_longer(persons: list[Person], name: str) -> Person | None:
    """The person whose name opens with the judged name of two words or more, now reported
    whole («ملکه الیزابت» of «ملکه الیزابت دوم», her ordinal taken in)."""
    words = name.split()
    if len(words) < 2:
        return None  # a given name alone opens many names
    key = fold(name)
    for p in persons:
        own = p.name.split()
        if len(own) > len(words) and fold(" ".join(own[: len(words)])) == key:
            return p
    return None


def score(items: Iterable[dict[str, Any]], use_model: bool = True) -> PostScore:
    from khabar.extract import extract_text

    out = PostScore()
    for item in items:
        judged = [p for p in item["persons"] if p["person"]]
        if not judged:
            continue
        doc: Document = extract_text(item["text"], use_model=use_model)
        found = {fold(p.name): p for p in doc.persons}
        # a judged name now a mention of a person named otherwise, joined to him («عزیرپور»
        # of «ابراهیم عزیزپور»): his posts are its
        mentioned = {fold(doc.text[m.start : m.end]): p for p in doc.persons for m in p.mentions}
        for j in judged:
            name = fold(j["name"])
            person = (
                found.get(name) or mentioned.get(name) or _written_longer(doc.persons, j["name"])
            )
            if person is None:
                out.lost += 1
                out.misses.append(f"{item['stem']}: {j['name']} not found")
                continue
            extra, lost = tally_posts(out.posts, person.posts, j["roles"])
            if extra or lost:
                out.misses.append(
                    f"{item['stem']}: posts of {person.name}: wrong {extra}, missing {lost}"
                )
    return out
