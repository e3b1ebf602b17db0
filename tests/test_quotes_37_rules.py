"""What the thirty-seventh quotes-recall sample taught speakers: a relative clause «که» opens
before the speaker's name is closed by a finite verb of its own when the comma right before the
name is the first after that verb («در این مراسم که ... برگزارشد پس از مدیحه سرایی مداحان اهل
بیت، آیت‌الله جعفر سبحانی ... گفت:»), so the name opens a clause of its own and speaks
(``speakers._relative_closed``); an act's noun and its past light verb run together
(«برگزارشد») close it as the verb written apart does. A name in a list past the verb's own
comma, one after «می‌توان», and one inside a relative clause no verb has closed stay no
speaker.

The sentences are those of ``fixtures/quotes_dev_37`` (fars-4_39, a shared article no earlier
sample read whole) and of the shared news (roozno_1042, roozno_828, fars-2_6).
"""

from pathlib import Path

from khabar.extract import extract_text

FIXTURES = Path(__file__).parent / "fixtures"


def test_a_ceremony_that_was_held_then_sobhani_said():
    # fars-4_39: «... در این مراسم که پنج شنبه شب و در آستانه میلاد ... برگزارشد پس از مدیحه
    # سرایی مداحان اهل بیت، آیت‌الله جعفر سبحانی از اساتید حوزه علمیه قم گفت: ...», then «وی
    # ادامه داد: ...»
    text = (FIXTURES / "quotes_dev_37/fars-4_39.txt").read_text(encoding="utf-8")
    doc = extract_text(text)
    assert [p.name for p in doc.persons] == ["جعفر سبحانی"]
    assert [q.speaker for q in doc.quotes] == ["جعفر سبحانی"] * 5


def test_the_verb_written_apart_closes_the_clause_too():
    text = (FIXTURES / "quotes_dev_37/fars-4_39.txt").read_text(encoding="utf-8")
    doc = extract_text(text.replace("برگزارشد", "برگزار شد"))
    assert [q.speaker for q in doc.quotes][:2] == ["جعفر سبحانی"] * 2


def test_a_relative_clause_closed_by_its_verb_and_its_comma_before_the_name():
    # roozno_1042: «در رابطه با اظهارات مکرر روسیه در این باره، که به طور خاص سعودی را خطاب
    # قرار می‌دهد، «کوری شیک»، ... می‌گوید: ...», the name in guillemets after the comma
    text = (
        "در رابطه با اظهارات مکرر روسیه در این باره، که به طور خاص سعودی را خطاب قرار می‌دهد،"
        " «کوری شیک»، معاون مدیر کل اندیشکده بین‌المللی مطالعات استراتژیک، می‌گوید:« اگر به"
        " جای سعودی‌ها بودم، به سمت مسکو و پکن متمایل می‌شدم».\n"
    )
    doc = extract_text(text)
    assert [q.speaker for q in doc.quotes] == ["کوری شیک"]


def test_a_list_past_the_verb_s_own_comma_is_no_one_s_clause():
    # roozno_828: «بهمن ۶۶ که ... تبدیل شده بود، برخی از مسئولان و بزرگانی مانند آیت‌الله
    # خامنه‌ای ...، هاشمی رفسنجانی، ... خواستار «سرعت عمل مطلوب» ... شدند»: a name in the
    # list, not a clause of its own; and «می‌توان» closes no clause (fars-2_6)
    text = (
        "بهمن ۶۶ که اختلاف میان مجلس و شورای نگهبان به چالشی جدی تبدیل شده بود، برخی از"
        " مسئولان و بزرگانی مانند آیت‌الله خامنه‌ای، هاشمی رفسنجانی، موسوی‌اردبیلی و میرحسین"
        " موسوی در نامه‌ای به امام خمینی (ره) خواستار «سرعت عمل مطلوب» در این زمینه شدند.\n"
    )
    before = extract_text(text)
    assert all(q.speaker != "هاشمی رفسنجانی" for q in before.quotes)
    text = (
        "گزینه‌های مختلفی عنوان شده است که مهم‌ترین آنها را می‌توان «هاشمی ثمره» مشاور ارشد"
        " رئیس جمهور، «رحمانی فضلی» قائم مقام دبیر شورای عالی امنیت ملی و برخی دیگر دانست.\n"
    )
    assert all(q.speaker != "رحمانی فضلی" for q in extract_text(text).quotes)


def test_a_name_inside_a_relative_clause_no_verb_closed_speaks_not():
    # the neighbouring reading kept: «... در حالی است که رییس جمهور روحانی در بخشی ...»: the
    # name is inside the clause «که» opens, no verb of its own closing it before the name
    text = (
        "علی رضایی گفت: ما آماده‌ایم.\n"
        "این در حالی است که بیانیه‌ای که به امضای محمد احمدی رسید از این طرح حمایت کرد.\n"
    )
    doc = extract_text(text)
    assert all(q.speaker != "محمد احمدی" for q in doc.quotes)
