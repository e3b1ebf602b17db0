"""Names that no title and no given name of ``first_names.tsv`` open: foreign names,
«امام» before a family name, a foreign figure inside a government's name, a rare family
name alone after the full name (extract/unlisted_names.py, surname_mentions.py).
The sentences are from the shared news, outside the gold."""

from __future__ import annotations

import pytest
from conftest import persons


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a foreign given name (foreign_given_names.txt, farsi-faker's) and a rare word
        ("روزنامه در بخش دوم مقاله‌ای به قلم جیمز کوگان به بررسی ابعاد جنگ پرداخت.", "جیمز کوگان"),
        (
            "این رویداد چند روز پس از رأی اعتماد پارلمان لبنان به حسان دیاب اتفاق افتاد.",
            "حسان دیاب",
        ),
        # two rare words in apposition to a post
        (
            "این امر با مخالفت کوفی عنان، دبیر کل سازمان ملل روبرو شد.",
            "کوفی عنان",
        ),
    ],
)
def test_a_foreign_name_with_no_title(text: str, name: str) -> None:
    assert name in persons(text)


def test_imam_before_a_family_name_is_a_modern_figure() -> None:
    found = persons("بابایی گفت: حضرت امام خمینی (ره) فرمودند که اگر بخواهیم کاری کنیم.")
    assert found.get("خمینی") == ["خمینی"]
    assert not persons("ما بعد از ائمه معصومین (ع) به امام علی (ع) اعتقاد داریم.")
    assert not persons("مسافران در فرودگاه امام خمینی منتظر ماندند.")
    assert not persons("امام کاری کردند که رؤسای جمهور آمریکا گفتند ما را تحقیر کرد.")


def test_a_figure_in_the_name_of_a_government() -> None:
    text = "مقابله با سر افعی، یعنی دولت دونالد ترامپ را ضروری دانست."
    assert "دونالد ترامپ" in persons(text)


def test_a_rare_family_name_alone_is_the_person_named_in_full() -> None:
    text = (
        "«احمد چلبی» که پس از دیدار با مقامات آمریکایی به نیویورک رفت، اعلام کرد ارتش عراق "
        "باید مجهز شود.\nپیش‌بینی چلبی با پیام دولت آمریکا متناقض است."
    )
    assert persons(text).get("احمد چلبی") == ["احمد چلبی", "چلبی"]


@pytest.mark.parametrize(
    "text",
    [
        "یک تیشرت و شلوار ساده و اسپرت، یک بلوز حریر آستین‌بلند، لباس‌های طرح دار.",
        "وی استجابت ادعیه و بهره‌مندی از برکات ماه ضیافت الهی را برشمرد.",
        "صرفا برای اسکات خصم پا روی حق نگذارند.",
    ],
)
def test_words_that_farsi_faker_lists_as_names_name_no_one(text: str) -> None:
    assert not persons(text)


def test_a_name_found_once_is_found_where_it_is_written_again() -> None:
    text = (
        "پیش از این قرار بود قطعنامه‌ای تصویب شود که با مخالفت کوفی عنان، دبیر کل سازمان ملل"
        " روبرو شد.\nاین در حالی است که کوفی عنان پس از تصویب این قطعنامه اعلام کرد جامعه"
        " جهانی در کنار هائیتی خواهد ماند."
    )
    assert persons(text).get("کوفی عنان") == ["کوفی عنان", "کوفی عنان"]


def test_a_family_name_alone_after_a_noun_is_the_person_named_in_full() -> None:
    text = (
        "بیروت، ایستگاه دوم علی لاریجانی، پس از دمشق بود.\nتحلیلگران می‌گویند حزب‌الله پشت"
        " این دعوت از لاریجانی قرار داشته است."
    )
    assert persons(text).get("علی لاریجانی") == ["علی لاریجانی", "لاریجانی"]
    # an adjective is no one's family name there: «جمهوری اسلامی» is not «محمد اسلامی»
    text = "محمد اسلامی گفت: برنامه ادامه دارد.\nسفیر جمهوری اسلامی در لندن حضور یافت."
    assert persons(text).get("محمد اسلامی") == ["محمد اسلامی"]


