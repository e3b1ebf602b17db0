"""Quotes left with no speaker, a fifth random draw (``null_speakers_judged_5.jsonl``), judged
by reading before any rule was written for it."""

from __future__ import annotations

from conftest import said
from null_draws import check_as_drawn, check_since, draws_before

DRAW = "null_speakers_judged_5.jsonl"
EARLIER = draws_before(5)

# ``null_speakers_judged_5.jsonl``: 100 quotes drawn at random (seed 8888,
# ``scripts/draw_null_speakers.py --but`` the four earlier draws) from the 3,154 quotes with
# neither speaker nor organization of the extraction of all the shared news at 1b8d7e6, outside
# the gold's articles and those of the four earlier draws, each judged by reading its article
# before any rule was written for it: 36 name a speaker a reader gives them to (7 a body, an
# outlet, a state or a body's report), 42 no one, 22 are no statement. As drawn, none of the 36
# right, and none of the 42 credited. Since, 5 right: «یکی از» and a plural opening the lead,
# the person opening the next sentence holding it (extract/one_posts.py, one more, tabnak_393,
# right with its words now cut past «از», after the drawn offset); «وی» past a body's words
# and one sentence of the speaker's own that names no one (extract/body_asides.py); «این‌ها»
# opening a sentence of the speaker's own words keeps the speaker (speakers.opener); a clause
# of likeness, «همان‌گونه که ...،», opening the sentence up to its comma after a verb
# (clause_openers.past_as_clause).
CLASSES = {
    "anaphor": 8,  # «وی», «او», «ایشان» or an anaphoric post of a person named, not read
    "body": 6,  # a body, outlet or state
    "glued": 5,  # a subheading run into the subject
    "subject": 5,  # a named subject the rules miss
    "person": 4,  # a person khabar never finds
    "post": 4,  # a post or an epithet of a person the article names in other words
    "lead": 3,  # a post alone before the holder is named next
    "paper": 1,  # a body's report, going on
    "none": 42,
    "nostmt": 22,
}
SINCE = 9  # and 2 since: «و او» after «با واکنش X مواجه شد», «این شاهزاده» an anaphor; and 2
# since «محمدمهدی گویا», «هوشیار فقیهی» open reporting clauses (``reported_names``); and 3
# since: «ای بی‌سی», «الخلیج الجدید» listed, «سه روز پیش» passed before a body
SINCE += 3
# and 1 since a name right after a heading's verb opens its clause («... دوری کند آل‌هاشم در
# بخش دیگری ... اظهار داشت:», ``speakers._after_heading_verb``)
SINCE += 1
# and 1 since a given name run into its family name before a comma and a post names a person
# («کوین‌هاست، مشاور اقتصادی کاخ سفید از ... سخن گفته است», ``apposed_names``)
SINCE += 1
# and 1 since another person inside «ضمن ...» is one the speaker after «که» tells of («که
# «مرتضی آقا تهرانی» دبیرکل این جبهه ضمن اعلام دلیل عدم حضور قالیباف ... گفته است:»)
SINCE += 1
# and 1 since «این هفته‌نامه» is the outlet named in Latin letters that spoke before
# («Information week ... نوشت», ``speaker_refs.anaphor_ref``)
SINCE += 1
# and 1 since a capital right before its verb after «که» speaks for its state («... موضع
# دیگری بود که مسکو اعلام کرده»)
SINCE += 1
# and 1 since «در این گزارش همچنین آمده است» goes on with the report of the body that spoke
# last («... در گزارش این مؤسسه آمده است: «...»» of «آکسفورد اکونومیکس», tabnak_1400)
SINCE += 1
CREDITED = 0


def test_the_fifth_draw_is_judged_as_drawn() -> None:
    check_as_drawn(DRAW, 100, CLASSES, EARLIER)


def test_the_fifth_draw_since() -> None:
    assert not check_since(DRAW, SINCE, wrong=0, credited=CREDITED)


