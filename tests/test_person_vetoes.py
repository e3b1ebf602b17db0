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
        # «پل» a bridge, before a word of Arabic's article: no foreign given name
        (
            "هیچ محدودیتی از جانب نیروهای امنیتی برقرار باشد، پل الزیتون در احترام به خون"
            " کشته‌های آنجا بسته باشد.",
            [],
        ),
        # an Arab's given name that is a word, before his nisba in «ال» (ARMAN's fold 2 and
        # the shared news)
        (
            "تحریمهای ظالمانه علیه عراق ، برداشته نشده است . حکمت العزاوی در گفت‌وگو با"
            " خبرگزاری آناتولی افزود .",
            ["حکمت العزاوی"],
        ),
        (
            "این کار توسط طارق العسیمی، وزیر نفت ونزوئلا که در آن زمان معاون دولت بود، انجام شد.",
            ["طارق العسیمی"],
        ),
        # «جان» after a bare word of address is «dear» («خانم جان», a grandmother; ARMAN's
        # fold 1), not John, who stands after a word of the text (the shared news)
        ("ده‌ها نفر می‌خوردند . بوی آن تمام محل را پر می‌کرد و خانم جان به اهل کوچه هم می‌داد .", []),
        ("ما متوجه شدیم که طی هفته اخیر جان کری وزیر امور خارجه آمریکا در هتل بود.", ["جان کری"]),
        # and so is a name the rules and the tagger open with it there (ARMAN's fold 1)
        ("عکس آقا جان خدابیامرز از خاک سفید شده و تنها رد انگشتان لرزانی روی آن بود .", []),
        # a vessel's kind, a gallery and fishing open no person's name (ARMAN's folds 1-2)
        (
            "زیردریائی کورسک در پي دو انفجاری كه هنوز علت آن توضیح داده نشده است ، در تاریخ 0"
            " اوت » 0 مرداد « در بستر دریای بارنتس به گل نشست اما خبر این واقعه دو روز بعد"
            " اعلام شد .",
            [],
        ),
        (
            "واشنگتن ـ ایرنا : گالری سکلر در واشنگتن ، نمایشگاهی از کتاب شاهنامه را تا 0 اکتبر"
            " ، دائر کرده است .",
            [],
        ),
        (
            "بوشهر ـ معاون صید اداره كل شیلات استان بوشهر گفت : صید میگو در آبهای این استان از"
            " دوشنبه توسط صیادان آغاز شد .",
            [],
        ),
        # a drug alone names no one, though the tagger reads it twice after «تن» (ARMAN's fold 2)
        (
            "تهران ـ واحد مرکزی خبر : گارد ملی ونزوئلا روز چهارشنبه اعلام کرد ، مأموران این کشور"
            " دو تن کوکائین از يك شبکه بین‌المللی قاچاق مواد مخدر کشف کردند . به گزارش خبرگزاری"
            " فرانسه از کارآکاس ، يك عضو گارد ملی ونزوئلا به خبرنگاران گفت : این عملیات در"
            " چارچوب تحقیق هشت‌ماهه در این کشور كه روز جمعه به کشف 0 / 0 تن کوکائین منجر شد ، به"
            " انجام رسید .",
            [],
        ),
        ("روزی فرا خواهد رسید که به اشتباه‌بودن برخی رویه‌ها اعتراف خواهد شد.", []),
        # «پیشینه کیفری» is none; «هدایتی» (عبدالرضا هدایتی, named earlier) reports
        (
            "هدایتی با اشاره به اعلام پیشینه کیفری در پست استان گفت: این کار انجام می‌شود.",
            ["هدایتی"],
        ),
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
        ("برای همین تقابل خنده و اخم بود که خاتمی به «سید خندان» معروف شد.", ["خاتمی"]),
        # a school named after someone
        ("در مدرسه ابتدایی پروین اعتصامی شعبه ثابت شماره 15 مستقر است.", []),
        # kin calls no one by name; an ordinary compound, a word with a pronoun after a title
        ("حاج خالو دشتبان روستا نیز به دلیل پیری نمی‌تواند به خوبی انجام وظیفه کند.", []),
        (
            "وقتی آقا رضا را در کوچه دیدم محمد فریاد زد: کاکا رضا بابایم را آورده و به طرفش دوید.",
            ["رضا"],
        ),
        ("در هر صورت مبدا این تغییر و تحول شهادت ژنرال بین‌المللی ایران است.", []),
        ("فوز و رستگاری بزرگی که نه تنها خود شهید عزیزمان بلکه کل مؤمنین از آن بهره‌مند شد.", []),
        ("همان موشک آمریکایی که بر جسم و جان سردار آسمانی مان فرود آمد.", []),
        # the ordinary word is none of the name; Pompeo, spelt with alef, stands
        ("تمدید تحریم‌ها، سخنان مداخله‌جویانه پامپئو درباره «کرونا» مهم‌ترین خبرها بود.", ["پامپئو"]),
        # a word said twice; a noun before a light verb; a very frequent word beside a rare one
        ('ترامپ گفت، کمپین بایدن یک کمپین "تلو تلو خوران" است.', ["ترامپ", "بایدن"]),
        ("بدون شک با کشتن آنها خون حاج قاسم قصاص نمی‌شود.", []),
        (
            "لیست ائتلاف مردم که خود را با منصب‌شان در دولت محمود احمدی‌نژاد معرفی می‌کنند.",
            ["محمود احمدی\u200cنژاد"],
        ),
        ("بحران بر سر بیولوژیک شدن ویروس کرونا کووید ۱۹، پس از اظهارات پمپئو آغاز شد.", ["پمپئو"]),
        # a title or a word run into a given name is no part of the name (glued_names.py);
        # a listed figure ends the name
        (
            "دکترمحمد امیری رودان که قصد سفر به دور دنیا دارد روز شنبه گفت: سفر آغاز شد.",
            ["محمد امیری رودان"],
        ),
        (
            "احمدی نژادی‌ها در لیست تهران نیستندمحمد حسین طریقت منفرد، فاطمه واعظ جوادی و صادق"
            " خلیلیان در لیست اصلی نبودند.",
            ["فاطمه واعظ جوادی", "صادق خلیلیان", "محمد حسین طریقت منفرد"],
        ),
        (
            "به گزارش روز نو؛ ترامپ کریس مورفی سناتور دمکرات را به دلیل دیدار با محمدجواد ظریف"
            " به نقض قانون لوگان متهم کرد.",
            ["کریس مورفی", "محمدجواد ظریف", "ترامپ"],
        ),
        # holy figures, by their blessing or epithet; a shrine and a ship named after someone
        ("عصر امام همام، حضرت ابوالحسن علی النقی علیه‌السلام، عصر ابتلای جامعه اسلامی بود.", []),
        ("شنیدم مراسم جشن میلاد امیرمومنان در مساجد قم برقرار بوده است.", []),
        (
            "ابراهیم عزیزپور افزود: برای ساخت ساختمان امامزاده سید ابوطالب طالش محله اعتبار"
            " اختصاص یافت.",
            ["ابراهیم عزیزپور"],
        ),
        ('این دو ناو موسوم به "ادمیرال ماکاروف" در حال حرکت به سواحل سوریه هستند.', []),
        # a book's and a publisher's name in a citation, a nickname, a post after a name
        (
            "القشیری النیشابوری، مسلم بن الحجاج، صحیح مسلم، بیروت، احیاء التراث العربی، چاپ"
            " اول، ١٣٧٥ش.",
            ["القشیری النیشابوری", "مسلم بن الحجاج"],
        ),
        ("سیوطی، تاریخ الخلفأ، بغداد، مکتبه المثنی، ١٤١٦ق.", []),
        (
            "می‌توان به پرونده هادی رضوی، سلطان سکه، سلطان قیر و بانک سرمایه اشاره کرد.",
            ["هادی رضوی"],
        ),
        (
            "کاربران اماراتی به شدت از سیاست‌های محمد بن سلمان ولیعهد عربستان انتقاد کردند.",
            ["محمد بن سلمان"],
        ),
        # a name the article gives in full goes on so where the tagger ends it early
        (
            "غلامحسین غیب پرور رئیس سابق سازمان بسیج نامه‌ای نوشت. سخنگوی سپاه در خصوص نامه"
            " انتقادی غلامحسین غیب پرور به رئیس سازمان صدا و سیما تاکید کرد: نامه مشفقانه است.",
            ["غلامحسین غیب پرور"],
        ),
        # a car by its model's code, an outlet quoted after a source's cue
        ("همچنین قیمت هایما توربو S۵ با بیشترین رشد قیمت (۴۸ درصد) تعیین شده است.", []),
        ('به گزارش رو زنو :به نقل از "هلث لاین"، اما یک نکته مشخص این است.', []),
        # a parenthesis the name does not open
        (
            "مسؤولیت این یگان را (سید) حسن نصرالله دبیر کل حزب‌الله شخصا برعهده دارد.",
            ["حسن نصرالله"],
        ),
        # a word with a pronoun after a given name, a plural with one
        ("هیچ کس زنده نمانده. زینب سرش را روی خاک‌ها گذاشت.", []),
        ("چشم‌های نازنین اشک‌هایش را پاک کرد و رفت.", []),
        # a verb in «ا» after «ب»; a compound of words after a given name is no family name
        (
            "می‌ترسیدم افشای این موضوع با وجود قول ازدواج آریا به آبروریزی بینجامد، اما زود"
            " گذشت. همه تلاش‌هایم برای ترک دادن آریا بی‌فایده بود.",
            ["آریا"],
        ),
    ],
)
def test_no_person(text, names):
    assert [p.name for p in extract_text(text).persons] == names


