"""What the tenth PEYMA quotes-recall sample's first draw taught quote finding: one of many the
article does not name («یکی از کتاب‌فروشان یزدی») who speaks is whom «وی» after means, not the
one named before; a family name that is a word too («ساکت») going on «در پایان ... گفت:» after a
post nobody holds spoke is that person; «توصیف کردند:» with its colon opens a direct quote.

The sentences are those of PEYMA's news: ``peyma_301`` and ``peyma_463`` of the bodies' speakers
sample (``fixtures/body_speakers_judged_3.jsonl``), ``peyma_581`` of ``fixtures/peyma_quotes_10``;
and of the shared news where a rule must leave one alone.
"""

from quote_rows import quote_rows

from khabar.extract import extract_text
from khabar.extract.subject_shapes import one_of_many
from khabar.text import repair


def _keys(text: str) -> list[str]:
    from khabar.extract import lexicons as lx

    return lx.keys_of(repair(text).token_columns.words)


# peyma_301: Mir-Emadi speaks, then a heading run into a bookseller nobody names, then «وی»
_BOOKSELLER = (
    "آیت‌الله میرعمادی افزود: چرا کسی که خانه کوچکی دارد تا قران آخر از وی عوارض گرفته می‌شود. "
    "وی تاکید کرد: رسانه‌ها نیز در این رابطه مسئول هستند. دستورالعملی برای الزام تامین "
    "لوازم‌التحریر توسط مدارس یزد نداریم یکی از کتاب‌فروشان یزدی در این باره در گفت‌وگو با "
    "خبرنگار ایسنا، در این رابطه اظهار کرد: توزیع لوازم‌التحریر توسط مدارس مشکلات جدی را ایجاد "
    "کرده است. وی در ادامه با گلایه از آموزش و پرورش استان در همین رابطه، افزود: کتاب و "
    "لوازم‌التحریر فروشی‌های شهر از ابتدای سال برنامه‌ریزی کرده بودند."
)


def test_vi_after_one_of_many_unnamed_is_nobody_named_before():
    assert quote_rows(_BOOKSELLER) == [
        ("direct", "میرعمادی", None, "چرا کسی که"),
        ("direct", "میرعمادی", None, "رسانه‌ها نیز در"),
        ("direct", None, None, "توزیع لوازم‌التحریر توسط"),
        ("direct", None, None, "کتاب و لوازم‌التحریر"),
    ]


def test_one_of_many_opens_the_clause_or_follows_a_headings_verb():
    keys = _keys("یکی دیگر از کتاب‌فروشان یزدی به خبرنگار ایسنا گفت")
    assert one_of_many(keys, 0, len(keys) - 1)
    keys = _keys("مدارس یزد نداریم یکی از کتاب‌فروشان یزدی به خبرنگار ایسنا گفت")
    assert one_of_many(keys, 0, len(keys) - 1)


def test_one_of_many_after_a_preposition_is_an_object_not_the_speaker():
    keys = _keys("میرعمادی در دیدار با یکی از مسئولان شهرداری گفت")
    assert not one_of_many(keys, 0, len(keys) - 1)


def test_one_of_many_things_or_one_who_also_spoke_is_left_alone():
    # shared news (roozno_325, tabnak_699): a view of the one named before; a second role of
    # the one named before («... نیز گفت»)
    keys = _keys("یکی دیگر از برداشت‌های اشتباه گرین این است که")
    assert not one_of_many(keys, 0, len(keys) - 2)
    keys = _keys("یکی از نمایندگان انجمن سینماداران در تیم تدوین نظام‌نامه اکران نیز گفت")
    assert not one_of_many(keys, 0, len(keys) - 1)


# peyma_463: a post opens the cut article, then the family name «ساکت» (a word: silent)
_GOING_ON = (
    "مدیر تیم‌های ملی درباره معطلی تیم ملی در فرودگاه ازبکستان هم گفت: تنها 45 دقیقه در آنجا "
    "معطل شدیم که خیلی زود مرتفع شد. ساکت در پایان درباره تجمع انصار حزب‌الله در مخالفت با "
    "برگزاری دیدار ایران و کره جنوبی پس از نماز جمعه تهران گفت: باید به نظر همه نهادهایی که "
    "دغدغه‌های دینی دارند احترام گذاشت."
)


def test_a_family_name_that_is_a_word_going_on_to_a_colon_speaks():
    rows = quote_rows(_GOING_ON)
    assert rows[-1] == ("direct", "ساکت", None, "باید به نظر")


def test_the_word_going_on_with_no_verb_of_saying_is_no_name():
    text = (
        "مدیر تیم‌های ملی درباره معطلی تیم ملی در فرودگاه هم گفت: تنها 45 دقیقه معطل شدیم. "
        "ساکت در پایان جلسه نشست و به سخنان دیگران گوش داد."
    )
    assert [p.name for p in extract_text(text).persons] == []


# peyma_581: two analysts describe the economy, what they wrote in quotation marks
_DESCRIBED = (
    "در چکیده این گزارش، مارک دوباویتز و آنی فیکسلر، به ترتیب مدیر اجرایی و تحلیلگر سیاسی در "
    "بنیاد دفاع از دموکراسی‌ها، وضع اقتصاد ایران را قبل از لغو تحریم‌های بین‌المللی توصیف "
    'کردند: " در سال 2012 و 2013 ، اقتصاد ایران در حال تنزل بود. " .'
)


def test_described_with_a_colon_opens_a_direct_quote():
    assert [(k, w) for k, _, _, w in quote_rows(_DESCRIBED)] == [("direct", '" در سال')]


def test_described_with_no_colon_is_still_what_the_object_was_called():
    text = (
        "نماینده مردم سنقر در مجلس اختلاف‌نظر کشورهای اروپایی با آمریکا در موضوع برجام را "
        "غیرواقعی توصیف کرد."
    )
    assert [(k, w) for k, _, _, w in quote_rows(text)] == [
        ("indirect", "اختلاف‌نظر کشورهای اروپایی")
    ]
