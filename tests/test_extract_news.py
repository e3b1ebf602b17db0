"""Extraction measured on the tune part of the hand-annotated gold (tests/fixtures/gold).

The floors sit just under the tune figures reported in docs/measurements.md: a change that
makes people or speakers worse fails here. The held-out part is scored only by
benchmarks/evaluate_extraction.py, when reporting.
"""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.evaluate import evaluate
from khabar.extract import extract_text

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def report():
    return evaluate(FIXTURES / "gold", FIXTURES, "tune")


def test_speaker_precision_and_recall(report):
    assert report.speakers.precision >= 0.95, report.misses
    assert report.speakers.recall >= 0.845, report.misses


def test_quotes_posts_speaker_accuracy_and_organizations(report):
    assert report.quotes.recall >= 0.95, report.misses
    # 0.915 before «"نادر پسنده"» was found (roozno_1196): the lead's post, another man's,
    # goes to him as the next speaker named, since the post he holds is run into a
    # subheading («جزئیات حادثهمدیرکل ایمنی ...») and not read: 0.898
    assert report.posts.accuracy >= 0.89, report.misses
    assert report.speaker_accuracy.accuracy >= 0.84, report.misses
    assert report.organizations.precision >= 0.95, report.misses
    assert report.organizations.recall >= 0.70, report.misses


def test_person_precision_and_recall(report):
    # 0.945 / 0.923 before the names glued to the word before and the family names the
    # article writes longer again (glued_names.py, family_continued.py): 0.968 / 0.938
    assert report.persons.precision >= 0.96, report.misses
    assert report.persons.recall >= 0.93, report.misses


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        # a title word after the given name is the family name, or its first part
        ("شهادت سردار حاج عبدالرسول استوار را گرامی داشتند.", "عبدالرسول استوار", ["سردار", "حاج"]),
        ("حسینعلی حاجی دلیگانی در جلسه حاضر شد.", "حسینعلی حاجی دلیگانی", []),
        # a family name from a place whose ZWNJ became a space
        ("علی مویدی خرم آبادی امروز در جلسه حاضر شد.", "علی مویدی خرم آبادی", []),
    ],
)
def test_family_names_that_look_like_titles_or_two_words(text, name, titles):
    assert [(p.name, p.titles) for p in extract_text(text).persons] == [(name, titles)]


def test_a_given_name_that_makes_a_word_with_the_next_opens_no_name():
    # the text keeps its ZWNJs (خانواده‌ها), so «علی رغم» stays as written
    text = "کوشکی گفت: شهید علی رغم اینکه در استان نبود، با خانواده‌ها دیدار کرد."
    doc = extract_text(text)
    assert "علی رغم" in doc.text
    # the speaker of «گفت» is a person to the tagger; «علی رغم» is nobody to either
    assert [p.name for p in doc.persons] == ["کوشکی"]
    assert [p.name for p in extract_text(text, use_model=False).persons] == ["کوشکی"]


def test_a_name_ends_before_a_preposition_glued_to_به():
    doc = extract_text("از سردار ملک شاهکویی به‌عنوان فرمانده‌ای بومی یاد کرد.")
    assert [p.name for p in doc.persons] == ["شاهکویی"]


def test_untitled_name_with_an_ordinary_given_name_needs_its_surname_to_speak():
    text = (
        "کریم کمال در جلسه شورای آموزش و پرورش اظهار کرد: ناحیه ۴ کمبود نیرو دارد.\n"
        "کمال تاکید کرد: اگر نیرو تامین نشود، کلاس‌ها شلوغ می‌شوند."
    )
    doc = extract_text(text)
    assert [p.name for p in doc.persons] == ["کریم کمال"]
    assert [q.speaker for q in doc.quotes] == ["کریم کمال", "کریم کمال"]
    # the same words with no sentence opened by «کمال» and a reporting verb: no person to
    # the rules (the tagger reads one from the context «... در جلسه حاضر شد»)
    alone = extract_text("کریم کمال در جلسه شورای آموزش و پرورش حاضر شد.", use_model=False)
    assert alone.persons == []
    # a place is no surname: «قدرت آمریکا» opens nothing although «آمریکا اعلام کرد»
    power = extract_text("قدرت آمریکا رو به افول است.\nآمریکا اعلام کرد: تحریم‌ها ادامه دارد.")
    assert power.persons == []


