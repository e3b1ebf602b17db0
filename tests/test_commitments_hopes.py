"""Commitments on sentences of the shared news (lightly cut): hopes, doubts, forecasts denied,
readings of what others will do, indirect questions, vows and effects worded with «قرار
خواهد داد» and the items of a history column announce nothing; an act said beside them still
does."""

from __future__ import annotations

import pytest

from khabar.extract import extract_text


@pytest.mark.parametrize(
    "text",
    [
        # a hope, a doubt, a forecast denied
        "نعمتی بیان کرد: مهدهای کودک در سالن عفاف فعال هستند که امید است بازدهی خوبی در آینده"
        " نزدیک داشته باشد.",
        "زنگنه گفت: ما هم مخالفتی با آن نداشتیم، اما باید دید با غیراوپک به توافقی خواهیم رسید.",
        "رئیس ستاد مقابله با کرونا اضافه کرد: نمی‌توانیم بگوییم که این ویروس به زودی از بین می‌رود.",
        # what others are held to think; a reading of what others will do
        "وی با بیان اینکه تحریم‌کنندگان به‌زعم خود فکر می‌کردند ظرف سه ماه نظام دیگری را بر سر"
        " کار بیاورند، اظهار کرد: ما از همه فشارها عبور کردیم.",
        "این کنشگر سیاسی آرایش انتخابات را این‌گونه ارزیابی کرد: «هیئت‌های اجرایی عمدتا از"
        " نیروهای اصولگرا تشکیل خواهد شد.»",
        # an indirect question
        "قرار است مجلس آینده صحنه جدال میان اصولگرایان با همدیگر باشد یا نه.",
        # a vow, an effect, a verse: «... قرار خواهد داد» of no act
        "اسماعیلی تصریح کرد: آنچه فرمودید را چراغ راهمان قرار خواهیم داد.",
        "روحانی تصریح کرد: اوج‌گیری مجدد کرونا سلامت مردم را مورد تهدید قرار خواهد داد.",
        # an item of a history column, dated years before the article
        "۱ بهمن ۱۳۹۳، باراک اوباما رئیس جمهور آمریکا در کنگره اعلام کرد که هر گونه لایحه تحریمی"
        " علیه ایران را وتو خواهد کرد.",
    ],
)
def test_hopes_doubts_and_readings_are_no_commitments(text: str) -> None:
    assert extract_text(f"date 2020-03-01\n{text}").commitments == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # an assessment of something else, then the announcement
        (
            "معاون استانداری حمایت دولت در بخش بیمه دام را مثبت ارزیابی کرد و افزود: بیمه کامل"
            " دام‌ها با همکاری سازمان جهاد کشاورزی استان اجرا خواهد شد.",
            "خواهد شد",
        ),
        # «قرار خواهد داد» of an act
        (
            "وزیر کشور گفت: وزارتخانه این طرح را مورد ارزیابی قرار خواهد داد.",
            "خواهد داد",
        ),
        # a date this year opening the sentence
        ("۱۲ بهمن ۱۳۹۸، وزیر نیرو گفت: این سد سال آینده افتتاح خواهد شد.", "خواهد شد"),
    ],
)
def test_acts_beside_assessments_stay_commitments(text: str, cue: str) -> None:
    (c,) = extract_text(f"date 2020-03-01\n{text}").commitments
    assert c.cue == cue
