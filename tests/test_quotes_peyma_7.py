"""What the seventh PEYMA quotes-recall sample taught quote finding: an interview's turns, each
quotation opened after a colon and none closed but the last, are sentences of their own;
«اضافه می‌کند:» opens what was said; «X را ... اعلام کرد و از Y خبر داد» and «از X به " Y "
تعبیر کرد و گفت:» are two statements each; the piece a clause names «به قلم X» is X's.

The sentences are those of PEYMA's news (``fixtures/peyma_quotes_7``) and of the shared news.
"""

from quote_rows import quote_rows

from khabar.text.segment import sentences


def _split(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentences(text)]


# peyma_629: three turns of an interview, the first two quotations never closed
_TURNS = (
    "وی اضافه می‌کند: « ما به‌دقت انتخابات ریاست جمهوری آمریکا را بررسی می‌کنیم. ما "
    "پیش‌بینی‌های خود را انجام داده‌ایم. این مسیول درباره سندرز می‌گوید: « هر‌چند شانس "
    "موفقیت سندرز پایین است، می‌تواند دیوار بی‌اعتمادی میان دو کشور را از میان بردارد. این "
    "عضو مشاور دولت درباره نامزد پیشتاز جمهوری‌خواهان می‌گوید: « در مقایسه با کلینتون، ترامپ "
    "می‌تواند برای ایران کمتر مساله‌ساز شود. با این وجود ما معتقدیم امکان دستیابی به توافق "
    "هسته‌ای وجود نداشت » . المانیتور همچنین با یک ایرانی امریکایی، گفتگو کرد."
)


def test_quotations_never_closed_end_where_the_next_turn_opens():
    assert _split(_TURNS) == [
        "وی اضافه می‌کند: « ما به‌دقت انتخابات ریاست جمهوری آمریکا را بررسی می‌کنیم. ما "
        "پیش‌بینی‌های خود را انجام داده‌ایم.",
        "این مسیول درباره سندرز می‌گوید: « هر‌چند شانس موفقیت سندرز پایین است، می‌تواند دیوار "
        "بی‌اعتمادی میان دو کشور را از میان بردارد.",
        "این عضو مشاور دولت درباره نامزد پیشتاز جمهوری‌خواهان می‌گوید: « در مقایسه با کلینتون، "
        "ترامپ می‌تواند برای ایران کمتر مساله‌ساز شود. با این وجود ما معتقدیم امکان دستیابی به "
        "توافق هسته‌ای وجود نداشت » .",
        "المانیتور همچنین با یک ایرانی امریکایی، گفتگو کرد.",
    ]
    # each turn its quote, none given to anyone the story does not name
    assert [(k, s, w) for k, s, _, w in quote_rows(_TURNS)] == [
        ("direct", None, "« ما به‌دقت"),
        ("direct", None, "« هر‌چند شانس"),
        ("direct", None, "« در مقایسه"),
    ]


def test_a_quotation_quoted_inside_another_still_holds_its_sentences_together():
    # no sentence of the outer quotation ends before the inner one opens
    text = "او گفت: «رئیس گفته بود: «ما آماده‌ایم. همه باید کمک کنند.» و رفت.» سپس رفت."
    assert _split(text) == [
        "او گفت: «رئیس گفته بود: «ما آماده‌ایم. همه باید کمک کنند.» و رفت.»",
        "سپس رفت.",
    ]


def test_a_feature_adds():
    # tabnak_data_404 of the shared news: the present, after a comma as after a colon
    text = (
        "الیزابت روزنبرگ، کارشناس تحریم‌ها در این باره می‌گوید: فکر می‌کنم لغو تحریم‌های کاسکو "
        "نشان می‌دهد تحریم شرکت‌های خارجی چندان پایدار نیست. او اضافه می‌کند، لغو تحریم کاسکو "
        "نشان می‌دهد آمریکا صرفا برای مدت کوتاهی می‌تواند شرکت‌های بزرگ را تحریم کند."
    )
    assert [(k, s, w) for k, s, _, w in quote_rows(text)] == [
        ("direct", "الیزابت روزنبرگ", "فکر می‌کنم لغو"),
        ("direct", "الیزابت روزنبرگ", "لغو تحریم کاسکو"),
    ]


