"""What the fifth PEYMA quotes-recall sample taught quote finding and attribution: a family name
alone whose object with «را» runs to the verb («خسروتاج ... را 17 درصد اعلام کرد و گفت:»), a
common word that opens two reports after a post nobody holds («شایسته بیان کرد:»), «خواندند و
گفتند», a glued «اظهارامیدواری کرد», «... را ... عنوان کرد و درباره ... گفت:», «اما» after a
verb, and run-in headlines after a rubric («اختصاصی ایرنا», «ویدیو /»).

The sentences are those of PEYMA's news (``fixtures/peyma_quotes_5``) and of the shared news.
"""

from quote_rows import quote_rows

from khabar.extract import extract_text


def test_a_family_name_alone_whose_object_runs_to_its_verb_speaks():
    # peyma_57
    text = (
        "خسروتاج میزان رشد صادرات فرش کشور در هفت ماه نخست امسال را 17 درصد اعلام کرد و گفت: "
        "صادرات فرش به بازارهای جدید باید مورد توجه قرار گیرد. ربیعی تامین امنیت شغلی، حفظ "
        "اشتغال موجود و مقابله با اجحاف در حق کارگران را مهم‌ترین رویکردهای وزارت کار در سال "
        "جاری برشمرد."
    )
    assert [(k, s, w) for k, s, _, w in quote_rows(text)] == [
        ("indirect", "خسروتاج", "میزان رشد صادرات"),
        ("direct", "خسروتاج", "صادرات فرش به"),
        ("indirect", "ربیعی", "تامین امنیت شغلی،"),
    ]
    # a common word there is no one's name (fars-news-3 of the shared news)
    text = (
        "جوان دیگری از شهر دوزدوزان، آمادگی خود را برای تحویل کل محصول خود در مقابل تنها بهای "
        "بذر کاشته شده اعلام کرد."
    )
    assert extract_text(text).persons == []


def test_a_common_word_that_opens_two_reports_after_a_post_is_the_speakers_name():
    # peyma_325: «شایسته» is a word (and a verb's form) but the family name of the post's holder
    text = (
        "رییس محیط زیست اسلامشهر با اشاره به فاضلاب شهری گفت: بحث فاضلاب شهرستان اسلامشهر "
        "یکی از مهم‌ترین معضلات زیست‌محیطی این شهرستان است. شایسته بیان کرد: اداره محیط زیست "
        "برای رفع مشکلات فاضلاب، نظارت دقیق و کاملی بر واحدهای صنعتی دارد. شایسته با اشاره به "
        "آلودگی هوای اسلامشهر گفت: 80 درصد آلودگی هوا به عوامل متحرک مانند خودروها بستگی دارد."
    )
    assert [s for _, s, _, _ in quote_rows(text)] == ["شایسته"] * 3
    # with no post before it, a noun the story tells of (fars-news-4 of the shared news)
    text = "سرباز می‌گوید: «بروید تو محوطه.» کف پایم می‌سوزد. سرباز می‌گوید: «وقت هواخوری است.»"
    assert extract_text(text).persons == []


def test_what_one_calls_something_before_saying_more_is_a_view():
    # peyma_603: the plural of respect
    text = (
        "حضرت آیت‌الله خامنه‌ای، نظرات هر دو گروه موافقان و مخالفان برجام را مبالغه‌آمیز "
        "خواندند و گفتند: هم افرادی که از برجام تمجید می‌کنند و هم مخالفان و منتقدان آن، در "
        "بیان نظرات خود گاهی مبالغه و اغراق می‌کنند."
    )
    assert [(k, w) for k, _, _, w in quote_rows(text)] == [
        ("indirect", "نظرات هر دو"),
        ("direct", "هم افرادی که"),
    ]
    # the participle before «و» and a verb of saying (peyma_723 of the first sample)
    text = (
        'اوباما این تیراندازی را اقدام " تروریستی " خوانده و تصریح کرد که این اقدام بیش از یک '
        "تیراندازی به کلوپ شبانه بود."
    )
    assert [(k, w) for k, _, _, w in quote_rows(text)] == [
        ("indirect", "این تیراندازی را"),
        ("indirect", "این اقدام بیش"),
    ]
    # alone, sung or read (roozno_data_788 of the shared news), and read whatever the form
    text = (
        "برخی از کشیشان ارتدکس با دست گرفتن نمادهای مقدس سوار بر بالگرد در مناطقی از روسیه "
        "گشت زده و برای پایان دوران کرونا دعا کرده یا آواز خواندند."
    )
    assert quote_rows(text) == []
    assert quote_rows("او کتاب‌های زیادی را خوانده است.") == []


