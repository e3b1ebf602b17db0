"""Who said what: pronouns go to the current speaker, organizations speak for themselves.

The sentences are those of the news where the errors were seen (a line before them names the
person a wrong guess went to).
"""

import json

import pytest

from khabar.extract import extract_text
from khabar.serialize import document_to_dict


def _said(text: str) -> list[tuple[str | None, str | None]]:
    doc = extract_text(text)
    return [(q.speaker, q.speaker_organization) for q in doc.quotes]


@pytest.mark.parametrize(
    "text",
    [
        # «وی» is بریجیت فلوید, whom the article does not name as a person: not ترامپ
        "دونالد ترامپ رئیس جمهور آمریکا روز دوشنبه گفت: معترضان باید آرام باشند.\n"
        "بریجیت فلوید، خواهر جورج فلوید در گفت‌وگو با شبکه سی‌ان‌ان گفت: ما عدالت می‌خواهیم.\n"
        "وی افزود: آنها برادر من را کشتند.",
    ],
)
def test_a_pronoun_after_an_unnamed_speaker_is_not_the_speaker_before(text):
    said = _said(text)
    assert said[0][0] is not None
    assert [s for s, _ in said[1:]] == [None, None]


def test_a_pronoun_after_a_speaker_named_so_is_that_speaker():
    # «وی» is مرتضی تمدن, not احمدی‌نژاد whom his post merely mentions; «تمدن» (civilization)
    # is a family name as the subject of «می‌گوید» (extract/reported_names.py)
    said = _said(
        "محمود احمدی‌نژاد رئیس جمهور سابق روز گذشته گفت: من نامزد نمی‌شوم.\n"
        "مرتضی تمدن، چهره نزدیک به محمود احمدی‌نژاد می‌گوید: او در انتخابات شرکت نمی‌کند.\n"
        "وی ادامه داد: این تصمیم قطعی است."
    )
    assert [s for s, _ in said] == ["محمود احمدی‌نژاد", "مرتضی تمدن", "مرتضی تمدن"]


def test_a_pronoun_after_the_speakers_surname_stays_with_the_speaker():
    text = (
        "سید حسین حسینی محمدی مدیرکل بازرگانی استان بوشهر گفت: بازار ثبات دارد.\n"
        "حسینی گفت: از نیمه‌های سال 89 دولت مسئولیت نظارت را واگذار کرد.\n"
        "وی اظهار داشت: مشارکت اقشار مختلف مردم در امر نظارت ضروری است."
    )
    assert [s for s, _ in _said(text)][-1] == "سید حسین حسینی محمدی"


@pytest.mark.parametrize(
    ("text", "organization"),
    [
        ("وزارت خارجه اعلام کرد: سفیر احضار شد.", "وزارت امور خارجه"),
        ("سپاه در بیانیه‌ای اعلام کرد: رزمایش با موفقیت پایان یافت.", "سپاه پاسداران انقلاب اسلامی"),
        (
            "دونالد ترامپ گفت: ما پیروز می‌شویم.\n"
            "خبرگزاری فرانسه در گزارشی نوشت: مذاکرات به بن‌بست رسیده است.",
            "خبرگزاری فرانسه",
        ),
        (
            "رویترز: ۵ نفت‌کش‌ ایرانی حامل بنزین برای ونزوئلا، به نزدیکی دریای کارائیب رسیده‌اند",
            "رویترز",
        ),
    ],
)
def test_an_organization_that_speaks_is_the_quotes_organization_not_a_person(text, organization):
    speaker, org = _said(text)[-1]
    assert (speaker, org) == (None, organization)


def test_the_speaking_organization_is_in_the_extract_json():
    doc = extract_text("وزارت خارجه اعلام کرد: سفیر احضار شد.")
    quote = json.loads(json.dumps(document_to_dict(doc), ensure_ascii=False))["quotes"][0]
    assert quote["speaker"] is None
    assert quote["speaker_organization"] == "وزارت امور خارجه"


def _posts(text: str) -> dict[str, list[str]]:
    return {p.name: p.posts for p in extract_text(text).persons}


