"""Wrong facts left on the news, a sixth pass: people many and unnamed who are the subject of
the clause after «که» speak, not the person the sentence opened with
(``speakers._many_after_that``); a post someone is proposed for, or chosen for where the
choosing is only likely, is not held (``registry._chosen_for``); an act's noun after a
preposition opens no body (``tagged_spans._an_act_after_preposition``); what was told that
names back to a noun is no statement (``quotes._named_back``), nor is the clause a comma
opens after the verb before with its own subject (``quotes._own_clause_after_comma``); a
bare «ارتش» where another state is meant is not Iran's (``tagged_entities``). Sentences of
the shared news."""

from army_mentions import irans_army_mentions

from khabar.extract import extract_text


def _quotes(text: str) -> list[tuple[str | None, str, str]]:
    doc = extract_text(text)
    return [(q.speaker, q.verb, doc.text[q.span.start : q.span.end]) for q in doc.quotes]


def _posts(text: str) -> dict[str, list[str]]:
    return {p.name: list(p.posts) for p in extract_text(text).persons}


def _organizations(text: str) -> list[str]:
    return [o.name for o in extract_text(text).organizations]


def test_observers_after_that_speak_not_the_person_the_sentence_opened_with():
    # tabnak_data_1246
    text = (
        "عنوان\nدورتی شیا سفیر جدید واشنگتن در بیروت که دوازدهم اسفند برای تصدی این منصب وارد "
        "لبنان شده است، یکی از سیاسیون تندرو و دست راستی «دونالد ترامپ» رئیس جمهور آمریکاست "
        "که با انتصاب وی ناظران پیش‌بینی کردند لبنانی‌ها باید منتظر برخورد سخت‌گیرانه‌تر آمریکا "
        "به ویژه با حزب‌الله لبنان باشند.\n"
    )
    quotes = _quotes(text)
    assert [(s, v) for s, v, _ in quotes] == [(None, "پیش‌بینی کردند")]
    assert quotes[0][2].startswith("لبنانی‌ها باید منتظر")


def test_officials_in_a_phrase_after_that_are_not_the_subject():
    # fars-news-3: «مقامات» inside «زیر فشارهای مقامات آمریکایی»: the span is left as it was
    text = (
        "عنوان\nاین تصمیم هیئت تجدید نظر که زیر فشارهای مقامات آمریکایی گرفته شد با واکنش "
        "منفی مسوولان و مردم عراق روبرو شد و آنها این تصمیم را غیرقانونی و خارج از حیطه "
        "اختیارات هیئت تجدید نظر دانستند.\n"
    )
    assert not [q for q in _quotes(text) if q[2].startswith("آمریکایی")]


def test_a_post_chosen_for_in_a_likelihood_is_not_held():
    # tabnak_data_1313
    text = (
        "عنوان\nافزایش احتمال شکست بزرگ نتانیاهو با انتخاب گانتز به عنوان نخست‌وزیر، از جمله "
        "مهم‌ترین خبر‌ها بوده‌اند.\n«بنی گانتز» رهبر ائتلاف انتخاباتی آبی و سفید روز یکشنبه سخن "
        "گفت.\n"
    )
    assert "نخست‌وزیر" not in _posts(text)["بنی گانتز"]


def test_a_post_chosen_for_after_for_may_be_held():
    # fars-news-4 (8707060698), at the new mayor's introduction: the council's votes made him
    text = (
        "عنوان\nرئیس شورای شهر قم اظهار داشت: شورای شهر قم برای انتخاب محسن عابدینی به عنوان "
        "شهردار قم سه بار اقدام به رای‌گیری کرد و هر سه بار نیز وی بیشترین آرا را به دست آورد.\n"
    )
    assert _posts(text)["محسن عابدینی"] == ["شهردار قم"]


def test_a_post_chosen_for_and_taken_is_held():
    # tabnak_data_573
    text = "عنوان\nپس از انتخاب آیت‌الله رئیسی به عنوان رئیس قوه قضائیه این برخورد‌ها سرعت گرفت.\n"
    assert _posts(text)["رئیسی"] == ["رئیس قوه قضائیه"]


def test_an_acts_noun_after_a_preposition_is_no_body():
    # tabnak_data_970: «با نظارت هلال احمر سوریه»; roozno_data_426: «جابجایی و انتقال ارز»
    text = (
        "عنوان\nما به این سازمان موافقت خود را با انتقال این کمک‌ها از طریق فرودگاه اربیل در "
        "عراق به فرودگاه قامشلی اعلام کردیم تا با نظارت هلال احمر سوریه و مشارکت سازمان ملل "
        "توزیع شود.\nوی اظهار داشت: تجار و فعالان اقتصادی در زمان تحریم، مسیرها و روش‌های خاص "
        "خود را برای جابجایی و انتقال ارز و مبادله کالا یافته‌اند.\n"
    )
    names = _organizations(text)
    assert not [n for n in names if n.startswith(("نظارت", "انتقال"))]


