"""Wrong facts left on the news, a seventh pass: a reflexive object after a comma or «و» opens
what was declared, past the clause's subject (``quotes._past_own_subject``); «روز ارتش» and a
bare «ارتش» listed beside Iran's body are Iran's army (``tagged_entities``); a family name
alone that opens exactly one longer name of the article with words of names only, or that a
given name runs into, is that person (``name_merges``). Sentences of the shared news."""

import json
from pathlib import Path

from army_mentions import irans_army_mentions

from khabar.extract import extract_text

FIXTURES = Path(__file__).parent / "fixtures"


def _quotes(text: str) -> list[tuple[str | None, str]]:
    doc = extract_text(text)
    return [(q.speaker, doc.text[q.span.start : q.span.end]) for q in doc.quotes]


def _persons(text: str) -> dict[str, list[str]]:
    doc = extract_text(text)
    return {p.name: [doc.text[m.start : m.end] for m in p.mentions] for p in doc.persons}


def test_a_reflexive_after_a_comma_opens_what_was_declared():
    # roozno_data_545: «هر دو» is the subject, no part of what they declared
    text = (
        "عنوان\nهردو وعده تشکیل دولت داده‌اند و هر دو با نگاه به نتایج انتخاباتی که کمترین "
        "مشارکت در اوضاع جنگ زده کشور را در پی داشت، خود را نماینده مشروع و منتخب مردم "
        "افغانستان اعلام کردند.\n"
    )
    assert _quotes(text) == [(None, "خود را نماینده مشروع و منتخب مردم افغانستان")]


def test_a_reflexive_after_a_comma_leaves_the_government_out():
    # tabnak_data_1491
    text = (
        "عنوان\n۲ دولت در سطح وزارت ارشاد، به سیاق فضای غیرمجازی، خود را متولی و تنظیم‌گر "
        "محتوا می‌داند ولی راه‌کارهای مناسبی برای این تنظیم گری و عدم تداخل با اختیارات و "
        "مسئولیت‌های قانونی دادستانی و صدا و سیما تدبیر نشده است و سردرگمی وجود دارد.\n"
    )
    assert [span for _, span in _quotes(text)] == ["خود را متولی و تنظیم‌گر محتوا"]


def test_a_reflexive_after_that_keeps_the_clause_whole():
    # roozno_data_1132: «با بیان اینکه مجلس یازدهم، خود را ...»: the house is the subject of
    # what Qalibaf told, not of his verb
    text = (
        "عنوان\nقالیباف با بیان اینکه مجلس یازدهم، خود را نماینده همه مردم ایران می‌داند، "
        "تصریح کرد: مجلس حتی خود را نماینده کسانی که به هر دلیل سیاسی، یا نارضایتی از شرایط "
        "کشور، به آن رای نداده‌اند، خدمت می‌کند.\n"
    )
    assert not [span for _, span in _quotes(text) if span.startswith("خود را نماینده همه")]


def test_army_day_is_irans_beside_another_army():
    # roozno_data_961
    text = (
        "عنوان\nرئیس قوه قضاییه در بخش دیگری از سخنانش با تبریک 29 فروردین و روز ارتش اظهار "
        "داشت: برخلاف ارتش آمریکا که در منطقه مشغول تجاوزگری، خونریزی و فساد است، نیروهای "
        "مسلح جمهوری اسلامی و به ویژه ارتش ما در کنار مردم از زندگی آنها گره‌گشایی می‌کنند.\n"
    )
    assert "ارتش" in irans_army_mentions(text)


def test_the_army_beside_irans_ministry_is_irans():
    # roozno_data_300: China the last country named before
    text = (
        "عنوان\nکنترل‌های فیزیکی در مبادی ورودی به مرکز استان به لحاظ وجود خطوط ترددی با "
        "کشور امارات و چین آغازشده و ادامه خواهد داشت.\nوی به حساسیت ویژه نسبت به "
        "دستگاه‌های پرجمعیت تاکید کرد و گفت: آموزش و پرورش و همچنین ارتش به دلیل جمعیت بالا "
        "بیشتر مورد توجه هستند.\n"
    )
    assert irans_army_mentions(text) == ["ارتش"]


