"""Iran's counties (data/counties.tsv): each is a place, alone where its name is no word
and after «شهرستان» where it is one; sentences of the shared news."""

from __future__ import annotations

import pytest

from khabar.extract import extract_text
from khabar.extract import lexicons as lx
from khabar.lexicon import county_names


def place_names(text: str, use_model: bool) -> dict[str, str]:
    return {p.name: p.kind for p in extract_text(text, use_model=use_model).places}


def test_every_county_is_a_place_after_shahrestan():
    names = county_names()
    assert len(names) == 448
    for _, _, spellings in names:
        for spelling in spellings:
            keys = list(lx.phrase_keys(spelling))
            assert lx.places().match(["شهرستان", *keys], 0), spelling


@pytest.mark.parametrize("use_model", [True, False])
@pytest.mark.parametrize(
    "text, name",
    [
        (
            "خبرگزاری فارس: رئیس اورژانس و فوریت‌های پزشکی دشتستان از کشته شدن دو راکب"
            " موتورسیکلت در حادثه رانندگی در دشتستان خبر داد.",
            "دشتستان",
        ),
        (
            "فرماندار قاینات از عدم حضور مدیرعامل شرکت آب و فاضلاب خراسان‌جنوبی در جلسات"
            " شورای حفاظت منابع آب این شهرستان گلایه کرد.",
            "قاینات",
        ),
        (
            "در کل شهر تهران و شمیرانات نیز ۱ میلیون و ۸۴۱ هزار نفر مشارکت کردند.",
            "شمیرانات",
        ),
        ("مدیر منابع آب شهرستان فارسان و کوهرنگ افزود: چهار دشت ممنوعه است.", "کوهرنگ"),
    ],
)
def test_a_county_named_after_no_city_is_a_place(text, name, use_model):
    assert place_names(text, use_model).get(name) == "county"


@pytest.mark.parametrize(
    "text, word",
    [
        ("خبرگزاری فارس: نخستین جلسه از سلسله نشست‌های رفتارهای سازمانی برگزار شد.", "سلسله"),
        ("و دیر یا زود ملت‌های دربند شاهد آن خواهند بود.", "دیر"),
        ("حسینی افزود: دشمنان به خاتم پیامبران و قرآن مجید توهین می‌کنند.", "خاتم"),
        ("این بار هومن زنگ خانه مادر شهید رستم نیا را می‌زند.", "رستم"),
    ],
)
def test_a_county_that_is_also_a_word_counts_only_in_place_context(text, word):
    for use_model in (True, False):
        assert word not in place_names(text, use_model)
    assert place_names(f"شهرستان {word} در استان است.", False).get(word) == "county"
