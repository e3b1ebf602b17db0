"""A reaction shown («واکنش تندی به ... ابراز کرد») names no words said: who showed it acts,
as one who raised criticism does (``reporting_cues._reaction_shown``).

The sentence is that of ``roozno_1147`` and one the rule must leave alone.
"""

from khabar.extract import extract_text


def _said(text: str) -> list[tuple[str, str | None, str]]:
    doc = extract_text(text)
    return [(q.kind, q.speaker, doc.span_text(q.span)) for q in doc.quotes]


def test_a_reaction_expressed_is_no_statement():
    said = _said(
        "عنوان\nهمچنین حجت‌الاسلام‌والمسلمین احمدی نیز در توئیت خود واکنش تندی به اظهارات "
        "نماینده رفسنجان ابراز کرد و نوشت: «به فکر معیشت مردم باشید».\n"
    )
    assert [k for k, _, _ in said] == ["direct"]
    assert said[0][1] == "احمدی"
    assert said[0][2].startswith("«به فکر معیشت مردم باشید»")


def test_in_reaction_the_words_expressed_are_still_said():
    said = _said(
        "عنوان\nحسن روحانی در واکنش به این اقدام امیدواری خود را برای حل مشکلات ابراز کرد و "
        "گفت: ما راه را ادامه می‌دهیم.\n"
    )
    assert [k for k, _, _ in said] == ["indirect", "direct"]
