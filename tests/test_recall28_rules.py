"""The rules of the twenty-eighth persons-recall sample (``persons_recall_dev_28.jsonl``), on
its own sentences and on shared articles outside it: a listed given name written another way
the list knows («اسداله», «اسدالله») names one person with the same family name
(``people.spelled_person_key``); «بندر بن سلطان» is a listed figure (``foreign_figures.tsv``)
whose «بندر», before «بن», opens no port's name (``no_name_words._son_of``)."""

from __future__ import annotations

from conftest import persons


def test_two_spellings_of_a_given_name_are_one_person() -> None:
    # roozno_26, the sample's: the judge with «اسدالله», then «اسداله», then by his family
    # name of two words alone, which named neither while they were two
    text = (
        "جلسه رسیدگی به پرونده بانک سرمایه در شعبه سوم دادگاه ویژه جرایم اقتصادی و به ریاست "
        "قاضی اسدالله مسعودی مقام آغاز شد.\n"
        "قاضی اسداله مسعودی مقام روز شنبه در نخستین جلسه دور پنجم دادگاه گفت: جلسه دادرسی به "
        "پرونده داریوش امان کی یکانی رسیدگی می‌شود.\n"
        "پس از آن قاضی مسعودی مقام از امیر رسول قهرمانی نماینده دادستان خواست تا کیفرخواست "
        "پرونده را قرائت کند."
    )
    found = persons(text)
    assert found["اسدالله مسعودی مقام"] == [
        "اسدالله مسعودی مقام",
        "اسداله مسعودی مقام",
        "مسعودی مقام",
    ]
    assert "اسداله مسعودی مقام" not in found
    # roozno_297 (in judged samples, in no persons-recall sample): a former councillor as
    # «رحمت‌الله», then twice as «رحمت‌اله»
    text = (
        "سال گذشته رحمت‌الله حافظی، عضو سابق شورای شهر از ناپدید شدن ۲۸ میلیارد تومان پول از "
        "این صندوق خبر داد.\n"
        "رحمت‌اله حافظی، عضو سابق شورای شهر تهران سابقه پررنگی در افشاکردن تخلفات قالیباف در "
        "سال‌های پیش از ۹۲ دارد."
    )
    found = persons(text)
    assert found["رحمت‌الله حافظی"] == ["رحمت‌الله حافظی", "رحمت‌اله حافظی"]
    assert len(found) == 1


def test_a_name_keeps_the_spelling_it_is_written_in() -> None:
    # one spelling alone: the person is named as the text writes them, not as the list does
    found = persons("داود میرباقری کارگردان سریال گفت: این کار ادامه دارد.")
    assert found["داود میرباقری"] == ["داود میرباقری"]


def test_bandar_bin_sultan_is_a_man_not_a_port() -> None:
    # tabnak_1094, the sample's: a prince named by his whole lineage, «سلطان» his grandfather's
    # name and no title before «بن عبدالعزیز», which had gone to the king
    text = (
        "این مراسم با حضور شاهزاده خالد بن بندر بن سلطان بن عبدالعزیز سفیر عربستان در انگلیس، "
        "شاهزاده فیصل بن فرحان بن عبدالله وزیر امور خارجه برگزار شد."
    )
    found = persons(text)
    assert found["خالد بن بندر بن سلطان بن عبدالعزیز"] == ["خالد بن بندر بن سلطان بن عبدالعزیز"]
    assert "خالد بن" not in found
    # roozno_222 (in judged samples, in no persons-recall sample): Bandar himself, in
    # guillemets and not, found nowhere before
    text = (
        "دو سال از تحصیلاتش در دانشگاه تگزاس نگذشته بود که «بندر بن سلطان» سفیر وقت سعودی در "
        "واشنگتن او را به عنوان دستیارش در امور کنگره آمریکا تعیین کرد.\n"
        "در آن مقطع بندر بن سلطان سفیر عربستان در ایالات متحده بود."
    )
    assert persons(text)["بندر بن سلطان"] == ["بندر بن سلطان", "بندر بن سلطان"]
    # tabnak_1057 (in judged samples): his daughter, the ambassador, whole
    text = (
        "به گزارش ایسنا، به نقل از روسیا الیوم، ریما بنت بندر بن سلطان، سفیر عربستان در آمریکا "
        "در مصاحبه‌ای با آسوشیتدپرس گفت که نامزدها موضع خود را تغییر می‌دهند."
    )
    assert persons(text)["ریما بنت بندر بن سلطان"] == ["ریما بنت بندر بن سلطان"]


def test_a_port_stays_a_place() -> None:
    # after roozno_1049, the sample's (its port, without guillemets): «بندر» before a place's
    # name and no «بن» still opens the port's name
    text = "کشتی حامل سوخت ایران در بندر ال پالیتو ونزوئلا پهلو گرفت."
    assert not any("بندر" in name for name in persons(text))