def test_a_declared_figure_and_what_was_told_of_after_it_are_two_statements():
    # peyma_379
    text = (
        "سازگارنژاد رییس سازمان آموزش فنی و حرفه‌ای گفت: مسابقات ملی مهارت فرصت ارزشمندی است. "
        "سازگارنژاد تعداد شرکت‌کنندگان در این دوره از مسابقه را 492 نفر اعلام کرد و از همراهی "
        "و همکاری موثر کارشناسان آلمانی در دو رشته « تراش و فرز » خبر داد."
    )
    assert [(k, w) for k, _, _, w in quote_rows(text)][1:] == [
        ("indirect", "تعداد شرکت‌کنندگان در"),
        ("indirect", "همراهی و همکاری"),
    ]
    # past a pause, «از» opens no object of «خبر داد», and the verb before «و» states nothing
    text = (
        "سازگارنژاد گفت: مسابقات ملی مهارت فرصت ارزشمندی است. وی تعداد شرکت‌کنندگان را 492 "
        "نفر اعلام کرد و از این رو، از همراهی کارشناسان آلمانی خبر داد."
    )
    assert "تعداد شرکت‌کنندگان را" not in [w for *_, w in quote_rows(text)]


def test_what_something_was_taken_for_is_a_statement():
    # peyma_379
    text = (
        "سازگارنژاد رییس سازمان آموزش فنی و حرفه‌ای گفت: مسابقات ملی مهارت فرصت ارزشمندی است. "
        'وی از مسابقات ملی مهارت به " سکوی پرش " تعبیر کرد و گفت: مسابقات مهارت در عرصه ملی '
        "کمک می‌کند."
    )
    assert [(k, w) for k, _, _, w in quote_rows(text)][1:] == [
        ("indirect", "مسابقات ملی مهارت"),
        ("direct", "مسابقات مهارت در"),
    ]


def test_what_something_may_be_taken_for_alone_is_the_writers():
    # ARMAN's news: no «و» and verb of saying after it, and a modal before
    text = (
        "این خصیصه نشان‌دهنده وجود یک قدرت استثنائی در درون فرهنگ ایرانیان است که می‌توان از "
        "آن، به قدرت ادغام تعبیر کرد و مراد از قدرت ادغام، تأمل در آئین‌ها است."
    )
    assert quote_rows(text) == []


def test_the_piece_a_clause_names_by_its_pen_is_its_writers():
    # peyma_391: not the speaker before, going on
    text = (
        "عباسی در پایان خاطرنشان کرد: ما منتظر گزارش‌های دیوان محاسبات هستیم. کودتا در ترکیه؛ "
        "روزنامه جام‌جم در یادداشتی، آورد: در بررسی و تحلیل کودتا در ترکیه، موضوعات متعددی "
        "مطرح شده است. در ادامه این یادداشت که به قلم سیامک کاکایی کارشناس مسائل خاورمیانه "
        "منتشر شده است، می‌خوانیم: در رابطه با زمینه‌های بروز این رویداد، دو دیدگاه مطرح است."
    )
    assert [(s, o) for _, s, o, _ in quote_rows(text)][-1:] == [("سیامک کاکایی", None)]
    # an editorial of the shared news (fars-news-2)
    text = (
        "روزنامه آشتی در سرمقاله خود با عنوان «خداحافظی با اروپای من» به قلم آرش برهمند آورده "
        "است: خبر انفجارهای مادرید برای بسیاری تکان‌دهنده بود."
    )
    assert [(s, o) for _, s, o, _ in quote_rows(text)] == [("آرش برهمند", None)]
    # a book by someone, where another speaks, is not its writer's speech
    text = "وزیر فرهنگ در مراسم رونمایی از کتابی به قلم محمد رضایی گفت: این کتاب مهم است."
    assert [(s, o) for _, s, o, _ in quote_rows(text)] == [(None, None)]
