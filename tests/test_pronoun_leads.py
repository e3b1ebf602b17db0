"""Subjects of reporting clauses after an adverbial lead-in, and a family name of two words
called by its last word: sentences of the pronouns sample
(``tests/fixtures/pronoun_speakers_judged.jsonl``) and of the shared news, shortened."""

from __future__ import annotations

from khabar.extract import extract_text


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_text(text).quotes]


def test_the_subject_follows_a_whole_lead_in_and_a_pronoun_after_dar_edame():
    # tabnak_1144: «در این زمینه» is whole; the comma further on closes no adjunct
    text = (
        "در این زمینه جعفر خیرخواهان به ایسنا برای مقابله با خسارات اقتصادی کرونا، توضیح داد: "
        "بخشی از خسارت‌ها با شروع فعالیت دوباره جبران می‌شود.\n"
        "در ادامه وی با اشاره به تمهیداتی که دستگاه‌های اجرایی در نظر گرفته‌اند، گفت: لازم "
        "است تا وام‌های بدون بهره‌ای به تولیدکنندگان داده شود."
    )
    assert _speakers(text) == ["جعفر خیرخواهان"] * 2


def test_a_lead_in_then_but_runs_to_its_comma():
    # roozno_134: «در این میان اما بنابر خبری که ... منتشر کرده،» opens before the subject
    text = (
        "در این میان اما بنابر خبری که باشگاه خبرنگاران جوان منتشر کرده، احمد مازنی، نماینده "
        "فعلی مجلس، از تغییر حوزه انتخابیه خود خبر داده است."
    )
    assert _speakers(text) == ["احمد مازنی"]


def test_the_last_word_of_a_family_name_of_two_words_speaks_though_a_word_too():
    # fars-1_284: «انوار» (lights) is «سید امیر علی انوار» named before
    text = (
        "سید امیر علی انوار عضو هیات علمی واحد علوم و تحقیقات از ساخت کیت تشخیص حصبه خبر داد.\n"
        "انوار با بیان این مطلب که عامل بیماری حصبه باکتری سالمونلا است گفت: در روش‌های سنتی "
        "تشخیص زمان زیادی می‌برد.\n"
        "وی تصریح کرد: این تحقیق برای نخستین بار در کشور صورت پذیرفت."
    )
    assert _speakers(text)[-2:] == ["سید امیر علی انوار"] * 2


def test_a_family_name_run_into_the_verb_ending_a_heading_speaks():
    # roozno_1158 (shared news): a subheading's last verb and the speaker's family name in one
    text = (
        "سید عباس موسوی سخنگوی وزارت امور خارجه در نشست خبری گفت: ما تابع قانون هستیم.\n"
        "در حال ارزیابی آثار فنی تحریم‌های آمریکا هستیمموسوی درباره تحریم جدید آمریکا بیان "
        "کرد: تحریم‌های آمریکا همیشه بوده است.\n"
        "وی یادآور شد: این تحریم‌ها علیه مردم ایران است."
    )
    doc = extract_text(text)
    assert [q.speaker for q in doc.quotes] == ["سید عباس موسوی"] * 3
    glued = doc.text.index("موسوی درباره")
    assert any(m.start == glued for m in doc.persons[0].mentions)


def test_a_family_name_run_into_a_noun_is_left():
    # «دولتروحانی» may be «دولت روحانی», the noun and its possessor: no mention of Rouhani
    text = (
        "حسن روحانی رئیس جمهور در جلسه هیات دولت گفت: کرونا را کنترل می‌کنیم.\n"
        "در همان روز سخنگوی دولتروحانی اعلام کرد که جلسه بعدی برگزار می‌شود."
    )
    doc = extract_text(text)
    glued = doc.text.index("دولتروحانی")
    assert [m for p in doc.persons for m in p.mentions if glued <= m.start < glued + 11] == []


