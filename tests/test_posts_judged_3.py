"""Posts against a third sample of the shared news judged by reading each article.

``posts_judged_3.jsonl``: 150 persons, at most 3 of an article, from 87 articles drawn (seed
67) from the shared news as the first two samples were, leaving out the gold's articles, its
draw list and the articles of both earlier samples, and any copy of one of them under another
name (``benchmarks/posts_accuracy.py tests/fixtures/posts_judged_3.jsonl`` prints the same
figures)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from khabar.evaluate import fold
from khabar.evaluate_posts import PostScore, read_judged, score

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def items() -> list[dict]:
    return list(read_judged(FIXTURES / "posts_judged_3.jsonl"))


@pytest.fixture(scope="module")
def result(items) -> PostScore:
    return score(items)


def test_the_sample_is_judged_as_drawn(items) -> None:
    persons = [p for i in items for p in i["persons"]]
    assert len(persons) == 150
    assert len({i["stem"] for i in items}) == len(items) == 87
    real = [p for p in persons if p["person"]]
    assert (len(real), sum(1 for p in real if p["roles"])) == (145, 104)


def test_no_article_of_the_gold_or_an_earlier_sample_is_in_the_sample(items) -> None:
    gold = {p.stem for p in (FIXTURES / "gold").glob("*.json")}
    drawn = (FIXTURES / "gold/drawn.tsv").read_text(encoding="utf-8").splitlines()[1:]
    gold |= {line.split("\t")[1] for line in drawn}
    earlier = [
        json.loads(line)
        for name in ("posts_judged.jsonl", "posts_judged_2.jsonl")
        for line in (FIXTURES / name).open(encoding="utf-8")
    ]
    titles = {fold(i["text"].split("\n", 1)[0]) for i in earlier}
    assert not (gold | {i["stem"] for i in earlier}) & {i["stem"] for i in items}
    assert not titles & {fold(i["text"].split("\n", 1)[0]) for i in items}


def test_post_accuracy_on_the_third_judged_sample(result) -> None:
    # 0.786 (114 of 145; 6 wrong, 25 missed) by the extractor the sample was drawn from;
    # 0.821 (119; 4, 22) with the heads «خواننده» and «والی» (a governor's post, not the
    # consul's before it), one post written once in two wordings («نخست‌وزیر اسرائیل»,
    # «نخست‌وزیر رژیم صهیونیستی») and a lead's post given to the one the next sentence names
    # though the title named them first. One wrong left is «رئیس جمهور آمریکا» for the
    # judged «رئیس جمهوری آمریکا», the same post, which the scoring does not match; 0.828
    # (120; 3, 22) once a post alone whose clause names the one speaking around it is not
    # theirs («رئیس اتاق ایران ... خطاب به همتی نوشته بود: ...»)
    assert result.posts.accuracy >= 0.827, result.misses
    assert result.posts.wrong <= 3, result.misses
    assert result.lost == 0, result.misses
