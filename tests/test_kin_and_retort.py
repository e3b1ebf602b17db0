"""Two sentences of the shared news: a subject that is kin of someone a pronoun stands for
(«خانواده وی ... درخواست کردند») gives no person speaker, though a person is named earlier
in the clause; and «اما» right after a verb of saying whose subject stands alone before it
(«کیسینجر می‌گوید اما ...») opens what was said, while after a clause of the narrator
(«... را اعلام کرد اما ...») it still opens none."""

from __future__ import annotations

from khabar.extract import extract_text

# sobhane2_16: the family asked the court, not the woman killed eleven years before
_FAMILY = (
    "عصر بیست و ششم آبان ۸۷ مرد جوانی با ماموران کلانتری تهرانپارس تماس گرفت و از ناپدید"
    " شدن خواهر ناتنی‌اش به نام الهام خبر داد.\n"
    "پلیس در گام بعدی از تحقیقات به پرس و جو از همسایه‌ها پرداخت و آن‌ها گفتند دو مرد را"
    " دیده بودند که با الهام رفت و آمد داشته‌اند.\n"
    "به این ترتیب با گذشت ۱۱ سال از مرگ مرموز الهام در حالی که گره کور این پرونده باز نشده"
    " بود، خانواده وی دیروز در شعبه ۱۱ دادگاه کیفری یک استان تهران حاضر شدند و درخواست"
    " کردند تا دیه وی از صندوق بیت‌المال به آن‌ها پرداخت شود."
)


def test_family_of_the_named_is_no_person_speaker() -> None:
    doc = extract_text(_FAMILY)
    asked = [q for q in doc.quotes if q.verb == "درخواست کردند"]
    assert asked
    assert all(q.speaker is None for q in asked)


def test_named_person_still_speaks_without_kin() -> None:
    text = _FAMILY.replace("خانواده وی", "")
    asked = [q for q in extract_text(text).quotes if q.verb == "درخواست کردند"]
    assert [q.speaker for q in asked] == ["الهام"]


# roozno_data_656: Kissinger's retort in a review of Zarif's book
_RETORT = (
    "دکتر ظریف پاسخ می‌دهد هر زمان که آمریکا چنین کرد. کیسینجر می‌گوید اما امریکا کشوری"
    " استثنایی است. ظریف پاسخ می‌دهد ایران هم استثنایی است."
)


def test_but_after_a_bare_subject_opens_what_was_said() -> None:
    doc = extract_text(_RETORT)
    said = [q for q in doc.quotes if q.verb == "می‌گوید"]
    assert len(said) == 1
    assert doc.text[said[0].span.start :].startswith("اما امریکا کشوری استثنایی است.")
    assert said[0].speaker == "کیسینجر"


def test_but_after_the_narrators_clause_opens_nothing() -> None:
    # tabnak_data_1186
    text = (
        "امارات ماه میلادی گذشته عقب‌نشینی خود از یمن را اعلام کرد اما همچنان کنترل بنادر و"
        " پایگاه‌های اقتصادی را برعهده دارد."
    )
    assert not [q for q in extract_text(text).quotes if q.verb == "اعلام کرد"]
    # fars-news-3: «گفت» after a phrase, not a subject alone
    text = (
        "در حرف و سخنرانی می‌شود فراوان از بخشش و نیکوکاری گفت اما شما با عمل ثابت کردید"
        " پیرو واقعی اسلام هستید."
    )
    assert not extract_text(text).quotes
