"""Commitments on sentences like those of the shared news: beliefs, prophecies, an act
urged on others, a vow with no act, a story told («از آن قرار است»), what someone is
described as saying («که می‌گوید قرار است»), a problem's end in the passive and an act on a
condition announce nothing; the acts beside them still do."""

from __future__ import annotations

import pytest

from khabar.extract import extract_text


@pytest.mark.parametrize(
    "text",
    [
        # beliefs
        "وی اظهار داشت: من معتقدم که اعضای شورا با در نظر داشتن منافع شهر تصمیم‌گیری خواهند کرد.",
        "وزیر دفاع افزود: یقین داریم حضور نیروهای مسلح جلوه‌های ماندگاری را به نمایش خواهد گذاشت"
        " و گشایش جدی در امور ایجاد خواهد کرد.",
        # prophecies: «soon» with what comes about, past a comma
        "سخنران این مراسم گفت: به زودی با پیروزی جبهه مقاومت، شاهد نابودی دشمنان خواهیم بود.",
        "وی بیان داشت: امام فرمودند این رژیم به زودی نابود می‌شود.",
        # an act urged on another by an effect
        "فرمانده سپاه با تأکید بر اینکه تردید، دشمن را تشویق به حمله خواهد کرد، گفت: باید قوی بود.",
        # a vow with no act named
        "وزیر خارجه گفت: هر کاری برای آزادی اتباع خود انجام خواهیم داد.",
        # a story told; what a movement is described as saying
        "جریان از آن قرار است که این شرکت توانسته است هزینه‌ها را کاهش دهد.",
        "به گزارش این روزنامه، جریانی که می‌گوید قرار است تحولی بنیادین ایجاد کند، کجاست!",
        # a problem's end, in the passive
        "رئیس‌جمهور تصریح کرد: معضل آب منطقه از طریق گفت و گو حل خواهد شد.",
        # effects: harms created
        "شهردار گفت که این تغییرات اختلالاتی را برای شهروندان ایجاد خواهد کرد.",
        # an act on a condition, after the cue
        "سخنگوی دولت گفت: «دولت این پیشنهاد را بررسی خواهد کرد؛ در صورتی که مجلس آن را بپذیرد».",
    ],
)
def test_beliefs_prophecies_and_conditions_are_no_commitments(text: str) -> None:
    assert extract_text(f"date 2020-03-01\n{text}").commitments == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # a condition of the next clause; a decision taken on a condition
        (
            "مدیرکل گفت: پس از ابلاغ قیمت نظارت‌های لازم انجام خواهد شد و در صورتی که تخلفی رخ"
            " دهد، برخورد می‌شود.",
            "خواهد شد",
        ),
        (
            "سخنگوی کمیسیون گفت: مقرر شد در صورتی که قیمت نفت بالا رود، مازاد به صندوق واریز شود.",
            "مقرر شد",
        ),
        # an act done, named; a problem its doer solves
        ("وزیر کشور گفت: بررسی‌های لازم را انجام خواهیم داد.", "خواهیم داد"),
        ("استاندار گفت: معضل آب منطقه را حل خواهیم کرد.", "خواهیم کرد"),
        # someone says it is to be
        ("سخنگوی شهرداری می‌گوید قرار است این پل سال آینده افتتاح شود.", "قرار است"),
        # «soon» with an act, past a comma
        ("وزیر نیرو گفت: به زودی، سد جدید افتتاح می‌شود.", "به زودی"),
    ],
)
def test_acts_beside_beliefs_and_conditions_stay_commitments(text: str, cue: str) -> None:
    (c,) = extract_text(f"date 2020-03-01\n{text}").commitments
    assert c.cue == cue
