"""A family name alone that opens a reporting clause, of someone the article never names in
full (extract/lone_surnames.py), and one family name written several ways in an article
(extract/family_spellings.py). The sentences are from the shared news, outside the gold."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import persons

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "عضو مجمع روحانیون مبارز در خصوص اتخاذ سکوت درمیان جریان اصلاح‌طلب گفت: رفتارها "
            "و نظرها در میان جریان اصلاح‌طلب متفاوت است.\nمنتجب‌نیا تاکید کرد: آنچه که امروز "
            "در میان جریان اصلاحات رخ داده ناشی از یک استراتژی مشخص نیست.",
            "منتجب‌نیا",
        ),
        (
            "خبرگزاری فارس: دبیرکل جمعیت موتلفه اسلامی مخالفان نظام را دچار بحران روانی "
            "خواند.\nبه گزارش روابط عمومی جمعیت موتلفه اسلامی، عسکراولادی با اشاره به شکست "
            "توطئه‌های امریکا در ایران گفت: هیچ زمانی مثل حالا ضد انقلاب دچار تشویش نبوده است.",
            "عسکراولادی",
        ),
        (
            "وی افزود: این صندوق برنامه‌های حمایتی را در آن کشورها اجرا می‌کند.\nهولکی‌اوز "
            "تصریح کرد: صندوق جمعیت ملل متحد به درخواست مسئولان کشورها حمایت می‌کند.",
            "هولکی‌اوز",
        ),
        # a few words «در ...» before the verb: where or how the person speaks
        (
            "رئیس کل بانک مرکزی به این موضوع واکنش قاطعی نشان داد و به مردم توصیه کرد از "
            "ورود به این بازار پرهیز کنند.\nهمتی در پیامی خود اظهار داشت: بر اساس جدیدترین "
            "خبرهای دریافتی از بازار ارز، شاهد رشد نرخ دلار و یورو هستیم.",
            "همتی",
        ),
        # a word the lexicon lacks in «ی» of one it holds («هجرت»): a family name here
        (
            "مدیرکل آموزش و پرورش خراسان شمالی از تعطیلی مدارس شهرستان بجنورد طی امروز خبر "
            "داد.\nبه گزارش «تابناک»، هجرتی در گفت و گو با ایسنا، گفت: به علت کاهش شدید دمای "
            "هوا مدارس ابتدایی و پیش‌دبستانی تعطیل است.",
            "هجرتی",
        ),
        # «در ادامه» before the clause of its topic: «X در ادامه با اشاره به ... گفت:»
        (
            "خبرگزاری فارس: مدیر‌عامل سازمان آتش‌نشانی آبادان گفت: برای تکمیل پنجمین ایستگاه "
            "آتش‌نشانی این شهرستان اعتبار نیاز است.\nشاه‌غریب در ادامه با اشاره به پروژه احداث "
            "پنجمین ایستگاه آتش‌نشانی این شهرستان در منطقه شمالی شهر، گفت: این پروژه پیشرفت دارد.",
            "شاه‌غریب",
        ),
        # a frequent word, a listed family name of a family name's shape (roozno_data_1029)
        (
            "نبوی با یادآوری این‌که «تنها یک سال از عمر دولت روحانی باقیمانده است»، ادامه داد:"
            " توصیه من به دولت این است که در این یک‌سال باقیمانده هم سیاست برجامی خود را حفظ"
            " کند.",
            "نبوی",
        ),
        # ARMAN's news (folds 1-2, quoted as a fixture): what he speaks of, where he stands,
        # a clause of «که» on him to a comma before the verb
        (
            "محدث همچنین درباره ویژگیهای میدان گازی زیره گفت : این میدان در شمال میدان گازی"
            " کنگان واقع شده است .",
            "محدث",
        ),
        (
            "اکرمن از حزب دمکرات آمریکا افزود : همه می‌دانند كه دو صد گفته چون نیم کردار نیست .",
            "اکرمن",
        ),
        (
            "رولینگ كه در انتخاب بازیگران این فیلم نقش دارد ، گفت : من همیشه می‌خواستم نقش"
            " هری پاتر را يك نوجوان انگلیسی بازی کند .",
            "رولینگ",
        ),
    ],
)
def test_a_family_name_alone_that_reports_is_a_person(text: str, name: str) -> None:
    found = persons(text)
    assert found.get(name) == [name], found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a plural reports: some people, users, a party
        (
            "عده‌ای کاملا مدافع دیدگاه‌های او هستند و عده‌ای معتقدند این دیدگاه‌ها کند است.",
            "عده‌ای",
        ),
        ("کاربران نوشته بودند آنها حتی در مثبت بودن کرونا هم با مردم تفاوت دارند.", "کاربران"),
        ("به گزارش ایسنا، دموکرات‌ها می‌گویند که دونالد ترامپ باید برکنار شود.", "دموکرات‌ها"),
        # an outlet writes
        (
            "خبرگزاری فارس: پایگاه اینترنتی الجزایر را میانجی خواند.\nایلاف نوشت: «کارشناسان "
            "پیش‌بینی می‌کنند الجزایر نقش واسطه را ایفا کند.»",
            "ایلاف",
        ),
        # a post run into its body
        ("وزیرکشور در ادامه گفت: یکی از حوزه‌ها، حوزه آموزش و پرورش است.", "وزیرکشور"),
        # «در ...» a paper a body issues, or a clause of its own, before the verb
        (
            "بنیاد آکسفام در گزارش جدید خود به بررسی وضعیت توزیع ثروت پرداخت.\nآکسفام در "
            "گزارش خود گفته است: سطح نابرابری اقتصادی و درآمدی به ما ضرورت تمرکز را یادآوری "
            "می‌کند.",
            "آکسفام",
        ),
        (
            "رئیس جمهوری بر لزوم اصلاح قوانین تاکید کرد.\nکاغذبازی در گمرک باید از میان "
            "برودرییس جمهوری بیان کرد: باید قوانین گمرک اصلاح شود.",
            "کاغذبازی",
        ),
        # a plural with its article, «از ...» before the verb (tabnak_data_889)
        ("بخش‌هایی از این توضیحات در ادامه آمده است: روزنامه را تنظیم کردیم.", "بخش‌هایی"),
    ],
)
def test_no_person_of_a_plural_an_outlet_or_a_glued_post(text: str, word: str) -> None:
    found = persons(text)
    assert not any(word in name for name in found), found


def test_the_governor_named_by_family_name_after_a_long_clause() -> None:
    # fifth persons-recall sample: «نوذري با اشاره به اينكه ... گفت:»
    text = (FIXTURES / "recall_dev_5/fars-3_76.txt").read_text(encoding="utf-8")
    assert persons(text).get("نوذری") == ["نوذری"]


def test_a_family_name_without_its_article_is_the_same_person() -> None:
    # «عباس البیاتی ... بیاتی در پایان تاکید کرد» (the gold's tune part)
    text = (FIXTURES / "news/fars-5_145.txt").read_text(encoding="utf-8")
    found = persons(text)
    assert "بیاتی" not in found
    assert "بیاتی" in found["عباس البیاتی"]


def test_a_family_name_of_three_words_alone_and_run_together() -> None:
    text = (
        "به گزارش مهر، علی مویدی خرم آبادی امروز در نشست خبری ستاد مبارزه با قاچاق کالا و ارز "
        "گفت: رویکردهای دانش‌محور را در پیش گرفته‌ایم.\nمویدی خرم آبادی افزود: در یکی از "
        "پرونده‌های اصلی فردی اجازه پیشرفت کار را نمی‌داد.\nمویدی خرم‌آبادی یادآور شد: سال "
        "گذشته ۹ میلیارد لیتر در مصرف سوخت صرفه‌جویی شد."
    )
    found = persons(text)
    assert list(found) == ["علی مویدی خرم آبادی"], found
    assert len(found["علی مویدی خرم آبادی"]) == 3


def test_a_family_name_of_two_words_alone_is_the_person_named_in_full() -> None:
    found = persons(
        "حمیدرضا حاجی بابایی وزیر آموزش و پرورش بود. نمی‌توان از تلاش‌های حاجی بابایی نیز عبور کرد."
    )
    assert found == {"حمیدرضا حاجی بابایی": ["حمیدرضا حاجی بابایی", "حاجی بابایی"]}


def test_a_given_name_no_list_knows_in_apposition_to_a_post() -> None:
    # «محمت هولکی‌اوز، نماینده ...» then «هولکی‌اوز با اشاره به ... گفت:»
    found = persons(
        "به گزارش خبرنگار فارس، با محمت هولکی‌اوز، نماینده صندوق جمعیت ملل متحد در ایران به"
        " گفت‌وگو نشستیم.\nهولکی‌اوز با اشاره به گزارش سازمان جهانی بهداشت گفت: روزانه هزار"
        " زن به دلیل زایمان فوت می‌کنند."
    )
    assert sorted(found["محمت هولکی‌اوز"]) == ["محمت هولکی‌اوز", "هولکی‌اوز"]


def test_the_items_of_a_list_of_names_stand_whole() -> None:
    # fifth persons-recall sample: a film's cast, where the tagger cut two items short
    text = (FIXTURES / "recall_dev_5/tabnak_863.txt").read_text(encoding="utf-8")
    found = persons(text)
    assert "غلامعلی درتاج" in found and "غلامعلی" not in found
    assert "ولی اله خیری" in found and "اله خیری" not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # fars-news-1: a family name that is also a word of the lexicon («مطلبی»: a matter)
        (
            "وی افزود: در بحث حجاب و عفاب باید فرد، جامعه و خانواده به سهم خود مورد توجه قرا "
            "گرفته شوند.\nمطلبی اظهار داشت: در عین حال که به حجاب پرداخته می‌شود باید به "
            "عفاف که ریشه حجاب است، توجه کرد.",
            "مطلبی",
        ),
        # roozno_data_225: a family name that is a town's name too («لطیفی»)
        (
            "وی اضافه کرد: همچنین برای هزار و ۴۸ دستگاه خودرو از این پنج هزار و ۱۰۸ خودرو، همه "
            "مراحل گمرکی انجام و پروانه گمرکی صادر شده بود.\nلطیفی گفت: با تصمیم اخیر هیئت "
            "وزیران برای تعیین تکلیف این خودروها برای ترخیص آنها اقدام می‌شود.",
            "لطیفی",
        ),
    ],
)
def test_a_family_name_that_is_a_word_or_a_town(text: str, name: str) -> None:
    assert name in persons(text)


def test_a_family_name_alone_the_tagger_reads_before_a_post_or_after_what_is_his() -> None:
    # fars-news-5, sobhane2_104: a family name that is no common word, a post after it or a
    # word of what he says or heads before it («به گفته», «دولت»)
    text = (
        "سجادی در پایان سخنان خود از ابراهیمی رئیس سابق یگان اجرائیات منطقه 9 به نیکی یاد کرد"
        " و محمد اسماعیل وزوانی را به عنوان رئیس جدید یگان اجرائیات اعلام کرد."
    )
    assert "ابراهیمی" in persons(text)
    text = (
        "بنا به گفته بابایی، مدیر روابط عمومی استانداری تهران، شاخص آلایندگی در دو شهر پیشوا"
        " و ورامین طی ۴۸ ساعت به عدد بالای ۱۵۰ رسیده است."
    )
    assert "بابایی" in persons(text)


def test_a_family_name_of_one_word_written_as_two_alone_is_the_person_named_in_full() -> None:
    found = persons(
        "تبعات ماجرا موجب شد تا غلامعلی حدادعادل در ردای ریاست شورای وحدت دست به قلم شود. "
        "بهتر است یا ۱۰۰ درصد تباین!؟ برادر حداد عادل عزیز! آیا مجبور کردن نامزدهای مشترک "
        "درست است؟"
    )
    assert found == {"غلامعلی حدادعادل": ["غلامعلی حدادعادل", "حداد عادل"]}, found


def test_a_lone_name_is_not_the_son_named_for_his_father() -> None:
    # «خلیفه» of «حمد بن خلیفه» is his father's name, no family name of his
    found = persons(
        "در آن قذافی و حمد بن خلیفه، امیر سابق قطر درباره اوضاع داخلی عربستان گفت‌وگو کردند. "
        "دولت طبرق در شرق لیبی که خلیفه حفتر فرمانده شبه‌نظامیان «ارتش ملی لیبی» است را "
        "حمایت می‌کند."
    )
    assert found.get("حمد بن خلیفه") == ["حمد بن خلیفه"], found


def test_a_lone_given_name_is_not_the_son_named_for_his_father_run_into_son() -> None:
    # «مروان‌بن محمد»: «son» run into his name; «محمد» alone in a citation is no one of them
    found = persons(
        "نخستین بار «جعد بن درهم»، معلم «مروان‌بن محمد» آخرین خلیفه اموی، این بحث را مطرح "
        "کرد. ۱۳. محمدی اشتهاردی، محمد، نگاهی بر زندگی امام هادی علیه‌السلام، قم، ۱۳۸۲."
    )
    assert found.get("مروان‌بن محمد") == ["مروان‌بن محمد"], found
