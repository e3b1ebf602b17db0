"""What the thirty-sixth quotes-recall sample taught speakers: a name whose family name is
written without the Arabic article «ال» («بشار جعفری») is the person of the same given names
the article names with it («بشار الجعفری»), not a person apart
(``name_merges._article_dropped``); the family name alone («جعفری گفت که ...») then names him
too, and the statements made under either name are his, under the name the article gave first.

The sentences are those of ``fixtures/quotes_dev_36`` (tabnak_67, a shared article no earlier
sample read whole) and of the shared news (tabnak_496).
"""

from pathlib import Path

from khabar.extract import extract_text

FIXTURES = Path(__file__).parent / "fixtures"


def test_jaafari_named_with_and_without_the_article_is_one_man():
    # tabnak_67: «بشار الجعفری» in the lead, «بشار جعفری گفت: ...» and «جعفری گفت که ...» after
    text = (FIXTURES / "quotes_dev_36/tabnak_67.txt").read_text(encoding="utf-8")
    doc = extract_text(text)
    assert [p.name for p in doc.persons if "جعفری" in p.name] == ["بشار الجعفری"]
    said = [q.speaker for q in doc.quotes if q.speaker]
    assert len(said) == 9
    assert set(said) == {"بشار الجعفری"}


def test_the_article_alone_keeps_the_name_as_written():
    # tabnak_496: «بشار الجعفری، نماینده دائم سوریه ...», then «الجعفری در ادامه گفت: ...»
    text = (
        "به گزارش ایسنا، به نقل از خبرگزاری سانا، بشار الجعفری، نماینده دائم سوریه در سازمان"
        " ملل در سخنانی در جریان نشست شورای امنیت درباره اوضاع ادلب اظهار کرد: برخی کشورهای"
        " عضو دائم شورای امنیت سعی دارند تا این شورا را به تریبونی برای ناتو تبدیل کنند.\n"
        "الجعفری در ادامه گفت: باعث تعجب است که شورای امنیت خواستار نشست فوق‌العاده‌ای درباره"
        " ادلب شده است.\n"
    )
    doc = extract_text(text)
    assert [p.name for p in doc.persons if "جعفری" in p.name] == ["بشار الجعفری"]
    assert [q.speaker for q in doc.quotes] == ["بشار الجعفری", "بشار الجعفری"]


def test_other_given_names_keep_the_family_name_apart():
    # two men: «بشار الجعفری» and «حیدر جعفری» stay two persons
    text = (
        "بشار الجعفری نماینده دائم سوریه در سازمان ملل گفت: تصمیم ما نهایی است.\n"
        "حیدر جعفری نماینده عراق نیز گفت: ما از این تصمیم حمایت می‌کنیم.\n"
    )
    doc = extract_text(text)
    names = {p.name for p in doc.persons}
    assert {"بشار الجعفری", "حیدر جعفری"} <= names
