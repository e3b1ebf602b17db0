"""Places that are also words, named again alone after the article named them after their
lead; the province «گلستان» alone; lakes, straits and plains by an unlisted name; regions the
lists lacked. Snippets of the shared news and of ARMAN's folds 1-2."""

from __future__ import annotations

from conftest import places_of

# farsnews: «شهرستان دیر» names the port; «دیر» alone is a word elsewhere («دیر رسید»)
DAYYER = (
    "شامگاه دوشنبه بر اثر برخورد یک دستگاه پژو 405 با خودروی سمند در جاده بردخون به دیر، "
    "یک نفر کشته و سه نفر مصدوم شدند.\nحسین ناظمیان\u200cپور دقایقی پیش در گفت وگو با خبرنگار "
    "فارس در شهرستان دیر از وقوع تصادف در جاده ساحلی بردخون به دیر خبر داد و اظهار داشت: "
    "ساعت 21 و 26 دقیقه دوشنبه، تصادفی بر اثر برخورد یک دستگاه پژو 405 با خودروی سمند در "
    "حوالی روستای شیبرم رخ داد.\nبه گزارش فارس، در هفته\u200cهای اخیر این سومین مورد تصادف "
    "منجر به فوت سرنشینان خودروها است که در مسیر دیر به بوشهر رخ می\u200cدهد."
)


def test_a_place_that_is_also_a_word_named_after_its_lead_is_one_alone_too():
    found = places_of(DAYYER)
    # «بردخون به دیر،», «مسیر دیر به بوشهر»; not «به دیر خبر داد», a noun after it
    assert sorted(found["دیر"]) == ["دیر", "دیر", "شهرستان دیر"]


def test_a_place_that_is_also_a_word_is_none_alone_where_no_lead_named_it():
    assert "دیر" not in places_of(DAYYER.replace("شهرستان دیر", "شهرستان"))


def test_an_adjective_named_as_a_province_stays_an_adjective_after_a_noun():
    # roozno: «استان مرکزی»; the bank's «مرکزی» is no place
    text = (
        "مشکلی به لحاظ مسایل بهداشت و درمان و حضور در شعب اخذ رای در اراک و سایر مناطق "
        "استان مرکزی وجود ندارد. رئیس کل بانک مرکزی گفت: نرخ سود ثابت است."
    )
    found = places_of(text)
    assert found["مرکزی"] == ["استان مرکزی"]


def test_an_outlet_named_like_a_province_stays_the_outlet():
    text = "مدیر کل ارشاد استان فارس گفت: نمایشگاه کتاب برپا شد. به گزارش فارس ، جلسه برگزار شد."
    assert places_of(text)["فارس"] == ["استان فارس"]


def test_golestan_alone_is_the_province():
    # farsnews: PEYMA's training part tags «گلستان» alone a place 17 times and a word never
    text = (
        "مدیرعامل شرکت آب منطقه\u200cای گلستان گفت: بررسی گزارش بارش از ایستگاه\u200cهای "
        "باران\u200cسنجی این شرکت نشان می\u200cدهد که میانگین بارش\u200cهای ثبت شده در گلستان از "
        "ابتدای سال آبی تا 30 فروردین سال جاری 467 میلیمتر بوده است."
    )
    for use_model in (True, False):
        assert "گلستان" in places_of(text, use_model=use_model)["گلستان"]


def test_a_strait_and_a_plain_no_list_holds_are_places_with_their_word():
    strait = "دو ناو موشک انداز روسی با عبور از تنگه بسفر عازم سواحل سوریه شدند."
    assert places_of(strait)["تنگه بسفر"] == ["تنگه بسفر"]
    plateau = "این رادیو تلسکوپ در فلات آتاکامه در شیلی نصب خواهد شد ."  # ARMAN
    assert places_of(plateau)["فلات آتاکامه"] == ["فلات آتاکامه"]


def test_a_word_of_a_mountain_leads_no_name():
    # roozno: «کوه» before «پشتت» (your back) is a figure of speech, no mountain
    text = "تا آخر عمرم مثل کوه پشتت هستم؛ چه روحی، چه مالی، چه عاطفی کنارت هستم."
    assert not any("کوه" in name for name in places_of(text))


def test_the_indian_subcontinent_and_western_sahara_are_regions_of_their_own():
    text = (
        "قرارداد پروژه انتقال گاز ایران به شبه\u200cقاره هند مراحل نهایی خود را پشت سر "
        "می\u200cگذارد. جبهه پولیساریو : صدها نفر در صحرای باختری کشته و زخمی شدند ."
    )
    found = places_of(text)
    assert found["شبه قاره هند"] == ["شبه\u200cقاره هند"]
    assert found["صحرای غربی"] == ["صحرای باختری"]
    assert "هند" not in found
