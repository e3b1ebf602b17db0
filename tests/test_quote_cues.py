"""Reporting verbs with no colon: «اعلام کرد که ...», «نوشت، ...», «گفت آمار ...».

The sentences are those of the gold articles (tests/fixtures/news) where the quote was missed.
"""

import pytest
from quote_rows import quote_rows

from khabar.extract import extract_text


@pytest.mark.parametrize(
    ("text", "kind", "organization", "said"),
    [
        (  # roozno_291
            "به گزارش ایرنا، روز گذشته وزارت بهداشت، درمان وآموزش پزشکی اعلام کرد دو نفر در قم "
            "به علت ابتلا به ویروس کرونا جان باختند.",
            "direct",
            "وزارت بهداشت، درمان و آموزش پزشکی",
            "دو نفر در",
        ),
        (  # fars-5_94
            "خبرگزاري فارس : روزنامه واشنگتن پست نوشت ، برگزاري اجلاس انرژي آمريكاي لاتين در "
            "ونزوئلا ، سياستهاي آمريكا را با چالشهاي جديدي روبرو خواهد كرد.",
            "direct",
            "روزنامه واشنگتن پست",
            "برگزاری اجلاس انرژی",
        ),
        (  # tabnak_571
            "در این راستا شبکه المیادین گزارش داد، تجهیزات نظامی آمریکا به پایگاه عین الاسد "
            "منتقل شد.",
            "direct",
            "المیادین",
            "تجهیزات نظامی آمریکا",
        ),
        (  # roozno_1019
            "خبرگزاری رویترز گزارش داد که پنج نفت‌کش ایرانی حامل بنزین به نزدیکی دریای کارائیب "
            "رسیده‌اند.",
            "indirect",
            "رویترز",
            "پنج نفت‌کش ایرانی",
        ),
        (  # fars-5_247
            "به نوشته خبرگزاری «آناتولی»، خسارت ناشی از انفجار بیروت بسیار سنگین است.",
            "indirect",
            "خبرگزاری آناتولی",
            "خسارت ناشی از",
        ),
        (  # tabnak_442
            "پارلمان کویت طرح صلح تحمیلی آمریکا درباره مسئله فلسطین را محکوم کرد و از دولت "
            "خواست تا مخالفت خود را با این طرح اعلام کند.",
            "indirect",
            "پارلمان کویت",
            "مخالفت خود را",
        ),
        (
            "سپاه در بیانیه‌ای اعلام کرد که دشمن شکست خورد.",
            "indirect",
            "سپاه پاسداران انقلاب اسلامی",
            "دشمن شکست خورد",
        ),
    ],
)
def test_an_organization_that_reports_without_a_colon(text, kind, organization, said):
    assert quote_rows(text) == [(kind, None, organization, said)]


def test_this_paper_is_the_outlet_that_spoke_and_he_is_not_an_outlet():
    text = (
        "روزنامه واشنگتن پست نوشت: اجلاس انرژی آمریکا را با چالش روبرو می‌کند.\n"
        "این روزنامه در ادامه افزود: دولت هوگو چاوز قصد دارد همکاری را گسترش دهد.\n"
        "وی افزود: این اجلاس مهم است."
    )
    assert [(s, o) for _, s, o, _ in quote_rows(text)] == [
        (None, "روزنامه واشنگتن پست"),
        (None, "روزنامه واشنگتن پست"),
        (None, None),
    ]


@pytest.mark.parametrize(
    ("text", "kind", "speaker", "said"),
    [
        (  # roozno_1019
            "«ولادیمیر پادرینو» وزیر دفاع ونزوئلا چهارشنبه گذشته اعلام کرد که ارتش این کشور، "
            "تانکرهای حامل نفت ایران را اسکورت می‌کند.",
            "indirect",
            "ولادیمیر پادرینو",
            "ارتش این کشور،",
        ),
        (  # roozno_215
            "حسن روحانی، رئیس‌جمهور روز گذشته در کنفرانس مطبوعاتی خود گفت آمار کشته‌شدگان "
            "در اختیار پزشکی قانونی کشور است.",
            "direct",
            "حسن روحانی",
            "آمار کشته‌شدگان در",
        ),
    ],
)
def test_a_person_who_says_it_after_که_or_with_no_colon(text, kind, speaker, said):
    assert quote_rows(text) == [(kind, speaker, None, said)]


