"""Posts the nineteenth judged posts sample showed wrong or missed, and the rules written for
them: «عضو» alone cut before the rest of its clause is no post; a post opening a sentence after
«در این جلسه» (and «همچنین») is the post of the person the next sentence names; a relative
clause after a name closed by its copula past «در ...» or after «اخیرا» gives its post; «دفتر
رئیس جمهور» and «دفتر ریاست جمهوری» are one body; «فعال رسانه‌ای» is a head as «فعال سیاسی»
is. Sentences of the sample's articles and of other shared articles (each named)."""

from posts_articles import judged_article, posts_of

from khabar.extract import extract_text
from khabar.extract.clause_openers import past_then
from khabar.extract.coref import worded
from khabar.extract.lexicons import phrase_keys
from khabar.extract.people import post_key
from khabar.model import Document

SAMPLE = "posts_judged_19.jsonl"
_posts = posts_of


def _article(stem: str) -> Document:
    """The sample's article ``stem``, extracted whole."""
    return judged_article(SAMPLE, stem)


def test_a_member_of_nothing_named_holds_no_post():
    # fars-4_222: «یک عضو از اعضای ...», a plural the post was cut before
    assert _posts(_article("fars-4_222"))["ریموند دی رون"] == []
    # roozno_282: a negated predicate, «عضو» cut before «این شورا»
    text = (
        "هرچند محمدرضا باهنر عضو این شورا نبود اما از همان اول از این حرکت حمایت می‌کرد و از "
        "هر تریبونی که به دستش می‌رسید اصوالگرایان را به وحدت و حرکت در چارچوب شورای ائتلاف "
        "دعوت می‌کرد.\n"
    )
    assert _posts(extract_text(text)) == {"محمدرضا باهنر": []}


def test_a_member_joined_to_another_post_keeps_it():
    # roozno_186: «عضو و نایب رئیس سابق ...», the second post reaching its holder through «عضو»
    text = (
        "نویسنده: پدرام سلطانی، عضو و نایب رئیس سابق اتاق بازرگانی، صنایع، معادن و کشاورزی "
        "ایران\nدو گروه بسیار به این موضوع می‌پردازند.\n"
    )
    assert "نایب رئیس سابق اتاق بازرگانی" in _posts(extract_text(text))["پدرام سلطانی"]


def test_a_post_after_in_this_meeting_is_the_next_named():
    # fars-1_209: «همچنین در این جلسه» before the post, the holder named in the next sentence
    assert _posts(_article("fars-1_209"))["سلیمان فهیمی"] == ["نماینده مردم بیله‌سوار"]


def test_the_clause_opens_past_in_this_meeting():
    # roozno_767: the post opens the clause past «در این جلسه»; a word of its own stays
    keys = phrase_keys("در این جلسه معاون توسعه موسسه انستیتو پاستور نیز راه‌اندازی")
    assert past_then(list(keys), 0) == 3
    keys = phrase_keys("همچنین در این مراسم، استاندار گفت")
    assert past_then(list(keys), 0) == 5
    assert past_then(list(phrase_keys("همچنین استاندار گفت")), 0) == 1
    assert past_then(list(phrase_keys("در این شهر استاندار گفت")), 0) == 0


def test_a_relative_clause_closed_past_its_place_gives_its_post():
    # tabnak_135: «که اخیرا ... در امور کره شمالی بوده»
    assert _posts(_article("tabnak_135"))["مارک لمبرت"] == ["نماینده ویژه آمریکا"]
    # tabnak_1524 (its person not among the eighth sample's): «که ... در بانک است»
    text = (
        "سپس آقای پو که مسئول مدیریت مالی ثروت آنها در بانک است، بچه‌ها را به پیش قیم جدیدشان "
        "به نام کنت الاف می‌برد.\n"
    )
    assert _posts(extract_text(text))["پو"] == ["مسئول مدیریت مالی ثروت آنها"]


def test_a_relative_clause_with_a_verb_before_its_copula_gives_none():
    text = "علی احمدی که مدیر این شرکت در آنجا حضور داشته است، گفت: کار ادامه دارد.\n"
    assert _posts(extract_text(text)) == {"علی احمدی": []}


def test_the_presidents_office_is_named_two_ways():
    # roozno_27: the lead's «رییس دفتر ریاست جمهوری» and «رییس دفتر رییس جمهوری» later
    posts = _posts(_article("roozno_27"))["محمود واعظی"]
    assert posts == ["رییس دفتر ریاست جمهوری", "سرپرست نهاد ریاست جمهوری"]
    # roozno_266's wording and fars-news-4's are one post
    said = worded(post_key(phrase_keys("رییس دفتر رییس جمهور")))
    assert said == worded(post_key(phrase_keys("رئیس دفتر ریاست جمهوری")))
    assert said != worded(post_key(phrase_keys("رئیس دفتر رئیس قوه قضاییه")))


def test_a_media_activist_is_a_post_as_a_political_one():
    # roozno_1084: the name run into a heading before it
    assert _posts(_article("roozno_1084"))["محمد مهاجری"] == ["فعال رسانه‌ای اصول‌گرا"]
    # mashregh_10, and mashregh_0's two callings joined by «و», each its own post now
    text = (
        "به گزارش مشرق، مهدی جهان تیغی فعال رسانه‌ای طی یادداشتی در کانال تلگرامی خود نوشت: "
        "مجموع سال‌ها مجاهدت خالصانه و رفتارهای فرهنگی و سیاسی شهید سپهد قاسم سلیمانی آن‌قدر "
        "بزرگ و عظیم بوده که این روزها به حق باید از آن به عنوان مکتب سلیمانی نام برد و به "
        "تبیین آن پرداخت.\n"
    )
    assert _posts(extract_text(text))["مهدی جهان تیغی"] == ["فعال رسانه‌ای"]
    text = (
        "به گزارش مشرق، محمد ایمانی تحلیل‌گر مسائل سیاسی و فعال رسانه‌ای در کانال تلگرامی خود "
        "نوشت: شهادت حاج قاسم، اردوگاه منافقین و فتنه‌گران سبز را یه هم‌ریخته است.\n"
    )
    assert _posts(extract_text(text))["محمد ایمانی"] == ["تحلیل‌گر مسائل سیاسی", "فعال رسانه‌ای"]
