"""Roads named after the two places they join, a place with the province or county it lies
in, an unlisted place named again alone, a border and its country. Snippets of the shared
news."""

from __future__ import annotations

import pytest

from khabar.extract import extract_text
from khabar.extract import lexicons as lx
from khabar.extract.place_spans import road_spans


def places_of(text: str, **kw) -> dict[str, list[str]]:
    doc = extract_text(text, **kw)
    return {p.name: [doc.text[m.start : m.end] for m in p.mentions] for p in doc.places}


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


def test_a_road_between_two_places_is_one_place_with_its_word():
    found = places_of(CHAYPAREH)
    assert found["محور خوی - چایپاره"] == ["محور خوی - چایپاره"]
    assert "خوی - چایپاره" not in {m for ms in found.values() for m in ms}
    assert "خوی" in found["خوی"]  # «در خوی،»: the town itself, elsewhere


def test_a_road_joined_by_to_takes_no_words_before_it():
    found = places_of(AZADSHAHR)
    assert found["جاده آزادشهر به شاهرود"] == ["جاده آزادشهر به شاهرود"]
    assert found["محور آزادشهر به شاهرود"] == ["محور آزادشهر به شاهرود"]
    # the span the tagger ran from «کیلومتر» into the road leaves nothing behind
    assert not any("کیلومتر" in m for ms in found.values() for m in ms)


@pytest.mark.parametrize(
    ("text", "road"),
    [
        ("در محور پرتردد تهران - مشهد", "محور پرتردد تهران - مشهد"),
        ("طول محور دورود به خرم\u200cآباد 114 کیلومتر است", "محور دورود به خرم\u200cآباد"),
        ("مانند راه\u200cآهن سنندج همدان اشاره کرد", None),  # no dash, no «به»
        ("در جاده محورهای رشت ـ قزوین", None),  # a plural word is no road's epithet
        ("حول محور مقاومت - تهران", None),  # «مقاومت» no place
    ],
)
def test_a_roads_span_is_its_word_and_two_places_joined(text, road):
    words = text.split()
    keys = [lx.key(w) for w in words]
    spans = [" ".join(words[a:b]) for a, b in road_spans(keys)]
    assert spans == ([road] if road else [])


# roozno: the county, with the province it lies in, one mention
BADREH = (
    "بهزاد علیزاده و صادق کرمی از حوزه انتخابیه دهلران و دره شهر و آبدانان و بدره استان "
    "ایلام به مرحله دوم رفتند."
)


def test_a_place_and_its_province_after_its_word_are_one_mention():
    found = places_of(BADREH)
    assert found["بدره"] == ["بدره استان ایلام"]
    assert "ایلام" not in found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # farsnews: the corps' name, no town of Kurdistan
        ("فرمانده سپاه بیت\u200cالمقدس استان کردستان گفت: حفظ هویت پاسداری ممکن نیست.", "کردستان"),
        # farsnews: a province lies in no county
        (
            "دبیر ستاد اقامه نماز از برگزاری اجلاس سراسری نماز در استان خراسان جنوبی شهرستان "
            "بیرجند خبر داد.",
            "بیرجند",
        ),
    ],
)
def test_a_place_abroad_or_a_province_takes_in_no_province_or_county(text, place):
    assert place in places_of(text)


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
