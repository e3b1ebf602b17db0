"""What is no person's name and where a name ends, by the classes of the false persons read in
the eighteenth store sample (``tests/fixtures/persons_judged_store_18.jsonl``), on sentences of
the shared news, and the names that must stand."""

from __future__ import annotations

from conftest import names

_PLAYS = (
    "به گزارش خبرگزاری فارس، نمایش‌های «فرزندان ایران» به کارگردانی سعید باغبانی از همدان، "
    "«نوکی» به کارگردانی سارا بهرامی از سنندج، «حسنی باهوش» به کارگردانی محسن پورقاسمی، "
    "«تعزیه مبارک‌بازی» به کارگردانی محمد عسگری از کرج و «آناق» به کارگردانی مهدی یوسفی از "
    "گنبد توسط هیات داوران پذیرفته شدند."
)
_FILM = (
    "فیلم سینمایی «هیچکاک» به کارگردانی ساچا گرواسی محصول سال 2012 آمریکا است.\n"
    "آنتونی هاپکینز در این فیلم نقش آلفرد هیچکاک را بازی می‌کند."
)
_CLUBS = (
    "احمد هاشمیه امروز در گفت و گو با خبرگزاری فارس افزود: تیم‌های کاشی مریم میبد، هلال "
    "احمر اشکذر، شهرداری ابرکوه، یزد رنگ زارچ، پرسپولیس اردکان، سلمان محمود آباد، شهید "
    "باهنر مهریز، وحدت مجتمع کاشی میبد، فرمانداری خاتم و شهرداری یزد در این رقابت‌ها حضور "
    "خواهد داشت."
)
_TECHNICIAN = (
    "وی در پایان از سید داریوش حسینی مسئول روابط عمومی اورژانس استان و امین بهمنیاری تکنسین "
    "اورژانس تقدیر کرد."
)
_NEWS_TELLS = (
    "پرونده مرگ زهرا کاظمی با نظارت معاون دادستان توسط بازپرس اسماعیلی در جریان تحقیقات "
    "مقدماتی است و آخرین خبر واصله حاکیست، بازپرس مذکور عصر امروز از محل بازجویی و نگهداری "
    "خانم زهرا کاظمی در زندان اوین بازدید نموده است."
)


def test_a_name_alone_in_quotes_before_a_directors_credit_is_a_title() -> None:
    assert "حسنی باهوش" not in names(_PLAYS)
    assert {"سعید باغبانی", "سارا بهرامی", "محسن پورقاسمی", "محمد عسگری"} <= set(names(_PLAYS))


def test_a_title_in_quotes_leaves_the_person_named_so_in_the_story() -> None:
    assert {"ساچا گرواسی", "آلفرد هیچکاک"} <= set(names(_FILM))


def test_a_name_in_quotes_before_other_words_stands() -> None:
    text = "«مایک پمپئو» وزیر خارجه آمریکا در نشستی خبری در کاخ سفید، بار دیگر مدعی شد."
    assert names(text) == ["مایک پمپئو"]


def test_a_name_before_abad_written_apart_is_a_places() -> None:
    assert "سلمان محمود" not in names(_CLUBS)
    assert "احمد هاشمیه" in names(_CLUBS)


def test_a_technician_after_a_name_is_none_of_it() -> None:
    assert names(_TECHNICIAN) == ["امین بهمنیاری", "سید داریوش حسینی"]


def test_the_news_received_tells_names_no_one() -> None:
    assert "واصله حاکیست" not in names(_NEWS_TELLS)
    assert "زهرا کاظمی" in names(_NEWS_TELLS)


def test_a_word_in_earnest_ends_no_name() -> None:
    text = (
        "بانک مرکزی اقداماتی را آغاز کرده است.\n"
        "آقایهمتی بجد در حال فعالیت هستند که با جدیت کار را انجام دهند."
    )
    assert names(text) == []
    assert names("آقای همتی بجد در حال فعالیت هستند.") == ["همتی"]


def test_the_eighth_imams_epithet_names_no_one() -> None:
    text = (
        "جدول رده‌بندی: 1- فولاد مبارکه سپاهان اصفهان 38 امتیاز / 2- ذوب آهن اصفهان 35 امتیاز / "
        "3- صنعت مس کرمان 29 امتیاز / 4- ثامن الحجج سبزوار 26 امتیاز / 5- شهرداری زرند کرمان 20 "
        "امتیاز"
    )
    assert names(text) == []
    kept = "زائران حرم ثامن الائمه علی بن موسی الرضا (ع) در مشهد گرد آمدند و حسن روحانی سخن گفت."
    assert names(kept) == ["حسن روحانی"]
