"""What the thirty-fourth quotes-recall sample taught speakers: a family name alone names the
one person of the article whose names differ only by «سید» before the given name, apart or
run into it («سیدمحمد خاتمی», «سید محمد خاتمی», «محمد خاتمی»: one man), not a person apart
(``registry._one_but_sayyid``); the names merge later, so the statements made under the family
name alone are his.

The sentences are those of ``fixtures/quotes_dev_34`` (fars-3_291, a shared article no earlier
sample read whole) and of the shared news where the rule holds.
"""

from pathlib import Path

from khabar.extract import extract_text

FIXTURES = Path(__file__).parent / "fixtures"


def test_khatami_alone_is_the_president_named_with_and_without_sayyid():
    # fars-3_291: «سیدمحمد خاتمی», «سید محمد خاتمی» and «محمد خاتمی», then «خاتمی با بیان ...»
    text = (FIXTURES / "quotes_dev_34/fars-3_291.txt").read_text(encoding="utf-8")
    doc = extract_text(text)
    assert "خاتمی" not in [p.name for p in doc.persons]
    khatami = [q for q in doc.quotes if q.speaker and "خاتمی" in q.speaker]
    assert len(khatami) == 6
    assert {q.speaker for q in khatami} == {"سید محمد خاتمی"}


def test_names_that_differ_by_more_than_sayyid_keep_the_family_name_apart():
    # two men of one family: «خاتمی» alone is neither
    text = (
        "سید محمد خاتمی رئیس جمهوری در دیدار وزیر خارجه ونزوئلا گفت: روابط دو کشور خوب است.\n"
        "سید احمد خاتمی امام جمعه موقت تهران نیز گفت: باید هوشیار بود.\n"
        "خاتمی افزود: این راه ادامه دارد.\n"
    )
    doc = extract_text(text)
    names = sorted(p.name for p in doc.persons)
    assert "سید محمد خاتمی" in names and "سید احمد خاتمی" in names
    said = {q.speaker for q in doc.quotes if q.verb == "افزود"}
    assert said <= {None, "خاتمی"}


def test_ayatollah_khatami_alone_is_the_friday_prayer_leader_named_both_ways():
    # roozno_865: «سید احمد خاتمی» in the lead, «آیت‌الله احمد خاتمی: ...» as a heading, then
    # «آیت‌الله خاتمی ... عنوان داشت: ...»
    text = (
        "سید احمد خاتمی امام جمعه موقت تهران، عضو جامعه مدرسین حوزه علمیه قم در گفت‌وگویی با"
        " اشاره به مسئله شیوع کرونا گفت: مردم همراهی کردند.\n"
        "آیت‌الله احمد خاتمی: در ماجرای کرونا می‌خواستند قم را مقصر نشان دهند.\n"
        "آیت‌الله خاتمی اطلاع‌رسانی شفاف ستاد مبارزه با کرونا را مثبت ارزیابی کرد و عنوان داشت:"
        " اطلاع‌رسانی شفاف به مردم از سوی این ستاد از کارهای مثبت این ستاد بود.\n"
    )
    doc = extract_text(text)
    assert [p.name for p in doc.persons if "خاتمی" in p.name] == ["سید احمد خاتمی"]
    said = [q.speaker for q in doc.quotes if q.verb == "عنوان داشت"]
    assert said == ["سید احمد خاتمی"]
