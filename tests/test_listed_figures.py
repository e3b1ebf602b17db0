"""Figures named by a surname or one name alone (``foreign_figures.tsv``,
``historic_figures.tsv``, ``national_figures.tsv``): a philosopher or a leader of the past is
a person wherever his name stands; a surname more than one figure has («بوش», «خاتمی») is a
person of its article only; a given name before a listed surname makes it another's name; a
listed full name keeps its words though one is an ordinary word («کوفی عنان»)."""

from conftest import names

from khabar.extract import extract_text
from khabar.resolve.keys import full_person_key, person_keys


def test_thinkers_by_one_name() -> None:
    # roozno_data_676
    text = (
        "این نگاه را می‌توان در آموزه‌های نیچه، زیمل، فروید و ویتگنشتاین در گذشته ردیابی کرد"
        " که برخلاف فرقه‌گرایی است که در نهایت منجر به فاشیسم می‌شود."
    )
    assert {"نیچه", "فروید", "ویتگنشتاین"} <= set(names(text))
    # roozno_data_726
    assert "استالین" in names("استالین که هیچ، حتی لنین و انگلس را هم به هیچ وجه قبول نداشت.")


def test_a_surname_of_two_presidents() -> None:
    # fars-news-2: «بوش» alone is a person, but not one figure across articles
    text = (
        "خبرگزاری فارس: بوش، رئیس جمهور امریکا از سوریه خواست تا مرزهای خود را به روی"
        " هواداران فراری صدام بسته و آنها را از این کشور اخراج کند."
    )
    assert "بوش" in names(text)
    assert full_person_key(*person_keys("بوش")) is None
    assert full_person_key(*person_keys("ارسطو")) is None  # one word: no given name to join on


def test_another_given_name_before_a_listed_surname() -> None:
    # tabnak_data_1410: Richard Marx, not Karl Marx
    text = "مایکل گور موسیقی متن این فیلم را ساخت و ریچارد مارکس این اثر را تدوین کرد."
    assert "ریچارد مارکس" in names(text)
    assert "مارکس" not in names(text)


def test_a_listed_full_name_with_an_ordinary_word() -> None:
    # fars-news-2: «عنان» is a word (rein), «عنان» alone no figure; the full name is his
    text = (
        "پیش از این قرار بود قطعنامه‌ای مبنی بر اعزام نیرو به هائیتی به مدت دو ماه تصویب شود"
        " که این امر با مخالفت کوفی عنان، دبیر کل سازمان ملل که معتقد بود این مدت کافی نیست،"
        " روبرو شد."
    )
    assert names(text) == ["کوفی عنان"]


def test_a_brand_named_after_a_maker() -> None:
    # tabnak_data_711: Bosch, the maker of refrigerators, not President Bush
    text = (
        "ولی ما به شما قول می‌دهیم که با انتخاب یخچال فریزرهای بوش علاوه بر اینکه با قیمت"
        " مناسب و با کیفیت عالی خرید می‌کنید، می‌توانید در هزینه‌های دیگر نیز صرفه‌جویی نمایید."
        " فروشگاه و سایت خانه بوش با داشتن کادری مجرب و کارشناسان متخصص، مشاوره‌های لازم را"
        " برایتان در نظر بگیرد."
    )
    assert "بوش" not in names(text)
    # tabnak_data_700
    text = (
        "در حال حاضر قابلیت نرم‌افزار راهنمای هوشمند مهاد صنعت، تنها ایسیوهای گروه بوش و"
        " زیمنس را پشتیبانی می‌کند."
    )
    assert "بوش" not in names(text)
    # tabnak_data_1193: Busch Gardens, a garden named after a maker
    assert "بوش" not in names("باغ بوش یکی از جاذبه‌های محبوب در منطقه تمپا شهر فلوریدا است.")
    # fars-news-5: a televised debate's «تلویزیونی» is no word of goods
    text = "وی در خصوص مناظره تلویزیونی بوش و کری و پیشنهاد مطرح‌شده در آن سخن گفت."
    assert "بوش" in names(text)


def test_a_listed_surname_in_another_full_name() -> None:
    # tabnak_data_1484: Sharon Stone, an actress, not Ariel Sharon
    text = (
        "آرنولد شوارتزنگر، ریچل تیکوتین، شارون استون، مایکل ایرون ساید، رونی کوکس و رزماری"
        " دانسمور در این فیلم مقابل دوربین یست واکانو بازی کردند."
    )
    assert "شارون استون" in names(text)
    assert "شارون" not in names(text)
    # tabnak_data_624: Jack Nitzsche, a composer; Francis Lee McCain, an actress
    text = (
        "جان کیوسک، مارشال بل، فرانسیس لی مک‌کین، بروس کیربی و متیو ویلیامز در این فیلم"
        " مقابل دوربین توماس دل روت بازی کردند. جک نیچه موسیقی متن این فیلم را ساخت."
    )
    assert {"جک نیچه", "فرانسیس لی مک\u200cکین"} <= set(names(text))
    assert not {"نیچه", "فرانسیس لی"} & set(names(text))
    # the figure's name stands after a word of kin or a name of its own
    text = (
        'زمانی که نتانیاهو تلاش داشت ترامپ را از دیدار با ظریف منصرف سازد "جارد کوشنر"'
        " داماد ترامپ تلاش او را متوقف کرد."
    )
    assert {"جارد کوشنر", "ترامپ"} <= set(names(text))