def test_a_post_only_lead_is_the_person_named_later_even_with_a_post_of_their_own():
    text = (
        "عضو کمیسیون عمران مجلس با بیان اینکه نمایندگان مجلس از طرح مسکن اجتماعی توجیه "
        "نیستند، گفت: پرداخت چند برابر وام خرید مسکن موجب افزایش قیمت می‌شود.\n"
        "سید بهلول حسینی نماینده مردم میانه در گفت‌وگو با خبرنگار اقتصادی خبرگزاری فارس، "
        "افزود: اگر امروز وزیر راه و شهرسازی به مجلس بیاید، از او سؤال می‌کنیم."
    )
    assert [s for s, _ in _said(text)] == ["سید بهلول حسینی"] * 2
    assert _posts(text)["سید بهلول حسینی"] == ["نماینده مردم میانه", "عضو کمیسیون عمران مجلس"]


def test_several_post_only_leads_are_all_the_person_named_at_the_end():
    text = (
        "نماینده مجلس گفت: ما باید قانون را اصلاح کنیم.\n"
        "عضو کمیسیون امنیت ملی ادامه داد: این طرح ضروری است.\n"
        "نماینده بروجرد در مجلس خاطر نشان کرد: دولت باید پاسخ دهد.\n"
        "علاءالدین بروجردی در پایان گفت: ما منتظر می‌مانیم."
    )
    assert [s for s, _ in _said(text)] == ["علاءالدین بروجردی"] * 4


@pytest.mark.parametrize(
    "lead",
    [
        "سفیر آمریکا در برلین از این تصمیم انتقاد کرد.",  # another country than hers
        "وزیر کشور آلمان گفت: مرزها بسته می‌ماند.",  # another post of the same kind
    ],
)
def test_a_post_that_disagrees_with_the_next_speakers_post_is_not_theirs(lead):
    text = lead + "\nآنگلا مرکل وزیر خارجه آلمان گفت: ما با تحریم‌ها مخالفیم."
    said = _said(text)  # «... انتقاد کرد.» names only its topic: no quote, still a post
    assert all(s is None for s, _ in said[:-1]) and said[-1][0] == "آنگلا مرکل"
    assert _posts(text)["آنگلا مرکل"] == ["وزیر خارجه آلمان"]


def test_an_agency_opening_the_lead_is_a_dateline_not_a_speaker():
    text = (
        "گورباچف: ابر قدرت بودن آمريكا توهم است\n"
        'خبرگزاري فارس: "ميخائيل گورباچف" رهبر پيشين اتحاد جماهير شوروي با انتشار مقاله‌اي در '
        "يك روزنامه روسي گفت: «ابر قدرت بودن آمريكا توهم است و اين كشور بايد در عرصه‌هاي "
        "بين‌المللي از جمله مسئله ايران با روسيه گفتگو كند.»"
    )
    assert all(org is None for _, org in _said(text))


