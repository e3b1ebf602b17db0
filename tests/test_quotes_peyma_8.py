"""What the eighth PEYMA quotes-recall sample taught quote finding: a byline's credit of two
words («انتشار دهنده:») credits a name that never speaks; a person opening the clause past a
phrase with «در» and its comma says what follows with no colon; «مبنی بر این که» opens what a
noun holds, not the verb's subject; «توصیه کرد X و افزود: Y» is two statements.

The sentences are those of PEYMA's news (``fixtures/peyma_quotes_8``).
"""

from quote_rows import quote_rows

from khabar.extract import extract_text
from khabar.extract.credits import byline_credited


def test_a_credit_of_two_words_credits_the_name_after_its_colon():
    keys = ["خبرنگار", ":", "زهرا", "موسوی", "*", "انتشار", "دهنده", ":", "عباسعلی", "نقییان"]
    assert byline_credited(keys, 2)
    assert byline_credited(keys, 8)  # «انتشار دهنده:», written apart
    assert not byline_credited(["وی", "گفت", ":", "عباسعلی"], 3)


# peyma_343: the publisher's name, the headline and the dateline run together
_CREDITED = (
    "خبرنگار: زهرا موسوی * انتشار دهنده: عباسعلی نقی‌یان 7172.6034 / 1596 گرد و غبار آسمان "
    "چهارمحال و بختیاری را فرامی‌گیرد شهرکرد - ایرنا - مدیرکل هواشناسی چهارمحال و بختیاری گفت: "
    "به علت تشکیل چشمه‌های گرد و خاک از روز پنجشنبه تا روز شنبه آسمان استان در برخی ساعات غبار "
    "آلود خواهد بود. مهرداد قطره سامانی روز پنجشنبه در گفت‌و‌گو با خبرنگار ایرنا افزود: با "
    "افزایش دما و کاهش بارندگی در این فصل از سال وزش بادهای شدید افزایش می‌یابد."
)


def test_the_publisher_a_byline_credits_is_no_speaker_of_the_lead():
    assert [(k, s, w) for k, s, _, w in quote_rows(_CREDITED)] == [
        ("direct", "مهرداد قطره سامانی", "به علت تشکیل"),
        ("direct", "مهرداد قطره سامانی", "با افزایش دما"),
    ]


def test_a_person_right_past_a_phrase_with_dar_says_what_follows_with_no_colon():
    # peyma_815
    text = (
        "در دیداری که بین وزاری امور خارجه دو کشور انجام شد، وانگ ئی اعلام کرد روابط چین و ژاپن "
        "باید بر پایه همکاری باشد و نه تقابل. وی همچنین تصریح کرد که پکن تمایل ژاپن برای بهبود "
        "روابط را بر حسب اقداماتی که از سوی این کشور انجام می‌گیرد، ارزیابی خواهد کرد."
    )
    assert [(k, s, w) for k, s, _, w in quote_rows(text)] == [
        ("direct", "وانگ ئی", "روابط چین و"),
        ("indirect", "وانگ ئی", "پکن تمایل ژاپن"),
    ]


def test_a_name_inside_a_relative_clause_still_open_is_not_the_subject():
    # the «که» of «سندی که» is still open where the name stands: nobody opens the clause
    text = "در سندی که به دست مجتبی شاکری تنظیم شده اعلام کرد روابط دو کشور باید بهبود یابد."
    assert [(k, s) for k, s, _, _ in quote_rows(text)] == [("direct", None)]


def test_what_a_claim_holds_after_mabni_bar_is_not_the_verbs_subject():
    # peyma_401
    text = (
        "جان برنان، مدیر سیا گفت: روسیه و آمریکا می‌توانند راه‌هایی را برای همکاری پیدا کنند. "
        "وی همچنین بر ادعاهای اطلاعاتی آمریکا مبنی بر این که روسیه از حملات سایبری برای نفوذ "
        "در انتخابات آمریکا استفاده کرده تاکید کرد."
    )
    assert quote_rows(text)[1] == ("indirect", "جان برنان", None, "ادعاهای اطلاعاتی آمریکا")


def test_advice_with_no_colon_ends_where_the_speaker_goes_on_with_a_colon():
    # peyma_321
    text = (
        "مجتبی شاکری عضو شورای شهر تهران گفت: این کار مهم است. شاکری توصیه کرد آتش نشان‌ها "
        "خاطرات خود را از لحظات پر هیجان عملیات و خطر کردن‌ها به رشته تحریر درآورند و افزود: "
        "انتشار این وقایع می‌تواند در روحیه دادن به جوانان موثر و دست مایه‌ی رمان و سریال‌های "
        "جذاب باشد."
    )
    assert [(k, s, w) for k, s, _, w in quote_rows(text)[1:]] == [
        ("indirect", "مجتبی شاکری", "آتش نشان‌ها خاطرات"),
        ("direct", "مجتبی شاکری", "انتشار این وقایع"),
    ]
    doc = extract_text(text)
    assert doc.span_text(doc.quotes[1].span).endswith("به رشته تحریر درآورند")


def test_past_a_closed_that_clause_the_name_speaks_unless_its_own_clause_closed_first():
    # tabnak_data_162 of the shared news: Zarif's own verbs chained by «و», no comma
    said = (
        "وقتی اشپیگل پرسید که آیا ترور سردار سلیمانی تغییری در این ملاحظات راهبردی ایجاد کرده "
        "است، ظریف پاسخ منفی داد و افزود: اعتقاد‌های اخلاقی بستگی به رفتار‌های غیراخلاقی "
        "دیگران ندارد."
    )
    assert [(k, s) for k, s, _, _ in quote_rows("محمدجواد ظریف وزیر خارجه است. " + said)] == [
        ("direct", "محمدجواد ظریف")
    ]
    # fars-news-1 of the shared news: Bhutto's clause closes before a paper's
    told = (
        "در زمانی که خانم چیللر اولین نخست‌وزیر زن در ترکیه به حکومت رسید، بی‌نظیر بوتو نیز "
        "نخست‌وزیر پاکستان بود و با توجه به جو جهانی گرایش زنان به فمینیسم، نشریه‌ای ایرانی "
        'موسوم به "عصر امروز" فرح پهلوی را برای رهبری مبارزات برگزید و اعلام کرد که این گزینه '
        'یک "انتخاب برتر" است.'
    )
    assert [s for _, s, _, _ in quote_rows(told)] == [None]
