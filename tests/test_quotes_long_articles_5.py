"""What the twelfth quotes-recall sample (shared articles of 4,500 to 9,000 characters, each
holding a statement, ``fixtures/quotes_dev_12``) taught quote finding and speakers: «روایت
کرد» and «توییت زد» before a colon or «که», and «اخطار داد» as «هشدار داد», report speech
(``data/reporting_verbs.tsv``); the family name of a person named in full, written right before
another name with no comma between, is no part of it (``surnames_run_in``); a sentence opened
by the account of one named in full («روایت X از ...») is whom «او» after it means
(``speakers.told_of_before``); a quotation closed on a full stop and run into a clause after
«، اما» that a person named in full opens leaves «او» after it to no one, the last speaker
known by a post too (``quotes._named_past_quotation``).

The sentences are those of the sample (``roozno_695``, ``roozno_769``, ``tabnak_1483``) and
others a rule must leave alone.
"""

from khabar.extract import extract_text


def _said(text: str) -> list[tuple[str, str | None, str]]:
    doc = extract_text(text)
    return [(q.kind, q.speaker, doc.span_text(q.span)) for q in doc.quotes]


def _persons(text: str) -> list[str]:
    return [p.name for p in extract_text(text).persons]


# roozno_769: Ghalibaf's second tweet, then «او ... نوشت:» his too, not Rouhani's before it
_TWEETS = (
    "نبرد سیاسی در روزهای کرونایی\n"
    "حسن روحانی هم در مقام پاسخ گفت: «این شرایط، شرایط جنگ سیاسی نیست».\n"
    "قالیباف باز هم کوتاه نیامد و دوباره توییت زد که: «شیوه کنایه‌زدن و تعلل روشی نیست که "
    "ما طبق آن عمل کنیم».\n"
    "او در پیام دیگری در ادامه پیام قبلی نوشت: «مدیریت ناکارآمد دولت بار دیگر روشن شد».\n"
    "محمدباقر قالیباف منتخب مردم تهران است.\n"
)


def test_a_tweet_before_a_colon_is_a_statement_and_o_after_it_its_writer():
    said = _said(_TWEETS)
    assert [(k, s) for k, s, _ in said] == [
        ("direct", "حسن روحانی"),
        ("direct", "محمدباقر قالیباف"),
        ("direct", "محمدباقر قالیباف"),
    ]
    assert said[1][2].startswith("«شیوه کنایه‌زدن")


def test_what_a_film_tells_is_no_statement():
    text = (
        "عنوان\nاین فیلم داستان پدری و مادری را روایت می‌کند که بعد از آلوده شدن مادر خانواده، "
        "پدر باید با یک بچه خردسال بماند.\n"
    )
    assert _said(text) == []


# roozno_695: Mohammad-Hassani's open letter after Tavakoli's name, Tavakoli's account
_LETTER = (
    "روایت احمد توکلی از فراری دادن یک افسر\n"
    "مصطفی میرسلیم در مصاحبه‌ای گفته بود «آقای خلخالی در کارهایش دقت نداشت.»\n"
    "روایت احمد توکلی از روش و منش قضایی صادق خلخالی هم در تایید سخنان میرسلیم است.\n"
    "او در گفتگو با «عبدی‌مدیا» روایت کرده: «اوایل انقلاب برادر من افسر شهربانی رشت بود.»\n"
    "با این حال پیش از تایید اظهارات میرسلیم از سوی توکلی محمدحسنی، رییس سازمان عقیدتی سیاسی "
    "ارتش در نامه‌ای سرگشاده خطاب به میرسلیم نوشت: «ایجاد شائبه درخصوص اقدامات اوایل انقلاب، "
    "آیا بازی در زمین دشمن نیست؟» او هم گفته بود: «اگر سندی داشته‌اید در کتمان حقیقت مسوول "
    "هستید.\n»با همه این اوصاف، اما صادق خلخالی هیچ‌وقت از اقدامات خود ابراز پشیمانی نکرد.\n"
    "او در کتابی با عنوان «ایام انزوا» نوشت ذره‌ای از کار‌هایی که کرده پشیمان نیست.\n"
)


def test_a_family_name_run_into_another_name_is_the_one_named_before():
    names = _persons(_LETTER)
    assert "محمدحسنی" in names
    assert "توکلی محمدحسنی" not in names


def test_o_after_the_account_of_one_named_in_full_is_that_one():
    said = _said(_LETTER)
    told = [s for k, s, t in said if t.startswith("«اوایل انقلاب")]
    assert told == ["احمد توکلی"]


def test_o_past_a_quotation_run_into_another_named_after_but_is_no_one():
    said = _said(_LETTER)
    assert [s for _, s, t in said if "ایجاد شائبه" in t or "اگر سندی" in t] == [
        "محمدحسنی",
        "محمدحسنی",
    ]
    assert [s for _, s, t in said if t.startswith("ذره‌ای")] == [None]


def test_a_name_of_two_family_names_stays_whole_when_nobody_held_the_first():
    # «احمد توکلی» named before, then «کاظمی محمدحسنی»: no family name of his run in
    text = (
        "عنوان\nاحمد توکلی نماینده پیشین مجلس گفت: ما آماده‌ایم.\n"
        "پیش از تایید اظهارات میرسلیم از سوی کاظمی محمدحسنی، رییس سازمان عقیدتی سیاسی ارتش "
        "در نامه‌ای نوشت: «ما آماده‌ایم.»\n"
    )
    assert _persons(text) == ["احمد توکلی", "کاظمی محمدحسنی"]


