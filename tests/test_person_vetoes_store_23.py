"""Where a name ends, by the classes of the false persons read in the twenty-third store sample
(``tests/fixtures/persons_judged_store_23.jsonl``), on sentences of the shared news, and the
names that must stand."""

from __future__ import annotations

from conftest import names

# tabnak_data_424: the sample's line, a champion of the games to be
_CHAMPION = "مطمئن باشید اگر روزی علی داودی قهرمان المپیک شود، برادرش خیلی برای او زحمت‌کشیده است."
# tabnak_data_703: a champion of two rounds
_CHAMPION_TWICE = (
    "تلخ‌ترین نمونه این اتفاقات، فوت مرحوم روح‌الله داداشی قهرمان دو دوره مسابقات مردان آهنین "
    "بود که با ضربات چاقو به قتل رسید."
)
# tabnak_data_653: a champion after a foreign name, which the name never took in
_CHAMPION_FOREIGN = (
    "وی در دومین مبارزه مقابل عبدالرشید سعدالله یف قهرمان جهان و المپیک از روسیه با نتیجه ۹ "
    "بر ۴ شکست خورد."
)


def test_a_champion_of_a_contest_or_a_count_ends_the_name() -> None:
    assert names(_CHAMPION) == ["علی داودی"]
    assert names(_CHAMPION_TWICE) == ["روح\u200cالله داداشی"]
    assert "عبدالرشید سعدالله یف" in names(_CHAMPION_FOREIGN)
    # a given and a family name «قهرمان», two words, before a reporting verb
    assert names("حسین قهرمان گفت: تیم ما آماده است.") == ["حسین قهرمان"]


# fars-news-1 item 201: the sample's line, a federation's referees after a name in its list
_REFEREES = (
    "مردانی، رئیس کمیته داوران، مهربان، سعیدی، یزدانی، خیری‌پور و جواد سلیمی داوران، ویشگاهی، "
    "حسن بیگی، پورشیب، پگاه زنگنه و علی مردانی کاراته کارانی هستند که در این لیست قرار "
    "گرفته‌اند."
)
# roozno_data_106: the jury after a name, which the name never took in
_JURY = (
    "در بخش بهترین جلوه‌های ویژه میدانی با اعلام سعید راد از اعضای هیأت داوران، سیمرغ بلورین به "
    "محسن روزبهانی برای «روز صفر» اهدا شد."
)


def test_referees_after_a_name_are_no_part_of_it() -> None:
    found = names(_REFEREES)
    assert "جواد سلیمی" in found
    assert not [n for n in found if "داوران" in n]
    assert {"سعید راد", "محسن روزبهانی"} <= set(names(_JURY))


# tabnak_data_498: the sample's line, «نخست» of «نخست وزیر» run into the name
_PREMIER = (
    "یک رسانه رژیم صهیونیستی به نقل از یک دیپلمات عرب فاش کرد که رایزنی‌های گسترده‌ای برای "
    "انجام دیدار میان بنیامین نتانیاهونخست وزیررژیم صهیونیستی ومحمد بنسلمانولیعهدسعودی در "
    "قاهره، در جریان است."
)


def test_the_premier_run_into_a_name_is_no_part_of_it() -> None:
    assert names(_PREMIER) == ["بنیامین نتانیاهو"]
    assert names("بنیامین نتانیاهو نخست وزیر رژیم صهیونیستی گفت: ما آماده‌ایم.") == [
        "بنیامین نتانیاهو"
    ]


# roozno_data_942: the sample's line, «والمسلمین» misspelt in a cleric's title
_CLERIC = (
    "به گزارش روز نو :حجت الاسلام والمسملین علی شیرازی نماینده ولی فقیه در نیروی قدس سپاه "
    "پاسداران در یادداشتی نوشت: این سازمان به نام یونیسف شکل رسمی به خود گرفت."
)


def test_a_misspelt_title_is_no_part_of_the_name() -> None:
    assert names(_CLERIC) == ["علی شیرازی"]
    spelt = _CLERIC.replace("والمسملین", "والمسلمین")
    assert names(spelt) == ["علی شیرازی"]
