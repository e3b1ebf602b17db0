"""Wrong facts left on the news, a fifth pass: «این گزارش حاکی است:» before a speaker's own
verb and colon quotes nothing (``report_colons``); a body's bare word before a foreign
person's name is theirs, not Iran's (``tagged_entities._anothers_body``); a forecast in the
plural and the perfect is told, its subject past a concession closed by its comma
(``clause_openers.past_concession_clause``), but not one whose object «که» goes on with.
Sentences of the shared news."""

from army_mentions import irans_army_mentions

from khabar.extract import extract_text


def _quotes(text: str) -> list[tuple[str | None, str, str]]:
    doc = extract_text(text)
    return [(q.speaker, q.verb, doc.text[q.span.start : q.span.end]) for q in doc.quotes]


# fars-news-1 (8910240082): the report relays دانیالی's words, a stray «"» before her post
_REPORTED = (
    "مدیر عامل بانک توسعه تعاون گفت: بانک توسعه تعاون با هیچ مشکلی مواجه نیست.\n"
    'این گزارش حاکی است: خانم دانیالی "معاون صنایع‌دستی سازمان میراث فرهنگی، صنایع دستی و '
    "گردشگری نیز در این مراسم با اشاره به رویکرد عدالت گستر دولت دهم گفت: محور اصلی فعالیت "
    "دولت‌های نهم و دهم تامین امکانات لازم است.\n"
    "وی ادامه داد: سیاست‌های عدالت محورانه دولت دهم از آنها حمایت می‌کند."
)


def test_a_reports_colon_before_a_speakers_own_quotes_nothing():
    quotes = _quotes(_REPORTED)
    assert not [q for q in quotes if q[1] == "حاکی است"]
    assert ("دانیالی", "گفت", "محور اصلی فعالیت دولت‌های نهم و دهم تامین امکانات لازم است.") in (
        quotes
    )
    assert ("دانیالی", "ادامه داد", "سیاست‌های عدالت محورانه دولت دهم از آنها حمایت می‌کند.") in (
        quotes
    )


def test_a_reports_comma_before_a_pronouns_colon():
    # fars-news-2: «این گزارش حاکی است، وی افزود:»
    text = (
        "وزیر بازرگانی گفت: ایران به زودی به عضویت این سازمان در می‌آید.\n"
        "این گزارش حاکی است، وی افزود: تا پایان تابستان سال جاری کلیه مذاکرات انجام خواهد شد."
    )
    quotes = _quotes(text)
    assert not [q for q in quotes if q[1] == "حاکی است"]
    assert [q for q in quotes if q[1] == "افزود"]


def test_a_report_telling_its_own_finding_still_quotes_it():
    text = "این گزارش حاکی است: تورم در ماه گذشته به 40 درصد رسیده است."
    assert [q for q in _quotes(text) if q[1] == "حاکی است"]


def test_a_bodys_bare_word_before_a_persons_name_is_not_irans():
    # tabnak_data_450
    text = (
        "آمریکا پس از پایان حمله به کویت (برای رها‌سازی این کشور از دست ارتش صدام حسین ) "
        "توسط جورج بوش (پدر) در کنگره آمریکا از طرح خود سخن گفت."
    )
    assert irans_army_mentions(text) == []


def test_a_bodys_bare_word_in_a_post_before_its_holder_stays_irans():
    text = "فرمانده کل ارتش امیر سرلشکر موسوی گفت: ارتش آماده است."
    assert irans_army_mentions(text)


def test_a_forecast_in_the_perfect_after_a_concession_is_the_bodies():
    # tabnak_data_1378: «هرچند» run into the next word, its clause closed by «است،»
    text = (
        "هرچندتحریم‌های آمریکا مشکلاتی برای اقتصاد ایران به وجود آورده است، بانک جهانی و "
        "صندوق بین‌المللی پول در گزارش اخیر خود پیش‌بینی کرده‌اند با تخلیه شدن اثر تحریم‌ها، "
        "روند نزولی اقتصاد ایران در سال جاری میلادی پایان خواهد یافت."
    )
    doc = extract_text(text)
    (quote,) = doc.quotes
    assert quote.verb == "پیش‌بینی کرده‌اند"
    assert quote.speaker_organization == "بانک جهانی"
    assert doc.text[quote.span.start : quote.span.end].startswith("با تخلیه شدن اثر تحریم‌ها")


def test_a_forecasts_object_before_that_is_no_statement():
    # roozno_data_429: «که» opens a relative clause on the growth forecast
    text = (
        "صندوق بین‌المللی پول درباره سال 2020 میلادی مقدار اندکی رشد اقتصادی را برای ایران "
        "پیش‌بینی کرده بود که با توجه به نگرانی‌های ایجاد شده درباره شیوع ویروس کرونا تحقق آن "
        "بسیار بعید به نظر می‌رسد."
    )
    assert _quotes(text) == []
    # tabnak_data_1555: with no object, «که» opens what the bank forecast
    text = (
        "این بانک پیش‌بینی کرده بود که تقاضا برای نفت تا سه ماهه چهارم امسال به حدود ۹۷ "
        "میلیون بشکه در روز بهبود پیدا خواهد کرد."
    )
    assert [q[1] for q in _quotes(text)] == ["پیش‌بینی کرده بود"]


def test_an_earlier_verbs_object_leaves_a_forecast_told():
    # fars-news-5 (9002141011): «را» is «عنوان کرد»'s, before «و»
    text = (
        "عمرو موسی دبیرکل اتحادیه عرب به جای لغو این نشست موضوع به تاخیر افتادن مجدد آن را "
        "عنوان کرد و پیش‌بینی کرد که این نشست صرفا به تأخیر افتد."
    )
    assert ("عمرو موسی", "پیش‌بینی کرد", "این نشست صرفا به تأخیر افتد") in _quotes(text)


def test_a_polls_forecast_is_no_ones_words():
    # roozno_data_815 (quotes_recall_dev_16): a finding, not a statement
    text = (
        "این در حالی است که یک نظرسنجی پیش‌بینی کرده است یک‌سوم بنگاه‌های اقتصادی در "
        "بریتانیا می‌توانند بین ۷۵ تا ۱۰۰ درصد از کارکنان خود را به مرخصی بفرستند."
    )
    assert _quotes(text) == []
