"""What the fourth ARMAN quotes-recall sample taught quote finding: an answer names its topic
(«به ادعاهای ... پاسخ داد.»), what was answered follows a colon or «که».

The sentences are those of ARMAN's news (``fixtures/arman_quotes_4``) and of the shared news.
"""

import pytest
from quote_rows import quote_rows


@pytest.mark.parametrize(
    "text",
    [
        # arman-2_206
        "دراین‌حال نماینده دائم سوریه در سازمان ملل متحد، جمعه شب در بیانیه‌ای به ادعاهای "
        "نماینده رژیم صهیونیستی در این سازمان در مورد جولان، پاسخ داد.",
        # roozno_data_963
        "آیت‌الله مکارم شیرازی به سؤالی درباره روزه ماه رمضان در دوران شیوع کرونا پاسخ داد.",
        # fars-news-1, item 246
        "سرمربیان دو تیم ملی کره جنوبی و ازبکستان در کنفرانس مطبوعاتی قبل از بازی به سؤالات "
        "خبرنگاران پاسخ دادند.",
    ],
)
def test_an_answer_names_its_topic(text):
    assert quote_rows(text) == []


def test_what_was_answered_follows_the_colon():
    # arman-1_218, and tabnak_data_388: «او اینطور پاسخ داد و گفت: ...»
    assert [
        (k, s)
        for k, _, _, s in quote_rows(
            "امام پاسخ می‌دهد: خیر مگر آن که یکی از آن دو ساکت و صامت باشد."
        )
    ] == [("direct", "خیر مگر آن")]
    text = (
        "مجری از ساعی نظرش را درباره کیمیا علیزاده پرسید، او اینطور پاسخ داد و گفت: فقط "
        "می‌توانم بگویم برایش متاسفم!"
    )
    assert [(k, s) for k, _, _, s in quote_rows(text)] == [("direct", "فقط می‌توانم بگویم")]