def test_a_sport_opens_no_persons_name():
    # a heading of the shared news: table tennis, then the two who wrote letters
    text = (
        "همان وحدت نیم‌بند را هم به تلی از خاکستر تبدیل کرد. پینگ پنگ حدادعادل آقاتهرانی"
        "به گزارش روزنو :شامگاه یکشنبه بود که غلامعلی حدادعادل در ردای ریاست شورای وحدت دست "
        "به قلم شد. حدادعادل در پایان این نامه سرگشاده می‌نویسد: «امیدوارم این اختلاف حل شود»."
    )
    found = [p.name for p in extract_text(text).persons]
    assert "غلامعلی حدادعادل" in found, found
    assert not any("پینگ" in name for name in found), found


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
        # family names made with a ZWNJ of words; a given name said twice
        (
            "شهاب‌الدین بی‌مقدار، حمید گرمابی و آتنه فقیه‌نصیری در این جلسه حضور داشتند.",
            "شهاب\u200cالدین بی\u200cمقدار",
        ),
        (
            "شهاب‌الدین بی‌مقدار، حمید گرمابی و آتنه فقیه‌نصیری در این جلسه حضور داشتند.",
            "آتنه فقیه\u200cنصیری",
        ),
        ("دیدار سه‌جانبه «اشرف غنی» و «عبدالله عبدالله» برگزار شد.", "عبدالله عبدالله"),
        # a word of a name before the rule's, a rule's name the tagger ends at its given name
        (
            "رویکرد رهبری سیاسی کویت و در راس آن صباح احمد جابر صباح، امیر کویت ستایش شده است.",
            "صباح احمد جابر صباح",
        ),
        (
            "محمدرضا نجفی‌منش، قطعه‌ساز و از فعالان صنعت خودرو در مورد تصمیم مجلس گفت: مساله"
            " وجود دارد.",
            "محمدرضا نجفی\u200cمنش",
        ),
        (
            "رشاد کارخانی و آصف رفیعی در این فیلم مقابل دوربین محسن ذوالانوار بازی کردند.",
            "محسن ذوالانوار",
        ),
        # a listed given name that is a word too, and a listed family name no frequent word
        (
            "مالک شریعتی در صفحه توییتر خود به اصولگرایان هشدار داده که اختلافات خود را به"
            " صحن علنی نکشانند.",
            "مالک شریعتی",
        ),
        # a foreign given name that is a Persian word too, before a rare word of no Persian shape
        (
            "ظریف را صرفا بخشی از روند عادی دیدارهای وزیر خارجه دانستند، اما آن زمان دیدار"
            " بیل ریچاردسون و ظریف خبرساز شد.",
            "بیل ریچاردسون",
        ),
        # the next item of a list of persons, its family name a word too (ARMAN, folds 1-2)
        (
            "سعید پورصمیمی در این فیلم كه فیلمبرداری آن احتمالا از هفته آینده در کرمان آغاز"
            " خواهد شد همبازی مهدی احمدی و پریوش نظریه خواهد بود .",
            "پریوش نظریه",
        ),
        # the first item of a list of persons, at the end of its clause's first words
        (
            "در این نمایش محمدرضا فروتن ، ستاره اسکندری ، شبنم طلوعی ، سهیلا رضوی ، مریم سعادت"
            " ، حسن معجونی ، مهرداد ضیائی ، رضا مختاری ، کوروش تهامی ، محمود راسخ و مهدی فتحی"
            " بازی می‌کنند .",
            "محمدرضا فروتن",
        ),
    ],
)
def test_names_that_stand(text, name):
    assert name in [p.name for p in extract_text(text).persons]


