"""What is no person's name and where a name goes on, by the classes of the false persons read
in the seventeenth store sample (``tests/fixtures/persons_judged_store_17.jsonl``) and those
the sixteen before it still held, on sentences of the shared news, and the names that must
stand."""

from __future__ import annotations

import pytest
from conftest import names

from khabar.extract import extract_text

_UNCLE = (
    "مادر رومینا، خاله و شوهر خاله‌اش یک روایت از ماجرا دارند، عموی رومینا روایت دیگری و بهمن "
    "خاوری خواستگار و پسری که او را فراری داد نیز حرف دیگری می‌زند."
)
_RUN_ON_AFTER = (
    "ابعاد و پس‌لرزه‌ای قتل فجیع رومینا اشرفیپس لرزه‌های سیاسی ماجرابا قتل دردناک رومینا "
    "اشرفی، دوباره جای خالی لایحه تأمین امنیت زنان در برابر خشونت مورد توجه قرار گرفت."
)
_RUN_ON_FOUGHT = (
    "مرتضی قربانی فرمانده ویژه لشکر بود.\n"
    "مرتضی قربانیمقتدر و صاحب‌نظر بود؛ از نظر برنامه‌ریزی جنگی در امور استراتژیک."
)
_AREAS = (
    "وی در بازدید میدانی از مناطق بهرام بیگی، بن زرد علیا و سفلی، دشت‌رز، گندی‌خوری، توتنده، "
    "نده، باگ، معصوم‌آباد کریک عنوان کرد: آن چیزی که برای ما مهم است کیفیت کار است."
)
_VILLAGE = (
    "رودخانه در محل پل چم دیوان طغیان و تردد را غیرممکن کرده، پل موقت روستای دلبر سادات نیز "
    "به دلیل حجم بارندگی و شدت آب تخریب شده است."
)
_SAINT = (
    "کانال بریندلی پلیس بیرمنگام، سالن کنسرت ارکستر سمفونیک بیرمنگام، کلیسای خطابه سنت فیلیپ "
    "بیرمنگام، بنای شورای شهر بیرمنگام و موزه جواهرات بیرمنگام برخی از این نقاط دیدنی "
    "بیرمنگام است."
)
_PORT_CITY = (
    "«سالوادور / Salvador de Bahía / Salvador, Bahia» شهری بندری و مرکز ایالت باهیا در برزیل "
    "است.\nسالوادور باهیا را از فراز آسمان باکیفیت 4K تماشا می‌کنید."
)
_COLONEL = (
    "سرهنگ بیل اوربان سخنگوی سنتکام با نشان دادن تصاویری از قایق حمل سلاح افزود: سلاح‌های "
    "ساخت ایران همچنان برای یمنی‌ها ارسال می‌شود.\nاوربان گفت: ما مطمئن هستیم که ایران این "
    "سلاح‌ها را برای حوثی‌ها ارسال می‌کند."
)
_CHIEF_OF_STAFF = (
    "دونالد ترامپ در صحبت با خبرنگاران با پرسشی درباره یک گزارش در خصوص برخورد جان مک انتی، "
    "رییس پرسنل کاخ سفید مواجه شد."
)
_HYPHEN = (
    "این تکنیک که MSDD نامیده می‌شود، توسط فردی به نام مانوئل لاگوناس- سولار و تیم همکار او "
    "در دانشگاه کالیفرنیا ابداع شده است."
)
_BYLINE = (
    "محمد رشیدیان- گروه محیط زیست و گردشگری خبرگزاری فارس، سایت رسمی تغییرات اقلیمی گزارش داد "
    "نمایندگان کشورها هنوز به نتیجه‌ای نرسیده‌اند."
)


def test_a_word_of_kin_in_its_ezafe_names_no_one() -> None:
    assert names(_UNCLE) == ["بهمن خاوری"]


def test_a_suitor_after_a_full_name_ends_it() -> None:
    text = (
        "قتل فجیع رومینا اشرفیبهمن خاوری خواستگار رومینا که او را فراری داد نقش مبهمی داشت.\n"
        "بهمن خاوری همچنین تهدید به فراری دادن رومینا می‌کند."
    )
    assert "بهمن خاوری خواستگار" not in names(text)
    assert "بهمن خاوری" in names(text)


def test_a_friend_of_a_name_of_three_words_stands() -> None:
    assert "فیلیپ دوست بلازی" in names("فیلیپ دوست بلازی وزیر خارجه فرانسه گفت: این مهم است.")


def test_a_word_run_into_a_family_name_the_article_writes_apart_ends_it() -> None:
    persons = extract_text(_RUN_ON_AFTER).persons
    assert [(p.name, len(p.mentions)) for p in persons] == [("رومینا اشرفی", 2)]


def test_a_word_run_into_a_name_ends_it_only_where_the_article_writes_it_apart() -> None:
    persons = extract_text(_RUN_ON_FOUGHT).persons
    assert [(p.name, len(p.mentions)) for p in persons] == [("مرتضی قربانی", 2)]
    assert "مرتضی قربانی" not in names(_RUN_ON_FOUGHT.split("\n")[1])  # no name written apart


@pytest.mark.parametrize("text", [_VILLAGE, _SAINT, _PORT_CITY])
def test_a_place_named_like_a_person_names_no_one(text: str) -> None:
    assert names(text) == []


def test_a_name_after_the_word_of_areas_is_an_areas() -> None:
    assert "بهرام بیگی" not in names(_AREAS)


def test_a_foreign_given_name_that_is_a_word_opens_the_family_name_after_it() -> None:
    assert names(_COLONEL) == ["بیل اوربان"]
    assert "جان مک انتی" in names(_CHIEF_OF_STAFF)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("در پرس و جو مصطفی هادیزاده را در مشهد پیدا کردند.", "مصطفی هادیزاده"),
        (
            "این گروه به رهبری مسلم یوسف شاه ملقب به پیر سید صلاح‌الدین، از سوی جماعت اسلامی "
            "پاکستان راهنمایی می‌شود.",
            "سید صلاح‌الدین",
        ),
    ],
)
def test_a_word_before_a_persian_name_stays_out_of_it(text: str, kept: str) -> None:
    assert kept in names(text)


def test_a_foreign_family_name_goes_on_past_a_hyphen() -> None:
    assert names(_HYPHEN) == ["مانوئل لاگوناس- سولار"]


def test_a_word_of_the_language_past_a_hyphen_is_no_part_of_a_name() -> None:
    assert names(_BYLINE) == ["محمد رشیدیان"]


def test_two_names_the_tagger_joins_by_and_are_two() -> None:
    text = "حاج مالک، سید علاء بن سید ابراهیم و ابو محمد نشسته بودند و می‌خواستند غذا بخورند."
    assert {"سید علاء بن سید ابراهیم", "ابو محمد"} <= set(names(text))
    assert not [n for n in names(text) if " و " in n]


def test_ministries_joined_by_and_name_no_one() -> None:
    text = (
        "در این جلسه که وزرای دادگستری و اطلاعات، دادستان کل کشور، رییس سازمان حفاظت محیط "
        "زیست حضور داشتند، طرح توسعه سواحل مکران بررسی شد."
    )
    assert names(text) == []
