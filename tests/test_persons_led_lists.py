"""The names of a list a plural noun of persons leads with «چون», «همچون», «مانند», «مثل» or
«نظیر» (extract/led_lists.py), a cleric's family name of an ordinary word and a town's «ی»
(extract/people.py), no adjective after a plural title and a family name alone joined to one
«آقای» titles (extract/titled_lists.py). The sentences are from the shared news and PEYMA's
training part."""

from __future__ import annotations

from conftest import persons


def test_family_names_alone_in_a_list_of_persons() -> None:
    text = (
        "وی افزود: باشگاه جواهری با قریب به اتفاق بازیکنان بومی مذاکره داشته لیکن برخی از این "
        "بازیکنان با وجود توافقات اولیه با باشگاه با مبلغ قرارداد بیشتر به سایر تیم‌ها پیوستند "
        "ولی تا این لحظه حضور بازیکنانی همچون ناظری، سخاوی، چوگان، پورقاز، دوجی، عیدی در این "
        "تیم قعطی شده است که در کنار بازیکنانی چون زارع و سلیمانی می‌توانند تیمی منسجم را تشکیل "
        "دهند."
    )
    found = persons(text)
    for name in ("ناظری", "سخاوی", "چوگان", "دوجی", "عیدی"):
        assert name in found, (name, found)
    text = (
        "این عضو حزب اتحاد ملت درباره رد صلاحیت برخی از نمایندگان به دلایل اقتصادی، عنوان کرد: "
        "کدخدایی در حق بعضی از چهره‌ها مثل مطهری، صادقی، رحیمی، شکوری‌راد و آذر منصوری، و غیره "
        "کم‌لطفی کرد."
    )
    found = persons(text)
    assert "مطهری" in found and "صادقی" in found, found


def test_the_last_item_ends_where_the_sentence_goes_on() -> None:
    text = (
        "در ادامه کریم اکبری مبارکه در حالی که اشک شوق می‌ریخت، گفت: من خودم را مدیون هنرمندانی "
        "چون استاد سمندریان، گلشیری و حسین پرورش هستم که امشب در بین ما نیستند، من به راحتی به "
        "اینجا نرسیدم."
    )
    found = persons(text)
    assert "گلشیری" in found and "حسین پرورش" in found, found


def test_an_items_titles_and_a_given_name_alone_are_no_name() -> None:
    text = (
        "وارد مدرسه طالبیه تبریز شد و تا 27 سالگی در آنجا و از محضر استادانی مانند حضرات آیات "
        "انگجی، قراچه داغی و شیخ حسین لنکرانی کسب فیض کرد."
    )
    found = persons(text)
    assert "انگجی" in found and "قراچه داغی" in found, found
    assert not any(name.startswith("حضرات") for name in found), found
    text = (
        "چهره‌هایی همچون مصطفی کواکبیان، علیرضا محجوب، داوود محمدی، سهیلا جلودارزاده، محسن "
        "علیجانی، محمدرضا نجفی، ابوالفضل سروش و مهدی شیخ که کمابیش قاطبه مردم تهران با کارنامه "
        "آنان آشنا هستند."
    )
    assert "مهدی" not in persons(text)


def test_no_list_of_persons_without_a_noun_of_persons() -> None:
    text = "نمایشگاه کتاب در شهرهایی چون ساری، آمل، بابل و قائمشهر برگزار می‌شود."
    assert persons(text) == {}
    # with no person found, only items of one word a family name alone may be: the coaches
    # (``test_family_alone_layouts.py``), not «افرادی مثل ما»
    text = "افرادی مثل ما هرگز چنین کاری نمی‌کنند."
    assert persons(text) == {}


def test_a_clerics_family_name_of_an_ordinary_word_and_a_towns_nisba() -> None:
    # extract/people.py ``word_and_nisba``
    text = (
        "اگر هیچ قرابتی وجود ندارد، چرا همواره آیت‌الله مصباح یزدی به عنوان پدر معنوی جبهه "
        "پایداری و از روحانیون نزدیک به محمود احمدی‌نژاد شناخته می‌شود؟"
    )
    assert "مصباح یزدی" in persons(text, use_model=False)
    assert "مکارم شیرازی" in persons("آیت‌الله مکارم شیرازی گفت: این مهم است.", use_model=False)
    # no town's «ی»: no name
    assert persons("آیت‌الله در سخنان نورانی خود گفت: این مهم است.", use_model=False) == {}


def test_no_adjective_of_a_prefix_after_a_plural_title() -> None:
    # extract/titled_lists.py: «بانوان» (women) before adjectives is no title of names
    text = (
        "ما حامی دو قشر آسیب‌پذیر بچه‌های معلول جسمی و ذهنی و بانوان بدسرپرست و بی‌سرپرست و "
        "بانوان هنرمندی که از بیکاری و معضل اشتغال رنج می‌برند، هستیم."
    )
    assert persons(text, use_model=False) == {}
    found = persons("خانم‌ها پوریامین و شفیعی که در این جلسه حضور داشتند گفتند.")
    assert "پوریامین" in found and "شفیعی" in found, found


def test_a_family_name_alone_joined_to_one_titled_alone() -> None:
    # extract/titled_lists.py ``with_titled_pairs``
    found = persons("که همسو با تفکرات من هستند. *آقای کدخدایی و جنتی هم همین صحبت‌ها را می‌کند.")
    assert "جنتی" in found, found
    text = "خواهران بنده خانم سیاوشی و زرآبادی خانم‌های لایق و شایسته‌ای بودند که رد صلاحیت شدند."
    assert "زرآبادی" in persons(text)
    # an ordinary word after «و» is none
    found = persons("بنده با آقای فراهانی و نظری جلسه داشتم.")
    assert "نظری" not in found, found
