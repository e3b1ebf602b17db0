"""A public figure named by a title and family name alone (``titled_figures.tsv``: «آیت‌الله
هاشمی», «امام خمینی») is that figure, not the article's other person of the family name, while
a cleric named first without his title stays one person. The sentences are from the shared
news, outside the gold."""

from __future__ import annotations

from conftest import persons


def test_a_titled_family_name_is_the_figure_not_his_son() -> None:
    text = (
        "یاسر هاشمی با اشاره به ردصلاحیت آیت‌الله هاشمی در انتخابات سال ۹۲ گفت: این موضوع "
        "برای همه ما سنگین بود و فوری در ستاد، جلسه‌ای تشکیل شد.\n"
        "هاشمی با بیان اینکه متأسفانه جمهوریت نظام در خطر است، گفت: در سال‌های آخر عمر "
        "آیت‌الله هاشمی بیشترین موضوعی که برای ایشان مهم بود، دیدگاه مردم بود."
    )
    found = persons(text)
    assert found["یاسر هاشمی"] == ["یاسر هاشمی", "هاشمی"]
    assert found["اکبر هاشمی رفسنجانی"] == ["هاشمی", "هاشمی"]


def test_a_garbled_title_before_a_daughters_family_name() -> None:
    text = (
        "فائزه هاشمی د‌ختر آیت‌اغیره هاشمی و فعال اجتماعی و سیاسی اصلاح‌طلب گفت: قوانین "
        "حمایت از زنان باید تصویب شود."
    )
    assert "هاشمی" not in persons(text).get("فائزه هاشمی", [])


def test_a_cleric_named_without_his_title_then_with_it_stays_one() -> None:
    text = (
        "احمد جنتی دبیر شورای نگهبان در جلسه امروز گفت: نامزدها باید صلاحیت داشته باشند.\n"
        "آیت‌الله جنتی افزود: بررسی‌ها ادامه دارد."
    )
    assert persons(text)["احمد جنتی"][-1] == "جنتی"
