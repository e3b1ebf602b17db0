"""What the twenty-eighth quotes-recall sample taught quotes and speakers: «... را ... عنوان
کرد و از X خواست ...» gives two statements, what the object was called and what X was asked,
as «... را ... دانست و از X خواست ...» does (``reporting_cues._asked_of_after``); and «اینکه»
opening a sentence, a person right after it, opens a clause whose verb is that person's
(«اینکه آقای روحانی اعلام کرد «...»، موضع شخص ایشان است ...؟», ``subject_start``); and
«؛» after a verb of saying stands for its colon where a colon after it is no verb of saying's
(«نامه‌نیوز نوشت؛ علی مطهری ... اعتقاد دارد: «...»», ``reporting_cues._said_to``).

The sentences are those of ``fixtures/quotes_dev_28`` (roozno_1155 and roozno_1210, shared
articles no earlier sample read whole) and of the shared news where the rules hold or must not.
"""

from pathlib import Path

from khabar.extract import extract_text

FIXTURES = Path(__file__).parent / "fixtures"


def _said(text: str) -> list[tuple[str, str | None]]:
    return [(q.verb, q.speaker) for q in extract_text(text).quotes]


def test_jannati_s_third_recommendation_is_two_statements():
    # roozno_1155: the whole article, fourteen statements, all Jannati's
    text = (FIXTURES / "quotes_dev_28/roozno_1155.txt").read_text(encoding="utf-8")
    doc = extract_text(text)
    assert len(doc.quotes) == 14
    assert {q.speaker for q in doc.quotes} == {"احمد جنتی"}
    verbs = [q.verb for q in doc.quotes]
    assert verbs[6:8] == ["عنوان کرد", "خواست"]
    called = doc.span_text(doc.quotes[6].span)
    assert "سیاست‌های کلی قانون‌گذاری را سند جامعی" in called
    assert doc.span_text(doc.quotes[7].span).startswith("برای تصویب قوانین")


def test_what_was_called_before_a_request_is_a_statement():
    # fars-news-2.json item 184 (farsnews 13960326001030): the Red Crescent's head in Chaypareh
    text = (
        "تصادف\nمهدی شکارچی رئیس جمعیت هلال‌احمر چایپاره امروز در گفت‌وگو با خبرنگار فارس"
        " اظهار داشت: دو نفر جان باختند.\nشکارچی سه علت اصلی تصادفات جاده‌ای و ترافیکی را عامل"
        " انسانی، راه و خودرو عنوان کرد و از هم‌وطنان خواست تا با رعایت نکات ایمنی، هشدارها و"
        " علائم راهنمایی به همراه سرعت مطمئنه نقش مؤثری را در کاهش این حوادث داشته باشند.\n"
    )
    assert _said(text) == [
        ("اظهار داشت", "مهدی شکارچی"),
        ("عنوان کرد", "مهدی شکارچی"),
        ("خواست", "مهدی شکارچی"),
    ]
    # roozno_200: the deputy foreign minister, «این مقام مسئول»
    text = (
        "انصاری\nغلامرضا انصاری معاون دیپلماسی اقتصادی وزارت امور خارجه تصریح کرد: اگر FATF"
        " تصویب نشود حساب‌ها بسته می‌شود.\nاین مقام مسئول دنیای آینده را دنیای بلاکچین‌ها و رمز"
        " ارزها عنوان کرد و از بخش خصوصی خواست تا در این حوزه وارد شوند.\n"
    )
    assert [v for v, _ in _said(text)] == ["تصریح کرد", "عنوان کرد", "خواست"]


def test_a_request_with_nothing_asked_or_another_verb_opens_no_second_statement():
    # «از ... خواست.» with nothing after it, and «از» opening what another verb names
    text = (
        "خبر\nعلی رضایی رئیس شورای شهر گفت: بودجه کافی نیست.\nرضایی سه علت اصلی را کمبود بودجه"
        " عنوان کرد و از شهرداری خواست.\n"
    )
    assert "عنوان کرد" not in [v for v, _ in _said(text)]
    text = (
        "خبر\nعلی رضایی رئیس شورای شهر گفت: بودجه کافی نیست.\nرضایی سه علت اصلی را کمبود بودجه"
        " عنوان کرد و از این وضع ابراز نگرانی کرد.\n"
    )
    assert "عنوان کرد" not in [v for v, _ in _said(text)]


def test_a_person_after_that_opening_the_sentence_is_the_verb_s_subject():
    # roozno_1210: the interviewer's question tells Rouhani's words
    text = (
        "مذاکره\nحسن روحانی در پاسخ به ادعای او گفت: «ما معطل هیچ‌چیز نیستیم».\nگفت‌وگو با علی"
        " مطهری را در ادامه می‌خوانید.\nاینکه آقای روحانی اعلام کرد «آماده مذاکره با آمریکا"
        " هستیم»، موضع شخص ایشان است یا تصمیم جمعی کشور محسوب می‌شود؟\n"
    )
    assert _said(text) == [("گفت", "حسن روحانی"), ("اعلام کرد", "حسن روحانی")]
    # roozno_548: what is said of Najafi, in the passive, is no one's, and not his
    text = (
        "نجفی\nسرور تابشیان همسر محمدعلی نجفی گفت: من ۴۲ سال زن علی بودم.\nشرایط آقای نجفی در"
        " زندان چطور است؟ اینکه گفته می‌شود آقای نجفی در وضعیت بهتری نگهداری می‌شود، درست است؟\n"
    )
    assert "محمدعلی نجفی" not in [speaker for _, speaker in _said(text)]


def test_a_semicolon_for_a_colon_before_a_colon_no_verb_of_saying_opens():
    # roozno_1210: the site's lead, a view's colon inside it
    text = (
        "مطهری\nنامه‌نیوز نوشت؛ علی مطهری نظر گروه دوم را تایید می‌کند و اعتقاد دارد: «روحانی"
        " یک اصل بدیهی و عقلی را بیان کرده و موضع جدیدی در قبال مذاکره با آمریکا نگرفته است».\n"
    )
    doc = extract_text(text)
    assert [(q.verb, q.speaker_organization) for q in doc.quotes] == [("نوشت", "نامه نیوز")]
    assert doc.span_text(doc.quotes[0].span).startswith("علی مطهری نظر گروه دوم")
    # roozno_170: the Met Office's notice, its labels' colons («توصیف:», «زمان شروع:»)
    text = (
        "هواشناسی\nمتن اطلاعیه سازمان هواشناسی به شرح زیر است؛ توصیف: فعالیت سامانه بارشی"
        "زمان شروع: بعدازظهر یکشنبه98/11/27نوع مخاطره: بارش برف و باران.\n"
    )
    doc = extract_text(text)
    assert [q.speaker_organization for q in doc.quotes] == ["سازمان هواشناسی کشور"]
    assert doc.span_text(doc.quotes[0].span).startswith("توصیف: فعالیت سامانه")


def test_a_semicolon_before_another_s_verb_of_saying_and_colon_opens_nothing():
    # roozno_1024: Tasnim's «نوشت؛» relays Naderi, whose «گفت:» quotes him
    text = (
        "مجلس\nتسنیم نوشت؛ احمد نادری گفت: جلسه پنجشنبه با حضور 62 نفر از نمایندگان مجلس"
        " یازدهم برگزار شد.\n"
    )
    assert _said(text) == [("گفت", "احمد نادری")]
