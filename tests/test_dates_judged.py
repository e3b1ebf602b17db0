"""Date mentions of the shared news, 50 drawn at random (seed 50) from the extraction of all of
it at f949d55 and each read for the day it means (``fixtures/dates_judged.jsonl``: the
mention, the day then given, the day judged, and the text around it)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from khabar.extract.dates import find_dates

JUDGED = Path(__file__).parent / "fixtures" / "dates_judged.jsonl"


def _day_now(item: dict) -> str | None:
    """The day the current reader gives the mention at ``item['at']`` of its context."""
    published = dt.date.fromisoformat(item["published"][:10])
    found = find_dates(item["context"], published)
    return next((d.iso for d in found if d.span.start == item["at"]), None)


def test_the_judged_dates_resolve_to_their_days() -> None:
    items = [json.loads(line) for line in JUDGED.read_text("utf-8").splitlines()]
    assert len(items) == 50
    assert sum(1 for i in items if i["iso"] == i["judged_iso"]) == 48  # as drawn
    right = [i for i in items if _day_now(i) == i["judged_iso"]]
    assert len(right) >= 49  # «۲۵ تیر ۹۸» now takes its year
