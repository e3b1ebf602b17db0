"""Words read as names that are none, and names cut short, by the classes of the false persons
read in the twenty-sixth store sample (``tests/fixtures/persons_judged_store_26.jsonl``), on
sentences of the shared news, and the names that must stand."""

from __future__ import annotations

from conftest import names

from khabar.extract import extract_text

# tabnak_data_38: the sample's line, the channel opening the sentence; tabnak_data_296: beside
# Al Arabiya
_AL_HADATH = (
    "الحدث مدعی شد دو موشکی که به منطقه سبز بغداد برخورد کرده از منطقه الزعفرانیه در جنوب شرق "
    "پایتخت عراق شلیک شده است."
)
_BESIDE_AL_ARABIYA = (
    "پایگاه‌های خبری العربیه و الحدث به نقل از برخی منابع آمریکایی ادعا کردند، طرح صلح آمریکا "
    "شامل راه‌حل تشکیل دو کشوری است."
)


def test_al_hadath_is_a_channel() -> None:
    assert names(_AL_HADATH) == []
    doc = extract_text(_BESIDE_AL_ARABIYA)
    assert "الحدث" in {o.name for o in doc.organizations}
    assert not doc.persons


# fars-news-5 item 172: the sample's line; fars-news-5 item 39: a eulogist after a family name
_EULOGIST = (
    "نوحه‌سرایی حاج مهدی رسولی مداح جوان اهل بیت(ع) نیز بخش دیگری از برنامه‌های حرم مطهر رضوی "
    "است که برای آذری زبانان میهمان حرم مطهر رضوی، مدح پیامبر و ائمه می‌گوید."
)
_EULOGIST_AFTER_FAMILY = "شهید صدر زاده در کنار سلحشور مداح اهل بیت"
# roozno_data_216: the eulogist after a comma, his name whole
_EULOGIST_APART = (
    "حتی حاج منصور ارضی، مداح سیاسی معروف نیز، لیستی مشابه شورای ائتلاف را در صفحه اینستاگرام "
    "خود منتشر کرد."
)


def test_a_eulogist_follows_a_name_and_is_none_of_it() -> None:
    assert names(_EULOGIST) == ["مهدی رسولی"]
    assert "سلحشور مداح" not in names(_EULOGIST_AFTER_FAMILY)
    assert names(_EULOGIST_APART) == ["منصور ارضی"]


# tabnak_data_518: the sample's line, «look!» before the host's given name; roozno_data_808:
# «ببینید» after a name's clause
_LOOK = (
    "ببین دیوید (مجری مناظره) شما نمی‌توانید در طول عمر خود زمانی را پیدا کنید که در آن ناتو "
    'به ایالات متحده آمریکا و ایران در یک سطح برابر بگوید، "هر دوی شما از تنش‌ها بکاهید".'
)
_LOOK_AT = (
    "شما عملکرد آقای زنگنه را در 72 ساعت اول در وزارت نفت ببینید که از بدو ورود دستورات را "
    "صادر کرد."
)


def test_look_is_no_word_of_a_name() -> None:
    assert names(_LOOK) == []
    assert names(_LOOK_AT) == ["زنگنه"]


# tabnak_data_580: the sample's line; tabnak_data_1076: the emir's name in full before his post
_EMIR = (
    'به گزارش ایسنا، پایگاه خبری هیل در گزارشی نوشت: "شیخ عبدالله بن ناصر، نخست وزیر سابق قطر '
    "هفته گذشته احتمالا به خاطر اختلافات سیاسی که با تمیم بن حمد امیر قطر داشت، استعفا داد."
)
_EMIR_IN_FULL = (
    "به گزارشخبرگزاری مهربه نقل از اسپوتنیک، تمیم بن حمد آل ثانی امیر قطر در گفتگوی تلفنی خود "
    "با نخست‌وزیر ایتالیا در خصوص مقابله با گسترش ویروس کرونا رایزنی کرد."
)


def test_emir_before_a_country_is_his_post() -> None:
    assert "تمیم بن حمد" in names(_EMIR)
    assert "تمیم بن حمد امیر" not in names(_EMIR)
    assert "تمیم بن حمد آل ثانی" in names(_EMIR_IN_FULL)


# roozno_data_782: the sample's lines, a given name of two written as one word, the first
# written alone in another name of the article
_TWO_GIVEN = (
    "محمدنعیم امینی فرد نماینده مردم ایرانشهر از دیگر نمایندگان مجلس دهم بود که مرگ فرصت ماندن "
    "در مجلس دهم را از او گرفت.\nالبته همه خداحافظی‌ها به دلیل فوت نبود و برخی هم تغییر شغل "
    "دادند مانند محمد دهقان نماینده طرقبه در مجلس دهم."
)
# a subheading's word run into the lead's given name is still cut (the seventh store sample's
# «تعهدیامیر هامونی»)
_SUBHEADING = "فروش تعهدی\nتعهدیامیر هامونی، مدیر عامل شرکت گفت: فروش تعهدی ادامه دارد."


def test_a_given_name_of_two_written_as_one_stays_whole() -> None:
    assert names(_TWO_GIVEN) == ["محمد دهقان", "محمدنعیم امینی فرد"]
    assert names(_SUBHEADING) == ["امیر هامونی"]


# fars-news-3 item 203 and fars-news-4 item 100: the sample's lines; tabnak_data_251: a
# supporter said of a man named before
_SUPPORTER = (
    "تماشاگران استقلال رئیس سازمان تربیت‌بدنی را تشویق و از او به عنوان دکتر استقلالی یاد کردند."
)
_SARBEDAR = (
    "رئیس سازمان بسیج مستضعفین کشور عنوان کرد: خداوند متعال شهادت را به سردار سربدار توحیدیش "
    "عنایت فرمود تا مقام آن انسان بزرگ و بی‌نظیر جاودانه شود."
)


_SUPPORTER_SAID = (
    "فکر می‌کنم که او بسیار استقلالی است که 20 سال استقلالی بوده و این تیم را دوست دارد."
)


def test_a_supporter_and_a_sarbedar_alone_name_no_one() -> None:
    assert names(_SUPPORTER) == []
    assert names(_SARBEDAR) == []
    assert names(_SUPPORTER_SAID) == []