def test_a_listed_given_name_before_a_family_name_and_a_post_names_the_person():
    # roozno_521: «مقصود» (purpose) is also a word; the tagger found the family name alone
    text = (
        "اما مقصود اسعدی‌سامانی دبیر انجمن شرکت‌های هواپیمایی اعلام می‌کند که این ممنوعیت‌ها "
        "ارتباطی با کرونا ندارد.\n"
        "اسعدی‌سامانی اضافه کرد: در این شرایط آن‌ها به جای کمک، تحریم می‌کنند.\n"
        "او ادامه می‌دهد: هواپیماها باید یک سری استانداردها را رعایت کنند."
    )
    assert set(_speakers(text)) == {"مقصود اسعدی‌سامانی"}


def test_a_listed_name_the_tagger_runs_on_into_a_word_ends_where_the_rules_end_it():
    # fars-1_42: the tagger takes «جلال‌الدین محمد شکریه اصناف»; the name ends at «شکریه»
    text = (
        "رئیس اتاق اصناف مرکز گیلان نیز در این گردهمایی اظهار کرد: با هم‌افزایی بحران‌ها را "
        "پشت سر خواهیم گذاشت.\n"
        "جلال‌الدین محمد شکریه اصناف را سربازان خط مقدم جبهه جنگ اقتصادی دانست و بیان کرد: ارز "
        "یک میزان الحراره است.\n"
        "وی با تأکید بر تولید کالای سیاسی توسط دولت تصریح کرد: حمایت از صنوف باید الفبای حرکت "
        "اقتصادی دولت باشد."
    )
    doc = extract_text(text)
    assert [p.name for p in doc.persons] == ["جلال‌الدین محمد شکریه"]
    assert [q.speaker for q in doc.quotes][-2:] == ["جلال‌الدین محمد شکریه"] * 2


def test_amir_before_a_country_is_a_post_and_its_holder_speaks():
    # tabnak_1076: «امیر قطر» is the post named with «تمیم بن حمد آل ثانی»; «وی» goes on with it
    text = (
        "تمیم بن حمد آل ثانی امیر قطر در گفتگوی تلفنی خود با نخست‌وزیر ایتالیا در خصوص مقابله "
        "با گسترش ویروس کرونا رایزنی کرد.\n"
        "امیر قطر بر حمایت کشورش از ایتالیا در روند مبارزه با گسترش کرونا تاکید کرد.\n"
        "وی تصریح کرد که دولت ایتالیا می‌تواند با پیامدهای این بیماری مقابله کند."
    )
    doc = extract_text(text)
    assert [q.speaker for q in doc.quotes] == ["تمیم بن حمد آل ثانی"] * 2
    assert doc.persons[0].posts == ["امیر قطر"]


def test_amir_before_anything_but_a_country_is_a_given_name():
    doc = extract_text("امیر قاسمی سرمربی تیم ملی گفت: تیم آماده است.")
    assert [q.speaker for q in doc.quotes] == ["امیر قاسمی"]


def test_an_outlet_relaying_a_person_right_before_its_verb_is_that_persons_report():
    # tabnak_759: al-Jubeir's words, and «وی», «این مسئول سعودی» after them, are his
    text = (
        "عادل الجبیر وزیر مشاور در امور خارجه عربستان به ریاض بازگشت.\n"
        "شبکه خبری «العربیه» به نقل از الجبیر گزارش داد، «کانال‌های ارتباطی مخفیانه‌ای با "
        "ایران نداریم».\n"
        "وی ضمن نادیده گرفتن جنایات سعودی علیه مردم یمن گفت: «از ایران می‌خواهیم به عرف احترام "
        "بگذارد».\n"
        "این مسئول سعودی در پایان ادعا کرد: «این توافق چیزی است که می‌توان آن را پذیرفت»."
    )
    assert _speakers(text)[-3:] == ["عادل الجبیر"] * 3


def test_an_outlet_relaying_someone_unnamed_stays_the_speaker():
    doc = extract_text("رویترز به نقل از یک منبع آگاه گزارش داد که مذاکرات ادامه دارد.")
    assert [(q.speaker, q.speaker_organization) for q in doc.quotes] == [(None, "رویترز")]


