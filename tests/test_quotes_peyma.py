"""What the PEYMA quotes-recall sample taught quote finding and attribution: a direct quote that
runs with no full stop into its speaker going on («... کشور است مقدم ادامه داد: ...»), a person
named in full and then by the second given name and family name («جمیل لطف‌الله نسبی», then
«لطف‌الله نسبی»).

The sentences are those of PEYMA's news (``fixtures/peyma_quotes``) and of the shared news.
"""

from quote_rows import quote_rows

from khabar.extract import extract_text
from khabar.text import repair


def test_a_direct_quote_run_into_its_speaker_going_on():
    # peyma_359: the full stop before «مقدم ادامه داد» is lost
    text = (
        "مقدم خاطرنشان کرد: وضع مقاوم‌سازی نیازمند نگاه جدی‌تری است. مدیر کل مدیریت بحران "
        "استان گلستان با اشاره به سوابق زلزله در استان تصریح کرد: مروری بر سابقه تاریخی این "
        "استان نشان می‌دهد این استان از زمین‌لرزه خیزترین استان‌های کشور است مقدم ادامه داد: "
        "نقشه‌های لرزه‌خیزی موید آن است که این استان در معرض خطر جدی زلزله قرار دارد."
    )
    assert [(k, s) for k, _, _, s in quote_rows(text)] == [
        ("direct", "وضع مقاوم‌سازی نیازمند"),
        ("direct", "مروری بر سابقه"),
        ("direct", "نقشه‌های لرزه‌خیزی موید"),
    ]


def test_a_name_inside_a_quote_told_by_another_verb_stays_in_it():
    # «گفت» may tell another's words inside the quote: no new sentence there
    text = (
        "مقدم خاطرنشان کرد: سال گذشته در جلسه استان بودیم و آن روز استاندار حسین رحیمی گفت: "
        "باید کار کنیم."
    )
    assert [(k, s) for k, _, _, s in quote_rows(text)] == [("direct", "سال گذشته در")]


def test_a_second_given_name_and_family_name_are_the_person_named_in_full():
    # peyma_543
    text = (
        "جمیل لطف‌الله نسبی در گفت‌وگو با ایسنا بیان کرد: از سوم آبان ماه اردوی تیم ملی آغاز "
        "می‌شود. لطف‌الله نسبی در پاسخ به این پرسش تصریح کرد: با دبیر فدراسیون صحبت کردم."
    )
    doc = extract_text(text)
    assert [p.name for p in doc.persons] == ["جمیل لطف‌الله نسبی"]
    assert [q.speaker for q in doc.quotes] == ["جمیل لطف‌الله نسبی"] * 2


def test_a_family_name_opening_with_a_given_name_is_the_person_named_in_full():
    # roozno_data_71: «محمد جواد فاضل لنکرانی», then «فاضل لنکرانی»
    text = (
        "محمد جواد فاضل لنکرانی در جمع طلاب گفت: انقلاب یک عنایت ویژه بود. فاضل لنکرانی "
        "ابراز داشت: باید تاریخ انقلاب را بشناسیم."
    )
    doc = extract_text(text)
    assert [q.speaker for q in doc.quotes] == ["محمد جواد فاضل لنکرانی"] * 2


def test_a_time_with_no_comma_opens_the_clause_before_its_pronoun():
    # peyma_723
    text = (
        "باراک اوباما این تیراندازی را اقدام تروریستی خواند. اوایل روز دوشنبه وی گفت که فرد "
        "مسلح از طریق اینترنت تحت تاثیر داعش قرار گرفته است."
    )
    assert [(k, p, s) for k, p, _, s in quote_rows(text)] == [
        ("indirect", "باراک اوباما", "این تیراندازی را"),
        ("indirect", "باراک اوباما", "فرد مسلح از"),
    ]


