"""What the thirty-second quotes-recall sample taught speakers: «برخی» (some) or «همه» (all)
standing alone after «و», before a verb of saying in the plural, are its subject, people
unnamed, so the statement is no one's named, not the person the sentence named before them
(``speakers._many_after_and``: «... بر سر زبان‌ها افتاد و برخی در شبکه‌های مجازی مدعی
شدند که ...»), as «برخی از منابع بازار» already were.

The sentences are those of ``fixtures/quotes_dev_32`` (tabnak_44, a shared article no earlier
sample read whole) and of the shared news where the rule holds
(roozno_237, read in a judged speakers sample for that quote alone).
"""

from pathlib import Path

from khabar.extract import extract_text

FIXTURES = Path(__file__).parent / "fixtures"


def _said(text: str) -> list[tuple[str, str | None]]:
    return [(q.verb, q.speaker or q.speaker_organization) for q in extract_text(text).quotes]


def test_some_on_social_networks_claim_no_one_named_s_words():
    # tabnak_44: Hamid Abutalebi is named in the clause before «و برخی ...»; the claim is
    # theirs, people no one names
    text = (FIXTURES / "quotes_dev_32/tabnak_44.txt").read_text(encoding="utf-8")
    doc = extract_text(text)
    claimed = [q for q in doc.quotes if q.verb == "مدعی شدند"]
    assert [q.speaker for q in claimed] == [None]
    assert doc.span_text(claimed[0].span).startswith("این مجری جوان دختر حمید ابوطالبی است")


def test_some_alone_after_and_are_the_subject():
    # roozno_237 (Zarifian's interview; the ninth judged speakers sample read this quote's
    # speaker, unnamed): «... مصونیت پیدا می‌کند و برخی هم می‌گویند ...»
    text = (
        "مساله این است که در کشور یک جریان مصونیت پیدا می‌کند و برخی هم می‌گویند فقط اینها"
        " هستند که در راه تحقق آرمان‌های انقلاب یعنی استقلال، آزادی، عدالت و جمهوریت و اسلامیت"
        " گام برمی‌دارند.\n"
    )
    assert _said(text) == [("می‌گویند", None)]


def test_some_of_a_body_named_are_still_read_as_before():
    # «برخی از منابع بازار» (tabnak_1083): many unnamed, as before the rule
    text = (
        "این در حالی است که میزان ذخایر نفت‌کوره در بندر ژوشان چین بسیار بالا است و برخی از"
        " منابع بازار نیز مدعی شدند که برخی مخازن در بنادر چینی پر هستند.\n"
    )
    assert _said(text) == [("مدعی شدند", None)]
