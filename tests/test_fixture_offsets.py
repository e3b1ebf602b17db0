"""The judged samples hold offsets into the repaired text of their articles: each must still
open the words the sample wrote down when the repair changes (a number broken across lines
rejoined, or a number parted from the word it was written into, moves every offset after
it)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from khabar.text import repair

FIXTURES = Path(__file__).parent / "fixtures"


def _records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


# vowel marks (fatha to sukun) are dropped: the repair drops them («ابن فرَاء»)
_FOLD = str.maketrans("يكى«»“”", 'یکی""""', "\u200c" + "".join(map(chr, range(0x064B, 0x0653))))


def _bare(text: str) -> str:
    """``text`` without its white space and ZWNJs, Arabic letters as Persian: a number the
    repair rejoins («۲۲.» and «۵» on two lines, «۲۲. ۵» in a sample's first words) reads the
    same as it did, and so do the words of the older samples, written down before the repair
    restored ZWNJs or from the text as read («رضاخان پهلوي»), or before it wrote other marks
    of quotation as guillemets («"مرس"»)."""
    return "".join(text.translate(_FOLD).split())


# the samples whose items carry the repaired text they were drawn from (``text``) and where a
# quote starts in it (``start``, its first words as ``starts``)
ITEM_SAMPLES = sorted(
    p.name
    for p in FIXTURES.glob("*.jsonl")
    if (first := _records(p)[:1]) and {"text", "start", "starts"} <= first[0].keys()
)
# the samples whose items name an article of ``fixtures`` (``file``) and where each person's
# mentions stand in its repaired text (``start``, ``end``) and in the text as read (``original``)
MENTION_SAMPLES = sorted(p.name for p in FIXTURES.glob("persons_recall_dev*.jsonl"))


def test_the_samples_are_found() -> None:
    assert len(ITEM_SAMPLES) == 71 and "quotes_judged_2.jsonl" in ITEM_SAMPLES
    assert len(MENTION_SAMPLES) == 50


@pytest.mark.parametrize("name", ITEM_SAMPLES)
def test_each_item_s_quote_opens_at_its_offset(name: str) -> None:
    for item in _records(FIXTURES / name):
        text = repair(item["text"]).text
        at = text[item["start"] :]
        assert _bare(at).startswith(_bare(item["starts"])), (item.get("stem"), item["starts"])
        if "end" in item:  # the quotes sample keeps the whole quote
            assert _bare(text[item["start"] : item["end"]]) == _bare(item["quote"])


@pytest.mark.parametrize("name", MENTION_SAMPLES)
def test_each_mention_is_at_its_offset_in_the_repaired_text(name: str) -> None:
    for record in _records(FIXTURES / name):
        doc = repair((FIXTURES / record["file"]).read_text(encoding="utf-8"))
        for person in record["persons"]:
            for m in person["mentions"]:
                assert _bare(doc.text[m["start"] : m["end"]]) == _bare(m["text"]), m
                assert doc.offset_map.to_original(m["start"], m["end"]) == tuple(m["original"])


def test_a_number_rejoined_moves_the_offsets_after_it() -> None:
    # speakers_judged_12, tabnak_78: «... استاندارد ما برای آفلاتوکسین شیر ۰.» and «۱ می‌کروگرم
    # ...» on two lines right before the quote: one character fewer before it
    item = next(
        i for i in _records(FIXTURES / "speakers_judged_12.jsonl") if i["stem"] == "tabnak_78"
    )
    text = repair(item["text"]).text
    assert "شیر ۰.۱ می" in text and "شیر ۰.\n۱" in item["text"]
    assert text[item["start"] :].startswith(item["starts"])
    assert item["text"][item["start"] + 1 :].startswith(item["starts"])
