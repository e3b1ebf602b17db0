"""What the thirty-ninth quotes-recall sample taught persons and speakers: a given name typed with
a letter off or two letters swapped beside the family name of another of the article is that
person's («طبیه سیاوشی» of «طیبه سیاوشی», ``misspelled_names.merge_misspelled_given``), when the
list of given names holds the one and not the other. Two listed given names of one family are
two people.

The sentences are those of ``fixtures/quotes_dev_39`` (roozno_797, a shared article no earlier
sample read whole) and of the shared news (tabnak_41).
"""

from pathlib import Path

from khabar.extract import extract_text

FIXTURES = Path(__file__).parent / "fixtures"


def test_a_given_name_with_two_letters_swapped_is_the_one_person():
    # roozno_797: «طیبه سیاوشی نماینده تهران ...» in the lead, «طبیه سیاوشی در رشته توئیتش
    # نوشت: «...»» after it, then «این نماینده مجلس گفته است: «...»»
    text = (FIXTURES / "quotes_dev_39/roozno_797.txt").read_text(encoding="utf-8")
    doc = extract_text(text)
    names = [p.name for p in doc.persons]
    assert "طیبه سیاوشی" in names and "طبیه سیاوشی" not in names
    assert [q.speaker for q in doc.quotes[:3]] == ["طیبه سیاوشی"] * 3
    # the others of the article keep theirs
    assert [q.speaker for q in doc.quotes[3:7]] == ["عبدالکریم حسین‌زاده"] * 4


def test_a_given_name_with_a_letter_off_is_the_one_person():
    # tabnak_41: «اصغر فرهادی» and, in a critic's words, «اصفر فرهادی»
    text = (
        "اصغر فرهادی کارگردان سینما امروز گفت: این فیلم برای همه است.\n"
        "جهانگیر الماسی گفت: در هیچ فیلمی در سینمای ایران ندیده این میزان احترام به قرآن مجید"
        " را؛ آن‌قدر که اصفر فرهادی در جدایی چنین کرده است.\n"
    )
    names = [p.name for p in extract_text(text).persons]
    assert "اصغر فرهادی" in names and "اصفر فرهادی" not in names


def test_two_listed_given_names_of_one_family_are_two_people():
    text = (
        "سامان سالور کارگردان سینما گفت: فیلم تازه‌ام آماده است.\n"
        "ساسان سالور نیز گفت: من در این فیلم بازی نکرده‌ام.\n"
    )
    doc = extract_text(text)
    assert {"سامان سالور", "ساسان سالور"} <= {p.name for p in doc.persons}
    assert [q.speaker for q in doc.quotes] == ["سامان سالور", "ساسان سالور"]