def test_no_colon_and_nobody_known_saying_it_has_no_speaker():
    # tabnak_776: محسن خلیلی, inside the clause, is not who said it
    text = (
        "با وجود اینکه انصاری‌فرد در برکناری محسن خلیلی و انتصاب افشین پیروانی به عنوان "
        "سرپرست باشگاه اعلام کرده بود می‌خواهد یک فرد مدیرتر برای تیم باشد، این اتفاق نیفتاد."
    )
    assert [(k, s, o) for k, s, o, _ in quote_rows(text)] == [("direct", None, None)]


def test_according_to_an_official_unnamed_is_a_quote_of_nobody_named():
    # fars-1_296
    text = "به گفته این مقام آگاه، با توقف پرداخت‌ها به یورو، ایران متضرر می‌شود."
    assert quote_rows(text) == [("indirect", None, None, "با توقف پرداخت‌ها")]


def test_what_someone_asked_others_to_do_is_indirect():
    # fars-5_238
    text = (
        "سید حسن نصرالله دبیرکل حزب‌الله لبنان گفت: ما با نفاق غرب مواجه هستیم.\n"
        "وی از مسلمانان سراسر جهان خواست اعتراض‌های خود را به شیوه‌های مسالمت‌آمیز ابراز کنند."
    )
    assert quote_rows(text)[1] == ("indirect", "سید حسن نصرالله", None, "اعتراض‌های خود را")


def test_a_verb_inside_what_was_said_after_که_opens_nothing():
    # fars-5_247: «به بار آورده است» is no «آورده است» of a report
    text = (
        "مروان عبود استاندار بیروت روز گذشته گفته بود که انفجار در بندر بیروت ویرانی بسیار "
        "زیادی به بار آورده است به‌طوری که در پی این حادثه، هزاران تن کشته شده‌اند."
    )
    assert quote_rows(text) == [("indirect", "مروان عبود", None, "انفجار در بندر")]


def test_one_cannot_say_that_is_nobodys_quote_and_the_colon_is_the_sentences():
    # fars-4_64
    text = (
        "سید بهلول حسینی نماینده مردم میانه در پاسخ به این سؤال که چرا قیمت مسکن افزایش "
        "داشت، پس بنابراین نمی‌توان گفت که اگر سقف وام افزایش یابد قیمت مسکن نیز گران "
        "می‌شود، اظهار داشت: برای افزایش مسکن پارامترهای دیگری نیز دخیل است."
    )
    assert quote_rows(text) == [("direct", "سید بهلول حسینی", None, "برای افزایش مسکن")]


def test_he_said_that_is_indirect():
    text = (
        "مروان عبود استاندار بیروت گفت: خسارت بسیار سنگین است.\n"
        "وی همچنین گفته بود که این انفجار تقریبا ۳۰۰ هزار لبنانی را بی‌خانمان کرده است."
    )
    assert quote_rows(text)[-1] == ("indirect", "مروان عبود", None, "این انفجار تقریبا")


def test_a_post_only_lead_is_the_one_person_holding_another_wording_of_it():
    # roozno_215: the lead is مسجدی آرانی's post, not روحانی's, who speaks next
    text = (
        "رییس سازمان پزشکی قانونی گفت: اعلام آمار کشته‌شدگان برعهده دولت است.\n"
        "حسن روحانی، رئیس‌جمهور روز گذشته در کنفرانس مطبوعاتی خود گفت آمار کشته‌شدگان "
        "در اختیار پزشکی قانونی کشور است.\n"
        'در همین صبح امروز "عباس مسجدی آرانی" رییس پزشکی قانونی کشور در واکنش به سخنان '
        "رییس‌جمهور گفت: دولت باید این آمار را اعلام کند."
    )
    doc = extract_text(text)
    assert [q.speaker for q in doc.quotes] == ["عباس مسجدی آرانی", "حسن روحانی", "عباس مسجدی آرانی"]
    posts = {p.name: p.posts for p in doc.persons}
    assert "رییس سازمان پزشکی قانونی" not in posts["حسن روحانی"]


