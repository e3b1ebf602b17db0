"""Words read as names that are none, by the classes of the false persons read in the
twenty-fifth store sample (``tests/fixtures/persons_judged_store_25.jsonl``), on sentences of
the shared news, and the names that must stand."""

from __future__ import annotations

from conftest import names

from khabar.extract import extract_text

# roozno_data_712: the sample's line, a chant in guillemets (no other article of the shared
# news quotes one; roozno_data_698's unquoted «حیدر حیدر گویان» is the twenty-first sample's)
_CHANT = (
    "شماری از افراط‌گرایان با حمله به حرم حضرت معصومه(س) در قم و حرم امام رضا(ع) در مشهد، "
    "درهای حرم را شکستند و «حیدر حیدر»گویان وارد حرم شدند."
)
# roozno_data_1182: a name in quotes before its apposition stands
_QUOTED = (
    'به گزارش روز نو " کیارا د بلاسیو" دختر 25 ساله "بیل د بلاسیو" شهردار نیویورک به اتهام تجمع '
    "غیرقانونی بازداشت شده است."
)


def test_words_quoted_before_gooyan_are_a_chant() -> None:
    assert names(_CHANT) == []
    assert {"کیارا د بلاسیو", "بیل د بلاسیو"} <= set(names(_QUOTED))


# roozno_data_131: the sample's line, «ئ» mistyped for «و» between two names (the only one
# of the shared news)
_HAMZA = (
    "این خیلی مهم است که برای طرف این طور یقین حاصل شود و حاج قاسم ئ ابومهدی به یقین کامل دست "
    "پیدا کردند و با هم به سفر آخرت رفتند."
)
# tabnak_data_1129: a foreign name's particle, a letter alone, stays in the name
_PARTICLE = "روکه بانیوس موسیقی متن این فیلم را ساخت و نیکولاس د توت این اثر را تدوین کرد."


def test_a_hamza_seat_alone_is_no_word_of_a_family_name() -> None:
    assert names(_HAMZA) == ["قاسم"]
    assert names(_PARTICLE) == ["روکه بانیوس", "نیکولاس د توت"]


# tabnak_data_872: the sample's line, a filmography: each film, its director and year
_FILMOGRAPHY = (
    "او در سینما بازی ماندگاری در فیلم‌های ناخدا خورشید (ناصر تقوائی، ۱۳۶۵)، سرب (مسعود کیمیائی، "
    "۱۳۶۷)، هی جو (منوچهر عسگری‌نسب، ۱۳۶۷)، بانو (داریوش مهرجوئی، ۱۳۷۰)،جهان پهلوان تختی (بهروز "
    "افخمی، ۱۳۷۶) و فیلم مومیائی۳ (محمدرضا هنرمند، ۱۳۷۸) داشته است."
)
# tabnak_data_366: nominees and their films in brackets, no year: the nominees stand
_NOMINEES = (
    "نامزدهای بخش مسابقه تبلیغات سینمای ایران ترتیب حروف الفبا به شرح زیر است: فتاح ذی‌نوری "
    "(شکستن همزمان بیست استخوان) مجید طالبی (ماجرای نیمروز 2: ردخون) مریم تخت‌کشیان (غلامرضا "
    "تختی) مسعود اشتری (مسخره باز) امیرحسین شجاعی (متری شیش و نیم)"
)


def test_a_film_before_its_director_and_year_in_brackets_is_no_person() -> None:
    found = names(_FILMOGRAPHY)
    assert "خورشید" not in found
    assert {"ناصر تقوائی", "مسعود کیمیائی", "داریوش مهرجوئی", "بهروز افخمی"} <= set(found)
    assert {"مریم تخت\u200cکشیان", "مجید طالبی"} <= set(names(_NOMINEES))


# roozno_data_397: the sample's line; tabnak_data_1016: INSTEX in guillemets
_INSTEX = (
    "معاون سیاسی وزیر خارجه با بیان اینکه اینستکس تقریبا به مراحل عملیاتی رسیده، گفت: در جلسه "
    "امروز کمیسیون مشترک تأکید کردیم که بدون برآورده شدن انتظاراتمان در حوزه‌های اقتصادی بازگشت "
    "کامل ایران به برجام مقدور نیست."
)
_INSTEX_QUOTED = (
    "به گزارش؛ روند معاملات بازار ارز نشان می‌دهد که اولا بازار تحت کنترل و رصد بانک مرکزی به "
    "عنوان بازارساز است و ثانیا تقاضای کاذب در بازار کاهش یافته و در نهایت سیگنال‌های مثبت "
    "ازعملیاتی شدن «اینستکس» و گشایش کانال کمک‌های بشردوستانه سوئیس به ایران، موجب کاهش هیجان در "
    "فضای بازار ارز شده است."
)


def test_instex_is_a_body() -> None:
    for text in (_INSTEX, _INSTEX_QUOTED):
        doc = extract_text(text)
        assert "اینستکس" in {o.name for o in doc.organizations}
        assert "اینستکس" not in {p.name for p in doc.persons}
