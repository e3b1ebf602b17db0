"""What is no person's name, or where a name ends, by the causes read in the seventeenth judged
sample (``tests/fixtures/persons_judged_17.jsonl``) and the sixteenth's check draw, on
sentences of the shared news, and the names that must still stand beside them."""

from __future__ import annotations

import pytest
from conftest import names

from khabar.extract.glued_names import given_name_cut
from khabar.extract.namewords import demonym


@pytest.mark.parametrize(
    "text, absent",
    [
        # a shrine, and a college of teacher training, named after someone
        (
            "انوشیروان محسنی بندپی در جمع خبرنگاران در حرم عبدالعظیم حسنی بعد از انداختن رای"
            " خود به صندوق، اظهار کرد: نماینده مجلس دو وظیفه اساسی دارد.",
            "عبدالعظیم حسنی",
        ),
        (
            "درباره نحوه اعلام علاقه‌مندی به رشته‌های دانشگاه‌های فرهنگیان و تربیت دبیر شهید"
            " رجایی تهران، موضوع در مرحله انتخاب رشته اطلاع‌رسانی خواهد شد.",
            "رجایی",
        ),
        # words at a name's edge: a noun of action, counsels, merchants, a biologist, a
        # magazine's «آمریکن», the Gospel
        (
            "بخش دیگری از سخنان محسن هاشمی به برکناری مفاخریان، شهردار منطقه ۹ مربوط بود.",
            "برکناری مفاخریان",
        ),
        (
            "آماده باش ارتش اسرائیل و ۱۲ نصیحت مقتدا صدر به تظاهرکنندگان عراقی، از جمله مهم‌ترین"
            " خبر‌ها بوده‌اند.",
            "نصیحت مقتدا صدر",
        ),
        (
            'دادگاه، عامل این ناآرامی‌ها را گروهی به نام "تجار اکرمیه" وابسته به گروه‌های'
            " غیرقانونی نامید.",
            "تجار اکرمیه",
        ),
        (
            '"متیو مزلسون" بیولوژیست مولکولی از دانشگاه هاروارد در تفسیر این مطالعه گفت: این به'
            " معنی آن است.",
            "بیولوژیست مولکولی",
        ),
        ("آمریکن کانسرواتیو در گزارشی به تنش میان ایران و آمریکا پرداخت.", "آمریکن کانسرواتیو"),
        (
            "این کار همه ادیان ابراهیمی را خشمگین می‌کند، چرا که همه ادیان ابراهیمی انجیل و عیسی"
            " مسیح را قبول دارند.",
            "ابراهیمی انجیل",
        ),
        # an outlet's name's end, its first word left out of the name
        ("-طالبان 16 پلیس پاکستان را کشتند یو اس‌ای تودی:", "اس‌ای تودی"),
        # «همفکر» follows a name and is none of it; a country's adjective in «ستانی» ends none
        (
            "آنها الزاما با آقای احمدی‌نژاد همفکر نبوده و نیستند.",
            "احمدی‌نژاد همفکر",
        ),
        (
            "زنو زنوف بلغارستانی نایب رییس سالخورده فیلا در سن ۸۰ سالگی درگذشت.",
            "زنو زنوف بلغارستانی",
        ),
        # «است» run into a short given name is no part of it
        (
            "قیمت مسکن در ایران نسبت به میانگین جهانی بالاتر استعلی فرنام، پژوهشگر حوزه مسکن"
            " گفت: این روند ادامه دارد.",
            "استعلی فرنام",
        ),
    ],
)
def test_no_person(text: str, absent: str) -> None:
    assert absent not in names(text)


@pytest.mark.parametrize(
    "text, name",
    [
        # a defender of the shrines is a martyr named after his epithet
        ("این اثر به روح مطهر شهید مدافع حرم علی اصغر شیردل تقدیم شده است.", "علی‌اصغر شیردل"),
        ("زنو زنوف بلغارستانی نایب رییس سالخورده فیلا در سن ۸۰ سالگی درگذشت.", "زنو زنوف"),
        ("بخش دیگری از سخنان محسن هاشمی به برکناری مفاخریان مربوط بود.", "محسن هاشمی"),
        (
            "قیمت مسکن در ایران نسبت به میانگین جهانی بالاتر استعلی فرنام، پژوهشگر حوزه مسکن"
            " گفت: این روند ادامه دارد.",
            "علی فرنام",
        ),
        (
            "زلزله ۴ ریشتری در گسل مشا رخ داده استرضا کرمی محمدی رییس سازمان پیشگیری گفت: خسارتی"
            " گزارش نشده است.",
            "رضا کرمی محمدی",
        ),
    ],
)
def test_names_that_stand(text: str, name: str) -> None:
    assert name in names(text)


def test_a_clause_ending_verb_run_into_a_short_given_name() -> None:
    assert given_name_cut("استعلی") == ("است", 3)
    assert given_name_cut("شدعلی") == ("شد", 2)
    assert given_name_cut("کردعلی") == ("", 0)


def test_a_rare_adjective_of_a_country_in_stan_only() -> None:
    assert demonym("بلغارستانی")
    assert not demonym("بنینی")  # «روبرتو بنینی»
