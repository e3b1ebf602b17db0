"""Wrong facts left on the news, a sixteenth pass: a name right after «بنیاد» is the
foundation's, named after someone (``named_after.txt``); a name after the colon of a title in
guillemets is its subtitle (``namewords.titled_work``); a past verb that ends its clause run
into the first word of a name before a post is cut off (``unlisted_names.given_run_in``); a
list of officials, each with his post, runs on past the words of the posts
(``list_items``). Sentences of the shared news."""

from khabar.extract import extract_text
from khabar.extract.unlisted_names import given_run_in


def _persons(text: str) -> dict[str, list[str]]:
    return {p.name: p.posts for p in extract_text("عنوان\n" + text + "\n").persons}


def test_a_foundation_named_after_a_figure_is_no_person():
    # fars-news-2, item 130 (the twenty-ninth store sample)
    text = (
        "دفتر همکاری‌های علمی بین‌المللی پژوهشگاه علوم انسانی و مطالعات فرهنگی با همکاری "
        "مدرسه عالی اقتصاد روسیه و بنیاد ابن‌سینا - مسکو و انجمن ایرانی زبان روسی به مناسبت "
        "بزرگداشت پرفسور «مائیس نظرلی» سخنرانی مجازی با عنوان جایگاه انسان در نقاشی عصر صفوی "
        "برگزار می‌کند."
    )
    persons = _persons(text)
    assert "ابن‌سینا" not in persons
    assert "مائیس نظرلی" in persons


def test_the_clinton_foundation_is_no_mention_of_clinton():
    # roozno_162: «بنیاد کلینتون», the Clinton Foundation Chelsea inherits
    text = (
        "بلومنتال با اشاره به تجربه شخصی خود با خانواده کلینتون، به رابرت شیر می‌گوید این‌که "
        "چلسی سلطنت بنیاد کلینتون و ابتکار جهانی کلینتون را به ارث برده و هم‌الان برای اسرائیل "
        "لابی‌گری می‌کند، می‌تواند به این معنا باشد که در آینده حزب نیز نقش مهمی خواهد داشت."
    )
    doc = extract_text("عنوان\n" + text + "\n")
    at = doc.text.index("بنیاد کلینتون") + len("بنیاد ")
    spans = [(m.start, m.end) for p in doc.persons for m in p.mentions]
    assert (at, at + len("کلینتون")) not in spans


def test_the_head_of_a_foundation_is_named_after_it():
    persons = _persons("رئیس بنیاد محمد سعیدی در این نشست گفت: کار ادامه دارد.")
    assert "محمد سعیدی" in persons


def test_a_film_s_subtitle_after_its_title_s_colon_is_no_person():
    # tabnak_1502 (the twenty-ninth store sample)
    text = (
        "فیلم سینمایی «مردان ایکس: دارک فینکس / XMen: Dark Phoenix» به نویسندگی و کارگردانی "
        "سیمون کینبرگ محصول سال 2019 است."
    )
    persons = _persons(text)
    assert "دارک فینکس" not in persons
    assert "سیمون کینبرگ" in persons


def test_a_credit_after_a_title_in_straight_quotes_stands():
    # tabnak_1240: «"پایتخت "» closes its title before the director's colon
    text = 'نام سریال: "پایتخت "کارگردان: سیروس مقدمتهیه‌کننده: الهام غفوری'
    assert _persons(text)["سیروس مقدم"] == ["کارگردان"]


def test_a_past_verb_run_into_a_name_before_a_post():
    # roozno_645 (the twenty-ninth store sample): «کرونا گرفت» run into Brune Poirson
    text = (
        "یک عضو دیگر هیات دولت فرانسه کرونا گرفتبرون پوارسون، وزیر مشاور در امور تغییرات "
        "زیست محیطی در دولت فرانسه به ویروس جدید کرونا مبتلا شد."
    )
    persons = _persons(text)
    assert "گرفتبرون پوارسون" not in persons
    assert persons["برون پوارسون"] == ["وزیر مشاور"]


def test_a_plural_past_verb_run_into_a_name_before_a_post():
    # roozno_894: «اتفاق نظر دارند» run into «عامر الفایز، نماینده ائتلاف الفتح»
    text = (
        "تشکل‌های شیعه اتفاق نظر دارندعامر الفایز، نماینده ائتلاف الفتح، در گفتگو با عربی پست "
        "می‌گوید:«نیروهای شیعه موضع خود در قبال نخست‌وزیری عدنان الزرفی را مشخص کردند»."
    )
    persons = _persons(text)
    assert "دارندعامر الفایز" not in persons
    assert persons["عامر الفایز"] == ["نماینده ائتلاف الفتح"]


def test_a_stem_that_opens_a_name_is_no_verb_run_in():
    assert given_run_in("گرفتبرون") == len("گرفت")
    assert given_run_in("استفانی") == 0  # «است» is no past verb that ends a clause
    assert given_run_in("توانفقنامه") == 0


def test_a_list_of_officials_each_with_his_post():
    # fars-3_166 (the thirty-ninth persons-recall sample): given names that are words too
    text = (
        "جواد زنجانی فرماندار اردبیل، شفیع شفیعی مدیرکل امور اجتماعی و فرهنگی استانداری، "
        "مهدی نوروزی مدیر استانی حوزه علمیه اردبیل، سید ناصر اسحاقی مدیرکل فرهنگ و ارشاد "
        "اسلامی، کریم حاجی‌زاده مدیرکل میراث فرهنگی، صنایع‌دستی و گردشگری، شهامت هدایت مدیرکل "
        "منابع طبیعی و آبخیزداری، امید قیامی مدیرکل نوسازی مدارس و فرهاد عبدالعلی‌پور فرماندار "
        "نمین از مسئولانی بودند که با حضور در غرفه پاکبانان محرم اقدام به پر کردن فرم عضویت "
        "افتخاری کردند."
    )
    persons = _persons(text)
    assert persons["شهامت هدایت"] == ["مدیرکل منابع طبیعی و آبخیزداری"]
    assert persons["امید قیامی"] == ["مدیرکل نوسازی مدارس"]
    assert "صنایع‌دستی" not in persons