def test_according_to_is_an_indirect_quote():
    text = (
        "بوشهر - فرمانده انتظامی استان بوشهر گفت: متهم دستگیر شد.\n"
        "سردار خلیل واعظی افزود: پرونده به دادسرا رفت.\n"
        "به گفته فرمانده انتظامی استان بوشهر تا کنون ۳۵۰ میلیون ریال کالا کشف شده است.\n"
        "به گفته سفیر انگلیس، روابط دو کشور بهتر می‌شود.\n"
        "به گفته وی، تحقیقات ادامه دارد."
    )
    doc = extract_text(text)
    said = [(q.speaker, q.kind, q.verb, doc.span_text(q.span)) for q in doc.quotes]
    assert said == [
        ("خلیل واعظی", "direct", "گفت", "متهم دستگیر شد."),  # the dateline is no subject
        ("خلیل واعظی", "direct", "افزود", "پرونده به دادسرا رفت."),
        ("خلیل واعظی", "indirect", "به گفته", "تا کنون ۳۵۰ میلیون ریال کالا کشف شده است"),
        # a post nobody in the article holds: no speaker, and «وی» still means Vaezi
        (None, "indirect", "به گفته", "روابط دو کشور بهتر می‌شود"),
        ("خلیل واعظی", "indirect", "به گفته", "تحقیقات ادامه دارد"),
    ]


def test_foreign_figures_named_by_surname_and_foreign_posts():
    text = (
        "حسن روحانی رئیس جمهور در گفت‌وگوی تلفنی با ولادیمیر پوتین رئیس جمهور روسیه گفت: "
        "همکاری دو کشور ادامه دارد.\n"
        "رئیس جمهور روسیه نیز گفت: آماده همکاری هستیم.\n"
        "ترامپ در توییتی نوشت: ایران باید مذاکره کند."
    )
    doc = extract_text(text)
    assert [q.speaker for q in doc.quotes] == ["حسن روحانی", "ولادیمیر پوتین", "ترامپ"]
    # «رئیس جمهور» alone never points at the president of another country
    alone = extract_text(
        "ولادیمیر پوتین رئیس جمهور روسیه به مسکو بازگشت.\nرئیس جمهور گفت: ادامه می‌دهیم."
    )
    assert [q.speaker for q in alone.quotes] == [None]


def test_a_title_before_a_given_name_stays_a_title():
    doc = extract_text("حاج حسن رضایی و استوار محمد کریمی گفتند.")
    assert sorted((p.name, p.titles) for p in doc.persons) == [
        ("حسن رضایی", ["حاج"]),
        ("محمد کریمی", ["استوار"]),
    ]


def test_unknown_speaker_is_null_not_a_guess():
    doc = extract_text("منابع آگاه گفتند: قیمت‌ها افزایش می‌یابد.\nوی افزود: این روند ادامه دارد.")
    assert [q.speaker for q in doc.quotes] == [None, None]
    assert doc.persons == []


@pytest.mark.parametrize(
    "text, speakers",
    [
        # the person thanked, greeted or quoted inside «با ...» is not the one who speaks: the
        # subject is, since «خسوس» is a listed given name (no one before: «چاوز» nor «خاتمی»)
        (
            "خسوس پرز در این دیدار با ابلاغ سلام گرم آقای چاوز به محمد خاتمی گفت: روابط ادامه"
            " دارد.\nوی افزود: همکاری گسترش می‌یابد.",
            ["خسوس پرز", "خسوس پرز"],
        ),
        (
            "جانشین فرمانده در ادامه با قدردانی از خدمات سردار حسن معروفی در فرماندهی سپاه،"
            " از همکاران یاد کرد و گفت: وی دارای سوابقی درخشان است.",
            [None],  # «از همکاران یاد کرد» names only its topic: no quote
        ),
        # ... but once the clause is closed, a name opens the subject
        ("با اشاره به اهمیت موضوع، سردار محمد رضایی گفت: امنیت پایدار است.", ["محمد رضایی"]),
        ("در این جلسه با حضور مدیران، سردار محمد رضایی گفت: امنیت پایدار است.", ["محمد رضایی"]),
    ],
)
def test_a_name_inside_a_with_clause_is_not_the_speaker(text, speakers):
    assert [q.speaker for q in extract_text(text).quotes] == speakers