def test_a_company_after_a_preposition_stays_a_body():
    text = "عنوان\nاین اوراق توسط شرکت ملی صنایع پتروشیمی منتشر می‌شود.\n"
    assert "شرکت ملی صنایع پتروشیمی" in _organizations(text)


def test_what_was_told_naming_back_is_no_statement():
    # tabnak_data_93: the name disclosed is the accused's, in a relative clause on it
    text = (
        "عنوان\nمثل متهمی که پیش‌تر محسنی بندپی استاندار تهران از نامش پرده برداشت و تاکید کرد "
        "که نه فقط آلودگی هوا، که بوی نامطبوع و مرموزی که اخیرا در شهر می‌پیچد هم ناشی از "
        "فعالیت آن است.\n"
    )
    assert [t for *_, t in _quotes(text)] == [
        "نه فقط آلودگی هوا، که بوی نامطبوع و مرموزی که اخیرا در شهر می‌پیچد هم ناشی از فعالیت آن است"
    ]


def test_a_pronoun_told_is_no_statement():
    # roozno_data_557, roozno_data_1137
    text = (
        "عنوان\nاینکه در برابر این بیماری باید چه کنیم، تقریبا یک نسخه واحدی است که حدودا در "
        "همه دنیا به آن رسیده‌اند و بر آن تأکید می‌کنند؛ یکی اینکه این زنجیره را باید قطع کنیم.\n"
        "شعبه ۱۳ نیز به این استناد اعتبارنامه او را رد کرد، اما کمیسیون تحقیق آن را تأیید کرد.\n"
    )
    assert not [q for q in _quotes(text) if q[2] == "آن"]


def test_a_clause_after_the_verb_before_and_its_comma_is_not_told_by_its_speaker():
    # roozno_data_826: «ظاهرا مدیریت شهری ...» is the writer's, its subject its own
    text = (
        "عنوان\nشورای شهر نیز در جلسه اخیر خود از تصمیم جالبی برای قرنطینه پرده برداشت، ظاهرا "
        "مدیریت شهری برای کنترل تردد شهروندان به منظور مقابله با کرونا، دهک‌بندی شهروندان برای "
        "تردد در ماه را پیشنهاد داده است.\n"
    )
    assert [t for *_, t in _quotes(text)] == ["تصمیم جالبی برای قرنطینه"]


def test_a_clause_after_a_comma_naming_another_subject_reports_nothing_of_the_first():
    # tabnak_data_1447: not Australia's, nor what China did
    text = (
        "عنوان\nچین هم‌چنین پس از آن که استرالیا خواهان تحقیقات بین‌المللی در خصوص نقش پکن در "
        "شیوع کرونا در جهان شد، واردات گوشت خود از استرالیا را قطع و سفیر این کشور در کانبرا "
        "نیز از احتمال اعمال تحریم‌هایی بر ضد استرالیا خبر داد.\n"
    )
    assert not [q for q in _quotes(text) if q[2].startswith("استرالیا را قطع")]


def test_a_bare_army_of_the_country_the_sentence_names_is_not_irans():
    # tabnak_data_1246: «ارتش این کشور» after «عراق»
    text = (
        "عنوان\nبه گزارش سومریه نیوز، در این بیانیه آمده است: ساعت یک بامداد جمعه سیزدهم مارس "
        "عراق در معرض حملات آشکار جنگنده‌های آمریکا قرار گرفت که بخش‌های وابسته به ارتش این "
        "کشور، یگان‌های تکاور تیپ ۱۹ را آماج گرفت.\n"
    )
    assert irans_army_mentions(text) == []


def test_a_bare_army_after_another_country_named_before_is_not_irans():
    # tabnak_data_449
    text = (
        "عنوان\nدیدبان می‌گوید، ارتش سوریه وارد شهر سراقب شده و عملیات پاکسازی این شهر را شروع "
        "کرده است.\nارتش همچنین خطوط امدادرسانی به تروریست‌ها را از سمت حومه جنوبی حلب مسدود "
        "کرده است.\n"
    )
    assert irans_army_mentions(text) == []


def test_a_bare_army_beside_irans_own_forces_or_province_stays_irans():
    # roozno_data_557 (Rouhani on the epidemic: «مالی» before it is no Mali), sobhane2_43
    # («آذربایجان», the province)
    text = (
        "عنوان\nاز رئیس سازمان برنامه و بودجه برای اینکه تأمین مالی کند و پولی اگر جایی لازم "
        "است، اختصاص دهد.\nآنها در خط مقدم هستند و این سر جای خودش محفوظ "
        "است ،اما در عین حال امروز نیروهای مسلح، سپاه، ارتش، بسیج و همه، پای کار هستند.\n"
        "فرمانده قرارگاه تاکتیکی لشکر ۲۱ حمزه ارتش در آذربایجان، گفت: ارتش تا آخرین لحظه "
        "مدیریت حادثه در کنار مردم زلزله‌زده است.\n"
    )
    assert irans_army_mentions(text) == ["ارتش", "ارتش"]
