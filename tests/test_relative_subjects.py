"""A clause after a comma that names its own subject, a person with a relative clause right
before the reporting verb: that person speaks, not the one the sentence opened with
(``relative_subjects.named_before_relative``).

The sentence is that of ``fars-news-5`` («عکس یادگاری شهید مدافع حرم با مداح معروف») and one
the rule must leave alone.
"""

from khabar.extract import extract_text


def _said(text: str) -> list[tuple[str, str | None]]:
    doc = extract_text(text)
    return [(q.kind, q.speaker) for q in doc.quotes]


def test_the_clause_after_the_comma_names_who_speaks():
    said = _said(
        "عکس یادگاری شهید مدافع حرم با مداح معروف\n"
        "حاج مهدی سلحشور برای روضه‌خوانی به سوریه آمده بود، شهید صدرزاده که این را شنید "
        "گفت: من حتما باید در مراسم حاج مهدی شرکت کنم.\n"
        "به گزارش خبرگزاری فارس، شهید سید مصطفی صدرزاده در روز تاسوعا به شهادت رسید.\n"
    )
    assert said == [("direct", "سید مصطفی صدرزاده")]


def test_a_person_after_a_preposition_is_no_subject():
    said = _said(
        "دیدار با رئیس مجلس\n"
        "حسن روحانی در دیدار با رئیس مجلس، از علی لاریجانی که در جلسه حضور داشت تشکر کرد و "
        "گفت: همکاری دو قوه ادامه می‌یابد.\n"
    )
    assert said[-1] == ("direct", "حسن روحانی")


def test_someone_unnamed_after_a_comma_speaks_and_holds_no_post():
    # roozno_250: «نماینده» opens the line run in from its subheading, and the words said
    doc = extract_text(
        "عنوان\n"
        "نماینده باید پول بگیرد، نه نجومی بلکه کهکشانیدر ویدئوی دیگری که به یکی از "
        "پربازدیدترین کلیپ‌های فضای مجازی بدل شده، فردی که خود را نامزد حوزه انتخابیه یزد "
        "معرفی می‌کند، می‌گوید: نماینده باید پول بگیرد، نه نجومی بلکه کهکشانی.\n"
        "این واقعیت جامعه ماستمصطفی مهرآیین، عضو هیئت علمی مرکز تحقیقات سیاست علمی کشور و "
        "جامعه‌شناس سیاسی درباره این شیوه‌های تبلیغاتی به ایرناپلاس می‌گوید: اینها همه "
        "واقعیت‌های جامعه ماست.\n"
    )
    assert [(q.kind, q.speaker) for q in doc.quotes] == [
        ("direct", None),
        ("direct", "مصطفی مهرآیین"),
    ]
    # his calling after «و» is his too (``data/post_heads.tsv``: «جامعه‌شناس»)
    assert [p.posts for p in doc.persons] == [
        ["عضو هیئت علمی مرکز تحقیقات سیاست علمی کشور", "جامعه\u200cشناس سیاسی"]
    ]


def test_someone_inside_what_was_said_is_no_subject():
    said = _said(
        "عنوان\nحسن روحانی گفت: فردی که به مردم دروغ بگوید، اعتماد آنها را از دست می‌دهد.\n"
    )
    assert said == [("direct", "حسن روحانی")]
