"""The rules of the fifteenth quotes-recall sample (``quotes_dev_15``): an almanac's entry
opened by its date, whose post alone is named in the entry's next sentence; «بر ... تاکید» whose
light verb the next verb of saying shares; a list of names announced, which says nothing. On
the sample's own sentences and on sentences of other shared articles."""

from __future__ import annotations

from khabar.extract import extract_text

# the sample's tabnak_482: an almanac's entry, its post named in the next sentence
_ENTRY = (
    "18 بهمن 1393، عضو کمیسیون برنامه و بودجه مجلس گفت: در مصوبه کمیسیون تلفیق اندازه خانوار"
    " برای دریافت یارانه مشخص نیست اما در عین حال پزشکان، وکلا، قضات و استادان دانشگاه از لیست"
    " پرداخت یارانه نقدی در سال آینده حذف خواهند شد.\n"
    "جعفر قادری در مورد تعیین سقف ۵/ ۲ میلیون تومان درآمد و مشمولان یارانه‌بگیر، گفت: البته"
    " این مصوبه اشکالاتی دارد و اینکه بعد خانوار مشخص نشده است.\n"
)
# tabnak_201
_SPOKESMAN = (
    "6 بهمن 1397، سخنگوی قوه‌قضائیه، از ادامه ممنوع‌الخروجی ولی‌الله سیف رئیس‌کل سابق بانک"
    " مرکزی خبر داد.\n"
    "غلامحسین محسنی‌اژه‌ای با اشاره به پرونده‌های اخیر فساد اقتصادی و پرونده سالار آقاخان گفت:"
    " پرونده این فرد به دادگاه رفته بود.\n"
)
# the same entry's next sentence another's item, dated: nobody names the post
_NEXT_ITEM = (
    "18 بهمن 1393، عضو کمیسیون برنامه و بودجه مجلس گفت: در مصوبه کمیسیون تلفیق اندازه خانوار"
    " برای دریافت یارانه مشخص نیست.\n"
    "18 بهمن 1395، تویوتا اعلام کرد سود خالص این شرکت در ۹ ماه منتهی به دسامبر کاهش یافته است.\n"
)

# the sample's roozno_382: «تاکید» shares «کرد» of «خاطرنشان کرد»
_STRESSED = (
    "علی ربیعی سخنگوی دولت در این نشست سخن گفت. وی همچنین بر لزوم پرداخت بدهی‌های واحدهای"
    " تولیدکننده تاکید و خاطرنشان کرد: پنج هزار میلیارد تومان برای پرداخت بدهی‌های این حوزه از"
    " سوی سازمان تامین اجتماعی تقبل شده است."
)
# tabnak_1604
_TUELLER = (
    "به گزارش «تابناک»؛ متیو تولر، سفیر آمریکا در بغداد بر همکاری کشورش با عراق در قالب"
    " توافقنامه چارچوب استراتژیک امضا شده میان دو کشور تأکید و اعلام کرد، در مذاکرات استراتژیک"
    " میان دو طرف در ماه ژوئن همه مسائل سیاسی، اقتصادی، فرهنگی، آموزشی و علمی بررسی خواهد شد."
)

# the sample's tabnak_482, and fars-5_134 (judged «a list of names sent, no statement» by the
# first draw of quotes with no speaker; no article of the shared news outside the samples holds
# a list announced): the names of a cabinet and of a team announced
_CABINET = "18 بهمن ۱۳57، بازرگان اسامی ۱۲ عضو «کابینه انقلابی» را اعلام کرد."
_TEAM = (
    "تیم دوومیدانی ترکمنستان برای شرکت در این دوره از مسابقات اسامی 10 ورزشکار مرد و شش ورزشکار"
    " زن را به فدراسیون ایران اعلام کرده است."
)
# an announcement that is a statement stays one (the fourteenth sample's tabnak_755)
_FIGURE = (
    "وزارت امور اقتصادی و دارایی در گزارشی رقم بدهی دولت و شرکت‌های دولتی را تا دی ماه 95، ۷۰۰"
    " هزار میلیارد تومان اعلام کرد."
)


def _quotes(text: str) -> list[tuple[str, str, str | None]]:
    doc = extract_text(text)
    return [(q.kind, " ".join(doc.span_text(q.span).split()[:3]), q.speaker) for q in doc.quotes]


def test_the_post_opening_a_dated_entry_is_the_one_its_next_sentence_names() -> None:
    assert _quotes(_ENTRY) == [
        ("direct", "در مصوبه کمیسیون", "جعفر قادری"),
        ("direct", "البته این مصوبه", "جعفر قادری"),
    ]
    assert [speaker for _, _, speaker in _quotes(_SPOKESMAN)] == ["غلامحسین محسنی‌اژه‌ای"] * 2


def test_a_dated_entry_before_another_entry_names_nobody() -> None:
    assert [speaker for _, _, speaker in _quotes(_NEXT_ITEM)] == [None, None]


def test_what_was_stressed_before_a_verb_sharing_its_light_verb_is_said() -> None:
    assert _quotes(_STRESSED) == [
        ("indirect", "لزوم پرداخت بدهی‌های", "علی ربیعی"),
        ("direct", "پنج هزار میلیارد", "علی ربیعی"),
    ]
    assert _quotes(_TUELLER) == [
        ("indirect", "همکاری کشورش با", "متیو تولر"),
        ("direct", "در مذاکرات استراتژیک", "متیو تولر"),
    ]


def test_a_list_of_names_announced_says_nothing() -> None:
    assert _quotes(_CABINET) == []
    assert _quotes(_TEAM) == []
    assert [kind for kind, _, _ in _quotes(_FIGURE)] == ["indirect"]