def test_a_place_named_after_a_martyr_is_no_person():
    doc = extract_text(
        "عضو هیأت علمی دانشگاه علوم پزشکی شهید بهشتی با اشاره به این موضوع گفت: کپک خطرناک"
        " است.\nمسابقه در سالن شهید حیدریان قم و بندر شهید رجایی برگزار شد.\n"
        "سپهبد شهید حاج قاسم سلیمانی فرمانده نیروی قدس بود."
    )
    assert [p.name for p in doc.persons] == ["قاسم سلیمانی"]
    assert [q.speaker for q in doc.quotes] == [None]


def test_a_martyr_stays_apart_from_a_living_namesake_and_does_not_speak_for_his_kin():
    doc = extract_text(
        "علی مطهری نماینده مردم تهران گفت: شورای نگهبان باید پاسخ دهد.\n"
        "فرزند شهید مطهری افزود: این کار درست نیست.\n"
        "مطهری در پایان گفت: منتظر پاسخ هستیم.\n"
        "مادر شهید حسین احمدزاده می‌گوید: «خدا خیرتان بدهد.»"
    )
    titles = {p.name: p.titles for p in doc.persons}
    # «شهید مطهری» is the figure ``titled_figures.tsv`` lists, Morteza Motahari
    assert titles == {"علی مطهری": [], "مرتضی مطهری": ["شهید"], "حسین احمدزاده": ["شهید"]}
    assert [q.speaker for q in doc.quotes] == ["علی مطهری", None, "علی مطهری", None]


def test_a_post_written_apart_refers_to_the_same_post_written_joined():
    doc = extract_text(
        "سعید کوشکی مدیرکل حفظ آثار دفاع مقدس استان فارس گفت: شهدا راه را نشان دادند.\n"
        "مدیر کل حفظ آثار دفاع مقدس فارس افزود: این راه ادامه دارد.\n"
        "حسن روحانی رئیس‌جمهور گفت: کرونا مهار می‌شود.\n"
        "رئیس جمهور ادامه داد: مدارس باز می‌شود."
    )
    assert [q.speaker for q in doc.quotes] == ["سعید کوشکی"] * 2 + ["حسن روحانی"] * 2


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("حضرت آیت‌الله العظمی خامنه‌ای آمادگی کامل خود را اعلام کردند.", "خامنه‌ای"),
        ("در آن جلسه علی لاریجانی خواهد آمد.", "علی لاریجانی"),
        ("سخنان حسن روحانی داشته‌اند.", "حسن روحانی"),
        ("آقای محمد خاتمی توانست رای بیاورد.", "محمد خاتمی"),
        ("دکتر حمید بیرانوند تکنیک‌های تازه را آموخت.", "حمید بیرانوند"),
        # a second family name that is an ordinary word in «ی», a verb form in «ی», or «مقدم»
        ("غلامرضا مصباحی مقدم گفت: آری.", "غلامرضا مصباحی مقدم"),
        ("فریدون عباسی دوانی گفت: آری.", "فریدون عباسی دوانی"),
        ("سید ابوالحسن موسوی طباطبایی گفت: آری.", "سید ابوالحسن موسوی طباطبایی"),
    ],
)
def test_a_family_name_does_not_run_into_the_next_word(text, name):
    assert [p.name for p in extract_text(text).persons] == [name]


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("رضا اردکانیان وزیر نیرو گفت: این نیروگاه به زودی افتتاح خواهد شد.", ["به زودی"]),
        ("در این جلسه مقرر شد طرح تا پایان سال اجرا شود.", ["مقرر شد"]),
        # a condition, a guess or a question announces nothing
        ("رضا اردکانیان گفت: اگر اعتبار برسد این نیروگاه به زودی افتتاح خواهد شد.", []),
        ("گویا قرار است برای تحویل خودرو از روش قرعه‌کشی استفاده شود.", []),
        ("آیا قرار است شیوه قیمت‌گذاری خودرو تغییر کند؟", []),
        ("چه تغییراتی قرار است ایجاد شود؟", []),
    ],
)
def test_commitments_are_announcements_not_guesses_or_questions(text, cues):
    assert [c.cue for c in extract_text(text).commitments] == cues