def test_a_family_name_nobody_held_in_full_before_stays_in_the_name():
    text = (
        "عنوان\nمیرسلیم گفت: ما آماده‌ایم.\n"
        "پیش از تایید اظهارات میرسلیم از سوی توکلی محمدحسنی، رییس سازمان عقیدتی سیاسی ارتش "
        "در نامه‌ای نوشت: «ما آماده‌ایم.»\n"
    )
    assert "توکلی محمدحسنی" in _persons(text)


# tabnak_1483: the oil workers' warning, stated with no «که»
def test_a_warning_given_states_what_follows_it():
    text = (
        "عنوان\nهزاران نفر از کارگران صنعت نفت ایران در تظاهراتی اخطار دادند جریان نفت را به روی "
        "هر کشوری که شاه مخلوع ایران را پناه دهد قطع خواهند کرد.\n"
    )
    assert [(k, t[:9]) for k, _, t in _said(text)] == [("direct", "جریان نفت")]


def test_a_caution_given_a_player_says_nothing():
    text = "عنوان\nداور این بازی به بختیاری زاده و اکبری از صباباتری اخطار داد.\n"
    assert _said(text) == []


# roozno_769: Rabiei's message, its mark closed only past the writer's «او در این پیام ...:»
_MESSAGE = (
    "عنوان\n"
    "علی ربیعی هم در پیامی به مناسبت فرارسیدن 12 فروردین نوشت: «در ۱۲ فروردین ۱۳۹۹، با دو "
    "پدیده آزاردهنده تحریم و کرونا مواجهیم.\n"
    "در مقابله با پدیده تحریم، نیازمند به اعتراض واحد و کنش جمعی هستیم.\n"
    "او در این پیام تأکید کرد: آن روز به جمهوری اسلامی آری گفتیم و امروز باید به تحریم و "
    "کرونا نه بگوییم».\n"
)


def test_the_writer_telling_of_the_piece_ends_a_quotation_run_over_lines():
    said = _said(_MESSAGE)
    assert [(k, s, t[:10]) for k, s, t in said] == [
        ("direct", "علی ربیعی", "«در ۱۲ فرو"),
        ("direct", "علی ربیعی", "آن روز به "),
    ]


def test_a_piece_run_over_lines_still_holds_what_it_tells():
    # «او گفت:» inside the piece, of no paper of its own: nested in it as before
    text = (
        'عنوان\nروزنامه گاردین نوشت:"دولت ایران آماده است.\n'
        "او گفت: ما آماده‌ایم.\n"
        'این روزنامه افزود که طرح اجرا می‌شود".\n'
    )
    assert [k for k, *_ in _said(text)] == ["direct"]


# roozno_847: the Chinese ambassador's tweet addressed to Jahanpour
def test_the_one_words_are_addressed_to_is_not_their_speaker():
    text = (
        "عنوان\nکیانوش جهانپور سخنگوی وزارت بهداشت در توئیتی نوشت: «وزارت بهداشت چین هر روز "
        "نشست خبری دارد.»\nچانگ خطاب به جهانپور، توئیت کرد:«آقای عزیز، به حقایق احترام "
        "بگذارید.»سخنگوی وزارت بهداشت اما به این اخطار اهمیتی نداد.\n"
    )
    assert [s for _, s, _ in _said(text)] == ["کیانوش جهانپور", None]


def test_a_speaker_known_speaks_to_the_one_addressed():
    text = (
        "عنوان\nحسن روحانی خطاب به نمایندگان گفت: ما آماده‌ایم.\n"
        "وی همچنین خطاب به محمدباقر قالیباف گفت: ما آماده‌ایم.\n"
    )
    assert [s for _, s, _ in _said(text)] == ["حسن روحانی", "حسن روحانی"]


# fars-5_101 (the eleventh sample): «ایشان» after the Leader's post, named «خامنه‌ای» later
_LEADER = (
    "مناظره تلویزیونی\n"
    "همین امر باعث شد مقام معظم رهبری در همان مراسم نسبت به بداخلاقی انتخاباتی هشدار دهند. "
    "ایشان با اشاره به حضور برخی جوانان در خیابان‌ها اشاره فرمودند: در این مورد حرفی نمی زنم "
    "اما مبادا این مسئله به درگیری بیانجامد.\n"
    "حضرت آیت الله خامنه‌ای افزودند: بنده با مناظره و گفتگو و انتقاد مخالفتی ندارم.\n"
)


def test_an_honorific_after_the_leaders_post_is_the_one_khamenei_named():
    assert [s for _, s, _ in _said(_LEADER)] == ["خامنه‌ای", "خامنه‌ای"]


def test_an_honorific_after_the_leaders_post_is_no_one_when_no_khamenei_is_named():
    # tabnak_1108 (the eleventh sample): the Leader never named, the honorific left to no one
    text = _LEADER.replace("حضرت آیت الله خامنه‌ای افزودند:", "وی افزود:")
    assert [s for _, s, _ in _said(text)][:1] == [None]


def test_an_honorific_after_the_founders_post_is_not_the_leader():
    text = _LEADER.replace("مقام معظم رهبری", "رهبر کبیر انقلاب")
    assert [s for _, s, _ in _said(text)][:1] == [None]
