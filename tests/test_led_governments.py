"""A government, cabinet or office named by whom it leads (``surname_mentions._led_by``): the
family name after «دولت», «کابینه» or «دفتر» of a person the article names is that person's
mention, though the word is ordinary («روحانی») or the tagger reads a body; not an adjective
of a kind of government («دولت اسلامی») nor a dynasty («دولت عباسی»). Sentences of the shared
news (roozno_1123, roozno_138, tabnak_940, fars-news-1 and 4, tabnak_1334, tabnak_1651)."""

from __future__ import annotations

from khabar.extract import extract_text


def mentions_of(text: str) -> dict[str, list[str]]:
    """Each person's mentions, each with the word before it."""
    doc = extract_text(text)
    return {
        p.name: [" ".join([*text[: m.start].split()[-1:], doc.span_text(m)]) for m in p.mentions]
        for p in doc.persons
    }


def test_a_government_named_by_its_president() -> None:
    text = (
        "به گزارش روز نو :قالیباف که طی این سال‌ها بیشترین حملات را نسبت به حسن روحانی داشته"
        " است، حالا در مجلس کاملا یکدست اصول‌گرایی مقابل روحانی قرار گرفته است.\n"
        "درواقع اصولگرایان چراغ خاموش حالا نهادهای تاثیرگذار را در اختیار گرفته و دولت روحانی"
        " باید در یک سال باقی مانده یا با آنها وارد تعامل شود یا رویارویی داشته باشد."
    )
    found = mentions_of(text)
    assert "دولت روحانی" in found["حسن روحانی"]


def test_a_kind_of_government_is_no_one() -> None:
    text = (
        "محمد اسلامی افزود: خوداشتغالی و کارآفرینی از مواردی هستند که می‌توانند از طریق توسعه"
        " مهارت تا حدودی دغدغه‌های اقتصادی مردم را کم کنند.\n"
        "ورعی، سیدجواد، اصل در روابط خارجی دولت اسلامی، قم: پژوهشگاه حوزه و دانشگاه، 1390."
    )
    found = mentions_of(text)
    assert found == {"محمد اسلامی": ["محمد اسلامی"]}


def test_a_dynasty_is_no_one() -> None:
    # roozno_138 names a minister «عباسی»; tabnak_940's «دولت عباسی» is the Abbasid state
    text = (
        "توییت کنایه‌آمیز محمد عباسی، وزیر ورزش و جوانان دولت احمدی‌نژاد هم بر این موضوع و"
        " اختلاف و دل‌خوری آنها صحه گذاشت.\n"
        "در هر حال سخت‌گیری دولت عباسی به جایی رسید که مخالفان مورد شکنجه و آزار قرار گرفتند و"
        " زندان‌ها پر از آنان گردید."
    )
    # the president after «دولت» is his own person (``word_figures.tsv``), the dynasty no one
    assert mentions_of(text) == {
        "محمد عباسی": ["کنایه‌آمیز محمد عباسی"],
        "احمدی\u200cنژاد": ["دولت احمدی\u200cنژاد"],
    }


def test_an_office_named_by_whom_it_serves() -> None:
    # tabnak_1334 (the twenty-first persons-recall sample): the president's office
    text = (
        "«رووین ریولین» رئیس رژیم صهیونیستی روز دوشنبه «بنی گانتز» رئیس حزب آبی‌وسفید را"
        " مأمور تشکیل کابینه این رژیم کرد.\n"
        "به نوشته روزنامه «هاآرتص»، گانتز پس از اینکه توانست حمایت اکثریت لازم در کنست (۶۱"
        " نماینده پارلمان) را برای تشکیل کابینه به دست بیاورد، امروز به دفتر ریولین دعوت شد"
        " تا حکم این مأموریت را دریافت کند."
    )
    assert "دفتر ریولین" in mentions_of(text)["رووین ریولین"]


def test_an_office_named_by_the_prime_minister_it_serves() -> None:
    # tabnak_1651 (the forty-first persons-recall sample; tabnak_1681 holds the same lines):
    # the office's official speaks, not the prime minister
    text = (
        "به گزارش ایسنا، به نقل از روزنامه العربی الجدید، مصطفی الکاظمی، نخست وزیر عراق چند روز"
        " پیش اعلام کرده بود، قصد دارد پرونده خشونت‌ها در جریان اعتراضات را مجدد به جریان"
        " بیندازد.\n"
        "در همین رابطه یکی از مسئولان دفتر الکاظمی گفت، وی واحد تحقیقاتی تشکیل داده که به زودی"
        " همه پرونده‌های قربانیان تظاهرات را به جریان می‌اندازد."
    )
    doc = extract_text(text)
    found = mentions_of(text)
    assert found["مصطفی الکاظمی"][-1] == "دفتر الکاظمی"
    said = [q for q in doc.quotes if "تحقیقاتی" in doc.span_text(q.span)]
    assert said and all(q.speaker != "مصطفی الکاظمی" for q in said)
