"""Places of ARMAN's folds 1-2 and the shared news: «کره» of the earth, «در امان» of safety,
«قطر» of a diameter, a deputy's constituency, a paper's town after «چاپ», a country after a
lead and the words that qualify it. Snippets of ARMAN's folds 1-2 and of the shared news."""

from __future__ import annotations

from conftest import places_of

from khabar.extract import extract_text


def _bodies(text: str) -> list[str]:
    doc = extract_text(text)
    return sorted(doc.text[m.start : m.end] for o in doc.organizations for m in o.mentions)


def test_a_sphere_of_a_heavenly_body_is_no_korea():
    # ARMAN's folds 1-2
    assert places_of("به طور طبیعی نغمه آنها به گوش بشر در کره زمین نمی‌رسد .") == {}
    # roozno_data_745
    text = "این ویروس تا 1 سال آتی جمیعیتی بیش از نصف مردم کره زمین را درگیر کند."
    assert places_of(text) == {}
    # Korea stays where no heavenly body follows
    assert "کره جنوبی" in places_of("مذاکرات کره شمالی و کره جنوبی در سئول ادامه یافت.")


def test_safety_is_no_amman():
    # ARMAN's folds 1-2
    assert places_of("او از نیش منتقدان در امان نبود و هدف اصلی انتقادها قرار داشت .") == {}
    # sobhane2_86
    text = "تهران پایتخت ایران نیز از این حادثه در امان نیست."
    assert "عمان" not in places_of(text)
    # roozno_data_8
    text = "متحدین این کشور در منطقه در امان نخواهند بود."
    assert places_of(text) == {}
    # tabnak_data_720: the city, a verb of no safety after it
    text = "دولت مستعفی یمن و جنبش انصارالله در امان به توافقنامه‌ای دست یافتند."
    assert places_of(text)["عمان"] == ["امان"]


def test_a_diameter_is_no_qatar():
    # ARMAN's folds 1-2
    assert places_of("هر يك به قطر 0 متر استوار است .") == {}
    # roozno_data_72
    assert places_of("اولیه‌اش استوانه‌ای به قطر ۲.۵ متر است.") == {}
    # a currency's country stays («ریال قطر 2535»)
    assert "قطر" in places_of("يك ریال قطر 2535 ریال و یک ریال عمان 23970 ریال است.")


def test_a_town_that_is_also_a_word_is_a_deputys_constituency():
    # ARMAN's folds 1-2
    text = "سئوال آقای یعقوبی ، نماینده بهار و کبودرآهنگ در جلسه علنی دیروز مطرح شد ."
    assert places_of(text)["بهار"] == ["بهار"]
    # tabnak_data_389: a list of deputies
    text = (
        "علی کرد نماینده خاش، زهرا سعیدی نماینده مبارکه، محمدجواد کریمی قدوسی نماینده "
        "مشهد، رضا انصاری نماینده داراب، ذبیح الله نیکفر نماینده لاهیجان."
    )
    found = places_of(text)
    assert found["مبارکه"] == ["مبارکه"] and found["داراب"] == ["داراب"]
    # tabnak_data_278, roozno_data_948: a bank's man, former deputies
    assert places_of("خود را نماینده بانک، شرکت معتبر یا سازمانی معرفی می‌کنند.") == {}
    assert places_of("بیان تجارب نمایندگان پیشین، بر غنای مباحث افزود.") == {}


def test_a_papers_town_is_no_part_of_its_name():
    # ARMAN's folds 1-2
    text = "روزنامه الثوره چاپ صنعا ، روز سه‌شنبه نوشت : این زن یمنی آمده بود ."
    assert _bodies(text) == ["روزنامه الثوره"]
    assert places_of(text)["صنعا"] == ["صنعا"]
    # fars-news-2, 8404140194
    text = 'سلیمانی در گفت‌وگو با روزنامه "الوطن" چاپ کویت گفت: ترجمه دقیق نبوده است.'
    assert _bodies(text) == ['روزنامه "الوطن"']
    # fars-news-1, 8503220164: «روزنامه» alone is no name
    text = "خبرگزاری فارس: یک روزنامه چاپ مادرید نوشت: بازیکنان خسته‌اند."
    assert _bodies(text) == ["خبرگزاری فارس"]


def test_a_country_after_a_qualified_lead_is_the_place():
    # ARMAN's folds 1-2
    text = "دومین ایالت بزرگ اندونزی در آستانه تحولات جدیدی قرار گرفته است ."
    assert places_of(text) == {"اندونزی": ["اندونزی"]}
    text = "از شهرهای باختری افغانستان كه تا عصر ناصرالدین‌شاه جزئی از خراسان بود ."
    assert places_of(text)["افغانستان"] == ["افغانستان"]
    # tabnak_data_71, roozno_data_789
    text = "حمله‌ای به یک بازار محلی در کشور آفریقایی بورکینافاسو دست‌کم ۳۶ کشته برجای گذاشت."
    assert places_of(text) == {"بورکینافاسو": ["کشور آفریقایی بورکینافاسو"]}
    text = "دولت اکوادور نیروهایی ویژه را به این شهر بندری اکوادور اعزام کرده است."
    assert places_of(text) == {"اکوادور": ["اکوادور", "اکوادور"]}
    # an island keeps its name («جزیره بالی اندونزی»), a state with its Ezafe is the state
    assert "اندونزی" not in places_of("گردشگران در جزیره بالی اندونزی ماندند.")
    assert "آمریکا" not in places_of("طوفان به ایالت فلوریدای آمریکا رسید.")
