"""Speakers found since the twelfth judged sample (``fixtures/speakers_judged_12.jsonl``): a
person named inside the object of «از ... خبر داد» is not its subject («منابع شیلیایی از توافق
پنهانی میان آلان گارسیا ... خبر دادند»); «در شرایطی که ...» is a frame as «در حالی که» is,
closed by its comma; «در همان زمان» opens a clause before its subject; and a reporter's byline
(«محمد رشیدیان- گروه محیط زیست ... خبرگزاری فارس،») is no subject; «این گزارش» goes on
with a body's release named as the source («به گزارش روابط عمومی ...،»), and a body listed
after «روابط عمومی» runs whole past its «و»; an outlet that relays people in a plural it does
not name («خبرگزاری بلومبرگ، به نقل از دیپلمات‌ها، مدعی شده که») speaks."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_speaker

from khabar.evaluate_commitments import read_judged
from khabar.extract import extract_text

FIXTURES = Path(__file__).parent / "fixtures"
ITEMS = {i["stem"]: i for i in read_judged(FIXTURES / "speakers_judged_12.jsonl")}

CASES = [
    # «در شرایطی که تحریم‌های آمریکا ...، «دونالد ترامپ» رئیس‌جمهوری آمریکا در ژستی پوشالی
    # مدعی شد که»
    ("roozno_899", "دونالد ترامپ", None),
    # «در همان زمان سرهنگ تورج کاظمی، رئیس پلیس فتای تهران بزرگ در گفت‌وگویی ... گفت که»
    ("tabnak_438", "تورج کاظمی", None),
    # «منابع شیلیایی از توافق پنهانی میان آلان گارسیا رئیس جمهور این کشور با ... خبر دادند»
    ("fars-5_115", None, None),
    # «به گزارش روابط عمومی سازمان بازرسی و نظارت، ...», then «این گزارش می‌افزاید:»
    ("fars-2_277", None, "روابط عمومی سازمان بازرسی و نظارت"),
    # «خبرگزاری بلومبرگ، به نقل از دیپلمات‌ها، مدعی شده که»
    ("roozno_1204", None, "بلومبرگ"),
]


@pytest.mark.parametrize(("stem", "person", "organization"), CASES)
def test_the_speaker_of_the_quote(stem: str, person: str | None, organization: str | None) -> None:
    assert_speaker(ITEMS[stem], person, organization)


@pytest.mark.parametrize(
    "text",
    [
        # the shared news (tabnak_479, roozno_312)
        "حساب کاربری کاخ سفید در توئیتر با انتشار تصاویری، از دیدار «دونالد ترامپ»، رئیس "
        "جمهور آمریکا با «خوان گوایدو» خبر داد.",
        "برخی منابع از قرنطینه خودخواسته محسن هاشمی در خانه‌اش خبر داده‌اند.",
    ],
)
def test_a_person_inside_the_object_is_no_speaker(text: str) -> None:
    (quote,) = extract_text(text).quotes
    assert quote.speaker is None
    assert text[quote.span.start :].startswith(text.split(" از ", 1)[1][:10])


@pytest.mark.parametrize(
    "text",
    [
        # the subject before «از», or «از» of an adjunct before the subject (tabnak_1334)
        "در این جلسه آلان گارسیا از دیدار با وزیر خارجه خبر داد.",
        "پیش از این نیز «شی جینپینگ» رئیس جمهوری چین طی نامه‌ای عزم چین برای کمک خبر داده بود.",
    ],
)
def test_the_subject_outside_the_object_speaks(text: str) -> None:
    (quote,) = extract_text(text).quotes
    assert quote.speaker in ("آلان گارسیا", "شی جینپینگ")


def test_a_frame_of_conditions_closed_by_its_comma() -> None:
    # the shared news (tabnak_1538, tabnak_1372)
    text = (
        "در شرایطی که تحریم‌های بین‌المللی علیه روسیه همچنان ادامه دارد، بانک مرکزی روسیه از "
        "سایر اعضای گروه بریکس خواسته است شبکه‌ای مشابه سوئیفت بسازند."
    )
    assert extract_text(text).quotes[0].speaker_organization == "بانک مرکزی روسیه"
    text = (
        "در شرایطی که ایران تحت شدیدترین تحریم‌های آمریکاست، مقابله با کرونا نیز با مشکلاتی "
        "مواجه است و بسیاری نیز خواستار کمک به ایران شدند."
    )
    assert extract_text(text).quotes[0].speaker_organization is None


def test_a_frame_of_conditions_holding_the_verb() -> None:
    text = "در شرایطی که وزارت بهداشت اعلام کرد که واکسن کافی است، مردم نگرانند."
    quote = extract_text(text).quotes[0]
    assert quote.speaker_organization == "وزارت بهداشت، درمان و آموزش پزشکی"


def test_a_byline_is_no_subject() -> None:
    # the shared news (fars-2_42); a dash of apposition stays the person's
    text = (
        "محمد رشیدیان- گروه محیط زیست خبرگزاری فارس، سایت رسمی تغییرات اقلیمی گزارش داد "
        "نمایندگان هنوز به نتیجه نرسیده‌اند."
    )
    assert extract_text(text).quotes[0].speaker is None
    text = "مجید حقی – معاون امور پستی در گفت‌وگو با ایسنا گفت: باید احراز هویت شود."
    assert extract_text(text).quotes[0].speaker == "مجید حقی"


def test_this_report_of_a_body_s_release() -> None:
    # the shared news (fars-3_73): «به گزارش سازمان ملل، ...» then «این گزارش می‌افزاید،»
    text = (
        "به گزارش سازمان ملل، برای مبارزه با بی‌آبی در آفریقا بهترین کار ساختن سد است.\n"
        "این گزارش می‌افزاید، در اتیوپی این رقم ۴۳ متر مکعب است."
    )
    assert extract_text(text).quotes[-1].speaker_organization == "سازمان ملل متحد"


def test_an_outlet_s_report_relays_the_body() -> None:
    # «به گزارش خبرگزاری فارس به نقل از روابط عمومی ...»: the body, not the agency
    text = (
        "به گزارش خبرگزاری فارس به نقل از روابط عمومی شهرداری تبریز، کاشت نهال آغاز شد.\n"
        "این گزارش می‌افزاید: آموزش علمی کاشت نهال انجام شد."
    )
    assert extract_text(text).quotes[-1].speaker_organization == "روابط عمومی شهرداری تبریز"


def test_public_relations_of_a_listed_body_run_whole() -> None:
    # the shared news (fars-4_254, roozno_1078)
    text = "روابط عمومی دادسرای عمومی و انقلاب تهران در اطلاعیه‌ای اعلام کرد: پرونده در جریان است."
    quote = extract_text(text).quotes[0]
    assert quote.speaker_organization == "روابط عمومی دادسرای عمومی و انقلاب تهران"


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        # the shared news (tabnak_1177, fars-4_152)
        (
            "شبکه خبری المیادین به نقل از رسانه‌های عبری زبان اعلام کرد که ارتش آماده است.",
            "المیادین",
        ),
        ("خبرگزاری فارس، به نقل از یک منبع آگاه، گزارش داد که تحریم‌ها تمدید می‌شود.", "فارس"),
    ],
)
def test_an_outlet_relaying_no_one_named_speaks(text: str, outlet: str) -> None:
    (quote,) = extract_text(text).quotes
    assert outlet in (quote.speaker_organization or "")


def test_an_agency_s_dateline_before_a_relayed_person_is_passed() -> None:
    text = "خبرگزاری فارس، به نقل از رویترز، حسن روحانی گفت: دولت آماده است."
    assert extract_text(text).quotes[0].speaker == "حسن روحانی"
