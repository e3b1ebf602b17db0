"""Outlets and bodies that speak, named before or through their reporter, in sentences of the
shared news and of the sixth and seventh judged speakers samples (cut to the lines that
matter)."""

from __future__ import annotations

from conftest import said

from khabar.extract import extract_text


def test_an_outlet_s_reporter_speaks_for_the_outlet() -> None:
    # tabnak_125 of the sixth sample
    assert said(
        "تظاهرات میلیونی در بغداد\n"
        "خبرنگار المیادین از میدان التحریر گزارش داد که پیام این تظاهرات میلیونی ضد آمریکایی "
        "مردم عراق این است که گروه‌های مقاومت از پایگاه مردمی برخوردار هستند."
    ) == [(None, "المیادین")]


def test_a_source_s_reporter_is_no_subject() -> None:
    # fars-4_132 of the gold's tune part: the subject follows the source
    assert said(
        "ایجاد کمیته برای ساماندهی رسانه‌های مجازی\n"
        "به گزارش خبرنگار حوزه دولت خبرگزاری فارس عبدالرضا رحمانی فضلی وزیر کشور درباره سی و "
        "سومین جلسه ستاد اطلاع رسانی اظهار داشت: در این جلسه مقرر شد تا کمیته ای تشکیل شود."
    ) == [("عبدالرضا رحمانی فضلی", None)]


def test_an_observatory_is_a_body_that_speaks() -> None:
    # tabnak_1087 of the sixth sample
    assert said(
        "اعزام شبه‌نظامیان به لیبی\n"
        "دیده‌بان حقوق بشر سوریه همچنین گفت: «طی مدت گذشته تعداد افراد مسلحی که به طرابلس "
        "رسیدند به ۴ هزار و ۷۵۰ تن افزایش یافته است»."
    ) == [(None, "دیده‌بان حقوق بشر سوریه")]


def test_this_paper_is_the_paper_named_last_even_spoken_to() -> None:
    # roozno_1103 of the shared news
    quotes = said(
        "معافیت‌های هسته‌ای\n"
        "کارشناسان مبارزه با اشاعه تسلیحات هسته‌ای به روزنامه «واشینگتن‌پست» گفته‌اند، گروهی از "
        "قانونگذاران آمریکایی در تلاشند که فشارها بر ایران را افزایش دهند.\n"
        "این روزنامه آمریکایی می‌گوید هنوز معلوم نیست آیا شرکت‌های روسی و چینی همکاری با ایران "
        "را ادامه می‌دهند."
    )
    assert quotes[-1] == (None, "روزنامه واشینگتن‌پست")


def test_this_agency_is_not_the_one_that_relays_another() -> None:
    # tabnak_177 of the shared news: «مهربه» run together with «به»
    quotes = said(
        "سقوط بالگرد\n"
        "به گزارش خبرگزاری مهربه نقل از یورونیوز، یک فروند بالگرد متعلق به نیروی دریایی ارتش "
        "آمریکا در دریای فیلیپین سقوط کرد.\n"
        "بر اساس اعلام این خبرگزاری، فرماندهی ناوگان هفتم نیروی دریایی ارتش آمریکا با صدور "
        "بیانیه‌ای اعلام کرد که جستجو ادامه دارد."
    )
    assert all(org != "خبرگزاری مهربه نقل" for _, org in quotes)


def test_a_paper_described_by_its_country_is_not_named() -> None:
    # tabnak_714 of the shared news
    quotes = said(
        "گروه نجباء\n"
        "روزنامه اسرائیلی سپس در معرفی نجباء اضافه می‌کند: این گروه با حضور نیروهای خارجی در "
        "عراق مخالف است.\n"
        "این روزنامه صهیونیستی آورده است: آمریکا به دلیل نزدیکی نجباء با ایران آن‌ها را هدف "
        "قرار داده است."
    )
    assert quotes[-1][1] != "روزنامه اسرائیلی"


def test_a_company_past_an_example_s_lead_in() -> None:
    # roozno_445 of the seventh sample
    assert said(
        "شیوع کرونا و اقتصاد جهان\n"
        "به گونه مثال، شرکت کارگومتریکس که مقر آن در ایالت بوستون در ایالات متحده است، اظهار "
        "داشته است که واردات چین از ۷ تا ۱۷ ماه فوری جاری حدود ۲۷ درصد کاهش یافته است."
    ) == [(None, "شرکت کارگومتریکس")]


def test_an_outlet_spelled_another_way_is_the_outlet_not_a_person() -> None:
    # tabnak_1681 and tabnak_1651 of the shared news (their quotes had gone to a person
    # «فارن پالسی»), roozno_1195, roozno_468
    found = said(
        "نشریه فارن پالسی آمریکا حالا در یک گزارش جدید، از مرگ احتمالی رهبران طالبان صحبت کرده"
        " است.\n"
        "فارن پالسی در گزارش جدیدی نوشت، یک مقام ارشد افغان گفته است: تقریبا تمامی رهبران"
        " طالبان در شهر دوحه این ویروس را گرفته‌اند.\n"
        "یک مقام ارشد در دولت افغانستان اظهار کرد، دیگر رهبران طالبان نیز به بیماری"
        " کروناویروس مبتلا شده‌اند.\n"
        "این مقام که نامش را فاش نکرد گفت: تقریبا همه رهبران طالبان در شهر دوحه این ویروس را"
        " دارند."
    )
    assert [speaker for speaker, _ in found] == [None] * len(found)
    assert (None, "فارن پالیسی") in found
    for text in (
        "استیفن جانسون در فارین پالیسی نوشت: فعال‌سازی مجدد اتحادهای قدیمی آسان نیست.",
        'نشریه "فارین پالسی" نیز در گزارشی می‌نویسد: "المپیک توکیو در معرض خطر است.',
    ):
        doc = extract_text(text)
        assert not [p for p in doc.persons if "پالیسی" in p.name or "پالسی" in p.name]


def test_a_foreign_paper_named_alone_is_no_person() -> None:
    # fars-news-1 of the shared news (its quote had gone to a person «وورلد تریبیون»)
    doc = extract_text(
        "وورلد تریبیون گزارش داد/ سامانه جدید رژیم صهیونیستی با هزینه 750 میلیون دلار برای"
        " مقابله با تونل‌های مقاومت روزنامه «وورلد تریبیون» از ساخت سامانه جدید رژیم صهیونیستی"
        " برای مقابله با تونل‌های حماس خبر داد."
    )
    assert not doc.persons
    assert [q.speaker for q in doc.quotes] == [None] * len(doc.quotes)


def test_a_listed_outlet_the_tagger_calls_a_person_is_the_outlet() -> None:
    # tabnak_770 of the shared news (its three quotes had gone to a person «رویترز»)
    doc = extract_text(
        "به گزارش رویترز، ۱۰۹ نظامی آمریکا دچار جراحت آسیب مغزی شده‌اند.\n"
        "ترامپ در ابتدا مدعی شد که آسیب مغزی چیز مهمی نیست و بیشتر شبیه به یک «سردرد» است.\n"
        "رویترز ادامه داد، با این حال، روز بعد از حمله همه چیز متفاوت بود.\n"
        "رویترز ادامه داد، دست‌کم یازده موشک به پایگاه عین الأسد برخورد کرد."
    )
    assert "رویترز" not in {p.name for p in doc.persons}
    assert [q.speaker for q in doc.quotes if q.verb == "ادامه داد"] == [None, None]