def test_a_pronoun_after_an_unknown_name_with_a_post_is_not_the_speaker_before():
    text = (
        "به گزارش ایسنا، به نقل از شبکه خبری اسکای نیوز، علی الغانمی، عضو کمیته امنیت و دفاع "
        "پارلمان عراق گفت: نیروهای آمریکایی عقب‌نشینی از پایگاه عین‌الاسد را آغاز کرده‌اند.\n"
        "این درحالی است که تحسین الخفاجی، سخنگوی فرماندهی عملیات مشترک عراق این اخبار را "
        "تکذیب کرد و گفت: این اخبار صحت ندارد.\n"
        "وی درباره عملیات نظامی ائتلاف گفت: نیروهای ائتلاف درحال حاضر در هیچ عملیات نظامی "
        "با ارتش عراق مشارکت ندارند."
    )
    said = [s for s, _ in _said(text)]
    assert said[0] == "علی الغانمی"
    assert "علی الغانمی" not in said[1:]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # who is named in an adverbial phrase before the comma is not the subject
        (
            "پس از گذشت چند روز از اعلام خبر کشته شدن قاسم الریمی از سوی آمریکا، تشکیلات"
            " القاعده تاکید کرد که خالد باطرفی به عنوان سرکرده جدید انتخاب شده است.",
            (None, "تشکیلات القاعده"),
        ),
        (
            "در پی اعلام این خبر، وزارت خارجه لبنان نیز در بیانیه‌ای تأکید کرد که به وظایف"
            " خود عمل خواهد کرد.",
            (None, "وزارت خارجه لبنان"),
        ),
        # a paper named with the body that issued it
        (
            "در بیانیه دادستانی سودان آمده است که اموال علی کرتی مصادره خواهد شد.",
            (None, "دادستانی سودان"),
        ),
        # the prime minister spoke of in the report's adjunct is not the paper that wrote
        (
            "حسن روحانی رئیس جمهور گفت: استعفا نمی‌دهم.\n"
            "روزنامه کیهان در واکنش به طرح استعفای روحانی نوشته بود: چه استعفایی؟",
            (None, "روزنامه کیهان"),
        ),
        # the agency a source cites with no comma is not who speaks after it
        (
            "به گزارش خبرگزاری فارس از بویین زهرا حجت‌الاسلام محمدهمایون زرینه صبح امروز در"
            " همایش امر به معروف شخصیت امام حسین (ع) را بهترین مصداق امر به معروف ذکر کرد.",
            ("محمدهمایون زرینه", None),
        ),
    ],
)
def test_the_subject_after_an_adjunct_a_paper_or_a_source(text, said):
    assert _said(text)[-1] == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # a post named with a «کل» that is no «مدیر کل» is still the one the person holds
        (
            "حجت‌الاسلام درویشیان، رییس سازمان بازرسی: ماموران تحت تعقیب قرار گرفتند.\n"
            "درویشیان رئیس سازمان بازرسی گفت: ماموران تحت تعقیب قرار گرفتند.\n"
            "رئیس سازمان بازرسی کل کشور افزود: این ماموران فاقد دستور قضایی تخریب بودند.",
            ("درویشیان", None),
        ),
        # a question asked, then the verb after its comma: the minister goes on
        (
            "بیژن زنگنه وزیر نفت گفت: امیدوارم.\n"
            "وزیر نفت درباره اینکه ایران بالاترین موارد ابتلا را دارد.\n"
            "این مسئله چقدر برای شما نگران کننده است، گفت: ما وضع خودمان را اعلام می‌کنیم.",
            ("بیژن زنگنه", None),
        ),
        # the next sentence of a quote run on in its paragraph is not another's quote
        (
            "حسین شریفی سرپرست روابط عمومی فدراسیون فوتبال اظهار داشت: این خبر کذب است."
            " دیدگاه آقای عزیزی تغییر در نیمکت تیم ملی نیست و آقای اسکوچیچ صحبت‌های خود را"
            " مطرح کرد.",
            ("حسین شریفی", None),
        ),
    ],
)
def test_the_speaker_goes_on(text, said):
    assert set(_said(text)) == {said}


def test_a_paper_of_someone_whose_post_names_the_body_is_not_the_body_s():
    text = (
        "رئیس سازمان فرهنگ و ارتباطات اسلامی پیامی منتشر کرد.\n"
        "به گزارش خبرگزاری فارس به نقل از روابط عمومی سازمان فرهنگ و ارتباطات اسلامی، در این"
        " پیام آمده است: سخنان مولوی گلستان معارف است."
    )
    assert _said(text)[-1] == (None, None)


def test_a_pronoun_before_anyone_spoke_is_the_one_person_named_before():
    text = (
        "تصمیم برای کاهش نیروها بخشی از دیدگاه جهانی مارک اسپر، وزیر دفاع آمریکا است.\n"
        "وی روز دوشنبه در واشنگتن گفت: هدف من آزاد کردن زمان و هزینه است."
    )
    assert _said(text) == [("مارک اسپر", None)]
    # two people named: «وی» is neither
    two = text.replace("مارک اسپر، وزیر", "مارک اسپر و دونالد ترامپ، رئیس جمهور و وزیر")
    assert _said(two) == [(None, None)]


