"""Anaphors and subheadings behind quotes left with no speaker (the seven draws,
``null_speakers_judged*.jsonl``, classes «anaphor» and «glued»): a subheading's verb right
before the name that opens the clause, the light verbs a heading ends with, a family name two
people bear in a pronoun's clause, and a pronoun past many unnamed in the plural."""

from __future__ import annotations

from conftest import said

TABRIZ = (
    "امام جمعه تبریز گفت: کاندیداها نباید در زمین طراحی‌شده دشمنان بازی کنند.\n"
    "به گزارش خبرگزاری فارس از تبریز، حجت‌الاسلام سیدمحمدعلی آل‌هاشم امروز در خطبه‌های نماز "
    "جمعه اظهار داشت: مردم باید در انتخابات شرکت کنند.\n"
)


def test_a_heading_verb_before_the_name() -> None:
    # fars-1_10: the subheading «به فردی رای دهیم که ... دوری کند» ran into the paragraph
    quotes = said(
        TABRIZ + "وی خاطرنشان کرد: در یکی از سال‌ها شاهد مشارکت ۵۰ درصدی مردم بودیم.\n"
        "به فردی رای دهیم که ساده‌زیست باشد و خود و خانواده او از اشرافی‌گری دوری کند "
        "آل‌هاشم در بخش دیگری از سخنان خود با اشاره به شاخص‌های اصلح اظهار داشت: نباید به "
        "کسی که خوشنامی در پرونده او نیست رای داد.\n"
    )
    assert quotes[-1] == ("سیدمحمدعلی آل‌هاشم", None)
    # roozno_443: the verb with no colon, the name found past the heading
    quotes = said(
        "به گفته عدنان مزارعی، کارشناس اقتصادی در موسسه علوم اقتصادی بین‌المللی پترسون، ۱۱ "
        "کشور روابط خود را با جمهوری اسلامی محدود کردند.\n"
        "شاهد شیوع ویروس کرونا باشد مزارعی پنجشنبه در مطلبی نوشت با توجه تبدیل شدن ایران به "
        "یک مرکز شیوع کرونا، سراسر خاورمیانه می‌تواند خیلی زود با موارد گسترده ابتلای به "
        "بیماری مواجه شود.\n"
    )
    assert quotes[-1] == ("عدنان مزارعی", None)


def test_a_name_in_a_relative_clause_is_left() -> None:
    # no verb before the name: the «که» clause holds it, and the one it describes speaks
    quotes = said(
        TABRIZ + "خبرنگاری که از آل‌هاشم درباره انتخابات پرسید، اظهار داشت: نباید به کسی که "
        "خوشنامی در پرونده او نیست رای داد.\n"
    )
    assert quotes[-1] == (None, None)


def test_a_light_verb_ends_a_heading_run_into_a_post() -> None:
    # roozno_407: «کاهش یافت» and the post of the one named next
    quotes = said(
        "دبی کشکان پلدختر به یک‌سوم حجم سیلابی کاهش یافتمدیرعامل شرکت آب منطقه‌ای لرستان "
        "گفت: دبی کشکان صبح چهارشنبه هفتم اسفند در بیشترین میزان به سه هزار مترمکعب رسیده "
        "بود.\n"
        "رضا میرزایی افزود: سیل مهار شده است.\n"
    )
    assert quotes == [("رضا میرزایی", None), ("رضا میرزایی", None)]


YASER = (
    "هاشمی با بیان اینکه در چنین شرایطی که جمهوریت نظام کم‌رنگ شده، باید به کسی رای داد که "
    "تفکرات توسعه‌طلبانه و رفاه مردم را دنبال کند، گفت: آقای وکیلی یکی از نماینده‌های چنین "
    "تفکری است.\n"
    "وی با بیان اینکه افرادی که افراط و تفریط داشتند، هیچ‌گاه یار هاشمی نبودند، گفت: لیستی "
    "تهیه می‌شود و می‌بینیم برخی از کسانی که افراط و تفریط دارند در آن حضور دارند.\n"
)


def test_a_family_name_two_bear_in_the_pronouns_clause() -> None:
    # roozno_252: «هاشمی» is the father's too («آیت‌الله هاشمی», اکبر هاشمی رفسنجانی)
    quotes = said(
        "یاسر هاشمی با اشاره به ردصلاحیت آیت‌الله هاشمی در انتخابات سال ۹۲ گفت: این موضوع "
        "برای همه ما سنگین بود و فوری در ستاد، جلسه‌ای تشکیل شد.\n" + YASER
    )
    assert quotes == [("یاسر هاشمی", None)] * 3


