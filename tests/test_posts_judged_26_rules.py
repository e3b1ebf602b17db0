"""Posts the twenty-sixth judged posts sample (articles of 4,500-12,000 characters) showed
wrong, and the rule written for them: a post alone opening its sentence before a verb that goes
on («ادامه داد», «افزود», «اضافه کرد»), right after one who spoke, is theirs
(``posts_going_on.opens_sentence``), not that of one named after it as a post lead's holder
is. Sentences of the sample's articles and of other shared articles (each named)."""

from posts_articles import judged_article, posts_of

from khabar.extract import extract_text
from khabar.model import Document

SAMPLE = "posts_judged_26.jsonl"
_posts = posts_of


def _article(stem: str) -> Document:
    """The sample's article ``stem``, extracted whole."""
    return judged_article(SAMPLE, stem)


def _speaker_of(doc: Document, opening: str) -> str | None:
    """The speaker of the quote that opens with ``opening``."""
    return next(q.speaker for q in doc.quotes if doc.span_text(q.span).startswith(opening))


def test_a_spokesman_going_on_is_the_one_who_spoke_before():
    # roozno_315: «کیانوش جهانپور با اعلام این خبر افزود: ... وی گفت: ... سخنگوی قرارگاه مبارزه
    # با کرونا ادامه داد: ...», the health minister named only later («سعید نمکی افزود»)
    doc = _article("roozno_315")
    posts = _posts(doc)
    assert "سخنگوی قرارگاه مبارزه" in posts["کیانوش جهانپور"]
    assert posts["سعید نمکی"] == ["وزیر بهداشت"]
    assert _speaker_of(doc, "۱۸ مورد مبتلای قبلی") == "کیانوش جهانپور"


def test_a_member_going_on_is_the_member_who_spoke_before():
    # tabnak_435: «نماینده مردم تبریز ... بیان کرد: ... عضو کمیسیون صنایع و معادن مجلس شورای
    # اسلامی ادامه داد: ...», and only then «هدایت الله خادمی در گفت‌وگویی ... اظهار داشت»
    doc = _article("tabnak_435")
    posts = _posts(doc)
    assert "عضو کمیسیون صنایع و معادن مجلس" in posts["محمد حسین فرهنگی"]
    assert posts["هدایت\u200cالله خادمی"] == []
    assert _speaker_of(doc, "با وجود عدم فعالیت سیاسی تشکل") == "محمد حسین فرهنگی"


def test_a_faculty_member_going_on_is_the_doctor_who_spoke_before():
    # roozno_680, an article of the twenty-fifth sample: «دکتر محمد طاهری بیان کرد: ... عضو
    # هیات علمی پزشکی دانشگاه علوم پزشکی همدان افزود: ...», the post once the next item's
    # doctor's («هرمزگان یک نفر ... دکتر فاطمه نوروزیان اظهار داشت:»)
    doc = judged_article("posts_judged_25.jsonl", "roozno_680")
    posts = _posts(doc)
    assert "عضو هیات علمی پزشکی دانشگاه علوم پزشکی همدان" in posts["محمد طاهری"]
    assert not any("هیات علمی" in p for p in posts["فاطمه نوروزیان"])
    assert _speaker_of(doc, "برخی افراد از روی ناآگاهی") == "محمد طاهری"


def test_a_post_inside_a_sentence_before_its_own_subject_is_not_the_last_speakers():
    # roozno_761: the officials present, then the governor reporting «... ارائه کرد و افزود:»;
    # «رییس سازمان غذا و دارو» is not the first vice-president's, who spoke right before
    text = (
        "معاون اول رییس جمهور همچنین از مردم استان اصفهان و نیز از استاندار، مدیران استان، "
        "نیروهای مسلح و سایر بخش های فعال در مقابله با کرونا قدردانی کرد و گفت: امیدوارم استان "
        "اصفهان بتواند در شکست دادن ویروس کرونا پیشتاز باشد.\n"
        "در این جلسه که وزیر راه و شهرسازی، رییس سازمان غذا و دارو، مدیرعامل سازمان حمایت مصرف "
        "کنندگان، رییس سازمان امور مالیاتی کشور و نماینده سازمان برنامه و بودجه نیز حضور داشتند، "
        "استاندار اصفهان از طریق ویدئو کنفرانس گزارشی از میزان شیوع ویروس کرونا در این استان و "
        "اقدامات صورت گرفته برای مقابله با این بیماری ارائه کرد و افزود: خوشبختانه با اقدامات "
        "صورت گرفته وضعیت نسبت به روزهای نخست بهبود یافته است.\n"
        "رضایی ادامه داد: البته نگران هفته آینده هستیم که برخی مسافران به استان ها باز می "
        "گردند.\n"
    )
    text = "اسحاق جهانگیری در ارتباط ویدئوکنفرانسی با ستاد استان اصفهان سخن گفت.\n" + text
    doc = extract_text(text)
    assert not any("غذا و دارو" in p for p in _posts(doc)["اسحاق جهانگیری"])
    assert _speaker_of(doc, "خوشبختانه با اقدامات") != "اسحاق جهانگیری"
