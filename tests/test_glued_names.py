"""A name glued to the word before it where the text lost a space or a line break
(extract/glued_names.py). The sentences are from the shared news, outside the gold."""

from __future__ import annotations

import pytest
from conftest import persons

from khabar.extract.glued_names import given_name_cut


@pytest.mark.parametrize("use_model", [True, False])
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # a subheading's last word run into the lead's name (roozno_data_62)
            ">صحت داردعلی صوفی عضو شورای عالی سیاستگذاری اصلاح‌طلبان با تایید عدم ارائه لیست"
            " اصلاح‌طلبان در فارس سخن گفت.",
            "علی صوفی",
        ),
        (  # a given name of two words (roozno_data_403)
            "امکانات ویژه‌ای را برای آموزش مجازی فراهم کردیممحمد جواد آذری جهرمی (وزیر ارتباطات"
            " و فن آوری اطلاعات) در صفحه شخصی توییتر خود اعلام کرد.",
            "محمد جواد آذری جهرمی",
        ),
        (  # a verb with its «می‌» run into the name (roozno_data_1006)
            "وقتی بی‌تدبیری مسئولان، مردم را به خیابان‌ها می‌کشانندمحمد جواد آذری جهرمی اما به"
            " هر حال پس از دیدن صفوف ازدحام مردم در حساب توییتری‌اش واکنش نشان داد.",
            "محمد جواد آذری جهرمی",
        ),
        (  # (roozno_data_1094)
            "پلیس باید از نیروی آموزش دیده کمک می‌گرفتشیما قوشه وکیل دادگستری درباره قوانینی که"
            " برای حمایت از کودکان وجود دارد توضیح داد.",
            "شیما قوشه",
        ),
        (  # glued on both sides: «با» before, a post after (tabnak_data_931)
            "بازار طلا و سکه تهران گفتگویی بامحمد کشتی آرایعضو هیأت مدیره طلا و جواهر تهران"
            " داشتیم.",
            "محمد کشتی آرای",
        ),
        (  # and «با» after (roozno_data_657)
            "تهدید‌های اجتماعی کرونا ویروسناصر فکوهیبا توجه به شیوع کرونا در ایران این بیماری"
            " چه تبعات اجتماعی و فرهنگی به دنبال دارد.",
            "ناصر فکوهی",
        ),
    ],
)
def test_a_name_glued_to_the_word_before(text: str, name: str, use_model: bool) -> None:
    found = persons(text, use_model)
    assert found.get(name) == [name], found


def test_a_given_name_inside_a_word_of_its_own_is_no_name() -> None:
    # words and names that hold a given name are never cut: «بهنام», «بامداد», «فعلی»
    assert [given_name_cut(w) for w in ("بهنام", "بامداد", "فعلی", "حاجعلی")] == [("", 0)] * 4
    assert given_name_cut("ملاعبدالغنی") == ("ملا", 3)  # a title
    assert given_name_cut("نکنیدحسینعلی") == ("نکنید", 5)


def test_a_word_of_the_text_after_a_glued_given_name_is_no_family_name() -> None:
    # «یکپارچه» run into «ایاز», then a plural: no «ایاز داده‌های مالی» (tabnak_data_11)
    text = (
        "پلتفرمیزه کردن اطلاعات مالی از منظر اینکه می‌تواند تحت مقررات مشخص نظام یکپارچهایاز"
        " داده‌های مالی را ایجاد کند نقش مؤثری دارد."
    )
    assert not [n for n in persons(text) if "ایاز" in n]
