"""Quotes judged one by one (``fixtures/quotes_judged.jsonl``): 100 drawn at random (seed
20261210, ``scripts/draw_quotes_precision.py``) from the 766 quotes khabar found at 56fc4e7 in
the 256 shared articles of a pool of 272 that no fixture held (the other 16 are the sixth
quotes-recall sample), each with its article up to the paragraph after it, judged a reported
statement or not, and why. As drawn 81 were statements; the 19 others: 10 no statement (views
with «معتقدند», relative clauses, the noun «خواست», a term named, a writer's forecast, speech
told inside a quoted verse), 8 spans running past the statement (past a closing «»» or into
another clause, or opening on the speaker's post or name), 1 stopping short; none twice."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from khabar.evaluate_commitments import read_judged
from khabar.evaluate_quotes import score_judged

FIXTURES = Path(__file__).parent / "fixtures"
ITEMS = list(read_judged(FIXTURES / "quotes_judged.jsonl"))


def test_the_sample_is_judged_as_drawn() -> None:
    assert len(ITEMS) == 100
    assert sum(i["verdict"] for i in ITEMS) == 81
    causes = Counter(i["cause"] for i in ITEMS if not i["verdict"])
    assert causes == {"no statement": 10, "runs past": 8, "stops short": 1}
    assert all(i["why"] for i in ITEMS)
    drawn = {p.stem for p in (FIXTURES / "quotes_dev_6").glob("*.txt")}
    assert not drawn & {i["stem"] for i in ITEMS}


def test_precision_on_the_judged_quotes() -> None:
    result = score_judged(ITEMS)
    # as drawn: 81 of 100; after a group view with no quote, a quotation closed before its
    # paragraph ending the quote, a post between commas after «به گفته X،»: 81 of 93 (0.871);
    # after a relative clause on the subject: 81 of 92 (0.880); after «... را اعلام کرد که بر
    # اساس آن ...», a clause on what was announced: 81 of 91 (0.890); after a term named («به آن
    # «تامین» می‌گویند») and a wish foretold («خواستار ... خواهند شد»): 81 of 89 (0.910)
    assert result.kept_true >= 81, result.lost_true
    assert result.precision >= 0.91, result.still_false
