"""Wrong facts left on the news, a tenth pass: a judge named after the title by a listed family
name alone («به ریاست قاضی صلواتی») is a person who holds that post, and speaks where the
report says «قاضی گفت:» (``titled_surnames.surnames_after_titles``,
``people.family_after_title``); not after a word that counts holders («دو سناتور تندرو»), nor
where a given name makes «قاضی» a family name's word («سعید قاضی مغربی»). A party of the trial
named by its noun opening the clause is its subject, not the judge named further in
(``court_parties.party_opens``). Sentences of the shared news."""

from khabar.extract import extract_text


def _persons(text: str) -> list[tuple[str, list[str]]]:
    return [(p.name, p.posts) for p in extract_text(text).persons]


def test_a_judge_named_by_family_name_alone():
    # roozno_data_208: the court sits under judge Salavati, who then asks the accused
    text = (
        "عنوان\nدومین جلسه دادگاه رسیدگی به اتهامات روح‌الله زم معروف به نیما امروز یکشنبه "
        "در شعبه 15 دادگاه انقلاب تهران به ریاست قاضی صلواتی برگزار شد.\n"
        "سپس قاضی از متهم خواست تا برای دفاع در جایگاه حاضر شود.\n"
        "قاضی گفت: درباره همکاری با سرویس اطلاعاتی فرانسه توضیح دهید؟ متهم زم گفت: پس از "
        "مکالمه روحانی و مکرون از پلیس فرانسه با من تماس گرفتند.\n"
    )
    doc = extract_text(text)
    assert ("صلواتی", ["قاضی"]) in [(p.name, p.posts) for p in doc.persons]
    said = [(q.speaker, q.verb) for q in doc.quotes]
    assert ("صلواتی", "خواست") in said
    assert ("صلواتی", "گفت") in said
    assert all(p.name != "روح‌الله زم" or "قاضی" not in p.posts for p in doc.persons)


def test_a_judge_told_of_by_a_lawyer():
    # sobhane2_72: the judge of Najafi's case, named by the defence lawyer
    text = (
        "عنوان\nگودرزی افزود: قاضی کشکولی رسیدگی‌کننده به پرونده گفته است که دادگاه به "
        "صورت علنی برگزار خواهد شد.\n"
    )
    assert ("کشکولی", ["قاضی"]) in _persons(text)


def test_no_person_after_a_count_of_holders():
    # tabnak_data_898: two hardline senators, «تندرو» no one's family name here
    text = (
        "عنوان\nدو سناتور تندرو آمریکایی از دو حزب رقیب طرحی را آماده کرده‌اند که به باور "
        "آنها می‌تواند به ایجاد یک توافق جدید منجر شود.\n"
    )
    assert _persons(text) == []


def test_a_family_name_that_opens_with_the_title_stays_whole():
    # fars-news-1: «قاضی مغربی» is the family name of a university's head, no judge
    text = (
        "عنوان\nبه گزارش خبرگزاری فارس از شهرری، سعید قاضی مغربی رئیس دانشگاه آزاد اسلامی "
        "واحد یادگار امام گفت: دانشجویان باید آموزش ببینند.\n"
    )
    assert _persons(text) == [("سعید قاضی مغربی", ["رئیس دانشگاه آزاد اسلامی"])]


def test_the_accused_opening_the_clause_is_not_the_judge_named_in_it():
    # roozno_data_208: the accused declines to answer the judge's questions; no one named
    text = (
        "عنوان\nدومین جلسه دادگاه رسیدگی به اتهامات روح‌الله زم معروف به نیما امروز یکشنبه "
        "در شعبه 15 دادگاه انقلاب تهران به ریاست قاضی صلواتی برگزار شد.\n"
        "متهم در این بخش بدون پاسخگویی به سوالات قاضی گفت: این موضوع ارتباطی با من ندارد.\n"
        "قاضی گفت: درباره همکاری با سرویس اطلاعاتی فرانسه توضیح دهید؟ متهم زم گفت: پس از "
        "مکالمه روحانی و مکرون از پلیس فرانسه با من تماس گرفتند.\n"
    )
    said = {text[q.span.start : q.span.end][:6]: q.speaker for q in extract_text(text).quotes}
    assert said["این مو"] is None
    assert said["درباره"] == "صلواتی"
    assert said["پس از "] == "روح‌الله زم"  # «متهم زم گفت:» stays his


def test_the_accused_named_after_the_noun_speaks():
    # roozno_data_1127: «متهم فهیمی گفت:» is his; the accused unnamed after the judge is no one
    text = (
        "عنوان\nدر ادامه قاضی از متهم علی‌اکبر فهیمی خواست در جایگاه قرار گیرد و توضیحات خود "
        "را بیان کند.\n"
        "متهم فهیمی گفت: در ذهن من این بود که با این اقدام وابستگی به شکر کم می‌شود؛ بنابراین "
        "نمی‌توانم بگویم اصرار بر اجرای این طرح زاییده یک ذهن پلید بوده است.\n"
        "قاضی مسعودی‌مقام بیان کرد: از کدام مرجع گزارش دارید؟ متهم پاسخ داد: در صورت صلاحدید به "
        "صورت محرمانه به دادگاه ارائه می‌کنم.\n"
    )
    said = {q.verb: q.speaker for q in extract_text(text).quotes}
    assert said["گفت"] == "علی‌اکبر فهیمی"
    assert said["پاسخ داد"] is None
