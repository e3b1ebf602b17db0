"""A name in quotation marks past «در این ارتباط» before its post, an outlet, and a «وی» run
into a «بیشتر بخوانید:» list that names persons, behind quotes left with no speaker (the
eighteenth and nineteenth draws, ``null_speakers_judged_18.jsonl``,
``null_speakers_judged_19.jsonl``)."""

from __future__ import annotations

from conftest import said

from khabar.extract import extract_text

# tabnak_1134 (the nineteenth draw): the Taliban's spokesman, named in quotation marks past
# «در این ارتباط» and then by his family name alone in them
MUJAHID = (
    "به گزارش خبرگزاری مهر به نقل از رویترز، گروه طالبان افغانستان به برگزاری دو مراسم تحلیف "
    "ریاست جمهوری جداگانه در کابل، پایتخت این کشور واکنش نشان داد.\n"
    "در این ارتباط «ذبیح‌الله مجاهد»، سخنگوی طالبان گفته است که با توجه به اختلافاتی که در "
    "میان سیاستمداران دولت وجود دارد، بعید است که اعضای این گروه بتوانند طبق قرار قبلی خود را "
    "برای مذاکرات صلح بین افغانی فردا ۱۰ مارس (۲۰ اسفند) آماده کنند.\n"
    "«مجاهد» همچنین خطاب به «محمد اشرف غنی» رئیس جمهور و «عبدالله عبدالله» رئیس اجرایی "
    "افغانستان گفته است: بیایید به جای برگزای دو مراسم جداگانه تحلیف، اختلافات را کنار گذاشته "
    "و بیشتر بر مذاکرات بین‌افغانی متمرکز شوید تا روند صلح این کشور به موفقیت برسد.\n"
    "سخنگوی طالبان در ادامه، این اختلافات را برای مذاکرات صلح کشور خطرناک خوانده و افزود: "
    "تاکنون هیچ گام عملی‌ای برای اجرای شرط توافق آمریکا و طالبان صورت نگرفته است.\n"
)


def test_a_quoted_name_past_this_matter_before_its_post() -> None:
    doc = extract_text(MUJAHID)
    mujahid = next(p for p in doc.persons if p.name == "ذبیح‌الله مجاهد")
    assert mujahid.posts == ["سخنگوی طالبان"]
    assert [q.speaker for q in doc.quotes] == ["ذبیح‌الله مجاهد"] * 4
    # his post is no longer the Afghan president's, whom his words named
    assert all("سخنگوی طالبان" not in p.posts for p in doc.persons if p.name != mujahid.name)


def test_the_digest_telling_it_again() -> None:
    # tabnak_1139, a digest of the day's news: «گفته» with no «است» nor «که»
    quotes = said(
        "گروه طالبان افغانستان به برگزاری دو مراسم تحلیف ریاست جمهوری جداگانه در کابل، پایتخت "
        "این کشور واکنش نشان داد.\n"
        "در این ارتباط «ذبیح‌الله مجاهد»، سخنگوی طالبان گفته با توجه به اختلافاتی که در میان "
        "سیاستمداران دولت وجود دارد و حتی امروز دو مراسم تحلیف ریاست جمهوری جداگانه برگزار "
        "کردند، بعید است اعضای این گروه بتوانند طبق قرار قبلی خود را برای مذاکرات صلح بین "
        "افغانی آماده کنند.\n"
        "«مجاهد» همچنین خطاب به «محمد اشرف غنی» رئیس جمهور و «عبدالله عبدالله» رئیس اجرایی "
        "افغانستان گفته است: بیایید به جای برگزاری دو مراسم جداگانه تحلیف، اختلافات را کنار "
        "گذاشته و بیشتر بر مذاکرات بین‌افغانی متمرکز شوید.\n"
    )
    assert [s for s, _ in quotes][-1] == "ذبیح‌الله مجاهد"
    assert "محمد اشرف غنی" not in [s for s, _ in quotes]


def test_a_quoted_name_with_no_comma_stays_as_it_was() -> None:
    # tabnak_1663: «در همین زمینه «حیان سلیمان» معاون وزیر برق سوریه اعلام کرد، ...», the
    # tagger's person before and after
    quotes = said(
        "در همین زمینه «حیان سلیمان» معاون وزیر برق سوریه اعلام کرد، این کشور گام‌های عملی "
        "برای مقابله با قانون آمریکایی موسوم به «سزار» را آغاز کرده و بر حمایت متحدان خود در "
        "ایران، عراق، لبنان، روسیه و چین تکیه دارد.\n"
    )
    assert quotes == [("حیان سلیمان", None)]


def test_the_national_interest_is_an_outlet() -> None:
    # roozno_18 (the nineteenth draw)
    quotes = said(
        "به گزارش روز نو، نشنال اینترست در مطلبی به بررسی ویژگی‌های زیردریایی کلاس غدیر "
        "پرداخت و در مورد آن نوشت: این فیلم شاید در نظر برخی عجیب به نظر برسد، اما ستاره این "
        "فیلم تبلیغاتی یک زیردریایی واقعی کلاس غدیر است.\n"
    )
    assert quotes == [(None, "نشنال اینترست")]


