"""The items of a roll that stand where two persons found stand (``extract/roll_items.py``):
a results list by record, on ARMAN's news of its folds 1-2, and a film's credits by colons, on
PEYMA's training-part news; not a list of films nominated, on the shared news. And, on PEYMA's
training-part news, a craft that ends a name in a list of awards (``no_name_edges.tsv``) and
a family name two persons hold that reports for the one named before
(``lone_surnames.holder_named_before``), and is a mention of that one on the shared news
(``surname_mentions``), not where it is a given name."""

from __future__ import annotations

from conftest import persons

RECORDS = (
    "در رقابتهای انفرادی نیز نفرات زیر عناوین اول تا سوم را کسب کردند : 0 کیلو : 0 ـ حسین"
    " مردعلی با رکورد 0 کیلوگرم از قزوین 0 ـ شهرام اکبرزاده با رکورد 0 کیلوگرم از گیلان 0 ـ"
    " احمدرضا فلاحی با رکورد 0 کیلوگرم از فارس 0 کیلو : 0 ـ ساسان کریم‌پوریان با رکورد 0"
    " کیلوگرم از گیلان 0 ـ حسین موسوی با رکورد 0 کیلوگرم از قزوین 0 ـ فرید مروارید با رکورد 0"
    " کیلوگرم از خوزستان 0 کیلو : 0 ـ کیومرث صفرعلی با رکورد 0 کیلوگرم از تهران 0 ـ رضا"
    " گل‌محمدی با رکورد 0 کیلوگرم از تهران 0 ـ محمدضیاء حمیدی با رکورد 0 کیلوگرم از خوزستان ."
)

CREDITS = (
    "همچنین دیگر عوامل تولید فیلم « سرطان » عبارتند از : دستیاران فیلمبردار : عباس عطایی -"
    " فرهاد شکری - آرش میرزاخانی - مسئول دوربین : سخی توکلی - صدابردار : سعید بجنوردی دستیار"
    " صدابردار : فرزین زند - طراح گریم : محمدرضا قومی - تدوین : سیاوش شهابی دستیار تدوین :"
    " آیدین پدری - اصلاح رنگ و نور : سامان وفایی - مدیر تدارکات : صالح آشتیانی دستیار اول"
    " تدارکات : ابوالفضل هامون‌نورد تدارکات : حمید شیخ ویسی - حمل ونقل : صفر الوندی - روح‌اله"
    " کریمی - مجید جبارزاده - عباس حسن‌زاده - حسن جوکار ."
)


def test_the_items_of_a_results_list_by_record_are_persons() -> None:
    found = persons(RECORDS)
    # «مروارید», a pearl; the tagger reads «محمدضیاء» alone
    assert found.get("فرید مروارید") == ["فرید مروارید"], found
    assert found.get("محمدضیاء حمیدی") == ["محمدضیاء حمیدی"], found
    assert "محمدضیاء" not in found


def test_the_items_of_a_film_s_credits_by_colons_are_persons() -> None:
    found = persons(CREDITS, use_model=False)
    # «سخی» no list holds; «سامان» (order) and «صفر» (zero) are words too
    for name in ("سخی توکلی", "سامان وفایی", "صفر الوندی"):
        assert found.get(name) == [name], found


def test_a_list_of_films_nominated_names_no_one() -> None:
    text = (
        "* بهترین مستند کوتاهنامزدها: در غیبت، یادگرفتن اسکیت در منطقه جنگی، زندگی از من سبقت"
        " می‌گیرد، سورمن سنت لوئیس، قدم بزن بدو چاچابرنده: یادگرفتن اسکیت در منطقه جنگی* بهترین"
        " چهره‌آرایینامزدها: بمب شل، جوکر، جودی، مالفیسنت: سردسته اهریمنان، ۱۹۱۷برنده: بمب شل*"
        " بهترین طراحی تولیدنامزدها: مرد ایرلندی، جوجو ربیت، ۱۹۱۷، روزی روزگاری در هالیوود"
    )
    assert "سردسته اهریمنان" not in persons(text)


def test_a_craft_after_a_name_in_a_list_of_awards_ends_it() -> None:
    text = (
        "در این مراسم از برگزیدگان تجلیل شد : علیرضا اردلان _ فناور برگزیده ، دکتر جواد"
        " سرگل‌زایی فناور برگزیده ، دکتر نسرین معضمی مدرس کارگاه برگزیده ."
    )
    found = persons(text)
    assert "جواد سرگل‌زایی" in found and "فناور برگزیده" not in found, found


def test_a_family_name_two_hold_reports_for_the_one_named_before() -> None:
    text = (
        "محمد عموییان در گفتگو با خبرنگار مهر اظهار داشت : مسابقات تنیس روی میز نوجوانان دختر"
        " کشور با حضور 21 تیم در شیراز برگزار می‌شود . رئیس هیئت تنیس روی میز استان قم گفت :"
        " قم ابتدا 3 بر یک کرمان را شکست داد . عموییان بیان داشت : سارا محمدی ، حانیه عموییان و"
        " کوثر احمدی اعضای تیم تنیس روی میز دختران نوجوان قم در مسابقات شیراز هستند ."
    )
    found = persons(text)
    assert found.get("محمد عموییان") == ["محمد عموییان", "عموییان"], found
    assert found.get("حانیه عموییان") == ["حانیه عموییان"], found


def test_a_family_name_two_hold_is_the_one_named_before() -> None:
    text = (
        "از علی داودی بیست ساله به عنوان پدیده فوق سنگین ایران در رشته وزنه برداری و امید آینده"
        " این رشته در میادین بین المللی یاد می شود.\nبه گزارش «تابناک»، علی داودی وزنه‌بردار"
        " ایرانی با اصالت خمینی (شهرستان خمین) است.\nاو رکورد دار دسته سنگین وزن جهان در رده"
        " جوانان است.\nداودی متولد ۲ فروردین ۱۳۷۸، دارای قد ۱.۹۵ متر و وزن ۱۵۰٫۰۳ کیلوگرم است."
        "\nداودی درمسابقات قهرمانی وزنه‌برداری آسیا ۲۰۱۹در وزن ۱۰۹+ کیلوگرم ۳ مدال طلا به دست"
        " آورد و قهرمان آسیا شد.\nداودی همچنین در مورد نقشی که برادرش (محسن داودی از ملی پوشان"
        " سابق ایران) در رسیدنش به قهرمانی جوانان داشت، به رسانه ها گفته است: مشوق اصلی ام"
        " برادرم بود."
    )
    found = persons(text)
    assert found.get("علی داودی") == ["علی داودی", "علی داودی", "داودی", "داودی", "داودی"]
    assert found.get("محسن داودی") == ["محسن داودی"], found


def test_a_given_name_is_no_family_name_two_hold() -> None:
    text = (
        "به گزارش ایسنا، به نقل از خبرگزاری آناتولی، وزارت کشور افغانستان تایید کرد، حسین محمد،"
        " پسر محمد محقق، معاون دوم رئیس اجرایی دولت افغانستان اقدام به کشتن باقر محمد محقق کرده"
        " است."
    )
    assert "محمد" not in persons(text).get("حسین محمد", [])
