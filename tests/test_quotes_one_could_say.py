"""«می‌شود» as a modal before a reporting verb («درواقع می‌شود گفت ...»): what one could say,
nobody's statement, and «باید» right after an object («X را باید ... تلقی کرد»): what one must
hold, from the second judged quotes sample (``fixtures/quotes_judged_2.jsonl``); not after
«اینکه», where «می‌شود» ends a clause of its own, nor an answer one must give. Texts from the
shared news."""

from __future__ import annotations

from khabar.extract import extract_text


def _said(text: str) -> list[str]:
    doc = extract_text(text)
    return [doc.span_text(q.span) for q in doc.quotes]


def test_what_one_could_say_is_no_quote() -> None:
    # roozno_1053, a column
    text = (
        "عملکرد مجلس شورای اسلامی اعتماد بدنه اجتماعی خودش را از دست داد.\n"
        "درواقع می‌شود گفت اصلاح‌طلبی امروز در سراشیبی مقبولیت است.\n"
    )
    assert _said(text) == []


def test_what_one_could_foretell_is_no_quote() -> None:
    # roozno_618
    text = (
        "از سوی دیگر از هم الان می‌شود پیش‌بینی کرد که مجلس یازدهم، مجلس بسیار ضعیفی است و "
        "جریان اصول‌گرا عملا خلاف شعارش عمل کرد.\n"
    )
    assert _said(text) == []


def test_a_clause_ending_in_it_before_the_verb_still_quotes() -> None:
    # fars-1_42's shape: «با بیان اینکه ... انجام می‌شود گفت: ...»
    text = (
        "مدیرکل اوقاف با بیان اینکه برنامه‌های فرهنگی و مذهبی در بقاع متبرکه انجام می‌شود گفت: "
        "یکی از نیازهای اساسی امروز اطلاع‌رسانی برنامه‌ها در بقاع متبرکه است.\n"
    )
    assert _said(text) == ["یکی از نیازهای اساسی امروز اطلاع‌رسانی برنامه‌ها در بقاع متبرکه است."]


def test_what_one_must_hold_is_no_quote() -> None:
    # tabnak_431
    text = (
        "توافقنامه سپتامبر ۲۰۱۸ سوچی روسیه را باید مهم‌ترین توافق در مورد ادلب تلقی کرد که زمینه "
        "را برای توافقات بعدی میان روسیه، ترکیه و ایران فراهم کرد.\n"
    )
    assert _said(text) == []


def test_what_one_must_ask_them_is_no_quote() -> None:
    # roozno_919
    text = "بنابراین آنچه آقای رسایی ادعا کرده‌اند را باید از خودشان پرسید.\n"
    assert _said(text) == []


def test_an_answer_one_must_give_still_quotes() -> None:
    # roozno_527, an interview's answer
    text = (
        "در این بین احیای دینی توسط امام خمینی(س) که موضوع سوال شما است را باید اینگونه پاسخ "
        "داد که احیاگری که توسط امام در حوزه دین اتفاق افتاد، رویش مجدد دین، پس از یک خمودی "
        "زمستانی بود.\n"
    )
    assert _said(text)[0].startswith("احیاگری که توسط امام")