def test_a_family_name_one_bears_in_the_pronouns_clause_is_left() -> None:
    # nobody else is «هاشمی»: whom the clause names is not who speaks in it
    quotes = said("یاسر " + YASER)
    assert quotes == [("یاسر هاشمی", None), (None, None)]


SOBHANI = (
    "آیت‌الله جعفر سبحانی از مراجع تقلید با تاکید ضرورت توجه به هشدار‌ها و توصیه‌های پزشکی "
    "برای مقابله با ویروس کرونا گفت: توصیه پزشکان برای ما حجت است.\n"
    "به گزارش روز نو، وی در یک فایل ویدویی در این خصوص افزود: برای مقابله با این بیماری، "
    "همه باید به مسئولان پرشکی مراجعه کنند.\n"
    "گفتنی است طی چند روز گذشته بسیاری از کارشناسان توصیه کرده‌اند با توجه به این که برخی "
    "شواهد و قرائن نشانگر وضعیت انتشار احتمالی ویروس کرونا در قم است، حضور در کلیه اجتماعات "
    "لغو شود.\n"
)
CLERIC = (
    "این مرجع تقلید، اظهار داشت: به طور قطع در هر پدیده‌ای که رخ دهد، مصلحتی از جانب خداوند "
    "وجود دارد.\n"
    "وی با اشاره به آیه‌ای از قرآن کریم گفت: خداوند محافظانی را برای بشر می‌فرستد.\n"
)


def test_a_pronoun_past_many_unnamed() -> None:
    # roozno_314: experts in the plural, unnamed, between the cleric and «این مرجع تقلید»
    quotes = said(SOBHANI + CLERIC)
    assert quotes[-2:] == [("جعفر سبحانی", None), ("جعفر سبحانی", None)]


def test_a_pronoun_past_many_and_a_writers_sentence_is_left() -> None:
    # one sentence more between: the many are not passed over that far
    quotes = said(SOBHANI + "این توصیه‌ها در روزهای اخیر بارها در رسانه‌ها تکرار شده است.\n" + CLERIC)
    assert quotes[-2:] == [(None, None), (None, None)]


CORONER = (
    "در همین راستا، عباس مسجدی‌آرانی، رئیس پزشکی قانونی کشور، در واکنش به سخنان رئیس‌جمهور "
    "گفته است: دولت باید این آمار را اعلام کند.\n"
)


def test_a_heading_run_into_the_frames_this() -> None:
    # roozno_253: «توضیح استاندار تهران» ran into «این در حالی است که»
    quotes = said(
        CORONER + "توضیح استاندار تهراناین در حالی است که انوشیروان محسنی‌بندپی، استاندار "
        "تهران، سیزدهم بهمن درباره تعداد کشته‌شدگان آبان ۹۸ با تأکید بر اینکه تعداد "
        "کشته‌شده‌ها قطعا خیلی کمتر از هزارو ۵۰۰ نفر است، گفته بود: قرار شده تعداد "
        "کشته‌شده‌ها از سوی پزشکی قانونی و دیگر نهادها اعلام شود.\n"
    )
    assert quotes[-1] == ("انوشیروان محسنی‌بندپی", None)


def test_a_word_ending_in_this_before_a_frame_is_left() -> None:
    # «بنابراین» is a word, and «در حالی که» no frame with its copula: the speaker goes on
    quotes = said(
        CORONER + "وی افزود: بنابراین در حالی که انوشیروان محسنی‌بندپی آمار را اعلام نکرده، ما "
        "گفته بودیم: قرار شده تعداد کشته‌شده‌ها از سوی پزشکی قانونی اعلام شود.\n"
    )
    assert quotes[-1] == ("عباس مسجدی‌آرانی", None)


RABIEI = "علی ربیعی سخنگوی دولت گفت: امروز یک همه باهم متفاوت داریم.\n"


def test_a_slogans_subjunctive_run_into_he() -> None:
    # roozno_768: «... بشکنیم» ends the subheading, «وی» opens the paragraph
    quotes = said(
        RABIEI + "بدون نوسازی عقلانیت حکمرانی نمی‌توانیم اتحاد شوم کرونا و تحریم را بشکنیموی "
        "تصریح کرد: بدون وداع کردن با سبک‌ها و عادات کهنه نمی‌توان به جلو رفت.\n"
    )
    assert quotes[-1] == ("علی ربیعی", None)


def test_a_noun_so_shaped_run_into_he_is_left() -> None:
    # «بازدید» is a noun: «بازدیدوی» is no slogan run into «وی»
    quotes = said(
        RABIEI + "مسئولان در این بازدیدوی را همراهی کردند و مدیرکل میراث فرهنگی گفت: این بنا "
        "مرمت می‌شود.\n"
    )
    assert quotes[-1] == (None, None)
