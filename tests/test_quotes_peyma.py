"""What the PEYMA quotes-recall sample taught quote finding and attribution: a direct quote that
runs with no full stop into its speaker going on («... کشور است مقدم ادامه داد: ...»), a person
named in full and then by the second given name and family name («جمیل لطف‌الله نسبی», then
«لطف‌الله نسبی»).

The sentences are those of PEYMA's news (``fixtures/peyma_quotes``) and of the shared news.
"""

from quote_rows import quote_rows

from khabar.extract import extract_text


def test_a_direct_quote_run_into_its_speaker_going_on():
    # peyma_359: the full stop before «مقدم ادامه داد» is lost
    text = (
        "مقدم خاطرنشان کرد: وضع مقاوم‌سازی نیازمند نگاه جدی‌تری است. مدیر کل مدیریت بحران "
        "استان گلستان با اشاره به سوابق زلزله در استان تصریح کرد: مروری بر سابقه تاریخی این "
        "استان نشان می‌دهد این استان از زمین‌لرزه خیزترین استان‌های کشور است مقدم ادامه داد: "
        "نقشه‌های لرزه‌خیزی موید آن است که این استان در معرض خطر جدی زلزله قرار دارد."
    )
    assert [(k, s) for k, _, _, s in quote_rows(text)] == [
        ("direct", "وضع مقاوم‌سازی نیازمند"),
        ("direct", "مروری بر سابقه"),
        ("direct", "نقشه‌های لرزه‌خیزی موید"),
    ]


def test_a_name_inside_a_quote_told_by_another_verb_stays_in_it():
    # «گفت» may tell another's words inside the quote: no new sentence there
    text = (
        "مقدم خاطرنشان کرد: سال گذشته در جلسه استان بودیم و آن روز استاندار حسین رحیمی گفت: "
        "باید کار کنیم."
    )
    assert [(k, s) for k, _, _, s in quote_rows(text)] == [("direct", "سال گذشته در")]


def test_a_second_given_name_and_family_name_are_the_person_named_in_full():
    # peyma_543
    text = (
        "جمیل لطف‌الله نسبی در گفت‌وگو با ایسنا بیان کرد: از سوم آبان ماه اردوی تیم ملی آغاز "
        "می‌شود. لطف‌الله نسبی در پاسخ به این پرسش تصریح کرد: با دبیر فدراسیون صحبت کردم."
    )
    doc = extract_text(text)
    assert [p.name for p in doc.persons] == ["جمیل لطف‌الله نسبی"]
    assert [q.speaker for q in doc.quotes] == ["جمیل لطف‌الله نسبی"] * 2


def test_a_family_name_opening_with_a_given_name_is_the_person_named_in_full():
    # roozno_data_71: «محمد جواد فاضل لنکرانی», then «فاضل لنکرانی»
    text = (
        "محمد جواد فاضل لنکرانی در جمع طلاب گفت: انقلاب یک عنایت ویژه بود. فاضل لنکرانی "
        "ابراز داشت: باید تاریخ انقلاب را بشناسیم."
    )
    doc = extract_text(text)
    assert [q.speaker for q in doc.quotes] == ["محمد جواد فاضل لنکرانی"] * 2