@pytest.mark.parametrize(
    "text, name",
    [
        # the tagger's name and the rule's: a listed given name and a frequent word of a family
        # name's shape, though a title stands before it (ARMAN's fold 2)
        (
            "بر خلاف آقای هاشم آغاجری كه می‌گوید : اصلاحات سزارین نیست ، زایمان طبیعی است ،"
            " فدوی معتقد است كه اصلاحات نه سزارین است و نه زایمان طبیعی .",
            "هاشم آغاجری",
        ),
        # a frequent word of no family name's shape, the same two words named twice (fold 1)
        (
            "کشتی یونانی ساخته ناصر تقوایی ، انگشتر ساخته ابوالفضل جلیلی ، در کاری از محسن"
            " مخملباف ، از جمله این فیلمها هستند . این مؤسسه همچنین در تهیه فیلمهای گفتگو با باد"
            " اثر بهرام بیضائی ، باران و بومی ساخته رخشان بنی‌اعتماد و دو اثر داریوش مهرجوئی و"
            " تست دموکراسی از محسن مخملباف و مستندی از کیومرث درم نقش داشته است .",
            "محسن مخملباف",
        ),
        # two given names of another language written as one are no compound of words
        (
            "پاریس ـ ایرنا : ژان‌پیر شونمان ، وزیر کشور فرانسه در اعتراض به سیاستهای نخست‌وزیر"
            " آن کشور در جزیره کرس و ادامه بحران در آن جزیره ، از سمت خود کناره‌گیری می‌کند .",
            "ژان\u200cپیر شونمان",
        ),
    ],
)
def test_names_the_tagger_and_rules_agree_on(text, name):
    assert name in [p.name for p in extract_text(text).persons]


