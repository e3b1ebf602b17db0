"""The misses of the twelfth persons-recall sample (``persons_recall_dev_12.jsonl``) and their
like in the shared news: a credited name in guillemets («به کارگردانی «بالتازار کورما»»), an
Arabic given name no list held («جاسم کرار»), the family name alone of a person named with
another language's given name, wherever it stands («خروج کرار», «مک گاورن»), a family name
alone in apposition to a post («آوایی، وزیر دادگستری»), and a list's name of a given name and
an ordinary word («فاطمه رهبر»)."""

from __future__ import annotations

from pathlib import Path

from conftest import persons

FIXTURES = Path(__file__).parent / "fixtures"


def test_a_credited_name_in_guillemets() -> None:
    text = (FIXTURES / "recall_dev_12/fars-2_0.txt").read_text(encoding="utf-8")
    found = persons(text)
    assert list(found) == ["بالتازار کورما"], found
    # «كورما» alone, in guillemets after «اثر سينمايي», is his too
    assert found["بالتازار کورما"] == ["بالتازار کورما", "کورما"]


def test_a_work_s_title_after_a_credited_name_is_none() -> None:
    # Fars News, «"ارتفاع پست" به دانمارک رسید»: the second film's title, in guillemets,
    # follows the first one's director after «و»
    found = persons(
        "فیلم‌های «ارتفاع پست» ساخته ابراهیم حاتمی‌کیا، «مهمان مامان» ساخته داریوش مهرجویی،"
        " «زن زیادی» به کارگردانی تهمینه میلانی و «بوی کافور عطر یاس» ساخته بهمن فرمان‌آرا در"
        " جشنواره فیلم‌های ایرانی کپنهاگ به نمایش درمی‌آیند."
    )
    assert "تهمینه میلانی" in found, found
    assert not any("کافور" in name for name in found), found


def test_an_arabic_given_name_and_the_family_name_alone() -> None:
    text = (FIXTURES / "recall_dev_12/fars-1_65.txt").read_text(encoding="utf-8")
    found = persons(text)
    # «کرار» in the title, after «خروج» and «به», and opening a line of notes
    assert sorted(found.get("جاسم کرار", [])) == ["جاسم کرار", *["کرار"] * 4], found
    # «یزدی», the coach never named in full, is an adjective too: left
    assert "یزدی" not in found


def test_a_name_of_three_words_keeps_the_word_before_the_given_name() -> None:
    # tabnak, 2020-03-22: the governor of Karbala, «جاسم» his father's name
    found = persons(
        'استانداری کربلا به تامین امنیت آن اهتمام می‌ورزد"، نصیف جاسم الخطابی، رئیس ستاد'
        " مرکزی بحران و استاندار کربلا گفت که مقررات منع رفت و آمد تمدید شد."
    )
    assert "نصیف جاسم الخطابی" in found, found
    assert "جاسم الخطابی" not in found


def test_a_foreign_family_name_of_two_words_alone() -> None:
    # roozno, 2020-02: «مک گاورن» alone is «جرج مک گاورن», not «گاورن»
    text = (
        "در سال ۱۹۷۲ دموکرات‌ها جرج مک گاورن را نامزد کردند.\nمک گاورن در آن انتخابات تنها"
        " در یک ایالت پیروز شد."
    )
    found = persons(text)
    assert found.get("جرج مک گاورن") == ["جرج مک گاورن", "مک گاورن"], found


def test_a_family_name_alone_in_apposition_to_a_post() -> None:
    # roozno, 2020: a family name no frequent word, alone before «،» and a post, opening its
    # clause, as one before a post with no comma
    found = persons(
        "دستگاه قضا به تنهایی نمی تواند با مجرمان برخورد کند.\nآوایی، وزیر دادگستری نیز بر"
        " تعیین تکلیف سریع پرونده های تخلفات در محاکم لواسان تأکید کرد."
    )
    assert list(found) == ["آوایی"], found
    found = persons(
        "تنها مقامی که درباره آمار کشته‌شدگان صحبت کرده، کواکبیان، نماینده مجلس است که در"
        " اواخر دی‌ماه اعلام کرد: آمار دقیق نیست."
    )
    assert list(found) == ["کواکبیان"], found


def test_no_name_of_a_word_of_kin_or_a_source_in_apposition() -> None:
    # tabnak, 2020-03-08: a cousin, not a name; then a source after its cue
    found = persons(
        "به گزارش ایسنا، روزنامه رأی‌الیوم نوشت: اقدام محمد بن سلمان، ولیعهد عربستان برای"
        " بازداشت احمد بن عبدالعزیز، عموی خود و محمد بن نایف، پسرعمو، ولیعهد و وزیر کشور"
        " اسبق می‌تواند دو دلیل اصلی داشته باشد."
    )
    assert "پسرعمو" not in found, found
    found = persons("بنا بر گزارش آنسا، پاپ در سخنرانی خود در این کلیسا از صلح سخن گفت.")
    assert not found, found


def test_a_list_s_name_of_a_given_name_and_an_ordinary_word() -> None:
    # roozno, 2020-02: a list of candidates; «رهبر» is a post's word, here a family name
    found = persons(
        "در این لیست نام‌هایی چون بیژن نوباوه وطن، مجتبی توانگر، فاطمه رهبر، محسن پیرهادی،"
        " روح‌اله ایزدخواه دیده می‌شود."
    )
    assert "فاطمه رهبر" in found, found
    # Fars News: a judo team's roll
    found = persons(
        "وی افزود: جعفر فیروز آبادی، آرمین بندار، وحید جدی، علی قلی‌پور، علی پرهیزکار به اردوی"
        " تیم ملی دعوت شدند."
    )
    assert "وحید جدی" in found, found


def test_no_list_s_name_of_a_given_name_and_a_function_word() -> None:
    found = persons("مهدی طارمی، علی کریمی، محمد نیز، و رضا هم در این دیدار غایب بودند.")
    assert "محمد نیز" not in found and "رضا هم" not in found, found
