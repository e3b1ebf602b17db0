"""The rule of the thirtieth persons-recall sample (``persons_recall_dev_30.jsonl``), on its
own sentences and on a shared article outside it: in a list of names in quotes, a part played
or a film directed («برای بازی در فیلم», «برای کارگردانی فیلم») after a name stands for the post
that marks a list of persons (``quoted_siblings``)."""

from __future__ import annotations

from conftest import persons


def test_names_in_quotes_before_the_part_they_played_are_persons() -> None:
    # fars-1_274, the sample's: Oscar nominees, each before the film they played in
    found = persons(
        "2- در بخش بهترين بازيگر مرد: «خاوير باردم» براي بازي در فيلم «درياي درون»، «دان "
        "چيدل» براي بازي در فيلم «هتل رواندا»، «جاني دپ» براي بازي در فيلم «در جستجوي ناكجا "
        "آباد»، «لئوناردو ديكاپريو»براي بازي در فيلم «هوانورد» و «جيمي فاكس» براي بازي در "
        "فيلم «ري»."
    )
    assert found["دان چیدل"] == ["دان چیدل"]
    assert "خاویر باردم" in found and "جیمی فاکس" in found
    # the directors' list, each before the film they directed
    found = persons(
        "6- و در بخش بهترين كارگردان: «كلينت ايستوود» براي كارگرداني فيلم «نوزاد يك ميليون "
        "دلاري»،«مارك فورستر» براي كارگرداني فيلم «در جستجوي ناكجا آباد»، «تيلور هاكفورد» "
        "براي كارگرداني فيلم «ري»، «الكساندرو پاييني» براي كارگرداني فيلم «راه يكطرفه» و "
        "«مارتين اسكورسيزي» براي كارگرداني فيلم «هوانورد»."
    )
    assert found["الکساندرو پایینی"] == ["الکساندرو پایینی"]


def test_a_film_s_title_is_no_nominee() -> None:
    # fars-1_274, the sample's: the films in quotes after the part are no persons
    found = persons(
        "5- در بخش بهترين بازيگر زن نقش مكمل، «كيت بلانچت» براي بازي در فيلم «هوانورد»، «لارا "
        "ليني» براي بازي در فيلم «كيسني»، «ناتالي پورتمن» براي بازي در فيلم «صميمي‌تر»."
    )
    assert found["کیت بلانچت"] == ["کیت بلانچت"]
    assert not any(name in found for name in ("هوانورد", "کیسنی", "صمیمی‌تر"))
