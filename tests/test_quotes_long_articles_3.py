"""What the tenth quotes-recall sample (shared articles of 4,500 to 9,000 characters,
``fixtures/quotes_dev_10``) taught speakers and quote finding: a title before a name, even a
family name alone, run into a closed quotation opens a sentence; a quotation opened right at a
verb of saying and closed at the sentence's end is what it said, whatever objects a relative
clause before the verb holds; a heading's question «... چه می‌گویند؟» run into the text is no
verb of the words before it; a closed quotation run into text that a person named in full
opens, or opens a clause of after «که», leaves «او» after it to no one; «به گفته X،» before
another's verb that carries what was said after «که» is X's account; «خواستار این شد که ...»
states what «که» opens; «... از سوی ایران، خبر داد که ...» too; «گفت که «...»» quoting all
that was said is direct.

The sentences are those of the sample (``roozno_591``, ``roozno_77``) and others a rule must
leave alone.
"""

from khabar.extract import extract_text


def _said(text: str) -> list[tuple[str, str | None, str]]:
    doc = extract_text(text)
    return [(q.kind, q.speaker, doc.span_text(q.span)) for q in doc.quotes]


# roozno_591: quotations run into the next sentence, the space after them lost
_GENERALS = (
    "عنوان\nسردار جلالی گرچه احتمالات را رد نکرد اما این را هم گفت که؛«منشاء توسعه کرونا "
    "به دشمن ارجاع می‌شود، اما اثبات تخصصی آن نیاز به بررسی‌های آزمایشگاهی دارد.»سردار "
    "جلالی با اشاره به آزمایشگاه بیولوژیک آمریکا در اطراف ایران، تاکید کرد«این ویروس بخش "
    "زیادی از ویژگی‌های جنگ بیولوژیک را دارد.»سردار سلامی فرمانده‌کل سپاه هم با کنایه به "
    "آمریکایی‌ها که سابقه بهره گرفتن از سلاح‌های بیولوژیک را دارند گفت«این ویروس ممکن است "
    "محصول تهاجم بیولوژیکی آمریکا باشد.»\n"
)


def test_a_title_and_a_family_name_run_into_a_closed_quotation_open_a_sentence():
    said = _said(_GENERALS)
    assert [(k, s) for k, s, _ in said] == [
        ("direct", "جلالی"),
        ("direct", "جلالی"),
        ("direct", "سلامی"),
    ]
    assert said[1][2].startswith("«این ویروس بخش زیادی")
    assert said[2][2].startswith("«این ویروس ممکن است محصول")


def test_a_family_name_alone_run_in_opens_no_sentence():
    # no title: a family name run into a closed quotation may be a word cut short
    said = _said(
        "عنوان\nسردار جلالی گفت: «این ویروس خطرناک است و باید بررسی شود.»جلالی با اشاره به "
        "آزمایشگاه‌ها تاکید کرد«این ویروس بخش زیادی از ویژگی‌های جنگ بیولوژیک را دارد.»\n"
    )
    assert [(k, s) for k, s, _ in said] == [("direct", "جلالی")]


def test_a_quotation_that_ke_opens_whole_is_direct():
    assert _said(_GENERALS)[0][0] == "direct"


def test_a_phrase_quoted_after_ke_stays_indirect():
    said = _said(
        'عنوان\nاردوغان روز شنبه از نشست چهار جانبه خبر داد اما بعداً گفت که "توافق کامل" '
        "در مورد این نشست وجود ندارد.\n"
    )
    assert ("indirect", "اردوغان") in [(k, s) for k, s, _ in said]
    assert any(t.startswith('"توافق کامل" در مورد') for *_, t in said)


def test_a_quotation_after_a_relative_clause_needs_its_end_to_be_direct():
    # the quotation closes before the sentence does: a phrase of the writer's
    said = _said(
        "عنوان\nسردار سلامی هم با کنایه به آمریکایی‌ها که سابقه را دارند گفت«ویروس» را "
        "باید شناخت و مهار کرد.\n"
    )
    assert said == []


# roozno_591: a heading's question run into the text after a closing quotation
_SPOKESMAN = (
    "عنوان\nسردار سلامی گفت: این ویروس ممکن است محصول تهاجم بیولوژیکی آمریکا باشد.\n"
    "آنچنان که سخنگوی وزارتخارجه عنوان کند«در مورد این موضوع اطلاعی نداریم و زمانی که نتیجه "
    "تحقیقات مشخص شد اظهارنظر می‌کنیم.»مخالفان چه می‌گویند؟ در این میان برخی چون صادق "
    "زیباکلام این احتمالات را رد می‌کنند.\n"
)


