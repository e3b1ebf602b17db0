"""The last word of a family name of two words, alone, opening a clause: the one person
whose family name ends in it (extract/surname_tails.py). The sentences are from PEYMA's
training part, read by the rules alone (the shipped tagger was trained on it)."""

from __future__ import annotations

from conftest import persons

_FORECASTER = (
    "به گزارش تسینم ، امین حسین نقشینه کارشناس سازمان هواشناسی کشور اظهار داشت : سامانه "
    "بارشی شمالی که از روز گذشته در حال گذر از کشور ما می‌باشد موجب بروز بارش‌های باران و "
    "تند باد شده است . نقشینه با اخطار وضعیت جوی امروز استان‌های تهران ، البرز ، قزوین ، "
    "گیلان ، مازندران ، گلستان ، خراسان شمالی و شمال سمنان ، گفت : در این استان‌ها شرایط "
    "برای وقوع سیلاب‌های ناگهانی وجود دارد ."
)


def test_a_rare_last_word_opening_a_sentence() -> None:
    # «امین حسین» reads as two given names, «حسین نقشینه» as his family name
    found = persons(_FORECASTER, use_model=False)
    assert found.get("امین حسین نقشینه") == ["امین حسین نقشینه", "نقشینه"], found


def test_a_headline_before_the_full_name() -> None:
    text = (
        "اژه‌ای : جلوی کنسرت‌های خلاف قانون و عفت عمومی گرفته می‌شود . به گزارش « انتخاب » "
        "به نقل از خبرگزاری‌ها ، حجت‌الاسلام و المسلمین غلامحسین محسنی اژه‌ای روز یکشنبه در "
        "نود و هفتمین نشست خبری خود گفت : کنسرت‌هایی که در استان‌های مختلف برگزار شده اگر "
        "دادستان تشخیص دهد خلاف است جلوی آن گرفته می‌شود ."
    )
    found = persons(text, use_model=False)
    assert "اژه‌ای" in found.get("غلامحسین محسنی اژه‌ای", []), found
