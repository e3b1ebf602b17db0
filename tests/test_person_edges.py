"""Where a name ends and what names no one, by the false persons the judged persons samples
still held and a drawn sample of 150 persons of the shared news: a crew's credit run into
the name before it, a subjunctive verb or a word of the sentence after a name, ordinary
words read as a name; on sentences of the shared news, and the names that must still stand."""

from __future__ import annotations

import pytest
from conftest import names

from khabar.extract.glued_ends import credit_end
from khabar.extract.lexicons import key
from khabar.extract.name_verbs import verb_word
from khabar.extract.no_name_words import at_no_name_edge, follows_name

# a list of a broadcaster's series, each credit run into the name before it
CREW = (
    'نام سریال: "کامیون"کارگردان: مسعود اطیابیتهیه‌کننده :شهرام دانشپور۵ نام سریال: "پایتخت '
    '"کارگردان: سیروس مقدمتهیه‌کننده: الهام غفوری۶پروژه ترکیبی "یک گام تاغیره" با اجرای علی '
    "ضیاءکارگردان :احمد پایداریتهیه‌کننده: ایران نوین۷فصل چهارم"
)


def test_a_credit_run_into_a_name_ends_it() -> None:
    found = names(CREW)
    assert "سیروس مقدم" in found
    assert "علی ضیاء" in found
    assert "شهرام دانشپور" in found
    assert not [n for n in found if "تهیه" in n or "کارگردان" in n]
    series = 'نام سریال: "زمین گرم" کارگردان: سعید نعمت‌اللهتهیه‌کننده: محمدرضا شفیعی۳ .'
    assert "سعید نعمت‌الله" in names(series)
    film = 'نام فیلم: "کلاه‌سبزها"کارگردان: مسعود تکاورتهیه کننده :حسن هاشمی‌نسب۲۰ نام'
    assert "مسعود تکاور" in names(film)


@pytest.mark.parametrize(
    "word, end",
    [("مقدمتهیه‌کننده", 4), ("نعمت‌اللهتهیه‌کننده", 9), ("ضیاءکارگردان", 4), ("تکاورتهیه", 5)],
)
def test_credit_end(word: str, end: int) -> None:
    assert credit_end(word) == end


@pytest.mark.parametrize("word", ["تهیه‌کننده", "کارگردان", "مقدم", "نعمت‌الله", "تهیه"])
def test_no_credit_end(word: str) -> None:
    assert credit_end(word) == 0  # a credit alone, or no credit in the word


def test_a_subjunctive_verb_ends_a_name() -> None:
    text = (
        "غلامعلی حدادعادل در ردای ریاست شورای وحدت دست به قلم شود و نامه‌ای خطاب به مرتضی"
        " آقاتهرانی بنویسد؛ نامه‌ای که سراسر انتقاد بود."
    )
    assert names(text) == ["غلامعلی حدادعادل", "مرتضی آقاتهرانی"]
    assert verb_word("بنویسد") and verb_word("بنامند") and verb_word("ببخشد")
    # given and family names that open with «ب» are no subjunctive
    for word in ("بهداد", "برزگر", "بهروز", "بابک", "بهمن", "بنیامین", "بشار", "بیژن"):
        assert not verb_word(word), word


@pytest.mark.parametrize(
    "text, name, cut",
    [
        (
            "بشار رسن هافبک سابق پرسپولیس و عضو تیم ملی عراق در این بازی در دقیقه 66 بازی"
            " مصدوم شد و مجبور به ترک زمین بازی شد.",
            "بشار رسن",
            "بشار رسن هافبک",
        ),
        (
            "سال ۸۴ هم شورای هماهنگی نیروهای انقلاب با رهبری ناطق نوری جامعتین را پشت سر گذاشت.",
            "ناطق نوری",
            "ناطق نوری جامعتین",
        ),
    ],
)
def test_a_word_after_a_name_is_no_part_of_it(text: str, name: str, cut: str) -> None:
    assert name in names(text)
    assert cut not in names(text)


