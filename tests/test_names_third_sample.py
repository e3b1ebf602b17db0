"""The names the third persons-recall sample found missed, and what finds them now: a name in
quotes after «به گفته», before «از مقامات ...» or of a given name and rare words; an item of a
list of names whose family name is an ordinary word (extract/name_lists.py); a family name run
together or written apart, a foreigner's given name alone (extract/name_variants.py); the
states of the United States are places (data/world_places_news.tsv). The sentences are from
the shared news, outside the gold."""

from __future__ import annotations

import pytest
from conftest import persons


@pytest.mark.parametrize("use_model", [True, False])
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'به گفته "عمرو موسی"، ریاض با عوض کردن تصمیم اولیه خود از سران عربی خواسته است.',
            "عمرو موسی",
        ),
        (
            "«نادر پسنده» روز جمعه درباره جزییات این حادثه به ایرنا گفت: تعداد خدمه هفت نفر است.",
            "نادر پسنده",
        ),
        (
            "»«پنی ابیواردنا» از مقامات شهر نیویورک گفت که هنوز هیچ اقدامی در نظر گرفته نشده است.",
            "پنی ابیواردنا",
        ),
    ],
)
def test_a_name_the_quotes_bound(text: str, name: str, use_model: bool) -> None:
    assert name in persons(text, use_model)


def test_a_place_named_after_someone_in_quotes_is_no_person() -> None:
    text = 'او مدرک کارشناسی ارشد را از دانشگاه "جورج تاون" دریافت کرد.'
    assert not persons(text)


def test_an_item_of_a_list_of_names() -> None:
    text = (
        "بردیا خیاطیان، امید داوری، میلاد گودرزی، سید امین اسلام‌زاده، محمدرضا طلاکش بازیکنان "
        "این تیم را تشکیل می‌دهند."
    )
    assert "امید داوری" in persons(text)
    assert "امید داوری" in persons(text, use_model=False)
    # a given name that is a word, between words of no list: no list of names
    assert not persons("مردم، امید زیادی، به آینده دارند.")


def test_a_family_name_run_together_or_apart() -> None:
    text = (
        "فیروزجا و خادم‌الشریعه به تیم ملی شطرنج برنمی‌گردند\nفدراسیون شطرنج ایران با سارا "
        "خادم الشریعه و علیرضا فیروزجا درباره بازگشت آنها به تیم ملی به نقطه مشترکی نرسیده است."
    )
    assert persons(text)["سارا خادم الشریعه"] == ["سارا خادم الشریعه", "خادم\u200cالشریعه"]


def test_a_foreign_given_name_alone_opening_a_sentence() -> None:
    text = (
        "وینگو بگوویچ روز یکشنبه در گفت و گو با خبرگزاری فارس اظهار داشت: ناراحت هستم.\n"
        "وینگو با اشاره به وضعیت آماده‌سازی تیم امید استرالیا، عنوان کرد: تیم رقیب آماده است."
    )
    assert persons(text)["وینگو بگوویچ"] == ["وینگو بگوویچ", "وینگو"]
    # a Persian given name alone is many people's
    text = "علی محمدی‌مقدم امروز در شهرکرد اظهار کرد: زمین‌خواری زیاد است.\nعلی گفت: نه."
    assert persons(text)["علی محمدی\u200cمقدم"] == ["علی محمدی\u200cمقدم"]


def test_a_state_of_the_united_states_is_no_person() -> None:
    text = (
        "آندرو یانگ پس از پایان انتخابات مقدماتی در ایات نیوهمپشایر از ادامه رقابت "
        "انتخاباتی انصراف داد."
    )
    assert "آندرو یانگ" in persons(text)
    assert not any("نیوهمپشایر" in name for name in persons(text))