def test_a_family_name_alone_that_opens_a_longer_name_is_that_person():
    # fars-3_221 (the fifteenth speakers sample): «حسینی» of «حسینی شاهرودی»
    text = next(
        json.loads(line)["text"]
        for line in (FIXTURES / "speakers_judged_15.jsonl").open(encoding="utf-8")
        if json.loads(line)["stem"] == "fars-3_221"
    )
    persons = _persons(text)
    assert "حسینی" not in persons
    assert persons["حسینی شاهرودی"] == ["حسینی شاهرودی", "حسینی"]
    assert {q.speaker for q in extract_text(text).quotes} == {"حسینی شاهرودی"}


def test_a_name_cut_short_joins_the_full_one():
    # tabnak_data_1479
    text = (
        "عنوان\nدر این جلسه غلامرضا نوری قزلجه معاون اجرایی مجلس در گزارشی هیات رییسه سنی "
        "مجلس یازدهم را معرفی می‌کند.\nاین جلسه با حضور تعدادی از مهمانان برگزار می‌شود البته "
        "بنا بر گفته غلامرضا نوری معاون اجرایی مجلس دهم، تعداد مهمانان مراسم افتتاحیه کمتر "
        "است.\n"
    )
    assert "غلامرضا نوری" not in _persons(text)


def test_a_name_run_into_a_verbs_noun_keeps_its_own():
    # fars-news-5 (13900611000284): «ناصر کاظمی آهی کشید» is a sigh, not a family name
    text = (
        "عنوان\nجواد می‌گوید: ای کاش کسی هم پیدا شود و راجع به ناصر کاظمی تحقیق کند. "
        "می‌گوید: بعد از آزاد سازی سد بوکان، همه دور هم نشسته بودیم و از عملیات و نقاط ضعف و "
        "قوتش می‌گفتیم که ناصر کاظمی آهی کشید، از روی افسوس و گفت: این عملیات هم تمام شد و "
        "باز من شهید نشدم.\n"
    )
    assert "ناصر کاظمی" in _persons(text)


def test_a_family_name_a_given_name_runs_into_is_that_person():
    # tabnak_data_126
    text = (
        "عنوان\n4 بهمن 1397، محمد جعفرمنتظری، دادستان کل کشور در رابطه با حکم ممنوع‌الخروجی "
        "رئیس سازمان خصوصی‌سازی گفت: گزارش‌هایی که در مورد عملکرد ایشان بوده باعث‌شده "
        "پرونده‌ای تشکیل شود.\nمنتظری افزود: به لحاظ اینکه مسایلی در رابطه با ایشان مطرح "
        "شده، ممنوع‌الخروج است تا رسیدگی شود.\n"
    )
    assert "منتظری" not in _persons(text)
    assert {s for s, _ in _quotes(text)} == {"محمد جعفرمنتظری"}


def test_a_family_name_a_given_name_runs_into_keeps_the_fuller_name():
    # roozno_data_848: «احمدزیدآبادی», then «زیدآبادی تصریح می‌کند»
    text = (
        "عنوان\nاحمدزیدآبادی روزنامه‌نگار و کارشناس سیاسی در این باره می‌گوید:« طبیعی است که "
        "سفیر چین به عنوان نماینده رسمی کشور خود، در صدد دفاع از دولت متبوع خود برآید.»\n"
        "زیدآبادی تصریح می‌کند:«جمهوری اسلامی همواره از استقلال سیاسی خود یاد می‌کند.»\n"
    )
    persons = _persons(text)
    assert "زیدآبادی" not in persons
    assert persons["احمدزیدآبادی"] == ["احمدزیدآبادی", "زیدآبادی"]
