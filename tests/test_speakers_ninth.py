"""Speakers found since the ninth judged sample (``fixtures/speakers_judged_9.jsonl``, each
text up to the paragraph after its quote): a subject after «در همین باره» or after «که», what
someone knows («می‌داند که»), a photo's caption run into the sentence, a heading run into
the name of the body that speaks, a claim («مدعی شد») whose content opens with a phrase, and
an outlet named by «این ...» that relays a person or post right before its verb."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_speaker

from khabar.evaluate_commitments import read_judged
from khabar.evaluate_speakers import extract_item, quote_at
from khabar.extract import extract_text

FIXTURES = Path(__file__).parent / "fixtures"
ITEMS = {i["stem"]: i for i in read_judged(FIXTURES / "speakers_judged_9.jsonl")}

CASES = [
    # «در همین باره مهدی چمران عضو شورای ائتلاف ... در گفتگویی که ...، در واکنش به ...، گفت:»:
    # the phrase is three words; the clause after it is his, not an adverbial to the comma
    ("roozno_877", "مهدی چمران", None),
    # «اظهارات ظریف در پی این مطرح می‌شود که ترامپ در نشست خبری ... مدعی شد:»
    ("roozno_1000", "دونالد ترامپ", None),
    # «... مسکو/ عکس: Handout via REUTERSروسیه تا کنون از ... خبر داده است»: the caption's
    # «پاتریک کریل» is not the subject (the state, run into the credit, is left unfound)
    ("roozno_788", None, None),
    # «تعداد قربانیان فرانسوی به ۱۲۷ نفر رسیداداره بهداشت و درمان فرانسه از مرگ ۳۶ نفر ... خبر
    # داد»: a heading's last verb run into the body's name
    ("roozno_670", None, "اداره بهداشت و درمان فرانسه"),
]


@pytest.mark.parametrize(("stem", "person", "organization"), CASES)
def test_the_speaker_of_the_quote(stem: str, person: str | None, organization: str | None) -> None:
    assert_speaker(ITEMS[stem], person, organization)


def test_what_someone_knows_is_no_quote_of_theirs() -> None:
    # «پمپئو به وضوح ترسیده؛ چون بهتر از هر کس می‌داند که ...», in a writer's post: Pompeo
    # says nothing there
    item = ITEMS["mashregh_1"]
    quote = quote_at(extract_item(item), item["start"])
    assert quote is None or quote.speaker is None


def test_a_claim_may_open_with_a_phrase() -> None:
    # the shared news (tabnak_310): «مدعی شد» with no «که», its content opening with «از»
    text = (
        "دونالد ترامپ رئیس‌جمهور آمریکا با اشاره به سفرش به منطقه، مدعی شد از دیدن وضعیت "
        "زندگی فلسطینی‌ها «ناراحت» شده است."
    )
    doc = extract_text(text)
    (quote,) = doc.quotes
    assert doc.text[quote.span.start :].startswith("از دیدن وضعیت")
    assert quote.speaker == "دونالد ترامپ"


def test_an_outlet_relaying_a_post_named_before_is_not_the_speaker() -> None:
    # the shared news (fars-4_140): «این خبرگزاری همچنین به نقل از رهبر معظم انقلاب اسلام ایران
    # گزارش داد،» is the leader's, whom the article names, not the Russian agency's
    text = (
        "بنابر این گزارش، حضرت آیت‌الله خامنه‌ای گروه‌های فلسطینی را به وحدت فراخواندند و از "
        "آنها خواستند تا مراقب دشمنانی که در کمین آنها نشسته‌اند، باشند.\n"
        "اظهارات رهبر معظم انقلاب اسلامی ایران در خصوص تحریم کنفرانس صهیونیستی_ آمریکایی سازش "
        "نیز در خبرگزاری نووستی روسی نیز بازتاب داشت.\n"
        "این خبرگزاری همچنین به نقل از رهبر معظم انقلاب اسلام ایران گزارش داد، آیت‌الله "
        "خامنه‌ای خواستار تحریم کنفرانس پائیزی شدند.\n"
    )
    doc = extract_text(text)
    quote = next(q for q in doc.quotes if doc.text[q.span.start :].startswith("آیت‌الله خامنه‌ای"))
    assert quote.speaker == "خامنه‌ای"
    assert quote.speaker_organization is None
