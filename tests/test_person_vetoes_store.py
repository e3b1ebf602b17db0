"""What is no person's name, by the classes of the false persons read in the store sample
(``tests/fixtures/persons_judged_store.jsonl``), on sentences of the shared news, and the
names that must stand in their place."""

from __future__ import annotations

import pytest
from conftest import names

_WHO = (
    "شاید باورتان نشود اما وقتی متوجه شدند استاد راهنمای دکترای علی کیست و علی چه کارهایی"
    " کرده است، از علی خواستند برای آن استادان تدریس کند."
)
_ONCE = (
    "مجلس نمی‌تواند قانون اساسی را تغییر بدهد آقا یکبار در این مورد صحبت کرده‌اند اما نظر"
    " قطعی اعلام نکرده‌اند و همه چیز بستگی به‌نظر ایشان دارد."
)
_YOURS = "به او گفتم علی خیالت راحت باشد، من حلالت کردم (می‌خندد)."
_MADURO = (
    "مردم ونزوئلا چندین سال است خواستار آن هستند، یعنی پایانی بر دیکتاتوری نیکولاس مادورو،"
    " رئیس جمهوری این کشور و احیای دموکراسی."
)
_RANK = (
    "سردار شجاع اسلام سپهبد سلیمانی، مجاهدی واقعی و مبارزی نستوه بود که با تدبیر و رزم"
    " باشکوهش، جهان از فتنه گروه‌های آدم‌خواری چون داعش، آسوده و ایمن گردید."
)
_CLERIC = (
    "به گزارش روز نو: حجت‌الاسلام و المسلمین‌حسن روحانی امروز سه‌شنبه در مراسم بهره‌برداری"
    " از قطعات ۲ و ۳ آزاد راه همت کرج گفت: در آغاز این دولت قطعه اول را افتتاح کردیم."
)


@pytest.mark.parametrize(
    "text, absent",
    [
        (_WHO, "علی کیست"),  # «کیست» (who is) asks of the name, no word of it
        (_ONCE, "یکبار"),  # once: an adverb
        (_YOURS, "علی خیالت"),  # your mind: a frequent word with the second person's «ت»
        (_MADURO, "دیکتاتوری نیکولاس مادورو"),  # a dictatorship opens no name
        (_RANK, "شجاع اسلام سپهبد سلیمانی"),  # praise before the rank
        (_CLERIC, "المسلمین\u200cحسن روحانی"),  # the title's last word, by a ZWNJ
    ],
)
def test_no_person(text: str, absent: str) -> None:
    assert absent not in names(text)


@pytest.mark.parametrize(
    "text, name",
    [
        (_MADURO, "نیکولاس مادورو"),
        (_RANK, "سلیمانی"),
        (_CLERIC, "حسن روحانی"),
        # a name in «ت» stands: «عصمت», «حکمت» are names of their own
        ("عصمت حکمت گفت: کار تمام شد.", "عصمت حکمت"),
    ],
)
def test_names_that_stand(text: str, name: str) -> None:
    assert name in names(text)
