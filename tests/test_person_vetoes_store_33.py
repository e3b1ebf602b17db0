"""A name no person's, by the false persons read in the thirty-third store sample
(``tests/fixtures/persons_judged_store_33.jsonl``), on sentences of the shared news.

A lone given name that is a noun too and «مطلق» (absolute) after it name a quality, no one
(«جمال مطلق», absolute beauty, of a message on Rumi, judged in this sample's fars-news-5 item
118 and in the fourteenth store sample's fars-news-2 item 118, the same message;
``no_name_words._absolute_quality``), while «مطلق» after a family name stays that name's last
part («حمید هراتی مطلق», «سیامک زمردی مطلق»)."""

from __future__ import annotations

from conftest import names

# fars-news-5 item 118 and fars-news-2 item 118: the sample's line, absolute beauty
_BEAUTY = (
    "در این پیام با اشاره به این که همه ما به شناخت مولوی محتاج هستیم، آمده است: سخنان مولوی، "
    "گستان معارف ناب و جمال مطلق و حقیقت است که آشنایان این باغ دست ما را بگیرند و به مجلس آن "
    "بزرگمرد کشانند."
)
# fars-news-5 item 247: a family name of «مطلق» in a list of trainers
_HERATI = (
    "برادر محمود به همراه مصطفی هادیزاده، حمید هراتی مطلق و رجبعلی نجفی، از مربیان پادگان "
    "آموزش مشهد، یک دوره‌ی سه ماهه‌ی آموزش چریکی را در تهران دیده است."
)
# tabnak_data_587: another, at the end of a list of guests
_ZOMORRODI = (
    "در این مراسم که حمید نیلی، سعید اسدی، خیام وقار کاشانی، سیامک زمردی مطلق، مسعود دلخواه و "
    "جمعی از مهمانان بین‌الملل در این مراسم حضور داشتند."
)


def test_absolute_after_a_lone_given_name_names_no_one() -> None:
    assert names(_BEAUTY) == []


def test_absolute_after_a_family_name_stays_its_part() -> None:
    assert names(_HERATI) == ["حمید هراتی مطلق", "رجبعلی نجفی", "مصطفی هادیزاده"]
    assert "سیامک زمردی مطلق" in names(_ZOMORRODI)
