"""What the twenty-second quotes-recall sample taught quote finding: the verb that closes a
clause of «اینکه» right before a comma and the sentence's own verb of saying («با اشاره به
اینکه ... اعلام کرده است، تصریح کرد: ...») is that clause's, no statement of its own, as a
relative clause's is (``reporting_cues._relative_before_verb``).

The sentences are those of ``roozno_1198`` (``fixtures/quotes_dev_22``) and of the shared news
where the rule holds again or must leave a statement alone.
"""

from pathlib import Path

from quote_rows import quote_rows

FIXTURES = Path(__file__).parent / "fixtures"


def test_the_verb_of_a_clause_of_inkeh_is_no_statement():
    # roozno_1198: the judiciary announced its adherence, inside the clause; what the head of
    # the judiciary says follows the colon
    text = (FIXTURES / "quotes_dev_22/roozno_1198.txt").read_text(encoding="utf-8")
    line = next(s for s in text.splitlines() if "پایبندی اش را به قانون" in s)
    rows = quote_rows("حجت‌الاسلام رییسی گفت: دستگاه قضایی عمل می‌کند.\n" + line)
    assert [(kind, speaker, said) for kind, speaker, _, said in rows] == [
        ("direct", "رییسی", "دستگاه قضایی عمل"),
        ("direct", "رییسی", "ما نسبت به"),
    ]


def test_another_body_announced_inside_the_clause():
    # fars-news-1 (https://www.farsnews.ir/news/13920619000933): the Welfare Organization
    # announced the content, not the expert who speaks after the comma
    rows = quote_rows(
        "مریم فهیمی، کارشناس مهدهای کودک استان سمنان در این نشست با بیان اینکه از سال 91 سازمان "
        "بهزیستی برای مقطع سنی سه تا پنج سال محتوای آموزشی یکسانی را اعلام کرده بود، خاطرنشان "
        "کرد: این جلسه برای تعیین محتوای سایر مقاطع (گروه سنی نوپا و شش سال) تشکیل شد."
    )
    assert [(kind, speaker, said) for kind, speaker, _, said in rows] == [
        ("direct", "مریم فهیمی", "این جلسه برای"),
    ]


def test_an_object_of_the_speakers_own_verb_after_the_clause_is_still_said():
    # sobhane2_20: the clause of «اینکه» closes at its comma; what follows is the speaker's own
    # object and verb («... را یکی از ضرورت‌های مهم و اساسی نام برد و بیان کرد: ...»)
    rows = quote_rows(
        "محمدرضا پورابراهیمی نماینده مردم کرمان در این نشست گفت: این سازمان جایگاه مهمی دارد.\n"
        "پورابراهیمی با اشاره به اینکه برآورد می‌شود تنها در سال ۹۸ تعهدات دولت به سازمان تامین "
        "اجتماعی ۳۰ هزار میلیارد تومان باشد، تعیین تکلیف بدهی‌های دولت به سازمان تامین اجتماعی "
        "را یکی از ضرورت‌های مهم و اساسی نام برد و بیان کرد: افزایش سقف بدهی‌های دولت به تامین "
        "اجتماعی نگران کننده است."
    )
    kinds = [(kind, speaker) for kind, speaker, _, _ in rows]
    assert kinds == [
        ("direct", "محمدرضا پورابراهیمی"),
        ("indirect", "محمدرضا پورابراهیمی"),
        ("direct", "محمدرضا پورابراهیمی"),
    ]