def test_truncated_source_is_null():
    doc = extract_text("به گزارش شبکه سردار قاسم رضایی در همایش گفت: امنیت پایدار است.")
    assert doc.meta["source"] is None
    assert [p.name for p in doc.persons] == ["قاسم رضایی"]


@settings(max_examples=150, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list("سردار «محمد» گفت: وی افزود استاندار تهران ۲ ماه ظرف مدت. \n،")
        ),
        max_size=300,
    )
)
def test_no_input_crashes_extraction(text):
    doc = extract_text(text)
    for q in doc.quotes:
        assert 0 <= q.span.start <= q.span.end <= len(doc.text)


@pytest.mark.parametrize(
    "text",
    [
        # sentences of the shared news (lightly cut) and the two the extraction issue names:
        # past figures up to a day, a past period, advice, a request, a rumour, a description
        # («که قرار است»), a presupposition («از آنجایی که»), a state («قرار است ... باشد»)
        # and an effect («موجب ... خواهد شد») announce no action
        (
            "فرشید سیاری گفت: بر اساس آخرین آمار تا پایان سوم فروردین ۹۵، ۲ میلیون "
            "و ۶۱ هزار و ۹۶۵ نفر در قالب ۴۱۲ هزار و ۳۹۳ خانوار در مراکز اسکان "
            "نوروزی فرهنگیان پذیرش شده‌اند."
        ),
        "علی رضایی گفت: ظرف یک هفته گذشته قیمت طلا ۱۰ درصد کاهش یافته است.",
        (
            "محمدصادق براتی گفت: به همین سبب از زائران خواهش می‌کنیم دستکم تا پایان "
            "فروردین‌ماه سال آینده به مشهد مشرف نشوند زیرا جابه‌جایی جمعیت موجب "
            "انتقال بیماری می‌شود."
        ),
        "علی رضایی گفت: بهتر است حداکثر تا یک ماه دیگر از خرید خودرو خودداری کنید.",
        "روز گذشته در فضای مجازی این شایعه مطرح شده بود که قرار است پایتخت قرنطینه شود.",
        ("شنیده شده که قرار است کارگزاران و اصلاح‌طلبان روی گزینه افشانی به جمع‌بندی برسند."),
        "البته به\u200cجز 11 کرسی که قرار است سرنوشت آن در مرحله دوم مشخص شود.",
        (
            "از آنجایی که قرار است برای این کفش‌ها پول زیادی بپردازید، این اطلاعات "
            "می‌توانند برای یک تجربه خرید موفق برای شما حیاتی باشند."
        ),
        (
            "این تنها نیکزاد نیست که تاکید دارد مجلس بعدی قرار است قرارگاه سازندگی "
            "باشد و شکوفایی به اقتصاد بیاورد."
        ),
        (
            "علی رضایی گفت: این سامانه موجب شفاف سازی فعالیت‌های مالی وکلا و موکلان "
            "آنها خواهد شد و اجرای آن ادامه دارد."
        ),
    ],
)
def test_past_figures_advice_and_descriptions_are_no_commitments(text):
    assert extract_text(text).commitments == []


