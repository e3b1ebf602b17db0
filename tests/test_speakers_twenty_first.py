"""Speakers of the twenty-first judged sample (``fixtures/speakers_judged_21.jsonl``), 1.000 as
drawn (12 right, none wrong, none missed of 12): the last quotes of the pool the fourteenth to
twentieth were drawn from (879 articles, 48 of them with a quote, 36 of those copies of held
articles). No rule was written for it; these are its layouts a rule must not lose:

* a lead by post alone, named in the next sentence by a verb of its own («شهردار منطقه ۵ از ...
  خبر داد» then «فریدون حیدری ... خبر داد»; «فرمانده مرزبانی استان هرمزگان از ... خبر داد»
  then «علی‌اصغر خرم‌روی اظهار داشت:»);
* a post going on after the name, many sentences later («وزیر آموزش و پرورش ... گفت:»);
* one named by family name alone in the whole article («جهانپور افزود:»);
* a request reported, not said (««جروم پاول» رییس فدرال رزرو از قانونگذاران خواسته است تا»);
* a tweet («پمپئو در صفحه توئتیر خود نوشت:»).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_speaker

from khabar.evaluate_commitments import read_judged

FIXTURES = Path(__file__).parent / "fixtures"
ITEMS = {i["stem"]: i for i in read_judged(FIXTURES / "speakers_judged_21.jsonl")}

CASES = [
    # «شهردار منطقه ۵ از برنامه‌ریزی برای آزادی ... خبر داد», then «فریدون حیدری ... خبر داد»
    ("tabnak_151", "فریدون حیدری"),
    # «فرمانده مرزبانی استان هرمزگان از توقیف ... خبر داد», then «علی‌اصغر خرم‌روی اظهار داشت:»
    ("fars-2_48", "علی‌اصغر خرم‌روی"),
    # «وزیر آموزش و پرورش درباره چگونگی برگزاری امتحانات نهایی نیز گفت:», the last paragraph
    ("roozno_1002", "محسن حاجی‌میرزایی"),
    # «رئیس جمهور ابراز امیدواری کرد که», «حسن روحانی رویس جمهور» before, the post misspelt
    ("roozno_350", "حسن روحانی"),
    # «او به خبرنگاران ... تاکید کرد:» after «جفری گفت:»
    ("roozno_12", "جیمز جفری"),
    # «جروم پاول» رییس فدرال رزرو از قانونگذاران خواسته است تا
    ("tabnak_645", "جروم پاول"),
    # «جهانپور افزود:», no given name in the article; the text kept, shorter than the article,
    # is repaired to «جهان‌پور» (the whole article keeps «جهانپور»), as the scorer folds alike
    ("roozno_1013", "جهان\u200cپور"),
    # «پمپئو در صفحه توئتیر خود نوشت:»
    ("tabnak_35", "مایک پمپئو"),
]


@pytest.mark.parametrize(("stem", "person"), CASES)
def test_the_speaker_of_the_quote(stem: str, person: str) -> None:
    assert_speaker(ITEMS[stem], person, None)


def test_the_sample_is_every_quote_its_pool_held() -> None:
    assert len(ITEMS) == 12
    assert all(i["verdict"] and i["speaker"] for i in ITEMS.values())
