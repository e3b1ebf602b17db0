"""Lists led by a plural noun past a given name alone (extract/led_lists.py), names in
quotes side by side before their posts (extract/quoted_siblings.py) and a number before the
tagger's person (extract/tagged_vetoes.counted). The sentences are from PEYMA's training
part; the shipped tagger was trained on it, so the rules are read alone."""

from __future__ import annotations

from conftest import persons

from khabar.extract import lexicons as lx
from khabar.text import repair

_SINGERS = (
    "تاریخ کوتاه 80 ساله این موسیقی را می‌شود به سه دوره تقسیم کرد : . دوره اول از سال‌های "
    "1320 تا 1350 شامل آهنگسازان و خوانندگانی چون روح‌الله خالقی ، مرتضی محجوبی ، مجید وفادار "
    "، حبیب‌الله بدیعی ، الهه ، پوران ، بنان ، گلپا ، ایرج و دیگران ."
)


def test_a_led_list_runs_on_past_a_given_name_alone() -> None:
    found = persons(_SINGERS, use_model=False)
    assert "بنان" in found and "گلپا" in found, found
    # a given name alone stays no person, by khabar's conventions
    assert not {"الهه", "پوران", "ایرج"} & found.keys(), found


def test_a_list_of_given_names_alone_leads_to_no_person() -> None:
    text = "در این مراسم هنرمندانی چون الهه ، پوران و ایرج حضور داشتند ."
    assert not persons(text, use_model=False)


_LEBANON = (
    "وی قرار است امروز و فردا سه‌شنبه با مقامات رسمی لبنان هم از‌جمله با « نبیه بری » رئیس "
    "مجلس ، « تمام سلام » نخست‌وزیر و « جبران باسیل » همتای لبنانی خود دیدار و به‌اتفاق "
    "باسیل در یک کنفرانس خبری شرکت کند ."
)


def test_a_name_of_ordinary_words_in_quotes_beside_two_quoted_persons() -> None:
    found = persons(_LEBANON, use_model=False)
    assert "تمام سلام" in found and "نبیه بری" in found, found


def test_a_name_of_one_word_in_quotes_beside_two_quoted_persons() -> None:
    text = (
        "وی با « ولید جنبلاط » رئیس حزب سوسیالیست ترقیخواه ، « سعدالحریری » رئیس حزب جریان "
        "المستقبل و « سامی الجمیل » رئیس حزب الکتائب دیدار می‌کند ."
    )
    assert "سعدالحریری" in persons(text, use_model=False)


def test_one_quoted_person_beside_it_makes_no_list() -> None:
    text = (
        "وزیر خارجه فرانسه با « تمام سلام » نخست‌وزیر و « جبران باسیل » همتای لبنانی خود دیدار کرد ."
    )
    assert "تمام سلام" not in persons(text, use_model=False)


def test_a_number_counts_the_noun_after_it() -> None:
    from khabar.extract.tagged_vetoes import counted

    text = (
        "هم اکنون بیش از هشت هزار و 680 مددجو بجنوردی ، یک هزار و 260 مددجوی اسفراینی ، "
        "پنج هزار و 250 مددجوی شیروانی از این خدمت بهره‌مند هستند ."
    )
    words = repair(text).token_columns.words
    keys = lx.keys_of(words)
    k = words.index("مددجوی")
    assert counted(words, keys, k)
    # a name after a score or in a list of sources is left to the tagger
    for text, first in (
        ("او 6 بر 2 احسان لشگری را شکست داد .", "احسان"),
        ("وی در دور بعد با نتیجه 4 بر 2 مغلوب نوراسلام سانایف شد .", "مغلوب"),
        ("فصلنامه حساب‌رس، شماره 16 سال 1381 -7 بلوریان تهرانی، محمد، رقیب و رقابت", "بلوریان"),
    ):
        words = repair(text).token_columns.words
        assert not counted(words, lx.keys_of(words), words.index(first)), text