def test_a_statement_after_the_that_of_a_split_frame_is_its_own_subjects():
    # peyma_607: «X درحالی ... حمله می‌کند که Y ... اعلام کردند که ...» is Y's
    text = (
        "ثامر السبهان سفیر سعودی درحالی به سردار قاسم سلیمانی حمله می‌کند که وزیر خارجه عراق "
        "ابراهیم جعفری هفته گذشته به این تحرکات پاسخ داده و رسما اعلام کرد که فرمانده نیروی "
        "قدس در عراق فعالیت مستشاری می‌کند."
    )
    assert [(k, p, s) for k, p, _, s in quote_rows(text)] == [
        ("indirect", "ابراهیم جعفری", "فرمانده نیروی قدس")
    ]
    # tabnak_data_819: «این اظهارات در حالی مطرح می‌شود که X ... اظهار کرد: ...»
    text = (
        "این اظهارات در حالی مطرح می‌شود که منوچهر سلمانزاده مدیرکل دفتر ترانزیت سازمان "
        "راهداری در گفت‌وگو با ایسنا اظهار کرد: تجمع کامیون در مرز مهران وجود دارد."
    )
    assert [(k, p, s) for k, p, _, s in quote_rows(text)] == [
        ("direct", "منوچهر سلمانزاده", "تجمع کامیون در")
    ]
    # «ونزوئلا در حالی که ... اعلام کرد»: the subject opens the frame, as before
    text = "ونزوئلا در حالی که با تحریم روبرو است اعلام کرد که نفت صادر می‌کند."
    assert [(k, o) for k, _, o, _ in quote_rows(text)] == [("indirect", "ونزوئلا")]


def test_a_text_given_whole_after_its_colon_is_its_authors():
    # peyma_303: «متن مطلب X ... به این شرح است: ...», as the gold reads roozno_483
    text = (
        "امیری‌فر در شبکه‌های اجتماعی از منتفی شدن حضور احمدی‌نژاد خبر داد. متن مطلب "
        "امیری‌فر که در شبکه‌های اجتماعی منتشر شده است به این شرح است: طبق خبر موثقی که "
        "دارم کلا نامزد شدن احمدی‌نژاد منتفی است."
    )
    assert [(k, p, s) for k, p, _, s in quote_rows(text)][1:] == [
        ("direct", "امیری‌فر", "طبق خبر موثقی")
    ]
    # roozno_data_452: the text of a statement an outlet relays is not the outlet's
    text = (
        "به گزارش شبکه «المیادین» متن بیانیه مرکز مستشاری ایران درباره تحولات ادلب به شرح زیر "
        "است: «از صبح روز گذشته به نیروهایمان دستور دادیم»"
    )
    assert [(k, p, o) for k, p, o, _ in quote_rows(text)] == [("direct", None, None)]
    # «ذیل», the formal «زیر»: «متن کامل بیانیه به شرح ذیل است:»
    text = text.replace("به شرح زیر", "به شرح ذیل")
    assert [(k, p, o) for k, p, o, _ in quote_rows(text)] == [("direct", None, None)]


def test_a_list_given_after_its_colon_says_nothing():
    assert quote_rows("نتایج این بازی‌ها به شرح زیر است: استقلال 2 پرسپولیس 1") == []
    assert quote_rows("نتایج این بازی‌ها به شرح ذیل است: استقلال 2 پرسپولیس 1") == []
    assert quote_rows("صنوف مشمول به شرح زیر است: مراکز تولید و توزیع صنایع دستی") == []


def test_a_single_straight_quote_after_the_comma_opens_what_was_written():
    # peyma_607
    text = (
        "سایت آی بی‌ان در پاسخ به این اظهارات السبهان نوشته است، ' او یا فراموش کرده یا "
        "وانمود می‌کند که نمی‌داند ' ."
    )
    assert [(k, o) for k, _, o, _ in quote_rows(text)] == [("direct", "سایت آی بی‌ان")]


def test_a_body_after_a_place_and_agency_dateline_speaks():
    # peyma_435
    text = (
        "کابل - ایرنا - دولت افغانستان هیائی را مامور بررسی نشست اضطراری یک بالگرد پاکستان در "
        "استان لوگر افغانستان کرد و گفت که این کشور حق خود را محفوظ می‌داند."
    )
    assert [(k, o) for k, _, o, _ in quote_rows(text)] == [("indirect", "دولت افغانستان")]


def test_a_reporting_verb_written_into_the_word_before_still_reports():
    # peyma_233 «نیزگفت:», tabnak_data_772 «ارونقیگفت:»: the verb before its colon is read
    # apart from the word it was written into; «می‌گفت», «نگفت» and «شگفت» stay whole
    text = (
        "دبیرعلمی نهمین کنگره پانکرانس و مجاری صفراوی نیزگفت: التهاب لوزالمعده به صورت حاد و "
        "مزمن بررسی می‌شود. ارونقیگفت: حدود ۱۱ میلیون یورو از این کالاها پوشاک بوده است."
    )
    assert [(k, s) for k, _, _, s in quote_rows(text)] == [
        ("direct", "التهاب لوزالمعده به"),
        ("direct", "حدود ۱۱ میلیون"),
    ]
    assert "نیز گفت:" in repair(text).text
    for word in ("می‌گفت", "نگفت", "شگفت", "بیافزود"):
        assert repair(f"او {word}: نه").text == f"او {word}: نه"


