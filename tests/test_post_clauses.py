"""A post is its holder's only within the clause that states it.

The sentences are those of the judged sample of shared news (tests/fixtures/posts_judged.jsonl)
where a post went to the wrong person, ran into the next words, or went to nobody.
"""

from khabar.extract import extract_text


def _posts(text: str) -> dict[str, list[str]]:
    return {p.name: p.posts for p in extract_text(text).persons}


def test_a_post_before_a_comma_and_a_name_with_its_own_post_is_another_subjects():
    # tabnak_924: the president names Grenell; «رییس جمهور آمریکا» is Trump's, not Grenell's
    text = (
        "دونالد ترامپ، رییس جمهور آمریکا در صحبت با خبرنگاران سخن گفت.\n"
        "چند روز پیش گزارش شد که رییس جمهور آمریکا، ریچارد گرنل سفیر آمریکا در آلمان و از "
        "همپیمان نزدیک‌اش را به عنوان مدیر موقت اطلاعات ملی آمریکا معرفی کرده است."
    )
    posts = _posts(text)
    assert posts["دونالد ترامپ"] == ["رییس جمهور آمریکا"]
    assert posts["ریچارد گرنل"] == ["سفیر آمریکا", "مدیر موقت اطلاعات ملی آمریکا"]


def test_a_name_whose_time_it_was_holds_no_post_in_apposition_after_it():
    # fars-2_7: «معاون سیا» is not Obama's, and the post ends before «همان فردی»
    text = (
        "جان کیریاکو گفت که باراک اوباما، رئیس جمهور آمریکا همان سیاست‌ها را در پیش گرفته است.\n"
        "این افسر سابق اطلاعاتی تصریح کرد در دوران اول ریاست جمهوری اوباما، معاون سیا همان "
        "فردی بود که در دوران بوش خدمت می‌کرد."
    )
    assert _posts(text)["باراک اوباما"] == ["رئیس جمهور آمریکا"]


def test_a_post_given_with_ra_be_onvane_is_the_named_objects():
    # fars-5_287: Vazvani is named the unit's new head by Sajjadi
    text = (
        "سجادی در پایان سخنان خود از ابراهیمی به نیکی یاد کرد و محمد اسماعیل وزوانی را به "
        "عنوان رئیس جدید یگان اجرائیات اعلام کرد."
    )
    assert _posts(text)["محمد اسماعیل وزوانی"] == ["رئیس جدید یگان اجرائیات"]


def test_two_posts_joined_by_va_are_two_posts_of_the_name():
    # roozno_207
    text = (
        "«داریوش قنبری»، فعال سیاسی اصلاح‌طلب و عضو شورای مرکزی حزب مردم‌سالاری، درباره "
        "لیست‌ دادن احزاب به خبرنگار سیاسی برنا گفت: شورای عالی لیستی ارائه نمی‌دهد."
    )
    assert _posts(text)["داریوش قنبری"] == [
        "فعال سیاسی اصلاح‌طلب",
        "عضو شورای مرکزی حزب مردم‌سالاری",
    ]


def test_a_post_ends_at_a_verb():
    # the issue's «جانشین ابطحی می‌شود»; fars-2_257's «رئیس مجلس تصمیم گرفت»
    text = (
        'یک منبع در مجلس نمایندگان عراق گفت: "محمود المشهدانی" رئیس مجلس تصمیم گرفت تا '
        "جلسه روز چهارشنبه را به نهم ماه سپتامبر موکول کند."
    )
    assert _posts(text)["محمود المشهدانی"] == ["رئیس مجلس"]


def test_a_post_opening_a_sentence_is_the_person_named_first_in_the_next():
    # fars-5_75: the head of the education office speaks, then is named
    text = (
        "مدیرکل بنادر و دریانوردی خوزستان گفت: امکانات آموزشی بندر امام گسترش می‌یابد.\n"
        "به‌گزارش خبرگزاری فارس، ابراهیم ایدنی عصر امروز در آیین بزرگداشت روز معلم سخن گفت.\n"
        "رئیس اداره آموزش و پرورش بندرامام نیز در سخنانی در این مراسم از همکاری اداره کل "
        "بنادر تشکر و تقدیر کرد.\n"
        "اسماعیل قنواتی افزود: امیدوارم این همکاری‌ها ادامه یابد."
    )
    posts = _posts(text)
    assert [p[:24] for p in posts["اسماعیل قنواتی"]] == ["رئیس اداره آموزش و پرورش"]
    assert posts["ابراهیم ایدنی"] == ["مدیرکل بنادر و دریانوردی خوزستان"]


