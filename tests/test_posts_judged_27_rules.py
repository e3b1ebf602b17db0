"""Posts the twenty-seventh judged posts sample (articles of 4,500-12,000 characters) showed
wrong or missed, and the rules written for them: a head of one word with «ی» written on is its
office, no head run into «کلی» («به دبیرکلی سید شهاب‌الدین صدر»: no post, as «به ریاست ...»);
«روانشناس» is a head, a calling as «جامعه‌شناس» is, with one word of its field («روانشناس
بالینی», not «روانشناس بالینی ترس‌های غیرواقعی»). Sentences of the sample's articles and of
other shared articles (each named)."""

from posts_articles import judged_article, posts_of

from khabar.extract import extract_text
from khabar.model import Document

SAMPLE = "posts_judged_27.jsonl"
_posts = posts_of


def _article(stem: str) -> Document:
    """The sample's article ``stem``, extracted whole."""
    return judged_article(SAMPLE, stem)


def test_a_secretary_generalship_is_no_post():
    # roozno_209: «جبهه پیشرفت، رفاه و عدالت به دبیرکلی سید شهاب‌الدین صدر نیز ...»: a
    # predicate, as «به ریاست ...» is; «دبیرکلی» is no «دبیر» run into «کلی»
    posts = _posts(_article("roozno_209"))
    assert posts["سید شهاب\u200cالدین صدر"] == []
    assert posts["جمال عرف"] == ["معاون سیاسی وزارت کشور", "رییس ستاد انتخابات کشور"]


def test_a_secretary_generalship_elsewhere_is_no_post():
    # roozno_232 and roozno_183
    text = (
        "در این میان با اینکه شنیده می‌شد حزب ندای ایرانیان به دبیرکلی صادق خرازی هم تصمیم به "
        "ارائه لیست دارد و شب گذشته نیز لیستی به اسم این حزب منتشر شد، اما در نهایت ندای "
        "ایرانیان از ارائه لیست عقب‌نشینی کرد.\n"
        "دبیرکلی محمود صادقی در انجمن مدرسین دانشگاه و حضور افرادی مثل مصطفی معین در شورای "
        "مرکزی انجمن اسلامی جامعه پزشکی، باعث‌شده این احزاب در سال‌های اخیر بار دیگر در امور "
        "سیاسی و صنفی اثرگذار باشند."
    )
    posts = _posts(extract_text(text))
    assert posts["صادق خرازی"] == []
    assert posts["محمود صادقی"] == []


def test_a_psychologist_is_named_by_her_calling():
    # roozno_1094: «دکتر فاطمه منفرد پویا روانشناس نیز درباره این پرونده می‌گوید:»
    assert "روانشناس" in _posts(_article("roozno_1094"))["فاطمه منفرد پویا"]


def test_a_psychologists_field_is_one_word():
    # roozno_533, an article of the twenty-fourth sample: «یک متخصص روانشناسی بالینی ... گفت:
    # ...» named next, then «این روانشناس بالینی ترس‌های غیرواقعی، طولانی و نگرانی‌های شدید را
    # موجب افزایش اضطراب عنوان کرد»
    text = (
        "یک متخصص روانشناسی بالینی، تقویت سیستم ایمنی بدن برای مقابله با ویروس کرونا را "
        "الزامی دانست و گفت: تولید و تکرار افکار منفی در ذهن موجب تضعیف سیستم ایمنی بدن "
        "می‌شود.\n"
        "حسین ملک‌زاده تشریح کرد: این روزها در خبرها صحبت از این بیماری بسیار مطرح است.\n"
        "وی بیان کرد: آنچه در بعد روانی جامعه رخ داده است، موج گسترده‌ای از ترس است.\n"
        "این روانشناس بالینی ترس‌های غیرواقعی، طولانی و نگرانی‌های شدید را موجب افزایش اضطراب "
        "عنوان کرد و گفت: این موارد به تولید انبوهی از رفتارهای اضطرابی منجر خواهد شد."
    )
    assert _posts(extract_text(text))["حسین ملک\u200cزاده"] == ["روانشناس بالینی"]


def test_a_family_psychologist_going_on():
    # farsnews 13981021000494: «حمید صادقیان، مشاور خانواده، ... گفت: ...» and, past a
    # subheading, «روانشناس خانواده با تأکید بر اینکه ... ادامه داد:»
    text = (
        "حمید صادقیان، مشاور خانواده، هم با اشاره به تفاوت‌های دوران مجردی و تاهل، به زوجین "
        "گفت: اکنون دوران طلایی تغییر شما است.\n"
        "صادقیان با اشاره به تفاوت در نیازهای روان‌شناختی خانم‌ها و آقایان، محبت را از جمله "
        "نیازهای خانم‌ها برشمرد.\n"
        "نباید از گذشته یکدیگر کنکاش کنید\n"
        "روانشناس خانواده با تأکید بر اینکه همسران نباید از گذشته یکدیگر کنکاش کنند، ادامه "
        "داد: گوش دادن، درک کردن و مراقبت از یکدیگر مهم است."
    )
    assert "روانشناس خانواده" in _posts(extract_text(text))["حمید صادقیان"]
