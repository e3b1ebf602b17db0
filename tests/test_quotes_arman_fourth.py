"""What the fourth ARMAN quotes-recall sample taught quote finding: an answer names its topic
(«به ادعاهای ... پاسخ داد.»), what was answered follows a colon or «که».

The sentences are those of ARMAN's news (``fixtures/arman_quotes_4``) and of the shared news.
"""

import pytest
from quote_rows import quote_rows


@pytest.mark.parametrize(
    "text",
    [
        # arman-2_206
        "دراین‌حال نماینده دائم سوریه در سازمان ملل متحد، جمعه شب در بیانیه‌ای به ادعاهای "
        "نماینده رژیم صهیونیستی در این سازمان در مورد جولان، پاسخ داد.",
        # roozno_data_963
        "آیت‌الله مکارم شیرازی به سؤالی درباره روزه ماه رمضان در دوران شیوع کرونا پاسخ داد.",
        # fars-news-1, item 246
        "سرمربیان دو تیم ملی کره جنوبی و ازبکستان در کنفرانس مطبوعاتی قبل از بازی به سؤالات "
        "خبرنگاران پاسخ دادند.",
    ],
)
def test_an_answer_names_its_topic(text):
    assert quote_rows(text) == []


def test_what_was_answered_follows_the_colon():
    # arman-1_218, and tabnak_data_388: «او اینطور پاسخ داد و گفت: ...»
    assert [
        (k, s)
        for k, _, _, s in quote_rows(
            "امام پاسخ می‌دهد: خیر مگر آن که یکی از آن دو ساکت و صامت باشد."
        )
    ] == [("direct", "خیر مگر آن")]
    text = (
        "مجری از ساعی نظرش را درباره کیمیا علیزاده پرسید، او اینطور پاسخ داد و گفت: فقط "
        "می‌توانم بگویم برایش متاسفم!"
    )
    assert [(k, s) for k, _, _, s in quote_rows(text)] == [("direct", "فقط می‌توانم بگویم")]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (  # arman-2_206
            "یک عضو هیأت فلسطینی که وی نیز خواستار افشا نشدن نامش شد، گفت: مسئله مورد اختلاف "
            "این است که چه کسی کارت‌ها را می‌دهد.",
            [("direct", "مسئله مورد اختلاف")],
        ),
        (  # roozno_data_716
            "وزیر خارجه آمریکا که در شرایط گسترش ویروس کرونا همچنان به حملات علیه مردم ایران "
            "ادامه داده است، مدعی شد پیشنهاد داده‌ایم از طریق نهادهای سازمان ملل به ایران کمک "
            "ارسال شود.",
            [("direct", "پیشنهاد داده‌ایم از")],
        ),
        (  # tabnak_data_1057
            "عربستان به انتقادهایی که جو بایدن و برنی سندرز از حزب دموکرات مطرح کرده‌اند، پاسخ داد.",
            [],
        ),
    ],
)
def test_a_verb_ending_a_relative_clause_before_the_sentences_own(text, said):
    assert [(k, s) for k, _, _, s in quote_rows(text)] == said


def test_a_question_says_nothing_but_the_words_it_quotes():
    # arman-1_108; fars-news-1, item 95: the words in guillemets after «گفته است؛» are his
    assert quote_rows("آیا درست است که می‌گویند بعضی داروها باعث ضعف شنوائی می‌شوند؟") == []
    text = (
        "آیا به واقع آن‌گونه که آقای علیزاده گفته است؛ «کمیته متشکل از شورای عالی امنیت ملی، "
        "وزارت اطلاعات مسئول این کار است» ؟"
    )
    assert [(k, s) for k, _, _, s in quote_rows(text)] == [("direct", "«کمیته متشکل از")]