def test_the_national_interest_written_joined() -> None:
    # roozno_356: named in its first line
    doc = extract_text(
        "نشریه آمریکایی نشنال اینترست طی یادداشتی به قدرت همه جانبه نیروهای سپاه پاسداران "
        "انقلاب اسلامی اذعان و این نهاد را تهدیدی برای منافع ایالات متحده در خاورمیانه دانست.\n"
    )
    assert any(o.name.endswith("نشنال اینترست") for o in doc.organizations)


ZIBAKALAM = (
    "صادق زیباکلام فعال سیاسی با اشاره به موضوع قتل رومینا اشرفی دختر تالشی که به دست پدرش "
    "کشته شد، ابراز داشت: پرداختن به این نوع معضلات اجتماعی را برخی افراد سیاه‌نمایی تلقی "
    "می‌کنند.\n"
    "زیباکلام افزود: تا درباره اینگونه مسائل صحبت نشود، فرهنگ‌سازی نیز صورت نمی‌گیرد.\n"
)


def test_a_read_more_list_naming_persons_run_into_the_pronoun() -> None:
    # roozno_1102 (the eighteenth draw): the titles name «رومینا اشرفی», the last ends in
    # «محمد فاضلی» run into «وی»
    quotes = said(
        ZIBAKALAM + "بیشتر بخوانید:2 محرک پنهان در قتل رومیناشش نکته در مورد قتل دلخراش "
        "رومینا اشرفیسیزده سؤال درباره قتل رومینا سیزده ساله / یادداشتی از محمد فاضلیوی گفت: "
        "سخن گفتن از طلاق، مردسالاری و قتل‌های ناموسی از دید عده‌ای سیاه‌نمایی است.\n"
    )
    assert quotes[-1] == ("صادق زیباکلام", None)


def test_a_read_more_list_of_headlines_run_into_the_pronoun() -> None:
    # roozno_1174: the titles quote a spokesman and «همتی», the last run into «وی»
    quotes = said(
        "به گزارش روز نو، «عبدالناصر همتی» با حضور در صحن مجلس که به منظور بررسی شاخص‌های "
        "کلان اقتصادی برگزار شد، افزود: تحریم‌هایی که در دو سال گذشته به کشور تحمیل شد "
        "بی‌سابقه و هوشمندانه بود.\n"
        "بیشتر بخوانید: سخنگوی دولت: کرونا ۱۰۸ هزار میلیارد تومان خسارت به ۱۳ رسته شغلی وارد "
        "کردرییس کل بانک مرکزی: تامین ۳.۷ میلیارد دلار ارز برای واردات از ابتدای سال / روند "
        "صادرات و برگشت ارز مثبت استهمتی: بانک مرکزی مصمم است بتدریج مردم را از شر تورم مزمن "
        "خلاص کند / ثبات بازار ارز ادامه می‌یابدوی افزود: همه آنها در چارچوب هدفی بود که به آن "
        "نرسیدند.\n"
    )
    assert quotes[-1] == ("عبدالناصر همتی", None)


def test_a_rarer_word_run_into_the_given_name_of_a_family_name_that_is_a_word() -> None:
    # roozno_968 (the eighteenth draw): «پردردسر» ends a subheading, «تمدن» is a word too
    quotes = said(
        "این گروه که در اصطلاح عامیانه به «احمدی نژادی» ها شهره هستند، هرچند به لحاظ کمی اقلیت "
        "به شمار می‌آیند اما می‌توانند رقیبی قدرتمند برای دیگران باشند.\n"
        "در اقلیت اما پردردسرمرتضی تمدن چهره نزدیک به احمدی‌نژاد ۵ روز مانده به انتخابات دوم "
        "اسفند ۹۸ در گفتگو با «خبرآنلاین» درباره سودای وزرای دولت او برای راه‌یابی به مجلس، "
        "گفت: «این ظرفیت آقای احمدی‌نژاد بود که از همه نظرات در کابینه خود استفاده کردند.»\n"
    )
    assert quotes[-1] == ("مرتضی تمدن", None)


def test_a_title_run_into_a_given_name_before_a_family_name_that_is_a_word() -> None:
    # tabnak_1483: «دکترمحسن نصر», «نصر» a word too
    doc = extract_text(
        "بانک مرکزی ایران نیز در این روز با تصویب اساسنامه آن، تأسیس شد.، جهانگیر آموزگار به "
        "سمت وزیر دارایی و دکترمحسن نصر به سمت وزیر مشاور تعیین شدند.، ایران و مصر یک پروتکل "
        "اقتصادی مهم امضا کردند.\n"
    )
    nasr = next(p for p in doc.persons if p.name == "محسن نصر")
    assert nasr.posts == ["وزیر مشاور"]


def test_a_reporter_run_into_with_is_no_given_name() -> None:
    # tabnak_1674: «باخبرنگار مهر» is «با خبرنگار مهر», «نگار» too short a given name after
    # a rarer word
    doc = extract_text(
        "نادر پسنده در گفت و گو باخبرنگار مهر، درباره آخرین وضعیت جستجوی مفقودان شناور "
        "غرق‌شده ایرانی در آب‌های عراق گفت: چهار سرنشین نجات‌یافته این شناور به همراه جسد "
        "دریانورد فوت‌شده در بندر ام القصر عراق هستند.\n"
    )
    assert not [p for p in doc.persons if "نگار" in p.name]
    assert [q.speaker for q in doc.quotes if q.speaker] in ([], ["نادر پسنده"])
