"""Statements the quotes-recall samples held that khabar did not find at all, by a verb it did
not read as reporting: the present, in the plural, of the verbs of two words the lexicon lists
in the past («هشدار می‌دهند که», «یادآور می‌شوند که», «تاکید دارند که»), a group's, before a
colon or «که» only, and given to no one spoken of before; then verbs it did not list, a claim
held in the plural or the past («مدعی هستند / مدعی‌اند / مدعی بودند که») and an argument made
(«استدلال کرد که»). On the samples' own sentences and on sentences of other shared articles."""

from __future__ import annotations

from khabar.extract import extract_text

# quotes_dev_27's fars-1_122: the report's writers warn and remind, before «که»
_REPORT = (
    "7. تهیه‌کنندگان گزارش با اشاره به محقق نشدنِ بسیاری از خواسته‌های مردمی پس از انقلاب‌های"
    " عربی، هشدار می‌دهند که این سرخوردگی ممکن است در نهایت گرایش به استبداد یا افراط‌گرایی را"
    " تقویت کند. همچنین آن‌ها یادآور می‌شوند که وضعیت مناطقِ بدون حاکمیت، تنگناهای اقتصادی و"
    " نگرش‌های منفی مردم منطقه به آمریکا هم تأثیر منفی چشم‌گیری بر منافع این کشور دارند.\n"
)
# peyma_quotes_8's peyma_655 and quotes_dev_11's roozno_675: «تاکید دارند» with no «می‌»
_EXPERTS = (
    "کارشناسان بر این ضرورت تاکید دارند که نوزادان حتما باید در محیطی ایمن و اختصاصی و عاری از"
    " موارد مذکور به خواب روند و همیشه به پشت خوابانده شوند.\n"
)
_SOME = (
    "برخی تاکید دارند که در این شرایط برای کنترل بر این ویروس و کم کردن هزینه‌ها باید هرچه"
    " زودتر این تصمیم گرفته شود.\n"
)
# tabnak_735, held by no quotes or speakers sample (the sixth persons-recall sample only)
_EMPLOYERS = (
    "اما کارفرمایان تاکید دارند که در صورت افزایش حقوق و دستمزد به میزان آن، قادر به پرداخت"
    " نخواهند بود و چاره‌ای جز تعدیل نیرو و تعطیلی کار برای فرار از ورشکستگی پیش رویشان نیست.\n"
)
# roozno_363: a group's present, not the person quoted before
_OFFICIALS = (
    'سجادپور می‌گوید: "روشن بود که ایران انتظار نداشت ترامپ به این شکل معنادار پاسخ'
    ' تلافی‌جویانه بدهد."\n'
    "بدسنجی‌ها هنوز هم ادامه دارد.\n"
    "مقامات آمریکایی با ادعای این که حملات موشکی ایران کشته‌ای نداشته، تاکید دارند که کارزار"
    " فشار حداکثری جواب داده و باعث‌شده ایران تسلیم خواسته‌های آنها بشود.\n"
)
# roozno_46: one revered, in the plural, named before the verb
_IBN_FARRA = (
    "ابن فراء هم بر این مبنا تاکید دارند که«دیپلماسی و رفتار سیاسی اسلام انسانی و سازگار با"
    " اخلاق انسانی است».\n"
)


def _quotes(text: str) -> list[tuple[str, str, str | None, str | None]]:
    doc = extract_text(text)
    return [
        (q.kind, " ".join(doc.span_text(q.span).split()[:3]), q.speaker, q.speaker_organization)
        for q in doc.quotes
    ]


def test_a_groups_present_before_that_is_said() -> None:
    assert _quotes(_REPORT) == [
        ("indirect", "این سرخوردگی ممکن", None, None),
        ("indirect", "وضعیت مناطق بدون", None, None),
    ]
    assert _quotes(_EXPERTS) == [("indirect", "نوزادان حتما باید", None, None)]
    assert _quotes(_SOME) == [("indirect", "در این شرایط", None, None)]
    assert _quotes(_EMPLOYERS) == [("indirect", "در صورت افزایش", None, None)]


def test_a_groups_present_is_not_the_one_quoted_before() -> None:
    assert [q[2] for q in _quotes(_OFFICIALS)] == ["سجادپور", None]
    assert _quotes(_IBN_FARRA)[0][2] == "ابن فراء"


