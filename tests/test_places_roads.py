"""The towns of a road and a place with its province stay places of their own; an unlisted
place named again alone, a border and its country, «بن» in an Arab name. Snippets of the
shared news."""

from __future__ import annotations

import pytest
from conftest import places_of

# farsnews
CHAYPAREH = (
    "رئیس جمعیت هلال\u200cاحمر چایپاره از تصادف سنگین دو خودرو سمند در محور خوی - چایپاره "
    "خبر داد.\nمهدی شکارچی امروز در گفت\u200cوگو با خبرنگار فارس در خوی، اظهار داشت: در بیست "
    "و ششمین روز از خرداد ماه سال جاری حادثه ناگواری رخ داد."
)
AZADSHAHR = (
    "*آزادسازی و تملک اراضی یکی از مشکلات مهم در پروژه بهسازی جاده آزادشهر به خوش\u200cییلاق/ "
    "بهره\u200cبرداری از ۱۰ کیلومتر از جاده آزادشهر به شاهرود تا پایان سال جاری مدیر کل راه "
    "و شهرسازی گلستان نیز در خصوص آخرین وضعیت محور آزادشهر به خوش\u200cییلاق اظهار کرد: "
    "اعتبار پروژه محور آزادشهر به شاهرود بین گلستان و سمنان مشترک است."
)


def test_a_roads_towns_are_places_of_their_own():
    # khabar's convention, where PEYMA tags the road as one place: a reader looking up a town
    # finds the road named after it
    found = places_of(CHAYPAREH)
    assert "چایپاره" in found
    assert "خوی" in found["خوی"]
    assert set(places_of(AZADSHAHR)) >= {"آزادشهر", "شاهرود"}


# roozno: a county, then the province it lies in
BADREH = (
    "بهزاد علیزاده و صادق کرمی از حوزه انتخابیه دهلران و دره شهر و آبدانان و بدره استان "
    "ایلام به مرحله دوم رفتند."
)


def test_a_place_and_its_province_after_it_are_two_places():
    found = places_of(BADREH)
    assert found["بدره"] == ["بدره"]
    assert "ایلام" in found


# tabnak: «شهر سراقب», then «سراقب» alone
SARAQIB = (
    "بازپس\u200cگیری شهر استراتژیک معره النعمان و نزدیک شدن به شهر سراقب رجب طیب اردوغان را "
    "در باتلاق عمیقی انداخت.\nترکیه کاروان نظامی شامل ۳۵۰ خودروی زرهی را به سراقب فرستاده "
    "است."
)


def test_an_unlisted_place_named_after_its_lead_is_a_place_alone_too():
    assert sorted(places_of(SARAQIB)["سراقب"]) == ["سراقب", "شهر سراقب"]


def test_an_unlisted_name_alone_is_no_place_where_no_lead_named_it():
    assert "سراقب" not in places_of(SARAQIB.replace("شهر سراقب", "سراقب"), use_model=False)


def test_a_border_is_no_part_of_its_country():
    # farsnews
    text = (
        "مناطق قبیله\u200cنشین پاکستان در مرز افغانستان از مدت\u200cها قبل به اتهام پناه دادن "
        "به صدها مبارز طالبان هدف حملات قرار دارد."
    )
    assert places_of(text)["افغانستان"] == ["افغانستان"]


@pytest.mark.parametrize(
    "text",
    [
        # roozno, tabnak: the Saudi prince, no Bonn after the lead «بندر»
        "در آن مقطع بندر بن سلطان سفیر عربستان در ایالات متحده بود.",
        "او از این فرصت طلائی و زیر چتر حمایتی بندر بن سلطان در طول سال\u200cها کار کرد.",
    ],
)
def test_son_of_in_an_arab_name_is_no_bonn(text):
    assert "بن" not in places_of(text)


# farsnews: a county's seat the lists write with another spacing («بندر انزلی», «بندرانزلی»)
ANZALI = (
    "همچنین کارگزاری\u200cهای در آستانه فعالیت، شامل 6 کارگزاری (4 کارگزاری اقماری و 2 "
    "کارگزاری جایگزین) خواهد بود که بعد از کارگزاری\u200cهای اقماری شعب 24، 9 و 22 تهران بزرگ، "
    "کارگزاری اقماری شعبه بندرانزلی، کارگزاری جایگزین شعبه عنبرآباد کرمان و کارگزاری، "
    "جایگزین شعبه سربیشه خراسان جنوبی از جمله کارگزاری\u200cهایی است که فعال می\u200cشوند."
)


def test_a_county_seat_spelt_apart_from_its_county_is_no_small_town():
    assert places_of(ANZALI)["بندر انزلی"] == ["بندرانزلی"]