@pytest.mark.parametrize(
    "text, absent",
    [
        (
            "با آچار تعویض فیل‌تر، هوزینگ فیلترهای سه‌گانه تصفیه آب خانگی را در مراحل پایینی"
            " باز نموده و فیل‌تر پلی‌پروپیلن، فیل‌تر کربن اکتیو و فیل‌تر کربن بلاک را جایگزین"
            " می‌نماییم.",
            "کربن",
        ),
        (
            "تالاب گوری بلمک یکی از زیبایی‌های شهرستان پلدختر است که احیای آن نقش بسزایی در"
            " بحث گردشگری منطقه دارد.",
            "تالاب",
        ),
        (
            "اما دولت از آن‌ها تا تدوین لایحه جامعی با عنوان قانون بانکداری اسلامی مهلت خواست"
            " و حتی برای نشان دادن حسن نیتش پیش‌نویس این لایحه را برای نمایندگان فرستاد.",
            "حسن",
        ),
        (
            "«ران بوقلمون» یکی از غذاهای خوش طعم است که با پخت مناسب جزو بهترین منوهای غذایی"
            " و جذاب برای هر ذائقه‌ای تبدیل می‌شود.",
            "ران",
        ),
        (
            "اما فواصل آن شعبه و آنچه امروزه به عنوان دستگاه همایون شناخته می‌شود مطابقت ندارد"
            " و نمی‌توان آن را منشأ دستگاه همایون شمرد.",
            "همایون",
        ),
        (
            "آیا هیچ کسی نباید به خانم سلبریتی بگوید بر چه اساسی چنین ادعایی را مطرح می‌سازی؟",
            "سلبریتی",
        ),
        ("آیا دولت و «آقای اپراتوری!»", "اپراتوری"),
        (
            "ژنرال فقید قطعا شخصیت مهمی در عملیات خارجی ایران بود، اما برنامه وی نهادینه شده است.",
            "فقید",
        ),
        ("امام تیزبینی خاصی داشتند و در سیاست، خیلی دقیق بودند.", "تیزبینی"),
        (
            "وی گفت: سعه صدر و وسعت نظر مقام معظم رهبری همانند امام خمینی (ره) است.",
            "سعه",
        ),
        (
            "در شرایط سخت این روزها که ویروس کرونا سراسر کشور را گرفته، برای تهیه یک ورق قرص ضد"
            " ویروس تامی فلو باید ۱ میلیون تومان هزینه‌کرد.",
            "تامی",
        ),
        (
            "ستاره کروات اولین گل تیم قطری را وارد دروازه پرسپولیس کرد.",
            "ستاره",
        ),
        (
            "در این گروه، خودروهای مونتاژی آریو دنده‌ای ۱۳۵ میلیون تومان، آریو اتوماتیک ۱۶۰"
            " میلیون تومان قیمت دارند.",
            "اتوماتیک",
        ),
        (
            "تصاویری از شهر تازه آزاد شده «معره النعمان» در جنوب استان ادلب سوریه را می‌بینید.",
            "النعمان",
        ),
        ("عالم پر از سلاله زهرا و حیدرند", "زهرا"),
    ],
)
def test_ordinary_words_name_no_one(text: str, absent: str) -> None:
    assert not [n for n in names(text) if absent in n.split()]


def test_the_martyr_after_a_fighter_stands() -> None:
    text = "نیز گرامی می‌داشتم یاد شهید رزمنده سردار سلگی که این روزها به دیدار خدا رفتند."
    found = names(text)
    assert "رزمنده" not in found
    assert any("سلگی" in n for n in found)


def test_the_edges_by_kind() -> None:
    assert at_no_name_edge([key("کربن"), key("اکتیو")])
    assert at_no_name_edge([key("جان"), key("برکف"), key("میهنمان")])
    assert at_no_name_edge([key("رزمنده")])
    assert not at_no_name_edge([key("رزمنده"), key("سلگی")])  # «alone» only alone
    assert follows_name(key("هافبک")) and follows_name(key("لحظه‌ای"))
    assert not follows_name(key("رسن"))
    # names that hold none of the words stand
    assert not at_no_name_edge([key("جان"), key("کری")])
    assert not at_no_name_edge([key("همایون"), key("شجریان")])
    assert at_no_name_edge([key("بویر"), key("احمد")])
    assert at_no_name_edge([key("مارک"), key("ریبوک")])
    assert not at_no_name_edge([key("مارک"), key("روته")])
    assert not at_no_name_edge([key("احمد")])


def test_no_word_of_a_name_before_its_title() -> None:
    # mashregh_4: «ایمان» (faith) is a given name too, but a title stands between it and
    # the family name: the faith of General Soleimani, not a person «ایمان سردار سلیمانی»
    text = (
        "ما اینک درصدد نیستیم در باره این دو کلیدواژه بحث کنیم بلکه مصداق‌هایی از رفتارهای"
        " منطبق با این دو مفهوم را از زندگی سردار پرآوازه اسلام مطرح می‌کنیم.\n"
        "ایمان سردار سلیمانی در تعهد و اخلاص او تبلور داشت."
    )
    assert names(text) == ["سلیمانی"]
