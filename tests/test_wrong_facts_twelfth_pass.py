"""Wrong facts left on the news, a twelfth pass: «مالک» (owner, a given name too) opening a
name whose rest is a body's or a place's name is the owner of that thing, no person
(``company_names._owner_of_body``); a post ends before «موضع», the stance its holder announces,
the object of the verb after it (``post_boundaries.txt``). Sentences of the shared news."""

from khabar.extract import extract_text


def _persons(text: str) -> dict[str, list[str]]:
    return {p.name: p.posts for p in extract_text(text).persons}


def test_the_owner_of_a_company_the_article_names_is_no_person():
    # tabnak_data_98: «آمازون» follows «شرکت» further in the article
    text = (
        "هک تلفن همراه مدیر عامل آمازون توسط محمد بن سلمان\n"
        "تلفن همراه جف بزوس، میلیاردر آمریکایی مالک آمازون و نشریه واشنگتن پست در سال ۲۰۱۸ "
        "پس از دریافت پیامی در WhatsApp که ظاهراً از شماره شخصی ولیعهد عربستان سعودی ارسال "
        "شده بود، هک شد.\n"
        "افشاگری این مساله عجیب که احتمالا پادشاه آینده عربستان سعودی شخصا در هدف قرار دادن "
        "بنیانگذار آمریکایی شرکت آمازون دست داشته، موجی از شوک و وحشت را به سمت وال استریت و "
        "سیلیکون والی فرستاده است.\n"
    )
    names = _persons(text)
    assert "مالک آمازون" not in names
    assert "جف بزوس" in names


def test_malek_as_a_given_name_stays():
    # https://www.farsnews.ir/news/8504250050 (fars-news-2.json): «مالک اشتر», a person
    text = (
        "عنوان\nحضرت\u200c علي(ع) نيز انگيزه\u200c خود را براي\u200c روي\u200cآوردن\u200c "
        "به\u200c حكومت،\u200c نه\u200c رقابت\u200c بر سر قدرت\u200c يا فزون\u200cطلبي\u200c، "
        "كه\u200c اصلاح\u200c در جامعه اسلامي\u200c معرفي\u200c مي\u200cكند و در فرمان\u200c "
        "مبارك\u200c خود به\u200c مالك\u200c اشتر بر اصلاح\u200c و بهبود اوضاع\u200c تاكيد "
        "مي\u200cنمايد.\n"
    )
    assert "مالک اشتر" in _persons(text)


def test_malek_before_a_family_name_stays():
    # roozno_data_156: «مالک شریعتی», a candidate, in a list the article gives
    text = (
        "عنوان\nحداد عادل در ادامه، اسامی کاندیدا‌های اقتصادی لیست ایران سربلند را بدین شرح، "
        "اعلام کرد: الیاس نادران، سید احسان خاندوزی، مجتبی رضاخواه، سیّد محسن دهنوی، مصطفی "
        "زمانیان، اقبال شاکری، مالک شریعتی\n"
    )
    assert "مالک شریعتی" in _persons(text)


def test_a_post_ends_before_the_stance_announced():
    # fars-1_140 (posts_judged_27): «موضع رسمی این اتحادیه را ... اعلام کرد», the object
    text = (
        "موسوي: ظهور شبه صنف «تهيه‌كننده- كارگردان» بدعت‌گذاري خطرناكي است\n"
        "خبرگزاري فارس: سخنگوي اتحاديه تهيه‌كنندگان موضع رسمي اين اتحاديه را درباره تشكيل "
        "«شوراي عالي تهيه‌كنندگان»اعلام كرد و متذكر شد: ظهور شبه صنفي به‌نام «تهيه‌كننده- "
        "كارگردان» بدعت‌گذاري خطرناكي است.\n"
        "سيدغلامرضا موسوي در گفتگوي اختصاصي با خبرگزاري فارس، درباره تشكيل «شوراي عالي تهيه "
        "كنندگان» متذكر شد: در اين زمينه هيچ چيز قطعي نيست.\n"
    )
    assert _persons(text)["سیدغلامرضا موسوی"] == ["سخنگوی اتحادیه تهیه\u200cکنندگان"]


def test_the_plural_stays_in_a_council_s_name():
    # https://www.farsnews.ir/news/13960715000311 (fars-news-5.json): «شورای تبیین مواضع»
    text = (
        "مسئول بسیج دانشجویی استان یزد با اشاره به برخی مشکلات فرهنگی دانشگاه‌ها بر لزوم توجه "
        "مسئولین به این معضلات و تلاش برای حل آن‌ها تأکید کرد.\n"
        "به گزارش خبرگزاری فارس از یزد، سید حسین راسخی صبح امروز در نشست شورای تبیین مواضع "
        "بسیج دانشجویی استان با اشاره به نقش دانشجویان در کشور و پیشبرد اهداف انقلاب اسلامی "
        "افزود: خروجی دانشگاه‌های کشور باید جوانان تراز انقلاب اسلامی و نیرویی کارآمد باشد.\n"
        "رئیس شورای تبیین مواضع بسیج دانشجویی استان بابیان اینکه یکی از دغدغه‌هایی که همواره "
        "مورد تأکید مقام معظم رهبری قرار داشته، بحث جنبش نرم‌افزاری و تولید علم بوده است اظهار "
        "داشت: این موضوع نیز چند سالی است که کمتر موردتوجه اساتید و دانشجویان استان قرارگرفته "
        "است.\n"
    )
    posts = _persons(text)["سید حسین راسخی"]
    assert any(p.startswith("رئیس شورای تبیین مواضع بسیج دانشجویی") for p in posts)