def test_a_headings_question_is_no_verb_of_the_words_before_it():
    said = _said(_SPOKESMAN)
    assert all(s != "صادق زیباکلام" for _, s, _ in said)
    assert not any("مخالفان چه" in t for *_, t in said)


def test_a_question_with_a_colon_still_quotes():
    said = _said(
        "عنوان\nوی درباره اینکه مخالفان طرح دولت چه می‌گویند، گفت: آنها به هزینه‌ها توجه ندارند.\n"
    )
    assert said[-1][0] == "direct" and said[-1][2].startswith("آنها به هزینه‌ها")


# roozno_591: «او» after a quotation run into text another person opens a clause of
_RUN_ON = (
    "عنوان\nسیدامیرحسین قاضی‌زاده هاشمی عضو هیات رئیسه مجلس گفت: کرونا یک بحران است.\n"
    "او تاکید می‌کند«کرونا ویروس یک سلاح بیولوژیک برای ضربه به اقتصاد چین بوده است.»"
    "پیشنهادی برای تشکیل پدافندجدی شدن احتمال حمله آن‌قدر بالا گرفت که حشمت‌الله "
    "فلاحت‌پیشه عضو کمیسیون امنیت ملی مجلس درخواست تشکیل پدافند بیوتروریسم را داد.\n"
    "او گفت«باید سازمانی مستقل با اختیارات ویژه شکل بگیرد.»\n"
)


def test_a_person_opening_a_clause_run_on_after_a_quotation_leaves_o_to_no_one():
    said = _said(_RUN_ON)
    assert said[-1][2].startswith("«باید سازمانی مستقل")
    assert said[-1][1] is None  # not قاضی‌زاده هاشمی: فلاحت‌پیشه spoke, named in passing


def test_a_quotation_run_on_into_no_new_person_keeps_o():
    said = _said(_RUN_ON.replace("که حشمت‌الله فلاحت‌پیشه عضو", "که یک عضو"))
    assert said[-1][1] == "سیدامیرحسین قاضی‌زاده هاشمی"


# roozno_591: the minister's words as a member told them
_TOLD = (
    "عنوان\nسردار جلالی گفت: این ویروس خطرناک است.\nموضوعی که در جلسه کمیسیون بهداشت مطرح "
    "شد و بنا به گفته شهروز برزگر، در این جلسه وزیر بهداشت توضیح داد که بخشی از ویروس در "
    "گیلان متفاوت است.\n"
)


def test_according_to_a_person_before_anothers_verb_is_that_persons_account():
    said = _said(_TOLD)
    assert said[-1][:2] == ("indirect", "شهروز برزگر")
    assert said[-1][2].startswith("در این جلسه وزیر بهداشت")


def test_according_to_a_person_leaves_a_colons_quote_to_its_speaker():
    said = _said(_TOLD.replace("توضیح داد که", "گفت:"))
    assert said[-1][0] == "direct"
    assert said[-1][2].startswith("بخشی از ویروس")


# roozno_591: what «این» names after a wish
def test_a_wish_for_this_states_what_ke_opens():
    said = _said(
        "عنوان\nمحمود احمدی‌نژاد نامه‌ای نوشت.\nاو خواستار این شد که سازمان بهداشت جهانی "
        "آزمایشگاه‌ها را شناسایی کند.\n"
    )
    assert said[-1][0] == "indirect"
    assert said[-1][2].startswith("سازمان بهداشت جهانی آزمایشگاه‌ها")


def test_a_wish_for_this_deed_is_the_deed():
    said = _said("عنوان\nمحمود احمدی‌نژاد خواستار این اقدام شد.\n")
    assert said[-1][2] == "این اقدام"


# roozno_77: «از سوی» in a phrase closed by its comma is not what was told of
def test_told_after_a_phrase_with_az_and_its_comma_is_what_ke_opens():
    said = _said(
        "عنوان\nلوان جاگاریان، سفیر روسیه در تهران با اشاره به علاقه‌مندی کشورش برای پذیرش "
        "FATF از سوی ایران، خبر داد که کشور متبوع او نظر خود را به صورت کتبی اعلام کرده است.\n"
    )
    assert said == [
        (
            "indirect",
            "لوان جاگاریان",
            "کشور متبوع او نظر خود را به صورت کتبی اعلام کرده است",
        )
    ]


def test_told_of_with_az_right_before_the_verb_stays_its_object():
    said = _said("عنوان\nمنابع محلی از وقوع انفجاری در بندر خبر دادند که خسارت زیادی داشت.\n")
    assert said and said[-1][2].startswith("وقوع انفجاری")
