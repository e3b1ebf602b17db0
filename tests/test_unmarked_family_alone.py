"""Family names alone that the tagger leaves unmarked, on sentences of the shared news and
of ARMAN: a listed family name that is no common word, opening a sentence or a clause right
before a post, is a person (``tagged._opening_before_post``); a title of the dead before
another's title is not («شادروان استاد فروزانفر»)."""

from __future__ import annotations

from conftest import persons


def test_a_family_name_before_a_post_in_a_list_is_a_person() -> None:
    text = (
        "در تشییع پیکر پاک دو شهید گمنام آیت‌الله مومن عضو مجلس خبرگان رهبری، پیریایی"
        " استاندار قم، سردار مهدوی‌نژاد فرمانده سپاه علی بن ابیطالب(ع)، حجت‌الاسلام اکبری"
        " نماینده ولی فقیه در استان حضور داشتند."
    )
    assert "پیریایی" in persons(text)


def test_a_title_of_the_dead_before_another_title_is_no_person() -> None:
    # ARMAN's text, its tokens set apart by spaces
    text = (
        "محقق دیگری كه در عرصه مثنوی و مولوی‌شناسی و احیائ آثار مولوی و پدر او تلاش شایانی"
        " به خرج داده است ، شادروان استاد فروزانفر است ."
    )
    assert list(persons(text)) == ["فروزانفر"]