@pytest.mark.parametrize(
    "text",
    [
        # the past continuous after a period («ظرف دو سال ... باز می‌کرد»)
        "علی صالحی گفت: این سردسته سوداگران مرگ ظرف دو سال فعالیت مجرمانه بیش از دو هزار"
        " میلیارد تومان تراکنش بانکی داشته و حتی به اسم مردگان حساب باز می‌کرد.",
        # «از این قرار است»: «as follows»
        "اهم صحبت‌های او از این قرار است: رئیس کل بانک مرکزی اعلام کرد که سایتی طراحی شده است.",
        # a rumour denied, a question of how
        "رییس جمهور گفت اینکه شایعه‌شده برخی شهرها یا مشاغل قرار است قرنطینه شوند اصلا واقعیت"
        " ندارد.",
        "اما این پرسش که اصولگرایان چگونه قرار است مطالبات مدنی و سیاسی مردم را پیگیری کنند"
        " بی‌پاسخ ماند.",
        # an effect makes the whole sentence a forecast
        "علی رضایی گفت: حضور شستا در بازار بورس باعث خواهد شد تا اقدامات این مجموعه ارزیابی و"
        " اجرا شود که به کارآمدی این مجموعه کمک خواهد کرد.",
        "قرار شد که شما بی‌قرار هم باشید.",
        # hearsay, an expectation, a condition just stated
        "از سوی دیگر در حالی که گفته می‌شد اوپک قرار است توافق کاهش تولید خود را تا ماه ژوئن"
        " تمدید کند، منابع آگاه از احتمال افزایش این کاهش خبر می‌دهند.",
        "امین تفرشی افزود: بر اساس برآوردهای صورت گرفته انتظار می‌رود تا سال 2023، 25 درصد از"
        " مشاغل با استفاده از ربات‌ها انجام خواهد شد.",
        "مرتضی آقاتهرانی اعلام کرد: جبهه پایداری حاضر است با ائتلاف به وحدت برسد و در این صورت"
        " از انتشار لیست مجزا خودداری خواهند کرد.",
        # «بدین قرار است»: a list follows
        "مهم‌ترین بندهای این توافق (میان ایران و امریکا) بدین قرار است: رئیس کل بانک مرکزی"
        " اعلام کرد که سایتی طراحی شده است.",
        # what will become known is a forecast, not anyone's act
        "جنتی یادآور شد: رقابت مناسبی میان داوطلبان درحال شکل‌گیری است که فردا و همزمان با"
        " آغاز زمان قانونی تبلیغات این مسئله آشکار خواهد شد.",
        "علی رضایی گفت: مجلس یازدهم تا حدود زیادی شکل گرفت و در فروردین‌ماه با انجام مرحله"
        " دوم، ترکیب کامل آن مشخص خواهد شد.",
    ],
)
def test_forecasts_rumours_and_idioms_are_no_commitments(text):
    assert extract_text(text).commitments == []


def test_a_decision_dated_months_before_the_article_is_history():
    decision = (
        "در تاریخ ۱۱ بهمن ۱۳۹۸ در جلسه بررسی راهکارهای پیشگیری از ورود ویروس کرونا مقرر شد"
        " پروازهای مسافری به چین ممنوع شود."
    )
    assert extract_text(f"date 2020-02-01\n{decision}").commitments  # news on its day
    assert not extract_text(f"date 2020-06-01\n{decision}").commitments  # recalled later
    old = "از تعداد سهام کم شد. در سال ۹۶ هم قرار شد ارزش سهام هر فرد مشخص شود."
    assert not extract_text(f"date 2020-06-01\n{old}").commitments


@pytest.mark.parametrize(
    ("text", "cue", "deadline"),
    [
        (
            "سعید نمکی گفت: در این راستا ۱۴۰ گاید لاین درمانی را ابلاغ کردیم و بقیه را نیز به زودی"
            " ابلاغ می‌کنیم.",
            "به زودی",
            None,
        ),
        (
            "سید محمد باقری گفت: سامانه‌ای در وزارت بهداشت طراحی شده است که با همکاری سازمان"
            " بسیج اجرایی می‌شود و ظرف یک هفته آینده تمام مردم ایران از طریق فضای مجازی رصد"
            " خواهند شد.",
            "ظرف",
            "ظرف یک هفته",
        ),
        (
            "در این جلسه مقرر شد وزارت جهاد کشاورزی حداکثر ظرف مدت سه ماه نسبت به تثبیت مالکیت"
            " دولت اقدام کند.",
            "مقرر شد",
            "ظرف مدت سه ماه",
        ),
        (  # someone who will make something known acts
            "عبدالرضا رحمانی فضلی گفت: وزارت کشور به زودی ضوابط برگزاری انتخابات را مشخص خواهد"
            " کرد.",
            "به زودی",
            None,
        ),
    ],
)
def test_announcements_stay_commitments(text, cue, deadline):
    (c,) = extract_text(text).commitments
    assert (c.cue, c.deadline) == (cue, deadline)


