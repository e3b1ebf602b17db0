"""What the thirty-fifth quotes-recall sample taught of «باید»: right before a verb of saying,
its short infinitive, it says what one must say, the writer's, nobody's statement
(``impersonal.one_could_say``): «و از لحاظ سیاسی چه باید گفت؟», «موضوع دیگر که درباره سارس
باید ذکر کرد، این است که ...».

The sentences are those of ``fixtures/quotes_dev_35`` (roozno_688, a shared article no earlier
sample read whole) and of the shared news (tabnak_889).
"""

from pathlib import Path

from khabar.extract import extract_text

FIXTURES = Path(__file__).parent / "fixtures"


def _said(text: str) -> list[tuple[str | None, str | None, str]]:
    doc = extract_text(text)
    return [(q.verb, q.speaker, doc.span_text(q.span)) for q in doc.quotes]


def test_what_one_must_say_in_a_question_is_nobody_s_statement():
    # roozno_688: the writer's question and his answer after it
    text = (FIXTURES / "quotes_dev_35/roozno_688.txt").read_text(encoding="utf-8")
    assert not any("چه باید" in t for _, _, t in _said(text))


def test_what_one_must_mention_is_nobody_s_statement():
    # tabnak_889: a doctor's talk, quoted, goes on «موضوع دیگر که ... باید ذکر کرد، این است که»
    text = (
        "موضوع دیگر که درباره سارس باید ذکر کرد، این است که بسیار باعث آشفتگی شد و ترسی عجیب"
        " در همه‌ دنیا در همان زمان به وجود آورد.\n"
    )
    assert _said(text) == []


def test_a_must_elsewhere_leaves_the_statement():
    # «باید» opening what was said is no modal of the reporting verb before it
    said = _said("وزیر نیرو گفت باید مصرف آب را کاهش دهیم.\n")
    assert [(v, t[:15]) for v, _, t in said] == [("گفت", "باید مصرف آب را")]
    said = _said("علی لاریجانی گفت: باید گفت که مجلس در این زمینه کوتاهی نکرده است.\n")
    assert [(v, s, t[:12]) for v, s, t in said] == [("گفت", "علی لاریجانی", "باید گفت که ")]
