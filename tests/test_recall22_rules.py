"""The rules of the twenty-second persons-recall sample (``persons_recall_dev_22.jsonl``), on
its own sentences and on shared articles outside it: world figures named by one name or a
patronymic alone (``foreign_figures.tsv``: «صدام», «بن سلمان», «پامپئو»), a given name the
lists lacked (``first_names.tsv``: «ماشاءالله», ambiguous), and a noun of time before «که» that
a name ran on into (``extract/name_verbs.py``)."""

from __future__ import annotations

from conftest import persons

from khabar.extract import extract_text


def test_saddam_alone_is_a_person() -> None:
    # fars-3_1, the sample's
    text = (
        "وي با اشاره به حضور آمريكا درعراق خاطر نشان كرد : ما نه صدام را قبول داشتيم و نه "
        "خواهان حضور آمريكا در عراق بوديم."
    )
    assert persons(text)["صدام"] == ["صدام"]
    # tabnak_688
    text = "با مسئولیت آمریکا بود که با عربستان صد‌ها میلیارد دلار به صدام کمک کردند."
    assert persons(text)["صدام"] == ["صدام"]


def test_saddam_lends_no_family_name_to_another() -> None:
    # fars-news-1 (Saddam's trial): «حسین» of «حسین مفید» is no Saddam's
    text = (
        "خبرگزاری فارس: رییس دیوان عالی کشور و دادستان کل کشور با تاکید بر ضرورت محاکمه عادلانه "
        "صدام در عراق تاکید کردند: عدم اشاره این کیفرخواست به جنایات وی علیه ایران در طول 8 سال "
        "جنگ تحمیلی مضحک است.\nبه گزارش خبرگزاری فارس به نقل از نشریه داخلی قوه قضائیه، حسین "
        "مفید در توضیح یکی از ضروریاتی که در بحث ایجاد دیوان کیفری اسلامی نمایان است، به "
        "کیفرخواست غیرعادلانه و غیرمنصفانه صادره درباره صدام اشاره کرد و گفت: دادستان کل کشور "
        "وظیفه جمع‌آوری این مدارک را بر عهده دارد و درصدد تهیه کیفرخواست جامعی علیه صدام و "
        "جنایات اوست."
    )
    found = persons(text)
    assert found["حسین مفید"] == ["حسین مفید"]
    assert set(found["صدام"]) == {"صدام"}


def test_bin_salman_alone_is_the_crown_prince() -> None:
    # roozno_484, the sample's: named in full before
    text = (
        "تحولات اخیر باعث شده است که شاخه خاندان ملک سلمان و محمد بن سلمان ولی‌عهد به کودتا "
        "حساس شده باشند.\nبازداشت این دو شاهزاده در زمانی صورت می‌گیرد که از یک سو بن سلمان "
        "طی روزهای اخیر تصمیمات یکجانبه بی‌سابقه‌ای اتخاذ کرده است."
    )
    assert persons(text)["محمد بن سلمان"] == ["محمد بن سلمان", "بن سلمان"]
    # tabnak_212, never named in full
    text = (
        "واکنش ترامپ به سخنان ظریف درباره مذاکره با آمریکا، جدیدترین موضع‌گیری خصمانه بن سلمان "
        "علیه ایران و عصبانیت رسانه‌های سعودی، از جمله مهم‌ترین عناوین بود."
    )
    assert "بن سلمان" in persons(text)


def test_pompeo_spelt_with_alef() -> None:
    # tabnak_1518: no place
    doc = extract_text("این معافیت‌ها تا قبل از اعلام اخیر پامپئو هر بار تمدید شده بود.")
    assert [p.name for p in doc.persons] == ["پامپئو"]
    assert not doc.places


def test_mashallah_before_a_family_name() -> None:
    # fars-1_120, the sample's, in Arabic letters
    text = (
        "به گزارش فارس به نقل از پايگاه اطلاع‌رساني بانك توسعه تعاون، ماشاء‌الله عظيمي در مراسم "
        "امضاي تفاهم‌نامه همكاري اظهار داشت: تفاهم‌نامه به امضاء رسيده است."
    )
    assert persons(text)["ماشاء\u200cالله عظیمی"] == ["ماشاء\u200cالله عظیمی"]
    # tabnak_797, in a list of names
    text = (
        "جواد شیدائیان، محسن محمدی، ابراهیم عباسعلی زاده، ماشاءاله شاهمردانی، فرهاد شریفی در "
        "این مراسم حضور داشتند."
    )
    assert "ماشاءاله شاهمردانی" in persons(text)


def test_mashallah_the_interjection_is_no_name() -> None:
    # roozno_628
    text = "در این بین بازار شایعات در فضای مجازی هم که ماشاالله داغ تر از همیشه است."
    assert not persons(text)


def test_a_name_ends_before_when() -> None:
    # roozno_484, the sample's
    text = (
        "بلومبرگ همچنین گزارش داد که شاهزاده احمد بن عبدالعزیز و محمد بن نایف زمانی که هر دو "
        "در سفری زمینی با یکدیگر بودند بازداشت شدند."
    )
    assert persons(text)["محمد بن نایف"] == ["محمد بن نایف"]


def test_officially_follows_a_name_and_is_none_of_it() -> None:
    # roozno_131: «صدام | رسما اعلام کرد»
    text = (
        "لذا جنگ را به ما تحمیل کردند.\nصدام رسما اعلام کرد که ظرف هفت روز به تهران می‌آید.\n"
        "سیدحسن نصرالله رسما اعلام کرد."
    )
    found = persons(text)
    assert found["صدام"] == ["صدام"]
    assert "سیدحسن نصرالله" in found and not [n for n in found if "رسما" in n]


def test_the_family_name_zamani_before_that_stays() -> None:
    assert "سید علی زمانی" in persons(
        "به گزارش فارس، سید علی زمانی که رئیس این اداره است گفت: کار تمام شد."
    )
    assert "علی زمانی" in persons("علی زمانی که رئیس این اداره است گفت: کار تمام شد.")


def test_a_counterpart_speaks_not_the_figure() -> None:
    # tabnak_413: Pompeo's Uzbek counterpart says it
    text = (
        "مایک پامپئو، وزیر امور خارجه آمریکا دوشنبه به ازبکستان سفر کرد.\n"
        "همتای ازبکستانی پامپئو دوشنبه در پاسخ به سوال خبرنگاران گفت که کشورش امید دارد که از "
        '"پیامدهای سیاسی نامطلوب" آن خودداری کند.'
    )
    doc = extract_text(text)
    assert doc.quotes and all(q.speaker is None for q in doc.quotes)


def test_a_title_and_a_stray_zwnj_are_left_out_of_a_mention() -> None:
    # tabnak_392, the sample's: «توسط امام ‌خميني (ره)», a ZWNJ opening the family name
    from khabar.evaluate_recall import _untitled

    text = "توسط امام \u200cخميني (ره)"
    start = text.index("امام")
    end = text.index(" (")
    assert text[slice(*_untitled(text, start, end))] == "خميني"
