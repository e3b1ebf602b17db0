"""What is no person's name and where a name ends, by the classes of the false persons read in
the twentieth store sample (``tests/fixtures/persons_judged_store_20.jsonl``), on sentences of
the shared news, and the names that must stand."""

from __future__ import annotations

from conftest import names

# roozno_data_354: the sample's line, a headline's «شد» run into the lead's given name
_HEADLINE = (
    "ممنوعیت ورود شهروندان ایرانی به خاک عراق تمدید شدعادل عبدالمهدی، نخست‌وزیر عراق اعلام "
    "کرد که ممنوعیت ورود شهروندان غیرعراقی از مسیر ایران به خاک این کشور که برای سه روز وضع "
    "شده بود را برای مدت نامعلومی تمدید کرده است."
)
# roozno_data_962: the same, the head of the audit court
_AUDIT = (
    "گزارش تخلفات ارزی به سران سه قوه ارسال شدعادل آذر تصریح کرد: با هماهنگی رئیس مجلس گزارش "
    "حسابرسی ارز ۴۲۰۰ تومانی با تفصیل تخلفات برای سران سه قوه ارسال شد؛ جلسه حضوری نیز خدمت "
    "آقای رئیسی رئیس قوه قضائیه رسیدم."
)


def test_a_given_name_that_is_a_word_run_into_a_headlines_verb_opens_the_name() -> None:
    assert "عادل عبدالمهدی" in names(_HEADLINE)
    assert "شدعادل عبدالمهدی" not in names(_HEADLINE)
    assert names(_AUDIT) == ["رئیسی", "عادل آذر"]


# roozno_data_131: the sample's line, Haj Qasem's honoured presence
_PRESENCE = (
    "در رده تیپی و لشکری که حاج قاسم تشریف داشتند همه ما فرماندهان جمع می‌شدیم نسبت به یک "
    "منطقه عملیات نظر می‌دادیم و حاج قاسم هم عین شهید خرازی و شهید کاظمی نظر می‌داد."
)


def test_tashrif_follows_a_name_and_is_none_of_it() -> None:
    assert "قاسم تشریف" not in names(_PRESENCE)
    assert "قاسم" in names(_PRESENCE)


# fars-news-1 item 48 and fars-news-4 item 194: the sample's lines, the verse of Light's star
_STAR = (
    "و دیدیم که در این مبارزه چطور حصارهای آهنین فروریخت، و چگونه خون بر شمشیر و ایمان بر "
    "کفر و فریاد بر گلوله پیروز شد، و چطور خواب بنی‌اسرائیل در تصرف از نیل تا فرات آشفته "
    "گشت، و دوباره کوکب دریه فلسطین از شجره مبارکه لاشرقیه ولاغربیه ما برافروخت."
)
_STAR_AGAIN = (
    "و چطور خواب بنی اسراییل در تصرف از نیل تا فرات آشفته گشت و دوباره کوکب دریه فلسطین از "
    "شجره مبارکه «لاشرقیه و لا غربیه» ما برافروخت."
)


def test_the_shining_star_of_the_verse_names_no_one() -> None:
    assert names(_STAR) == []
    assert names(_STAR_AGAIN) == []


# mashregh_4, roozno_data_131, roozno_data_548: the sample's lines, after a sentence of each
# article that names the person in full
_FULL_OF = (
    "سالار رشید و سردار شهید ما حاج قاسم سلیمانی، به حد غیر قابل تصوری دلربا و خواستنی‌ست. "
    "حاج قاسم سرشار از ایمان و باورهای قلبی بود و به گونه‌ای اسطوره‌ای، نستوه و خستگی‌ناپذیر."
)
_WHEN = (
    "رفاقت سردار مرتضی قربانی با سردار شهید قاسم سلیمانی به دوران جنگ تحمیلی برمی‌گردد. "
    "آخرین ملاقات تان با سردار سلیمانی کی بود؟ یک هفته قبل از شهادتش جلو در خانه."
)
_FREED = (
    "سکوت همسر اول دکتر محمدعلی نجفی شکست. "
    "برایمان از شبی که آقای نجفی آزاد و بعد آزادی‌اش لغو شد، بگویید."
)
# roozno_data_26: «کی» inside a name, no predicate after it
_DEFENDANT = (
    "دادگاه رسیدگی به اتهامات «داریوش امان کی یکانی» و چهار متهم دیگر، از متهمان پرونده بانک "
    "سرمایه، در شعبه سوم دادگاه ویژه جرایم اقتصادی برگزار شد."
)


