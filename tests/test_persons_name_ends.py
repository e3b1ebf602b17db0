"""Names the judged samples found cut short at an ordinary word or a foreign one, taken whole
where the article says the word is the name's, on sentences of the shared news: the name in
quotation marks whole (``quoted_whole``), the longer form the article writes most times it
writes the name (``written_longer``), a second listed family name
(``with_second_family_names``), a foreign given name's foreign family name
(``foreign_surnames.with_foreign_family_after``), a family name of two written again with a
letter off (``surname_mentions``); and names that must stay as they are."""

from __future__ import annotations

import pytest
from conftest import names, said

# the seventh sample's «مهدی افشار»: the closing mark after the family name's second word
_AFSHAR = (
    "برگزیدگان این بخش به شرح زیر معرفی شدند: رتبه اول: «محمد صادق گلچین عارفی» برای نگارش"
    " نمایشنامه «سی زیف» رتبه دوم: «مرضیه شاه دادی» برای نگارش نمایشنامه «ابراهیم» رتبه سوم:"
    " «مهدی افشار قهرمانی» برای نگارش نمایشنامه «راهبان مجسمه گچی» سپس مسعود فروتن، بهروز"
    " بقایی، اتابک نادری و خیام وقار کاشانی برای معرفی برگزیدگان مسابقه آثار بخش به علاوه فجر"
    " روی صحنه آمدند."
)
_ZARREH = (
    "الاشقر در بخش دیگر بیانیه اعلام کرد از ابتدای سال جاری میلادی تاکنون رژیم صهیونیستی 8 تن"
    ' از خواهران، مادران و همسران اسرا را ربوده است و جدیدترین مورد "دیالا مصطفی مطر"، 26'
    ' ساله و برادرش "سعد مصطفی ذره"، 15 ساله هستند که در جریان دیدار با "محمد مصطفی ذره"،'
    ' برادر اسیر خود که از سال 2003 در زندان "ریمون" زندانی است و به حبس ابد محکوم شده است،'
    " ربوده شدند."
)
_ARDS = (
    "این ویروس، بیماری «سندرم زجر تنفسی حاد» یا ARDS را در فرد مبتلا ایجاد می\u200cکند، یک"
    " بیماری خطرناک و نارسایی دستگاه تنفسی است."
)
# the thirteenth sample's «محمد واحدی»: a rare word in the quotes before the given name
_VAHEDI = (
    "از این رو گفت و گویی صورت داده\u200cایم با «ناز محمد واحدی» پیرامون برنامه\u200cها و"
    " افق\u200cهای پیش\u200cروی وی در مسند مدیریت اداره ورزش و جوانان شهرستان کلاله که مشروح"
    " آن را در ادامه مشاهده می\u200cکنید:"
)
_KHATAMI = (
    "چنان\u200cکه حتی در انتخابات مجلس دهم که در همین پایتخت چنان پرشور پای صندوق\u200cها حاضر"
    " شده و به لیست موردتایید این شورای\u200cعالی رای دادند، شاید علت اصلی نه تاییدیه"
    " شورای\u200cعالی، بلکه «تکرار سیدمحمد خاتمی» بود."
)
# the second and the ninth store sample's «محمدصادق جوادی», written with «حصار» each time
_JAVADI = (
    "در همین ارتباط محمدصادق جوادی حصار، روزنامه\u200cنگار، فعال سیاسی اصلاح\u200cطلب و عضو"
    " شورای مرکزی حزب اعتماد ملی با تأکید بر اینکه اصولگرایان در مجلس یازدهم به اختلافاتی"
    " برخواهند خورد گفت: «هدف آن\u200cها گرفتن شوراهای شهرها و ریاست جمهوری ۱۴۰۰ است.»"
    " گزیده\u200cای از نقطه\u200cنظرهای جوادی حصار در گفت\u200cوگو با ایلنا را در ادامه"
    " می\u200cخوانید.\nبه گزارش روز نو :محمدصادق جوادی حصار درباره شکست اصلاح\u200cطلبان در"
    " انتخابات مجلس یازدهم گفت: «به\u200cصورت متواتر این اتفاق افتاده است.»\nآرایش سیاسی تا"
    " 1400جوادی حضار درباره اینکه آیا قالیباف می\u200cتواند رئیس مجلس شود، تأکید کرد: «اگر به"
    " ریاست هم برسد، ریاستی ائتلافی خواهد بود به این معنا که قالیباف رئیس و دو معاونش از دیگر"
    " جناح\u200cها باشند.»"
)
_RUSHDIE = (
    "وی در بخش دیگری از این گفتگو مسلمانان را دارای نقش بسیار مهمی در جامعه و اقتصاد انگلیس"
    " می\u200cداند، در حالی که چندی پیش ملکه انگلیس لقب شوالیه را به سلمان رشدی مرتد نویسنده"
    " کتاب آیات شیطانی اعطا کرد.\nآقای آدامز در حالی از احترام به ارزش\u200cهای اسلامی در"
    " جامعه انگلیس سخن می\u200cگوید که چندی پیش اقدام ملکه این کشور در اعطای نشان شوالیه به"
    " سلمان رشدی مرتد نویسنده کتاب آیات شیطانی خشم مسلمانان را برانگیخت."
)
_SAUD = (
    "به گزارش ایسنا، طبق گزارش میدل ایست آی، محمد بن سعد آل سعود که روز یکشنبه دستگیر شده،"
    " دومین عضو از شورای بیعت عربستان است.\nمحمد بن سعد آل سعود پسر سعد بن عبد العزیز، برادر"
    " درگذشته پادشاه عربستان است."
)
# the tenth sample's «راغب»: written in full in the lead, alone with a title after
_RAGHEB = (
    "امروز یکشنبه حزب\u200cالله لبنان در چند شهر لبنان، برای بزرگداشت شهدای مقاومت لبنان سید"
    " عباس موسوی، شیخ راغب حرب و حاج عماد مغنیه و همچنین در چهلم شهید سپهبد حاج قاسم سلیمانی"
    " و شهید ابومهدی المهندس و همراهانشان مراسم یادبودی برگزار و «سید حسن نصرالله» دبیر کل"
    " حزب\u200cالله لبنان، در بخشی از این مراسم سخنرانی کرد.\nدر ابتدای مقاومت خون شیخ راغب"
    " حرب ما را وارد مرحله\u200cای جدید کرد.\nمقاومون و مردم مقاومت، همانطور که خون و وصیت"
    " شهید راغب حرب، عباس موسوی و حاج عماد مغنیه را بر دوش کشیدند، قادرند که این مسئولیت جدید"
    " را نیز بر دوش بگیرند."
)
# the sixth store sample's «محمد رضا»: the name as another mention writes it, as one word
_MR_KHATAMI = (
    "این گزارش حاکی است از عسکراولادی سوال شد: آقای محمدرضا خاتمی در گفت و گو با یک نشریه"
    " آلمانی گفته است، مدت\u200cهاست گفت و گو با کسانی که آشکارا مخالف نظام جمهوری اسلامی هستند"
    " را آغاز کرده\u200cایم.\nو چه دستاوردهایی تاکنون داشته است؟ آقای محمد رضا خاتمی اخیرا"
    " نامه\u200cای حمایت\u200cآمیز از کسانی که در آشوب\u200cها دستگیر شده\u200cاند به رئیس جمهور"
    " نوشته است؟"
)
# the fifth store sample's «سید آقایی»: the same opening written apart before it each time
_POURSEYEDAGHAEI = (
    "به گزارش خبرگزاری فارس به نقل از روابط عمومی شرکت قطارهای مسافری رجاء، پور سید آقایی در"
    " پنجمین جشنواره خادمین برتر اهمیت دادن به نیروی انسانی را یکی از اهداف این جشنواره خواند."
    "\nپور سید آقایی کارآفرینی را سومین هدف تجلیل از خادمین دانست.\nپور سید آقایی در ادامه"
    " گفت: تلاش ما در برنامه چهارم توسعه افزایش جابه\u200cجایی مسافر است."
)
_SKOCIC = (
    "به گزارش تابناک ورزشی، بعد از انتخاب دراگان اسکوچیچ به عنوان سرمربی تیم ملی فوتبال ایران،"
    " دو دستیار این مربی در تیم ملی مشخص شدند.\nاین خبر را سایت hrt کرواسی و با تایید دراگان"
    " اسکوچیچ اعلام کرده است."
)
_ABDUL_MAHDI = (
    "ونادم کنا از نمایندگان پارلمان عراق اعلام کرد: توافق درباره ابقای عادل عبدالمهدی بعید"
    " است.\nوی نیز ابقای عادل عبدالمهدی را محال دانست."
)
# the sixth store sample's «محمدرضا توکل»: a second listed family name after the first
_TAVAKOL = (
    "به گفته یگانه کاری 5 تن اعضای شورای نظارتی جشنواره عبارتند: از نادر قدیانی، مدیر"
    " انتشارات قدیانی، محمدرضا توکل صدیقی ناشر کتاب\u200cهای دانه، منصور جام شیر، مدیر نشر"
    " نگارینه، محسن یگانه کاری مدیر انتشارات باران و وحید توفانی."
)
# the ninth sample's «اران»: a foreign given name alone before a foreign word
_SEGAL = (
    "این طرح در قالب یک پروژه ملی با همکاری وزارت بهداشت، سازمان\u200cهای حفظ سلامت، انستیتوی"
    " ویزمن به سرپرستی پروفسور اران سگال و خود من در حال انجام است."
)


