"""Commitments on sentences like those of the shared news: a condition whose «اگر» is glued
to the next word, a third person's belief, a supposition, «whenever» a cause calls for it,
«however long», a vow to hold to account, the message an act sends, a cost imposed and how
many will take part announce nothing; a time to act («هر وقت ...»), «اگرچه», an answer
given, a message carried, sanctions imposed and a team taking part still do."""

from __future__ import annotations

import pytest

from khabar.extract import extract_text


@pytest.mark.parametrize(
    "text",
    [
        # «اگر» glued to its word
        "سخنگوی وزارت خارجه آمریکا اظهار داشت اگرعراق درخواست کمک بدهد آن را بررسی خواهند کرد.",
        # a third person's belief
        "وی معتقد است: دولت آینده مبارزه با فساد را سرلوحه کار خود قرار خواهد داد و اصلاحات را"
        " اجرا خواهد کرد.",
        "کارشناسان معتقدند این شرکت به زودی سهام خود را عرضه خواهد کرد.",
        # a supposition, in the past
        "در حالی که تصور بر این بود که این بازیکن قرار است در جام آتی برای تیم ملی بازی کند، او"
        " به باشگاه دیگری پیوست.",
        # whenever a cause calls for it; however long
        "فرمانده این گروه گفت: ما موشک‌هایی داریم که هرگاه منافع ملت ایجاب کند از آنها استفاده"
        " خواهیم کرد.",
        "مدیرعامل شرکت گفت: این مذاکرات هر چقدر بیشتر طول بکشد، کارخانه دیرتر راه‌اندازی خواهد شد.",
        # a vow to hold to account; the message an act sends; a cost imposed
        "وزیر خارجه انگلیس وعده داد که دولت این کشور، روسیه را وادار به پاسخگویی خواهد کرد.",
        "این تحلیلگر گفت: خروج از این توافق این پیام را منتقل خواهد کرد که آمریکا قابل اعتماد"
        " نیست.",
        "رئیس این انجمن گفت: بیکاری جوانان در آینده نزدیک هزینه سنگینی به خانوارها و دولت‌ها"
        " تحمیل خواهد کرد.",
        # how many will take part: a figure
        "رئیس سازمان سنجش اظهار داشت: حدود ۵ هزار نفر نیز در آزمون‌های کارشناسی ارشد و دکتری"
        " رشته‌های پزشکی و پیراپزشکی شرکت خواهند کرد.",
    ],
)
def test_suppositions_and_conditions_are_no_commitments(text: str) -> None:
    assert extract_text(f"date 2020-03-01\n{text}").commitments == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # a time to act, not a condition
        (
            "رئیس ستاد انتخابات گفت: بازرسان اعزام شده‌اند و هر وقت به نتیجه برسیم، نتایج را اعلام"
            " خواهیم کرد.",
            "خواهیم کرد",
        ),
        # an answer given, a message carried, sanctions imposed
        ("سخنگوی دولت گفت: وزیر به سوالات نمایندگان پاسخگویی خواهد کرد.", "خواهد کرد"),
        ("وزیر خارجه گفت: به زودی پیام رئیس‌جمهور را به رهبران عراق منتقل خواهیم کرد.", "به زودی"),
        (
            "وزیر خزانه‌داری آمریکا گفت: به زودی تحریم‌های تازه‌ای بر این شرکت‌ها تحمیل خواهیم کرد.",
            "به زودی",
        ),
        # a team taking part
        ("وزیر ورزش گفت: تیم ملی در این مسابقات شرکت خواهد کرد.", "خواهد کرد"),
        # «اگرچه» (although) is no condition
        (
            "وزیر راه گفت: اگرچه کار دشوار است، این جاده تا پایان سال جاری افتتاح خواهد شد.",
            "تا پایان سال",
        ),
    ],
)
def test_acts_beside_such_words_stay_commitments(text: str, cue: str) -> None:
    (c,) = extract_text(f"date 2020-03-01\n{text}").commitments
    assert c.cue == cue