def test_imam_before_a_family_name_written_with_a_zwnj() -> None:
    text = "حضرت امام خامنه‌ای اعلام کردند که مسئولان باید پاسخگو باشند."
    assert "خامنه‌ای" in persons(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the honorific names of the Qajar court
        ("به دستور قوام‌السلطنه، وزیر مالیه، دستور پرداخت حقوق معوقه صادر شد.", "قوام‌السلطنه"),
        ("حسن مستوفی (مستوفی‌الممالک) به ریاست وزرایی انتخاب شد.", "مستوفی‌الممالک"),
        # a kunya before a given name
        ("سردار قاسم سلیمانی و ابو مهدی المهندس به شهادت رسیدند.", "ابو مهدی المهندس"),
        # «عبد» and one of God's names, written apart, a given name no list holds
        (
            "عبد الباری عطوان در رای الیوم نوشت: نتایج انتخابات مجلس نمایندگان ایران نشان داد.",
            "عبد الباری عطوان",
        ),
        # another language's given name before a word of Persian
        ("جنبش صدر در اعتراض به دیدار نوری مالکی با جرج بوش فعالیت خود را متوقف کرد.", "جرج بوش"),
    ],
)
def test_names_of_other_shapes(text: str, name: str) -> None:
    assert name in persons(text)


def test_a_court_ending_alone_is_no_one() -> None:
    found = persons("صمصام السلطنه وزیران را معرفی کرد: ممتاز الدوله وزیر عدلیه شد.")
    assert all(not mentions or "الدوله" not in mentions for mentions in found.values())
    assert found.get("صمصام السلطنه") == ["صمصام السلطنه"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # quotes bound a name before a post, or after a title, whatever its words
        ("«نهاد المشنوق» وزیر کشور لبنان نیمه دوم ماه سپتامبر به مسکو می‌رود.", "نهاد المشنوق"),
        (
            "«سرتاج عزیز» مشاور نخست‌وزیر پاکستان در امور بین‌الملل گفت: این اقدام طبق خواست"
            " طالبان انجام می‌شود.\nعزیز تصریح کرد: ملا برادر می‌تواند در پاکستان بماند.",
            "سرتاج عزیز",
        ),
        (
            'به گزارش روز نو " کیارا د بلاسیو" دختر 25 ساله شهردار بازداشت شده است.',
            "کیارا د بلاسیو",
        ),
        (
            'دکتر "دو بین" مدیر بخش مراقبت‌های ویژه بیمارستان در این باره گفت: فشار خون مهم است.',
            "دو بین",
        ),
        # a family name no list knows in apposition to a post, after an ordinary word
        (
            "به گزارش ایسنا، تحسین الخفاجی، سخنگوی فرماندهی عملیات مشترک عراق اظهار کرد.",
            "تحسین الخفاجی",
        ),
        # a given name, «آل» and the clan's name
        (
            "به گزارش فارس، عیسی آل کثیر درباره برتری تیم فوتبال پرسپولیس اظهار داشت.",
            "عیسی آل کثیر",
        ),
        # «کارآگاه» after a rank is a title
        ("سرهنگ کارآگاه محمد اشراقی، معاون مبارزه با سرقت‌های پلیس آگاهی تهران گفت.", "محمد اشراقی"),
    ],
)
def test_names_whose_words_are_ordinary(text: str, name: str) -> None:
    assert name in persons(text)


def test_the_ordinary_word_of_a_quoted_name_alone_only_where_it_reports() -> None:
    found = persons(
        'دکتر "دو بین" مدیر بخش مراقبت‌های ویژه بیمارستان گفت: بیماران فشار خون دارند.\n'
        "در بین همه بیماری‌های زمینه‌ای فشار خون مهم است."
    )
    assert found.get("دو بین") == ["دو بین"]
    found = persons(
        "«سرتاج عزیز» مشاور نخست‌وزیر پاکستان گفت: این اقدام انجام می‌شود.\n"
        "عزیز تصریح کرد: او می‌تواند در پاکستان بماند."
    )
    assert found.get("سرتاج عزیز") == ["سرتاج عزیز", "عزیز"]


def test_a_family_name_after_a_title_or_the_first_of_two_alone() -> None:
    text = (
        "مردانی چون سردار شهید قاسم سلیمانی عمر خود را برای آزادی قدس گذاشتند.\n"
        "ثمره خون امثال شهید سلیمانی این است که مسلمانان در مسجد الاقصی نماز خواهند خواند."
    )
    assert persons(text).get("قاسم سلیمانی") == ["قاسم سلیمانی", "سلیمانی"]
    text = (
        "سرهنگ سید علی اصغر حسینی مجد افزود: عصر دیروز یک فقره نزاع در شهر بار اعلام گردید.\n"
        "حسینی افزود: ۲ متهم این پرونده دستگیر شدند."
    )
    assert ["حسینی"] == [m for ms in persons(text).values() for m in ms if m == "حسینی"]