def test_a_pronoun_before_anyone_spoke_is_no_one_once_another_is_named_but_who_said_it():
    text = (
        "البته به نظر می‌رسد که در بین سه گزینه باقیمانده به غیر از محمدباقر قالیباف که دست کم"
        " سه دهه در عرصه‌های مختلف مدیریتی حضور داشته، بقیه گزینه‌ها تنها وزارت و نمایندگی را"
        " تجربه کرده‌اند.\n"
        "برخی میرسلیم با ۷۳ سال سن را برای گزینه ریاست مجلس مناسب نمی‌دانند.\n"
        "ضمن این که او در دهه‌های اخیر مسئولیت خاصی نداشته و از تجربه کافی برخوردار نیست.\n"
        "مخالفان حاجی بابایی هم او را به کم‌تجربگی در عرصه سیاست متهم می‌کنند.\n"
        "ولی در هر صورت مخالفان قالیباف شرایط را برای او سخت کرده‌اند.\n"
        "هرچند تا پیش از این خیلی‌ها از احتمال ریاست قالیباف سخن می‌گفتند اما شرایط الان تغییر"
        " کرده است و رسیدن قالیباف به ریاست آنقدر هم ساده نیست.\n"
        "همین موضوع دستمایه کنایه حسام‌الدین آشنا مشاور رئیس جمهوری هم شده است.\n"
        "او در توییتی با هشتگ تجربه، نوشته: «اگرچه سر لیست شخص مشهوری است اما لزوما رئیس"
        " نمی‌شود.»"
    )
    # not Ghalibaf: آشنا, named alone since, after a noun of what he said
    assert _said(text) == [("حسام‌الدین آشنا", None)]
    # no one else named since: he goes on
    again = text.replace("کنایه حسام‌الدین آشنا مشاور رئیس جمهوری", "نگرانی قالیباف")
    assert _said(again) == [("محمدباقر قالیباف", None)]
    # named since, but not as the one who said something: no one
    other = text.replace("دستمایه کنایه حسام‌الدین آشنا", "دستمایه دیدار حسام‌الدین آشنا")
    assert _said(other) == [(None, None)]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # a concessive or an adverb and its comma open the clause before its subject
        (
            "هرچند وزارت کشور در بیانیه‌ای اعلام کرد که وزارت کشور قصوری نداشته است.",
            (None, "وزارت کشور"),
        ),
        (
            "همزمان، وزارت خارجه ترکیه روز دوشنبه در بیانیه‌ای از برگزاری دور اول مذاکرات خبر داد.",
            (None, "وزارت خارجه ترکیه"),
        ),
        # a concessive's own clause, up to its comma, is not the main clause's subject
        (
            "هرچند دولت لایحه تعارض منافع را به مجلس فرستاده است، برخی می‌گویند که مجلس"
            " آن را بررسی نمی‌کند.",
            (None, None),
        ),
        # a subheading the source ran into «وی»
        (
            "سعید نمکی وزیر بهداشت گفت: ماسک کم است.\n"
            "منشاء کرونا در ایرانوی همچنین درباره منشاء این بیماری گفت: منبع ویروس را"
            " پیدا کردیم.",
            ("سعید نمکی", None),
        ),
        # «او» is never the body that spoke before: the person who opened the sentence since
        (
            "وزارت کشور اعلام کرده بود: تامین بودجه یکی از مشکلات است.\n"
            "عباسعلی کدخدایی، سخنگوی شورای نگهبان، در نشست خبری ترجیح داد سکوت کند.\n"
            "او گفت که خبرنگاران درباره این موضوع از وزارت کشور نظرخواهی کنند.",
            ("عباسعلی کدخدایی", None),
        ),
    ],
)
def test_the_subject_past_a_concessive_and_he_after_a_body(text, said):
    assert _said(text)[-1] == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "اخوان‌المسلمین مصر با صدور بیانیه‌ای از سند توافق حمایت کرد و خواستار وحدت همه"
            " گروه‌ها شد.",
            (None, "اخوان‌المسلمین مصر"),
        ),
        ("حشد شعبی عراق در بیانیه‌ای اعلام کرد: حمله محکوم است.", (None, "حشد شعبی عراق")),
        # a person, a post run together, or words that are no name issue no body's paper
        ("امام در بیانیه شب اول جنگ می‌فرمایند: باید ایستاد.", (None, None)),
        ("وزیرخارجه کانادا در بیانیه‌ای اعلام کرد: همکاری ادامه دارد.", (None, None)),
    ],
)
def test_a_body_no_list_names_is_known_by_the_paper_it_issued(text, said):
    assert _said(text)[-1] == said