def test_one_of_a_plural_opening_the_lead_is_the_one_named_next() -> None:
    # tabnak_393: a second agency and its comma before the name
    quotes = said(
        "یکی از نمایندگان تهران در مجلس شورای اسلامی از اضافه شدن عدم التزام عملی به اسلام به "
        "دلیل رد صلاحیت خود خبر داد.\n"
        "به گزارش «تابناک»، ایسنا، طیبه سیاوشی در حساب توییتری خود نوشت: ابتدا به دلیل عدم "
        '"التزام به نظام مقدس جمهوری اسلامی ایران" رد صلاحیت شدم.\n'
    )
    assert quotes == [("طیبه سیاوشی", None)] * 2
    # fars-2_246: the agency's name and colon before the lead
    quotes = said(
        "خبرگزاری فارس: یکی از نامزدهای احتمالی انتخابات ریاست جمهوری مصر در تازه‌ترین "
        "افشاگری‌های خود گفت که عمرو موسی به دستور سازمان اطلاعات و جاسوسی اسرائیل به سمت "
        "وزیر خارجه مصر منصوب شده بود.\n"
        "به گزارش فارس به نقل از روزنامه المصری الیوم، عبدالله الاشعل حمله تبلیغاتی گسترده‌ای "
        "را علیه عمرو موسی، وزیر سابق خارجه مصر آغاز کرد.\n"
    )
    assert quotes[0] == ("عبدالله الاشعل", None)


def test_one_of_the_sources_is_not_the_one_named_next() -> None:
    # tabnak_494: a source the next sentence does not name
    quotes = said(
        "یکی از منابع امنیتی ترکیه امروز (جمعه) اعلام کرد، سه پست نظارتی ارتش ترکیه در "
        "منطقه ادلب در محاصره نیروهای دولت سوریه قرار دارد.\n"
        "به گزارش ایسنا، رجب طیب اردوغان رئیس‌جمهور ترکیه گفت: ما عقب نمی‌نشینیم.\n"
    )
    assert quotes[0] == (None, None)


def test_a_persons_anaphor_past_a_body_and_one_sentence_of_the_talk() -> None:
    # roozno_321: the state's claim told inside the minister's talk, which goes on
    quotes = said(
        "سعید نمکی وزیر بهداشت گفت: این موضوع به شفافیت سیستم اطلاع‌رسانی ما بازمی‌گردد.\n"
        "بنابراین این افراد از سرزمین‌های اشغالی که رژیم صهیونیستی مدعی است از کرونا پاک "
        "هستند به کره جنوبی رفته‌اند و مثبت بوده‌اند.\n"
        "بنابراین رژیم صهیونیستی که خودش را از بهترین نظام‌های بهداشتی می‌داند آن‌قدر درباره "
        "کروناویروس کتمان کرده که افراد از کره جنوبی به این کشور سفر کرده و مبتلا "
        "بازمی‌گردند.\n"
        "وی افزود: در عین حال کشورهایی هم وجود دارند که اصلا ساختار اطلاع‌رسانی در این زمینه "
        "ندارند.\n"
    )
    assert quotes[0] == quotes[-1] == ("سعید نمکی", None)
    # tabnak_1412: WHO's words in Nasrallah's speech
    quotes = said(
        "سید حسن نصرالله عنوان داشت: حق، با گذر زمان زایل نمی‌شود.\n"
        "دبیرکل حزب‌الله گفت: طی سال گذشته، آمریکا و اسرائیل بر سرنگونی نظام جمهوری اسلامی "
        "ایران حساب باز می‌کردند.\n"
        "سازمان بهداشت جهانی اذعان می‌کند که نظام بهداشتی در ایران قدرتمند است.\n"
        "اسرائیل با تاکید شرایط را به سمت وقوع جنگ میان آمریکا و ایران هم سوق می‌داد، اما این "
        "امر نیز شکست خورد.\n"
        "وی ادامه داد: در عراق تحول بزرگی به نفع فرهنگ مقاومت رخ داد.\n"
    )
    assert quotes[-1] == quotes[0] == ("سید حسن نصرالله", None)


