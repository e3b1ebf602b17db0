"""What is no person's name and where a name ends, by the classes of the false persons read in
the twenty-second store sample (``tests/fixtures/persons_judged_store_22.jsonl``), on sentences
of the shared news, and the names that must stand."""

from __future__ import annotations

from conftest import names

# roozno_data_1102: the sample's line, a girl's age after her given name
_AGE = (
    "بیشتر بخوانید:2 محرک پنهان در قتل رومیناشش نکته در مورد قتل دلخراش رومینا اشرفیسیزده "
    "سؤال درباره قتل رومینا سیزده ساله / یادداشتی از محمد فاضلیوی گفت: سخن گفتن از طلاق، "
    "مردسالاری، قتل‌های ناموسی و امثال این اتفاقات از دید عده‌ای سیاه‌نمایی است."
)
# fars-news-1 item 284: an age before a name, the name after it whole
_AGE_BEFORE = (
    "با برگزاری این آئین، از زحمات سه ساله محمد خداپرست قدردانی شده و سعید شهند به عنوان "
    "مدیرکل جدید محیط زیست استان اردبیل منصوب شد."
)


def test_a_number_word_before_years_old_ends_the_name() -> None:
    assert "رومینا سیزده" not in names(_AGE)
    assert "رومینا" in names(_AGE)
    assert {"محمد خداپرست", "سعید شهند"} <= set(names(_AGE_BEFORE))


# fars-news-5 item 247: the sample's line, a sigh heaved
_SIGH = (
    "می‌گوید: بعد از آزاد سازی سد بوکان، همه دور هم نشسته بودیم و از عملیات و نقاط ضعف و "
    "قوتش می‌گفتیم که ناصر کاظمی آهی کشید، از روی افسوس و گفت: این عملیات هم تمام شد و باز "
    "من شهید نشدم."
)
# tabnak_data_1009: «آهی» a minister's family name, no verb after it
_MINISTER_AHI = (
    "حسنعلی کمال هدایت (نصرالملک)، وزیر پست و تلگراف، باقر کاظمی (مهذب الدوله) وزیر کشور مجید "
    "آهی، وزیر کشاورزی، اقتصاد و خواربار علی‌اصغر حکمت، وزیر بهداری، علی سهیلی، وزیر امور "
    "خارجه عباسقلی گلشائیان، وزیر دادگستری"
)


def test_a_noun_of_the_voice_before_drew_ends_the_name() -> None:
    assert names(_SIGH) == ["ناصر کاظمی"]
    assert "مجید آهی" in names(_MINISTER_AHI)


# tabnak_data_965: the sample's line, a cabinet of titled men under their ministries
_CABINET = (
    "نظام السلطنه رییس الوزرا و وزیر داخله، مشیرالدوله، وزیر خارجه ظفرالسلطنه، وزیر جنگ صنع "
    "الدوله، وزیر مالیه مویدالسلطنه، وزیر عدلیه موتمن الملک، وزیر تجارت مخبرالسلطنه، وزیر علوم "
    "و اوقاف صنیع‌الدوله، وزیر مالیه همچنین سرپرستی وزارت فوائد عامه را نیز برعهده گرفت."
)
# tabnak_data_651: another cabinet, a dash between the ministry and its minister
_CABINET_DASH = (
    "مستوفی‌الممالک، رییس الوزرا و وزیر داخله، نصر‌الملک، وزیر مالیه ذکاء‌الملک، وزیر خارجه "
    "ممتاز‌الملک، وزیر عدلیه – محتشم السلطنه، وزیر معارف سردار سپه، وزیر جنگ."
)


def test_the_ministry_before_a_court_title_is_no_part_of_the_name() -> None:
    assert "موتمن الملک" in names(_CABINET)
    assert not [n for n in names(_CABINET) if "عدلیه" in n]
    assert "محتشم السلطنه" in names(_CABINET_DASH)
    assert not [n for n in names(_CABINET_DASH) if "عدلیه" in n]


# fars-news-3 item 174: the sample's line, bones in a dream
_BONES = (
    "چند روز قبل از شهادتش مادرش خواب دید که چند خانم استخوان‌هایی را در مکانی شبیه جبهه به او "
    "نشان می‌دهند و می‌گویند این‌ها را بردار، این‌ها استخوان‌های پسر توست."
)
# tabnak_data_587 and tabnak_data_1011: family names written with «‌ها»
_FAMILY_HA = (
    "در بخش طراحی گریم، لوح تقدیر و جایزه نقدی به «ماریا حاجی‌ها» برای گریم نمایش «کریم لوژی» "
    "از تهران اهدا شد.\nسعید انصاری موسیقی متن این فیلم را ساخت و سمیه نصیری‌ها این اثر را "
    "تدوین کرد."
)


def test_a_plural_of_a_common_word_alone_names_no_one() -> None:
    assert not names(_BONES)
    assert {"ماریا حاجی\u200cها", "سمیه نصیری\u200cها"} <= set(names(_FAMILY_HA))


# fars-news-2 item 271: the sample's line, the realm defended
_REALM = (
    "هرگونه ستیز با جنبش تحول‌گرایی مسلمانان - که برخاسته از خود اسلام است - جز به صحنه‌کشیدن "
    "نیروهای بیشتر مسلمانان برای دفاع از کیان اسلامی و ناکام‌نهادن دشمنان خشن و مستکبر، "
    "نتیجه‌ای نخواهد داشت."
)
# fars-news-1 item 281: the realm of the Islamic Republic, a word between defence and «از»
_REALM_REPUBLIC = (
    "گوشه‌ای از اقتدار، صلابت و عظمت نیروهای خود را در دفاع مستمر از کیان جمهوی اسلامی ایران "
    "به منصه ظهور بگذارند."
)


def test_the_realm_defended_is_no_one() -> None:
    assert not names(_REALM)
    assert not names(_REALM_REPUBLIC)
    assert names("کیان اسلامی مهاجم تیم گفت که بازی خوبی بود.") == ["کیان اسلامی"]


# fars-news-2 item 271: the sample's line, a verse of trust in God (Ibrahim 12)
_VERSE = (
    "(آل‌عمران/80) [xiv] و مالنا الا نتوکل علی الله و قد هدینا سبلنا و لنصبرن علی ما اذیتمونا "
    "و علی الله فلیتوکل المتوکلون."
)


def test_a_verse_of_trust_in_god_holds_no_name() -> None:
    assert not names(_VERSE)
