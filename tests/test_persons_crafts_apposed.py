"""Persons of PEYMA's training part (a dev fold no rule was written on): a set's decorator and
a script's rewriting after a name are none of it, an archbishop's title is none of his name,
and a given name and an ordinary word set off by a comma before a craft are a full name."""

from __future__ import annotations

import pytest
from conftest import persons


@pytest.mark.parametrize(
    ("text", "name", "craft"),
    [
        # a television series' credits
        (
            "سینا وزیری و محمد نداف سرپرست نویسندگان هستند و مسعود عسگری بازنویسی نهایی آن را"
            " انجام داده است .",
            "مسعود عسگری",
            "بازنویسی",
        ),
    ],
)
def test_a_craft_or_title_beside_a_name_is_none_of_it(text, name, craft):
    found = set(persons(text))
    assert name in found
    assert not any(craft in n for n in found)


def test_a_decorator_follows_a_name_and_an_archbishop_is_a_post():
    # «امیر بنایی دکوراتور ، طراح صحنه و لباس» of the same credits; «به برنامه‌های سراسقف
    # وینچنزو پالیا رییس شورای پاپی ...», the Vatican's archbishop
    from khabar.extract import lexicons as lx
    from khabar.extract.no_name_words import follows_name

    assert follows_name(lx.key("دکوراتور"))
    assert lx.post_heads().match([lx.key("سراسقف")], 0)


def test_a_given_name_and_a_word_before_a_craft_are_a_full_name():
    # an actor whose family name is a word («فرهنگ», culture), named five times in one report
    text = (
        "رادیو و تلویزیون - همشهری آنلاین : داریوش فرهنگ ، بازیگر سینما و تلویزیون به سریال"
        " « نفس » به کارگردانی جلیل سامان پیوست ."
    )
    for use_model in (True, False):
        assert "داریوش فرهنگ" in persons(text, use_model=use_model)


def test_a_village_before_one_of_is_no_one():
    # the shared news (fars-news-4): «یکی» follows places as often as persons
    text = (
        "بازدیدهای دوره‌ای از روستاهای محروم حاشیه مشهد از ایتدای سال آغاز کرده است و تیمور"
        " آباد، یکی از آنها بود."
    )
    assert "تیمور آباد" not in persons(text, use_model=False)
