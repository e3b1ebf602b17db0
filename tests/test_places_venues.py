"""Venues and sites as places, by PEYMA's convention: a venue's word and its name are one
place, two venues joined by «و» are two, a web site named after «پایگاه» is a body. Snippets
of the shared news."""

from __future__ import annotations

from conftest import places_of

from khabar.extract import extract_text
from khabar.extract import lexicons as lx
from khabar.extract.org_spans import a_web_site
from khabar.extract.place_spans import facility_places, shrine_places

# roozno
QOM = (
    "سرمست در پاسخ به سوالی در خصوص تعطیلی حرم حضرت معصومه(س) و مسجد جمکران عنوان کرد: "
    "اصلا بنای بستن نداریم و نظرمان مبتنی بر نظر تخصصی مسئولان بهداشتی و درمانی است."
)


def test_two_venues_joined_by_and_are_two_places():
    found = places_of(QOM)
    assert "مسجد جمکران" in found
    assert not any(" و مسجد" in name for name in found)


# roozno; tabnak
RIYADH = (
    "درحالی\u200cکه عربستان معتقد است ایران به یمنی\u200cها سلاح داده تا آرامکو و فرودگاه "
    "ریاض هدف قرار گیرند، تهران معتقد است جده خود به چنین توانی دست یافته است."
)
PARIS = (
    "11 بهمن 1357، ساعت 5/3 بعد از نیمه شب امام خمینی (ره) با یک فروند هواپیمای ایرفرانس "
    "فرودگاه پاریس را به مقصد تهران ترک کردند."
)


def test_a_venues_word_before_a_place_is_the_venues():
    assert places_of(RIYADH)["فرودگاه ریاض"] == ["فرودگاه ریاض"]
    assert places_of(PARIS)["فرودگاه پاریس"] == ["فرودگاه پاریس"]


# roozno; tabnak
FRANCE = "تخمین زده می\u200cشود که بیش از ۷۰ هزار نفر در ۱۸۸ زندان فرانسه محبوس هستند."
INDOORS = (
    "طوسی دو مدال طلای قهرمانی داخل سالن آسیا در دو ۴۰۰ متر و سه مدال برنز در دوهای ۴ در "
    "۴۰۰ متر امدادی و ۶۰ متر ستارگان آسیا را در کارنامه افتخاراتش دارد."
)


def test_a_venues_word_counted_or_indoors_is_no_venue():
    assert places_of(FRANCE)["فرانسه"] == ["فرانسه"]
    assert "سالن آسیا" not in places_of(INDOORS)


def test_a_venues_span_ends_before_the_clause_it_runs_into():
    words = "در سالن شهید نصراللهی کرمان میزبان تیم آدمینس میناب بودند".split()
    keys = [lx.key(w) for w in words]
    assert facility_places(words, keys, [(1, 9)], set(range(1, 9))) == [(1, 5)]


def test_spans_with_no_venues_word_in_the_article_are_left():
    words = "در شهر کرمان و میناب بودند".split()
    keys = [lx.key(w) for w in words]
    assert facility_places(words, keys, [(2, 3), (4, 5)], {2, 4}) == [(2, 3), (4, 5)]


# roozno
REFINITIV = (
    "به گزارش رزو نو، خبرگزاری رویترز روز جمعه بر اساس داده\u200cهای استخراج شده از پایگاه "
    "اینترنتی مؤسسه رفینیتیو که در زمینه داده\u200cهای تجاریمالی و مسیریابی کشتی\u200cهای تجاری "
    "فعال است گزارش داد."
)


def test_a_web_site_named_after_its_word_is_a_body_and_a_base_a_place():
    doc = extract_text(REFINITIV)
    assert not any(p.name.startswith("پایگاه") for p in doc.places)
    for text, site in (
        ("پایگاه " + '" العهد "' + " لبنان", True),
        ("پایگاه NPR", True),
        ("پایگاه بعشیقه", False),
        ("پایگاه هوایی شهید نوژه", False),
    ):
        words = text.split()
        assert a_web_site(words, [lx.key(w) for w in words], 0, len(words)) is site


# roozno; tabnak
MASHHAD = (
    "جهت تلخ بود که متولیان مجبور بودند برای حفظ سلامت مردم، در حرم مطهر حضرت امام رضا (ع) را "
    "ببندند و مردم برای عرض تبریک ولادت حضرت مهدی (عج) به"
)
HOLY_PLACES = (
    "قم با اشاره به آخرین وضعیت بازگشایی اماکن مقدسه عنوان کرد: حرم مطهر حضرت معصومه(س)، "
    "مسجد مقدس جمکران، امامزادگان و مساجد نیز تا پایان فروردین‌ماه تعطیل است."
)


def test_a_shrine_named_after_a_holy_figure_is_a_place_with_its_honorific():
    assert "حرم مطهر حضرت امام رضا (ع)" in places_of(MASHHAD)
    assert "حرم مطهر حضرت معصومه(س)" in places_of(HOLY_PLACES)
    found = places_of(QOM)
    assert "حرم حضرت معصومه(س)" in found
    assert "مسجد جمکران" in found


def test_a_friday_prayer_leader_after_a_shrine_is_no_shrine():
    words = "شهدای مدافع حرم امام جمعه شهر گفت".split()
    assert shrine_places(words, [lx.key(w) for w in words]) == []
    words = "در حرم امام حسین در کربلا".split()
    assert shrine_places(words, [lx.key(w) for w in words]) == [(1, 4)]
