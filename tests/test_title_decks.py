"""A long title whose decks a slash parts stays on its own line (`text/layout.py`), on the
titles and leads of plain-text articles of the shared news as the judged posts samples hold them
(title, then the body)."""

from __future__ import annotations

import pytest

from khabar.extract import extract_text
from khabar.text import repair

# roozno_757: a title of 106 characters, the lead's post the speaker's introduction
ROOZNO_757 = (
    "جان باختن ۱۳۹ بیمار کرونایی در ۲۴ ساعت گذشته؛ تعداد کل فوتی ها ۲۵۱۷ نفر شد / ۳۲۰۶ نفر"
    " در وضعیت شدید بیماری\n"
    "سخنگوی وزارت بهداشت آخرین آمار ابتلا و فوتی و همچنین بهبودیافتگان کروناویروس جدید در کشور"
    " را اعلام کرد.\n"
    "کیانوش جهانپور گفت: بر اساس یافته‌های قطعی آزمایشگاهی ۳۰۷۶ بیمار جدید مبتلا به کووید ۱۹"
    " در کشور شناسایی شدند."
)
# roozno_207: three decks, no spaces around two of the slashes
ROOZNO_207 = (
    "رقابت اصلاح‌طلبان شاید بر سر 40 تا 50 کرسی باشد/ اختلافی میان اصلاح‌طلبان وجود ندارد/"
    " بهتر است همه اصلاح‌طلبان از لیست کارگزاران حمایت کنند\n"
    "فعال سیاسی اصلاح‌طلب گفت: رقابت اصلاح‌طلبان در مجموع شاید بر سر40 تا 50 کرسی است."
)


@pytest.mark.parametrize(("text", "lead"), [(ROOZNO_757, "سخنگوی"), (ROOZNO_207, "فعال")])
def test_title_with_decks_kept_apart(text, lead):
    doc = repair(text)
    first, second = doc.text.split("\n")[:2]
    assert first == doc.text[: doc.sentences[0].end]
    assert second.startswith(lead)
    assert doc.text[doc.sentences[1].start :].startswith(lead)


def test_lead_opens_its_sentence():
    doc = extract_text(ROOZNO_757, use_model=False)
    said = [q for q in doc.quotes if q.verb == "اعلام کرد"]
    assert said
    assert doc.text[said[0].sentence.start :].startswith("سخنگوی وزارت بهداشت")


def test_long_first_line_without_decks_still_joined():
    # roozno_173's lead hard-wrapped: a long first line without a slash between words
    wrapped = (
        "وزیر امور خارجه کشورمان در گفت‌وگویی اختصاصی، مواضع کشورمان را درباره رخ‌دادهای اخیر"
        " پیرامون ایران از جمله به شهادت رسیدن سردار سلیمانی\n"
        "توسط آمریکا و حادثه هواپیمای اوکراینی در ایران تشریح کرد."
    )
    assert "\n" not in repair(wrapped).text


def test_date_slash_is_no_deck():
    # a letter of the shared news (roozno) hard-wrapped: the slashes of a number and a date
    wrapped = (
        "پیرو نامه شماره ۱۶۰۶/۱۰۰ مورخ ۰۸/۱۲/۱۳۹۸ درخصوص عدم برگزاری نماز جمعه در ۲۳ استان کشور"
        " که به‌ عنوان نقاط آلوده گزارش شده بود\n"
        "با توجه به شیوع بیماری"
    )
    assert "\n" not in repair(wrapped).text
