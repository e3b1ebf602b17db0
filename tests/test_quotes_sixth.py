"""Quotes after the sixth quotes-recall sample (``fixtures/quotes_dev_6``) and the judged quotes
(``fixtures/quotes_judged.jsonl``): a group's view («کارشناسان معتقدند که ...») is no quote,
one holder's («او معتقد است که ...») still is; a quotation closed before its paragraph ends
the quote; «به گفته X، POST،» and «به گفته POST در استان ...،» open what was said after the
post; a forecast before «و افزود:»; «او گفته ...» with no «که»; what was said opens after a
relative clause on the subject («X که ...، ... را ... توصیف کرد»). Texts from the shared news."""

from __future__ import annotations

from khabar.extract import extract_text


def _quotes(text: str) -> list[tuple[str, str, str | None]]:
    doc = extract_text(text)
    return [(q.kind, doc.span_text(q.span), q.speaker) for q in doc.quotes]


def test_a_view_is_no_quote() -> None:
    # roozno_516
    text = (
        "کارشناسان معتقدند که این ویروس تنفسی از طریق تنفس، لمس سطوح آلوده توسط دست‌ها و "
        "سپس تماس دست با بینی، چشم یا دهان منتقل شده و سرعت انتشار بالایی هم دارد.\n"
    )
    assert _quotes(text) == []


def test_a_view_before_a_colon_quotes_the_words() -> None:
    # roozno_1032: an interview's answer after «معتقد است:»
    text = (
        "با مهندس غلامعلی جعفرزاده رئیس فراکسیون مستقلین مجلس شورای اسلامی گفت‌وگو کرده است.\n"
        "جعفرزاده معتقد است: «ما به یک خانه‌تکانی بزرگ نیاز داریم.\n"
    )
    ((kind, said, speaker),) = _quotes(text)
    assert said.startswith("«ما به یک خانه‌تکانی") and speaker == "غلامعلی جعفرزاده"


def test_one_holders_view_is_what_they_said() -> None:
    # roozno_105: a politician's «معتقد است که ...» in a report of what each side said
    text = (
        "محمدرضا عارف گفت: لیست ما بسته می‌شود.\n"
        "علی صوفی اما معتقد است که این رفتارها ایجاد تفرقه می‌کند.\n"
    )
    kind, said, speaker = _quotes(text)[-1]
    assert said.startswith("این رفتارها") and speaker == "علی صوفی"


def test_a_quotation_closed_before_the_paragraph_ends_the_quote() -> None:
    # roozno_770: the closing mark run into the reporter's next sentence
    text = (
        "دیپلمات ارشد آمریکا در پاسخ به سوالی در خصوص امکان بازنگری در تحریم‌ها گفت: «ما همه "
        "سیاست‌های خود را مرتبا ارزیابی می‌کنیم، بنابراین پاسخ این پرسش که آیا هرگز در آن‌ها "
        "بازنگری می‌کنیم؟ این است که بله {بازنگری} می‌کنیم.»با این حال، پمپئو نگفت که وزارت "
        "خارجه آمریکا قصد دارد در تحریم‌ها بازنگری کند یا نه.\n"
    )
    ((kind, said, _),) = _quotes(text)
    assert kind == "direct" and said.startswith("«ما همه") and said.endswith("می‌کنیم.»")


def test_a_name_quoted_first_is_not_the_whole_quote() -> None:
    # fars-news-2, item 31: «تاکسی نارنجی» is a film's name, the sentence goes on
    text = "این کارگردان سینما به فارس گفت: «تاکسی نارنجی» نیازمند فصل پاییز و زمستان است.\n"
    ((_, said, _),) = _quotes(text)
    assert said == "«تاکسی نارنجی» نیازمند فصل پاییز و زمستان است."


def test_what_was_said_opens_after_the_speakers_post() -> None:
    # roozno_399; fars-news-2, item 212
    text = (
        'به گفته محمد صالحی، رئیس هیئت مدیره انجمن پسته ایرانیان، "زمستان‌ها به اندازه کافی '
        "برای محصول پسته سرد نیستند و تابستان‌ها هم بیش از حد گرم هستند.\n"
    )
    ((kind, said, speaker),) = _quotes(text)
    assert said.startswith('"زمستان‌ها') and speaker == "محمد صالحی"
    text = (
        "به گفته نماینده ولی فقیه در استان کردستان، ارزش قیام امام حسین ارزش اصلاحی است چرا "
        "که امام حسین برای جلوگیری از انحراف اسلام قیام کرد.\n"
    )
    ((kind, said, _),) = _quotes(text)
    assert kind == "indirect" and said.startswith("ارزش قیام امام حسین")


