"""Posts the twentieth judged posts sample showed wrong, and the rules written for them: a post
by «به عنوان» right after the object of a noun of appointing is that object's, never the
subject's; a post alone is not the one named next after a body or a country spoke between,
opening its own sentence, nor of one the post's own words name by the family name. Sentences of
the sample's articles and of other shared articles (each named)."""

from posts_articles import judged_article, posts_of

from khabar.extract import extract_text
from khabar.model import Document

SAMPLE = "posts_judged_20.jsonl"
_posts = posts_of


def _article(stem: str) -> Document:
    """The sample's article ``stem``, extracted whole."""
    return judged_article(SAMPLE, stem)


def test_a_post_as_the_object_of_appointing_is_not_the_subjects():
    # tabnak_47: «به انتخاب برانکو به عنوان سرمربی جدید تیم ملی انتقاد کرد»
    assert _posts(_article("tabnak_47"))["عبدالعزیر الحبسی"] == ["مربی", "کارشناس فوتبال عمان"]
    # roozno_275: «درباره انتخاب یک زن به عنوان رئیس جمهور گفت»
    text = (
        "فائزه هاشمی درباره انتخاب یک زن به عنوان رئیس جمهور گفت: در سال ۱۴۰۰ پیشنهاد می‌کنم "
        "این بار همه ثبت نام کنیم.\n"
    )
    assert _posts(extract_text(text))["فائزه هاشمی"] == []


def test_a_post_of_oneself_appointed_stays():
    # «خود» the object, or none: the subject's own
    text = (
        "به گزارش ایسنا، علی احمدی از انتخاب خود به عنوان رئیس هیات کشتی استان ابراز خرسندی کرد.\n"
    )
    assert _posts(extract_text(text)) == {"علی احمدی": ["رئیس هیات کشتی استان"]}
    text = (
        "به گزارش ایسنا، علی احمدی پس از انتخاب به عنوان رئیس هیات کشتی استان گفت: کار ادامه "
        "دارد.\n"
    )
    assert _posts(extract_text(text)) == {"علی احمدی": ["رئیس هیات کشتی استان"]}


def test_a_post_alone_is_not_the_next_named_after_a_body_spoke():
    # fars-3_248: «كره شمالي ... توصيف كرده است» between the spokesman's words and Powell's
    doc = _article("fars-3_248")
    assert _posts(doc)["کالین پاول"] == []
    assert [q.speaker for q in doc.quotes].count("کالین پاول") == 1
    # roozno_658: «قرارگاه ... اعلام کرد» between the president's words and Bagheri's
    text = (
        "رییس جمهور روز یکشنبه بار دیگر بر عدم قرنطینه شهر‌ها تاکید کرد و گفت اینکه شایعه‌شده "
        "برخی شهرها، برخی فروشگاه‌ها یا مشاغل قرار است قرنطینه شوند اصلا واقعیت ندارد اما از "
        "اواخر هفته گذشته زمزمه احتمال روی آوردن حاکمیت به سمت این تصمیم به گوش رسیده است.\n"
        "قرارگاه بهداشتی و درمانی نیرو‌های مسلح پنجشنبه شب اعلام کرد روال خلوت کردن فروشگاه‌ها، "
        "خیابان‌ها و جاده‌ها در سراسر ایران اجرایی خواهد شد.\n"
        "محمد حسین باقری رییس ستاد کل نیرو‌های مسلح پس از پایان نخستین جلسه قرارگاهی که به دستور "
        "رهبری تشکیل‌شده اعلام کرد طی روز‌های آینده همه مردم ایران رصد خواهند شد تا افراد مشکوک "
        "به بیماری مشخص شود.\n"
    )
    assert _posts(extract_text(text)) == {"محمد حسین باقری": ["رییس ستاد کل نیرو‌های مسلح"]}


def test_a_post_alone_is_not_of_one_its_words_name():
    # fars-3_192: «... با فرانكو بالديني هستيم» in the words of «مدير ورزشي رم»
    doc = _article("fars-3_192")
    # named in full since «فرانکو» is a given name (the thirty-fourth persons-recall sample)
    assert _posts(doc)["فرانکو بالدینی"] == []
    assert _posts(doc)["والتر ساباتینی"] == ["مدیر ورزشی جدید جالوروسی"]


def test_the_words_are_read_up_to_the_next_cue():
    # roozno_38: the deputy's quote not yet cut at «محمد نوری می‌گوید:», who is that deputy
    text = (
        "اما ماجرای وحدت اصولگرایان آنجا جالب‌تر می‌شود که ساز جدایی تنها از سوی پایداری کوک "
        "نمی‌شود و «جبهه پیشرفت، توسعه و عدالت» نیز اعلام کرد با لیست جداگانه وارد میدان "
        "انتخابات می‌شود.\n"
        "آن‌طور که قائم‌مقام ستاد این جبهه به ایسنا گفته است «انگیزه جدی جبهه پیشرفت در بحث "
        "دادن لیست انتخاباتی در حقیقت تبعیت از فرمان رهبری مبنی بر تلاش برای مشارکت حداکثری در "
        "انتخابات مجلس یازدهم بود.» محمد نوری می‌گوید: «نام لیست جبهه در انتخابات مجلس یازدهم "
        "«مجلس مردم» است و تقریبا در تمامی استان‌ها تحت همین عنوان افراد لایق و کارآمد را معرفی "
        "خواهیم کرد.»\n"
    )
    assert _posts(extract_text(text)) == {"محمد نوری": ["قائم‌مقام ستاد"]}
