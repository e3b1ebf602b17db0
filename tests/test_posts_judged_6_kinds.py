"""Posts the sixth judged sample (``posts_judged_6.jsonl``) missed or wrote twice: the head
«فرستاده» (an envoy's post), and a post that is another the person holds but for its country,
the fuller wording written once. Sentences from the shared news (tabnak 720, tabnak 738,
roozno 607)."""

from khabar.extract import extract_text
from khabar.extract.coref import one_wording


def _posts(text: str) -> dict[str, list[str]]:
    return {p.name: p.posts for p in extract_text(text).persons}


def test_an_envoy_holds_a_post():
    # tabnak_720: «مارتین گریفیث، فرستاده سازمان ملل به یمن»
    text = (
        "به گزارش ایسنا، به نوشته روزنامه فرامنطقه‌ای الشرق الاوسط، احمد ابوالغیط، دبیرکل "
        "اتحادیه عرب در دفتر دبیرخانه این اتحادیه در قاهره میزبان مارتین گریفیث، فرستاده "
        "سازمان ملل به یمن بود."
    )
    posts = _posts(text)
    assert posts["مارتین گریفیث"] == ["فرستاده سازمان ملل"]
    assert posts["احمد ابوالغیط"] == ["دبیرکل اتحادیه عرب"]


def test_an_envoy_who_speaks_holds_the_post():
    # tabnak_738: «غسان سلامه، فرستاده سازمان ملل به لیبی نیز اظهار کرد: ...»
    text = (
        "غسان سلامه، فرستاده سازمان ملل به لیبی نیز اظهار کرد: دو طرف برای بار دوم نشستن "
        "دریک سالن را پذیرفتند."
    )
    assert _posts(text)["غسان سلامه"] == ["فرستاده سازمان ملل"]


def test_the_post_used_alone_is_not_written_beside_its_fuller_wording():
    # roozno_607: «شی جینپینگ» is «رئیس جمهوری چین», then «رئیس جمهور همچنین نامه ...»
    text = (
        "به گزارش روز نو ، «شی جینپینگ» رئیس جمهوری چین اعلام کرد که پکن با تمام ظرفیت از "
        "کره جنوبی در مقابله با ویروس کووید۱۹ حمایت خواهد کرد.\n"
        "رئیس جمهور همچنین نامه مشابهی را برای دولت ایتالیا ارسال کرده است و در آن تاکید کرده "
        "است که دولت و مردم چین از رم در برابر ویروس کرونا حمایت خواهند کرد."
    )
    assert _posts(text)["شی جینپینگ"] == ["رئیس جمهوری چین"]


def test_one_wording_leaves_out_a_post_that_opens_another():
    assert one_wording(["رئیس جمهوری چین", "رئیس جمهور"]) == ["رئیس جمهوری چین"]
    assert one_wording(["سفیر", "سفیر انگلیس"]) == ["سفیر انگلیس"]
    assert one_wording(["رئیس جمهوری", "رئیس جمهور کشورمان"]) == ["رئیس جمهور کشورمان"]
    # the first words written together: «رئیس‌جمهوری» of «رئیس‌جمهوری آمریکا»
    assert one_wording(["رییس‌جمهوری", "رییس‌جمهوری آمریکا"]) == ["رییس‌جمهوری آمریکا"]
    # not beside a post run on past its end (tabnak_186, tabnak_708): either may be the right one
    assert one_wording(["دیپلمات پرتغالی قرار", "دیپلمات"]) == ["دیپلمات پرتغالی قرار", "دیپلمات"]
    assert one_wording(["رئیس سنی مجلس یازدهم", "رئیس سنی مجلس یازدهم تعداد حاضران"]) == [
        "رئیس سنی مجلس یازدهم",
        "رئیس سنی مجلس یازدهم تعداد حاضران",
    ]
    # a word that only starts another's is no wording of it, nor a post under another
    assert one_wording(["مدیر", "مدیرعامل"]) == ["مدیر", "مدیرعامل"]
    assert one_wording(["وزیر امور خارجه", "معاون وزیر امور خارجه"]) == [
        "وزیر امور خارجه",
        "معاون وزیر امور خارجه",
    ]