def test_described_before_a_colon_is_a_direct_quote():
    # peyma_215: «شرح داد:» as «تشریح کرد:»; with no colon it names its topic only
    text = (
        "وی لحظه وقوع قتل را اینگونه به ماموران شرح داد: ساعتی قبل از آشپزخانه منزلمان چاقویی "
        "برداشتم. رئیس پلیس آگاهی جزئیات پرونده را شرح داد."
    )
    assert [(k, s) for k, _, _, s in quote_rows(text)] == [("direct", "ساعتی قبل از")]


def test_a_family_name_of_two_words_is_the_person_named_in_full():
    # peyma_11: «مقصود اسعدی سامانی», then «اسعدی سامانی» (the given name also a word)
    text = (
        "به گزارش انتخاب؛ مقصود اسعدی سامانی، تصریح کرد: مذاکرات شرکت‌ها برای خرید هواپیماهای "
        "جدید ادامه داشته است. اسعدی سامانی در پاسخ به این سوال نیز توضیح داد: همچنان تمام "
        "ایرلاین‌های ایرانی کار خود را ادامه می‌دهند."
    )
    doc = extract_text(text)
    assert [p.name for p in doc.persons] == ["مقصود اسعدی سامانی"]
    assert [q.speaker for q in doc.quotes] == ["مقصود اسعدی سامانی"] * 2


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_text(text).quotes]


def test_a_post_past_a_headings_verb_run_into_it_opens_the_clause():
    # peyma_853: the heading «بودجه دولت ... مواجه است» lost its line; the post past its verb
    # speaks, and is the one the next sentence names
    text = (
        "بودجه دولت با 25 درصد کسری مواجه است عضو کمیسیون برنامه و بودجه مجلس با اشاره به "
        "آغاز به کار کمیسیون تلفیق بودجه، گفت: لایحه بودجه 96 کل کشور با کسری 20 تا 30 درصدی "
        "روبرو است. محمد حسینی در گفت‌وگو با فارس، با اشاره به بررسی برنامه ششم توسعه در صحن "
        "مجلس اظهار داشت: طبق زمان‌بندی قرار بود این هفته بررسی لایحه برنامه ششم پایان یابد."
    )
    assert _speakers(text) == ["محمد حسینی"] * 2
    # not past an adjunct that names someone else: the subject may be theirs
    text = text.replace("با اشاره به آغاز", "با اشاره به سخنان علی لاریجانی درباره آغاز")
    assert _speakers(text)[0] is None


def test_a_headline_run_into_its_leads_dateline_is_a_quote():
    # peyma_425, peyma_791: «X: ...» lost its line and runs into the next item's dateline
    text = (
        "سنای آمریکا روز چهارشنبه تشکیل جلسه داد. سفیر آمریکا: پایگاه القیاره عراق جایگزین "
        "اینجرلیک نخواهد شد بغداد - ایرنا - سفیر آمریکا در عراق روز پنجشنبه گفت که پایگاه "
        "هوایی القیاره جایگزین پایگاه اینجرلیک ترکیه نخواهد شد. به گزارش ایرنا، استوارت جونز "
        "در اظهاراتی رسانه‌ای تاکید کرد که از پایگاه القیاره استفاده خواهد شد."
    )
    assert [(k, p, s) for k, p, _, s in quote_rows(text)] == [
        ("direct", "استوارت جونز", "پایگاه القیاره عراق"),
        ("indirect", "استوارت جونز", "پایگاه هوایی القیاره"),
        ("indirect", "استوارت جونز", "پایگاه القیاره استفاده"),
    ]
    # peyma_267: a post its finder ends before «از وقوع جرم ...», the colon a few words on
    other = (
        "جشنواره برگزار شد. قایم‌مقام معاونت پیشگیری از وقوع جرم قوه قضاییه: بی‌توجهی به "
        "اقتصاد مقاومتی تیر خلاص به توسعه کشور است اصفهان - ایرنا - قایم‌مقام معاونت اجتماعی "
        "و پیشگیری از وقوع جرم قوه قضاییه گفت: هرگونه بی‌توجهی به اقتصاد مقاومتی تیر خلاص است."
    )
    assert [(k, s) for k, _, _, s in quote_rows(other)] == [
        ("direct", "بی‌توجهی به اقتصاد"),
        ("direct", "هرگونه بی‌توجهی به"),
    ]
    # with no dateline after it, the colon is not taken for a headline's
    text = text.replace("بغداد - ایرنا - ", "")
    assert [s for _, _, _, s in quote_rows(text)][0] != "پایگاه القیاره عراق"


