"""What is no person's name and where a name ends, by the classes of the false persons read in
the nineteenth store sample (``tests/fixtures/persons_judged_store_19.jsonl``), on sentences of
the shared news, and the names that must stand."""

from __future__ import annotations

from conftest import names

# tabnak_1247: the sample's line, a firm named after its founder
_FIRM = (
    "لوله‌کشی آب تهران بزرگ شامل تهران‌نو، نارمک، عباس‌آباد و دیگر نقاط که آن موقع جزو حومه "
    "تهران به شمار می‌آمدند به شرکت الکساندر گیپ واگذار شد."
)
# tabnak_749: the sample's line, a centre named after a president
_CENTRE = (
    "این فیلم 60 دقیقه‌یی را که بهمن کیارستمی و در مواردی جعفر پناهی تصویربرداری کرده‌اند، "
    "قرار است بهار 2020 در آیین بزرگداشت زنده‌یاد عباس کیارستمی در مرکز ژرژ پومپیدو پاریس "
    "نمایش داده شود."
)
# tabnak_858: a drill held with a commander taking part
_TAKING_PART = (
    "لازم به ذکر است، این رزمایش با شرکت سرلشکر «فهد الغفیلی» فرمانده نیروی دریایی عربستان و "
    "«جیمز مالوی» معاون فرماندهی ناوگان پنجم تروریستی آمریکا در منطقه در پایگاه دریایی «ملک "
    "عبدالعزیز» در منطقه «جبیل» آغاز شد."
)
# tabnak_1631: the sample's line, a film's title and its longer form
_FILM = (
    "فیلم سینمایی «خانم یایا» یا « ما شما را دوست داریم خانم یایا» به نویسندگی و کارگردانی "
    "عبدالرضا کاهانی محصول سال 1396 است."
)
# tabnak_703: a television contest's title
_CONTEST = (
    "با حذف رقابت قوی‌ترین مردان، از نوروز ۹۲، مسابقه «آقای گزارشگر» جایگزین «مردان آهنین» شد."
)
# tabnak_1059: the sample's line, a writer's family name that names a country too
_WRITERS = (
    "فیلم سینمایی «راه رفتن در سمت وحشی / Walk on the wild side» به کارگردانی ادوارد دمیتریک و "
    "بر اساس فیلمنامه‌ای از جان فانته، ادموند موریس محصول سال 1962 است."
)


def test_a_name_right_after_a_company_is_the_companys() -> None:
    assert "الکساندر گیپ" not in names(_FIRM)


def test_a_name_right_after_a_centre_is_the_centres() -> None:
    assert "ژرژ پومپیدو" not in names(_CENTRE)
    assert {"جعفر پناهی", "عباس کیارستمی"} <= set(names(_CENTRE))


def test_a_name_taking_part_stands() -> None:
    assert {"فهد الغفیلی", "جیمز مالوی"} <= set(names(_TAKING_PART))


def test_a_titled_name_filling_a_works_quotes_is_its_title() -> None:
    assert names(_FILM) == ["عبدالرضا کاهانی"]
    assert names(_CONTEST) == []


def test_a_titled_name_outside_a_title_stands() -> None:
    text = "خانم مریم رجوی گفت: «ما پیروز می‌شویم»."
    assert names(text) == ["مریم رجوی"]


def test_a_rare_foreign_given_name_after_one_is_the_family_name() -> None:
    assert names(_WRITERS) == ["ادموند موریس", "ادوارد دمیتریک", "جان فانته"]


# tabnak_407: the sample's line, a drug maker among drug makers
_DRUG_MAKERS = (
    "این در حالی است که شرکت‌های داروسازی مانند «گلاکسواسمیت کلاین» در کنار مقامات چینی سعی "
    "دارند هرچه سریع‌تر واکسن و درمان‌هایی برای مقابله با این ویروس بسازند."
)
# tabnak_573: a defendant among a bank's defendants
_DEFENDANTS = (
    "از جمله پرونده‌های مهم قضایی ایران که در یک سال اخیر شاهد رسیدگی به آن‌ها بودیم، می‌توان "
    "به پرونده هادی رضوی، شبنم نعمت زاده، سلطان سکه، سلطان قیر، متهمان پدیده شاندیز، متهمان "
    "بانک سرمایه از جمله حسین هدایتی، رسیدگی به پرونده مدیرعامل سابق ماشین‌سازی تبریز و غیره "
    "اشاره نمود."
)


def test_a_name_such_as_companies_bring_is_a_company() -> None:
    assert names(_DRUG_MAKERS) == []


def test_a_person_such_as_others_bring_stands() -> None:
    assert "حسین هدایتی" in names(_DEFENDANTS)
