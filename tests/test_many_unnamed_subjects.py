"""People many and unnamed opening the clause of a verb in the plural, closed by a comma, are
its subject, not part of what they said (``speakers._many_unnamed_end``).

The sentence is that of ``tabnak_933`` and one the rule must leave alone.
"""

from khabar.extract import extract_text


def _said(text: str) -> list[tuple[str, str | None, str]]:
    doc = extract_text(text)
    return [(q.kind, q.speaker, doc.span_text(q.span)) for q in doc.quotes]


def test_what_the_many_said_opens_past_their_comma():
    said = _said(
        "عنوان\nمتولیان مبارزه با تجارت پنهان و زیرزمینی، ارزش دلاری قاچاق کالا و ارز را که در "
        "سال 1394 حدود ۵/ ۱۵ میلیارد دلار اعلام شده بود در سال 1395 با ۲۰ درصد کاهش، بین ۱۲ تا "
        "۱۳ میلیارد دلار برآورد کردند.\n"
    )
    assert [(k, s) for k, s, _ in said] == [("indirect", None)]
    assert said[0][2].startswith("ارزش دلاری قاچاق کالا")


def test_no_comma_the_many_stay_in_the_span():
    said = _said(
        "عنوان\nمسئولان وزارت بهداشت امارات شمار مبتلایان به ویروس کرونا در این کشور را ۷۴ نفر "
        "اعلام کردند.\n"
    )
    assert [(k, s) for k, s, _ in said] == [("indirect", None)]
