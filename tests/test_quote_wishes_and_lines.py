"""What the third ARMAN quotes-recall sample taught quote finding: «خواهان ... شد» as «خواستار
... شد», «... را مورد تأکید قرار داد», a pronoun owning what was wished («تعیین وضع وی شد»),
«به ... اعتراف کرد» and the persons inside what was admitted, «به نوشته شماره اخیر X،»; a
text written («نامه‌ای ... نوشت.») or a term named before a comma quotes nothing; and an
article run into one line (ARMAN's ten sentences of several stories) is no paragraph a direct
quote runs on in.

The sentences are those of ARMAN's news (``fixtures/arman_quotes_2``, ``fixtures/arman_quotes_3``)
and of the shared news.
"""

import pytest
from quote_rows import quote_rows


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (  # arman-2_207
            "دو کشور همچنین خواهان همکاری برای جلوگیری از تجارت غیرقانونی مواد هسته‌ای شدند.",
            "همکاری برای جلوگیری",
        ),
        (  # tabnak_data_291
            "برونو لو مر، وزیر دارایی فرانسه با غیرمنطقی خواندن مواضع آمریکا خواهان بازگشت به "
            "میز مذاکره شده است.",
            "بازگشت به میز",
        ),
        (  # arman-1_234: whose state, not who wished it
            "در این ملاقات که همسر و دو فرزند خلبان مفقودالاثر حضور داشتند، همسر زارع نعمتی با "
            "ارائه مدارک و شواهدی مبنی بر اسیر بودن وی و تشریح مصائب 0 ساله ناشی از این مسئله، "
            "خواستار پیگیری و تعیین وضع وی شد.",
            "پیگیری و تعیین",
        ),
    ],
)
def test_what_was_wished_with_خواهان_or_a_pronoun_owning_it(text, said):
    assert [(k, s) for k, _, _, s in quote_rows(text)] == [("indirect", said)]


def test_one_who_wants_something_told_of_made_no_wish():
    # tabnak_data_746: «خواهان ... باشد», a condition
    text = (
        "وی در خصوص اینکه آیا مواضع سیاسی افراد هم در ردصلاحیت‌ها تاثیر دارد که اگر کسی خواهان "
        "ارتباط با آمریکا باشد رد صلاحیت می‌شود، گفت: شورای نگهبان باشگاه سیاسی نیست."
    )
    assert [(k, s) for k, _, _, s in quote_rows(text)] == [("direct", "شورای نگهبان باشگاه")]


def test_what_was_stressed_with_مورد_تأکید_قرار_داد():
    # roozno_data_359
    text = (
        "رئیس دفتر رئیس جمهور همچنین توجه به توسعه فناوری‌های جدید را مورد تاکید قرار داد و "
        "گفت: باید در این زمینه فرهنگ‌سازی شود."
    )
    quotes = [(k, s) for k, _, _, s in quote_rows(text)]
    assert quotes == [("indirect", "توجه به توسعه"), ("direct", "باید در این")]


def test_the_persons_inside_what_was_admitted_are_not_who_admitted_it():
    # arman-2_119: not Mubarak's, whom the admission names, but Amr Moussa's
    text = (
        "عمرو موسی، وزیر امور خارجه مصر، روز چهارشنبه به وجود برخی اختلافات بین حسنی مبارک، "
        "رئیس‌جمهور مصر و بیل کلینتون، رئیس‌جمهور آمریکا اعتراف کرد."
    )
    assert [(k, p, s) for k, p, _, s in quote_rows(text)] == [
        ("indirect", "عمرو موسی", "وجود برخی اختلافات")
    ]


def test_an_issue_of_an_outlet_after_به_نوشته():
    # arman-2_85
    text = (
        "به نوشته شماره اخیر هفته‌نامه ساندی‌تایمز چاپ لندن، پلیس انگلیس سرگرم مشورت با "
        "همتایان اروپائی خود است."
    )
    quotes = quote_rows(text)
    assert [(k, s) for k, _, _, s in quotes] == [("indirect", "پلیس انگلیس سرگرم")]
    assert quotes[0][2] and quotes[0][2].startswith("هفته‌نامه ساندی‌تایمز")


@pytest.mark.parametrize(
    "text",
    [
        # tabnak_data_1391: a letter written
        "از سوی دیگر، محمدجواد ظریف، وزیر خارجه نیز نامه‌ای هشدارآمیز به دبیرکل سازمان ملل نوشت.",
        # arman-1_99: chapters written
        "فصل‌های 0 و 0 را مشترکا هر دو مؤلف با هم نوشته‌اند.",
        # arman-2_174: a term named before a comma
        "خفاش مسافر که به آن خفاش دماغ‌دراز هم می‌گویند، با دماغ بلند خود، شهد گیاه را می‌نوشد.",
    ],
)
def test_a_text_written_or_a_term_named_quotes_nothing(text):
    assert quote_rows(text) == []


def test_what_was_written_after_a_colon_or_که_is_still_quoted():
    # fars-news-1: «نوشت که»
    text = (
        "خبرگزاری آسوشیتدپرس روز گذشته نوشت که ایران بازرسی‌ها از تاسیسات هسته‌ای خود را شش "
        "هفته به تعویق انداخته است."
    )
    assert [(k, s) for k, _, _, s in quote_rows(text)] == [("indirect", "ایران بازرسی‌ها از")]


def test_an_article_run_into_one_line_is_no_paragraph_a_quote_runs_on_in():
    # arman-2_207: ten sentences of several stories in one line; the wish after the first
    # story's direct quote is a statement of its own
    text = (
        "وی افزود: ما از این نظر بسیار خوش‌بین هستیم. یاسین، رهبر 0 ساله جنبش العدل و "
        "الاحسان از دسامبر 0 در خانه‌اش در شهر صالح در بازداشت به سر می‌برد. دو کشور همچنین "
        "خواهان همکاری برای جلوگیری از تجارت غیرقانونی مواد هسته‌ای شدند. حادثه روز پنجشنبه "
        "در کارخانه بازیافت اورانیوم در ژاپن رخ داد. مرکز جدید توسط دو وزیر افتتاح شد. پلیس "
        "بلگراد مانع تظاهرات ضددولتی شد. این مسابقه در مرحله مقدماتی برگزار می‌شد. هنوز "
        "انگیزه این قتل روشن نشده است. این دیدار بعدازظهر روز جمعه برگزار شد. نخستین دوره "
        "مسابقات جمعه شب ادامه یافت."
    )
    said = [(k, s) for k, _, _, s in quote_rows(text)]
    assert ("indirect", "همکاری برای جلوگیری") in said
    # in a paragraph of a few sentences the direct quote still runs on over it
    short = text.split(" حادثه روز")[0]
    assert [s for _, s in [(k, s) for k, _, _, s in quote_rows(short)]] == ["ما از این"]


@pytest.mark.parametrize(
    "text",
    [
        # arman-1_118
        "خبرنگاری نکوهش یونسی از برخی افراد را یادآوری کرد و پرسید آیا وزارت اطلاعات برای "
        "دستگیری آنان اقدامی صورت داده است؟",
        # tabnak_data_162
        "وی پرسید: آیا این بدان معناست که ایران در مسیر ساخت بمب حرکت خواهد کرد؟",
    ],
)
def test_a_question_states_nothing(text):
    assert [k for k, _, _, s in quote_rows(text) if s.startswith("آیا")] == []