def test_an_anaphor_opening_the_article_is_the_person_its_title_quotes():
    # roozno_697: the title, given apart, quotes him; the lead opens with «این استاد ...»
    text = (
        "این استاد حوزه علمیه گفت: باید با چنین مسائلی به طور قانونی برخورد شود.\n"
        "حجت‌الاسلام والمسلمین مرتضی جوادی آملی در گفت و گو با خبرنگار جماران، گفت: ما تا "
        "زمانی که مباحث فکری مطرح است می‌توانیم حرف بزنیم."
    )
    title = "مرتضی جوادی آملی: با کسانی که درب‌های حرم را شکسته‌اند باید برخورد کرد"
    assert [q.speaker for q in extract_text(text, {"title": title}).quotes] == [
        "مرتضی جوادی آملی"
    ] * 2
    assert _speakers(text) == [None, "مرتضی جوادی آملی"]  # no title: nobody named before


def test_a_title_quoting_nobody_the_article_names_gives_the_lead_no_speaker():
    text = "این استاد حوزه علمیه گفت: باید با چنین مسائلی به طور قانونی برخورد شود."
    title = "روحانی به امیر قطر: دولت‌های جهان برای مقابله با کرونا کنار هم باشند"
    assert [q.speaker for q in extract_text(text, {"title": title}).quotes] == [None]


def test_the_subject_after_the_tail_of_a_name_its_dots_cut_off():
    # tabnak_1698: «ان. ان. ای» ended two sentences; «عون» opens the clause after its tail
    text = (
        "«میشل عون» رئیس‌جمهور لبنان روز چهارشنبه نشستی با سفرای پنج عضو دائم شورای امنیت "
        "برگزار کرد.\n"
        "بر اساس گزارش خبرگزاری رسمی لبنان «ان.\nان.\nای»، عون در این دیدار اعلام کرد، ۴۵ سال "
        "از شراکت لبنان و سازمان ملل می‌گذرد.\n"
        "وی ضمن اعلام اینکه همکاری محکمی میان ارتش لبنان و یونیفل است، افزود: جنوب لبنان چهل "
        "سال است آرامشی فوق‌العاده دارد."
    )
    assert _speakers(text) == ["میشل عون"] * 2


def test_another_post_of_the_head_between_two_cues_of_the_speaker_written_two_ways():
    # roozno_43: the lead's post is عارف's, named next; «رئیس فراکسیون امید» and its longer
    # wording go on with him, and the lead's post written with «شورای‌عالی» together is his
    text = (
        "رئیس شورای عالی سیاست‌گذاری جبهه اصلاح‌طلبان تاکید کرد: احزاب از لوگوی شورای عالی "
        "نمی‌توانند استفاده کنند.\n"
        "به گزارش روز نو :محمدرضا عارف در پاسخ به سوالی درباره انتخابات گفت: شورای‌عالی یک "
        "نهاد اجماع‌ساز است.\n"
        "رئیس فراکسیون امید در ادامه گفت: اعضای این شورا نظرات خود را مطرح کردند.\n"
        "وی تصریح کرد: همه اعضا دلسوزانه نظر دادند.\n"
        "رئیس فراکسیون امید مجلس شورای اسلامی تصریح کرد: در استان‌ها هر شورا نامزدها را معرفی "
        "می‌کند.\n"
        "وی افزود: در تهران احزاب عضو کاندیدا معرفی می‌کنند.\n"
        "عارف در پاسخ به سوالی درباره ائتلاف احزاب گفت: این به تصمیم خودشان بازمی‌گردد.\n"
        "رئیس شورای‌عالی سیاست‌گذاری جبهه اصلاح‌طلبان تاکید کرد: رمز موفقیت ما انسجام بوده است."
    )
    assert _speakers(text) == ["محمدرضا عارف"] * 8


def test_a_family_name_run_into_a_place_that_ends_a_heading_speaks():
    # roozno_647: the subheading «کنترل تمامی خودروها در مبادی تهران» lost its line break
    text = (
        "به گزارش روز نو: دکتر علیرضا زالی عصر شنبه درباره قرنطینه کردن تهران گفت: قرنطینه "
        "چند فاز دارد.\n"
        "کنترل تمامی خودروها در مبادی تهرانزالی درباره کنترل مبادی ورودی و خروجی پایتخت گفت: "
        "بیشترین مبتلایان از البرز و قم آمده‌اند.\n"
        "وی افزود: از فردا دستگاه‌های حرارت سنج مستقر خواهد شد."
    )
    assert _speakers(text) == ["علیرضا زالی"] * 3


