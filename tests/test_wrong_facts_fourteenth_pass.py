"""Wrong facts left on the news, a fourteenth pass: full names side by side are cut in pairs
where the names the article gives apart do not cut them (``names_side_by_side._pieces``); a
word of a body's kind in the plural opens no listed body's name (``tagged_entities``); one of
the language's frequent words a family name list holds, before «کردن», is the compound verb's
noun (``clause_vetoes._noun_of_do``); a name after «امامزاده … و» is a second shrine
(``no_name_words._second_shrine``); a clause in a run of notes opens after the last note's
number (``subject_start._past_notes``). Sentences of the shared news."""

from khabar.extract import extract_text


def _persons(text: str) -> list[str]:
    return [p.name for p in extract_text(text).persons]


def _organizations(text: str) -> set[str]:
    return {o.name for o in extract_text(text).organizations}


def test_names_side_by_side_are_cut_in_pairs_where_one_is_given_apart():
    # tabnak_data_366: «امین جعفری» is given apart, the cinematographer; the run before him
    # was read as one name, «پوررئوفی» his name's part
    text = (
        "عنوان\nنویسنده: بهتاش صناعی‌ها لیلی فرهادپور، فرید قبادی، سوده ازقندی، امیر شریعت، "
        "ماهور احمدی، محمد حیدری، زهرا پرهون، سمیه برجی، مهدی پیله‌وری، ساچلی تاج‌بخش و آوین "
        "پوررئوفی امین جعفری بهتاش صناعی و عطا مهراد‌زنی همسرش را به خاطر یک حکم اعدام اشتباه "
        "از دست داده است.\nنشست خبری فیلم سینمایی «قصیده گاو سفید»، به کارگردانی بهتاش صناعی‌ها "
        "با حضور این کارگردان، غلامرضا موسوی (تهیه‌کننده)، مریم مقدم (نویسنده و بازیگر)، امین "
        "جعفری (مدیر فیلم‌برداری)، عطا مهرداد (تدوینگر) برگزار شد.\n"
    )
    names = _persons(text)
    assert "امین جعفری" in names
    assert "بهتاش صناعی" in names
    assert not any(n.endswith("امین جعفری بهتاش صناعی") for n in names)


def test_a_word_before_a_name_given_apart_stays_its_part():
    # the eleventh pass's reading, kept: «زلمای خلیل زاد» is one man, «خلیل زاد» given apart
    text = (
        "عنوان\nزلمای خلیل زاد نماینده ویژه آمریکا در امور افغانستان گفت: مذاکرات ادامه دارد. "
        "خلیل زاد افزود: طالبان باید خشونت را کاهش دهد.\n"
    )
    names = _persons(text)
    assert "زلمای خلیل زاد" in names


def test_a_plural_head_opens_no_listed_outlet():
    # tabnak_data_296: the news sites Al Arabiya and Al Hadath
    text = (
        "العربیه مدعی شد معامله قرن شامل راه‌حل دو کشوری است\n"
        "پایگاه‌های خبری العربیه و الحدث به نقل از برخی منابع آمریکایی ادعا کردند، طرح صلح "
        "آمریکا شامل راه‌حل تشکیل دو کشوری است.\n"
        "به گزارش ایسنا، تنها چند ساعت مانده به اعلام طرح صلح دونالد ترامپ، رئیس جمهوری آمریکا "
        'موسوم به "معامله قرن"، پایگاه‌های خبری العربیه و الحدث به اطلاعات انحصاری به نقل از '
        "یک منبع نزدیک به گروه صلح مطلع از طرح ترامپ دست یافتند مبنی بر اینکه طرح یاد شده شامل "
        "راه‌حل تشکیل دو کشوری است.\n"
    )
    orgs = _organizations(text)
    assert "العربیه" in orgs
    assert not any(o.startswith("پایگاه") for o in orgs)


def test_a_frequent_word_before_kardan_is_the_verb_s():
    # roozno_data_76: «با حاج قاسم صحبت کردیم», we spoke with Haj Qasem
    text = (
        "عنوان\nمی‌گفت با حاج قاسم صحبت کردیم و حاج قاسم هم پذیرفت که مطرح کند و گفت، «من "
        "وقتی از سفر برگشتم سعی می‌کنم که دنبال کنم».\n"
    )
    names = _persons(text)
    assert "قاسم صحبت" not in names
    assert not any(n.endswith("صحبت") for n in names)


def test_a_family_name_of_its_shape_before_kardan_stands():
    # roozno_data_304 and roozno_data_797: «خاتمی», «هاشمی» end in «ی», a family name's shape
    text = (
        "عنوان\nمشابه کاری که مجلس هفتم با دولت اصلاحات و سیدمحمد خاتمی کرد و حالا مشخص شده "
        "است. این طرح را با امضای ۱۶ نفر از نمایندگان تحویل آقای قاضی‌زاده هاشمی کردم.\n"
    )
    names = _persons(text)
    assert "سیدمحمد خاتمی" in names
    assert "قاضی\u200cزاده هاشمی" in names


def test_a_second_shrine_after_imamzadeh_and_names_no_one():
    # fars-news-3 (farsnews 8712011009): two shrines, each of a saint and a village
    text = (
        "عنوان\nوی اظهار داشت: در هفته دولت سال‌جاری ساختمان جدید الحداث امامزاده سید هاشم "
        "آغوزکی و سیده سکینه تلیج‌کوه به بهره‌برداری رسید.\n"
        "حجت‌الاسلام سیف‌الله سهرابی عصر امروز در مراسم بهره‌برداری از ساختمان جدید الاحداث "
        "امام‌زاده سید ابوطالب طالش محله کتالم و سید محمد گالش محله رامسر افزود: مازندران با "
        "داشتن یک هزار و 100 بقعه متبرکه، رتبه نخست کشور را در این زمینه داراست.\n"
    )
    names = _persons(text)
    assert not any(n.startswith(("سیده سکینه", "سید محمد گالش")) for n in names)
    assert "سیف\u200cالله سهرابی" in names


def test_a_note_s_speaker_is_its_own_subject_not_a_source_cited_before():
    # fars-news-2 (farsnews 8504250050): notes run on in one paragraph
    text = (
        "عنوان\nمتن مقاله است. [xxxvi] رک: علی ذوعلم، نگاهی به مبانی قرآنی ولایت فقیه، تهران، "
        "موسسه فرهنگی دانش و اندیشه معاصر، 1379 [xxxvii] رک: مروین زونیس و دانیل برومبرگ، "
        "«تشیع به روایت امام خمینی»، صص 89 - 67 [xxxviii] مثلا مرحوم حمید عنایت بر عناصر "
        "اجتهاد، تقیه و امام حسین در پویایی اجتماعی شیعه تاکید می‌کند، ولی نباید این طور "
        "تعبیر شود.\n"
    )
    speakers = {q.speaker for q in extract_text(text).quotes if q.verb == "تاکید می‌کند"}
    assert speakers == {"حمید عنایت"}
