"""A person found only by the post in apposition to their name («به گزارش ایسنا، فوزی برهوم
سخنگوی جنبش ... سخن گفت.», ``apposed_names``) is named again by the same words later in the
article, and speaks there: «فوزی برهوم در ادامه ... را محکوم کرد و گفت:» was left with no
speaker, the name's later mentions not found."""

from __future__ import annotations

from pathlib import Path

from conftest import assert_speaker

from khabar.evaluate_commitments import read_judged
from khabar.extract import extract_text

FIXTURES = Path(__file__).parent / "fixtures"


def test_the_name_again_speaks_in_a_judged_sample() -> None:
    # tabnak_180 (``speakers_judged_4``): first named after «به نوشته روزنامه ... القدس العربی،»
    item = next(
        i for i in read_judged(FIXTURES / "speakers_judged_4.jsonl") if i["stem"] == "tabnak_180"
    )
    assert_speaker(item, "فوزی برهوم", None)


def test_the_name_again_is_a_mention() -> None:
    doc = extract_text(
        "به گزارش ایسنا، فوزی برهوم سخنگوی جنبش حماس امروز سخن گفت.\n"
        "فوزی برهوم در ادامه گفت: عادی‌سازی روابط خطرناک است."
    )
    (person,) = doc.persons
    assert person.name == "فوزی برهوم"
    assert len(person.mentions) == 2
    assert [q.speaker for q in doc.quotes] == ["فوزی برهوم"]


def test_the_name_again_in_a_shared_article() -> None:
    # roozno_534 (no judged sample holds it): «ژونگ نانشان» found past «به گزارش روز نو ،» beside
    # his post, named again after «به گزارش روزنامه شنیمین شیبا او،»
    doc = extract_text(
        "به گزارش روز نو ، ژونگ نانشان، رئیس کمیسیون ویژه کمیته دولتی در امور بهداشت و درمان"
        " چین، احتمال داد که کرونا ویروس حداقل تا ماه ژوئن در سراسر جهان گسترش خواهد یافت.\n"
        'به گزارش روزنامه شنیمین شیبا او، ژونگ نانشان: "براساس پیش بینی، همه گیری در سراسر'
        ' جهان تا حداقل ژوئن گسترش خواهد یافت."'
    )
    (person,) = [p for p in doc.persons if p.name == "ژونگ نانشان"]
    assert [doc.text[m.start : m.end] for m in person.mentions] == ["ژونگ نانشان"] * 2
