"""The names of a film's credits («به کارگردانی ...», «مقابل دوربین ... بازی کردند», «...
این اثر را تدوین کرد»), the misses of the ninth persons-recall sample, and one person found
under two names, one holding the other («حسن نصرالله» of «سید. حسن نصرالله»), and a name
written again run together («محمدبن‌سلمان»)."""

from __future__ import annotations

from pathlib import Path

from conftest import persons

FIXTURES = Path(__file__).parent / "fixtures"


def test_the_names_after_a_credit_are_persons() -> None:
    text = (FIXTURES / "recall_dev_9/tabnak_1065.txt").read_text(encoding="utf-8")
    found = persons(text)
    # «گرگ» and «جان» are words; «آلبرتالی», «گالسرین», «جیرجان» no list holds
    for name in ("گرگ برلانتی", "بکی آلبرتالی", "جان گالسرین", "هری جیرجان"):
        assert found.get(name) == [name], found
    assert "سایمون" not in found and "سایمن" not in found  # the film's character


def test_a_list_before_a_work_s_credit_is_of_persons() -> None:
    text = (FIXTURES / "recall_dev_9/tabnak_964.txt").read_text(encoding="utf-8")
    found = persons(text)
    # «سین» is a town's name too; the list opens its sentence before «موسیقی این اثر را»
    for name in ("سین آلبرتسون", "مت چسه", "جان گیلروی", "آرون مارشال", "ماسانوبو تاکایاناگی"):
        assert found.get(name) == [name], found
    assert "تامی" not in found and "برندون" not in found


def test_a_cast_s_item_of_a_dynasty_s_name() -> None:
    text = (FIXTURES / "recall_dev_9/tabnak_1142.txt").read_text(encoding="utf-8")
    found = persons(text)
    assert found.get("عباس قاجار") == ["عباس قاجار"], found
    assert "امیر" not in found and "هما" not in found


def test_no_credit_without_a_name_after_it() -> None:
    found = persons("وزیر امور خارجه مقابل دوربین خبرنگاران ایستاد و به پرسش‌ها پاسخ داد.")
    assert not found


def test_a_name_another_holds_is_that_person() -> None:
    # tabnak, 2020-05-26: the text cut «سید.» off one mention; the family name alone then
    # had two holders and named neither
    text = (
        "سید حسن نصرالله در ابتدا سخنرانی خود عید مقاومت را به مردم لبنان تبریک و از رسانه‌های"
        " مقاومت تقدیر و تشکر کرد.\nسید.\nحسن نصرالله به طرح اشغالی رژیم صهیونیستی علیه کرانه"
        " باختری اشاره و اردنی‌ها را خطاب قرار داد.\nنصرالله با بیان اینکه حضور یونیفل در مرز"
        " لبنان برای فشار بر مقاومت است، تأکید کرد که لبنان تن به نقض حاکمیت خود نمی‌دهد.\n"
    )
    found = persons(text)
    assert list(found) == ["سید حسن نصرالله"], found
    assert found["سید حسن نصرالله"] == ["سید حسن نصرالله", "حسن نصرالله", "نصرالله"]


def test_a_name_written_again_run_together() -> None:
    text = (FIXTURES / "recall_dev_9/roozno_510.txt").read_text(encoding="utf-8")
    found = persons(text)
    # the title's, in guillemets, besides four in full and «بن سلمان» alone
    assert "محمدبن‌سلمان" in found["محمد بن سلمان"], found
    assert len(found["محمد بن سلمان"]) == 6
