"""The checks every random draw of quotes left with no speaker takes
(``null_speakers_judged*.jsonl``, ``scripts/draw_null_speakers.py``): that it is judged as
drawn, and what the rules written since make of it. Each draw's module gives its own figures."""

from __future__ import annotations

from collections import Counter
from functools import cache
from pathlib import Path

from khabar.evaluate_commitments import read_judged
from khabar.evaluate_speakers import score

FIXTURES = Path(__file__).parent / "fixtures"


def draws_before(n: int) -> tuple[str, ...]:
    """The fixtures of the draws before the ``n``th, in the order they were drawn."""
    return tuple(f"null_speakers_judged{'' if k == 1 else f'_{k}'}.jsonl" for k in range(1, n))


# every draw judged so far
ALL_DRAWS = tuple(sorted(p.name for p in FIXTURES.glob("null_speakers_judged*.jsonl")))


@cache
def draw(name: str) -> list[dict]:
    """The judged quotes of the draw in ``fixtures/name``."""
    return list(read_judged(FIXTURES / name))


def check_as_drawn(
    name: str, size: int, classes: dict[str, int], earlier: tuple[str, ...] = ()
) -> None:
    """The draw holds ``size`` quotes with neither speaker nor organization as drawn, judged in
    ``classes`` (a speaker named in all but «none» and «nostmt», a statement in all but
    «nostmt»), from articles outside the gold's and the ``earlier`` draws'."""
    items = draw(name)
    assert len(items) == size
    assert all(i["drawn"] == {"speaker": None, "speaker_organization": None} for i in items)
    assert Counter(i["class"] for i in items) == classes
    named = [i for i in items if i["speaker"] or i["speaker_organization"]]
    assert len(named) == sum(classes.values()) - classes["none"] - classes["nostmt"]
    assert all(i["verdict"] is (i["class"] != "nostmt") for i in items)
    before = {i["stem"] for other in earlier for i in draw(other)}
    gold = {p.stem for p in (FIXTURES / "gold").glob("*.json")}
    assert not (gold | before) & {i["stem"] for i in items}


def check_since(name: str, since: int, wrong: int = 0, credited: int = 0) -> list[str]:
    """At least ``since`` of the draw's quotes are given their speaker, at most ``wrong`` a
    wrong one and at most ``credited`` of those of nobody someone; returns the misses of the
    wrong ones, for the draw to say why each is right after all."""
    result = score(draw(name))
    assert result.accuracy.right >= since, result.misses
    assert result.credited <= credited, result.misses
    misses = [m for m in result.misses if " (nobody)" not in m and ": nobody for «" not in m]
    assert len(misses) == result.accuracy.wrong <= wrong, result.misses
    return misses


def said_and_judged(miss: str) -> tuple[str, str]:
    """The speaker khabar gives in a wrong one's miss, and the one it is judged to have."""
    given = miss.split(": ", 1)[1].split(" for «", 1)[0]
    judged = miss.rsplit(" (", 1)[1].rstrip(")")
    return given, judged
