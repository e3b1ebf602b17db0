"""What the fortieth quotes-recall sample taught quotes: the points of a speaker's remarks
listed after «اهم اظهارات وی / رئیس مجلس را ... بخوانید؛», each opening «*», are one direct
quote with no verb, from the first point to the last, of whoever spoke right before the list
(``listed_remarks.listed_points``), as the eleventh sample read roozno_717's list; an editor's
topic in braces before the first point's colon is left out. An interview announced with
«مشروح این گفتگو را بخوانید؛*****» and a «*» line with no such list before it are no points.

The sentences are those of ``fixtures/quotes_dev_40`` (roozno_514, a shared article no earlier
sample read whole) and of the shared news (roozno_771, roozno_1190).
"""

from pathlib import Path

from khabar.extract import extract_text

FIXTURES = Path(__file__).parent / "fixtures"


def test_the_speaker_s_listed_remarks_are_his():
    # roozno_514: «علی لاریجانی ... گفت: ...», then «اهم اظهارات رئیس مجلس را به نقل از
    # خبرگزاری ها بخوانید؛*البته ریشه‌های موضوع ...» and five more lines opening «*»
    text = (FIXTURES / "quotes_dev_40/roozno_514.txt").read_text(encoding="utf-8")
    doc = extract_text(text)
    assert [q.speaker for q in doc.quotes] == ["علی لاریجانی"] * 3
    listed = doc.text[doc.quotes[2].span.start : doc.quotes[2].span.end].rstrip(".")
    assert listed.startswith("البته ریشه‌های موضوع") and listed.endswith("تصمیماتی اتخاذ شود")
    assert not doc.quotes[2].verb


def test_an_editor_s_topic_in_braces_is_left_out():
    # roozno_701: «اهم اظهارات وی را ... بخوانید؛*{ ضمن تبریک به مردم استان البرز}: در این ...»
    text = (
        "حسن روحانی امروز در مراسم بهره‌برداری گفت: در آغاز این دولت قطعه اول را افتتاح کردیم.\n"
        "اهم اظهارات وی را در ادامه به نقل از خبرگزاری‌ها بخوانید؛*{ ضمن تبریک به مردم استان"
        " البرز}: در این ماه‌های اخیر سه پروژه مهم را افتتاح کردیم که بسیار اهمیت دارد.\n"
    )
    doc = extract_text(text)
    assert [q.speaker for q in doc.quotes] == ["حسن روحانی"] * 2
    assert doc.text[doc.quotes[1].span.start :].startswith("در این ماه‌های اخیر")


def test_remarks_of_him_who_spoke_before():
    # roozno_771: Jahangiri's lead, then «اهم اظهارات وی را در ادامه بخوانید؛* ...»
    text = (
        "اسحاق جهانگیری در جلسه هیأت دولت در جمع خبرنگاران گفت: این ایام برای مردم ایام"
        " پرتردد بوده و مردم رعایت کرده و در خانه‌ها ماندند.\n"
        "وی افزود: وزیر راه در جلسه امروز هیأت دولت گزارشی از کاهش سفرهای نوروزی ارائه داد.\n"
        "اهم اظهارات وی را در ادامه بخوانید؛* امروز سیزده بدر بود که به طور طبیعی مردم در این"
        " روز به دامن طبیعت می‌رفتند اما امروز در خانه ماندند.\n"
        "*اقدامات خوبی در بخش درمان انجام شده، این هفته از بیمارستان امام حسین تهران بازدید"
        " داشتم.\n"
    )
    doc = extract_text(text)
    assert [q.speaker for q in doc.quotes] == ["اسحاق جهانگیری"] * 3
    assert (
        doc.text[doc.quotes[2].span.start : doc.quotes[2].span.end]
        .rstrip(".")
        .endswith("بازدید داشتم")
    )


def test_an_interview_and_a_lone_star_are_no_points():
    # roozno_1190: «مشروح این گفتگو را بخوانید؛*******آقای حسینیان!», the interviewer's
    # question after it; and a «*» line after a statement with no list announced
    text = (
        "حمید رضا حسینیان گفت: انتخاب رهبری در تشیع، منطقی‌ترین شیوه است.\n"
        "مشروح این گفتگو را بخوانید؛*******آقای حسینیان! شبهات زیادی پیرامون نحوه حاکمیت"
        " مطرح می‌شود.\n"
        "*ستاد ملی مقابله با کرونا باید از قدرت کافی برخوردار باشد.\n"
    )
    doc = extract_text(text)
    assert all(q.verb for q in doc.quotes)