@pytest.mark.parametrize(
    "text, name",
    [
        (_AFSHAR, "مهدی افشار قهرمانی"),
        (_ZARREH, "سعد مصطفی ذره"),
        (_VAHEDI, "ناز محمد واحدی"),
        (_JAVADI, "محمدصادق جوادی حصار"),
        (_RAGHEB, "راغب حرب"),
        (_POURSEYEDAGHAEI, "پور سید آقایی"),
        (_TAVAKOL, "محمدرضا توکل صدیقی"),
        (_SEGAL, "اران سگال"),
    ],
)
def test_names_in_full(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text, absent",
    [
        (_AFSHAR, "مهدی افشار"),
        (_ZARREH, "سعد مصطفی"),
        (_VAHEDI, "محمد واحدی"),
        (_JAVADI, "محمدصادق جوادی"),
        (_RAGHEB, "راغب"),
        (_MR_KHATAMI, "محمد رضا"),
        (_ABDUL_MAHDI, "ابقای عادل عبدالمهدی"),  # a Persian word, written twice before him
        (_POURSEYEDAGHAEI, "سید آقایی"),
        (_TAVAKOL, "محمدرضا توکل"),
        (_SEGAL, "اران"),
        # the name of a syndrome in quotes: no given name opens it, its adjective stays out
        (_ARDS, "سندرم زجر تنفسی حاد"),
        (_KHATAMI, "تکرار سیدمحمد خاتمی"),  # a frequent word opens the quoted title
        (_RUSHDIE, "سلمان رشدی مرتد"),  # written twice so, but a word of the language
        (_SAUD, "محمد بن سعد آل"),  # «آل» opens the clan's name, ends none
    ],
)
def test_no_cut_or_run_on_name(text: str, absent: str) -> None:
    assert absent not in names(text)


def test_given_name_before_each_mention() -> None:
    """«دراگان» before «اسکوچیچ» each time: each mention holds the given name."""
    from khabar.extract import extract_text

    doc = extract_text(_SKOCIC)
    (person,) = doc.persons
    assert [doc.text[m.start : m.end] for m in person.mentions] == ["دراگان اسکوچیچ"] * 2


def test_quotes_of_a_family_name_written_with_a_letter_off() -> None:
    """«جوادی حضار» is «محمدصادق جوادی حصار» with a letter off: his quote, not Ghalibaf's,
    whom the question names."""
    speakers = [person for person, _ in said(_JAVADI)]
    assert speakers[-1] == "محمدصادق جوادی حصار"
    assert "محمدباقر قالیباف" not in speakers