def test_a_pronoun_inside_a_wish_is_whose_it_is():
    # peyma_425, and the shared news: «وی» after a noun is the noun's, not a clause's subject
    text = (
        "در آن مقطع 39 نماینده مجلس دهم خواستار استیضاح وزیر کشور به دلیل عملکرد وی در "
        "ناآرامی‌های آبان‌ماه شدند."
    )
    assert [(k, s) for k, _, _, s in quote_rows(text)] == [("indirect", "استیضاح وزیر کشور")]
    # the sentence going on past the wish: a relative clause's, told of a noun
    text = (
        "آزاده بهشتی، خبرنگاری که صدای آمریکا مدعی اخراج او از نشریه‌اش به علت فعالیت در موج "
        "سبز شده است، در گفت‌وگو با خبرنگار اجتماعی فارس گفت: هفته گذشته صدای آمریکا خبری "
        "انتشار داده است."
    )
    assert [(k, s) for k, _, _, s in quote_rows(text)] == [("direct", "هفته گذشته صدای")]


def test_the_seekers_of_something_wish_nothing():
    # peyma_781: «جمهوری خواهان», the Republicans, won; nobody wished it
    text = (
        "لیلاز در پاسخ به این سوال که با توجه به اینکه جمهوری خواهان پیروز انتخابات سنای "
        "آمریکا شدند و ترامپ هم پیروز انتخابات ریاست جمهوری، قرارداد خرید هواپیماهای جدید چه "
        "سرنوشتی خواهد داشت؟ گفت: تا تاریخ بیستم ژانویه که اتفاقی نخواهد افتاد و تا آن زمان "
        "تغییری را در سیاست‌های آمریکا از لحاظ قانونی و حقوقی نخواهیم دید."
    )
    assert [(k, s) for k, _, _, s in quote_rows(text)] == [("direct", "تا تاریخ بیستم")]


def test_a_wish_right_after_that_asks_nothing():
    # peyma_649: the source «که خواست نامش فاش نشود» is a relative clause; its verb speaks
    text = (
        "این منبع امنیتی که خواست نامش فاش نشود تاکید کرد بعد از فرار این 9 کودک از نبردهای "
        "فلوجه، داعش آنها را بازداشت و اقدام به اعدام آنها کرده است."
    )
    assert [(k, s) for k, _, _, s in quote_rows(text)] == [("direct", "بعد از فرار")]
    # the shared news: «خواست» the noun after «که»
    text = "اما انتخابات 98 نشان داد که خواست جامعه چیز دیگریست."
    assert quote_rows(text) == []
    # a request still asks: «از دولت خواست که ...»
    text = "وزیر کشور از دولت خواست که بودجه انتخابات را زودتر بپردازد."
    assert [k for k, _, _, _ in quote_rows(text)] == ["indirect"]


def test_a_greeting_with_said_says_nothing():
    # peyma_625 «... به رقیب خود تبریک گفتند.», and the shared news
    text = (
        "سردار محمدحسین حمیدی رئیس پلیس راهنمایی و رانندگی تهران بزرگ در پیامی فرا رسیدن "
        "17مرداد ماه روز خبرنگار را تبریک گفت. وی افزود: خبرنگاران تجسم امانت هستند."
    )
    assert [(k, p, s) for k, p, _, s in quote_rows(text)] == [
        ("direct", "محمدحسین حمیدی", "خبرنگاران تجسم امانت")
    ]
    text = "او حتی درباره بیماری در ایتالیا هم دروغ گفت و ادعا کرد که بیماری در حال بهبود است."
    assert [s for _, _, _, s in quote_rows(text)] == ["بیماری در حال"]
    # «به دروغ گفت که ...»: falsely, but said
    text = "ترامپ به دروغ گفت که کرونا سه هفته پیش وارد آمریکا شده است."
    assert [(k, s) for k, _, _, s in quote_rows(text)] == [("indirect", "کرونا سه هفته")]


def test_a_promise_and_an_acknowledgment_with_that_are_told():
    # peyma_821, peyma_803, peyma_607
    text = "دزد دستگیر و به زندان می‌افتد اما قول می‌دهد که انتقام این کار را از او بگیرد."
    assert [(k, s) for k, _, _, s in quote_rows(text)] == [("indirect", "انتقام این کار")]
    text = (
        "البته ده سال قبل از آن، شورای امنیت بموجب قطعنامه 1269 این موضوع را تصدیق کرده بود که "
        "چنانچه اقتضا کند پاسداران صلح ملل متحد باید از پرسنل رسانه‌های جمعی بهره ببرند."
    )
    assert [(k, s) for k, _, _, s in quote_rows(text)] == [("indirect", "چنانچه اقتضا کند")]
    text = (
        "السبهان در گفت‌وگو با شبکه العربیه، این راهم اضافه کرده که عراقی‌ها با مشکلات فرقه‌ای "
        "بزرگی زندگی می‌کنند."
    )
    assert [(k, s) for k, _, _, s in quote_rows(text)] == [("indirect", "عراقی‌ها با مشکلات")]