def test_a_forecast_before_another_verb() -> None:
    # quotes_dev_6/fars-3_176
    text = (
        "روح‌الله اسحاقی در گفت‌وگو با خبرگزاری فارس گفت: حدود 36 درصد از مسافران نوروزی از "
        "ویلاهای شخصی استفاده می‌کنند.\n"
        "اسحاقی تعداد مسافران نوروزی امسال را 2 میلیون نفر پیش‌بینی کرد و افزود: در سال گذشته "
        "برای یک هزار و 200 نفر پروانه صادر شد.\n"
    )
    quotes = _quotes(text)
    assert [(k, s[:12]) for k, s, _ in quotes][1:] == [
        ("indirect", "تعداد مسافرا"),
        ("direct", "در سال گذشته"),
    ]
    assert quotes[1][2] == "روح‌الله اسحاقی"


def test_a_perfect_with_no_auxiliary_after_a_pronoun() -> None:
    # roozno_658
    text = (
        "علیرضا زالی رییس ستاد فرماندهی عملیات مقابله با ویروس کرونا در تهران نیز از قرنطینه "
        "تهران خبر داده و این اقدام را دارای چند مرحله خوانده است.\n"
        "او گفته قرنطینه چند فاز دارد که فاز یک و دو در حال انجام است.\n"
    )
    kind, said, speaker = _quotes(text)[-1]
    assert kind == "direct" and said.startswith("قرنطینه چند فاز") and speaker == "علیرضا زالی"


def test_a_name_quoted_before_its_apposition_is_not_the_whole_quote() -> None:
    # fars-news-5: «... افزود «ایاد فتایه خلیفه الراوی»، فرد شماره 30 از لیست ...»
    text = (
        "سخنگوی دولت عراق با اعلام خبر فوق افزود «ایاد فتایه خلیفه الراوی»، فرد شماره 30 از "
        "لیست 55 نفره تحت تعقیب وزارت دفاع آمریکا هم‌اکنون در بازداشت است.\n"
    )
    ((_, said, _),) = _quotes(text)
    assert said.endswith("هم‌اکنون در بازداشت است.")


def test_a_relative_clause_on_the_subject_is_no_quote() -> None:
    # quotes_judged.jsonl (fars-4_104); tabnak_310
    text = (
        "رئیس اتحادیه چوب و فلز شاخه مبل برخوار که سخن می‌گفت، خاطرنشان کرد: سال‌هاست ۲۵۰ "
        "کارگاه تولیدکننده مبل به قاچاق گازوئیل روی آورده‌اند.\n"
    )
    assert [(k, s[:8]) for k, s, _ in _quotes(text)] == [("direct", "سال‌هاست")]
    text = (
        "ترامپ که در نشست خبری در کاخ سفید صحبت می‌کرد، رونمایی از این طرح را «گامی به سمت "
        "صلح» برای اسرائیل توصیف کرد.\n"
    )
    ((kind, said, _),) = _quotes(text)
    assert kind == "indirect" and said.startswith("رونمایی از این طرح")


def test_the_plural_of_respect_for_one_person_is_what_they_hold() -> None:
    # tabnak_1397: «ایشان معتقدند» is one revered person's view, not a group's
    text = (
        "حضرت آیت الله خامنه ای به عنوان رهبر انقلاب در ترسیم آینده جمهوری اسلامی بر نقش "
        "جوانان تاکید زیادی دارند؛ ایشان معتقدند که گردش نخبگان اگرچه تاکنون شاید به درستی "
        "صورت نگرفته باشد، اما ناگزیر از این موضوع کار باید به جوانان سپرده شود.\n"
    )
    ((kind, said, speaker),) = _quotes(text)
    assert kind == "indirect" and said.startswith("گردش نخبگان") and speaker == "خامنه‌ای"
    group = text.replace("ایشان معتقدند", "کارشناسان معتقدند")
    assert _quotes(group) == []


def test_a_relative_clause_on_what_was_announced_is_no_quote() -> None:
    # tabnak_1092: «که بر اساس آن» opens a clause on the results, not what was said
    text = (
        "روز پنج‌شنبه کمیته انتخابات مرکزی رژیم صهیونیستی نتایج نهایی غیررسمی انتخابات پارلمانی "
        "را اعلام کرد که بر اساس آن حزب لیکود به رهبری نتانیاهو ۳۶ کرسی به دست آورد.\n"
    )
    assert _quotes(text) == []
    said = text.replace("که بر اساس آن", "که")
    assert [q[1][:8] for q in _quotes(said)] == ["حزب لیکو"]


def test_a_term_named_and_a_wish_foretold_are_no_quotes() -> None:
    # tabnak_427: «که به آن X می‌گویند» names a term; roozno_737: «خواستار ... خواهند شد» foretells
    term = (
        "در نوع دیگری از تهاتر طرفین می‌توانند بین دو دینی که شرایط یکسانی ندارند تهاتر کنند "
        "که به آن تهاتر قراردادی می‌گویند.\n"
    )
    assert _quotes(term) == []
    assert _quotes("کشور‌ها خواستار بسته‌تر شدن و حفاظت بیشتر از خود خواهند شد.\n") == []
    assert _quotes("کشور‌ها خواستار بسته‌تر شدن و حفاظت بیشتر از خود شدند.\n") != []