def test_a_name_given_as_an_example_is_not_the_subject():
    # arman-1_44: what the speakers stressed, not «عمر خیام»'s
    text = (
        "سخنرانان با اشاره به جغرافیای سیاسی و طبیعی قومیت‌های ایرانی، مذهب، فرهنگ، سنن و زبان، "
        "نقش مردم ایران در گسترش علوم توسط دانشمندانی نظیر عمر خیام و ابن سینا را مورد تأکید "
        "قرار دادند."
    )
    assert [(k, p, s) for k, p, _, s in quote_rows(text)] == [
        ("indirect", None, "سخنرانان با اشاره")
    ]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (  # arman-1_105
            "ولی محققان خاطرنشان می‌کنند، چون این تمرینات از انقباض برون‌گرا به درون‌گرا انجام "
            "می‌شود، بنابراین ورزشکاران باید از آمادگی جسمانی بالائی برخوردار باشند.",
            [("direct", "چون این تمرینات")],
        ),
        (  # fars-news-1, item 274
            "تولید کنندگان این ربات ادعا می‌کنند، این دستگاه‌ها قادر به از بین بردن ۹۹.۹۹ درصد "
            "باکتری‌ها هستند.",
            [("direct", "این دستگاه‌ها قادر")],
        ),
        (  # fars-news-2, item 271: a relative clause's
            "آیات صریح قرآن کریم و درس‌هایی که قرآن کریم از مبارزات انبیای الهی مطرح می‌کند، این "
            "عنصر اعتقادی را برای هر فرد مسلمان آشکار می‌سازد.",
            [],
        ),
    ],
)
def test_a_present_of_saying_before_a_comma(text, said):
    assert [(k, s) for k, _, _, s in quote_rows(text)] == said


def test_a_claim_held_in_the_past():
    # arman-1_244
    text = (
        "یکی از اندیشمندان بزرگ در دوران باستان ادعا داشت که در برخی حالات با گوش خود نغمه "
        "افلاک را شنیده است."
    )
    assert [(k, s) for k, _, _, s in quote_rows(text)] == [("indirect", "در برخی حالات")]


def test_a_paper_reporting_a_statement_is_its_source():
    # arman-1_139: the researchers' statement, the paper a source there
    text = (
        "روزنامه وال‌استریت‌ژورنال در شماره روز جمعه خود نوشت: پژوهشگران دانشگاه کلرادو اعلام "
        "کردند که با قرار دادن یک ویروس در متون نوشته شده، می‌توان دست به دست شدن آن نوشته را "
        "دنبال کرد."
    )
    assert quote_rows(text) == [("indirect", None, None, "با قرار دادن")]


def test_what_a_person_wrote_of_another_is_theirs():
    # roozno_data_586: his message, which tells another's words (the gold does not record
    # speech inside a direct quote)
    text = (
        "محمدجواد ظریف وزیر امور خارجه گفت: ما آماده‌ایم. وی در پیام خود نوشت: رئیس صندوق "
        "بین‌المللی پول گفته است که کشورهای متاثر از ویروس کرونا مورد حمایت قرار خواهند گرفت."
    )
    quotes = [(k, p, s) for k, p, _, s in quote_rows(text)]
    assert quotes[1] == ("direct", "محمدجواد ظریف", "رئیس صندوق بین‌المللی")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (  # arman-1_83: a statement inside a noun phrase, which the conventions do not record
            "این نکته که علی ربیعی می‌گوید اگر اتهام‌پراکنی علیه خاتمی ادامه یابد تمام حقائق را فاش "
            "می‌کنم بیانگر آن است که بسیاری از حقائق، فاش نشده باقی مانده است.",
            [],
        ),
        (  # fars-news-3, item 95: «خواست» in the relative clause, the statement after «گفت:»
            "این منبع که خواست نامش فاش نشود، گفت: افراد مسلح ناشناس ظهر امروز به یک ایست بازرسی "
            "عراق حمله کردند.",
            [("direct", "افراد مسلح ناشناس")],
        ),
        (  # fars-news-4, item 170: the noun's clause is the object of his own verb
            "قربانی مندرجات این خبر که پس از رویترز بلومبرگ نیز آن را منتشر کرد را تائید کرد.",
            [("indirect", "قربانی مندرجات این")],  # a name the text alone does not know
        ),
    ],
)
def test_a_verb_in_the_clause_of_a_noun_named_by_این(text, said):
    assert [(k, s) for k, _, _, s in quote_rows(text)] == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (  # arman-2_102: what a book tells
            "در کتاب مزبور نقل شده که نیکسون در زمان ریاست‌جمهوری خود، از بیماری روانی رنج "
            "می‌برده است.",
            [("indirect", "نیکسون در زمان")],
        ),
        (  # tabnak_data_1008
            "در بیانیه‌ای که کاخ سفید منتشر کرده از قول دونالد ترامپ نقل شده است: ما در حال کار "
            "هستیم که به طولانی‌ترین جنگ آمریکا پایان دهیم.",
            [("direct", "ما در حال")],
        ),
    ],
)
def test_what_a_book_or_a_paper_tells_in_the_passive(text, said):
    assert [(k, s) for k, _, _, s in quote_rows(text)] == said
