"""Wrong facts left on the news, an eighteenth pass: a name in quotes after «سناتور» and the
party its holder sits for is his, with his post, and a city's name inside it is his family
name's (``people.title_head_before``, ``unlisted_names.find_quoted_names``,
``registry._title_before_quoted``); the tagger's name after «کتاب» that opens with a frequent
word no name opens is a textbook's title (``tagged_vetoes.subject_book``). Sentences of the
shared news."""

from khabar.extract import extract_text


def _persons(text: str) -> dict[str, list[str]]:
    return {p.name: p.posts for p in extract_text("عنوان\n" + text + "\n").persons}


def _organizations(text: str) -> list[str]:
    return [o.name for o in extract_text("عنوان\n" + text + "\n").organizations]


_BLACKBURN = (
    "چین باید هزینه مالی این اشتباه خود را بپردازد.\n"
    'سناتور جمهوری خواه "مارشا بلک برن" از تنسی معتقد است پکن باید امریکا را از پرداخت بخشی '
    "از بدهی‌هایش معاف کند."
)


def test_a_republican_senator_named_in_quotes():
    # roozno_888: «جمهوری خواه» written apart between the title and the name, «برن» a city
    persons = _persons(_BLACKBURN)
    assert persons.get("مارشا بلک برن") == ["سناتور جمهوری خواه"]
    assert not any("مارشا" in o for o in _organizations(_BLACKBURN))


def test_a_democratic_senator_named_in_guillemets():
    # tabnak_625: «سناتور دموکرات «تیم کین»», the war powers resolution's sponsor
    text = (
        "به گزارش «تابناک»؛ قطعنامه «قدرت‌های جنگی» که از سوی سناتور دموکرات «تیم کین» ارائه "
        "شده و از حمایت برخی جمهوری‌خواهان نیز برخوردار است، تا ساعاتی دیگر در صحن علنی مطرح "
        "خواهد شد."
    )
    assert _persons(text).get("تیم کین") == ["سناتور دموکرات"]


def test_a_senator_named_in_quotes_right_after_the_title_stands():
    text = "سناتور «مک کین» در این باره گفت: این قطعنامه تصویب نمی‌شود."
    assert _persons(text).get("مک کین") == ["سناتور"]


def test_a_democratic_senator_with_a_listed_given_name_stands():
    # roozno_432
    text = (
        'سناتور دموکرات "الیزابت وارن" یکی از نامزدهای انتخابات است. الیزابت وارن در نامه خود '
        "هشدار داده است."
    )
    assert _persons(text).get("الیزابت وارن") == ["سناتور دموکرات"]


def test_a_textbook_named_by_its_subject_and_author():
    # roozno_996 and tabnak_246: Harrison's medicine, a book burnt
    texts = (
        "حالا آیا دولت می‌تواند مانع از قانون‌شکنی نیروهای‌خودسر که در اماکن مقدس را "
        "می‌شکنند، کتاب پزشکی هاریسون را می‌سوزانند هم بشود؟",
        "به گزارش «تابناک»؛ هفته گذشته ویدیویی در فضای مجازی منتشر شد که در آن فردی به نام "
        "شیخ عباس تبریزیان، کتاب پزشکی هاریسون را که یکی از کتب مرجع در علم پزشکی به شمار "
        "می‌رود، آتش زد.",
    )
    for text in texts:
        assert "پزشکی هاریسون" not in _persons(text)
    assert "عباس تبریزیان" in _persons(texts[1])


def test_the_book_of_a_person_stands():
    # roozno_1208: Bolton's memoir
    text = (
        'تریتا پارسی در مقاله‌ای درباره کتاب خاطرات تازه جان بولتون می‌نویسد: "کتاب بولتون '
        'بیش‌تر با هدف انتقام‌جویی او منتشر شده است."'
    )
    assert "جان بولتون" in _persons(text)
