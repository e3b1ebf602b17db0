"""What the twenty-second quotes-recall sample taught quote finding: the verb that closes a
clause of «اینکه» right before a comma and the sentence's own verb of saying («با اشاره به
اینکه ... اعلام کرده است، تصریح کرد: ...») is that clause's, no statement of its own, as a
relative clause's is (``reporting_cues._relative_before_verb``); what a verb of two uses
(«اعلام کرد») says of its object with «را» before «و» and a phrase of «با» and a noun of saying
that runs to the next verb of saying («... را ... اعلام کرد و با تاکید بر لزوم ... گفت: ...») is
a statement of its own (``reporting_cues._said_on_after``).

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


def test_an_object_announced_before_a_phrase_of_saying_is_a_statement():
    # roozno_1198: the year declared, then what was said with «با تاکید بر ...» before «گفت:»
    text = (FIXTURES / "quotes_dev_22/roozno_1198.txt").read_text(encoding="utf-8")
    line = next(s for s in text.splitlines() if "سال ۹۹ را سال افزایش" in s)
    rows = quote_rows(line)
    assert [(kind, speaker, said) for kind, speaker, _, said in rows] == [
        ("indirect", "رییسی", "در همایش سراسری"),
        ("direct", "رییسی", "آمار تخلفات در"),
    ]


def test_no_object_before_the_phrase_of_saying_no_statement_before_it():
    # fars-news-3 (https://www.farsnews.ir/news/13931026000656): «از ... سخن گفت» has no
    # object with «را»; only what follows the colon is recorded
    rows = quote_rows(
        "جراره از مجاز نبودن ورود فتنه‌گران به مجلس سخن گفت و با اشاره به برخی مطالب مطرح‌شده "
        "در همایش دیروز اصلاح‌طلبان مبنی بر رفع حصر از سران فتنه، گفت: حصر عین قانون است و "
        "تصمیمی از سوی شورای عالی امنیت ملی است."
    )
    assert [(kind, said) for kind, _, _, said in rows] == [("direct", "حصر عین قانون")]
