"""Subheadings run into «وی», «او» or a short family name, and «یک» and a post going on,
behind quotes left with no speaker (the sixteenth and seventeenth draws,
``null_speakers_judged_16.jsonl``, ``null_speakers_judged_17.jsonl``)."""

from __future__ import annotations

from conftest import said

TAJERNIA = (
    "به گزارش روز نو :علی تاجرنیا، فعال سیاسی اصلاح‌طلب درباره الزامات تلاش برای بهبود وضعیت "
    "تولید به خبرآنلاین گفت: در وهله اول باید فرصت رقابت برای بخش خصوصی ایجاد کرد.\n"
)


def test_a_heading_ending_in_shod_run_into_the_pronoun() -> None:
    # roozno_791: «شد» is a heading's verb of two letters
    quotes = said(
        TAJERNIA + "برای تولید کردن باید از هفت خوان رستم رد شدوی افزود: اگر بخواهیم تولید در "
        "کشور رونق بگیرد نیازمند این هستیم که طوری حرکت شود که برای آنها هم به صرفه باشد.\n"
    )
    assert quotes == [("علی تاجرنیا", None)] * 2


MAHRAZ = (
    "به گزارش روز نو، «مینو محرز» عضو کمیته کشوری بیماری‌های عفونی وزارت بهداشت در گفت‌و‌گو "
    "با ایلنا گفت: می‌توانند توصیه کنند که قرنطینه انجام شود.\n"
    "وی افزود: میزان مرگ و میر و شدت بیماری خیلی کمتر از بقیه است.\n"
)


def test_a_heading_ending_in_the_joined_copula_run_into_o() -> None:
    # roozno_317: «استثناست» is «استثنا است», a heading's last word
    quotes = said(
        MAHRAZ + "کرونا در بین ویروس‌ها استثناستاو درباره مدت زمان بهبود فرد مبتلا به کرونا "
        "گفت: این امر نسبی است.\n"
    )
    assert quotes == [("مینو محرز", None)] * 3


def test_a_verb_like_copula_is_no_heading() -> None:
    # «خواست» is a verb, «خوا» no word: «خواستاو» is left as it was
    quotes = said(MAHRAZ + "مردم از دولت کمک خواستاو درباره بهبود گفت: این امر نسبی است.\n")
    assert quotes[-1] == (None, None)


LAK = (
    "به گزارش روز نو :یاسر لک رئیس اداره مطالعات اقتصاد مسکن استان تهران گفت: در مرحله دوم "
    "۲۰ هزار واحد مسکونی ایجاد شد.\n"
)


def test_a_family_name_of_two_letters_run_into_a_heading_verb() -> None:
    # roozno_614: «لک» of «یاسر لک», run into «می‌شود», right before «افزود:»
    quotes = said(
        LAK + "هزینه ساخت مسکن ملی در تهران بین ۲۰۰ تا ۳۰۰ میلیون تومان تمام می‌شودلک افزود: "
        "به طور میانگین قیمت تمام‌شده هر متر حدود ۲ تا ۲.۵ میلیون تومان است.\n"
    )
    assert quotes == [("یاسر لک", None)] * 2


def test_a_short_family_name_not_named_before_is_left() -> None:
    # the article names «یاسر لک» only after: the two letters may be any word's end
    quotes = said(
        "هزینه ساخت مسکن ملی در تهران بین ۲۰۰ تا ۳۰۰ میلیون تومان تمام می‌شودلک افزود: "
        "به طور میانگین قیمت تمام‌شده هر متر حدود ۲ تا ۲.۵ میلیون تومان است.\n" + LAK
    )
    assert quotes[0] == (None, None)


ROSTA = (
    "خبرگزاری فارس: یک استاد دانشگاه پیشنهاد تشکیل ستاد ویژه جلوگیری از فرار سرمایه در دولت "
    "را ارایه کرد.\n"
    "احمد روستا در گفت‌وگو با خبرنگار اقتصادی خبرگزاری فارس، اظهار داشت: دولت جدید باید "
    "ستادی در این رابطه تشکیل دهد.\n"
    "وی گفت: قانون جذب سرمایه‌گذاری‌های خارجی باید زمینه ورود سرمایه‌ها را فراهم کند.\n"
)


def test_one_post_going_on_is_the_one_holder_speaking() -> None:
    # fars-2_72: «یک استاد دانشگاه در ادامه افزود:», the lead's post of «احمد روستا»
    quotes = said(
        ROSTA + "یک استاد دانشگاه در ادامه افزود: این کار مستلزم اجرای نظرات کارشناسان است.\n"
    )
    assert quotes == [("احمد روستا", None)] * 3


def test_one_post_going_on_with_another_who_may_hold_it_is_left() -> None:
    # a second professor spoke last: the lead's «یک استاد دانشگاه» may be either
    quotes = said(
        ROSTA + "حسین راغفر، استاد دانشگاه الزهرا نیز گفت: فرار سرمایه ادامه دارد.\n"
        "یک استاد دانشگاه در ادامه افزود: این کار مستلزم اجرای نظرات کارشناسان است.\n"
    )
    assert quotes[-1] == (None, None)


def test_a_heading_run_into_a_lead_in_before_a_body() -> None:
    # roozno_1055: the subheading «پاسخ چین به درخواست برای تحقیق درباره منشأ کرونا» ran into
    # «در همین حال»
    quotes = said(
        "پاسخ چین به درخواست برای تحقیق درباره منشأ کرونادر همین حال سازمان جهانی بهداشت از "
        "موافقت چین با اعزام کارشناسان خارجی به این کشور جهت تحقیق دربار منشأ ویروس کرونا خبر "
        "داد.\n"
    )
    assert quotes == [(None, "سازمان جهانی بهداشت")]


