"""The hand-annotated gold is well-formed (format: tests/fixtures/gold/README.md).

Every file has the documented fields, every quote's first words are found in its text in
order, every speaker is one of the file's persons, and the split gives each file one part.
"""

import json
import re
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
GOLD = FIXTURES / "gold"
STEMS = sorted(p.stem for p in GOLD.glob("*.json") if p.name != "split.json")
SPLIT = json.loads((GOLD / "split.json").read_text(encoding="utf-8"))
QUOTE_KEYS = {"speaker", "kind", "verb", "starts"}
# whitespace, ZWNJ and the other joiners and marks are ignored when locating `starts`
IGNORED = re.compile("[\\s\u200c-\u200f]")


def load(stem: str) -> dict:
    return json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))


def test_the_split_gives_every_gold_file_exactly_one_part():
    tune, heldout = SPLIT["tune"], SPLIT["heldout"]
    assert len(set(tune)) == len(tune) and len(set(heldout)) == len(heldout)
    assert not set(tune) & set(heldout)
    assert sorted(tune + heldout) == STEMS
    for stratum in ("international", "post_only_lead"):
        assert set(SPLIT[stratum]) <= set(STEMS), stratum


@pytest.mark.parametrize("stem", STEMS)
def test_gold_file_is_well_formed(stem):
    gold = load(stem)
    assert set(gold) == {"file", "source", "persons", "quotes", "notes"}
    assert gold["file"].endswith(f"/{stem}.txt")
    assert gold["source"] is None or gold["source"].strip()
    assert isinstance(gold["notes"], str)
    names = [p["name"] for p in gold["persons"]]
    assert len(set(names)) == len(names), "a person is listed twice"
    for person in gold["persons"]:
        assert set(person) == {"name", "titles", "roles"}, person
        assert person["name"].strip() == person["name"] and person["name"]
        for word in [person["name"], *person["titles"], *person["roles"]]:
            assert isinstance(word, str) and word and not re.search("[يك]", word), person
    for quote in gold["quotes"]:
        assert QUOTE_KEYS <= set(quote) <= QUOTE_KEYS | {"speaker_organization"}, quote
        assert quote["kind"] in ("direct", "indirect"), quote
        assert quote["speaker"] is None or quote["speaker"] in names, quote
        assert quote["verb"] is None or quote["verb"].strip(), quote
        assert quote["starts"].strip(), quote
        if "speaker_organization" in quote:
            assert quote["speaker"] is None and quote["speaker_organization"].strip(), quote


@pytest.mark.parametrize("stem", STEMS)
def test_every_quote_start_is_found_in_order(stem):
    gold = load(stem)
    text = IGNORED.sub("", (FIXTURES / gold["file"]).read_text(encoding="utf-8"))
    position = 0
    for quote in gold["quotes"]:
        at = text.find(IGNORED.sub("", quote["starts"]), position)
        assert at >= 0, f"not found after the previous quote: {quote['starts']}"
        position = at + 1
