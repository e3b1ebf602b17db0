"""Speakers found since the eleventh judged sample (``fixtures/speakers_judged_11.jsonl``): a
column a person wrote («X در العرب نوشت: ...») goes on in «در ادامه این مطلب آمده است:», which
is theirs; a body's paper opening the clause with no «در» («یک بیانیه ارتش آمریکا ... خبر
داد») or its report («در گزارش خبرگزاری فرانسه آمده است») is the body's; «پیش‌تر» or
«همزمان» before a body or a person; «هواپیمایی» and «انستیتو» heads of bodies; «گفت گو»
written apart is no verb of saying; «امیرخلبان», a pilot's rank, is no part of a name; and
«این رسانه» is the outlet named last, when khabar knows it by name; a subject before «در حالی
که ...» is not passed with the frame."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_speaker

from khabar.evaluate_commitments import read_judged
from khabar.extract import extract_text

FIXTURES = Path(__file__).parent / "fixtures"
ITEMS = {i["stem"]: i for i in read_judged(FIXTURES / "speakers_judged_11.jsonl")}

CASES = [
    # «خیرالله خیرالله در العرب، رسانه نزدیک به عربستان سعودی نوشت: ...», then «به گزارش روز
    # نو، در ادامه این مطلب آمده است:»
    ("roozno_852", "خیرالله خیرالله", None),
    ("roozno_850", "قاسم عزالدین", None),
    # «در ادامه‌ی این مطلب», written with its «ی»
    ("roozno_1048", "خلیل العنانی", None),
    # «خبرگزاری فارس: یک بیانیه ارتش آمریکا امروز از کشته شدن ... خبر داد»
    ("fars-1_286", None, "ارتش آمریکا"),
    # «پیش‌تر مرکز روسی آشتی در سوریه اعلام کرد که»
    ("tabnak_1093", None, "مرکز روسی آشتی در سوریه"),
    # «هواپیمایی ماهان در این پست توضیح داده است:»
    ("roozno_343", None, "هواپیمایی ماهان"),
    # «ونزوئلا در حالی که رسیدن نفتکش‌های ایرانی ... را انتظار می‌کشد روز پنجشنبه اعلام کرد که»
    ("tabnak_1429", None, "ونزوئلا"),
]


@pytest.mark.parametrize(("stem", "person", "organization"), CASES)
def test_the_speaker_of_the_quote(stem: str, person: str | None, organization: str | None) -> None:
    assert_speaker(ITEMS[stem], person, organization)


_COLUMN = (
    "عبدالباری عطوان در رای الیوم نوشت: تصمیم ایران برای رد این پیشنهاد درست بود.\n"
    "به گزارش روز نو، در ادامه این مطلب آمده است: "
)


def test_the_column_goes_on() -> None:
    quote = extract_text(_COLUMN + "این پیشنهاد از ابتدا توهین‌آمیز بود.\n").quotes[-1]
    assert quote.speaker == "عبدالباری عطوان"


def test_a_person_the_column_quotes_is_not_its_writer() -> None:
    # the shared news (roozno_753): «در ادامه این مطلب آمده است: حسن روحانی ضمن تمسخر این
    # پیشنهاد، گفت: ...» is Rouhani's words, not Atwan's
    text = _COLUMN + "حسن روحانی ضمن تمسخر این پیشنهاد، گفت: بهتر بود تحریم‌ها را بردارند.\n"
    assert all(q.speaker != "عبدالباری عطوان" for q in extract_text(text).quotes[1:])


def test_a_column_an_outlet_reports_is_no_one_s_it_quoted() -> None:
    # «X گفت:» is no piece X wrote: what follows is the outlet's
    text = (
        "عبدالباری عطوان در گفت‌وگو با رای الیوم گفت: تصمیم ایران درست بود.\n"
        "به گزارش روز نو، در ادامه این مطلب آمده است: این پیشنهاد از ابتدا توهین‌آمیز بود.\n"
    )
    assert extract_text(text).quotes[-1].speaker is None


def test_a_post_after_the_column_is_not_its_writer_s() -> None:
    # the shared news (roozno_850): «رئیس جمهور روسیه در لابلای صحبت‌هایش ... دانست» after
    # the column went on is Putin's, not the writer's
    text = (
        "ولادیمیر پوتین دیروز با روسای شرکت‌های نفتی دیدار کرد.\n"
        "قاسم عزالدین در المیادین نوشت: اختلاف روسیه و عربستان واقعی است.\n"
        "به گزارش روز نو، در ادامه این مطلب آمده است: در این نشست، پوتین عربستان را مسئول "
        "جنگ قیمت‌ها دانست.\n"
        "رئیس جمهور روسیه در لابلای صحبت‌هایش سعودی‌ها را مسئول سقوط نفت شیل آمریکا دانست.\n"
        "پوتین همچنین گفت: روسیه آماده مذاکره است.\n"
    )
    quotes = extract_text(text).quotes
    assert [q.speaker for q in quotes[-3:]] == ["قاسم عزالدین", "ولادیمیر پوتین", "ولادیمیر پوتین"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # the shared news (fars-5_15, roozno_980, roozno_559)
        (
            "بیانیه سازمان نظام پرستاری افزوده است: سازمان تمام راه‌های ممکن را رفته است.",
            "سازمان نظام پرستاری",
        ),
        (
            "در گزارش خبرگزاری فرانسه آمده است: دولت سعودی قرنطینه هزاران نفر را اعمال کرد.",
            "خبرگزاری فرانسه",
        ),
        (
            "همزمان وزارت دارایی روسیه اعلام کرده که با اتکا به ذخایر ارزی قادر خواهد بود.",
            "وزارت دارایی روسیه",
        ),
        (
            "انستیتو ویروس‌شناسی ووهان نیز اعلام کرده: شایعاتی از این نوع صدمات زیادی زده است.",
            "انستیتو ویروس‌شناسی ووهان",
        ),
    ],
)
def test_the_body_speaks(text: str, body: str) -> None:
    (quote,) = extract_text(text).quotes
    assert quote.speaker is None
    assert quote.speaker_organization == body


def test_a_heading_run_into_the_clause_is_no_paper_that_speaks() -> None:
    # the shared news (roozno_962): a heading «گزارش دیوان محاسبات از تخلف در ارز دولتی» run
    # into «وی در ادامه ... گفت:»
    text = (
        "گزارش دیوان محاسبات از تخلف در ارز دولتیوی در ادامه به ارائه گزارشی پرداخت و گفت: "
        "بر اساس داده‌ها تخلف شده است."
    )
    assert all(q.speaker_organization is None for q in extract_text(text).quotes)


def test_a_head_alone_after_a_bare_paper_is_no_body() -> None:
    # the shared news (roozno_290): «نامه فرمانداری با شورای نگهبان ... متفاوت بود»
    text = "نامه فرمانداری با شورای نگهبان در جزئیات متفاوت بود، گفت: من اعتراض کردم."
    assert all(q.speaker_organization is None for q in extract_text(text).quotes)


def test_talks_written_apart_say_nothing() -> None:
    # the shared news (fars-1_22): «... دیدار و گفت گو کردند» was a quote of «گو کردند»
    text = (
        "مقام‌های دولت عراق هفته گذشته با نمایندگان شرکت‌های نفتی در امان دیدار و گفت گو "
        "کردند.\nاین در حالی است که مجلس عراق هنوز این قانون را تصویب نکرده است."
    )
    assert extract_text(text).quotes == []


def test_a_pilot_s_rank_is_no_part_of_the_name() -> None:
    # the third judged sample (fars-2_60): «امیرخلبان عزیز نصیرزاده» had been the speaker
    text = "امیرخلبان عزیز نصیرزاده در این مراسم گفت: این پایگاه ماموریت‌های ویژه‌ای داشت."
    (quote,) = extract_text(text).quotes
    assert quote.speaker == "عزیز نصیرزاده"


def test_this_medium_is_the_outlet_named_last() -> None:
    # the shared news (tabnak_1647): «مجله آمریکایی فارن پالیسی در مطلبی نوشت: ...» then
    # «این رسانه تاکید کرد: ...»
    text = (
        "به گزارش تابناک، مجله آمریکایی فارن پالیسی در مطلبی نوشت: ایران هژمونی آمریکا را به "
        "چالش کشیده است.\nاین رسانه تاکید کرد: منابع صنعتی گزارش داده‌اند که قطعات ارسال شده است."
    )
    assert extract_text(text).quotes[-1].speaker_organization == "مجله آمریکایی فارن پالیسی"


@pytest.mark.parametrize(
    "text",
    [
        # a medium khabar does not know named after the one it knows (tabnak_498)
        "پایگاه خبری آکسیوس نوشت: دیدار برگزار می‌شود.\nیک رسانه صهیونیستی نیز از این دیدار "
        "خبر داد.\nاین رسانه به نقل از یک دیپلمات عرب آورده است: رایزنی‌ها ادامه دارد.",
        # the outlet that carries the article is not the one «این رسانه» means
        "به گزارش تابناک، دانشمندان موفق به ساخت واکسن شده‌اند.\nبه گفته این رسانه، یکی از "
        "مبتلایان چهار دوز از این واکسن را استفاده کرده است.",
    ],
)
def test_this_medium_unknown_is_no_one(text: str) -> None:
    assert extract_text(text).quotes[-1].speaker_organization is None


@pytest.mark.parametrize(
    "text",
    [
        # the frame opens the sentence, or follows what it frames with its copula
        "این در حالی است که وزارت بهداشت اعلام کرد که واکسن کافی است.",
        "این توییت در حالی است که وزارت بهداشت اعلام کرد که واکسن کافی است.",
        "در حالی که وزارت بهداشت اعلام کرد که واکسن کافی است، مردم نگرانند.",
    ],
)
def test_the_subject_after_a_frame(text: str) -> None:
    assert extract_text(text).quotes[0].speaker_organization == "وزارت بهداشت، درمان و آموزش پزشکی"
