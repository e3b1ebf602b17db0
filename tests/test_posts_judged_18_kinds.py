"""Posts alone of others the judged posts samples gave the one speaking around them, and what
the rule written for them leaves alone: a post alone is not the post of one who holds a post
under it («فرمانده عملیات مشترک عراق» after the words of «سخنگوی فرماندهی عملیات مشترک
عراق»), nor, closing with «کشورمان», of one who holds a post of another country. Sentences of
the shared news (the eighteenth sample's tabnak 1295 and roozno 577), and sentences the rule
must leave alone."""

from khabar.extract import extract_text
from khabar.extract.coref import under_post
from khabar.model import Document


def _posts(doc: Document) -> dict[str, list[str]]:
    return {p.name: p.posts for p in doc.persons}


def test_the_commanders_post_is_not_his_spokesmans():
    # tabnak_1295: the command's statement, after its spokesman's words
    text = (
        "به گزارش ایسنا، تحسین الخفاجی، سخنگوی فرماندهی عملیات مشترک عراق، امروز در مصاحبه‌ای "
        "با شبکه خبری اسکای نیوز عربی‌ اظهار کرد: فرماندهی عملیات مشترک اطلاعات کاملی از حمله "
        "به پایگاه التاجی در اختیار دارد.\n"
        "الخفاجی در ادامه گفت: عملیات نظامی یک جانبه آمریکا بر حاکمیت ملی عراق اثر می‌گذارد.\n"
        "فرمانده عملیات مشترک عراق روز شنبه در بیانیه‌ای اعلام کرد: ۳۳ راکت مدل کاتیوشا به "
        "پایگاه التاجی در شمال بغداد اصابت کرد.\n"
    )
    doc = extract_text(text)
    assert _posts(doc) == {"تحسین الخفاجی": ["سخنگوی فرماندهی عملیات مشترک عراق"]}
    assert [q.speaker for q in doc.quotes if "راکت" in doc.span_text(q.span)] == [None]


def test_our_countrys_spokesman_is_not_an_american_officials_post():
    # roozno_577: Iran's spokesman, after the words of an American official
    text = (
        "به گزارش روز نو، رابرت دسترو معاون بخش دموکراسی و حقوق بشر وزارت امورخارجه آمریکا "
        "در جمع خبرنگاران مدعی پیشنهاد کشورش برای کمک به ایران شد.\n"
        "وی همچنین مدعی شد: من اطلاع دارم که دولت ما تلاش کرده اقدامی برای ایران انجام دهد.\n"
        "به گزارش ایسنا، سخنگوی وزارت امورخارجه کشورمان درباره تاثیر تحریم های خصمانه واشنگتن "
        "اظهار داشت: آمریکایی‌ها ادعا می‌کنند که راه را باز کرده‌اند و مانعی نیست.\n"
    )
    doc = extract_text(text)
    assert _posts(doc) == {"رابرت دسترو": ["معاون بخش دموکراسی و حقوق بشر وزارت امورخارجه آمریکا"]}
    assert [q.speaker for q in doc.quotes if "مانعی" in doc.span_text(q.span)] == [None]


def test_our_countrys_post_of_an_iranian_official_is_left():
    # the same post alone after the words of the one who holds it, named with it
    text = (
        "عباس موسوی سخنگوی وزارت امورخارجه کشورمان در نشست خبری گفت: ما اعلام کرده‌ایم "
        "تحریم‌های آمریکا بر سلامت مردم ایران اثر گذاشته است.\n"
        "سخنگوی وزارت امورخارجه کشورمان افزود: دارو و تجهیزات پزشکی نباید جزو تحریم‌ها باشد.\n"
    )
    doc = extract_text(text)
    assert _posts(doc) == {"عباس موسوی": ["سخنگوی وزارت امورخارجه کشورمان"]}
    assert {q.speaker for q in doc.quotes} == {"عباس موسوی"}


def test_a_post_under_another_is_told_by_its_words():
    assert under_post(
        ("سخنگوی", "فرماندهی", "عملیات", "مشترک", "عراق"), ("فرمانده", "عملیات", "مشترک", "عراق")
    )
    assert under_post(("معاون", "وزیر", "خارجه", "کویت"), ("وزیر", "خارجه", "کویت"))
    # another post joined by «و», a post of the same head, a body's member and its head
    assert not under_post(("سخنگو", "و", "دبیر", "شورای", "عالی"), ("دبیر", "شورای", "عالی"))
    assert not under_post(("نماینده", "مردم", "تهران", "در", "مجلس"), ("نماینده", "مجلس"))
    assert not under_post(("عضو", "هیات", "رییسه", "مجلس"), ("رییس", "مجلس"))
