"""A titled given name and the word after it, a listed family name joined by «و» to a person
found, and a family name with its ending past a ZWNJ before a post or after a word of its
owner (extract/tagged.py, extract/list_items.py). The sentences are from the shared news and
ARMAN's folds 1-2."""

from __future__ import annotations

from conftest import persons


def test_a_titled_given_name_keeps_the_word_after_it() -> None:
    text = (
        "گفتنی است، قطع روابط طالبان با گروه‌هایی که آمریکا را تهدید می‌کنند، از شروط "
        '"توافق‌نامه صلح" میان آمریکا و طالبان بوده که ۲۹ فوریه امسال توسط زلمای خلیل‌زاد، '
        "نماینده ویژه آمریکا در امور افغانستان و ملا عبدالغنی برادر، معاون سیاسی گروه طالبان در "
        "قطر به امضا رسید."
    )
    found = persons(text)
    assert "عبدالغنی برادر" in found and "عبدالغنی" not in found, found
    text = (
        "به گزارش فارس، در این مراسم امیر علیرضا انگیزه به عنوان  فرمانده جدید پایگاه  پایگاه "
        "شهید بابایی اصفهان معرفی و از زحمات امیر سرتیپ دوم خلبان سعید فتاح تجلیل به عمل آمد."
    )
    found = persons(text)
    assert "علیرضا انگیزه" in found and "علیرضا" not in found, found
    found = persons("دکتر معصومه ابتکار در سومین روز از همایش جهانی سخنرانی کرد.")
    assert "معصومه ابتکار" in found and "معصومه" not in found, found


def test_no_family_name_of_a_predicate_a_kin_word_or_a_given_name_named_alone() -> None:
    text = (
        "به گزارش ایسنا، خبرگزاری رسمی عربستان (واس) امروز (یکشنبه) تصاویری جدید از ملک سلمان، "
        "پادشاه عربستان منتشر کرد.\nاین روزنامه به نقل از پزشک مرتبط با بیمارستان نخبگان سعودی "
        "که اعضای خاندان سلطنتی را معالجه می‌کند، نوشت،‌ هیچ گزارشی مبنی بر اینکه ملک سلمان "
        "بیمار است، دریافت نکرده است."
    )
    assert "سلمان بیمار" not in persons(text)
    text = (
        "دلیل دوم نیز این است که بن سلمان خواست پیش‌دستی کرده و از دست قدرتمندترین دشمنان خود "
        "به ویژه شاهزاده احمد، عضو هیئت بیعت که ابدا با او به عنوان ولیعهد بیعت نکرد، خلاص "
        "شود.\nهنگام حضورش در لندن فیلم ویدیویی منتشر شد که در آن با معترضان به جنگ عربستان در "
        "یمن که در مقابل مقر اقامت شاهزاده احمد شعار سقوط خاندان حاکم سعودی را سر می‌دهند، "
        "صحبت کرده است."
    )
    assert "احمد شعار" not in persons(text)
    text = (
        "شیخ حسن مولان‌آباد فرزند شیخ محمود فرزند شیخ محمد فرزند شیخ ابراهیم بستی فرزند شیخ "
        "زکریای مهاجر است."
    )
    found = persons(text)
    assert "محمود فرزند" not in found and "محمد فرزند" not in found, found


def test_a_listed_family_name_joined_to_a_person_found() -> None:
    text = (
        "این کارگاه با حضور دکتر رجالی و اعلمی از مؤلفان کتابهای درسی وزارت آموزش و پرورش "
        "برگزار شد."
    )
    assert "اعلمی" in persons(text)
    text = (
        "وی در خصوص مناظره تلویزیونی بوش و کری و پیشنهاد مطرح‌شده در آن مبنی بر تامین سوخت "
        "هسته‌ای ایران از خارج، این مناظره را بی‌اهمیت خواند."
    )
    assert "کری" in persons(text)


def test_a_family_name_with_its_ending_apart_after_an_owner_s_word_or_before_a_post() -> None:
    text = (
        "مهرداد بذرپاش، از مدیران دوران احمدی‌نژاد هم در نامه‌ای خطاب به حدادعادل و آقاتهرانی "
        "درخواست کرد در فرصت کوتاه باقی‌مانده به راه‌های وحدت حداکثری بیندیشند."
    )
    assert "احمدی‌نژاد" in persons(text)
    found = persons("جهان‌پور، سخنگوی وزارت بهداشت گفت: آمار بیماران افزایش یافت.")
    assert "جهان‌پور" in found, found


def test_a_title_in_arabic_spelling_names_the_family_name_after_it() -> None:
    text = (
        "جدول ذیل توسط حجةالاسلام والمسلمین مصباح‌زاده استخراج شده و مورد تأیید مرکز قرار گرفته است."
    )
    assert "مصباح‌زاده" in persons(text)
    text = (
        "حجه الاسلام والمسلمین تابش، ضمن تقدیر از تمام معلمان کوشا که در راه تعلیم و تربیت نسل "
        "آینده جامعه می‌کوشند، ابعاد معنوی و خطیر شغل معلمی را تشریح و تبیین کرد."
    )
    from khabar.extract import extract_text

    doc = extract_text(text)
    assert not [o.name for o in doc.organizations if "تابش" in o.name]


def test_a_listed_family_name_after_those_who_follow_him() -> None:
    text = (
        "از گوشه و کنار شنیده می‌شود عارف در روز‌های آخر از نامزد‌های عضو فراکسیون امید حمایت "
        "خواهد کرد.\n۴) یاران هاشمی: (انتشار لیست سازندگی)کارگزاران سازندگی و اعتدال و توسعه"
    )
    assert "هاشمی" in persons(text)
