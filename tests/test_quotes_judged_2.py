"""Quotes judged one by one, a second sample (``fixtures/quotes_judged_2.jsonl``): 100 drawn at
random (seed 20261211, ``scripts/draw_quotes_precision.py --store``) from the 26,403 quotes of
all the shared news as extracted at 5da594c, the gold's articles and the first sample's quotes
left out, each with its article up to the paragraph after it, judged a reported statement or
not, and why. As drawn 89 were statements (Wilson 95 % 0.814-0.937); the 11 others: 5 spans
running past the statement (into another's view after «اما», opening on a time, on the
reporter's clause, on a first clause with its own verb), 4 no statement (the writer's «می‌شود
گفت», «باید ... تلقی کرد», «باید از خودشان پرسید», a relative clause «... که سخنگو ... اعلام
می‌کند،»), 2 stopping short (a line break inside a name, one word late after «به گفته X»)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from khabar.evaluate_commitments import read_judged
from khabar.evaluate_quotes import score_judged

FIXTURES = Path(__file__).parent / "fixtures"
ITEMS = list(read_judged(FIXTURES / "quotes_judged_2.jsonl"))


def test_the_sample_is_judged_as_drawn() -> None:
    assert len(ITEMS) == 100
    assert sum(i["verdict"] for i in ITEMS) == 89
    causes = Counter(i["cause"] for i in ITEMS if not i["verdict"])
    assert causes == {"runs past": 5, "no statement": 4, "stops short": 2}
    assert all(i["why"] for i in ITEMS)
    first = list(read_judged(FIXTURES / "quotes_judged.jsonl"))
    assert not {(i["stem"], i["quote"]) for i in first} & {(i["stem"], i["quote"]) for i in ITEMS}


def test_precision_on_the_judged_quotes() -> None:
    result = score_judged(ITEMS)
    # as drawn: 89 of 100; after a statement told after «که» ends before «اما X ... تاکید
    # کرد», another's account in the past: 89 of 99 (0.899); after «می‌شود گفت ...», what one
    # could say, no quote: 89 of 98 (0.908); after «X را باید ... تلقی کرد / پرسید», what one
    # must hold or do, no quote: 89 of 96 (0.927)
    assert result.kept_true >= 89, result.lost_true
    assert result.precision >= 0.927, result.still_false
