"""Words read as names that are none, by the classes of the false persons read in the
twenty-seventh store sample (``tests/fixtures/persons_judged_store_27.jsonl``), on sentences of
the shared news, and the names that must stand."""

from __future__ import annotations

from conftest import names

from khabar.extract.no_name_words import at_no_name_edge, names_no_one

# fars-news-4 item 175: the sample's line, «آقایان» (the gentlemen) said again alone
_GENTLEMEN = (
    "به نظر من، اولین کار فعال کردن مراکز تولیدی معطل مانده موثر است که کار سختی نیست؛ کاملا "
    "این امر قابل اجراست. آقایان می‌گویند ما افزایش نقدینگی داریم و همگی نسبت به رشد نقدینگی "
    "نگران هستند، از انطرف به کارخانه تولیدی مراجعه می‌کنیم همگی مشکل نقدینگی دارند که این باید "
    "حل شود. این عجیب است، جایی که باید نقدینگی به آن سمت برود تا تولید شود، فریاد بلندی دارند "
    "و از سوی دیگر همگی از رشد نقدینگی گله‌مند هستند. این قابلیت مدیریت است. به نظر من، حلقه "
    "مفقوده در این مسئله مدیریت است چون رشد نقدینگی را داریم و کارخانه تولیدی ما نیز گرفتار "
    "است، پس این کار کاملا امکان‌پذیر است."
)
# roozno_data_71: the sample's line, «مرحوم والد ما» (our late father)
_FATHER = (
    "شخصیتی به مرحوم والد ما(قدس سره) عرض کرد من فردا با ایشان ملاقات دارم شما مطلبی ندارید "
    "به او بگویم؟"
)
# roozno_data_265: the sample's line, «تحرکات» (movements) of a garbled epithet
_MOVEMENTS = (
    "بویژه آنکه سفر وی همزمان شد با چهلمین روز شهادت مهندس تحرکات ایران در منطقه، سردار قاسم "
    "سلیمانی و ابو مهدی المهندس."
)
# roozno_data_656: the sample's line, Anglo-Saxon law
_ANGLO_SAXON = (
    "همچنین ایدئولوژی سیاست خارجی ایران مدون و مکتوب است ولی ایدئولوژی آمریکا، به‌مانند حقوق "
    "آنگلو ساکسون؛ غیرمدون(common)."
)
# roozno_data_285: the sample's line; roozno_data_934: «رجاء واثق داریم», we firmly hope
_FIRM_HOPE = (
    "او پیام خود نوشت: رجاء واثق دارم انتخابات دوم اسفند ماه سال ۹۸ با حضور پرشور و حداکثری "
    "ملت ایران، رژیم تروریستی آمریکا را به عنوان محور شرارت و خصومت ورزی علیه انقلاب و میهن "
    "اسلامی به محاق و بن‌بست راهبردی خواهد برد."
)
_FIRM_HOPE_WE = (
    "رجاء واثق داریم که «این نیز بگذرد» لیکن در اوضاع کنونی پاندمی ویروس کرونا همه باید در "
    "خانه بمانند."
)


def test_the_gentlemen_and_a_father_name_no_one() -> None:
    assert "آقایان" not in names(_GENTLEMEN)
    assert names(_FATHER) == []


def test_movements_name_no_one() -> None:
    assert names(_MOVEMENTS) == ["ابو مهدی المهندس", "قاسم سلیمانی"]


def test_a_source_cited_with_see_names_no_one() -> None:
    # fars-news-2 item 271: «رک: علی ذوعلم: انقلاب و ارزش‌ها», «ر.ک.», see, before each source
    assert names_no_one("رک")
    assert names("رک: علی ذوعلم: انقلاب و ارزش‌ها، تهران، پژوهشگاه فرهنگ و اندیشه اسلامی") == [
        "علی ذوعلم"
    ]


def test_anglo_opens_no_name() -> None:
    assert names(_ANGLO_SAXON) == []
    assert at_no_name_edge(["آنگلو", "ساکسون"])


def test_firm_hope_is_no_name_and_al_wathiq_stands() -> None:
    assert names(_FIRM_HOPE) == []
    assert names(_FIRM_HOPE_WE) == []
    # tabnak_data_940: «مأمون و پس از او معتصم و واثق عباسی», the caliph al-Wathiq, stands
    assert not at_no_name_edge(["واثق", "عباسی"])
