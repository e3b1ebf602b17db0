"""Posts the twenty-third judged posts sample (articles of 4,500-12,000 characters) showed
wrong or missed, and the rules written for them: a post right after a name and before a
subjunctive or future of «شدن» is what the name may become, no post held («اگر جو بایدن
رئیس‌جمهور شود»); «جامعه‌شناس», «فعال اصولگرا» and «فعال اصلاح‌طلب» are heads
(``data/post_heads.tsv``), «جامعه‌شناس» a calling that names no body past «و». Sentences of
the sample's articles and of other shared articles (each named)."""

from posts_articles import judged_article, posts_of

from khabar.extract import extract_text
from khabar.model import Document

SAMPLE = "posts_judged_23.jsonl"
_posts = posts_of


def _article(stem: str) -> Document:
    """The sample's article ``stem``, extracted whole."""
    return judged_article(SAMPLE, stem)


def test_a_post_one_may_become_is_not_held():
    # roozno_1215: «اگر جو بایدن رئیس‌جمهور شود، یا ...»
    assert _posts(_article("roozno_1215"))["جو بایدن"] == []


def test_a_post_one_may_become_with_its_country():
    # roozno_843
    text = (
        "اگر وی تا زمان انتخابات ریاست جمهوری آمریکا در نوامبر آینده تاج پادشاهی بر سر ننهد و "
        "جو بایدن رئیس جمهور آمریکا شود، احتمال این که واشنگتن به حمایت خود از وی پایان دهد، "
        "جدی خواهد بود.\n"
    )
    assert _posts(extract_text(text))["جو بایدن"] == []


def test_a_post_past_a_comma_before_the_verb_of_the_clause_is_held():
    # roozno_209: «می‌شود» is the list's verb, the post in apposition
    text = (
        "لیستی که شامل 4 نماینده فعلی مشهد یعنی کریمی قدوسی، پژمانفر، امیرحسین قاضی‌زاده هاشمی "
        "و بحرینی به اضافه فاطمه رحمانی، نماینده دور پنجم مجلس می‌شود.\n"
    )
    assert _posts(extract_text(text))["فاطمه رحمانی"] == ["نماینده دور پنجم مجلس"]


def test_a_post_one_became_is_held():
    text = "علی دایی سرمربی تیم ملی شد.\n"
    assert _posts(extract_text(text))["علی دایی"] == ["سرمربی تیم ملی"]


def test_a_sociologist_and_a_professor():
    # roozno_154: «دکتر تقی آزاد ارمکی استاد دانشگاه و جامعه‌شناس گفت‌وگو کرده است»
    assert _posts(_article("roozno_154"))["تقی آزاد ارمکی"] == ["استاد دانشگاه", "جامعه‌شناس"]


def test_a_sociologist_past_a_heading_run_into_the_name():
    # roozno_493: «... بیشتر می‌کندحسین ایمانی جاجرمی جامعه‌شناس و استاد دانشگاه تهران»
    posts = _posts(_article("roozno_493"))
    assert posts["حسین ایمانی جاجرمی"] == ["جامعه\u200cشناس", "استاد دانشگاه تهران"]


def test_a_sociologist_in_apposition():
    # roozno_60
    text = (
        "بنا بر همین اهمیت در گفت‌‌وگویی با دکتر سعید معیدفر، جامعه‌شناس، به بررسی شرایط کنونی "
        "جامعه در خصوص اعتماد اجتماعی نشستیم.\n"
    )
    assert _posts(extract_text(text))["سعید معیدفر"] == ["جامعه‌شناس"]


def test_a_sociologist_names_no_body_past_and():
    # fars-news-5 (8604260211): the theorist is another description, no part of the calling:
    # a post of its own since «تئوریسین» is a head (the twenty-fifth sample)
    text = (
        "وی درباره توصیه‌های «آنتونی گیدنز» جامعه‌شناس انگلیسی و تئوریسین حزب کارگر به تونی بلر "
        "و گوردون براون نخست‌وزیران انگلیس در خصوص سیاست‌های داخلی و خارجی این کشور که به نام "
        "«راه سوم» معروف است، گفت: نظر آقای گیدنز در دوره خاصی مطرح بود.\n"
    )
    posts = _posts(extract_text(text))["آنتونی گیدنز"]
    assert posts == ["جامعه‌شناس انگلیسی", "تئوریسین حزب کارگر"]


def test_a_principlist_activist():
    # roozno_1018: «مهدی چمران فعال اصول‌گرا و از چهره‌های نزدیک به قالیباف ...»
    assert _posts(_article("roozno_1018"))["مهدی چمران"] == ["فعال اصول\u200cگرا"]


def test_a_principlist_activist_and_a_former_member():
    # roozno_274
    text = (
        "پیش‌تر علیرضا زاکانی، فعال اصولگرا و نماینده سابق مجلس در نامه‌ای به رئیس قوه قضائیه "
        "خبر از تبانی پنج نفر داده بود که نیک‌نفس هم یکی از آن‌ها بود.\n"
    )
    assert _posts(extract_text(text))["علیرضا زاکانی"] == ["فعال اصولگرا", "نماینده سابق مجلس"]


def test_a_reformist_activist():
    # roozno_650
    text = (
        "اشرف بروجردی فعال اصلاح طلب نیز با اشاره به ترکیب اصولگرایی مجلس آینده، گفته بود: «من "
        "فکر می‌کنم آقای حسن روحانی شرایط سختی در یک سال آینده خواهد داشت.»\n"
    )
    assert _posts(extract_text(text))["اشرف بروجردی"] == ["فعال اصلاح طلب"]
