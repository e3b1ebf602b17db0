"""Posts against a sample of the shared news judged by reading each article.

``posts_judged.jsonl``: 150 persons, at most 3 of an article, from 90 articles drawn (seed 0)
from the shared news, none of them an article of the gold nor a copy of one under another
name; each person's posts as the article states them (``benchmarks/posts_accuracy.py``
prints the same figures)."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.evaluate_posts import PostScore, read_judged, score

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def items() -> list[dict]:
    return list(read_judged(FIXTURES / "posts_judged.jsonl"))


@pytest.fixture(scope="module")
def result(items) -> PostScore:
    return score(items)


def test_the_sample_is_judged_as_drawn(items) -> None:
    persons = [p for i in items for p in i["persons"]]
    assert len(persons) == 150
    assert len({i["stem"] for i in items}) == len(items) == 90
    real = [p for p in persons if p["person"]]
    # 137 as judged first; «سیروس تیموری‌نیا», named only in «پایگاه مقاومت سردار شهید ...», is
    # judged since by the rule of data/named_after.txt, which the persons samples follow: a
    # martyr a place is named after is no person in the news
    assert (len(real), sum(1 for p in real if p["roles"])) == (136, 102)


def test_no_article_of_the_gold_is_in_the_sample(items) -> None:
    gold = {p.stem for p in (FIXTURES / "gold").glob("*.json")}
    drawn = (FIXTURES / "gold/drawn.tsv").read_text(encoding="utf-8").splitlines()[1:]
    gold |= {line.split("\t")[1] for line in drawn}
    assert not gold & {i["stem"] for i in items}


def test_post_accuracy_on_the_judged_sample(result) -> None:
    # 0.781 (107 of 137; 3 wrong, 27 missed) by the extractor the sample was drawn from;
    # 0.847 (116; 2, 19) with posts held within their clause and leads named in the next
    # sentence; 0.853 (116; 2, 18) with a post after «یک» or «دیگر» the name's
    assert result.posts.accuracy >= 0.85, result.misses
    assert result.posts.wrong <= 2, result.misses
    assert result.lost == 0, result.misses
