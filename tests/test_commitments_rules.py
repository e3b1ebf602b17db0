"""Commitments on sentences of the shared news (lightly cut): what announces nothing, and the
day by which what is announced is due."""

from __future__ import annotations

import pytest

from khabar.extract import extract_text


@pytest.mark.parametrize(
    "text",
    [
        # a forecast: what we shall witness, what will show itself
        "سلیمانی‌فر گفت: با تکمیل این سامانه، شاهد اتفاقات خوبی خواهیم بود.",
        "جواد امام گفت: نقد به چهره‌هایی که امروز سر لیست آنها می‌شوند بعد از مجلس یازدهم"
        " خودش را نشان خواهد داد.",
        # a claim, a question of how or when, a doubt, what reports suggest
        "برخی رسانه‌ها مدعی شدند قرار است لیست ائتلافی اصلاح‌طلبان در تهران را ارایه کنند.",
        "محمود جامساز گفت: این حجم از خسارت مادی و انسانی که به بار آمده چطور قرار است جبران شود.",
        "سعید نمکی گفت: این ویروس جدید است و نمی‌دانیم که با گرما، مهار خواهد شد یا خیر.",
        "به هر حال هنوز مشخص نیست که اصولگرایان قرار است با چه رویکردی در مجلس نقش آفرینی کنند.",
        "برخی گزارش‌های غیررسمی از عراق حاکی از این است که قرار است الکاظمی فورا مامور تشکیل"
        " کابینه شود.",
        "روح‌الله لطیفی در مورد این که چه زمانی مشکل مذکور برطرف خواهد شد، توضیح داد: مذاکره"
        " ادامه دارد.",
        # what a role is meant not to be
        "قرار است که هاوارد شخصیت کاریزماتیکی داشته و خنده‌دار نباشد.",
        # the glued items of a history column
        "کارکنان پست و تلگراف از این دستور مستثنی شدند.، امروز رضاخان امتیاز نفت شمال را"
        " امضا کرد و مقرر شد کمپانی نفت سینکلر کار را آغاز کند.",
    ],
)
def test_forecasts_claims_and_questions_are_no_commitments(text: str) -> None:
    assert extract_text(f"date 2020-03-01\n{text}").commitments == []


@pytest.mark.parametrize(
    ("published", "text", "deadline_date"),
    [
        # «تا پایان» a month or a year: its last day (1395: Khordad ends on 20 June 2016)
        (
            "2016-05-19",
            "عزت‌الله یوسفیان‌ملا گفت: تا پایان خرداد امسال 28 کیلومتر دیگر به این مسیر اضافه می‌شود.",
            "2016-06-20",
        ),
        (
            "2020-02-27",
            "حسن رضایی گفت: این دیواره تاپایان سال جاری تکمیل و به مردم تحویل داده خواهد شد.",
            "2020-03-19",
        ),
        (
            "2020-05-01",
            "حسن روحانی گفت: امسال ۹ سد را تا پایان سال افتتاح می‌کنیم.",
            "2021-03-20",  # 1399 is a leap year: 30 Esfand
        ),
        # with no deadline cue, the day set for the act
        (
            "2012-07-22",
            "اورژانس جدید بیمارستان کودکان مفید قرار است سه‌شنبه سوم مرداد با حضور وزیر بهداشت"
            " افتتاح شود.",
            "2012-07-24",
        ),
        ("2008-03-23", "قرار است فردا پارلمان جدید پاکستان تشکیل جلسه دهد.", "2008-03-24"),
        (
            "2020-03-18",
            "عباسعلی کدخدایی گفت: انتخابات میان‌دوره‌ای در شهریور ۱۳۹۹ برگزار خواهد شد.",
            "2020-09-21",
        ),
        (
            "2019-06-01",
            "علی رضایی گفت: این طرح از ابتدای مرداد امسال اجرا خواهد شد.",
            "2019-07-23",  # «امسال» is 1398 then, whose Mordad begins on 23 July 2019
        ),
    ],
)
def test_the_day_an_announcement_is_due(published: str, text: str, deadline_date: str) -> None:
    (c,) = extract_text(f"date {published}\n{text}").commitments
    assert c.deadline_date == deadline_date


@pytest.mark.parametrize(
    "text",
    [
        # «امروز» is the day it was said; a day before the cue is the decision's
        "علی ربیعی گفت: تصمیماتی که امروز گرفته شده است قطعا اجرا خواهد شد.",
        "در جلسه امروز مقرر شد این طرح در همه استان‌ها اجرا شود.",
        # a day already past; a school year is no Jalali one
        "قرار است مراسم ۱۰ بهمن ۱۳۹۸ در تهران برگزار شود.",
        "علی رضایی گفت: این کتاب‌ها به زودی و تا پایان سال تحصیلی توزیع می‌شود.",
    ],
)
def test_no_day_is_made_up(text: str) -> None:
    (c,) = extract_text(f"date 2020-03-25\n{text}").commitments
    assert c.deadline_date is None
