"""Reporting verbs in the forms the press of the 2000s and the features of the shared news
write them: the present of a verb of saying («پاسخ می‌دهد:», «خاطرنشان می‌کند که ...»), the
news told of between «خبر از» and «داد», a light verb shared with a verb of two words
(«... را مهم توصیف و ابراز امیدواری کرد ...») and a paper's «اضافه شده است»; and what
names nothing said: «سخن گفت» of no topic, «این خبر را اعلام کرد»; «؛» for a colon.

The sentences are those of ARMAN's news (``fixtures/arman_quotes``) and of the shared news.
"""

import pytest
from quote_rows import quote_rows


@pytest.mark.parametrize(
    ("text", "kind", "said"),
    [
        (  # arman-1_218: a tradition told in the present
            "راوی از امام معصوم می‌پرسد: آیا می‌شود دو امام باشد؟ امام پاسخ می‌دهد: خیر مگر آن "
            "که یکی از آن دو ساکت و صامت باشد.",
            "direct",
            "خیر مگر آن",
        ),
        (  # fars-news-2 item 58
            "کورتوف خاطرنشان می‌کند که پکن به دنبال پیشرفت اقتصادی است و به طور قطع به یکی از "
            "اعتبارات برجسته منطقه تبدیل شده است.",
            "indirect",
            "پکن به دنبال",
        ),
    ],
)
def test_the_present_of_a_verb_of_saying_before_a_colon_or_که(text, kind, said):
    assert [(k, s) for k, _, _, s in quote_rows(text)][-1:] == [(kind, said)]


@pytest.mark.parametrize(
    "text",
    [
        # roozno_1032: what works, not what anyone says
        "شیوه‌های سلبی و بگیر و ببند تا یک زمان محدود پاسخ می‌دهد اما پس از مدتی کارکرد خود را "
        "از دست می‌دهد.",
        # arman-2_121: a view held, not said
        "همچنین ژاپنی‌ها، اگر کارت شناسائی را که برای معرفی خود به افسران ارائه داده‌اند، با "
        "دقت از طرف افسر مورد توجه قرار نگیرد، این امر را توهین به خود تلقی می‌کنند.",
        # fars-news-4 item 82: an object before it, whose «که» opens a relative clause
        "ریش سفیدان روستا اصلی‌ترین دلایل فقر مردم تیمورآباد را خشکسالی عنوان می‌کنند که هر "
        "ساله منجر به مهاجرت حدود 70 نفر از جوانان روستا به شهر می‌شود.",
    ],
)
def test_the_present_with_no_colon_or_که_or_with_an_object_says_nothing(text):
    assert quote_rows(text) == []


def test_the_news_told_of_between_خبر_از_and_داد():
    # arman-1_71
    text = (
        "تهران ایرنا: نیروهای پلیس زلاندنو، روز شنبه خبر از طرح خرابکاری در رآکتور اتمی لوکاس "
        "هایتس دادند، با این فرض که نیروهای متعلق به اسامه بن لادن آن را طرح‌ریزی کرده‌اند."
    )
    assert quote_rows(text) == [("indirect", None, "نیروهای پلیس زلاندنو", "طرح خرابکاری در")]


@pytest.mark.parametrize(
    "text",
    [
        # roozno_949: what something shows, in the present
        "باتوجه به اینکه چینش مجلس یازدهم به نوعی خبر از احتمال منازعات سیاسی می‌دهد، لازمه "
        "شکل‌گیری همکاری، گفت‌وگو است.",
        # fars-news-1 item 264: news from somewhere, and a «داد» past the comma
        "بلافاصله پس از انتشار این خبر از دادگستری گلستان، هادی حق‌شناس استاندار گلستان در نشست "
        "خبری با خبرنگاران به خبر دادگستری گلستان واکنش نشان داد.",
    ],
)
def test_news_from_somewhere_or_shown_by_something_is_no_quote(text):
    assert quote_rows(text) == []


