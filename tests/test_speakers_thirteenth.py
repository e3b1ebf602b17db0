"""Speakers found since the thirteenth judged sample (``fixtures/speakers_judged_13.jsonl``):
a listed body's short name after the article named one abroad by it («دادستانی کل افزود:»
after «دادستانی کل عربستان ... نوشت») is that one, not the listed body of Iran; a family name
after another given name («بیل گیتس» beside «ملیندا گیتس») is not its holder's; a post's head
run into the word after it is read as the two («مدیرگمرک استان زنجان گفت:»); a time and its
comma after a frame («این در حالی است که چندی پیش، دونالد ترامپ ... مدعی شد») and a few
ordinary words before a body («بر این اساس، بانک رفاه کارگران ... اعلام کرد:») are passed."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_speaker

from khabar.evaluate_commitments import read_judged
from khabar.extract import extract_text

FIXTURES = Path(__file__).parent / "fixtures"
ITEMS = {i["stem"]: i for i in read_judged(FIXTURES / "speakers_judged_13.jsonl")}

CASES = [
    # «دادستانی کل عربستان امروز، دوشنبه در توییتر نوشت،» ... «دادستانی کل افزود:»
    ("tabnak_1121", None, "دادستانی کل عربستان"),
    # «بنیاد خیریه‌ی بیل و ملیندا گیتس» ... «بیل گیتس در پایان پیشنهاد‌های خود، ... می‌داند»:
    # Bill is never found as a person («بیل» is a word too), and no longer read as Melinda
    ("roozno_489", None, None),
    # «مدیرگمرک استان زنجان ... اعلام کرد و افزود:», «میر محمد حسینی قلعه جوق» named before
    ("fars-4_31", "میر محمد حسینی قلعه جوق", None),
    # post-only lead «مدیرروابط عمومی ... از ابتلای ... خبر داد», named in the next paragraph
    ("tabnak_958", "فریبا ابتهاج", None),
    ("tabnak_1163", "دونالد ترامپ", None),
    ("roozno_1054", None, "بانک رفاه کارگران"),
    # «بنابراین گزارش، فرماندهی نظامیان آمریکایی در غرب آسیا (سنتکام) خواستار ... شده»
    ("tabnak_1162", None, "سنتکام"),
    # «بازار حرفه‌ای با ابزار فروش تعهدیامیر هامونی، مدیر عامل فرابورس ایران، ...» (a
    # subheading run into his name; «فروش تعهدی» written alone in the article) ... «هامونی گفت:»
    ("tabnak_817", "امیر هامونی", None),
    # «دولت حسن روحانی اعلام کرده»: the government, not Rouhani
    ("roozno_302", None, "دولت حسن روحانی"),
]


@pytest.mark.parametrize(("stem", "person", "organization"), CASES)
def test_the_speaker_of_the_quote(stem: str, person: str | None, organization: str | None) -> None:
    assert_speaker(ITEMS[stem], person, organization)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "وزارت خارجه عربستان امروز اعلام کرد، مسافران باید گواهی داشته باشند.\n"
            "وزارت خارجه افزود: هر کسی که بر خلاف آن عمل کند جریمه می‌شود.",
            "وزارت خارجه عربستان",
        ),
        # the shared news (fars-4_256): «پلیس اسرائیل اعلام کرد ...» then «بنا بر اعلام پلیس،»
        (
            "پلیس اسرائیل اعلام کرد که یک اسرائیلی سعی کرده به کنست حمله کند.\n"
            "پلیس افزود: این فرد موفق به حمله نشد.",
            "پلیس اسرائیل",
        ),
    ],
)
def test_a_body_abroad_named_again_by_its_short_name(text: str, body: str) -> None:
    assert [q.speaker_organization for q in extract_text(text).quotes] == [body, body]


def test_the_listed_body_when_none_abroad_was_named() -> None:
    text = (
        "وزارت خارجه اعلام کرد، مسافران باید گواهی داشته باشند.\n"
        "وزارت خارجه افزود: هر کسی که بر خلاف آن عمل کند جریمه می‌شود."
    )
    assert {q.speaker_organization for q in extract_text(text).quotes} == {"وزارت امور خارجه"}


def test_a_body_abroad_named_long_before_is_not_the_one_meant() -> None:
    # the shared news (roozno_77): «دولت» of Iran paragraphs after «دولت بلغارستان»
    filler = "این موضوع در جلسات متعدد بررسی شد و نتیجه‌ای نداشت. " * 12
    text = (
        "اتحادیه اروپا دولت بلغارستان را تحت فشار قرار داد.\n"
        + filler
        + "\nدولت اعلام کرد: لایحه به مجلس رفته است."
    )
    assert extract_text(text).quotes[-1].speaker_organization != "دولت بلغارستان"


def test_a_family_name_after_another_given_name_is_not_its_holder_s() -> None:
    text = (
        "ملیندا گیتس در نشستی گفت: واکسن مهم است.\n"
        "بیل گیتس در پایان پیشنهاد‌های خود، افزایش بودجه را حیاتی می‌داند."
    )
    quotes = extract_text(text).quotes
    assert [q.speaker for q in quotes] == ["ملیندا گیتس", None]
    text = "ملیندا گیتس در نشستی گفت: واکسن مهم است.\nگیتس افزود: بودجه حیاتی است."
    assert [q.speaker for q in extract_text(text).quotes] == ["ملیندا گیتس", "ملیندا گیتس"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the shared news (fars-5_181, roozno_1067)
        (
            "مدیرفرودگاه اراک گفت: پروازها از سر گرفته می‌شود.\n"
            "محمدحسن مرتضوی در گفت‌وگو با خبرنگار فارس افزود: پروازها با استقبال همراه بوده است.",
            "محمدحسن مرتضوی",
        ),
        (
            "کیانوش جهانپور، سخنگوی وزارت بهداشت گفت: ۳۵۲ مورد بستری شدند.\n"
            "سخنگویوزارت بهداشت افزود: ۱۰۹ هزار نفر بهبود یافته‌اند.",
            "کیانوش جهانپور",
        ),
    ],
)
def test_a_post_s_head_run_into_the_next_word(text: str, speaker: str) -> None:
    assert [q.speaker for q in extract_text(text).quotes] == [speaker, speaker]


def test_a_word_of_a_post_s_head_is_no_post() -> None:
    # «مدیریت» and «دبیرخانه» are words of their own, not «مدیر یت», «دبیر خانه»
    text = "مدیریت بحران استان گفت: آماده‌ایم.\nدبیرخانه شورا اعلام کرد: جلسه برگزار شد."
    assert all(q.speaker is None for q in extract_text(text).quotes)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # the shared news (tabnak_1378, tabnak_76)
        ("چندی پیش، شبکه آمریکایی بلومبرگ نیز در گزارشی اعلام کرد که رشد کند است.", "بلومبرگ"),
        ("بر این اساس، وزارت خارجه اعلام کرد: سفیر احضار شد.", "وزارت امور خارجه"),
    ],
)
def test_ordinary_words_and_a_comma_before_a_body(text: str, body: str) -> None:
    assert body in (extract_text(text).quotes[0].speaker_organization or "")


def test_a_time_and_its_comma_inside_a_frame() -> None:
    text = (
        "این در حالی است که روز گذشته، دونالد ترامپ رئیس‌جمهوری آمریکا مدعی شد دولتش "
        "برنامه‌هایی دارد."
    )
    assert extract_text(text).quotes[0].speaker == "دونالد ترامپ"


def test_a_body_s_name_runs_on_to_its_acronym_after_where_it_serves() -> None:
    # the shared news (tabnak_695)
    text = "سازمان ملی ایمنی ترافیک در آمریکا (NHTSA) اعلام کرد که فراخوان ادامه دارد."
    assert extract_text(text).quotes[0].speaker_organization == (
        "سازمان ملی ایمنی ترافیک در آمریکا (NHTSA)"
    )


def test_a_word_the_article_writes_alone_run_into_a_given_name() -> None:
    # the shared news (roozno_962): «حقوق‌های نجومی» then a subheading run into the name
    text = (
        "سر و صداها برای حقوق‌های نجومی بالا گرفت.\n"
        "واکنش نایب رئیس مجلس به حقوق‌های نجومیمسعود پزشکیان که ریاست مجلس را به عهده "
        "داشت، گفت: پرونده‌ها بررسی می‌شود."
    )
    assert "مسعود پزشکیان" in [p.name for p in extract_text(text).persons]


def test_a_government_named_by_whom_it_leads() -> None:
    # the shared news (tabnak_1537)
    text = "دولت دونالد ترامپ روز سوم ژانویه اعلام کرد که تحریم‌ها ادامه دارد."
    (quote,) = extract_text(text).quotes
    assert (quote.speaker, quote.speaker_organization) == (None, "دولت دونالد ترامپ")