# peyma_quotes_4's peyma_785: «که» ends «در حالی»
_WHILE = (
    "مسوولان کشورهای اروپایی در حالی از بروز ناامنی و بی‌ثباتی در قاره سبز در اثر ورود پناهجویان"
    " ابراز نگرانی می‌کنند که آمریکا و کشورهای غربی با حمایت گروه‌های تروریستی سبب بروز و گسترش"
    " جنگ در خاورمیانه شده‌اند.\n"
)
# roozno_577: «در حالی است که» has had its «که»: the claim after is said
_WHILE_DONE = (
    "این در حالی است که آمریکا با تحریم‌های اقتصادی‌اش علیه ایران مانع از صادرات اقلام پزشکی و"
    " دارویی به ایران می‌شود اما ادعا می‌کند که این کالاها شامل این تحریم‌ها نمی‌شود.\n"
)
# quotes_dev_12's tabnak_1471: the writer's formula; quotes_dev_11's tabnak_1108: a comma after
# a present of a topic's verb
_NOTED = (
    "در پایان یادآور می‌شود، بانک مرکزی، در راستای گسترش شفافیت سیاست‌گذاری، به صورت ماهانه"
    " تحولات بازار پول و نرخ تورم را در اختیار عموم قرار خواهد داد.\n"
)
_TOLD_OF = (
    "درحالی که رئیس کانون سردفتران ازدواج و طلاق از انصراف ۳۵ درصدی زوجین از طلاق بعد از شرکت"
    " در کلاس‌های مشاوره خبر می‌دهد، اما سازمان بهزیستی عملکرد سامانه تصمیم را در منصرف کردن"
    " زوجین برای طلاق آن چنان موفق نمی‌داند.\n"
)
# roozno_568: «بر ... اشاره می‌کنند که», a relative clause; fars-4_193: whoever would
_POINTED = (
    "این در حالی است که برخی کارشناسان دیگر بر خرید لباس فرم پرسنل از ترکیه از سوی این شرکت"
    " اشاره می‌کنند که با وجود تنگنای مالی در این شرکت هم‌خوانی ندارد.\n"
)
_WHOEVER = (
    "امروز در همه دنیا آنهایی که انصاف دارند تصدیق می‌کنند که این جمهوری اسلامی پیروز است و"
    " پیروزی او هم ادامه دارد.\n"
)
# quotes_dev_8's roozno_180: a concession, whose «که» runs on past «اما»
_CONCEDED = (
    "البته با وجود اینکه اصلاح‌طلبان تاکید دارند که لیست انتخاباتی ارایه نمی‌کنند اما رویکرد آنها"
    " به انتخابات نیز تحریمی نخواهد بود.\n"
)
# fars-4_159: what he said opens with a present its comma follows
_SAID_FIRST = (
    "لندمن، ساکن شیکاگو، در مصاحبه با خبرگزاری فارس گفت، پیش‌بینی می‌کند، ساختار [سیاسی]"
    " بین‌المللی در دوران پساکرونا تغییر خواهد کرد.\n"
)


def test_no_statement_where_the_present_tells_none() -> None:
    assert _quotes(_WHILE) == []
    assert _quotes(_NOTED) == []
    assert _quotes(_POINTED) == []
    assert _quotes(_WHOEVER) == []
    assert _quotes(_CONCEDED) == []
    assert [q[0] for q in _quotes(_TOLD_OF)] == []


def test_what_was_said_after_its_own_that_or_verb() -> None:
    assert _quotes(_WHILE_DONE) == [("indirect", "این کالاها شامل", None, "آمریکا")]
    assert _quotes(_SAID_FIRST) == [("direct", "پیش‌بینی می‌کند، ساختار", None, None)]


