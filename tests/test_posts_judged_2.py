"""Posts against a second sample of the shared news judged by reading each article.

``posts_judged_2.jsonl``: 150 persons, at most 3 of an article, from 78 articles drawn (seed
61) from the shared news as the first sample was, leaving out the gold's articles, its draw
list and the first sample's articles, and any copy of one of them under another name
(``benchmarks/posts_accuracy.py tests/fixtures/posts_judged_2.jsonl`` prints the same
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
    return list(read_judged(FIXTURES / "posts_judged_2.jsonl"))


@pytest.fixture(scope="module")
def result(items) -> PostScore:
    return score(items)


def test_the_sample_is_judged_as_drawn(items) -> None:
    persons = [p for i in items for p in i["persons"]]
    assert len(persons) == 150
    assert len({i["stem"] for i in items}) == len(items) == 78
    real = [p for p in persons if p["person"]]
    assert (len(real), sum(1 for p in real if p["roles"])) == (146, 106)


def test_no_article_of_the_gold_or_the_first_sample_is_in_the_sample(items) -> None:
    gold = {p.stem for p in (FIXTURES / "gold").glob("*.json")}
    drawn = (FIXTURES / "gold/drawn.tsv").read_text(encoding="utf-8").splitlines()[1:]
    gold |= {line.split("\t")[1] for line in drawn}
    first = [json.loads(line) for line in (FIXTURES / "posts_judged.jsonl").open(encoding="utf-8")]
    titles = {fold(i["text"].split("\n", 1)[0]) for i in first}
    assert not (gold | {i["stem"] for i in first}) & {i["stem"] for i in items}
    assert not titles & {fold(i["text"].split("\n", 1)[0]) for i in items}


def test_post_accuracy_on_the_second_judged_sample(result) -> None:
    # 0.842 (123 of 146; 2 wrong, 21 missed) by the extractor the sample was drawn from;
    # 0.877 (128; 3, 15) with the heads «مهاجم», «مجری», «بازیگر», «پادشاه», «افسر» and a
    # holder named in brackets after the post; 0.884 (129; 2, 15) once a post stops before a
    # name with its own post after a comma («معاون | آنتونیو گوترش، دبیرکل سازمان ملل»). One
    # wrong left is «بازیگر قدیمی», another wording of the lead's «بازیگر پیشکسوت سینما و
    # تلویزیون», which the judged posts write once; 0.897 (131; 2, 13) with a post after «دیگر»
    # the name's and a post a name ran into («کشتی آرایعضو هیأت مدیره ...»); 0.890 (130; 3, 13)
    # once a title of decks parted by slashes stays apart from the lead: the lead's «وزیر امور
    # خارجه کشورمان» then names the speaker of «رئیس دستگاه دیپلماسی ایران گفت: ...» (roozno_173,
    # a quote that had none), and that wording of his post, which the judged posts write once,
    # is the third wrong
    assert result.posts.accuracy >= 0.89, result.misses
    assert result.posts.wrong <= 3, result.misses
    assert result.lost == 0, result.misses
