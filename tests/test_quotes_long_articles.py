"""What the eighth quotes-recall sample (shared articles of 4,500 to 9,000 characters,
``fixtures/quotes_dev_8``) taught quote finding: «با» right after a verb of saying opens what
was said when the sentence ends on a verb of its own, with no comma after the phrase; a wish
in the perfect plural («خواستار ... شده‌اند») is one, and its many are not
the one person who spoke before; «کما اینکه» opens the clause before its subject.

The sentences are those of the sample (``roozno_180``, ``tabnak_1622``) and of the shared news
where a rule must leave one alone (``roozno_247``, ``roozno_431``, ``tabnak_498``,
``tabnak_707``, ``tabnak_979``, ``tabnak_1397``).
"""

from quote_rows import quote_rows

from khabar.extract import lexicons as lx
from khabar.extract.with_phrases import with_phrase_opens
from khabar.text import repair


def _keys(text: str) -> list[str]:
    return lx.keys_of(repair(text).token_columns.words)


# roozno_180: a party announces, «با» after the verb and no comma
_PARTY = (
    "عنوان\nبا این حال از آنجا که شورای عالی سیاست‌گذاری اصلاح‌طلبان دست احزاب و تشکل‌ها را "
    "برای ارایه لیست باز گذاشت، حزب کارگزاران سازندگی اعلام کرد با فهرستی 30 نفره در "
    "انتخابات حضور پیدا خواهدکرد.\n"
)


def test_with_after_the_verb_opens_what_was_said():
    rows = quote_rows(_PARTY)
    assert [(kind, first) for kind, _, _, first in rows] == [("direct", "با فهرستی 30")]
    assert rows[0][2] is not None and rows[0][2].startswith("حزب کارگزاران سازندگی")


def test_with_opens_only_before_a_verb_that_ends_the_sentence():
    keys = _keys("حزب اعلام کرد با فهرستی 30 نفره در انتخابات حضور پیدا خواهد کرد.")
    assert with_phrase_opens(keys, keys.index("با"), len(keys))
    keys = _keys("علی کریمی در این باره گفت با خبرنگار ما.")
    assert not with_phrase_opens(keys, keys.index("با"), len(keys))


def test_with_after_a_view_a_modal_or_a_relative_clause_is_left_alone():
    # roozno_247: a view; roozno_431: the verb of a relative clause; an impersonal modal
    view = (
        "عنوان\nماریاسوف معتقد است با توجه به عدم اعتماد متقابل میان تهران و ریاض، به احتمال "
        "زیاد درخواست میانجیگری ارائه خواهد شد.\n"
    )
    assert not any(first.startswith("با") for *_, first in quote_rows(view))
    relative = (
        "عنوان\nمشخص خواهد شد که شعارهایی که در ایام انتخابات مطرح کرده‌اند با انگیزه سیاسی "
        "مطرح شده است.\n"
    )
    assert quote_rows(relative) == []
    modal = "عنوان\nشاید بتوان گفت با توجه به رویکرد اخیر مجلس تغییر می‌کند.\n"
    assert quote_rows(modal) == []


# tabnak_1622 and tabnak_979: a wish in the perfect plural, many unnamed wishing it
_WISHED = (
    "عنوان\nخطوط هوایی ایرفرانس و خودروسازهای بزرگی نظیر رنو وفولکس واگن برای گذار از بحران "
    "خواستار دریافت‌های کمک‌های مالی از دولت‌های متبوع خود شده‌اند.\n"
)
_MANY = (
    "عنوان\nمایک پامپئو هم در همین مورد به اعضای کنگره گفت: «ما به همکاران اروپایی‌مان "
    "خواهیم گفت.»\nاین بند از قطعنامه در اکتبر سال ۲۰۲۰ منقضی می‌شود.\nمقام‌های آمریکایی "
    "بارها ضمن ابراز نگرانی از لغو تحریم‌های تسلیحاتی سازمان ملل علیه ایران، خواستار "
    "جلوگیری از این مساله شده‌اند.\n"
)


def test_a_wish_in_the_perfect_plural_is_reported():
    assert quote_rows(_WISHED) == [("indirect", None, None, "دریافت‌های کمک‌های مالی")]


def test_many_who_wished_are_not_the_one_who_spoke_before():
    assert quote_rows(_MANY)[-1] == ("indirect", None, None, "جلوگیری از این")
    one = _MANY.replace("مقام‌های آمریکایی بارها ضمن", "وی همچنین ضمن").replace("شده‌اند", "شد")
    assert quote_rows(one)[-1] == ("indirect", "مایک پامپئو", None, "جلوگیری از این")


def test_one_in_the_plural_of_respect_keeps_the_wish():
    # tabnak_1397: «رهبر انقلاب ... خواهان ... شدند», a post opening the clause
    revered = (
        "عنوان\nحضرت آیت‌الله خامنه‌ای گفت: جوانان آینده این کشور را می‌سازند.\n"
        "رهبر انقلاب در دیدار رمضانی امسال شان با جوانان، دانشجویان و طلاب نکات مهمی را "
        "ایراد کردند و با توصیه‌های ده‌گانه‌ای که خطاب به آنها داشتند خواهان نقش‌آفرینی بیشتر "
        "این قشر در مسائل و موضوعات کشور شدند.\n"
    )
    rows = quote_rows(revered)
    assert rows[-1][3] == "نقش‌آفرینی بیشتر این"
    assert rows[-1][1] is not None and rows[-1][1] == rows[0][1]


def test_a_claim_closed_by_a_passive_is_not_a_wish():
    # tabnak_498: «مدعی هستند ... منع شده‌اند» is no «مدعی ... شد»; Axios's words stay whole
    claimed = (
        "عنوان\nبه نوشته آکسیوس، نگارندگان این نامه مدعی هستند شرکت‌های آمریکایی از ارائه "
        "هرگونه کالا یا خدمات به مسئولان ایرانی منع شده‌اند و باید ارائه خدمات توئیتر به آن‌ها "
        "قطع شود.\n"
    )
    assert [first for *_, first in quote_rows(claimed)] == ["نگارندگان این نامه"]


def test_just_as_opens_the_clause_before_its_subject():
    # roozno_180
    text = (
        "عنوان\nکما اینکه اسماعیل گرامی‌مقدم، سخنگوی حزب اعتماد ملی نیز دیروز در گفت‌وگو با "
        "«باشگاه خبرنگاران جوان» تاکید کرد «همانطور که قبلا اعلام شد شورای عالی لیستی را منتشر "
        "نخواهد کرد.»\n"
    )
    assert quote_rows(text) == [("direct", "اسماعیل گرامی‌مقدم", None, "«همانطور که قبلا")]


def test_just_as_before_a_group_names_no_one():
    # tabnak_707: a group's view after «کما اینکه»: no person becomes its speaker
    text = (
        "عنوان\nکما اینکه سیاست تقسیم سود فولاد مبارکه درمجمع امسال مورد انتقاد فعالان بازار شد "
        "و آنها این رفتار را موجب دلسردی سرمایه‌گذاران از سهامداری در این شرکت دانستند.\n"
    )
    assert all(speaker is None for _, speaker, _, _ in quote_rows(text))
