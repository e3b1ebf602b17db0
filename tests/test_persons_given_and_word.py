"""A listed given name and a family name that is a word too, the tagger's whole span where a
post, a reporting verb or quotes bound it, and a family name of two kept whole before a
reporting verb, «به عنوان» or «به پیشنهاد» (extract/tagged_vetoes.py, extract/tagged.py).
The sentences are from the shared news and ARMAN's folds 1-2."""

from __future__ import annotations

from conftest import persons


def test_a_family_name_that_is_a_word_where_the_text_bounds_the_name() -> None:
    text = (
        "به گزارش خبرگزاری فارس به نقل از اداره کل روابط عمومی و بین\u200cالمللی شورای اسلامی "
        "شهر تهران، «معصومه ابتکار» عضو و رئیس کمیته محیط زیست شورای اسلامی شهر تهران در "
        "اولین نشست کمیته محیط زیست حضور داشت."
    )
    assert "معصومه ابتکار" in persons(text)
    text = (
        "در صورت نیاز تنها یک فرد برای خرید یا کارهای ضروری از خانه خارج شود.\nعباس ارج اضافه "
        "کرد: با رعایت این شرایط امیدواریم هر چه زودتر مبتلایان بهبود یابند."
    )
    assert "عباس ارج" in persons(text)
    text = "در اکتبر سال 0 » مهرماه 0 « از اسداله علم پرسید که : آیا تظاهرات ادامه دارد ؟"
    assert "اسداله علم" in persons(text)


def test_no_family_name_of_a_word_a_noun_takes_or_a_story_runs_on_with() -> None:
    text = (
        "جعفری با تأکید بر رعایت حسن خلق عنوان کرد: با مال و ثروت نمی\u200cتوان دل\u200cهای "
        "مردم را به دست آورد."
    )
    assert "حسن خلق" not in persons(text)
    text = (
        "اما متوجه شد که خانواده زهرا منزلشان را تغییر داده\u200cاند . عبدالله موضوع مخالفت "
        "خواهرش را برای زهرا تعریف کرد ."
    )
    found = persons(text)
    assert "زهرا منزلشان" not in found and "عبدالله موضوع" not in found, found


def test_a_third_word_of_the_family_name_before_a_verb_or_a_new_post() -> None:
    text = "مهندس مهدی شریفی زمانی افزود : طراحی این پروژه در پژوهشگاه انجام شده است ."
    found = persons(text)
    assert "مهدی شریفی زمانی" in found and "مهدی شریفی" not in found, found
    text = "شعبان امیرخانلو و خانم عصمت خانی سدهی به عنوان کارمندان نمونه معرفی شدند ."
    assert "عصمت خانی سدهی" in persons(text)


def test_no_third_word_of_a_post_or_an_ordinary_word() -> None:
    text = (
        "روابط عمومی اداره کل بندر و دریانوردی خرمشهر از قول نوراله اسعدی جمعه اعلام کرد: "
        "شناور باری بهبهان حامل بار مصالح ساختمانی بود."
    )
    found = persons(text)
    assert "نوراله اسعدی" in found and "نوراله اسعدی جمعه" not in found, found
    text = "موضوعی که مسعود پزشکیان نایب رئیس مجلس به آن اشاره کرد."
    found = persons(text)
    assert "مسعود پزشکیان" in found and "مسعود پزشکیان نایب" not in found, found


def test_a_family_name_of_two_made_by_the_third_word_is_whole_at_its_other_mentions() -> None:
    # roozno_832: «عباس سلیمی نمین» takes «نمین» before «،» and a post; «سلیمی نمین» that
    # opens a paragraph is his family name, no given name «سلیمی» before a town «نمین»
    from khabar.extract import extract_text

    text = (
        "سلیمی نمین: تندروها مانع دورهمی عقلای چپ و راست می\u200cشوند\n"
        "به گزارش روز نو :عباس سلیمی نمین، فعال سیاسی اصولگرا در بخشی از گفتگوی نوروزی خود "
        "با تاکید بر ضرورت بازسازی اعتماد عمومی گفت: موتور محرکه جامعه و کشور اعتماد توده "
        "های مردم به این تحول بوده است.\n"
        "سلیمی نمین همچنین بر ضرورت همنشینی عقلای چپ و راست تاکید کرد و گفت:حتی برای این "
        "کار خیلی هم دیر شده است.\n"
    )
    doc = extract_text(text)
    found = {p.name: [doc.span_text(m) for m in p.mentions] for p in doc.persons}
    assert found.get("عباس سلیمی نمین", []).count("سلیمی نمین") == 2, found
    assert "نمین" not in [p.name for p in doc.places], doc.places
