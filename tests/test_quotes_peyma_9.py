"""What the ninth PEYMA quotes-recall sample taught quote finding: a post that names its seat
«در مجلس» ends with the parliament's name, not past it into the object of its verb; a headline
«X: ...» that lost its line and runs into a lead opened by a post, with no dateline, is X's
direct quote, unless it is the title given again.

The sentences are those of PEYMA's news (``fixtures/peyma_quotes_9``), but for the title given
again, which is of the shared news (``fixtures/quotes_recall_dev_5``).
"""

from quote_rows import quote_rows

from khabar.extract import extract_text
from khabar.extract import lexicons as lx
from khabar.extract.posts import find_posts
from khabar.text import repair


def _rows(text: str) -> list[tuple[str, str | None, str]]:
    """(kind, speaker, first words) of each quote; a name's parts written apart or joined by
    ZWNJ alike."""
    return [(k, s and s.replace("\u200c", " "), w) for k, s, _, w in quote_rows(text)]


# peyma_735
_SEAT = (
    "حجت‌الاسلام والمسلمین سیدجواد حسینی کیا در گفت‌وگو با ایسنا، گفت: از قبل هم معلوم بود که "
    "1 + 5 با برجام بازی راه انداخته‌اند. نماینده مردم سنقر در مجلس اختلاف‌نظر کشورهای اروپایی "
    "با آمریکا در موضوع برجام را غیرواقعی توصیف کرد و افزود: اثبات شده که اختلافات کشورهای 1 + 5 "
    "غیرواقعی و صوری است."
)


def test_a_post_that_names_its_seat_ends_with_the_parliament():
    doc = extract_text(_SEAT)
    assert [p.posts for p in doc.persons] == [["نماینده مردم سنقر در مجلس"]]
    assert _rows(_SEAT) == [
        ("direct", "سیدجواد حسینی کیا", "از قبل هم"),
        ("indirect", "سیدجواد حسینی کیا", "اختلاف‌نظر کشورهای اروپایی"),
        ("direct", "سیدجواد حسینی کیا", "اثبات شده که"),
    ]


def test_the_parliaments_name_and_its_term_stay_with_the_post():
    text = (
        "نماینده مردم تهران در مجلس شورای اسلامی و عضو کمیسیون امنیت ملی گفت: این کار مهم است. "
        "رئیس فراکسیون امید در مجلس دهم نیز گفت: ما موافقیم."
    )
    posts = [post.text for post in _posts(text)]
    assert "نماینده مردم تهران در مجلس شورای اسلامی" in posts
    assert "رئیس فراکسیون امید در مجلس دهم" in posts


def _posts(text: str):
    doc = repair(text)
    tokens = doc.token_columns
    keys = lx.keys_of(tokens.words)
    return find_posts(tokens, keys, doc.text, list(range(len(keys))))


# peyma_737: a headline run into the lead, whose post speaks next with its verb and colon
_RUN_IN = (
    "اجرای سیستم آبیاری تحت فشار در روستای قدیم‌آباد اجرا شده است. موحدی کرمانی: متاسفانه مطهری "
    "مراعات نمی‌کند دبیرکل جامعه روحانیت مبارز با بیان اینکه سخنان علی مطهری به مصلحت کشور نیست، "
    "گفت: مطهری ابتدا باید نظراتش را با حضرت آقا تطبیق کند. به گزارش ایسنا، آیت‌الله محمد علی "
    "موحدی کرمانی عصر امروز اظهار داشت: هر کسی می‌آید و نظراتش را بیان می‌کند."
)


def test_a_headline_run_into_a_lead_opened_by_a_post_is_a_quote():
    assert _rows(_RUN_IN) == [
        ("direct", "محمد علی موحدی کرمانی", "متاسفانه مطهری مراعات"),
        ("direct", "محمد علی موحدی کرمانی", "مطهری ابتدا باید"),
        ("direct", "محمد علی موحدی کرمانی", "هر کسی می‌آید"),
    ]


def test_a_headline_run_into_words_that_are_no_lead_is_not_cut():
    # the post follows «و»: an object of the headline's words, not a lead
    text = (
        "موحدی کرمانی: متاسفانه مطهری و دبیرکل جامعه روحانیت مبارز با بیان اینکه سخنان او به "
        "مصلحت کشور نیست، گفت: مطهری ابتدا باید نظراتش را تطبیق کند."
    )
    assert all(w != "متاسفانه مطهری و" for _, _, _, w in quote_rows(text))


# quotes_recall_dev_5, roozno_1199: the title on a line of its own, then again at the head of
# the body, run into its lead
_TITLE_AGAIN = (
    "حریرچی: هر ۱۳ دقیقه یک نفر بر اثر کرونا در کشور فوت می کند\n"
    "حریرچی: هر ۱۳ دقیقه یک نفر بر اثر کرونا در کشور فوت می کندمعاون کل وزارت بهداشت، درمان و "
    "آموزش پزشکی گفت: هر ۱۳ دقیقه یک نفر بر اثر کرونا در کشور فوت می کند و هر ۳۳ ثانیه یک نفر در "
    "ایران به بیماری کووید۱۹ مبتلا می شود.\n"
    "به گزارش روز نو، ایرج حریرچی روز شنبه در نشست خبری افزود: از نظر تعداد خالص مرگ وضع بد است."
)


def test_the_title_given_again_at_the_head_of_its_body_is_no_second_quote():
    starts = [w for _, _, _, w in quote_rows(_TITLE_AGAIN)]
    assert starts.count("هر ۱۳ دقیقه") == 2  # the title's and the lead's, not the repeat
