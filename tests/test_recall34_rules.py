"""The rules of the thirty-fourth persons-recall sample (``persons_recall_dev_34.jsonl``), on its
own sentences and on other shared articles: «کارن» (``first_names.tsv``) and «فرانکو»
(``foreign_given_names.txt``) are given names; a head of government's family name after
«ریاست جمهوری» is that person, as after «دولت» or «کابینه», and «احمدی‌نژاد» is one of them
(``word_figures.py``, ``word_figures.tsv``)."""

from __future__ import annotations

from conftest import persons


def test_karen_opens_a_name() -> None:
    # tabnak_111, the sample's, in Arabic letters: the composer, cut to «همايون فر» before
    found = persons("كارن همايون فر موسیقی متن این فیلم را ساخت و عباس گنجوي این اثر را تدوین کرد.")
    assert "کارن همایون فر" in found
    assert "همایون فر" not in found
    # tabnak_1613: Karen Gillan in a cast
    found = persons(
        "دواین جانسون، جک بلک، کوین هارت، کارن گیلان، نیک جوناس، آکوافینا، الکس وولف، مورگان "
        "ترنر، دنی دویتو، مدیسون آیسمن و دنی گلاور در این فیلم مقابل دوربین گیولدا پادوس بازی "
        "کردند."
    )
    assert "کارن گیلان" in found


def test_franco_opens_a_name() -> None:
    # fars-3_192, the sample's, in Arabic letters: Baldini in full after «با»
    found = persons(
        "براي رسيدن به اين هدف به دنبال امضاي قرار داد با فرانكو بالديني هستيم. او اكنون "
        "دستيار فابيو كاپلو در تيم ملي انگليس است."
    )
    assert "فرانکو بالدینی" in found and "فابیو کاپلو" in found
    # tabnak_1408: the producer, found before as after
    found = persons(
        "فیلم سینمایی «آدم‌های ناشناس» به کارگردانی ماریو مونیچلی، تهیه‌کنندگی فرانکو "
        "کریستالدی محصول سال 1985 است."
    )
    assert "فرانکو کریستالدی" in found
    # tabnak_72: the general by family name alone, before «نیز», is no given name's person
    found = persons(
        "چهار عضو گروه جدایی طلب «اتا / ETA» در باسک قصد دارند لوئیس کاررو بلانکو نخست‌وزیر "
        "اسپانیا ملقب به اگرو که جانشین ژنرال فرانکو نیز محسوب می‌شود را ترور کنند."
    )
    assert not any(name.startswith("فرانکو ") for name in found)


def test_a_head_of_government_after_the_presidency() -> None:
    # fars-3_132, the sample's: «احمدی نژاد» written apart, after «ریاست جمهوری»
    found = persons(
        "محمد نوحی رئیس سابق و محسن احمدی دبیر سابق فدراسیون ورزش های رزمی در دوران ریاست "
        "جمهوری احمدی نژاد مسئولیت هدایت فدراسیون را برعهده داشتند."
    )
    assert found["احمدی\u200cنژاد"] == ["احمدی\u200cنژاد"]
    assert "محسن احمدی" in found
    # fars-1_114
    found = persons(
        "در طی سه سال ریاست جمهوری احمدی‌نژاد نزدیک به 200 میلیارد دلار درآمد نفتی داشته‌ایم "
        "ولی آموزش و پرورش هم‌چنان درگیر پرداخت معوقه‌ها است."
    )
    assert "احمدی\u200cنژاد" in found
    # roozno_167: a word figure after the presidency and «آقای», found before as after
    found = persons(
        "پیشنهادی غیر منطقی نبوده است ولی طرح آن پس از گذشتن حدود ۶ سال از ریاست جمهوری آقای "
        "روحانی و کمتر از ۳۲ هفته به برگزاری انتخابات، بیشتر جنبه تبلیغاتی دارد تا اجرایی!"
    )
    assert "روحانی" in found


def test_ahmadinejad_after_dolat() -> None:
    # roozno_1083
    found = persons(
        "نمایندگانی که عمدتا جزء وزیران و مدیران دولت احمدی‌نژاد بودند و بخشی از چهره‌های "
        "نزدیک به جبهه پایداری هم در بین آنها دیده می‌شد."
    )
    assert "احمدی\u200cنژاد" in found
