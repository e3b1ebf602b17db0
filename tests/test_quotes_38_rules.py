"""What the thirty-eighth quotes-recall sample taught speakers: a subheading the source ran into
the post that opens the next paragraph, its line break and space lost, may end with a name a
preposition holds («... درباره دیدار مورفی با ظریفسخنگوی وزارت امور خارجه ایران نیز ...
برشمرد.»); the post is then another's, and opens its clause as a post past any heading does
(``glued_posts._object_of_preposition``), to be held by the one the next sentence names. A name
run into a post with no preposition before it is still left to ``name_glued_posts``: its own.

The sentences are those of ``fixtures/quotes_dev_38`` (roozno_270, a shared article no earlier
sample read whole) and of the shared news (roozno_1029).
"""

from pathlib import Path

from khabar.extract import extract_text
from khabar.extract import lexicons as lx
from khabar.extract.glued_posts import glued_posts
from khabar.text import repair

FIXTURES = Path(__file__).parent / "fixtures"


def test_the_spokesman_past_a_heading_that_ends_with_zarif_is_mousavi():
    # roozno_270: «توضیح سخنگوی وزارت خارجه ایران درباره دیدار مورفی با ظریفسخنگوی وزارت امور
    # خارجه ایران نیز دیدار ظریف ... را بخشی از دیپلماسی عمومی برشمرد.», then «سیدعباس موسوی
    # ... در صفحه توییتر خود نوشت: «...»»
    text = (FIXTURES / "quotes_dev_38/roozno_270.txt").read_text(encoding="utf-8")
    doc = extract_text(text)
    counted = [q for q in doc.quotes if q.verb == "برشمرد"]
    assert [q.speaker for q in counted] == ["سیدعباس موسوی"]
    assert doc.span_text(counted[0].span).startswith("دیدار ظریف با برخی")
    persons = {p.name: p.posts for p in doc.persons}
    assert persons["سیدعباس موسوی"] == ["سخنگوی وزارت امور خارجه ایران"]
    assert persons["محمد جواد ظریف"] == ["وزیر امورخارجه ایران"]  # not the spokesman's
    # his tweet, Murphy's and Pompeo's statements keep their speakers
    by_verb = {(q.verb, q.speaker) for q in doc.quotes}
    assert ("نوشت", "سیدعباس موسوی") in by_verb and ("مدعی شد", "مایک پمپئو") in by_verb
    assert ("افزود", "کریس مورفی") in by_verb


def _glued(text: str) -> list[str]:
    doc = repair(text)
    tokens = doc.token_columns
    return [p.text for p in glued_posts(tokens, lx.keys_of(tokens.words), doc.text)]


def test_a_name_after_a_preposition_ends_the_heading():
    # roozno_1029: «پیشنهاد به حسن روحانیدبیرکل حزب اتحاد ملت به رئیس‌جمهور روحانی پیشنهاد کرد
    # تا ...»: the secretary-general is Ali Shakouri-Rad, named in the next sentence
    text = (
        "دغدغه اصلاح‌طلبان تنها رنگ و بوی سیاست نداشت و آنها به موضوعات اجتماعی و سلامت جامعه هم"
        " ورودکردند.\nپیشنهاد به حسن روحانیدبیرکل حزب اتحاد ملت به رئیس‌جمهور روحانی پیشنهاد کرد"
        " تا شورای عالی امنیت ملی بررسی کند چه کسی باعث کاهش مشارکت مردم در انتخابات مجلس شد؟\n"
    )
    assert [p.startswith("دبیرکل حزب اتحاد ملت") for p in _glued(text)] == [True]


def test_a_name_run_into_its_own_post_is_no_heading():
    # tabnak_805: «به عنوان نمونه دقایقی پیش عبدالناصر همتیرئیس کل بانک مرکزی در یادداشت
    # اینستاگرامی خود نوشت: ...»: no preposition before the name, the post is his
    text = (
        "به عنوان نمونه دقایقی پیش عبدالناصر همتیرئیس کل بانک مرکزی در یادداشت اینستاگرامی خود"
        " نوشت: حالا که بازار آرام است.\n"
    )
    assert _glued(text) == []