@pytest.mark.parametrize(
    "text, name",
    [
        # a son of someone, the Arab way, though his name and his father's are words too, and
        # his house written as one word, which the tagger takes for a body (ARMAN's folds 1-2)
        (
            "ابوظبی ـ ایرنا : دربار امارات‌عربی‌متحده دوشنبه شب اعلام کرد ، شیخ زائد بن سلطان آل"
            " نهیان رئیس این کشور ، مورد عمل جراحی پیوند کلیه قرار گرفت .",
            "زائد بن سلطان آل نهیان",
        ),
        (
            "شیخ حامد بن خلیفه آل‌ثانی امیر قطر عصر سه‌شنبه با حضور در محل اقامت رئیس‌جمهور با وي"
            " دیدار کرد .",
            "حامد بن خلیفه آل\u200cثانی",
        ),
    ],
)
def test_sons_of(text, name):
    assert name in [p.name for p in extract_text(text).persons]


def test_a_thing_of_a_son_is_no_name():
    # a picture of «بن سلمان» (the shared news): a frequent word before «بن» is no name's
    text = (
        "همچنین منابع در کشورهای حوزه خلیج فارس که در دفتر شاهزاده احمد حضور داشتند به روزنامه"
        " رأی‌الیوم گفتند، تصویر بن سلمان را در کنار تصویر پدرش در دفتر نصب نکرده است."
    )
    assert not any(p.name.startswith("تصویر") for p in extract_text(text).persons)


