"""The rules of the twenty-first persons-recall sample (``persons_recall_dev_21.jsonl``), on
its own sentences and on shared articles outside it: a head of Iran's state or branches whose
family name is a word, after «آقای» or, a head of government, after «دولت» or «کابینه»
(``extract/word_figures.py``), and given names the lists lacked (``first_names.tsv``,
``foreign_given_names.txt``)."""

from __future__ import annotations

from conftest import persons

from khabar.extract import extract_text

# roozno_1129, the sample's: Rouhani never named in full
_ROOZNO_1129 = (
    "احمدی‌نژاد که در چهار سال نخست دولت روحانی به‌شدت فعال بود، سفر می‌رفت، ویدئو منتشر "
    "می‌کرد و سخنان تند‌و‌تیزی علیه قوه مجریه و قضائیه بر زبان می‌راند."
)


def test_a_government_named_by_its_head_names_him() -> None:
    assert persons(_ROOZNO_1129)["روحانی"] == ["روحانی"]


def test_a_government_named_by_its_head_in_another_article() -> None:
    # roozno_782
    text = (
        "آیت‌الله العظمی سبحانی نیز گفت: جای شگفتی است که ۹۰ نفر از نمایندگان فعلی مجلس رد "
        "صلاحیت شده‌اند. رد شدن بودجه دولت روحانی در روزهای کرونا زده ۵ اسفند شرایطی پیش آمد "
        "که هیچ‌کسی تصورش را هم نمی‌کرد."
    )
    assert persons(text)["روحانی"] == ["روحانی"]


def test_the_title_between_is_the_name_s_and_the_body_stays() -> None:
    # roozno_1032: «دولت آقای روحانی» is Rouhani and his government both
    text = (
        "این احتمال وجود دارد که دولت آقای روحانی پس از مدتی عنوان کند ما قصد داشتیم اقدامات "
        "مهمی انجام بدهیم اما نمایندگان مجلس اجازه ندادند."
    )
    doc = extract_text(text)
    rouhani = next(p for p in doc.persons if p.name == "روحانی")
    assert rouhani.titles == ["آقای"]
    assert "دولت آقای روحانی" in [o.name for o in doc.organizations]


def test_the_word_elsewhere_is_no_head_of_government() -> None:
    # roozno_564, the sample's: a cleric
    text = "یک روحانی تندرو یهودی، راه حل کرونا را نوشیدن آبجوی مکزیکی با برند کرونا اعلام کرده."
    assert "روحانی" not in persons(text)
    assert "روحانی" not in persons("این دولت روحانیون را به کار گرفت.")


def test_a_figure_after_mister() -> None:
    # roozno_1129, the sample's: Ghalibaf never named in full
    text = "اینها کسانی هستند که به‌شدت با آقای قالیباف موضع دارند."
    assert persons(text)["قالیباف"] == ["قالیباف"]
    # a Fars News report of Tehran's city council (farsnews 8612260275)
    text = (
        "سخنگوی شورای شهر تهران گفت: «یکی از سوال‌کنندگان در رابطه با این پروژه خود من بودم. "
        "آقای قالیباف گفتند که خط 2 BRT نیست.»"
    )
    assert "قالیباف" in persons(text)


def test_a_figure_s_word_alone_or_after_a_post_is_none() -> None:
    assert not persons("فرش این قالیباف زیباست.")
    assert "روحانی" not in persons("آقای وزیر با یک روحانی دیدار کرد.")
    # a head of a branch, no government's
    assert "لاریجانی" not in persons("دولت لاریجانی در مازندران جشن گرفت.")


def test_a_given_name_the_lists_lacked_in_a_list_of_names() -> None:
    # fars-4_87, the sample's
    text = (
        "جلیل محب بیزنجانی کارشناس مسائل سیاسی، نادره رضایی فعال حوزه زنان، بهروز نعمتی "
        "سیاستمدار، امید رشیدی کارشناس قضایی هستند."
    )
    assert "نادره رضایی" in persons(text)
    text = (
        "هدیه تهرانی، پرویز پرستویی، سیما تیرانداز، پرستو گلستانی، گلاب آدینه، پرستو صالحی هستند."
    )
    assert "گلاب آدینه" in persons(text)


def test_a_given_name_that_is_a_word_in_a_cast() -> None:
    # tabnak_1147
    text = "موزیک ویدیو این قطعه را با بازی گلاب آدینه، نورا هاشمی و مارال فرجاد را می‌بینید."
    assert "گلاب آدینه" in persons(text)


def test_rosewater_is_no_one() -> None:
    # a Fars News report from Qamsar
    text = "شهردار قمصر گفت: پایتخت گل و گلاب کشور در تعطیلات نوروز امسال شاهد افزایش مسافران بود."
    assert not [n for n in persons(text) if "گلاب" in n]


def test_hebrew_given_names() -> None:
    # roozno_564, the sample's
    text = 'در این میان خاخام "رون چایا" پیروانش را به آمادگی برای ظهور "مسیح موعود" تشویق می‌کند.'
    assert "رون چایا" in persons(text)
    # roozno_222
    text = (
        "عادل بن الجبیر از آغاز دهه نود با گروههای یهودی در تماس بوده و پیش از این نیز با "
        "«یوسی بیلین» که در آن زمان وزیر کابینه کار رژیم صهیونیستی بود، دیدار کرد."
    )
    assert "یوسی بیلین" in persons(text)