def test_a_light_verb_shared_with_a_verb_of_two_words():
    # arman-1_129
    text = (
        "تهران ایرنا: آیت‌الله هاشمی رفسنجانی خطیب جمعه تهران در خطبه دوم نماز، اجلاس چهارم "
        "مجلس خبرگان رهبری را بسیار مهم توصیف و ابراز امیدواری کرد نتائج این اجلاس برای تاریخ "
        "انقلاب سرنوشت‌ساز باشد."
    )
    assert [(k, s) for k, s, _, _ in quote_rows(text)] == [
        ("indirect", "هاشمی رفسنجانی"),
        ("direct", "هاشمی رفسنجانی"),
    ]


def test_what_a_paper_adds_is_its_direct_quote():
    # arman-1_129: not the view of a law the letter cites («... را قابل تعقیب دانسته است»)
    text = (
        "در این نامه اضافه شده است، اگرچه اصلاحیه قانون مطبوعات اردیبهشت 0 نویسندگان را قابل "
        "تعقیب دانسته است، ولی ازآن‌جاکه متهمان جدید، کسانی هستند که مطالب خود را پیش از تصویب "
        "و ابلاغ این قانون منتشر کرده‌اند، می‌بایست بر اساس قانون مطبوعات سال 0 با آنان رفتار "
        "شود."
    )
    assert [(k, s) for k, _, _, s in quote_rows(text)] == [("direct", "اگرچه اصلاحیه قانون")]


@pytest.mark.parametrize(
    "text",
    [
        # arman-2_121: the tongues spoken
        "بیش از 0 گروه ملی مختلف در لندن حضور دارند که به 0 لهجه یا زبان متفاوت سخن می‌گویند.",
        # roozno_898: who spoke to whom, not what was said
        "آیت‌الله خامنه‌ای رهبر معظم انقلاب صبح امروز در سخنرانی زنده تلویزیونی با ملت ایران "
        "سخن گفتند.",
        # arman-1_16: the news named again
        "غلامرضا شافعی روز سه‌شنبه این خبر را در مراسم راه‌اندازی یک خط تولید در بخش آزادشهر "
        "استان گلستان اعلام کرد.",
    ],
)
def test_what_names_nothing_said_is_no_quote(text):
    assert quote_rows(text) == []


def test_what_someone_spoke_of_is_still_said():
    # roozno_810
    text = (
        "اینها در حالی است که بیش از یک هفته گذشته آنتونیو گوترش، دبیرکل سازمان ملل نیز بر لزوم "
        "تعلیق تحریم کشورهایی مانند ایران و کوبا برای مبارزه با کرونا سخن گفته بود."
    )
    assert [(k, s) for k, _, _, s in quote_rows(text)] == [("indirect", "لزوم تعلیق تحریم")]


def test_a_semicolon_for_a_colon():
    # arman-1_183
    text = (
        "از سوی دیگر، کاستاس سیمیتیس، نخست‌وزیر یونان که طرفدار آمریکا قلمداد می‌شود، پس از "
        "نشست‌هایی با رهبران مخالف در روز جمعه پیش، گفت؛ در مدت سفر کلینتون به کشورش، دولت "
        "سوسیالیست او مواضع یونان را مطرح خواهد کرد."
    )
    assert [(k, sp, s) for k, sp, _, s in quote_rows(text)] == [
        ("direct", "کاستاس سیمیتیس", "در مدت سفر")
    ]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # roozno_data_200: an object before it, the semicolon ends its clause
        (
            "روسای اتاق‌های مشترک همچنین بر اولویت‌بندی و مطالعه دقیق روی تک‌تک بازارها تأکید "
            "کردند؛ در نظر گرفتن یک برنامه و الگو برای همه بازارها اقدام اشتباهی خواهد بود.",
            "اولویت‌بندی و مطالعه",
        ),
        # roozno_data_1024: the colon's verb is the sentence's
        (
            "تسنیم نوشت؛ احمد نادری گفت: جلسه پنجشنبه با حضور 62 نفر از نمایندگان مجلس یازدهم "
            "برگزار شد.",
            "جلسه پنجشنبه با",
        ),
    ],
)
def test_a_semicolon_after_an_object_or_before_a_colon_is_no_colon(text, said):
    assert [s for _, _, _, s in quote_rows(text)] == [said]
