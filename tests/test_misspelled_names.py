"""A family name written alone with a letter off is the one person's of the article named in
full with it («عزیرپور» of «ابراهیم عزیزپور»); a given name, another's family name or a
patronym's father stays apart."""

from khabar.extract import extract_text
from khabar.extract.misspelled_names import one_letter_off


def _persons(text: str) -> dict[str, int]:
    return {p.name: len(p.mentions) for p in extract_text(text).persons}


def test_a_letter_changed() -> None:
    # fars-news-3: «عزیرپور» is «ابراهیم عزیزپور» with «ز» typed «ر»
    text = (
        "ابراهیم عزیزپور افزود: برای ساخت ساختمان امامزاده سید ابوطالب طالش محله با زیر بنای"
        " 50 متر مربع اعتباری بالغ بر 350 میلیون ریال هزینه شده است.\nعزیرپور در پایان افزود:"
        " تا پایان سال‌جاری ضریح امامزاده ابوالقاسم دریا پشته تهیه می‌شود."
    )
    persons = _persons(text)
    assert "عزیرپور" not in persons
    assert persons["ابراهیم عزیزپور"] == 2


def test_a_letter_added_and_the_post_shared() -> None:
    # fars-news-5: the full name dropped a letter («نوروی»), the lone one has it («نوروزی»)
    text = (
        "به گزارش خبرگزاری فارس از ایلام، حسن نوروی مدیرکل ثبت احوال استان ایلام امروز در جمع"
        " خبرنگاران افزود: ادارات ثبت احوال روز جمعه آماده ارایه خدمات هستند.\nنوروزی تصریح"
        " کرد: علاوه بر نیاز به کارت ملی جهت شرکت در انتخابات آتی، کارت ملی لازم است."
    )
    doc = extract_text(text)
    assert [p.name for p in doc.persons] == ["حسن نوروی"]
    assert {q.speaker for q in doc.quotes} == {"حسن نوروی"}


def test_a_letter_voiced() -> None:
    # tabnak 869: «کبگانیان» of «منصور کبکانیان»
    text = (
        "به گزارش تابناک، منصور کبکانیان در حاشیه جلسه شورای راهبری ستاد نقشه جامع علمی کشور"
        " در جمع خبرنگاران گفت: قانون تردد دانشجویان خارجی اصلاح شد.\nکبگانیان افزود: قانون"
        " دیگری هم در این رابطه وجود داشت."
    )
    assert "کبگانیان" not in _persons(text)


def test_another_family_name_at_its_head_stays_apart() -> None:
    # tabnak 1205: «خمینی» is not «علی امینی» with a letter off
    text = (
        "دکتر علی امینی نخست‌وزیر از سفر ۲۱ روزه خود به اروپا بازگشت.\nبنیاد شهید انقلاب"
        " اسلامی به فرمان امام خمینی (ره) تاسیس شد."
    )
    persons = _persons(text)
    assert "علی امینی" in persons
    assert persons.get("خمینی") == 1


def test_a_given_name_stays_apart() -> None:
    assert not one_letter_off("سلمانی", "سلمانی")
    assert one_letter_off("سلمانی", "سلمان")  # a letter off, yet «سلمان» is a given name
    text = (
        "علی سلمانی مدیرکل دفتر امور روستایی استانداری گفت: کار آغاز شد.\n«ملک سلمان» پادشاه"
        " سعودی به گارد ملی این کشور دستور داد."
    )
    assert "علی سلمانی" in _persons(text)
    assert all(len(p.mentions) == 1 for p in extract_text(text).persons if "سلمان" in p.name)


def test_a_patronym_father_stays_apart() -> None:
    # tabnak 940: «مسعودی» of a book list is not «محمد بن مسعود» with a letter more
    text = (
        "محمد بن مسعود عیاشی در تفسیر خود آورده است.\nمسعودی، علی بن حسین، مروج الذهب و"
        " معادن الجوهر، بیروت، دارالأندلس."
    )
    doc = extract_text(text)
    assert all(p.name != "محمد بن مسعود" or len(p.mentions) == 1 for p in doc.persons)
