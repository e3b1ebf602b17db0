"""Posts the fourteen judged samples (``posts_judged*.jsonl``) missed, and what the rules written
for them leave alone: a post alone that opens the sentence after one its holder opens by name,
with no post yet, is theirs (``extract/subject_going_on.py``); «اقتصاددان» and «جهانگرد» head
a post; «شاید» ends one. Sentences of the shared news (fars 3_192, sobhane2 55, tabnak 397, 682
and 794), and sentences each rule must leave alone."""

from khabar.extract import extract_text
from khabar.model import Document


def _posts(doc: Document) -> dict[str, list[str]]:
    return {p.name: p.posts for p in doc.persons}


_MESSI = (
    "غرش بارسلونا با پوکر لیونل مسی\n"
    "بارسلونا با گل‌های ستاره آرژانتینی‌اش توانست ایبار را شکست دهد.\n"
    "به گزارش تابناک ورزشی، بارسلونا شنبه در هفته بیست و پنجم لالیگا در نوکمپ برابر ایبار قرار "
    "گرفت و با پنج گل مهمانش را شکست داد.\n"
    "نخستین موقعیت برای میزبان به گل تبدیل شد.\n"
    "لیونل مسی با پاس ایوان راکیتیچ در دقیقه ۱۴ گلزنی کرد تا به ناکامی اش در این زمینه پایان "
    "دهد.\n"
    "مهاجم بارسا چهار هفته پیاپی در لالیگا گلی به ثمر نرسانده بود.\n"
    "در ادامه این بازیکن با پاس آرتورو ویدال در موقعیت گل قرار گرفت و توانست دبل کند.\n"
    "مسی سه دقیقه بعد فرصت داشت گلزنی کند با این حال به آنتوان گریزمان پاس داد تا او گلی به "
    "نام خود ثبت کند.\n"
    "مهاجم فرانسوی نتوانست توپ را خوب کنترل کند و بازیکن حریف به آن ضربه زد اما توپ به ستاره "
    "آرژانتینی رسید.\n"
)


def test_a_post_opening_the_sentence_after_the_named_subject_is_theirs():
    # tabnak-794: the story goes on with Messi, named now by post
    # and it is his only: «مهاجم فرانسوی» after he holds one is left (Griezmann's)
    posts = _posts(extract_text(_MESSI))["لیونل مسی"]
    assert len(posts) == 1 and posts[0].startswith("مهاجم بارسا")


def test_a_post_after_a_sentence_naming_another_is_left():
    # with «نیز» the Barça forward is another; then «مهاجم فرانسوی» after «مسی ... به آنتوان
    # گریزمان پاس داد تا او ...» could be either's: Griezmann's, not Messi's
    text = _MESSI.replace("مهاجم بارسا چهار", "مهاجم بارسا نیز چهار")
    assert _posts(extract_text(text))["لیونل مسی"] == []


_PRESIDENT = (
    "خط چهارم تولید سنگ آهن معدن چادرملو به بهره‌برداری رسید\n"
    "خبرگزاری فارس: خط چهارم توسعه و تولید کنستانتره سنگ آهن معدن چادرملو با حضور "
    "احمدی‌نژاد به بهره‌برداری رسید.\n"
    "احمدی‌نژاد در حاشیه این مراسم در جمع کارگران معدن چادرملو حاضر شد و با آنها به گفتگو "
    "نشست.\n"
    "رئیس‌جمهور همچنین در مسیر خود با مردم بخش بهارآباد نیز که در مسیر حرکت رئیس‌جمهور حاضر "
    "شده بودند دقایقی گفتگو کرد.\n"
)


def test_the_president_going_on_is_the_one_named_before():
    # fars-3_192
    assert _posts(extract_text(_PRESIDENT)) == {"احمدی‌نژاد": ["رئیس‌جمهور"]}


def test_a_post_written_before_is_someone_brought_in():
    # the post already in the lead: whoever holds it was brought in there, not the name after
    text = _PRESIDENT.replace("با حضور احمدی‌نژاد", "با حضور رئیس‌جمهور")
    assert _posts(extract_text(text)).get("احمدی‌نژاد") == []


def test_an_economist_heads_a_post():
    # tabnak-397
    text = (
        "آلمان؛ رکورددار مازاد بودجه در جهان\n"
        "کریستین گریم، اقتصاددان موسسه ایفو با اشاره به رشد ۱۶ میلیارد یورویی مازاد بودجه آلمان "
        "گفت: تضعیف یورو به افزایش رقابت‌پذیری محصولات آلمانی منجر شده است.\n"
    )
    assert _posts(extract_text(text)) == {"کریستین گریم": ["اقتصاددان موسسه ایفو"]}


def test_a_travellers_lead_is_the_name_next():
    # sobhane2-55
    text = (
        "سفر یک جهانگرد ایرانی به دور دنیا با شتر\n"
        "یک جهانگرد ایرانی با هدف معرفی شتر دوکوهانه ایرانی در جهان روز شنبه سفر خود به دور "
        "دنیا را از شهرستان مشگین‌شهر آغاز کرد.\n"
        "دکترمحمد امیری رودان که قصد دارد این سفر سخت و مسیر طولانی را به دور دنیا طی کند روز "
        "شنبه گفت: این سفر توسط سازمان خواروبار جهانی فائو برنامه‌ریزی شده است.\n"
    )
    assert _posts(extract_text(text)) == {"محمد امیری رودان": ["جهانگرد ایرانی"]}


def test_perhaps_ends_a_post():
    # tabnak-682: the captain going on is Messi, «کاپیتان بارسلونا | شاید اخیرا ...»
    text = (
        "بزرگترین ناکامی مسی در گلزنی طی ۶سال اخیر\n"
        "انتظار کاپیتان تیم فوتبال بارسلونا برای گشودن دروازه رقبا در لالیگا به طولانی‌ترین میزان "
        "خود در بیش از ۶ سال گذشته رسیده است.\n"
        "به گزارش تابناک ورزشی، تیم فوتبال بارسلونا شب گذشته (شنبه) در هفته بیست‌و‌چهارم لالیگا "
        "موفق به کسب یک پیروزی خانگی مقابل ختافه شد.\n"
        "با این حال هیچیک از این دو گل به نام لیونل مسی به ثبت نرسید تا انتظار او برای گلزنی ۹۰ "
        "دقیقه دیگر تمدید شود.\n"
        "مسی پیش از بازی مقابل تیم‌های والنسیا، لوانته و رئال بتیس هم نتوانسته بود گلی به ثمر "
        "برساند.\n"
        "مسی با وجود ناکامی اخیرش، هنوز هم بهترین گلزن این فصل لالیگا است.\n"
        "کاپیتان بارسلونا شاید اخیرا در گلزنی ناکام بوده باشد، اما در ایجاد موقعیت گلزنی برای "
        "هم‌تیمی‌هایش درخشان عمل کرده است.\n"
    )
    assert _posts(extract_text(text)) == {"لیونل مسی": ["کاپیتان بارسلونا"]}
