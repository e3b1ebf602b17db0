"""What the thirtieth quotes-recall sample taught speakers: one the text brings in by «یک» and
does not name («یک سخنگوی حزب اسلامی افغانستان ... گفت که ...», «یک منبع ... گفت:») spoke
last, so «وی» or «او» after them is that one, no one named, and not the person who spoke or
was named before them (``quotes``); after a body's words the discourse goes on with the body
(«یک مقام دولتی هند ... گفت: ... به نوشته این گزارش، ...» stays the site's).

The sentences are those of ``fixtures/quotes_dev_30`` (fars-3_47, a shared article no earlier
sample read whole) and of the shared news where the rule holds or must not.
"""

from pathlib import Path

from khabar.extract import extract_text

FIXTURES = Path(__file__).parent / "fixtures"


def _said(text: str) -> list[tuple[str, str | None]]:
    return [(q.verb, q.speaker or q.speaker_organization) for q in extract_text(text).quotes]


def test_the_party_spokesman_s_words_are_no_one_s_named():
    # fars-3_47: Hekmatyar denies in the lead; an unnamed spokesman of his party speaks on
    text = (FIXTURES / "quotes_dev_30/fars-3_47.txt").read_text(encoding="utf-8")
    doc = extract_text(text)
    assert [(q.verb, q.speaker) for q in doc.quotes[:2]] == [("گفت", None), ("افزود", None)]
    assert doc.span_text(doc.quotes[1].span).startswith("حکمتیار بر ادامه مبارزه")


def test_an_unnamed_source_goes_on_after_a_named_speaker():
    # tabnak_1301: Ahmad al-Asadi speaks, then an unnamed source in the presidency, «او افزود:»
    text = (
        "رئیس جمهور عراق قصد دارد نعیم السهیل را به نخست‌وزیری منصوب کند.\n"
        "احمد الاسدی، رئیس فراکسیون سند ملی در پارلمان عراق نیز امروز اعلام کرد: امشب نام"
        " نخست‌وزیر مکلف اعلام خواهد شد.\n"
        "یک منبع در دفتر ریاست جمهوری عراق نیز امروز از توافق فراکسیون‌های سیاسی عراق درباره"
        " نخست‌وزیر کابینه انتقالی خبر داد.\n"
        "این منبع در گفتگو با شبکه خبری روسیا الیوم اظهار کرد: برهم صالح امشب یا فردا"
        " (دوشنبه) نخست‌وزیر مکلف را معرفی خواهد کرد.\n"
        "او افزود: نعیم السهیل که در حال حاضر به عنوان معاون رئیس دفتر ریاست جمهور عراق مشغول"
        " به فعالیت است، همان شخصی است که فراکسیون‌های عراق در مورد او به توافق رسیده‌اند.\n"
    )
    said = _said(text)
    assert said[0] == ("اعلام کرد", "احمد الاسدی")
    assert said[-1] == ("افزود", None)


def test_a_body_s_report_goes_on_past_an_unnamed_official():
    # fars-news-5.json item 93: Business Line's report; an unnamed Indian official speaks
    # inside it, and «به نوشته این گزارش» is the site's again
    text = (
        "پایگاه خبری بیزینس لاین طی گزارشی نوشت: موجودی روپیه‌های نفتی ایران افزایش یافته است.\n"
        "یک مقام دولتی هند در این‌باره گفت: صادرات کالاهای هندی به ایران 10 درصد کاهش یافته"
        " است.\n"
        "به نوشته این گزارش، یک هیئت از مقامات ارشد دولت ایران ماه آینده به این کشور سفر"
        " خواهند کرد.\n"
    )
    said = _said(text)
    assert said[-1] == ("به نوشته", "پایگاه خبری بیزینس لاین")