def test_what_someone_wished_for_between_خواستار_and_شد():
    # fars-1_227, roozno_1197
    text = (
        "برونو رودریگز وزیر امور خارجه کوبا گفت: آمریکا سعی دارد مزدوران را قهرمان جلوه دهد.\n"
        "رودریگز در عین حال خواستار توضیح کشورهایی شد که حقوق بشر را نقض می‌کنند.\n"
        "ترامپ بارها خواستار مذاکره با ایران شده است؛ اما ایران نپذیرفت."
    )
    assert quote_rows(text)[1:] == [
        ("indirect", "برونو رودریگز", None, "توضیح کشورهایی"),
        ("indirect", "ترامپ", None, "مذاکره با ایران"),
    ]
    assert extract_text(text).quotes[1].verb == "خواستار ... شد"


@pytest.mark.parametrize(
    ("text", "organization", "said"),
    [
        (  # fars-2_295: after the source «بنا بر این گزارش،»; «پلیس» is not Iran's police
            "بنا بر این گزارش، در حالی که پلیس برزیل در تلاش برای کم نشان دادن تعداد "
            "تظاهرکنندگان اعلام کرد که 10 هزار نفر در آن شرکت داشتند.",
            "پلیس برزیل",
            "10 هزار نفر",
        ),
        (  # fars-3_187: the people after «از» are what the palace announced
            "به گزارش گروه بین‌الملل خبرگزاری فارس، کاخ ریاست جمهوری فرانسه (الیزه) طی "
            "بیانیه‌ای از گفت‌وگوی تلفنی «فرانسوآ اولاند» رئیس‌جمهور فرانسه و «دیوید کامرون» "
            "نخست‌وزیر انگلیس درباره تقویت همکاری‌های دو کشور خبر داد.",
            "کاخ ریاست جمهوری فرانسه",
            "گفت‌وگوی تلفنی «فرانسوآ",
        ),
        (  # fars-4_27
            "خبرگزاری فارس: باشگاه اسرای فلسطین فاش کرد که رژیم صهیونیستی اسرای فلسطینی را "
            "بشدت شکنجه می‌کند.",
            "باشگاه اسرای فلسطین",
            "رژیم صهیونیستی اسرای",
        ),
        (  # fars-4_27: «به گفته» after the source
            'به گزارش فارس به نقل از روزنامه "الدستور" چاپ اردن، به گفته باشگاه اسرای '
            "فلسطین، اداره زندان‌های رژیم صهیونیستی اسرا را بشدت مجازات می‌کند.",
            "باشگاه اسرای فلسطین",
            "اداره زندان‌های رژیم",
        ),
    ],
)
def test_an_organization_after_a_source_or_before_what_it_announced(text, organization, said):
    assert quote_rows(text) == [("indirect", None, organization, said)]


def test_an_outlet_citing_someone_else_is_not_the_speaker():
    # fars-5_144: the minister speaks, the news agency relays
    text = (
        "خبرگزاری «فلندر» نیوز به نقل از وزیر کشور بلژیک نوشته است که پلیس این کشور در "
        "اقدامی پیشگیرانه به حالت «تهدید جدی» درآمده است."
    )
    assert [(s, o) for _, s, o, _ in quote_rows(text)] == [(None, None)]