def test_a_post_naming_a_persons_boss_is_the_post_of_the_boss():
    # tabnak_266: «معاون آنتونیو گوترش، دبیرکل سازمان ملل» is «معاون دبیرکل سازمان ملل», the lead
    text = (
        "معاون دبیرکل سازمان ملل در امور خلع سلاح از آمریکا و روسیه خواست تا معاهده نیواستارت "
        "را تمدید کنند.\n"
        "به گزارش ایسنا، به نقل از خبرگزاری اسپوتنیک، ایزومی ناکامیتسو، معاون آنتونیو گوترش، "
        "دبیرکل سازمان ملل در امور خلع سلاح گفت: بیایید بر روی حفظ آنچه که داریم، متمرکز شویم."
    )
    assert _speakers(text) == ["ایزومی ناکامیتسو"] * 2


def test_an_anaphor_or_a_post_past_a_frame_of_ordinary_words_and_its_comma():
    # roozno_488: the source's own source, then «این مقام»; tabnak_564: «هرچند روز گذشته،»
    text = (
        "«مایکل رایان» مدیر اجرایی برنامه فوریت‌های بهداشتی سازمان جهانی بهداشت روز شنبه در "
        "ژنو گفت: این یک امید واهی است.\n"
        "به گزارش روز نو: رسانه‌های چین، این مقام سازمان جهانی بهداشت از همه کشورها خواست که "
        "بر روی آنچه که می‌توانند انجام دهند تمرکز کنند."
    )
    assert _speakers(text) == ["مایکل رایان"] * 2
    text = (
        "همتی رئیس کل بانک مرکزی در پیامی اظهار داشت: نرخ ارز پایین می‌آید.\n"
        "به گزارش؛ هرچند روز گذشته، رئیس کل بانک مرکزی به مردم توصیه کرد از ورود به این بازار "
        "به دلیل ریسک قابل توجه، پرهیز کنند."
    )
    assert _speakers(text) == ["همتی"] * 2


def test_a_name_of_ordinary_words_before_a_comma_and_a_post_is_someone_else():
    # fars-5_297, roozno_443 (shared news): «صالحی،» and «معصومه ابتکار،» name the post's holder
    text = (
        "حسن حقیقیان مدیرکل حراست استانداری آذربایجان‌شرقی در این مراسم گفت: حراست باید پیشگیر "
        "باشد.\n"
        "صالحی، مدیرکل حراست آذربایجان‌شرقی هم در این مراسم گفت: الویت مهم امور حراستی، "
        "آسیب‌شناسی است."
    )
    # «صالحی» is a family name's word before a post: the holder, known by that name
    assert _speakers(text) == ["حسن حقیقیان", "صالحی"]
    text = (
        "عدنان مزارعی کارشناس اقتصادی گفت: بازار آرام است.\n"
        "روز پنجشنبه معصومه ابتکار، معاون رئیس جمهوری ایران، نیز اعلام کرد که به ویروس کرونا "
        "مبتلا شده است."
    )
    assert _speakers(text)[1] != "عدنان مزارعی"


def test_a_post_naming_its_body_another_way_is_the_same_post():
    # tabnak_640: «سخنگوی کرملین» is «سخنگوی نهاد ریاست جمهوری روسیه» named next
    text = (
        "سخنگوی کرملین مجددا تاکید کرد، نیروهای سوریه در ادلب با تروریست‌ها می‌جنگند.\n"
        "به گزارش ایسنا، دیمیتری پسکوف، سخنگوی نهاد ریاست جمهوری روسیه گفت: روسیه به توافق "
        "پایبند است."
    )
    assert _speakers(text) == ["دیمیتری پسکوف"] * 2
    # the White House's spokesman is not the Kremlin's
    text = text.replace("سخنگوی کرملین", "سخنگوی کاخ سفید")
    assert _speakers(text) == [None, "دیمیتری پسکوف"]


