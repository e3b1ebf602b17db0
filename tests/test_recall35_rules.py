"""The rules of the thirty-fifth persons-recall sample (``persons_recall_dev_35.jsonl``), on its
own sentences and on other shared articles: «مغلوب» (beaten) opens no name the tagger ran it
into (``tagged_spans.edges``); a bout's opponent stands before «دارنده مدال» as before «از» and
a country, after «مغلوب», «مصاف با» or the round («نهایی», «پایانی») as after «مقابل»
(``opponents.py``)."""

from __future__ import annotations

from conftest import persons


def test_beaten_opens_no_name() -> None:
    # fars-5_254, the sample's: «مغلوب نوراسلام سانایف» as drawn
    found = persons(
        "در وزن 57 کیلوگرم علیرضا سرلک در دور اول با نتیجه 10 بر صفر چیا وی چویو از چین تایپه "
        "را مغلوب کرد وی در دور بعد با نتیجه 4 بر 2 مغلوب نوراسلام سانایف دارنده مدال نقره و "
        "برنز جهان از قزاقستان شد."
    )
    assert "نوراسلام سانایف" in found
    assert not any(name.startswith("مغلوب") for name in found)


def test_an_opponent_before_a_medal() -> None:
    # fars-5_254, the sample's: India's Bajrang by one name, and the final's opponent
    found = persons(
        "در وزن 65 کیلوگرم امیرحسین مقصودی در دور اول مقابل نورگازی عبدالرزاکوف از قرقیزستان "
        "با نتیجه 10 بر صفر پیروز شد وی در دور بعد مقابل یایو چانگ از چین تایپه نیز با نتیجه "
        "10 بر صفر پیروز و راهی مرحله نیمه نهایی شد. مقصودی در این مرحله مقابل باجرانگ دارنده "
        "مدال نقره و برنز جهان از هند با نتیجه 10 بر صفر مغلوب شد و به دیدار رده بندی رفت. "
        "حریف وی در دیدار پایانی ساتیوارت کادیان دارنده مدال برنز آسیا از کشور هند است."
    )
    assert "باجرانگ" in found
    assert "ساتیوارت کادیان" in found
    assert "امیرحسین مقصودی" in found


def test_beaten_after_a_name_and_a_frame_with_no_country() -> None:
    # fars-1_207 (wrestling's league): «مغلوب» after the loser and his opponent; an opponent
    # after «از سد» before no country or medal is left to the other rules
    found = persons(
        "در 60 کیلو عباس پندسازی مقابل بیگلر بیگی مغلوب شد. در وزن 66 کیلوگرم رضا رجب‌زاده "
        "نتوانست از سد محمدی بگذرد."
    )
    assert "عباس پندسازی" in found and "رضا رجب\u200cزاده" in found
    assert not any("مغلوب" in name or "بگذرد" in name for name in found)
