"""Speakers and title quotes after the seventh quotes-recall sample (``fixtures/quotes_dev_7``,
no statement in it) and the misses left in the six before it: a family name or «وی» run into
a subheading's last word, a noun or a plural («... در رستوران‌هافرهادی ادامه داد:»); «رئیس
دستگاه قضا» for «رئیس قوه قضاییه»; a title quoting a capital for its state («مسکو: ...») or a
name written together («اشرف‌غنی: ...»). Texts from the samples and the shared news."""

from __future__ import annotations

from khabar.extract import extract_text


def _quotes(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = extract_text(text)
    return [(doc.span_text(q.span), q.speaker, q.speaker_organization) for q in doc.quotes]


# quotes_dev_3/roozno_1057: an interview's subheadings run into the paragraphs they head
_INTERVIEW = (
    "معاون مرکز سلامت محیط و کار وزارت بهداشت، ممنوعیت‌های بازگشایی برخی مشاغل را تشریح کرد.\n"
    "به گزارش روز نو :، محسن فرهادی در نشست ویدئو کنفرانسی با خبرنگاران، در این باره افزود: "
    "در بازگشایی رستوران‌ها رعایت چهار محور اصلی بهداشت فردی تاکید ویژه دارد.\n"
    "نحوه چیدمان میزها در رستوران‌هافرهادی ادامه داد: رستوران‌ها و مراکز عرضه مواد غذایی از "
    "امروز امکان پذیرش مشتری را هم خواهند داشت.\n"
    "الزام ماسک و دستکش برای کارکنان رستوران‌هاوی با بیان اینکه رعایت بهداشت فردی از سوی "
    "کارکنان رستوران‌ها بسیار شدیدتر از گذشته باید رعایت شود، گفت: استفاده از ماسک و دستکش "
    "برای کسانی که در سرو غذا همکاری می‌کنند باید رعایت شود.\n"
    "ضرورت وجود ادویه‌جات یکبار مصرف روی میزفرهادی درباره نحوه عرضه مواد غذایی در رستوران‌ها "
    "نیز تاکید کرد: غذایی که برای مشتری سرو می‌شود حتما باید روکش داشته باشد.\n"
)


def test_a_family_name_run_into_a_headings_noun_is_the_speaker() -> None:
    said = {text.split()[0]: speaker for text, speaker, _ in _quotes(_INTERVIEW)}
    assert said["رستوران‌ها"] == "محسن فرهادی"  # «... در رستوران‌هافرهادی ادامه داد:»
    assert said["استفاده"] == "محسن فرهادی"  # «... رستوران‌هاوی با بیان اینکه ...»
    assert said["غذایی"] == "محسن فرهادی"  # «... روی میزفرهادی درباره ...»


def test_a_name_run_into_a_noun_before_the_article_names_it_is_nobody() -> None:
    # the same paragraphs, the person named in full only after them: «میزفرهادی» may be a
    # noun and its possessor that lost a space
    text = _INTERVIEW.split("\n", 2)[2] + "محسن فرهادی افزود: ادویه‌جات باید یکبار مصرف باشد.\n"
    said = {text.split()[0]: speaker for text, speaker, _ in _quotes(text)}
    assert said["رستوران‌ها"] is None and said["غذایی"] is None
    assert said["ادویه‌جات"] == "محسن فرهادی"


def test_the_head_of_the_judiciary_in_another_wording() -> None:
    # quotes_dev_4/roozno_81
    text = (
        "گرانی خودرو صدای رئیسی را هم درآورد\n"
        "رئیس دستگاه قضا از روند افزایشی قیمت خودرو طی روزهای اخیر گلایه کرد.\n"
        "به گزارش روزنو :حجت الاسلام و مسلمین سید ابراهیم رئیسی رئیس قوه قضاییه در جلسه صبح "
        "امروز شورای‎عالی قضایی با اشاره به ابراز تنفر جهانی از اقدام تروریستی آمریکا در به "
        "شهادت رساندن سردار سلیمانی گفت: امروز آهنگ همه مردم ابراز تنفر از آمریکاست.\n"
        "رئیس دستگاه قضا تأکید کرد: مردم ما در روز ۲۲ بهمن خشم و نفرت خود از آمریکا را به "
        "نمایش خواهند گذاشت.\n"
    )
    assert [speaker for _, speaker, _ in _quotes(text)] == ["سید ابراهیم رئیسی"] * 2


def test_a_title_quoting_a_capital_is_its_states() -> None:
    # quotes_dev_2/fars-1_166
    text = (
        "مسکو: از حملات هوایی انگلیس استقبال می‌کنیم به شرط آنکه هدف، تروریست‌ها باشند\n"
        "روسیه در واکنش به آغاز حملات هوایی انگلیس در سوریه اعلام کرد چنانچه انگلیس مواضع "
        "تروریست‌ها را در حملات خود هدف بگیرد، از این اقدام استقبال می‌کند.\n"
    )
    said, speaker, body = _quotes(text)[0]
    assert said.startswith("از حملات هوایی") and (speaker, body) == (None, "روسیه")


def test_a_title_quoting_a_name_written_together() -> None:
    # quotes_dev_6/tabnak_994
    text = (
        "اشرف‌غنی: تمام مواد توافقنامه آمریکا و طالبان مشروط است\n"
        "به گزارش خبرگزاری مهر به نقل از بی‌بی‌سی، اشرف غنی رئیس جمهوری افغانستان امروز شنبه "
        "در کابل اعلام کرد: تمام مواد توافقنامه (میان آمریکا و طالبان) مشروط است.\n"
    )
    said, speaker, _ = _quotes(text)[0]
    assert said.startswith("تمام مواد توافقنامه آمریکا") and speaker == "اشرف غنی"
