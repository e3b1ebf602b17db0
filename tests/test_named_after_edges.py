"""Things named after someone, epithets, a holy figure and a plan read as persons, and a
family name of any shape after a given name alone; on sentences of the shared news, and the
names that must still stand."""

from __future__ import annotations

from conftest import names


def test_a_vessel_and_a_base_named_after_a_martyr_are_no_persons() -> None:
    ship = (
        "از جمله این اقدامات سد راه کردن کشتی شهید سیاوشی در بازگشت از یک ماموریت در جنوب "
        "شرقی جزیره بود و راه شناور شهید سیاوشی را بست."
    )
    assert names(ship) == []
    base = "او از اعضای شورای فرماندهی پایگاه مقاومت سردار شهید سیروس تیموری‌نیا کرمانشاه است."
    assert names(base) == []
    # the martyr named as a person stands, and so does wrestling's champion
    assert "سیروس تیموری‌نیا" in names("سردار شهید سیروس تیموری‌نیا در سال 1362 شهید شد.")
    assert "حسن یزدانی" in names("در مسابقات کشتی حسن یزدانی به مدال طلا رسید.")


def test_an_epithet_a_holy_figure_and_a_plan_are_no_persons() -> None:
    epithet = (
        "از ابتدای دریافت خبر شهادت جان‌گداز سردار آسمانی و هم رزمانش، همراه با امت شهید "
        "پرور، تلاش کرد."
    )
    assert names(epithet) == []
    christ = "همه ادیان ابراهیمی انجیل و عیسی مسیح را قبول دارند و به آن احترام می‌گذارند."
    assert names(christ) == []
    plan = "مدیر بنیاد مسکن از بهره‌برداری از پنج طرح هادی روستایی قم خبر داد."
    assert names(plan) == []
    happiness = "از پیروی از رهنمودهای ولایت فقیه که سعادت دائمی در آن است سر باز نزنید."
    assert names(happiness) == []
    # with a given name the family name stands
    assert "حسن آسمانی" in names("سردار حسن آسمانی در این مراسم گفت: کار ادامه دارد.")
    assert "اصغر سعادت" in names("این فیلم به کارگردانی اصغر سعادت از پارس‌آباد است.")


def test_a_family_name_of_any_shape_after_a_given_name_alone() -> None:
    text = (
        "برای این پروژه یک میلیارد ریال اعتبار نیاز است. عبدالرضا شاه‌غریب امروز در گفتگو با "
        "خبرنگار فارس گفت: حوادث کم شد. شاه‌غریب در ادامه با اشاره به پروژه احداث پنجمین پل "
        "گفت: کار ادامه دارد."
    )
    assert names(text) == ["عبدالرضا شاه‌غریب"]