def test_a_pronoun_after_an_outlets_report_is_the_person_its_later_clause_opens_with():
    # roozno_329: «او» is Xi, who speaks in the paper's report, not the paper
    text = (
        "روزنامه نیویورک پست آمریکا در مطلبی مدعی شده که منشا ویروس کرونای جدید احتمالا "
        "آزمایشگاه بوده است.\n"
        "به گزارش روز نو: این روزنامه آمریکایی در گزارشی نوشت: در یک جلسه اضطراری در شهر پکن "
        'که جمعه گذشته برگزار شد، "شی جن پنگ" رهبر چین در مورد لزوم مهار ویروس کرونا صحبت '
        "کرد.\n"
        'او گفت، "باید یک نظام ملی برای کنترل و مهار تهدیدات بیولوژیک ایجاد شود."'
    )
    assert _speakers(text)[-1] == "شی جن پنگ"
    # two people the report names: «او» stays nobody's
    text = text.replace("رهبر چین در مورد", "رهبر چین و دونالد ترامپ در مورد")
    assert _speakers(text)[-1] is None


def test_the_president_is_not_the_minister_of_the_interior():
    # roozno_240: «رئیس جمهوری» (with «ی») is another office than «وزیر کشور»
    text = (
        "عبدالرضا رحمانی فضلی وزیر کشور گفت: انتخابات سالم برگزار می‌شود.\n"
        "رئیس جمهوری می‌گوید در فرایند اجرای انتخابات جای نظارت و اجرا تغییر کرده است."
    )
    assert _speakers(text) == ["عبدالرضا رحمانی فضلی", None]


def test_a_post_a_headings_verb_ran_into_opens_the_clause():
    # roozno_321: «... کامل استوزیر بهداشت ... گفت»: the heading's «است» and the post are one word
    text = (
        "سعید نمکی وزیر بهداشت در جمع خبرنگاران گفت: ماسک به اندازه کافی داریم.\n"
        "امکانات آزمایشگاهی کامل استوزیر بهداشت با اشاره به امکانات تشخیصی گفت: در حال حاضر "
        "امکانات آزمایشگاهی ما کامل است."
    )
    doc = extract_text(text)
    assert [q.speaker for q in doc.quotes] == ["سعید نمکی"] * 2
    assert doc.persons[0].posts == ["وزیر بهداشت"]


def test_a_post_run_into_a_heading_that_quotes_a_person_is_theirs():
    # roozno_1199: the heading «حریرچی: ...» quotes whom the post run into its verb names
    text = (
        "حریرچی: هر ۱۳ دقیقه یک نفر بر اثر کرونا در کشور فوت می‌کندمعاون کل وزارت بهداشت، درمان "
        "و آموزش پزشکی گفت: هر ۱۳ دقیقه یک نفر بر اثر کرونا فوت می‌کند.\n"
        "ایرج حریرچی در ادامه افزود: رعایت فاصله اجتماعی ضروری است."
    )
    assert _speakers(text)[-2:] == ["ایرج حریرچی"] * 2


def test_a_pronoun_is_not_the_one_its_own_clause_names():
    # tabnak_342: Stiglitz answers Trump; «وی ... ترامپ ... گفت» is not Trump but the one who
    # spoke before his words were told (``named_inside``)
    text = (
        "جوزف اشتیگلیتس گفت که داده‌های ترامپ با واقعیت‌های موجود اقتصاد آمریکا همخوانی ندارد.\n"
        "به گزارش ایسنا به نقل از یاهو فاینانس، دونالد ترامپ، رئیس جمهور آمریکا اخیرا در سخنان "
        "خود در اجلاس مجمع جهانی اقتصاد گفته بود که اقتصاد آمریکا در بهترین وضعیت است.\n"
        "وی با بیان این‌که ترامپ در خصوص عملکرد خود اغراق کرده است گفت: داده‌سازی های ترامپ با "
        "واقعیات همخوانی ندارد."
    )
    assert _speakers(text)[-1] == "جوزف اشتیگلیتس"
    # roozno_234: a reporter asks Rouhani; «او از روحانی پرسید» is not Rouhani's
    text = (
        "حسن روحانی در جریان نشست مطبوعاتی خود در نیویورک در پاسخ به سوال خبرنگار المیادین "
        "گفت: این موضوع درست است.\n"
        "او از روحانی پرسید که «آیا عربستان سعودی حاضر است مذاکره کند؟»"
    )
    speakers = _speakers(text)
    assert speakers[0] == "حسن روحانی" and speakers[-1] is None
