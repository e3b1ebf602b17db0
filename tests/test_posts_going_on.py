"""A post nobody holds that goes on («ادامه داد», «افزود») with the words of the person who
spoke right before it is another post of that person; not one the article wrote before, nor
one «نیز» marks as another's.

The sentences are those of ARMAN's news (``fixtures/arman_quotes_3``).
"""

from quote_rows import quote_rows

# arman-1_118
_MINISTER = (
    "یونسی وزیر اطلاعات درباره امنیت دانشگاه‌ها سخن گفت. وزیر اطلاعات گفت: این وزارتخانه در "
    "شعارهای خود به حفظ قانونگرائی تأکید و تکیه در تمام ابعاد دارد. "
)


def test_a_second_post_goes_on_with_the_speaker_before():
    text = _MINISTER + (
        "عضو شورای عالی امنیت کشور ادامه داد: جنبش دانشجوئی ما عقل‌گرا، دیندار، ارزش‌گرا و "
        "قانون‌گرا است. وی افزود: این شایعات تنها در ذهن‌ها باقی می‌ماند."
    )
    assert [(p, s) for _, p, _, s in quote_rows(text)] == [
        ("یونسی", "این وزارتخانه در"),
        ("یونسی", "جنبش دانشجوئی ما"),
        ("یونسی", "این شایعات تنها"),
    ]


def test_not_another_named_before_nor_marked_as_another():
    before = (
        "در این نشست عضو شورای عالی امنیت کشور نیز حضور داشت. " + _MINISTER
    ) + "عضو شورای عالی امنیت کشور ادامه داد: جنبش دانشجوئی ما قانون‌گرا است."
    also = _MINISTER + "عضو شورای عالی امنیت کشور نیز افزود: جنبش دانشجوئی ما قانون‌گرا است."
    said = _MINISTER + "عضو شورای عالی امنیت کشور گفت: جنبش دانشجوئی ما قانون‌گرا است."
    for text in (before, also, said):
        assert [p for _, p, _, _ in quote_rows(text)] == ["یونسی", None], text
