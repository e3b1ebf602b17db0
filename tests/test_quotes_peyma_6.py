"""What the sixth PEYMA quotes-recall sample taught quote finding: «X را Y دانست که ...» opens
at its object, not after «که»; a long list of demands closes at its «شد»; «برابر اظهارات X،»
reads as «به گفته X،»; a colon's quotation that closes with no full stop before another verb
of saying and its colon ends there, and «به نوشت» is «به نوشته» cut short; and from the shared
news, «به گفته» a source no one names with no comma, and «خواست» after a preposition, a noun.

The sentences are those of PEYMA's news (``fixtures/peyma_quotes_6``) and of the shared news.
"""

from quote_rows import quote_rows

from khabar.extract import extract_text


def test_what_an_object_is_called_before_a_relative_clause_opens_at_the_object():
    # peyma_273
    text = (
        "رییس سازمان مدیریت بحران کشور فرونشست زمین در اطراف تهران را عاملی دانست که سبب "
        "تشدید خسارت‌های احتمالی ناشی از زمین‌لرزه در این شهر خواهد شد. اسماعیل نجار در "
        "گفت‌وگو با ایسنا، درباره کاهش سطح آب‌های زیرزمینی اظهار کرد: در سال‌های اخیر تغییر "
        "اقلیم و کاهش بارندگی‌ها باعث شد تا میزان برداشت از سفره‌های زیرزمینی بیش از حد مجاز شود."
    )
    assert [(k, s, w) for k, s, _, w in quote_rows(text)] == [
        ("indirect", "اسماعیل نجار", "فرونشست زمین در"),
        ("direct", "اسماعیل نجار", "در سال‌های اخیر"),
    ]
    # and before «و» and a verb of saying, two statements, the first stopping at that «و»
    # (roozno_data_946 of the shared news)
    text = (
        "حسن روحانی گفت: ما دست به دست هم دادیم. روحانی تحریم را ویروسی دانست که چندین سال "
        "کشورمان را تحت فشار قرار داده است و خطاب به اروپایی‌ها گفت: شما کمک نکردید."
    )
    rows = quote_rows(text)
    assert [w for *_, w in rows] == ["ما دست به", "تحریم را ویروسی", "شما کمک نکردید."]
    # past a clause a verb and «و» close (tabnak_data_130 of the shared news)
    text = (
        "مقاومت ادامه دارد. شبکه قطری «الجزیره» در گزارشی به معرفی «یگان ۹۱۰» جنبش حزب‌الله "
        "لبنان پرداخت و آن را مجموعه کاملا محرمانه اطلاعاتی و هجومی متشکل از افراد نخبه خواند "
        "که از گروه‌های کوچک تشکیل شده است."
    )
    assert quote_rows(text) == [("indirect", None, "شبکه قطری الجزیره", "آن را مجموعه")]
    # a habit or a view held, «می‌دانست», says nothing (mashregh_4 of the shared news)
    text = "او رفع نیاز انسان‌ها را توفیقی می‌دانست که خداوند در سر راه وی قرار داده است."
    assert quote_rows(text) == []


def test_a_long_list_of_demands_closes_at_its_verb():
    # peyma_13: the wish runs 70 words, a list of what was asked for
    text = (
        "نماینده اردبیل گفت: لازم است با تکریم فرهنگیان شرایطی به وجود آید. وی همچنین با "
        "تاکید بر همسان‌سازی حقوق بازنشستگان از وزیر کشاورزی خواستار نوسازی در نظام تولید و "
        "کشاورزی، کاهش هزینه‌های تولید، تعیین قیمت مناسب تمام‌شده محصولات و تامین درآمد تولید "
        "کنندگان، تقویت تعاونی و تشکل‌های اقتصادی و اجتماعی و صنعتی و استفاده از ظرفیت و توان "
        "کارشناسی نظام مهندسی کشاورزی و خانه کشاورز و ارتقا بهره‌وری از آب در تولید محصولات "
        "کشاورزی و مدرن کردن روش‌های آبیاری شد."
    )
    assert [(k, w) for k, _, _, w in quote_rows(text)] == [
        ("direct", "لازم است با"),
        ("indirect", "نوسازی در نظام"),
    ]


