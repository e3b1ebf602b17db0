"""Commitments against samples of the shared news judged by reading each sentence.

``commitments_judged.jsonl``: 100 commitments drawn (seed 2026) from the extractor's output;
``commitments_judged_before.jsonl``: 100 drawn the same way from the output of the rules
before past figures, advice, forecasts and history were told apart;
``commitments_judged_2.jsonl``: 100 drawn (seed 4617) from all the shared news, after the
rules had been tuned on the first, with the deadline day of each true one;
``commitments_judged_3.jsonl``: 100 drawn (seed 1404) from the same output, outside the first
two, among those the rules tuned on both still take; 0.83 as drawn, then tuned on with the
first two (the verb of a future cue, decisions in no one's voice);
``commitments_judged_4.jsonl``: 100 drawn (seed 8176) from the extraction of all the shared
news with those rules, outside every sample under ``tests/fixtures``; 0.73 as drawn, then
tuned on (states, problems said to end, possibilities, hearsay, exhortations);
``commitments_judged_5.jsonl``: 100 drawn (seed 4527) from the extraction of all the shared
news with those rules, outside every sample under ``tests/fixtures``; 0.75 as drawn, then
tuned on (outcomes that come about, decisions of months before, assessments);
``commitments_judged_6.jsonl``: 100 drawn (seed 1203) from the extraction of all the shared
news with the rules that keep commitments announced by a body or a post, outside the gold and
the commitments samples (the other fixtures' articles allowed: these rules were never tuned
on them); 0.83 as drawn, then tuned on (hopes, doubts, readings of others, history columns);
``commitments_judged_7.jsonl``: 100 drawn (seed 7) from the extraction of all the shared news
with those rules, outside the gold's articles and every sentence a commitments sample holds
(judged, or read in a judged one's context); 0.82 as drawn, then tuned on;
``commitments_judged_8.jsonl``: 100 drawn (seed 8) the same way; 0.81 as drawn, then tuned on;
``commitments_judged_9.jsonl``: drawn (seed 9) the same way, all 4 commitments of the shared
news that no sample had judged or read; 3 true, never tuned on;
``commitments_judged_unseen.jsonl``: 100 drawn (seed 10) from news no commitment rule was
written on, ARMAN's folds 1 and 2 and PEYMA's training part
(``scripts/draw_unseen_commitments.py``); 0.81 as drawn, then tuned on;
``commitments_judged_unseen_2.jsonl``: 50 drawn (seed 11) the same way after the rules were
tuned on it, outside its articles; 0.80 as drawn, 0.83 since a condition written as one word
(«درصورتی‌که») is read as one;
``commitments_judged_unseen_3.jsonl``: drawn (seed 12) the same way outside the articles of
both, all 27 commitments left; 0.81 as drawn, then tuned on with the eleventh.
(``benchmarks/commitments_precision.py`` prints the same figures.)"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pytest
from sample_tables import each_of

from khabar.evaluate_commitments import read_judged, score

FIXTURES = Path(__file__).parent / "fixtures"


@dataclass(frozen=True)
class Sample:
    """A judged sample: the stem of its file under ``fixtures``; as drawn, the counts its
    record states of its ``items`` and of those the reader judged ``true`` or ``false``; and
    the figures of its ``score`` the extractor must keep at least and at most."""

    name: str
    drawn: dict[str, int]
    at_least: dict[str, float]
    at_most: dict[str, int] = field(default_factory=dict)


# Each sample's floors, and above them how its figures stood before the rules that raised them.
SAMPLES = [
    # precision 0.90 before the verb of a future cue was read
    Sample("commitments_judged", drawn={"items": 100}, at_least={"precision": 0.94}),
    # precision 0.83 before claims, forecasts and history columns, 0.90 before the verb of a
    # future cue was read, which loses one true («تسری پیدا خواهد کرد»); one more kept only
    # under a wrong announcer is lost: «وزیر انرژی اتمی روسیه نیز ... تاکید کرد» was given to
    # Iran's ambassador, who spoke before; the context names no minister; the deadline day 50
    # before the ends of months and years, days set
    Sample(
        "commitments_judged_2",
        drawn={"items": 100, "true": 82},
        at_least={"precision": 0.96, "kept_true": 73, "deadline_right": 70},
    ),
    # 0.83 as drawn; then tuned on: 80 true of 82 kept («... تمام خواهد شد», «عبور خواهد کرد»)
    Sample(
        "commitments_judged_3",
        drawn={"items": 100, "true": 82},
        at_least={"precision": 0.94, "kept_true": 80},
    ),
    # 0.73 as drawn; on the contexts 66 true and 23 false as drawn, below the 0.85 asked; 66
    # and 9 once its false ones were read by cause (states, problems said to end,
    # possibilities, hearsay, exhortations, deadlines past): see docs/measurements.md,
    # Commitments; of the 66, the day read from the sentence: 54, and 58 since «امروز» right
    # after a decision's cue and this week («طی هفته جاری») are read
    Sample(
        "commitments_judged_4",
        drawn={"items": 100, "true": 73},
        at_least={"precision": 0.88, "kept_true": 66, "deadline_right": 58},
    ),
    # 0.75 as drawn; on the contexts 65 true and 18 false as drawn, 0.78; 65 and 9, 0.88, once
    # outcomes that come about («محقق خواهد شد»), decisions of months before and assessments
    # are told apart; 0.90 (71, 8) since; of the 65, the day read from the sentence: 59 as
    # drawn, 58 since «از هفته جاری ... آغاز خواهند کرد», a start judged to set no day, is
    # given this week's Friday
    Sample(
        "commitments_judged_5",
        drawn={"items": 100, "true": 75},
        at_least={"precision": 0.87, "kept_true": 65, "deadline_right": 58},
    ),
    # 0.83 as drawn; on the contexts 81 true and 16 false as drawn, 0.84 (two true ones need
    # the article beyond the stored paragraphs), the deadline day as judged for 71 of the 81;
    # then tuned on: 81 and 11, 0.88, once hopes, doubts, readings of others, indirect
    # questions, vows of «قرار خواهد داد» and history columns are told apart, and the day for
    # 75 (a range's last day, «فردا دهم مارس», the Western month of a foreign report, a day
    # before «soon»)
    Sample(
        "commitments_judged_6",
        drawn={"items": 100, "true": 83},
        at_least={"precision": 0.88, "kept_true": 81, "deadline_right": 75},
    ),
    # 0.82 as drawn; on the contexts 79 true and 17 false as drawn, 0.82 (three true ones are
    # not taken from the stored paragraphs alone), the deadline day as judged for 70 of the
    # 79; then tuned on: 79 and 7, 0.92, once beliefs, prophecies, effects urged, vows of
    # «هرکاری», stories told and a condition after the act are told apart; the deadline day
    # 70 before «تا ساعات آینده», «طی ساعات آتی», «عصر امروز» and «ظرف دو سه روز آینده» were
    # read
    Sample(
        "commitments_judged_7",
        drawn={"items": 100, "true": 82},
        at_least={"precision": 0.91, "kept_true": 79, "deadline_right": 74},
        at_most={"kept_false": 7},
    ),
    # 0.81 as drawn; on the contexts 79 true and 17 false as drawn, 0.82 (two true ones are
    # not taken from the stored paragraphs alone), the deadline day as judged for 72 of the
    # 79; then tuned on: 79 and 9, 0.90, once a glued «اگر», a third person's belief, a
    # supposition, «هرگاه», «هر چقدر», vows to hold to account, messages and costs imposed and
    # how many take part are told apart; the deadline day 72 before «سال‌جاری», hours, «شش
    # هفته دیگر», «امشب», «عصر امروز» and «در ماه ژوئن» were read
    Sample(
        "commitments_judged_8",
        drawn={"items": 100, "true": 81},
        at_least={"precision": 0.89, "kept_true": 79, "deadline_right": 77},
        at_most={"kept_false": 9},
    ),
    # every commitment of the shared news left unseen: 3 of 4 true, 0.75 as drawn; all 3 kept
    Sample(
        "commitments_judged_9",
        drawn={"items": 4, "true": 3},
        at_least={"kept_true": 3, "deadline_right": 3},
        at_most={"kept_false": 1},
    ),
    # 0.81 as drawn (81 of 100, Wilson 95 % 0.72-0.88; the articles are whole in the context,
    # so the same on it); then tuned on: 81 true and 9 false, 0.90, once claims («طبق ادعای»),
    # expectations, priorities, decisions «در گذشته», concessions, what befalls one soon, aims
    # («تا بتوانیم»), influences and another verb's act word are told apart; the articles have
    # no day, so the deadline day is judged for one («تا پایان سال 2017») and none for the rest
    Sample(
        "commitments_judged_unseen",
        drawn={"items": 100, "true": 81},
        at_least={"precision": 0.9, "kept_true": 81, "deadline_right": 81},
        at_most={"kept_false": 9},
    ),
    # drawn after the rules were tuned on the tenth, outside its articles: 40 true of 50, 0.80
    # as drawn (Wilson 95 % 0.67-0.89); never tuned on. The deadline day as judged for 38 of the
    # 40 («در سال 2017», «در فوریه 2017 آغاز شود» missed). Since, a condition written as one
    # word, «درصورتی‌که», is a hedge as «درصورتی که» is: 40 true, 8 false (0.83); then tuned
    # on with the twelfth: 40 and 2, 0.95, once opinions («به عقیده من»), what was and will be
    # («داده و خواهد داد»), changes brought about («... بیشتر خواهد کرد»), indirect questions
    # after the cue («قرار است از کجا ...»), a state soon («بزودی ... قابل‌دسترسی خواهد بود»)
    # and what is witnessed by a deadline («ظرف دو سال ... شاهد خروجی ... خواهیم بود») are
    # told apart; the deadline day as judged for all 40 since a year or a Western month of a
    # year named («در سال 2017», «در فوریه 2017») is read as its last day
    Sample(
        "commitments_judged_unseen_2",
        drawn={"items": 50, "true": 40},
        at_least={"precision": 0.95, "kept_true": 40, "deadline_right": 40},
        at_most={"kept_false": 2},
    ),
    # all 27 left outside the tenth's and eleventh's articles (191 found): 22 true, 0.81 as
    # drawn (Wilson 95 % 0.63-0.92); the deadline day as judged for 21 of the 22 («23 ژوئن
    # 2017» missed). The 5 false: a forecast, an effect, a decision of years before, a
    # feeling recalled, a humour column's mock announcement; then tuned on: 22 true and 2
    # false, 0.92, once what happens («رخ خواهد داد»), what the speaker never imagined and a
    # decision taken when a thing was designed are told apart, and the day of an undated
    # article's act is read where it names its year: 22 of 22
    Sample(
        "commitments_judged_unseen_3",
        drawn={"items": 27, "true": 22},
        at_least={"precision": 0.9, "kept_true": 22, "deadline_right": 22},
        at_most={"kept_false": 2},
    ),
    # of the 31 judged false, the old rules took 28
    Sample(
        "commitments_judged_before",
        drawn={"false": 31},
        at_least={"precision": 0.89},
        at_most={"kept_false": 7},
    ),
]


@cache
def judged(name: str) -> tuple[dict, ...]:
    return tuple(read_judged(FIXTURES / f"{name}.jsonl"))


@each_of(SAMPLES)
def test_the_sample_is_judged_as_drawn(sample: Sample) -> None:
    items = judged(sample.name)
    true = sum(1 for i in items if i["verdict"])
    counts = {"items": len(items), "true": true, "false": len(items) - true}
    assert {what: counts[what] for what in sample.drawn} == sample.drawn


@each_of(SAMPLES)
def test_the_extractor_keeps_the_sample_s_figures(sample: Sample) -> None:
    result = score(judged(sample.name))
    for figure, floor in sample.at_least.items():
        assert getattr(result, figure) >= floor, figure
    for figure, ceiling in sample.at_most.items():
        assert getattr(result, figure) <= ceiling, figure


# ``read_judged`` reads the judged samples of persons and speakers too
@pytest.mark.parametrize("name", ["commitments_judged", "persons_judged"])
def test_a_line_without_a_verdict_is_refused(name: str, tmp_path: Path) -> None:
    line = json.loads((FIXTURES / f"{name}.jsonl").read_text("utf-8").splitlines()[0])
    path = tmp_path / "judged.jsonl"
    path.write_text(json.dumps({**line, "verdict": None}) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="judged.jsonl:1: verdict must be true or false"):
        list(read_judged(path))
