"""Where a post ends: before a preposition that opens the topic, and past a comma inside the
name of the ministry it names. Sentences from the shared news (roozno 382, 1139, 315)."""

from khabar.extract import extract_text


def _posts(text: str) -> dict[str, list[str]]:
    return {p.name: p.posts for p in extract_text(text).persons}


def test_a_ministry_named_with_a_comma_is_the_whole_post():
    # roozno_data_382: «وزیر صنعت، معدن و تجارت», not «وزیر صنعت»
    text = (
        "در ادامه، رضا رحمانی وزیر صنعت، معدن و تجارت نیز افزود: بررسی‌ها نشان داده در مناطقی "
        "همچون اصفهان و جنوب کشور که کمترین آمار مبتلایان به کرونا را داشته، تولید ادامه دارد."
    )
    assert _posts(text)["رضا رحمانی"] == ["وزیر صنعت، معدن و تجارت"]


def test_the_health_ministry_with_its_comma_and_the_post_without_it_are_one():
    # roozno_data_315: the minister named after his post with the ministry's full name
    text = (
        "سعید نمکی وزیر بهداشت، درمان و آموزش پزشکی گفت: کیت تشخیص بیماری کرونا در کشور به "
        "تعداد لازم موجود است."
    )
    assert _posts(text)["سعید نمکی"] == ["وزیر بهداشت، درمان و آموزش پزشکی"]


def test_a_comma_after_a_ministry_not_so_named_still_ends_the_post():
    # fars-news-4: a list of ministers, each post ending at its comma
    text = (
        "محمدجواد ظریف وزیر امور خارجه، مسعود سلطانی‌فر وزیر ورزش و جوانان، محمد نهاوندیان "
        "معاون رئیس جمهور در این جلسه حضور داشتند."
    )
    posts = _posts(text)
    assert posts["محمدجواد ظریف"] == ["وزیر امور خارجه"]
    assert posts["مسعود سلطانی‌فر"] == ["وزیر ورزش و جوانان"]


def test_a_post_ends_before_the_topic_it_speaks_of():
    # roozno_data_1139: «وزیر کشور | درباره دلیل تحریم خود ...»
    text = (
        "عبدالرضا رحمانی فضلی امشب در برنامه نگاه یک سخن گفت.\n"
        "وزیر کشور درباره دلیل تحریم خود به وسیله آمریکا خاطرنشان کرد: آمریکا دشمن ما است."
    )
    assert _posts(text)["عبدالرضا رحمانی فضلی"] == ["وزیر کشور"]


def test_a_post_ends_before_peyramun():
    # roozno_data_921: «کارشناس مسایل اقتصادی | پیرامون میزان افزایش حقوق کارگران»
    text = (
        "سعید لیلاز، کارشناس مسایل اقتصادی پیرامون میزان افزایش حقوق کارگران در سال 99 "
        "گفتگویی با انجام داده است که مشروح آنرا در زیر می‌خوانید: میزان افزایش حقوق کارگران "
        "مشخص شد."
    )
    assert _posts(text)["سعید لیلاز"] == ["کارشناس مسایل اقتصادی"]


def test_peyramun_is_still_a_family_name():
    # fars-news-1: «پیرامون» ends a post, not the name of the one it follows
    text = (
        "این مراسم با حضور اسماعیل جلیلی نماینده مردم در مجلس شورای اسلامی، علیرضا گوروئی "
        "فرماندار، ابراهیم پیرامون مدیرعامل شرکت بهره‌برداری نفت و گاز مسجدسلیمان و سایر "
        "مدیران دوایر دولتی شهرستان برگزار شد."
    )
    posts = _posts(text)
    assert posts["ابراهیم پیرامون"] == ["مدیرعامل شرکت بهره‌برداری نفت و گاز مسجدسلیمان"]


def test_a_joint_bodys_post_names_both_its_sides():
    # roozno_data_200: «رئیس اتاق مشترک ایران و ایتالیا», not «رئیس اتاق مشترک ایران»
    text = (
        "مجیدرضا حریری، رئیس اتاق مشترک ایران و چین نیز در تأیید سخنان مطرح شده، شرایط هر "
        "کشوری را متفاوت از دیگری دانست. بهرام شکوری، رئیس کمیته مشترک ایران و ژاپن نیز روی "
        "توجه به تجربیات دنیا در ایجاد دفاتر تجاری تأکید کرد."
    )
    posts = _posts(text)
    assert posts["مجیدرضا حریری"] == ["رئیس اتاق مشترک ایران و چین"]
    assert posts["بهرام شکوری"] == ["رئیس کمیته مشترک ایران و ژاپن"]


def test_a_joint_bodys_post_stops_at_and_before_what_is_no_place():
    text = "مهدی کریمی، رئیس اتاق مشترک ایران و برخی فعالان اقتصادی در این نشست حضور داشتند."
    assert _posts(text)["مهدی کریمی"] == ["رئیس اتاق مشترک ایران"]