def test_this_report_is_the_outlets_and_a_name_in_guillemets_that_wrote_is_an_outlet():
    # fars-5_92: «به نوشته این گزارش» after the outlet spoke
    text = (
        "پایگاه خبری بیزینس لاین طی گزارشی نوشت، از آنجایی که به روپیه‌ها سود تعلق "
        "نمی‌گیرد، ایران بیشتر متضرر می‌شود.\n"
        "به نوشته این گزارش، یک هیئت از مقامات ارشد دولت ایران به هند سفر کرده است."
    )
    assert [o for _, _, o, _ in quote_rows(text)] == ["پایگاه خبری بیزینس لاین"] * 2
    # fars-2_295: the report is not that of the police who spoke last
    text = (
        "بنا بر این گزارش، در حالی که پلیس برزیل اعلام کرد که 10 هزار نفر در آن شرکت "
        "داشتند، بانیان شمار معترضان را بیشتر اعلام کردند.\n"
        "در این گزارش آمده است، تظاهرات آرام زمانی به خشونت گروید."
    )
    assert [o for _, _, o, _ in quote_rows(text)] == ["پلیس برزیل", None]
    # roozno_609
    text = (
        "به گزارش روز نو :«کوریا تایمز» روز شنبه نوشت اگر چه آمار قابل استنادی وجود ندارد، "
        "رهبر کره شمالی پایتخت را ترک کرده است."
    )
    assert quote_rows(text) == [("direct", None, "کوریا تایمز", "اگر چه آمار")]
    # fars-4_251: «گزارش داده‌اند» reports
    text = "رسانه‌های صهیونیستی گزارش داده‌اند این خانواده‌ها دوشنبه شکایت کرده‌اند."
    assert quote_rows(text) == [("direct", None, None, "این خانواده‌ها دوشنبه")]


def test_an_act_that_names_only_its_topic_is_no_quote_but_its_subject_holds_the_post():
    # tabnak_104: «... را تشریح کرد.» quotes nothing; the post is رحمانی's all the same
    text = (
        "سرپرست مرکز اطلاعات و کنترل ترافیک پلیس راهور ناجا آخرین وضعیت ترافیکی امروز "
        "(دوم بهمن ماه ۹۸) را تشریح کرد.\n"
        "به گزارش باشگاه خبرنگاران جوان، سرهنگ نادر رحمانی درباره آخرین وضعیت راه‌های کشور "
        "اظهار کرد: در حال حاضر تردد در محور‌های شمالی روان است."
    )
    doc = extract_text(text)
    assert [(q.verb, q.speaker) for q in doc.quotes] == [("اظهار کرد", "نادر رحمانی")]
    assert doc.persons[0].posts == ["سرپرست مرکز اطلاعات و کنترل ترافیک پلیس راهور ناجا"]
    # fars-3_243: a warning that names its topic; one that says what is a quote
    assert quote_rows("رئیس جمهور عراق به گروهک‌های مخالف ایران هشدار داد.") == []
    said = quote_rows("جلال طالبانی هشدار داد که گروهک‌ها باید خاک عراق را ترک کنند.")
    assert said == [("indirect", "جلال طالبانی", None, "گروهک‌ها باید خاک")]


def test_according_to_after_and_and_an_outlet_named_again():
    # tabnak_776: «... و به نوشته ایلنا، ...» inside a sentence
    text = (
        "این ماجرا باعث سو استفاده برخی از بازیکنان مجرد این تیم شده و به نوشته ایلنا ، "
        "آنها افرادی را همراه خود به سفر آوردند."
    )
    assert quote_rows(text) == [("indirect", None, "ایلنا", "آنها افرادی را")]
    # roozno_609: «کوریا تایمز», an outlet once it wrote, is one when named again
    text = (
        "به گزارش روز نو :«کوریا تایمز» روز شنبه نوشت اگر چه آمار قابل استنادی وجود ندارد، "
        "رهبر کره شمالی پایتخت را ترک کرده است.\n"
        "کوریا تایمز گزارش کرده نادر است که یک رهبر کره شمالی از پایتخت دور شود."
    )
    assert [o for _, _, o, _ in quote_rows(text)] == ["کوریا تایمز", "کوریا تایمز"]


def test_asked_from_announced_with_a_colon_and_according_to_someone_unknown():
    # fars-1_235: «خواست از ...»; fars-4_132: «خبر داد:»; roozno_1196: «به گفته پسنده ...»
    text = (
        "سید حسن نصرالله دبیرکل حزب‌الله لبنان گفت: ما با نفاق غرب مواجه هستیم.\n"
        "وی همچنین از فلسطینی‌ها خواست از مبارزه دست برندارند."
    )
    assert quote_rows(text)[1] == ("indirect", "سید حسن نصرالله", None, "از مبارزه دست")
    text = "وزیر کشور خبر داد: ایجاد کمیته برای ساماندهی اتباع خارجی"
    assert quote_rows(text) == [("direct", None, None, "ایجاد کمیته برای")]
    text = "به گفته پسنده این کشتی از نوع شناور زیر ۵۰۰ تن بوده است."
    assert quote_rows(text) == [("indirect", None, None, "این کشتی از")]


