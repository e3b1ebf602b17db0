"""What the lexicons know is no person's name, on sentences of the shared news (most from the
judged sample, ``tests/fixtures/persons_judged.jsonl``), and the names that must still stand."""

from __future__ import annotations

import pytest

from khabar.extract import extract_text


@pytest.mark.parametrize(
    "text, names",
    [
        # a country ends no name: «حاج قاسم» (Soleimani) held Israel in check
        ("وی افزود: دور خود دیوار کشیدند، حاج قاسم اسرائیل را حبس کرده بود.", ["قاسم"]),
        # an Iranian town opens none
        ("برای مسیر مرزی «خاش روتک» جز تعهدات دولت به شمار می‌رود.", []),
        # two frequent words run together, a cue run into the outlet's name
        ("سیستمی که از زیرساخت استوار سیاسیاقتصادی برخوردار باشد، گرفتار نخواهد شد.", []),
        ("به گزارشرو زنو: این ویروس علاوه بر مشکلات تنفسی به بدن حمله می‌کند.", []),
        # a frequent word that no name holds, at a name's edge
        ("اپیدمی کرونا با آرامش و سکینه عمومی جوامع انسانی هدف قابل حل است.", []),
        (
            "رئیس مجلس با سلام بر رهبر فرزانه و حکیم انقلاب، هادی کشتی انقلاب در طوفان‌های"
            " سهمگین، نطق خود را آغاز کرد.",
            [],
        ),
        ("روزی فرا خواهد رسید که به اشتباه‌بودن برخی رویه‌ها اعتراف خواهد شد.", []),
        ("هدایتی با اشاره به اعلام پیشینه کیفری در پست استان گفت: این کار انجام می‌شود.", []),
        # a given name that is also a word does not lengthen a name the tagger ends earlier
        (
            "چهره‌هایی همچون حجت‌الاسلام سیدمحمدحسین طباطبایی حافظ کل قرآن در محل مسابقات"
            " مشاهده می‌شود.",
            ["سیدمحمدحسین طباطبایی"],
        ),
        # a company's form ends no name; a name beside the words of a verse is in the verse
        ("غول‌های نفتی اگزون موبیل و شورون کرپ، هر کدام بیش از ۴ درصد افت ارزش داشتند.", []),
        (
            "وی گفت: او تندیس زنده آیه شریفه «محمد رسول‌الله الذین معه اشدا علی الکفار و رحما"
            " بینهم» بود. حاج قاسم اسرائیل را حبس کرده بود.",
            ["قاسم"],
        ),
        # a title in quotes after a work's word; a frequent word in Ezafe or with a pronoun
        ("* پخش فیلم «مارمولک»، ساخته کمال تبریزی در سینما استقلال آغاز شد.", ["کمال تبریزی"]),
        (
            "انیمیشن «والس مکانیکی / La Valse Mécanique» به کارگردانی جولین دیمکنز است.",
            ["جولین دیمکنز"],
        ),
        ("رهبر ایران دستور داد «پاسخ سختگیرانه» به ترور ژنرال افسانه‌ای ایران داده شود.", []),
        ("گفتم علی حرفش را نزن، من بعد از مدت‌ها آرامش نسبی دارم.", []),
        ("بین من و علی چیز پنهانی نبود؛ هرگز ما چیزی را از هم پنهان نکردیم.", []),
        (
            "شواهد نشان می‌دهد که مرتضی آقاتهرانی و علیرضا زاکانی سودای ریاست پارلمان را در سر"
            " می‌پرورانند.",
            ["مرتضی آقاتهرانی", "علیرضا زاکانی"],
        ),
        # kin, a credit glued to the name before it
        ("این مساله باعث شده که بین خانواده پدری و مادری رومینا اختلاف ایجاد شود.", []),
        (
            "کارگردان: عبدالرضا نعمت‌اللهیتهیه‌کننده: عبدالرضا نعمت‌اللهیداستان: مستندی درباره‌ی"
            " مهدی عراقی",
            ["مهدی عراقی"],
        ),
        # Arabic written with Arabic letters, a verse after «آیه», a nickname
        ("قالوا ربنا أ‌متنا اثنتین وأ‌حییتنا اثنتین فاعترفنا بذنوبنا فهل إ‌لی خروج من سبیل.", []),
        ("منظور از «کوثر» در آیه «انا اعطیناک الکوثر» همان قرآن است.", []),
        ("برای همین تقابل خنده و اخم بود که خاتمی به «سید خندان» معروف شد.", []),
        # a school named after someone
        ("در مدرسه ابتدایی پروین اعتصامی شعبه ثابت شماره 15 مستقر است.", []),
    ],
)
def test_no_person(text, names):
    assert [p.name for p in extract_text(text).persons] == names


@pytest.mark.parametrize(
    "text, name",
    [
        # a family name that is a frequent word, and one that is a country
        ("هادی اسلامی در گفت‌وگو با خبرنگار فارس گفت: کار ادامه دارد.", "هادی اسلامی"),
        ("«دیوید کامرون» نخست‌وزیر انگلیس گفت: این کار درست نیست.", "دیوید کامرون"),
        # a name known by a nickname is still a name
        (
            "اخوان‌المسلمین از «سند توافق مصری» که به دست «محمد علی» معروف به «افشاگر»، تنظیم"
            " شده حمایت کرد.",
            "محمد علی",
        ),
        # «علیه» (against) is Persian too, no verse
        ("سخنگوی وزارت خارجه چین گفت: دونالد ترامپ علیه چین سخن گفت.", "دونالد ترامپ"),
        # a family name's shape after a given name, two names joined on purpose
        (
            "بررسی اعضای کابینه پیشنهادی محمد توفیق علاوی امروز هم راه به جایی نبرد.",
            "محمد توفیق علاوی",
        ),
        ("سید حسن حسینی‌شاهرودی در نشست خبری گفت: لایحه در کمیته است.", "سید حسن حسینی‌شاهرودی"),
    ],
)
def test_names_that_stand(text, name):
    assert name in [p.name for p in extract_text(text).persons]