def test_a_predicate_run_into_a_titled_name_the_article_gives_in_full_is_none_of_it() -> None:
    assert "قاسم سرشار" not in names(_FULL_OF)
    assert "قاسم سلیمانی" in names(_FULL_OF)
    assert names(_WHEN) == ["قاسم سلیمانی", "مرتضی قربانی"]
    assert names(_FREED) == ["محمدعلی نجفی"]


def test_a_name_holding_a_predicates_word_stands() -> None:
    assert names(_DEFENDANT) == ["داریوش امان کی یکانی"]


# roozno_data_377: the sample's line, a term called so
_TERM = (
    "این می‌تواند در قالب یک واکنش التهابی شدید که گاهی اوقات «توفان سیتوکین» نامیده می‌شود، رخ دهد."
)
# tabnak_data_130: a family's nickname called so, and the names around it
_NICKNAME = (
    "طلال چندین اسم مستعار مانند «طلال حسنی»، «عصمت میزارانی» دارد و دفتر تحقیقات فدرال "
    "خانواده حمیه را به خانواده «اسامه بن‌لادن» موسس گروهک القاعده تشبیه کرده و آن را "
    "«خانواده بن‌لادن لبنانی» نامیده زیرا یکی از معروف‌ترین خانواده‌ها در دایره حزب‌الله است."
)


def test_a_quoted_name_that_something_is_called_is_a_term() -> None:
    assert names(_TERM) == []
    assert names(_NICKNAME) == ["اسامه بن\u200cلادن", "طلال حسنی", "عصمت میزارانی"]


# roozno_data_131: the sample's line, the radio code of an operation
_CODE = (
    "من با حاج قاسم تماس گرفتم دیدم صدایش قطع شد. رمزمان قاسم قاسم مرتضی بود. "
    "گفتم گوشی را به بنی‌اسدی بده."
)


def test_a_name_after_a_code_word_is_the_code() -> None:
    assert "قاسم قاسم مرتضی" not in names(_CODE)


# tabnak_data_387: the sample's line, the top scorer's race
_RACE = (
    "اگر شرایط به همین شکل ادامه داشته باشد مطمئنا مطهری حتی می‌تواند در کورس آقای گلی قرار بگیرد."
)
# fars-news-1 item 53: the top scorer's cup; roozno_data_1181: Mr Golpayegani stands
_CUP = (
    "مصطفی جوان با 13 گل زده از تیم مخابرات الف نیز به عنوان بهترین گلزن این دوره از مسابقات "
    "کاپ آقای گل را به خود اختصاص داد."
)
_GOLPAYEGANI = (
    "عده‌ای دنبال آیت‌الله گلپایگانی بودند که حالا ایشان صحبت‌هایی که مثلا آقای هاشمی آن زمان "
    "مطرح می‌کرد، او می‌گفت آقای گلپایگانی مرجع هستند، ولی از نظر کشورداری و مسائل کشور آن "
    "اطلاعات لازم را ندارند."
)


def test_mister_goal_after_a_race_is_the_top_scorers_title() -> None:
    assert names(_RACE) == []
    assert names(_CUP) == ["مصطفی جوان"]
    assert set(names(_GOLPAYEGANI)) == {"گلپایگانی", "هاشمی"}


# fars-news-1 item 48: the sample's line, the figures of the pilgrimage after the Prophet
_PILGRIMAGE = (
    "حج نیز به همان سرنوشت گرفتار گشته است، سرنوشتی که میلیون‌ها مسلمان هر سال به مکه "
    "می‌روند و پا جای پای پیامبر و ابراهیم و اسماعیل و هاجر می‌گذارند."
)
# tabnak_data_389: a member of parliament named «هاجر» stands
_MEMBERS = (
    "احد آزادی خواه نماینده ملایر، سمیه محمودی نماینده شهرضا، هاجر چنارانی نماینده نیشابور، "
    "ولی‌الله نانواکناری نماینده بابلسر، محمدحسین فرهنگی نماینده تبریز"
)


def test_the_words_of_a_list_the_prophet_opens_are_holy_figures() -> None:
    assert names(_PILGRIMAGE) == []
    assert "هاجر چنارانی" in names(_MEMBERS)