@pytest.mark.parametrize(
    "text, names",
    [
        # a name glued to the next word by the text itself: cut where «به گزارش» runs in
        # (``tagged._run_on_end``), or no name at all
        (
            "بهروز نعمتیبه گزارش روز نو: وقتی به اسامی رد صلاحیت شدگان نگاه می‌کنیم، کسی نیست.",
            ["بهروز نعمتی"],
        ),
        ("پیشنهاد به حسن روحانیدبیرکل حزب اتحاد ملت به رئیس‌جمهور پیشنهاد کرد.", []),
        # a verb, a noun of action or an adverb after the name is no part of it
        ("یک نیروی اطلاعاتی موفق می‌شود به مهره نفوذی یعنی ناخدا افضلی برسد.", ["افضلی"]),
        ("حال اگر احمدی‌نژاد را در جایگاه آیت‌الله هاشمی ارزیابی کنیم، چه می‌شود؟", ["هاشمی"]),
        ("از فوت یک تن خانم حدودا 65 ساله در صحنه حادثه خبر دادند.", []),
        # kin, a plural, the words of a verse, a school named after a martyr: no one
        ("او داس را از پدربزرگ رومینا گرفته است.", []),
        ("وی تصریح کرد: هم اکنون در اجرای طرح هادی طرح‌های نیمه‌تمامی در روستاها هست.", []),
        ("در مدارس ابتدایی شهیده رقیه عاملی و مدرسه شهید ساجدی شهرستان چالوس سخن گفت.", []),
        ("او تندیس زنده آیه «محمد رسول‌الله الذین معه اشدا علی الکفار» بود.", []),
        # while family names made from words stand, and a given name's «گیری» is no action
        (
            "محمد حیاتی در گفت‌وگو با خبرنگار فارس گفت: ما در بحث فضاهای آموزشی مشکل داشتیم.",
            ["محمد حیاتی"],
        ),
        ("اسحاق جهانگیری گفت: دولت کار می‌کند.", ["اسحاق جهانگیری"]),
        ("حسین شریعتمداری، مدیر مسئول روزنامه کیهان گفت: این کار درست نیست.", ["حسین شریعتمداری"]),
        # «به‌نام» is a preposition, «زاده» a family name's part
        ("مدال نقره المپیک لندن به‌نام کیانوش رستمی ثبت خواهد شد.", ["کیانوش رستمی"]),
        (
            "به نقل از وزارت صنعت، محمدرضا نعمت زاده که رئیس کمیسیون است، گفت: همکاری ادامه دارد.",
            ["محمدرضا نعمت زاده"],
        ),
    ],
)
def test_the_lexicons_veto_what_is_no_name(text, names):
    """Sentences of the judged news sample (tests/fixtures/persons_judged.jsonl)."""
    assert [p.name for p in extract_text(text).persons] == names


def test_a_listed_organization_of_another_country_keeps_its_own_name():
    doc = extract_text("شرکت ملی نفت چین قراردادی با ایران امضا کرد.")
    assert [o.name for o in doc.organizations] == ["شرکت ملی نفت چین"]  # not Iran's
    police = extract_text("نیروی انتظامی استان قم اعلام کرد.")
    assert [o.name for o in police.organizations] == ["فرماندهی انتظامی جمهوری اسلامی ایران"]


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "این بنا در فهرست آثار ملی اداره میراث فرهنگی کاشان قرار گرفت.",
            "اداره میراث فرهنگی کاشان",
        ),
        (
            "امروز یک پیامک از کمیسیون تلفیق برنامه مجلس برایم ارسال شد.",
            "کمیسیون تلفیق برنامه مجلس",
        ),
        ("رئیس کمیسیون بهداشت مجلس نظر داد که طرح ادامه یابد.", "کمیسیون بهداشت مجلس"),
        ("مجمع عمومی عادی اتحادیه فوتبال امروز برگزار شد.", "مجمع عمومی عادی اتحادیه فوتبال"),
    ],
)
def test_an_organization_ends_before_a_light_verb_a_day_or_a_pronoun(text, name):
    assert name in [o.name for o in extract_text(text).organizations]