def test_a_post_opening_a_line_past_a_subheading_is_the_next_sentences_subjects():
    # fars-4_104 (posts_judged_4): the repair runs the subheading, which has no stop, into the
    # post's line; the post still opens its clause, and the next sentence names its holder
    text = (
        "رئیس اتحادیه چوب و فلز شاخه مبل برخوار گفت: واحدهای کارگاهی ناچار به قاچاق سوخت شدند.\n"
        "علی فتاحی اظهار داشت: همه باید تلاش کنیم.\n"
        "اعطای نشان اعتماد به فروشگاه‌هایی که فقط صنایع‌دستی تولید می‌کنند\n"
        "مدیرکل میراث فرهنگی، صنایع‌دستی و گردشگری استان اصفهان نیز گفت: بر اساس قانون حمایت از "
        "هنرمندان، سازمان می‌تواند مجوز راه‌اندازی فروشگاه‌های صنایع‌دستی را صادر کند.\n"
        "فریدون اللهیاری افزود: با استفاده از ظرفیت قانونی می‌توانیم نشان اعتماد بدهیم."
    )
    posts = _posts(text)
    assert [p[:19] for p in posts["فریدون اللهیاری"]] == ["مدیرکل میراث فرهنگی"]
    assert posts["علی فتاحی"] == ["رئیس اتحادیه چوب و فلز شاخه مبل برخوار"]


def test_a_ministers_post_is_not_of_one_who_holds_a_post_of_another_ministry():
    # roozno_1023 (posts_judged_4): the minister who wrote to Guterres is Iran's; the one who
    # speaks later is the Pentagon's spokesman, whose post names another ministry
    text = (
        "وزیر امور خارجه با ارسال نامه‌ای به آنتونی گوترش دبیرکل سازمان ملل متحد درباره "
        "تحرکات آمریکا در منطقه کارائیب هشدار داد.\n"
        "مقامات جمهوری اسلامی ایران هشدار داده‌اند که هرگونه مزاحمتی با واکنش شدید مواجه "
        "خواهد شد.\n"
        "روز پنج‌شنبه «جاناتان راث هافمن» سخنگوی وزارت دفاع آمریکا در یک نشست خبری اعلام کرد "
        "که این وزارتخانه از هرگونه برنامه‌ای برای توقیف نفتکش‌های ایرانی بی‌اطلاع است."
    )
    assert _posts(text)["جاناتان راث هافمن"] == ["سخنگوی وزارت دفاع آمریکا"]


def test_a_post_after_yek_before_be_nam_is_the_named_ones():
    # tabnak_132 (posts_judged_4): «یک استاد تاریخ آمریکایی به نام «هاوارد زن»»
    text = (
        "مثالی برای شما می‌زنم.\n"
        "یک استاد تاریخ آمریکایی به نام «هاوارد زن» می‌گفت: «تا چه زمان می‌خواهید به مردم "
        "آمریکا دروغ بگویید؟»"
    )
    assert _posts(text)["هاوارد زن"] == ["استاد تاریخ آمریکایی"]


def test_a_post_run_on_from_a_heading_before_be_nam_is_not_the_named_ones():
    # roozno_536: the post runs from a heading glued to «یک»; no «یک» opens it
    text = (
        "به این فکر کنید!»پنجمین نماینده کرونایی مجلس فرانسهیک نماینده دیگر مجلس ملی فرانسه "
        "به نام میشل ویکتوری به ویروس کووید ۱۹ دچار شد."
    )
    assert _posts(text)["میشل ویکتوری"] == []


def test_a_post_opening_a_sentence_is_not_a_person_named_before():
    # the next sentence's subject was named before the post: not a lead named later
    text = (
        "دونالد ترامپ گفت: مذاکره‌ای در کار نیست.\n"
        "وزیر خارجه نیز در این دیدار حضور داشت.\n"
        "ترامپ افزود: تحریم‌ها ادامه دارد."
    )
    assert _posts(text)["دونالد ترامپ"] == []


def test_a_post_be_onvane_right_after_a_name_is_theirs():
    # tabnak_776 (gold, tune): Piravani is appointed the club's caretaker
    text = (
        "انصاری‌فرد در برکناری محسن خلیلی و انتصاب افشین پیروانی به عنوان سرپرست باشگاه "
        "اعلام کرده بود می‌خواهد یک فرد مدیرتر را بیاورد."
    )
    assert _posts(text)["افشین پیروانی"] == ["سرپرست باشگاه"]


def test_a_post_be_onvane_in_a_sentence_a_name_opens_is_its_subjects():
    # fars-4_200: the post ends before the verb it is appointed with; his calling after his
    # name is a post too since «تهیه کننده» is a head
    text = (
        "خبرگزاری فارس: فرهاد نوری مقدم تهیه کننده شناخته شده کرمانشاه با حکم مدیر کل صدا "
        "وسیما به عنوان مدیر گروه تلویزیونی بسیج منصوب شد."
    )
    posts = _posts(text)["فرهاد نوری مقدم"]
    assert posts == ["تهیه‌کننده شناخته‌شده کرمانشاه", "مدیر گروه تلویزیونی بسیج"]
