"""Words that make a name no person's, by the false persons read in the thirty-first store
sample (``tests/fixtures/persons_judged_store_31.jsonl``), on sentences of the shared news.

A verb («فرماید»), an adjective («کلاسیک», «ماندنی»), Turkish «شهریر» and a book's «الثقلین»
end no name; «یواس‌اس» (USS) opens none; «ونزوئلایی» alone names no one; a calling
(«خاورشناس», «اپیدمیولوژیست») follows a name and is none of it (``data/no_name_edges.tsv``)."""

from __future__ import annotations

from conftest import names

# fars-news-1 item 48: the sample's line, a prayer
_PRAYER = (
    "که ان‌شاءالله خداوند قدرت شکستن چهارچوب سیاست‌های حاکم و ظالم جهان‌خواران، و نیز جسارت "
    "ایجاد داربست‌هایی بر محور کرامت انسانی را به همه مسلمین عطا فرماید، و همه را از افول ذلت "
    "به صعود عزت و شوکت همراهی نماید."
)
# tabnak_data_703: the sample's line, a bodybuilding contest
_CONTEST = (
    "او اگرچه در این مسابقه تلویزیونی در جمع نفرات برتر قرار نگرفت، اما به نوشته ورزش سه در چند "
    "دوره مسابقات فرعی قوی‌ترین مردان ایران، قهرمان شده و در چند مسابقه بین‌المللی مثل آرنولد "
    "کلاسیک هم بالاتر از حریفان قرار گرفته است."
)
# fars-news-3 item 117: the sample's line, a club of Istanbul
_CLUB = "در دیدار رده‌بندی نیز تیم‌های اتحادیه کشتی چین و استانبول بیوک شهریر ترکیه رقابت خواهند کرد."
# fars-news-2 item 65: the sample's line, a book in a list of sources; its author stays
_BOOK = "حویزی، علی بن جمعه، 1415 ق، تفسیر نور الثقلین، قم، مؤسسه اسماعیلیان."
# tabnak_data_354: the sample's line, a predicate's adjective
_STAY = (
    "ظاهرا مشکل استقلال و مجیدی بر سر مسائل مالی بود و فتح‌الله‌زاده که علاقه هواداران "
    "استقلال به مجیدی را دید، هر طور شده، پول جور کرد تا فرهاد ماندنی شود."
)
# tabnak_data_625: the sample's line, two ships
_SHIPS = (
    "در بیانیه ارتش آمریکا آمده است، در این ماموریت کشتی آبی خاکی باتان و ۲۵۰۰ تفنگدار دریایی "
    "آن را کشتی‌های «یواس‌اس نیویورک» و «یواس‌اس اوک هیل» همراهی می‌کنند."
)
# roozno_data_284: another ship, no person before as after
_NORMANDY = (
    "هفته گذشته آمریکا مدعی شد ناو جنگی یواس‌اس نورماندی ۱۵۰ موشک دهلاویه(کپی از موشک روسی "
    "کورنت) را از یک قایق ایرانی به دست آورده است."
)
# tabnak_data_1449: the sample's line, a headline's list
_OFFICIAL = (
    "انتشار فایلی صوتی درباره اعزام هزاران تروریست از عربستان به عراق، ورود ۵۰ کامیون تجهیزات "
    "نظامی و لجستیک آمریکا از عراق به سوریه، واکنش مقام ونزوئلایی به ورود نفتکش‌های ایرانی و "
    "حمله موشکی نیرو‌های حفتر به فرودگاه طرابلس، از جمله مهم‌ترین خبر‌ها و رویداد‌های مرتبط با "
    "خاورمیانه در ۲۴ ساعت گذشته بودند."
)
# fars-news-3 item 28: another, no person before as after
_LARA = (
    "مقام ونزوئلایی اعلام کرد که در این راستا کمیسیون مشترکی بین مسئولان لارا و سفارت ایران در "
    "ونزوئلا تشکیل خواهد شد تا به بررسی اولویت‌های همکاری بپردازد."
)
# roozno_data_319 and roozno_data_851: the sample's lines, a name before a calling (the second
# run into the sentence before it)
_ORIENTALIST = (
    "به گزارش نواندیش، ولادیمیر ساژین خاورشناس مطرح روس و تفسیرگر آژانس اسپوتنیک چنین "
    "می‌نویسد: تشدید تنش دو جانبه از ماه مه 2019 آغاز شد."
)
_EPIDEMIOLOGIST = (
    "کاش جهان‌پور مطرح کردن این انتقاد را به افراد علمی مستقل واگذار می‌کردحمید سوری "
    "اپیدمیولوژیست و استاد دانشگاه علوم پزشکی شهید بهشتی تهران یکی از این افراد است که معتقد "
    "است در چنین مواردی منطقی‌تر بود این نقد و نتیجه‌گیری از منابع علمی مستقل مطرح می‌شد."
)


def test_a_verb_an_adjective_a_club_and_a_book_end_no_name() -> None:
    assert names(_PRAYER) == []
    assert names(_CONTEST) == []
    assert names(_CLUB) == []
    assert names(_BOOK) == ["علی بن جمعه"]
    assert names(_STAY) == []


def test_a_ship_and_a_nationality_name_no_one() -> None:
    assert names(_SHIPS) == []
    assert names(_NORMANDY) == []
    assert names(_OFFICIAL) == []
    assert names(_LARA) == []


def test_a_calling_follows_a_name() -> None:
    assert names(_ORIENTALIST) == ["ولادیمیر ساژین"]
    assert names(_EPIDEMIOLOGIST) == ["حمید سوری"]
