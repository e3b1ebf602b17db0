"""What is no person's name, by the classes of the false persons read in the sixteenth store
sample (``tests/fixtures/persons_judged_store_16.jsonl``) and those the fifteen before it still
held, on sentences of the shared news, and the names that must stand."""

from __future__ import annotations

import pytest
from conftest import names

from khabar.extract import extract_text

_CART = (
    "ما باید از اصلاح‌طلبان و اصولگرایان کارکرد بخواهیم. هیچ‌کس نمی‌تواند بر درشکه "
    "اصولگرایان یا گاری اصلاح‌طلبان سوار باشد."
)
_WISE = (
    "انقلاب اسلامی با اتکال به خداوند متعال و راهبری حکیمانه، ولی فقیه زمان و تکیه بر "
    "ظرفیت‌ها و توانمندی‌های ملی توانسته است بر عمق نفوذ راهبردی خود بیفزاید."
)
_ESPECIALLY = (
    "سعید قاضی مغربی رئیس دانشگاه آزاد اسلامی واحد یادگار امام خمینی(ره) شهرری اظهار کرد: "
    "با تلاش تمام همکاران، علی الخصوص همکاران حوزه معاونت آموزشی، این واحد دانشگاهی خود را "
    "با شرایط پیچیده و نامعلوم موجود منطبق کرده است."
)
_VILLAGES = (
    "بالگردهای ارتش آمریکا در روستاهای «الحویش الشمالی، تل الشایر الخاتونیه، أم غدیر، "
    "الجویسمیه و الجعیلیه» اقدام به پرتاب بالون‌های آتش‌زا کردند."
)
_SONS_OF = (
    "وزیر دارایی عراق از سوی «محمد عبدالله الجدعان» وزیر دارایی، «ماجد بن عبدالله‌بن عثمان "
    "القصبی» وزیر تجارت و «عبدالرحمان الحربی» رئیس هیات عمومی تجارت خارجی عربستان مورد "
    "استقبال واقع شد."
)
_GIFT = (
    "صدام رسما اعلام کرد که ظرف هفت روز به تهران می‌رسد. فهد از او استقبال کرد و کلاش طلا به "
    "صدام هدیه کرد. صدام آنجا گفت ما در کربلای 4 ایرانی‌ها را شکست دادیم."
)
_SO_MUCH = (
    "وی تاکید کرد: حاج قاسم آنقدر قدرت ساخت که اگر صهیونیست‌ها بیخ مرزشان کمی گوش شنوا داشته "
    "باشند، صدای آن را می‌شنوند."
)


def test_a_plural_of_a_compound_noun_of_people_ends_no_name() -> None:
    assert names(_CART) == []


def test_an_adverb_of_manner_ends_no_name() -> None:
    assert names(_WISE) == []


@pytest.mark.parametrize(
    "text",
    [
        "رضا زنگانه مدیر کل دفتر گفت: این طرح اجرا می‌شود.",  # a family name in «انه»
        "مسعود امامی‌یگانه در این نشست گفت: این طرح اجرا می‌شود.",
        "فرزانه صادقی مدیر این مدرسه گفت: این طرح اجرا می‌شود.",
    ],
)
def test_names_in_anah_stand(text: str) -> None:
    assert len(names(text)) == 1


def test_an_arabic_adverb_of_ali_names_no_one() -> None:
    assert names(_ESPECIALLY) == ["سعید قاضی مغربی"]


def test_the_northern_ends_a_village_not_a_name() -> None:
    assert names(_VILLAGES) == []


def test_a_name_after_two_sons_of_opens_at_the_first_given_name() -> None:
    assert "ماجد بن عبدالله‌بن عثمان القصبی" in names(_SONS_OF)
    assert "عثمان القصبی" not in names(_SONS_OF)


def test_a_name_after_one_son_of_stands() -> None:
    assert names("مساعد بن محمد العیبان وزیر مشاور عربستان گفت.") == ["مساعد بن محمد العیبان"]


def test_a_given_name_that_is_a_noun_before_a_light_verb_is_the_verbs() -> None:
    assert names(_GIFT) == ["صدام"]


def test_an_adverb_of_degree_follows_a_name_and_is_none_of_it() -> None:
    assert names(_SO_MUCH) == ["قاسم"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("بشار اسد رئیس‌جمهور سوریه در دمشق بود.", "بشار اسد"),  # after a given name
        ("رئیس مجلس هفتم غلامعلی حداد عادل بود.", "غلامعلی حداد عادل"),  # a listed name
    ],
)
def test_a_family_name_that_is_a_noun_before_a_verb_stands(text: str, kept: str) -> None:
    assert kept in names(text)


def test_the_villages_stay_places() -> None:
    assert "تل الشایر الخاتونیه" in {p.name for p in extract_text(_VILLAGES).places}


def test_a_listed_family_name_before_a_light_verb_stands() -> None:
    text = (
        "اگر مجلس یازدهم مثل مجلس پنجم که رییس صبوری مانند ناطق نوری داشت ممکن بود امیدی "
        "باشد که اصولگرایان کوتاه بیایند."
    )
    assert "ناطق نوری" in names(text)