# Verbs the lexicon did not know. A claim held in the plural or the past, before «که» only:
# quotes_dev_9's tabnak_858, quotes_dev_16's tabnak_684, quotes_dev_26's roozno_1055, and
# tabnak_93 (in no quotes sample)
_SAUDIS = (
    "مسئولان سعودی مدعی هستند که این رزمایش با هدف «تقویت امنیت دریایی و محافظت از آب‌های"
    " منطقه» انجام می‌شود.\n"
)
_ANALYSTS = (
    "برخی تحلیلگران مدعی اند که توافقات اقتصادی بزرگ با کشور‌های دیگر، خود به خود امنیت زاست.\n"
)
_US_OFFICIALS = (
    "مقام‌های آمریکایی پیش از این بدون ارائه مستندات لازم مدعی بودند که ویروس کرونا در"
    " آزمایشگاهی در شهر «ووهان» چین ساخته شده است.\n"
)
_SOME_CLAIM = (
    "سوای موارد ذکر شده، بعضی مدعی هستند که کمبود گاز در فصول سرد موجب می‌شود که سوخت با کیفیت"
    " نازل‌تر در اختیار همگان قرار گیرد و دلیل اصلی افزایش آلودگی هوا، همین عامل است.\n"
)
# arman_quotes_3's arman-2_85: with no «که», a clause inside the paper's account, which stays
# the paper's; a farsnews article (8601260534) and roozno_62: whoever claims it
_SUNDAY_TIMES = (
    "به نوشته شماره اخیر هفته‌نامه ساندی‌تایمز چاپ لندن، هرچند مأموران گمرک انگلیس مدعی هستند"
    " همه فرآورده‌های خونی را با دقت کنترل می‌کنند، اما هم‌اکنون پلیس انگلیس سرگرم مشورت با"
    " همتایان اروپائی خود درباره نحوه ورود این خون‌ها به انگلیس است.\n"
)
_WHOEVER_CLAIMS = (
    "در پی تصویب این قانون تعداد زیادی از شهروندان آمریکایی، بویژه کسانی که مدعی‌اند که خود یا"
    " بستگانشان از سوی حزب‌الله لبنان یا جنبش حماس فلسطین آسیبی دیده‌اند توانستند صدها میلیون"
    " دلار از محل دارایی توقیف‌شده ایران را تصاحب کنند.\n"
)
# «استدلال کرد که»: quotes_dev_23's tabnak_974, and roozno_212 (in no quotes sample); its
# plural present a group's, not the one spoken of before (roozno_1012)
_JUDGE = (
    "با این حال قاضی باریتسر با رد این درخواست استدلال کرد که یک سری اقدامات متناسب و معقول"
    " دیگر هست که آسانژ با استفاده از آنها می‌تواند چنین دسترسی به وکلایش داشته باشد.\n"
)
_ISRAEL = "اسرائیل استدلال کرد که این یک اشتباه است و به طور خودکار فشار بر تهران را کاهش می‌دهد.\n"
_SOME_ARGUE = (
    "جوانان در همه‌ی کشورهای اسلامی بویژه کشورهای عربی، نباید توصیه‌ی امام خمینی عظیم را از نظر"
    " دور بدارند که فرمود: هر چه فریاد دارید بر سر آمریکا و نیز البتّه دشمنِ صهیونیست بکشید.\n"
    "رژیم صهیونیستی زائده‌ای مهلک و زیان بخش برای این منطقه است و بیقین ریشه‌کن و ازاله خواهد"
    " شد.\n"
    "برخی برای توجیه این رفتار زشت، استدلال می‌کنند که رژیم صهیونیستی واقعیّتی در منطقه است،"
    " بی‌آنکه به یاد آورند که با واقعیت‌های مهلک و زیان‌بخش باید مبارزه کرد و آن را ازاله کرد.\n"
)


def test_a_claim_held_in_the_plural_or_past_before_that() -> None:
    assert _quotes(_SAUDIS) == [("indirect", "این رزمایش با", None, None)]
    assert _quotes(_ANALYSTS) == [("indirect", "توافقات اقتصادی بزرگ", None, None)]
    assert _quotes(_US_OFFICIALS) == [("indirect", "ویروس کرونا در", None, None)]
    assert _quotes(_SOME_CLAIM) == [("indirect", "کمبود گاز در", None, None)]


def test_a_claim_held_with_no_that_or_by_whoever() -> None:
    assert [(q[0], q[1]) for q in _quotes(_SUNDAY_TIMES)] == [("indirect", "هرچند مأموران گمرک")]
    assert _quotes(_WHOEVER_CLAIMS) == []


def test_an_argument_made() -> None:
    assert _quotes(_JUDGE) == [("indirect", "یک سری اقدامات", None, None)]
    assert _quotes(_ISRAEL) == [("indirect", "این یک اشتباه", None, "اسرائیل")]
    assert [q[2] for q in _quotes(_SOME_ARGUE)] == ["خمینی", None]