def test_a_word_before_the_lead_in_is_left() -> None:
    # «مادر» is a word of its own, no heading's last word run into «در»
    quotes = said(
        "نگرانی یک مادر همین حال سازمان جهانی بهداشت از موافقت چین با اعزام کارشناسان خارجی "
        "خبر داد.\n"
    )
    assert quotes == [(None, None)]


# Outside the samples: sentences of shared articles, a heading joined to the paragraph after
# it as the sample's articles lost their line breaks.
BORRELL = (
    "به گزارش ایسنا، به نقل از خبرگزاری رویترز، جوزپ بورل، رئیس سیاست خارجی اتحادیه اروپا "
    "اعلام کرد: این اتحادیه باید به بررسی و ارزیابی پیشنهاد دونالد ترامپ، رئیس جمهوری آمریکا "
    "بپردازد.\n"
)
ON_BORRELL = (
    "ادامه داد: اتحادیه اروپا هشدار می‌دهد که اسرائیل و فلسطینی‌ها باید تعهد هوشمندانه‌ای به "
    "تنها راه‌حل واقعی خاتمه درگیری‌ها یعنی راه‌حل دو کشوری نشان دهند.\n"
)


def test_outside_a_heading_ending_in_shod_run_into_the_pronoun() -> None:
    # tabnak_318: a heading of its subject, run into «وی»
    quotes = said(BORRELL + "طرح صلح آمریکا منتشر شدوی " + ON_BORRELL)
    assert quotes == [("جوزپ بورل", None)] * 2


FERNANDEZ = (
    "کریستینا فرناندز رئیس جمهور آرژانتین اظهار داشت: همین اتفاق بار دیگر زمانی افتاد که "
    "صندوق کرکس با تشکیل لابی در کنگره آمریکا اعلام کرد که ما و ایران در این مسئله شریک "
    "هستیم.\n"
)
ON_FERNANDEZ = (
    "ادامه داد: من فکر می‌کنم که ما با مشکل دیگری در برابر ناامنی و جبهه تروریسم روبرو شدیم.\n"
)


def test_outside_a_heading_ending_in_the_joined_copula_run_into_the_pronoun() -> None:
    # fars-3_272: the subheading «... در حال تغییراست», its copula joined, run into «او»
    # and into «وی»
    heading = "مفهوم تروریسم و دوست و دشمن دائما از سوی قدرت‌های بزرگ در حال تغییراست"
    for pronoun in ("او ", "وی "):
        quotes = said(FERNANDEZ + heading + pronoun + ON_FERNANDEZ)
        assert quotes == [("کریستینا فرناندز", None)] * 2


def test_outside_a_family_name_of_two_letters_run_into_a_heading_verb() -> None:
    # roozno_665: «پارک نیونگ هو» and a subheading of the article run into «هو»
    quotes = said(
        "علاوه بر این، پارک نیونگ هو، وزیر بهداشت این کشور گفت: انجام آزمایش گسترده و رایگان "
        "یکی از عوامل موفقیت نسبی ما در مواجهه با شیوع این ویروس است.\n"
        "قرنطینه، دیگر راهکار مبازره با کرونا در این کشور بوده استهو افزود: روزانه ۱۵۰۰۰ نفر "
        "آزمایش می‌شوند.\n"
    )
    assert quotes == [("پارک نیونگ هو", None)] * 2


def test_outside_one_post_going_on_of_two_holders_is_left() -> None:
    # fars-1_17: «سعیدعابدین درکوش» is read as two persons, each with the lead's post: whose
    # «یک استاد دانشگاه در ادامه» is is not clear
    quotes = said(
        "خبرگزاری فارس - یک استاد دانشگاه شهید بهشتی گفت: باید هرچه زودتر واگذاری مستقیم این "
        "وام‌ها متوقف شود.\n"
        "سعیدعابدین درکوش که در گفت و گو با خبرگزاری فارس، سخن می‌گفت، اظهار داشت: وام‌های "
        "دولتی در تورم موجود کشور خورده می‌شود.\n"
        "درکوش خاطرنشان کرد: ارایه وام بانکی پس از گذشت 30 درصد از مرحله کار معقول نیست.\n"
        "این استاد دانشگاه اضافه کرد: در همین زمان نیز مصرف‌کننده می‌تواند بر روی نقشه اقدام "
        "به خرید واحد مسکونی نماید.\n"
        "یک استاد دانشگاه در ادامه افزود: انبوه‌سازان نیز تنها باید اقدام به ساخت واحدهایی "
        "نمایند که متناسب با درآمد اقشار کم درآمد باشد.\n"
    )
    assert quotes[-1] == (None, None)


def test_outside_a_heading_run_into_a_lead_in_before_a_body() -> None:
    # tabnak_318: its title run into «در همین حال» before the union's statement
    quotes = said(
        "واکنش اتحادیه اروپا و بوریس جانسون به معامله قرن ترامپدر همین حال اتحادیه اروپا در "
        "بیانیه‌ای اعلام کرد، پبشنهادهای رئیس جمهوری آمریکا فرصتی برای از سرگیری مذاکرات "
        "است.\n"
    )
    assert quotes == [(None, "اتحادیه اروپا")]
