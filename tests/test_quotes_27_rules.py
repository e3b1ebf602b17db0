"""What the twenty-seventh quotes-recall sample taught quotes and speakers: «آورده بود:», the
pluperfect of «آورده است:», reports what follows its colon (a memoir's words, «... در کتاب
خاطراتش ... آورده بود: «...»»); and a heading's family name run into the lead's given name
with no space, the family name written again right after it, parts from the name, so that the
person is named in full («روایت ناطق‌نوریعلی‌اکبر ناطق‌نوری هم ... گفته بود:»,
``glued_names._repeated_surname_cuts``).

The sentences are those of ``fixtures/quotes_dev_27`` (roozno_938, a shared article no earlier
sample read) and of the shared news where the rules hold or must not.
"""

from pathlib import Path

from khabar.extract import extract_text

FIXTURES = Path(__file__).parent / "fixtures"


def test_the_memoir_and_the_interviews_under_headings_are_their_authors():
    # roozno_938: Mahdavi-Kani's memoir («آورده بود:») and interview («او ... گفته بود:»),
    # Mousavi-Khoeiniha's and Nategh-Nouri's words, each under a heading run into the name
    text = (FIXTURES / "quotes_dev_27/roozno_938.txt").read_text(encoding="utf-8")
    doc = extract_text(text)
    said = [(q.verb, q.speaker) for q in doc.quotes]
    assert said == [
        ("نوشت", None),  # «امام ... نوشت:», named by no name
        ("آورده بود", "محمدرضا مهدوی\u200cکنی"),
        ("گفته بود", "محمدرضا مهدوی\u200cکنی"),
        ("نوشت", "محمد موسوی\u200cخوئینی\u200cها"),
        ("ادامه داد", "محمد موسوی\u200cخوئینی\u200cها"),
        ("گفته بود", "علی\u200cاکبر ناطق\u200cنوری"),
    ]
    # the Imam's «فرمودند:» inside the memoir are its words, not read apart
    assert not any(q.verb == "فرمودند" for q in doc.quotes)


def test_the_pluperfect_of_brought_reports_only_before_a_colon():
    # roozno_938's sentence alone, and «آورده بود» of bringing: nothing said
    doc = extract_text(
        "روایت\nمرحوم آیت‌الله محمدرضا مهدوی‌کنی در کتاب خاطراتش درباره این انشعاب آورده بود:"
        " «خبر اعلام انشعاب به اجازه امام را شنیدم.»\n"
    )
    assert [(q.verb, q.speaker) for q in doc.quotes] == [("آورده بود", "محمدرضا مهدوی\u200cکنی")]
    doc = extract_text("خبر\nعلی رضایی کتاب‌ها را از کتابخانه آورده بود و به دانشجویان داد.\n")
    assert not doc.quotes
    # fars-news-4 (farsnews 8510240486): «در آورده بود،» with a comma, brought to a halt
    doc = extract_text(
        "عراق\nمالکی با جرج بوش همه فعالیت‌های خود را در پارلمان و دولت عراق به حال تعلیق در"
        " آورده بود، به زودی به روند سیاسی این کشور باز خواهد گشت.\n"
    )
    assert not doc.quotes
    # tabnak_723: «آورده بودند» inside a quote, and «گفت» after it reports
    doc = extract_text(
        "مجیدی\nوی در گفتگویی این مساله را تایید کرده است: «اصلا چیز خاصی نبود، یک"
        " پودر‌هایی از دوبی آورده بودند آقا فرهاد به ما گفت این را بخورید خوب است.»\n"
    )
    assert [q.verb for q in doc.quotes] == ["گفت"]


def test_a_family_name_a_heading_repeats_parts_from_the_given_name():
    # roozno_938's heading and lead, alone: the person found only there
    doc = extract_text(
        "روایت‌ها\nروایت ناطق‌نوریعلی‌اکبر ناطق‌نوری هم درباره زمینه‌های انشعاب در سال 71 به"
        " روزنامه «رسالت» گفته بود: «ما و برادران‌مان در مجمع روحانیون مبارز فعالیت"
        " می‌کردیم.»\n"
    )
    assert [p.name for p in doc.persons] == ["علی\u200cاکبر ناطق\u200cنوری"]
    assert doc.quotes[0].speaker == "علی\u200cاکبر ناطق\u200cنوری"
    # a family name ending in «ها», which a name's word never ends in elsewhere
    doc = extract_text(
        "روایت‌ها\nروایت موسوی‌خوئینی‌هامحمد موسوی‌خوئینی‌ها هم‌ چندی پیش درباره این انشعاب در"
        " کانال تلگرامی‌اش نوشت: «اگر بخواهم بدون ارزش‌گذاری به این انشعاب نگاه کنم.»\n"
    )
    assert doc.quotes[0].speaker == "محمد موسوی\u200cخوئینی\u200cها"


def test_a_given_name_run_in_parts_only_where_the_family_name_is_repeated():
    # the same heading with no family name after it: no one named, none made up
    doc = extract_text("روایت‌ها\nروایت ناطق‌نوریعلی‌اکبر هم گفته بود: «ما فعالیت می‌کردیم.»\n")
    assert not doc.persons
    # roozno_849 (shared news): a heading run into a name of no ZWNJ, read as before
    doc = extract_text(
        "هویدا\nروایت عباس میلانیعباس میلانی هم در کتاب «معمای هویدا» روایتی مشابه را آورده است.\n"
    )
    assert [p.name for p in doc.persons] == ["عباس میلانی"]
    # roozno_493: a verb run into a name, whose «می‌کند» the article writes alone too, is
    # ``given_name_cut``'s reading, not the heading's
    doc = extract_text(
        "کرونا\nوحدت فرماندهی، اطاعت‌پذیری را بیشتر می‌کندحسین ایمانی جاجرمی جامعه‌شناس و"
        " استاد دانشگاه تهران گفت: ما باید متحد باشیم. دولت کار می‌کند.\n"
    )
    assert [q.speaker for q in doc.quotes] == ["حسین ایمانی جاجرمی"]