def test_hope_glued_and_what_was_called_before_a_topic_and_its_verb():
    # peyma_639
    text = (
        "رئیس شورای ملی زیتون کشور با بیان اینکه در دو سال گذشته با شیوع آفت مگس میوه در باغات "
        "مواجه نبوده‌ایم، اظهارامیدواری کرد: امسال نیز با این مساله درگیر نباشیم. رئیس شورای "
        "ملی زیتون، میانگین وزن میوه‌های زیتون در کشور را بین 2.5 تا 3 گرم عنوان کرد و درباره "
        "مصرف سرانه روغن زیتون گفت: متاسفانه مصرف سرانه روغن زیتون در ایران بسیار پایین است."
    )
    assert [(k, w) for k, _, _, w in quote_rows(text)] == [
        ("direct", "امسال نیز با"),
        ("indirect", "میانگین وزن میوه‌های"),
        ("direct", "متاسفانه مصرف سرانه"),
    ]


def test_but_after_a_verb_opens_a_clause_of_its_own():
    # peyma_289: a warning that names its topic, then another's view
    text = (
        "بسیج دانشجویی 23 دانشگاه علوم پزشکی در نامه‌ای نسبت به عواقب ورشکستگی طرح تحول هشدار "
        "دادند اما رئیس کمیسیون بهداشت مجلس نظر دیگری دارد."
    )
    assert quote_rows(text) == []


def test_a_run_in_headline_after_a_rubric_is_its_speakers():
    # peyma_51: «اختصاصی ایرنا» before the post, the lead's dateline after the words
    text = (
        "اختصاصی ایرنا نایب رئیس سنای پاکستان: مسائل جزئی، بر روابط استوار ایران و پاکستان "
        "هرگز اثرگذار نیست اسلام آباد - ایرنا - نایب رئیس مجلس سنای پاکستان گفت: ایران و "
        "پاکستان دو کشور همسایه و دوست هستند."
    )
    assert [(k, w) for k, _, _, w in quote_rows(text)][:1] == [("direct", "مسائل جزئی، بر")]
    # peyma_603: a mark before it, and its sentence's end
    text = "لینک دانلود. ویدیو / رهبر انقلاب: برجام را پاره کنند، ما آتش می‌زنیم."
    assert [(k, w) for k, _, _, w in quote_rows(text)] == [("direct", "برجام را پاره")]


def test_according_to_someone_described_at_length_opening_the_sentence():
    # tabnak_data_98 and roozno_data_825 of the shared news: the comma ends who said it
    text = (
        "به گفته یک مقام آگاه در این زمینه، پس از آلوده شدن تلفن بزوس، حجم انبوهی از داده‌ها و "
        "اطلاعات از تلفن وی استخراج‌شده است."
    )
    assert [(k, w) for k, _, _, w in quote_rows(text)] == [("indirect", "پس از آلوده")]
    text = (
        "به گفته این چهره شاخص جریان اصول‌گرایی، اگر بنا شد نظام پارلمانی اولویت پیدا کند باید "
        "تغییری در ساختار سیاسی شکل بگیرد."
    )
    assert [(k, w) for k, _, _, w in quote_rows(text)] == [("indirect", "اگر بنا شد")]
    # inside the sentence, a clause of «که» before any comma: where who said it ends is not told
    text = "این طرح که به گفته برخی از نمایندگان که در جلسه بودند باید اصلاح شود، به مجلس رفت."
    assert quote_rows(text) == []
    # a comma of a list is not the one after who said it (tabnak_data_1087)
    text = (
        "به گفته منابع العربی الجدید محور عربی مرکب از ریاض، قاهره، ابوظبی و منامه درصدد دعوت "
        "از دیگر کشورهای همسو هستند."
    )
    assert quote_rows(text) == []


def test_according_to_someone_after_but_or_because_inside_the_sentence():
    # fars-news-2 and roozno_data_1072 of the shared news: «زیرا», «اما» open a clause of its own
    text = (
        "العطیه درعین حال احتمال برگزاری چنین جلسه‌ای را ضعیف دانست زیرا به گفته وی، نیازمند "
        "تامین حدنصاب اعضای مجلس است که تامین آن دشوار خواهد بود."
    )
    assert [w for k, _, _, w in quote_rows(text) if k == "indirect"][-1:] == [
        "نیازمند تامین حدنصاب"
    ]
    text = (
        "ایالات‌متحده ادعا می‌کند کانال مالی سوییس را برای انتقال دارو به ایران مورد معافیت "
        "تحریمی قرار داده اما به گفته مقام‌های ایرانی این کانال تاکنون هیچ نقل و انتقال دارویی "
        "انجام نداده است."
    )
    assert [(k, w) for k, _, _, w in quote_rows(text)][-1:] == [("indirect", "این کانال تاکنون")]
