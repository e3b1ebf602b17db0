"""What the eleventh quotes-recall sample (shared articles of 4,500 to 9,000 characters, each
holding a statement, ``fixtures/quotes_dev_11``) taught quote finding and speakers: a
quotation opened after a verb's colon and closed at the end of a later line holds the lines
between, and what they tell is nested in it (``quotations_run_on``); people many and unnamed
(«مسئولان») in a clause of a verb in the plural that an adjunct opens are its subject, not the
speaker before going on; «همان‌طوری که X ... گفته است:» cites X as «همان‌طور که» does.

The sentences are those of the sample (``roozno_517``, ``roozno_1146``, ``roozno_675``) and
others a rule must leave alone.
"""

from khabar.extract import extract_text
from khabar.extract.quotations_run_on import run_on_end


def _said(text: str) -> list[tuple[str, str | None, str | None, str]]:
    doc = extract_text(text)
    return [(q.kind, q.speaker, q.speaker_organization, doc.span_text(q.span)) for q in doc.quotes]


# roozno_517: Haaretz's piece, quoted over many lines, names and the government's statements
# nested in it
_HAARETZ = (
    "ضربه سنگین ویروس کرونا به ایران\n"
    'به گزارش ؛روزنامه اسرائیلی "هاارتص" در گزارشی می نویسد:"سپاه، ارتش و پلیس در نهایت '
    "توانستند بر روی شهر قم محدودیت هایی را اعمال کنند.\n"
    "دولت ایران چند روز پیش اعلام کرد که 14 بیمارستان سیار را ایجاد می کند.\n"
    'در کنار او یک زن جوان نیز دیده می شد: آن زن "معصومه ابتکار" بود که به کرونا مبتلا '
    'شده است".\n'
    "علی ربیعی سخنگوی دولت گفت: ما از زمانی که متوجه ورود کرونا شدیم آن را اعلام کردیم.\n"
)


def test_what_a_quotation_run_over_its_lines_tells_is_nested_in_it():
    said = _said(_HAARETZ)
    assert [(k, o or s) for k, s, o, _ in said] == [
        ("direct", "روزنامه اسرائیلی هاارتص"),
        ("direct", "علی ربیعی"),
    ]
    assert said[0][3].startswith('"سپاه، ارتش و پلیس')


def test_a_quotation_run_on_ends_at_the_line_its_mark_closes():
    text = _HAARETZ
    start = text.index('"سپاه')
    assert run_on_end(text, start) == text.index("\nعلی ربیعی")


def test_a_quotation_closed_on_its_line_runs_on_over_none():
    text = 'عنوان\nاو گفت: "ما آماده‌ایم." و رفت.\nدولت اعلام کرد که "طرح" اجرا می‌شود".\n'
    assert run_on_end(text, text.index('"ما')) is None
    said = _said(text)
    assert [k for k, *_ in said] == ["direct", "indirect"]


def test_a_quotation_never_closed_at_a_lines_end_hides_nothing():
    # the closing mark runs on into text: not surely the quotation's end
    text = (
        'عنوان\nروزنامه گاردین نوشت:"دولت ایران آماده است.\n'
        'دولت ایران اعلام کرد که طرح اجرا می‌شود". سپس رفت.\n'
    )
    assert run_on_end(text, text.index('"دولت')) is None
    assert len(_said(text)) == 2


def test_guillemets_run_on_to_the_line_that_closes_them():
    text = (
        "عنوان\nوزیر گفت: «ما آماده‌ایم.\nدولت اعلام کرد که «طرح» اجرا می‌شود.\n"
        "این پایان است.»\nعلی ربیعی گفت: ما آماده‌ایم.\n"
    )
    assert run_on_end(text, text.index("«ما")) == text.index("\nعلی")
    said = _said(text)
    assert [t[:6] for *_, t in said] == ["«ما آم", "ما آما"]


