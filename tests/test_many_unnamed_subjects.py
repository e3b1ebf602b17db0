"""People many and unnamed opening the clause of a verb in the plural, closed by a comma or,
with none, followed by a phrase of their clause («در», «از», «نیز»), are its subject, not part
of what they said (``speakers._many_unnamed_end``), nor is a person named among their words
(``speakers._many_unnamed_first``).

The sentences are those of ``tabnak_933``, ``roozno_564``, ``tabnak_924`` and ``tabnak_903``,
and ones the rule must leave alone.
"""

import pytest

from khabar.extract import extract_text


def _said(text: str) -> list[tuple[str, str | None, str]]:
    doc = extract_text(text)
    return [(q.kind, q.speaker, doc.span_text(q.span)) for q in doc.quotes]


@pytest.mark.parametrize(
    ("text", "opens"),
    [
        (  # tabnak_933: past their comma
            "عنوان\nمتولیان مبارزه با تجارت پنهان و زیرزمینی، ارزش دلاری قاچاق کالا و ارز را که "
            "در سال 1394 حدود ۵/ ۱۵ میلیارد دلار اعلام شده بود در سال 1395 با ۲۰ درصد کاهش، بین "
            "۱۲ تا ۱۳ میلیارد دلار برآورد کردند.\n",
            "ارزش دلاری قاچاق کالا",
        ),
        (  # roozno_564: no comma, where «نیز» opens a phrase of their clause
            "عنوان\nکلیسای معروف این شهر نیز پس از شناسایی 20 مورد مبتلا به کرونا تعطیل شده "
            "است.\nمقامات فلسطین نیز وضعیت اضطراری 30 روزه و ممنوعیت بازدید گردشگران از این "
            "کلیسا را اعلام کرده‌اند.\n",
            "وضعیت اضطراری 30 روزه",
        ),
    ],
)
def test_what_the_many_said_opens_past_them(text, opens):
    said = _said(text)
    assert [(k, s) for k, s, _ in said] == [("indirect", None)]
    assert said[0][2].startswith(opens)


def test_no_comma_the_many_stay_in_the_span():
    said = _said(
        "عنوان\nمسئولان وزارت بهداشت امارات شمار مبتلایان به ویروس کرونا در این کشور را ۷۴ نفر "
        "اعلام کردند.\n"
    )
    assert [(k, s) for k, s, _ in said] == [("indirect", None)]


def test_more_of_the_many_after_and_stay_in_the_span():
    said = _said(
        "عنوان\nاین در حالی بود که مقامات کشورمان و نیز مقامات چین و روسیه نسبت به فعال شدن "
        "این مکانیسم هشدارهای جدی دادند و این اقدام اروپا را سیاسی و غیرقانونی اعلام کردند.\n"
    )
    assert not any(text.startswith("مقامات چین") for _, _, text in said)


def test_a_person_named_in_the_many_is_not_the_speaker():
    said = _said(
        "چند روز پیش گزارش شد که دونالد ترامپ رییس جمهور آمریکا، ریچارد گرنل سفیر آمریکا در "
        "آلمان را به عنوان مدیر موقت اطلاعات ملی آمریکا معرفی کرده است.\n"
        "منتقدان این تصمیم دونالد ترامپ گفتند که او صرفا وفادارها را به افراد باتجربه‌تر "
        "ترجیه می‌دهد.\n"
    )
    critics = [s for _, s, text in said if text.startswith("او صرفا وفادارها")]
    assert critics == [None]