def test_what_experts_said_read_as_according_to():
    # peyma_273
    text = (
        "نجار گفت: می‌توان گفت در اکثر نقاط تهران این پدیده رخ‌داده است. برابر اظهارات "
        "کارشناسان، این پدیده جنوب غربی تهران بیشتر مشاهده شده است."
    )
    assert [(k, w) for k, _, _, w in quote_rows(text)][1:] == [("indirect", "این پدیده جنوب")]


def test_a_quotation_closed_before_another_verb_and_its_colon_ends_there():
    # peyma_809: no full stop after the closing mark, and «به نوشت» for «به نوشته»
    text = (
        'به گزارش گروه وبگردی باشگاه خبرنگاران جوان، سرهنگ ستاد " واثق الحمدانی " رئیس پلیس '
        'استان نینوا با انتشار بیانیه‌ای اعلام کرد: " یکی از شهروندان نینوا، پسرش را که عضو '
        'گروه داعش بود، به سازمان مبارزه با جرم و جنایت تحویل داد تا جزای کار خود را ببیند " '
        "به نوشت وبگاه شبک السومریه، الحمدانی تاکید کرد: این داعشی، بازداشت شد تا از او "
        "بازجویی شود."
    )
    assert [(k, s, w) for k, s, _, w in quote_rows(text)] == [
        ("direct", "واثق الحمدانی", '" یکی از'),
        ("direct", "واثق الحمدانی", "این داعشی، بازداشت"),
    ]
    # a name quoted after a source's colon is no quotation (roozno_data_378 of the shared news)
    text = (
        "به گزارش روز نو :«غلامرضا ظریفیان»، فعال سیاسی اصلاح‌طلب، در ارزیابی مجلس یازدهم "
        "گفت: این مجلس تندرو است."
    )
    assert [(k, s, w) for k, s, _, w in quote_rows(text)] == [
        ("direct", "غلامرضا ظریفیان", "این مجلس تندرو"),
    ]


def test_a_source_no_one_names_with_no_comma():
    # roozno_data_1072 and roozno_data_740 of the shared news
    text = (
        "کره‌جنوبی بدهی را نپرداخت. به گفته یک منبع آگاه ایران در حال حاضر به داروهای "
        "مبارزه با بیماری‌های خاص نیاز دارد."
    )
    assert quote_rows(text) == [("indirect", None, None, "ایران در حال")]
    text = (
        "باران بارید. به گفته کارشناسان همه این عوامل تنها روی افزایش میزان بارندگی نقش داشته‌اند."
    )
    assert quote_rows(text) == [("indirect", None, None, "همه این عوامل")]
    # one named, but no kind of source said, is read to a comma only
    text = "باران بارید. به گفته یک مقام وزارت کشور عربستان دولت همچنین شرکت‌ها را تشویق کرده است."
    assert quote_rows(text) == []


def test_a_wish_after_a_preposition_is_the_noun():
    # sobhane2_35 of the shared news: «با خواست خریداران» asks nothing; «به گفته وی» is it
    text = (
        "بازار راکد است. به گفته وی تا زمانی که قیمت‌ها نامناسب با خواست خریداران نباشد، "
        "بازار در همین وضعیت رکود به سر خواهد برد."
    )
    assert [(k, w) for k, _, _, w in quote_rows(text)] == [("indirect", "تا زمانی که")]


def test_a_wish_stops_where_another_wish_opens():
    # roozno_data_518 of the shared news: a heading's wish run into the lead's, which repeats it
    text = (
        "وزیر بهداشت آلمان خواستار جلوگیری از تجمعات با شرکت بیش از هزار نفر شدینس اشپان، "
        "وزیر بهداشت آلمان روز یکشنبه خواستار جلوگیری از تجمعات با شرکت بیش از هزار نفر در این "
        "کشور شد."
    )
    doc = extract_text(text)
    assert [doc.span_text(q.span) for q in doc.quotes] == [
        "جلوگیری از تجمعات با شرکت بیش از هزار نفر در این کشور"
    ]