def test_names_once_is_no_pair():
    # named so once, a frequent word of no family name's shape ends no name: in the news
    # such pairs are a given name and a word of the sentence («منیژه الان»)
    text = (
        "کشتی یونانی ساخته ناصر تقوایی ، انگشتر ساخته ابوالفضل جلیلی ، در کاری از محسن"
        " مخملباف ، از جمله این فیلمها هستند ."
    )
    assert "محسن مخملباف" not in [p.name for p in extract_text(text).persons]


def test_list_joined_by_underscores():
    # a list of names joined by dashes and underscores: its family names alone are persons
    # between persons found, across «_» as across a dash (ARMAN's fold 1)
    text = (
        "رشیدا آقایان دکتر ادیبی ـ اجتماعی ـ جندقی ـ ملازاده _ سید فضل‌الله ذوالقدر _ حاج حسین"
        " غلام‌آزاد ـ علیزاده ـ اشرفیان _ یوسف درفشی ـ جراحی ـ عزیزیان ـ عرفانیان ."
    )
    names = [p.name for p in extract_text(text).persons]
    assert {"ملازاده", "علیزاده", "اشرفیان"} <= set(names)


def test_a_foreign_given_word_before_a_known_family_name():
    # «بیل» (Bill) before the family name of «ویلیام بلین ریچاردسون», named in full: no
    # second person of that family name, so «ریچاردسون توضیح می‌دهد» stays his
    text = (
        "ویلیام بلین ریچاردسون، سیاست‌مدار و دیپلمات آمریکایی، که در ماجرای تبادل زندانیان"
        " بین ایران و آمریکا نقش داشته است می‌گوید: متأسفانه به نظر نمی‌رسد دو آزادی اخیر که"
        " من چنان سخت برایشان کار کردم، برای آن هدف بلندمدت‌تر به کار گرفته شده باشند.\n"
        "محسن بهاروند، مدیر‌کل وقت آمریکای وزارت امور خارجه، اما آن زمان دیدار بیل ریچاردسون"
        " و ظریف را صرفا بخشی از روند عادی دیدار‌های وزیر خارجه باسابقه ایران با مقامات سابق"
        " آمریکایی بر حسب آشنایی‌های قدیمی دانست.\n"
        "ریچاردسون توضیح می‌دهد همین مرکز نقطه ورود او به ماجرای تبادل زندانیان بین ایران و"
        " آمریکا بوده است."
    )
    doc = extract_text(text)
    assert [p.name for p in doc.persons] == ["محسن بهاروند", "ویلیام بلین ریچاردسون"]
    assert doc.quotes[-1].speaker == "ویلیام بلین ریچاردسون"


def test_a_town_named_family_name_shown_a_person():
    # «یونسی», a town of Razavi Khorasan and a family name: a post after one mention shows
    # a person (ARMAN, folds 1-2), and the mention that has no such word is his too
    text = (
        "یونسی وزیر اطلاعات در بخش دیگری از گفت‌وگوی خود با خبرنگاران رسانه‌های داخلی ، بر"
        " اهمیت نقش رسانه‌ها و مطبوعات در فرآیند بسیار مهم ایجاد امنیت تأکید کرد .\n"
        "یونسی به عوامل مؤسس وحدت ملی اشاره کرد و مهمترین این عوامل را ایدئولوژی اسلامی"
        " منسجم در کشور دانست ."
    )
    assert [(p.name, len(p.mentions)) for p in extract_text(text).persons] == [("یونسی", 2)]


