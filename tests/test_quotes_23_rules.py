"""What the twenty-third quotes-recall sample taught quote finding: «عنوان کرد» calls its object
something, as «دانست» does, and a «که» after it opens a relative clause on what it was called,
unless the «را» is another verb's (``reporting_cues._CALLED_AS``, ``_object_of_another``); an
indirect verb with its object before «زیرا» closes what was said, and «به گفته X» right after
«زیرا» is a second statement (``reporting_cues._because_after``,
``quotes._according_past_verb``).

The sentences are those of ``fixtures/quotes_dev_23`` and of the shared news where the rule
holds again or must leave a statement alone.
"""

from pathlib import Path

from quote_rows import quote_rows

FIXTURES = Path(__file__).parent / "fixtures"


def _line(stem: str, words: str) -> str:
    text = (FIXTURES / f"quotes_dev_23/{stem}.txt").read_text(encoding="utf-8")
    return next(s for s in text.splitlines() if words in s)


def test_what_was_named_with_onvan_kard_is_the_statement_not_its_relative_clause():
    # tabnak_1314: the four banks are what Baeidinejad named; «که» opens what they are
    rows = quote_rows(
        "عنوان خبر\n" + _line("tabnak_1314", "خبر داد") + "\n" + _line("tabnak_1314", "عنوان کرد")
    )
    assert [(kind, said) for kind, _, _, said in rows] == [
        ("indirect", "اتصال چهار بانک"),
        ("indirect", "بانک ملت شعبه"),
    ]
    assert {speaker for _, speaker, _, _ in rows} == {"حمید بعیدی‌نژاد"}


def test_a_verb_before_because_and_according_to_him_after_it_are_two_statements():
    # fars-2_257: al-Attiyah called the chance weak, and said why
    text = (FIXTURES / "quotes_dev_23/fars-2_257.txt").read_text(encoding="utf-8")
    lines = text.splitlines()
    rows = quote_rows("\n".join([lines[0], lines[4], lines[5]]))
    assert [(kind, speaker, said) for kind, speaker, _, said in rows] == [
        ("direct", "خالد العطیه", "امکان برگزاری جلسه"),
        ("indirect", "خالد العطیه", "درعین حال احتمال"),  # «درعین» glued: its adverb
        ("indirect", "خالد العطیه", "نیازمند تامین حدنصاب"),
    ]


def test_onvan_kard_in_the_news_calls_its_object():
    # tabnak_1626 (https://www.tabnak.ir/fa/news/981961): the aid's aim is what Aminian named,
    # «و» inside what he called it; «که» opens who the health workers are
    rows = quote_rows(
        "بهادر امینیان سفیر ایران در کابل گفت: این کمک‌ها ادامه دارد.\n"
        "امینیان نیز هدف از این کمک‌ها را مبارزه با ویروس کرونا و حفاظت از جان کارمندان "
        "بهداشتی عنوان کرد که در خط مقدم نبرد با ویروس کرونا قرار دارند."
    )
    assert [(kind, speaker, said) for kind, speaker, _, said in rows] == [
        ("direct", "بهادر امینیان", "این کمک‌ها ادامه"),
        ("indirect", "بهادر امینیان", "هدف از این"),
    ]


def test_onvan_kard_keh_of_another_verbs_object_opens_what_was_said():
    # roozno_989 (http://roozno.com//fa/news/422729): the tweet is the object of «بازنشر»;
    # roozno_571 (http://roozno.com//fa/news/417748): «را» is of the clause before «که»
    rows = quote_rows(
        "عنوان خبر\nوزیر امورخارجه کشورمان در این رابطه به درستی توئیت گذشته خود را بازنشر و "
        "عنوان کرد که این سرزمین متعلق به ایران است.\nهفته گذشته بایدن در حالی سه‌شنبه بزرگ "
        "را به نفع خود به پایان رساند که دونالد ترامپ در یک اظهار نظر عنوان کرده بود که هسته "
        "مرکزی حزب دموکرات در حال تبانی علیه سندرز است."
    )
    assert [(kind, said) for kind, _, _, said in rows] == [
        ("indirect", "این سرزمین متعلق"),
        ("indirect", "هسته مرکزی حزب"),
    ]


def test_a_present_view_before_because_is_said_too():
    # roozno_1082 (http://roozno.com//fa/news/428580): what Mohammadi holds the killing's
    # roots to be, before «چرا که»
    rows = quote_rows(
        "آیدین محمدی وکیل دادگستری گفت: این پرونده باید دقیق بررسی شود.\n"
        "محمدی همچنین قتل ناموسی رخ داده در این ماجرا را ریشه در ساختار‌های اجتماعی می‌داند "
        "چرا که ساختار‌های اجتماعی رفتار‌ها و تبعیض‌های جنسیتی را تثبیت کرده‌اند."
    )
    assert [(kind, speaker, said) for kind, speaker, _, said in rows] == [
        ("direct", "آیدین محمدی", "این پرونده باید"),
        ("indirect", "آیدین محمدی", "قتل ناموسی رخ"),
    ]