def test_a_sentence_opened_by_them_does_not_pass_over_the_body() -> None:
    # tabnak_1008: «وی» is the agency's reporter, not the Turkish president named before
    quotes = said(
        "۲۳۶ شخصیت برجسته ترکیه‌ای با امضای طوماری، مخالفت خود را با سیاست‌های «رجب طیب "
        "اردوغان» در سوریه و به خصوص ادلب، اعلام و تاکید کردند که دخالت‌های او در ادلب، آنکارا "
        "را به ابزاری در دست کشورهای امپریالیسم و حامی تروریست قرار داده است.\n"
        "خبرنگار سانا در منطقه عملیات گفت، یگان‌های ارتش عملیات خود را علیه تروریست‌ها در محور "
        "سراقب در حومه جنوبی شرقی ادلب ادامه دادند.\n"
        "آنها ضربات توپخانه‌ای و موشکی شدید را به محل‌های گروه‌های تروریستی، خطوط تأمین و "
        "محاور آنها انجام دادند، باعث کشته و زخمی شدن تعدادی از تروریست‌ها شد.\n"
        "وی در ادامه بر حمایت رژیم ترکیه از تروریست‌های حاضر در سوریه تاکید کرد.\n"
    )
    assert quotes[-1][0] is None


def test_a_sentence_opened_by_these_keeps_the_speaker() -> None:
    # roozno_172: «این‌ها ...» and two sentences more of the speaker's own words, then «وی» and
    # a question run into its «گفت:»
    quotes = said(
        "به گزارش روز نو :جهانبخش محبی‌نیا درباره تاثیر رد صلاحیت اصلاح‌طلبان بر مشارکت مردم "
        "در انتخابات گفت: این امر طبیعتا روی مشارکت اثر منفی خواهد گذاشت.\n"
        "این‌ها مواردی است که ما باید از جریان‌های سیاسی و احزاب بخواهیم نه اینکه اجرا و "
        "نظارت برای حذف اصلاح‌طلبی و اصولگرایی تیز شود.\n"
        "هیچ‌وقت ما نباید منور را بالای سر جریانات خودی روشن کنیم چون دیده می‌شوند.\n"
        "وی در پاسخ به این سوال که چرا محمدباقر قالیباف با اینکه معاونش در بازداشت است به "
        "راحتی تایید صلاحیت شده است؟ گفت: صادقانه عرض می‌کنم، من قالیباف را کسی نمی‌دانم که "
        "صلاحیتش باید رد شود.\n"
    )
    assert quotes[-1] == quotes[0] == ("جهانبخش محبی‌نیا", None)


def test_a_clause_of_likeness_opening_the_sentence_to_its_comma() -> None:
    # roozno_1201: «همان‌گونه که ...،» before the post of the one speaking
    quotes = said(
        "نماینده دائم ایران در سازمان ملل متحد، مفاد قطعنامه پیشنهادی آمریکا را مردود دانست.\n"
        "به گزارش روز نو :مجید تخت‌روانچی روز پنج شنبه این مطلب را در یک نشست خبری مطرح کرد.\n"
        "تخت روانچی با تاکید بر اینکه روسیه و چین حمایت خود را از برجام بسیار صریح و روشن "
        "بیان کرده‌اند، متذکر شد: اقدام آمریکا پیامدهایی خواهد داشت.\n"
        "همان‌گونه که بعضی از تحلیلگران بر این باورند که دولت ترامپ درصدد نابودی برجام پیش از "
        "انتخابات ریاست جمهوری این کشور است، نماینده دائم ایران در سازمان ملل متحد متذکر شد: "
        "اگر برجام وجود نداشته باشد، ایران از محدودیت‌هایی که به عنوان عضو برجام دارد، خلاص "
        "می‌شود.\n"
    )
    assert quotes[-1] == quotes[-2] == ("مجید تخت‌روانچی", None)


def test_a_comma_of_apposition_inside_the_clause_of_likeness() -> None:
    # roozno_1007: the clause's own verb of saying; «پل رومر» named before is not the speaker
    quotes = said(
        "اما برنده جایزه نوبل، «پل رومر» که البته جایزه وی برای اقتصاد و نه اپیدمیولوژی است "
        "توجه زیادی را برای طرحی نشان داده است.\n"
        "رومر می‌گوید این «پخش‌کننده‌های بدون علامت» هستند که باید آن‌ها را شناسایی کرد تا "
        "بتوان زنجیره انتقال را قطع کرد.\n"
        "همانطور که پروفسور «نیکلاس لاکر»، ویروس‌شناس، اظهار داشت: «شما نمی‌توانید قرنطینه را "
        "تا زمانی که هنوز به طور گسترده آزمایش انجام نداده‌اید، بردارید».\n"
    )
    assert quotes[-1] == ("نیکلاس لاکر", None)