def test_a_town_named_family_name_alone_stays_a_place():
    doc = extract_text("زلزله‌ای به بزرگی چهار ریشتر یونسی را لرزاند.")
    assert doc.persons == []
    assert [p.name for p in doc.places] == ["یونسی"]


@pytest.mark.parametrize(
    "text, names",
    [
        # two family names joined by «و», each the context of the other (ARMAN, folds 1-2)
        ("رجائی و باهنر ، فرزندان فقر ، فقر فخرآفرین بودند .", ["رجائی", "باهنر"]),
        (
            "معاون امور سینمائی و سمعی و بصری وزارت فرهنگ و ارشاد اسلامی ، با گرامیداشت هفته"
            " دولت و یاد شهیدان ، رجائی و باهنر ، دستاوردهای این وزارتخانه را در حوزه سینما"
            " برشمرد .",
            ["رجائی", "باهنر"],
        ),
        # a rarer word after the second may be the rest of its name: the list gives it whole
        (
            "آرمی همر، مکس مینگلا، رشیدا جونز و رونی مارا در این فیلم مقابل دوربین جف"
            " کرونن‌وث بازی کردند.",
            ["آرمی همر", "مکس مینگلا", "رشیدا جونز", "رونی مارا", "جف کرونن‌وث"],
        ),
    ],
)
def test_names_joined_by_and(text, names):
    assert [p.name for p in extract_text(text).persons] == names


@pytest.mark.parametrize(
    "text, name",
    [
        # a family name written with its ending after a ZWNJ, right before a post: the post
        # names a person there though the tagger marks none (the shared news; ARMAN, fold 2)
        (
            "وی ادامه داد: این توافق‌نامه بعد از جلسه با تقوی‌نژاد مدیر امور مالیاتی کشور، با"
            " حضور نوری رئیس سازمان مالیاتی به امضا رسید.",
            "تقوی‌نژاد",
        ),
        (
            "در آذر ماه سال 0 ، محبی‌نیا نماینده مردم میاندوآب در مجلس پنجم ، در گفتگو با"
            " کیهان ، خبر از طرحی می‌دهد .",
            "محبی‌نیا",
        ),
    ],
)
def test_family_name_apart_before_post(text, name):
    assert name in [p.name for p in extract_text(text).persons]


def test_word_apart_before_post_no_name():
    # a plural written with its ending apart is no family name's («...‌های»)
    text = "سازمان ملل و ارگان‌های وابسته به آن بهترین متولی این کار هستند."
    assert extract_text(text).persons == []


@pytest.mark.parametrize(
    "text, name",
    [
        # Arab given names the list lacked, before a family name that is a word too, a post
        # after them (the shared news)
        (
            "عبدالله الاشعل حمله تبلیغاتی گسترده‌ای را علیه عمرو موسی، وزیر سابق خارجه مصر و"
            " دبیرکل سابق اتحادیه عرب آغاز کرد.",
            "عمرو موسی",
        ),
        (
            "طارق عبدالباسط، یکی از اعضای تیم فنی وابسته به هیئت کل استخراج نفت دولتی گفت:"
            " نتایج بسیاری از پایگاه‌های نفتی در آب‌های یمن خوشحال کننده است.",
            "طارق عبدالباسط",
        ),
    ],
)
def test_given_names_added(text, name):
    assert name in [p.name for p in extract_text(text).persons]


def test_counted_head_ends_no_name():
    # «نفر دوم» ranks the name before it (ARMAN, fold 1): no «طارق نفر»
    text = (
        "پلیس پاکستان دیروز سه تن از رهبران سپاه صحابه را شامل : اعظم طارق نفر دوم این گروه"
        " ، مولانا محمد احمد مسئول استان پنجاب بازداشت کرد ."
    )
    assert "طارق نفر" not in [p.name for p in extract_text(text).persons]