def test_a_verb_and_then_what_was_wished_are_twoquote_rows():
    # fars-5_54
    text = (
        "کاظم حافظ‌نیا خطیب جمعه آستارا گفت: انتخابات مهم است.\n"
        "وی ولایت‌مداری را یکی از ویژگی‌های مهم در انتخاب فرد اصلح عنوان کرد و خواستار دقت و "
        "توجه بیشتر مردم در انتخاب شد."
    )
    assert quote_rows(text)[1:] == [
        ("indirect", "کاظم حافظ‌نیا", None, "ولایت‌مداری را یکی"),
        ("indirect", "کاظم حافظ‌نیا", None, "دقت و توجه"),
    ]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (  # fars-5_247: an estimate stated
            "استاندار بیروت در اظهاراتی میزان خسارت ناشی از انفجار بندر بیروت را بین 10 تا 15"
            " میلیارد دلار برآورد کرد.",
            ("indirect", "در اظهاراتی میزان"),
        ),
        (  # fars-5_247: «که» after «از ... خبر دادند» tells more of what was reported
            "منابع خبری عصر روز سه‌شنبه از وقوع یک انفجار مهیب در بندر بیروت خبر دادند که"
            " شمار کشته‌ها بالاست.",
            ("indirect", "وقوع یک انفجار"),
        ),
        (  # fars-5_144: the object before «و» is the verb's before it
            "این فرد نام فیلم خود را «پیامبر بی‌گناه» نامیده و گفته است فیلمش در مورد زندگی"
            " پیامبر اسلام است.",
            ("direct", "فیلمش در مورد"),
        ),
        (  # fars-4_70
            "این در حالی است که ترکیه عملیاتی را آغاز کرده و مدعی است که با چنین حملاتی قصد"
            " دارد شبه‌نظامیان کرد را از مرزهای خود دور کند.",
            ("indirect", "با چنین حملاتی"),
        ),
    ],
)
def test_reporting_verbs_and_frames_found_since(text, said):
    assert [(kind, words) for kind, _, _, words in quote_rows(text)] == [said]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (  # roozno_340
            "حسن روحانی رییس جمهوری ابراز امیدواری کرد: همکاری‌های ایران و اتریش گسترش یابد.",
            ("direct", "حسن روحانی", "همکاری‌های ایران و"),
        ),
        (  # roozno_31
            "حسین سلامی در گفت‌وگو با ایلنا اشاره کرد: امروز در کشور کم تحریم نداریم.",
            ("direct", "حسین سلامی", "امروز در کشور"),
        ),
    ],
)
def test_verbs_found_before_a_colon_in_the_judged_samples(text, said):
    assert [(kind, speaker, words) for kind, speaker, _, words in quote_rows(text)] == [said]


def test_a_verb_inside_the_question_answered_is_not_the_answer() -> None:
    # sobhane2_58 of the shared news: «برخی می‌گوید» is inside what was asked; the answer
    # is the colon's, said by the former commander
    text = (
        "سرلشکر محمد علی جعفری فرمانده قرارگاه فرهنگی حضرت بقیه الله اعظم (عج) در گفت وگویی"
        " تلویزیونی از خاطرات خود گفت.\n"
        "فرمانده سابق سپاه در ادامه در پاسخ به این پرسش که آیا همانطور که برخی می‌گوید کلی پول"
        " در دست سپاه است و سپاه این پول را در کشورهای دیگر خرج می‌کند اظهار کرد: این که"
        " می‌گویند بودجه دست سپاه است، بودجه نظامی کشور معلوم است؛ بودجه نظامی ایران از تمامی"
        " ارتش‌های منطقه کمتر است."
    )
    doc = extract_text(text)
    asked = [q for q in doc.quotes if "همانطور" in doc.span_text(q.sentence)]
    assert [q.verb for q in asked] == ["اظهار کرد"]
    assert doc.span_text(asked[0].span).startswith("این که می‌گویند")
