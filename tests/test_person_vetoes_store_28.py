"""Words of the sentence read as names that are none, by the classes of the false persons read
in the twenty-eighth store sample (``tests/fixtures/persons_judged_store_28.jsonl``), on
sentences of the shared news, and the names that must stand."""

from __future__ import annotations

from conftest import names

from khabar.extract import lexicons as lx
from khabar.extract.no_name_words import at_no_name_edge, follows_name

# roozno_data_131: the sample's lines, an advance to the Khor Abdullah and the plain of Abbas
_ADVANCE = (
    "سه کیلومتر آنجا ماموریت سردار سلیمانی بود که الحمدلله شب 21 بهمن سال 64 عمل کردند تمام "
    "خطوط دشمن را گرفتند و نیروهای دشمن را اسیر کردند و تا ساحل خور عبدالله پیشروی کردند."
)
_PLAIN = (
    "(همین‌که از اندیمشک وارد منطقه دشت عباس دهلران می‌شوید و به سمت مرز می‌روید ارتفاعات سر "
    "به فلک کشیده‌ای می‌بینید که به آن دالپری و منطقه مورموری می‌گویند.)"
)
# tabnak_data_67: «... whenever the Syrian army and its allies advanced ...»
_ARMY = (
    "هرگاه ارتش سوریه و متحدان آن در جبهه‌های نبرد پیشروی کردند، اعضای شورای امنیت دست به "
    "پرونده‌سازی با هدف جلوگیری از این پیشروی زدند و جلساتی تشکیل دادند."
)
# roozno_data_918: Dehloran's MP, named before the town
_DEHLORAN_MP = (
    "شادمهر کاظم‌زاده نماینده دهلران نیز یکی دیگر از نمایندگانی بود که مخالف با تعطیلی کشور و "
    "قرنطینه آن به علت شیوع کرونا بود."
)
# fars-news-2 item 195: printed, the sample's line and the article's other
_PRINTED = (
    "به گزارش خبرگزاری فارس از تبریز به نقل از روابط عمومی اداره کل فرهنگ و ارشاد اسلامی آ"
    'ذربایجان‌شرقی، کتاب "دلدادگان توحید" پژوهشی پیرامون زندگانی، آثار و اندیشه‌های علامه '
    "طباطبایی، علامه امینی، علامه جعفری، آیت‌الله ملکی تبریزی و آیت‌الله سید علی قاضی است "
    'که توسط انتشارات "دارالکتب الاسلامیه" تهران به زیور طبع آراسته شده است.'
)
_PRINTED_WORKS = (
    "وی ده‌ها اثر تالیفی و تحقیق را به زیور طبع آراسته است که از ان جمله می‌توان به کتاب‌ه"
    'ای "هفت شهر عشق"، "سودای عشق"، "عبادت احرار"، "کیمیای هستی"، "ستارگان هدایت"، "شمع شب'
    '‌افروز"، "زلف دلاویز"، "خاکیان عرش نشین"، "کاروان عشق"، "عابد خلوت‌نشین"، "وصف خورشید'
    '"، "علی (ع) در آینه علی"، "گوهرهای سیر و سلوک" و ... اشاره کرد.'
)
# roozno_data_1127: documentary bills, the sample's line
_BILLS = "مقدار زیادی از برات اسنادی رفع تعهد نشده و جنبه کیفری دارد."
# roozno_data_894: the premiership of al-Abadi, the sample's line
_PREMIERSHIP = "الکاظمی در سال 2016، در زمان نخست‌وزیری العبادی، عهده‌دار ریاست دستگاه اطلاعات شد."
# fars-news-2 item 22: a story's man, who clung and looked on hopelessly
_CLUNG = "کودک خودش را به پاهای رضا چسباند."
_HOPELESSLY = (
    "رضا ناامیدانه به پسرک نگاه می‌کرد تا وقتی که در انتهای کوچه ناپدید شد به طرف خانه خودش "
    "رفت، در زد."
)
# tabnak_data_695: the sample's line, a steward of Khorasan's finance in 1930
_STEWARD = "28 بهمن 1309، همایون سیاح پیشکار دارایی خراسان به معاونت وزارت مالیه معرفی شد."


def test_an_advance_and_a_town_end_no_name() -> None:
    assert names(_ADVANCE) == ["سلیمانی"]
    assert names(_PLAIN) == []
    assert at_no_name_edge(["عبدالله", "پیشروی"])
    assert at_no_name_edge(["عباس", "دهلران"])
    # tabnak_data_67: an army advanced, no one named
    assert names(_ARMY) == []


def test_dehloran_s_mp_stands() -> None:
    assert names(_DEHLORAN_MP) == ["شادمهر کاظم‌زاده"]


def test_printing_and_bills_name_no_one() -> None:
    found = names(_PRINTED)
    assert "زیور طبع" not in found
    assert {"طباطبایی", "امینی", "جعفری", "ملکی تبریزی"} <= set(found)
    assert names(_PRINTED_WORKS) == []
    assert names(_BILLS) == []


def test_a_premiership_opens_no_name() -> None:
    assert "نخست‌وزیری العبادی" not in names(_PREMIERSHIP)
    assert at_no_name_edge([lx.key("نخست‌وزیری"), lx.key("العبادی")])


def test_a_verb_an_adverb_and_a_post_follow_a_name() -> None:
    assert follows_name("چسباند") and follows_name("ناامیدانه") and follows_name("پیشکار")
    assert "رضا چسباند" not in names(_CLUNG)
    assert "رضا ناامیدانه" not in names(_HOPELESSLY)
    assert names(_STEWARD) == ["همایون سیاح"]