def test_a_name_in_quote_marks_after_a_preposition_is_not_the_subject():
    # fars-5_15: «بوش» is the son; his father and کلینتون are whom he asked, in quote marks:
    # the son asks, a listed figure's surname alone, neither of them
    text = (
        'در حالی که به گفته "جرج بوش"، رییس جمهوری آمریکا این بزرگ‌ترین عملیات امداد است،'
        " هرج و مرج ادامه دارد.\n"
        'بوش نیز قرار است امروز از مناطق توفان زده دیدار کند و از "جرج اچ دبلیو بوش"، پدر'
        ' خود و رییس جمهوری اسبق آمریکا و نیز "بیل کلینتون"، رییس جمهور اسبق این کشور'
        " خواسته تا رهبری فعالیت‌های جمع‌آوری اعانه را بر عهده گیرند."
    )
    assert _said(text)[-1] == ("بوش", None)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # fars-3_73: cited as a source first, then the subject of «گزارش داده»
        (
            "به نقل از مارکا، وینیسیوس و آسنسیو برای شماره 11 رئال مادرید رقابت می‌کنند.\n"
            "آسنسیو همیشه شماره 10 را طلب کرده است.\n"
            "مارکا گزارش داده که ستاره برزیل نمی‌تواند پیراهن بیل را بپوشد.",
            (None, "مارکا"),
        ),
        # fars-3_169: a site named in Latin letters
        (
            "Yournewswire نوشت: واکسن آنفلوآنزا بزرگترین تقلب پزشکی در تاریخ است.",
            (None, "Yournewswire"),
        ),
    ],
)
def test_an_outlet_cited_before_or_named_in_latin_letters_speaks_for_itself(text, said):
    assert _said(text)[-1] == said


def test_an_unnamed_source_cited_before_is_no_outlet():
    # «منابع آگاه» cited, then the subject of a verb: nobody the text names
    text = "به نقل از منابع آگاه، مذاکرات ادامه دارد.\nمنابع آگاه گزارش داده‌اند که توافق نزدیک است."
    assert _said(text)[-1] == (None, None)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # roozno_442 of the sixth judged sample: «که» run into «درحالی‌که», then the subject
        (
            "درحالی‌که عربستان معتقد است ایران به یمنی‌ها سلاح داده تا آرامکو هدف قرار گیرد،"
            " تهران معتقد است جده خود به چنین توانی دست یافته است.",
            (None, "عربستان"),
        ),
        # roozno_360: a body no list names, known by the report it wrote
        (
            "به گزارش روز نو: نشنال اینترست در گزارشی سپاه پاسداران را قدرت اصلی در ایران"
            " خوانده و نوشته این نهاد بیش از هر سازمان دیگری برای آمریکا خطرناک است.",
            (None, "نشنال اینترست"),
        ),
    ],
)
def test_a_body_past_a_joined_frame_or_known_by_its_report(text, said):
    assert _said(text)[0] == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # tabnak_183 of the sixth judged sample: the agency relays witnesses it does not name
        (
            "به گزارش ایسنا، خبرگزاری آناتولی به نقل از شاهدان عینی اعلام کرد که مقامات اسرائیل"
            " خطیب مسجدالأقصی را از حضور در این مسجد منع کرده‌اند.",
            (None, "خبرگزاری آناتولی"),
        ),
        # the minister it relays is who spoke, not the agency
        (
            "خبرگزاری آناتولی به نقل از وزیر کشور ترکیه اعلام کرد که مرزها بسته می‌شود.",
            (None, None),
        ),
    ],
)
def test_an_outlet_relaying_someone_it_does_not_name_speaks_for_itself(text, said):
    assert _said(text)[0] == said


def test_this_report_is_the_relayed_body_s_and_the_discourse_goes_on():
    # fars-3_85 of the fifth judged sample; fars-2_131: «این مرکز» is still the centre before
    text = (
        "به گزارش خبرگزاری فارس به نقل از روابط عمومی شهرداری منطقه 9 این پایگاه به شهروندان"
        " نگهداری گلدان‌ها را آموزش می‌دهد.\n"
        "این گزارش می‌افزاید: توزیع بروشورهای آموزشی از دیگر برنامه‌های این پایگاه است."
    )
    assert _said(text)[-1] == (None, "روابط عمومی شهرداری منطقه")
