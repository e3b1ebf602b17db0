"""Statements in titles; the negative of «دانست», feelings shown after «ابراز کرد» and «و»
glued to a reporting verb.
The titles are those of the shared news (their first lines as a plain text file holds them),
and of the fifth quotes-recall sample (tests/fixtures/quotes_dev_5)."""

import pytest

from khabar.extract import extract_text

LEAD = "\nمتن خبر در ادامه آمده است."


def _said(text: str) -> list[tuple[str, str | None, str | None, str]]:
    """(kind, speaker, organization, the first words of what was said) of each quote."""
    doc = extract_text(text)
    return [
        (
            q.kind,
            q.speaker,
            q.speaker_organization,
            " ".join(doc.span_text(q.span).split()[:3]),
        )
        for q in doc.quotes
    ]


@pytest.mark.parametrize(
    ("title", "speaker", "organization", "said"),
    [
        # quotes_dev_5/fars-2_71: a rubric, then the name
        (
            "والیبال قهرمانی اروپا| کونارسکی: در گام اول فوق‌العاده نبودیم/ امیدوارم بازی به "
            "بازی بهتر شویم\nبه گزارش خبرگزاری فارس، داوید کونارسکی، ملی‌پوش والیبال لهستان "
            "اظهار داشت: بازی با استونی مسابقه اول ما بود.",
            "کونارسکی",
            None,
            "در گام اول",
        ),
        # a headline, then after its slash the name and what they said
        (
            "آمریکا معافیت‌های هسته‌ای ایران را لغو کرد / پومپئو: تحریم‌ها در یک دوره ۶۰ روزه "
            "باز خواهند گشت",
            "پومپئو",
            None,
            "تحریم‌ها در یک",
        ),
        # quotes_dev_5/tabnak_740: a state
        (
            "روسیه: آمریکا بیش از ۳۰۰ کامیون سلاح از عراق به شمال سوریه فرستاده است",
            None,
            "روسیه",
            "آمریکا بیش از",
        ),
        # nouns of what was said: a warning to someone, a claim, an answer
        (
            "هشدار چین به ترامپ: برای مقابله با هر گونه مداخله خارجی در هنگ‌کنگ اقدامات لازم "
            "را انجام خواهیم داد",
            None,
            "چین",
            "برای مقابله با",
        ),
        (
            "ادعای علی مطهری: جایگاه مجلس روز به روز سقوط خواهد کرد",
            "علی مطهری",
            None,
            "جایگاه مجلس روز",
        ),
        (
            "پاسخ پزشکی قانونی به روحانی: آمار کشته‌های آبان دست وزیر کشور است",
            None,
            "سازمان پزشکی قانونی کشور",  # the list's name of the body
            "آمار کشته‌های آبان",
        ),
        # a word of manner between the noun and the name
        (
            "هشدار کم نظیر سردار تنگسیری به آمریکایی‌ها: بغل گوش شما هستیم",
            "تنگسیری",
            None,
            "بغل گوش شما",
        ),
    ],
)
def test_a_title_that_quotes_someone(title, speaker, organization, said) -> None:
    first = _said(title + LEAD)[0]
    assert first[0] == "direct" and first[3] == said
    assert first[2] == organization
    assert (first[1] or "").endswith(speaker or "") and bool(first[1]) == bool(speaker)


@pytest.mark.parametrize(
    "title",
    [
        "تعداد مبتلایان به کرونا به ۴۳ نفر افزایش یافت / تعداد فوتی‌ها: ۸ نفر",
        "پاسخ به شبهات: واکسن کرونا ایمن است",
        "9 ماه زندان برای یک میلیاردر آمریکایی/ دلیل: رشوه برای ورود فرزندان به دانشگاه",
    ],
)
def test_a_title_whose_colon_follows_no_one(title) -> None:
    assert _said(title + LEAD) == []


def test_the_negative_of_دانست_states_a_view() -> None:
    # quotes_dev_5/fars-2_136; shared news (fars-news-2, item 51): with «و گفت:» after it
    assert _said(
        "دبیرکل کنگره ملی عراق وقوع کودتای نظامی در عراق را با توجه به ادامه وضعیت ناامنی "
        "در این کشور بعید ندانست."
    ) == [("indirect", None, None, "وقوع کودتای نظامی")]
    assert [
        (k, s)
        for k, _, _, s in _said(
            "وزیر خارجه برزیل حل موضوع سوریه را از طریق نظامی ممکن ندانست و گفت: ما معتقد به "
            "دیپلماسی و مذاکره هستیم."
        )
    ] == [("indirect", "حل موضوع سوریه"), ("direct", "ما معتقد به")]


def test_a_feeling_shown_is_no_statement() -> None:
    # quotes_dev_5/roozno_144: «... انتقاد و ناراحتی خود را ... ابراز کرده بود»
    assert (
        _said(
            "دونالد ترامپ، رییس جمهور آمریکا پیش‌تر در صفحه شخصی خود در توییتر از رای‌گیری مجلس "
            "نمایندگان در خصوص طرح کاهش اختیارات جنگی او به شدت انتقاد و ناراحتی خود را از این "
            "اقدام را ابراز کرده بود."
        )
        == []
    )


def test_and_glued_to_the_verb_after_another() -> None:
    # quotes_dev_5/fars-4_142; shared news: «... اشاره کرد وگفت: ...» (an act, then the quote)
    assert [
        (k, s)
        for k, _, _, s in _said(
            "وی در ادمه از ایجاد گروه‌های تخصصی سازندگان قطعات واگن خبر داد وافزود: ما تلاش "
            "خواهیم کرد تا زمینه‌های اجرای این سیستم فراهم شود."
        )
    ] == [("indirect", "ایجاد گروه‌های تخصصی"), ("direct", "ما تلاش خواهیم")]
    assert [
        (k, s)
        for k, _, _, s in _said(
            "وزیر فرهنگ وارشاد درادامه به حوزه نمایش اشاره کرد وگفت: درحوزه نمایش نیز آثار "
            "فاخری تولید شد."
        )
    ] == [("direct", "درحوزه نمایش نیز")]
