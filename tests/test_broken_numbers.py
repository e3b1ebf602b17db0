"""Numbers the source broke across lines at their decimal mark, rejoined by the line-wrap repair
(`text/layout.py`), on snippets of the shared news (IR-News, whose sentence splitter took a
decimal point for a full stop)."""

from __future__ import annotations

import pytest
from conftest import assert_repaired_to

from khabar.extract import extract_text
from khabar.text import repair
from khabar.text.layout import line_wrap_edits

JOINED = [
    # tabnak_369: a percentage
    (
        "شاخص قیمت تولید کننده نیز در ژانویه به اندازه ۱.\n۸۴ درصد رشد داشته است.",
        "به اندازه ۱.۸۴ درصد رشد",
    ),
    # tabnak_1581: in brackets, the closing one right after the number is no list item
    (
        "نسبت به فصل مشابه سال قبل مربوط به فصل بهار (٥٦.\n٣٠) و کمترین آن مربوط به فصل زمستان.",
        "فصل بهار (٥٦.٣٠) و",
    ),
    # roozno_667: a paragraph that opens with the number
    ("پاسخگویان نگرانی دارند.\n89.\n4 درصد مردم ایران موافق قرنطینه شدن شهرها هستند.", "89.4 درصد"),
    # roozno_358: the dots of a number grouped in thousands, each on its own line
    (
        "در این انتخابات ۲۴.\n۵۱۲.\n۴۰۴ نفر در سراسر کشور پای صندوق رای رفتند.",
        "۲۴.۵۱۲.۴۰۴ نفر",
    ),
    # tabnak_1576: a date written with dots
    ("دستورالعمل شماره 200.\n9.\n503 مورخ 1399.\n02.\n09 و نامه شماره", "مورخ 1399.02.09 و"),
    # the Persian decimal mark and a slash end no sentence
    ("رشد اقتصادی ۲٫\n۵ درصد بود.", "۲٫۵ درصد"),
    ("حدود ۳/\n۴ درصد از مبتلایان", "۳/۴ درصد"),
]


@pytest.mark.parametrize(("text", "joined"), JOINED)
def test_a_number_broken_at_its_mark_is_one_again(text: str, joined: str) -> None:
    assert_repaired_to(text, joined)


KEPT = [
    # fars-news-1 item 22: a bibliography, the year of one item and the next item's number
    "قم: پژوهشگاه فرهنگ و اندیشه، چ2، 1390.\n23. غزالی، محمد ابوحامد، المستصفی، بیروت.",
    # tabnak_940: the next item's number alone on its line, the item below it
    "مجله نور علم، مرداد و شهریور ١٣٧١، شماره ٤٦.\n١٥.\nحرعاملی، محمد بن حسن، وسائل الشیعه.",
    # a sentence that ends with a year or a date, the next opening with a number
    "این طرح در سال ۱۳۹۸.\n۵۰ نفر در آن شرکت کردند.",
    "نامه در تاریخ ۱۳۹۸/۱۲/۱۰.\n۵۰ نفر آن را امضا کردند.",
    "جلسه تا ساعت ۱۲:۳۰.\n۲۰ نماینده در آن بودند.",
]


@pytest.mark.parametrize("text", KEPT)
def test_a_number_that_ends_a_line_for_its_own_reasons_stays(text: str) -> None:
    edits = line_wrap_edits(text)
    assert not any(e.replacement == "" and "\n" in text[e.start : e.end] for e in edits)
    assert repair(text).text.count("\n") == text.count("\n")


def test_the_quantity_and_the_sentence_hold_the_whole_number() -> None:
    # tabnak_1643: «... امسال ۵.» «۳ درصد آب خواهد رفت ...» read as «۳ درصد», the sentence cut
    text = (
        "اقتصاد کشورهای این منطقه در برابر بحران کرونا و قیمت نفت، امسال ۵.\n"
        "۳ درصد آب خواهد رفت و کسری بودجه آن بیشتر خواهد شد."
    )
    doc = extract_text(text)
    assert [(doc.span_text(q.span), q.value) for q in doc.quantities] == [("۵.۳ درصد", 5.3)]
    assert len(doc.sentences) == 1


def test_a_statement_s_sentence_opens_where_its_speaker_is_named() -> None:
    # speakers_judged_12, tabnak_78: «وی با بیان اینکه ... شیر ۰.» «۱ می‌کروگرم ... است، افزود:
    # ...» was two sentences, the statement's opening at «۱ می‌کروگرم»
    text = (
        "دکتر محمدرضا شانه‌ساز، رییس سازمان غذا و دارو گفت: مردم مطمئن باشند.\n"
        "وی با بیان اینکه استاندارد ما برای آفلاتوکسین شیر ۰.\n"
        "۱ می‌کروگرم بر کیلوگرم است، افزود: این درحالیست که استانداردهای آمریکا بسیار بالاتر است."
    )
    doc = extract_text(text)
    quote = doc.quotes[-1]
    assert quote.speaker == "محمدرضا شانه‌ساز"
    sentence = next(s for s in doc.sentences if s.start <= quote.span.start < s.end)
    assert doc.text[sentence.start :].startswith("وی با بیان اینکه")
