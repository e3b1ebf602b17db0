"""What the thirteenth quotes-recall sample (nine shared articles of 4,500 to 9,000 characters
and one of 3,000 to 4,500, each holding a statement, ``fixtures/quotes_dev_13``) taught quote
finding and speakers: a second verb of saying in a sentence whose clause «در حالی که» opens
with a person named in full is that person's, and «او» after it means them
(``while_subjects``); «باور دارد که» is a view, no quote, whose holder «او» after it may mean;
«گفت وگو» written apart is the noun of talks, a verb of saying after the future's auxiliary
(«خواهد دانست», «خواهم گفت») says nothing yet, and «روی آورده است» tells what was turned to,
not what a paper wrote (``reporting_cues``); «بازگو می‌کند که» and «نتیجه‌گیری کرد که» report
(``data/reporting_verbs.tsv``); a present verb of saying after «و» and a present's «که»
clause says its own statement (``reporting_cues._said_again``).

The sentences are those of the sample (``roozno_325``, ``roozno_438``, ``roozno_29``,
``roozno_630``, ``roozno_539``) and others a rule must leave alone.
"""

from khabar.extract import extract_text


def _said(text: str) -> list[tuple[str, str | None, str]]:
    doc = extract_text(text)
    return [(q.kind, q.speaker, doc.span_text(q.span)) for q in doc.quotes]


# roozno_325: Cook's view, then Green's «باور دارد که» after «در حالی که», then «او»
_CONTAINMENT = (
    "آقایان ایران شوروی نیست!\n"
    'استیون کوک، عضو شورای روابط خارجی، راهبرد مهار را "عملی‌ترین گزینه" برای رویارویی با '
    "ایران می‌داند، در حالی که مارک گرین، نماینده جمهوری‌خواه، ضمن تمرکز بر ایران باور دارد "
    "که این راهبرد باید به پایه‌ی سیاست آمریکا در برابر کل خاورمیانه تبدیل شود.\n"
    "در نسخه مهار گرین، تکیه و تمرکز فراوانی به رویارویی مورد تاکید قرار گرفته است.\n"
    "او استفاده از این راهبرد برای خاورمیانه را مشابه دکترین فشار حداکثری ترامپ علیه ایران "
    "می‌داند.\n"
)


def test_o_after_a_view_set_against_another_after_while_is_its_holder():
    said = _said(_CONTAINMENT)
    assert [(k, s) for k, s, _ in said] == [
        ("indirect", "استیون کوک"),
        ("indirect", "مارک گرین"),
    ]
    assert said[1][2].startswith("استفاده از این راهبرد")


def test_a_statement_after_while_is_of_the_one_opening_its_clause():
    text = (
        "عنوان\nاستیون کوک، عضو شورای روابط خارجی، راهبرد مهار را عملی‌ترین گزینه می‌داند، "
        "در حالی که مارک گرین، نماینده جمهوری‌خواه، معتقد است که این راهبرد باید به پایه "
        "سیاست آمریکا تبدیل شود.\n"
    )
    assert [s for _, s, _ in _said(text)] == ["استیون کوک", "مارک گرین"]


def test_while_opening_no_person_leaves_the_speaker_going_on():
    text = (
        "عنوان\nحسن روحانی گفت که دولت آماده است و در حالی که مذاکرات ادامه دارد، اعلام کرد "
        "که تحریم‌ها باید لغو شود.\n"
    )
    assert {s for _, s, _ in _said(text)} == {"حسن روحانی"}


def test_talks_written_apart_are_no_verb_of_saying():
    text = "عنوان\nمارک گرین از تمایل ریگان برای تعامل و گفت وگو با رژیم وقت شوروی سخنی نمی‌گوید.\n"
    assert _said(text) == []


def test_a_forecast_with_the_future_says_nothing_yet():
    # roozno_438: what Zakani will prefer, the writer's forecast
    text = (
        "عنوان\nعلیرضا زاکانی نماینده قم است.\n"
        "او حالا در همنشینی با پایداری‌ها حتی اگر خود کاندیدای ریاست نشود، گزینه پایداری ها را "
        "ارجح بر قالیباف خواهد دانست.\n"
    )
    assert _said(text) == []
    said = _said("عنوان\nعلیرضا زاکانی گزینه پایداری‌ها را ارجح بر قالیباف دانست.\n")
    assert [(k, s) for k, s, _ in said] == [("indirect", "علیرضا زاکانی")]


def test_another_to_say_words_that_follow_is_still_told():
    # speakers_judged_2: what Johnson is to tell Juncker, told by an official
    text = (
        "عنوان\nبوریس جانسون نخست وزیر انگلیس است.\n"
        "با این حال جانسون به یونکر خواهد گفت تنها یک ماه برای نهایی کردن توافق باقی مانده "
        "است.\n"
    )
    assert [(k, s) for k, s, _ in _said(text)] == [("direct", "بوریس جانسون")]
    assert _said("عنوان\nمنوچهر متکی در این سفر انتخاب مجدد بشار اسد را تبریک خواهد گفت.\n") == []


def test_turned_to_is_nothing_written():
    # roozno_29: «روی آورده است،» is no paper's «آورده است»
    text = (
        "عنوان\nشاید بخت به اصلاح‌طلبان روی آورده است، بختی که در سال‌های اخیر به آنان پشت "
        "کرده بود.\n"
    )
    assert _said(text) == []
    said = _said("عنوان\nروزنامه کیهان در سرمقاله خود آورده است، دولت باید پاسخ دهد.\n")
    assert [k for k, _, _ in said] == ["direct"]


def test_told_again_and_concluded_report_what_follows_that():
    # roozno_630 and roozno_539
    text = (
        "عنوان\nعلی مطهری نماینده تهران است.\n"
        "مطهری بازگو می‌کند که این روند علاوه بر اینکه خلاف قانون اساسی است، موجب محدود شدن "
        "مجلس می‌شود و می‌گوید که علی لاریجانی رئیس مجلس برای دفاع از این حق همراهی کافی با "
        "مجلس نداشته است.\n"
    )
    said = _said(text)
    assert [(k, s) for k, s, _ in said] == [
        ("indirect", "علی مطهری"),
        ("indirect", "علی مطهری"),
    ]
    assert said[1][2].startswith("علی لاریجانی رئیس مجلس")
    text = (
        "عنوان\nدر گزارشی که اخیرا منتشر شد، مرکز کنترل و پیشگیری از بیماری چین این گونه "
        "نتیجه گیری کرد که شدت 80 درصد از موارد بیماری خفیف بوده است.\n"
    )
    assert [k for k, _, _ in _said(text)] == ["indirect"]


def test_what_is_told_again_as_a_topic_is_no_statement():
    text = "عنوان\nاین کتاب حقایق آسمانی قرآن را بیشتر و بهتر برای ما بازگو می‌کند.\n"
    assert _said(text) == []


def test_one_holding_a_view_is_no_quote_but_is_whom_o_means():
    text = (
        "عنوان\nحسن روحانی گفت: دولت آماده است.\n"
        "صادق زیباکلام باور دارد که نمی‌توان از یک شخص فوت‌شده برای اهداف سیاسی استفاده کرد.\n"
        "او گفت: این کار درست نیست.\n"
    )
    assert [(k, s) for k, s, _ in _said(text)] == [
        ("direct", "حسن روحانی"),
        ("direct", "صادق زیباکلام"),
    ]
    # «بر این باور است که» is read as said, as before
    said = _said("عنوان\nصادق زیباکلام بر این باور است که این کار درست نیست.\n")
    assert [(k, s) for k, s, _ in said] == [("indirect", "صادق زیباکلام")]