def test_a_given_name_no_list_knows_before_a_listed_surname() -> None:
    # tabnak_data_1203: Monique Bonnot, a film editor, not Benazir Bhutto
    text = (
        "آلن دلون، فرانسوا پریه، ناتالی دلون، کتی رزیه در این فیلم مقابل دوربین آنری دوکایی"
        " بازی کردند و مونیک بوتو و یو مورت این اثر را تدوین کردند."
    )
    assert "مونیک بوتو" in names(text)
    assert "بوتو" not in names(text)


def test_a_work_titled_with_a_figure() -> None:
    # fars-news-3: «کلاه کافکا», a book of Brautigan's poems; a figure's full name in quotes
    # stays his
    text = "در میان این آثار یکی «کلاه کافکا» است که گزیده‌ای از اشعار او با ترجمه علیرضا بهنام است."
    assert names(text) == ["علیرضا بهنام"]
    text = (
        "این نمایندگان برای مخالفت با رسمیت بخشیدن به پیروزی «جو بایدن» در نشست ششم ژانویه"
        " کنگره آماده می‌شوند."
    )
    assert "جو بایدن" in names(text)


def test_the_surname_of_a_full_name_in_one_piece() -> None:
    # ARMAN fold 1 (its sentences quoted as a test fixture only): «ال‌گور», one token, is
    # called «گور» alone too
    text = (
        "بوش نیز از این عدم آمادگی گور استفاده کرد و در مصاحبه روز پنجشنبه خود گفت : گور"
        " هر گاه كه از نظر سیاسی برایش راحت است ، می‌گوید كه حاضر است در هر زمان و در هر"
        " کجا مناظره کند . اگر ما در مورد مناظره نتوانیم به ال‌گور اعتماد کنیم ، چطور"
        " می‌توانیم در مورد چیزهای دیگر به او اعتماد کنیم ."
    )
    doc = extract_text(text)
    gore = next(p for p in doc.persons if p.name == "ال\u200cگور")
    assert "گور" in [doc.text[m.start : m.end] for m in gore.mentions]


def test_heads_of_state_by_family_name_alone() -> None:
    # roozno_data_1051, roozno_data_726 (``national_figures.tsv``)
    assert "خاتمی" in names("به خاطر داریم که پیروزی خاتمی در انتخابات ۷۶، پیروزی خنده بر اخم بود.")
    text = (
        "یا در خاطرم هست در سال ۶۰ هم که بنی‌صدر فرار کرد، ایشان به شدت از بستن روزنامه میزان"
        " انتقاد می‌کرد."
    )
    assert "بنی‌صدر" in names(text)
    assert full_person_key(*person_keys("خاتمی")) is None  # Mohammad, Ahmad: of its article


def test_a_family_name_of_two_words() -> None:
    # a speaker of parliament by his family name of two words, each a word (ARMAN's fold 2;
    # roozno_data_342 of the shared news)
    text = "گفتنی است ، حداد عادل اعلام کرده كه هنوز گزارش کمیسیون تحقیق به دستش نرسیده ."
    assert "حداد عادل" in names(text)
    text = (
        "این دوره سومین بار پیاپی بود که حداد عادل در تهران میدان داری می‌کرد.\nاو پیش از این"
        " در انتخابات مجلس هشتم 844هزار و 230 رای و در مجلس هفتم با 888 هزار و 276 رای به خانه"
        " ملت راه یافت."
    )
    assert "حداد عادل" in names(text)


def test_leaders_of_2000() -> None:
    # a leader's full name of a word («ایل»), and one named by surname alone (ARMAN's fold 2)
    text = (
        "معمر قذافی رهبر لیبی هنوز اعلام نکرده است كه در این اجلاس شرکت می‌کند يا خیر ، ولی کیم"
        " جونگ ایل رهبر کره شمالی شرکت در اجلاس را رد کرده است ."
    )
    assert "کیم جونگ ایل" in names(text)
    text = (
        "به گزارش رسیده از باکو ، شبکه تلویزیونی ان‌تی‌وی روسیه دیروز گزارش داد در این جلسه كه"
        " فرماندهان و مسئولان ارگانهای انتظامی ، نظامی و قضائی چچن شرکت داشتند ، ماسخادف خواستار"
        " واگذاری اختیارات فرماندهی كل نیروهای نظامی به خود شد ."
    )
    assert "ماسخادف" in names(text)