# roozno_675: a subheading run into the lead, then the officials' reasons in the plural
_OFFICIALS = (
    "عبور تحریم‌ها از تنگه کرونا\n"
    "در ادامه شهردار تهران گفت: امکان قرنطینه تهران وجود ندارد.\n"
    "چرا امکان قرنطینه وجود ندارد؟به گزارش روز نو:از همان روزهای آغازین شیوع کرونا ویروس در "
    "کشور درخواست‌ها برای کنترل ورودی و خروجی شهرها وجود داشت اما هر بار مسئولان دلایل خود "
    "را مبنی بر عدم چنین رویکردی را اعلام کردند.\n"
    "پیروز حناچی، شهردار تهران گفت: در شرایط عادی می‌توانستیم اعمال قرنطینه کنیم.\n"
)


def test_many_unnamed_in_a_clause_an_adjunct_opens_are_its_speakers():
    said = _said(_OFFICIALS)
    assert [(k, s) for k, s, _, _ in said] == [
        ("direct", "پیروز حناچی"),
        ("indirect", None),
        ("direct", "پیروز حناچی"),
    ]


def test_a_speaker_going_on_past_an_adjunct_asks_of_many_still():
    said = _said(
        "عنوان\nپیروز حناچی گفت: امکان قرنطینه تهران وجود ندارد.\n"
        "از تصمیم دولت خبر دادند و از مسئولان خواستند تا دقت کنند.\n"
    )
    assert [s for _, s, _, _ in said] == ["پیروز حناچی", "پیروز حناچی", "پیروز حناچی"]


def test_as_one_said_with_turi_cites_the_speaker():
    said = _said(
        "عبور تحریم‌ها\nهمان‌طوری که کوروش احمدی، کارشناس مسائل بین‌الملل در گفت‌وگو با ایسنا، "
        "گفته است:\u200c اثرات بسیار سوء کرونا بر روابط اقتصادی ما آشکار است.\n"
    )
    assert [(k, s) for k, s, _, _ in said] == [("direct", "کوروش احمدی")]


def test_criticism_raised_is_a_topic_not_a_statement():
    # fars-5_101: a debate told in the outlet's words
    said = _said(
        "عنوان\nمیرحسین موسوی نیز با جدا کردن خود از هاشمی و خاتمی انتقادات تندی را علیه "
        "احمدی‌نژاد مطرح کرد. در پایان مناظره، فضای جامعه به شدت سیاسی شد.\n"
    )
    assert said == []


def test_an_aspect_raised_before_a_verb_of_saying_is_a_topic():
    # roozno_675: what the mayor said follows the colon
    said = _said(
        "عنوان\nپیروز حناچی، شهردار تهران بعد تازه‌ای از مساله قرنطینه را مطرح کرد و گفت: در "
        "شرایط عادی و خوب اقتصادی می‌توانستیم اعمال قرنطینه کنیم.\n"
    )
    assert [(k, s, t[:10]) for k, s, _, t in said] == [("direct", "پیروز حناچی", "در شرایط ع")]


def test_a_stance_voiced_is_a_topic():
    # mashregh_10, inside the note: «مواضع ... خود را بیان کرده است»
    said = _said(
        "عنوان\nاما همین چهره نظامی در بزنگاه‌های همچون فتنه 78 و 88، مواضع شفاف سیاسی خود را "
        "بیان کرده است.\n"
    )
    assert said == []


def test_a_need_raised_is_still_what_was_said():
    said = _said("عنوان\nعلی لاریجانی ضرورت اصلاح قانون را مطرح کرد.\n")
    assert [(k, s, t) for k, s, _, t in said] == [("indirect", "علی لاریجانی", "ضرورت اصلاح قانون")]


def test_after_is_no_aspect_raised():
    # roozno_711: «بعد از سال ۱۴۰۰» is «after», the possibility raised what was said
    said = _said(
        "عنوان\nیک نماینده مجلس ضمن برشمردن دلایل شکست اصلاح‌طلبان در انتخابات اخیر، احتمال "
        "انشقاق بین اصولگرایان در صورت پیروزی‌شان در انتخابات دولت سیزدهم بعد از سال ۱۴۰۰ را "
        "مطرح کرد.\n"
    )
    assert [k for k, *_ in said] == ["indirect"]
