"""The rules of the twenty-third persons-recall sample (``persons_recall_dev_23.jsonl``), on
its own sentences and on shared articles outside it: a world figure named by family name alone
(``foreign_figures.tsv``: «گانتز»), and the items of a list of persons each followed by a
bracketed aside, a player's instrument or a film's title (``extract/list_items.py``)."""

from __future__ import annotations

from conftest import persons


def test_gantz_alone_is_a_person() -> None:
    # tabnak_1021, the sample's
    text = (
        "محمود عباس، رئیس تشکیلات فلسطینی، از جمله کسانی است که با این طرح مخالفت کرده است.\n"
        "گانتز، رقیب نتانیاهو می‌گوید که اگر او پس از انتخابات دوشنبه موفق به تشکیل کابینه "
        "شود، برای اجرای طرح ترامپ در همکاری با دیگر کشورهای منطقه تلاش خواهد کرد."
    )
    assert persons(text)["گانتز"] == ["گانتز"]
    # tabnak_1106
    text = "توافق گانتز و لیبرمن برای تشکیل کابینه دولت اسرائیل، شرط طالبان برای آتش‌بس"
    assert persons(text)["گانتز"] == ["گانتز"]


def test_list_items_before_a_bracketed_aside() -> None:
    # sobhane2_92, the sample's
    text = (
        "سئودا مارالباشی (پیانو)، لیلا برزگر (ناغارا)، سمیرا مرکب سازی(قارمان)، سیما گنجه‌ای "
        "(سازهای کوبه ای)، ایپک تبریزی (تار)، چیچک تبریزی (کمانچه) پانیذ ستاری(قانون) و "
        "آیلین میرزازاده (پرکاشن و بک وکال) در این کنسرت به اجرا می‌پردازند."
    )
    found = persons(text)
    for name in ("سئودا مارالباشی", "سمیرا مرکب\u200cسازی", "سیما گنجه‌ای", "لیلا برزگر"):
        assert found[name] == [name]
    # roozno_89 (the Oscars' nominees, each before the film in brackets)
    text = (
        "بهترین کارگردانی\nنامزدها: مارتین اسکورسیزی (مرد ایرلندی)، تاد فیلیپس (جوکر)، سم مندس "
        "(۱۹۱۷)، کوئنتین تارانتینو (روزی روزگاری در هالیوود)، بونگ جون هو (انگل)"
    )
    assert persons(text)["سم مندس"] == ["سم مندس"]