def test_a_statement_with_no_colon_runs_into_one_named_with_a_colon_of_their_own():
    # peyma_67: a lead «... گفت، ...» that lost its full stop runs into the next item's speaker
    text = (
        "وزیر نفت با مثبت خواندن طرح فریز گفت، ایران تا رسیدن به سطح تولید قبل از تحریم نفت، "
        "به این طرح نخواهد پیوست بیژن زنگنه در گفتگو با مهر با بیان اینکه ظرفیت تولید افزایش "
        "می‌یابد، گفت: توافق کشورهای بزرگ تولیدکننده نفت یک گام مثبت است."
    )
    assert [(k, s) for k, _, _, s in quote_rows(text)] == [
        ("direct", "ایران تا رسیدن"),
        ("direct", "توافق کشورهای بزرگ"),
    ]
    # not one a relative clause's comma closes, nor one spoken of
    text = (
        "او که این اظهارات را در جشنواره فیلم برلین بیان کرد، در فیلمی مستند درباره برنی "
        "سندرز می‌گوید: هیچ‌کس او را دوست ندارد."
    )
    assert [(k, s) for k, _, _, s in quote_rows(text)] == [("direct", "هیچ‌کس او را")]


def test_what_one_presents_something_as_before_going_on_is_a_view():
    # peyma_quotes_4: «X را Y معرفی کرد و ادامه داد:», what X was presented as
    text = (
        "علی نجفی‌نژاد در این نشست سخن گفت. نجفی‌نژاد گلستان را استانی نیازمند توسعه معرفی "
        "کرد و ادامه داد: مردم گلستان از نظر سرانه و درآمد از میانگین کشوری هم پایین‌تر هستند."
    )
    assert [(k, s) for k, _, _, s in quote_rows(text)] == [
        ("indirect", "گلستان را استانی"),
        ("direct", "مردم گلستان از"),
    ]
    # one introduced to another, or presented with nothing said after it, is no one's words
    text = "نیمه‌شب میترا خانم را به من معرفی کردند و بعد علی به خانه آمد."
    assert quote_rows(text) == []
    text = "این وزارتخانه مدیر جدید را معرفی کرد و گفت: کار از فردا آغاز می‌شود."
    assert [(k, s) for k, _, _, s in quote_rows(text)] == [("direct", "کار از فردا")]


def _said(text: str) -> list[tuple[str | None, str]]:
    doc = extract_text(text)
    return [(q.speaker, doc.span_text(q.span)) for q in doc.quotes]


def test_a_verb_of_saying_after_and_goes_on_with_the_subject_of_the_that_before():
    # peyma_723: «وی گفت که X و ... خواند و گفت که Y»: Y is said again by him, and X ends
    # before the «و» of the second verb
    text = (
        "باراک اوباما، رییس جمهوری آمریکا به اورلاندو می‌رود. اوایل روز دوشنبه وی گفت که فرد "
        "مسلح از طریق اینترنت تحت تاثیر داعش قرار گرفته و آن را نمونه واضح و آشکار از "
        '" افراط‌گرایی داخلی " آمریکا خواند و گفت که مقام‌های آمریکا سال‌هاست که نسبت به این '
        "مساله نگرانند."
    )
    said = _said(text)
    assert [s for s, _ in said] == ["باراک اوباما", "باراک اوباما"]
    assert said[0][1].endswith("آمریکا خواند")
    assert said[1][1] == "مقام‌های آمریکا سال‌هاست که نسبت به این مساله نگرانند"


def test_a_that_clause_ends_where_the_next_verb_of_saying_opens():
    # roozno_data_540: «هشدار داد که X اما تأکید کرد که Y»: X stops before «اما»
    text = (
        "به گزارش روز نو، سازمان بهداشت جهانی هشدار داد که تهدید بیماری همه‌گیر بسیار واقعی "
        "است اما تأکید کرد که ویروس هنوز هم می‌تواند کنترل شود."
    )
    assert [s for _, s in _said(text)] == [
        "تهدید بیماری همه‌گیر بسیار واقعی است",
        "ویروس هنوز هم می‌تواند کنترل شود",
    ]
