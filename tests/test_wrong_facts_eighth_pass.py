"""Wrong facts left on the news, an eighth pass: people many and unnamed («منابع محلی»,
«برخی از منابع بازار»), or «آن‌ها» after a verb in the singular, opening the clause after
the last «و» before a verb in the plural say what it tells, not the body the sentence opened
with (``speakers._many_after_and``). Sentences of the shared news."""

from khabar.extract import extract_text


def _speakers(text: str) -> list[tuple[str | None, str | None, str]]:
    doc = extract_text(text)
    return [(q.speaker, q.speaker_organization, q.verb) for q in doc.quotes]


def test_sources_after_and_are_nobodys():
    # tabnak_data_1449: the local sources, not the US army, say it
    text = (
        "عنوان\nارتش آمریکا تجهیزات نظامی و لجستیک جدید از عراق به منطقه میدان‌های نفتی در شرق "
        "سوریه فرستاد و منابع محلی می‌گویند که آمریکا درصدد بازسازی پایگاه‌هایی برای خود در "
        "شهر الرقه در شمال سوریه است.\n"
    )
    assert _speakers(text) == [(None, None, "می‌گویند")]


def test_some_of_the_sources_after_and_are_nobodys():
    # tabnak_data_1083: «میزان» is the amount, and the market's sources claim it
    text = (
        "عنوان\nاین در حالی است که میزان ذخایر نفت‌کوره در بندرژوشانچین بسیار بالا است و برخی "
        "از منابع بازار نیز مدعی شدند که برخی مخازن در بنادر چینی پر هستند و تنها فضای بسیار "
        "محدودی برای محموله‌های جدید وجود دارد.\n"
    )
    assert _speakers(text) == [(None, None, "مدعی شدند")]


def test_they_after_a_verb_in_the_singular_are_not_the_police():
    # sobhane2_16: «آن‌ها» are the neighbours asked, not the police that asked them
    text = (
        "عنوان\nپلیس در گام بعدی از تحقیقات به پرس و جو از همسایه‌ها پرداخت و آن‌ها گفتند دو "
        "مرد را دیده بودند که با الهام رفت و آمد داشته‌اند.\n"
    )
    assert [(s, o) for s, o, _ in _speakers(text)] == [(None, None)]


def test_a_body_saying_on_its_own_keeps_its_statement():
    # tabnak_data_1449: the body that opens the clause of its own verb still speaks
    text = (
        "عنوان\nوزارت دفاع آمریکا (پنتاگون) اعلام کرد که مانور‌هایی را طی روزهای آینده در خلیج "
        "فارس برگزار می‌کند.\n"
    )
    assert [o for _, o, _ in _speakers(text)] == ["وزارت دفاع آمریکا"]


def test_a_bodys_own_they_after_its_plural_verb_keeps_the_body():
    # «آنان» after a verb in the plural may stand for the body that is its subject
    text = (
        "عنوان\nطالبان روز شنبه شهر غزنی را تصرف کردند و آنان اعلام کردند که به پیشروی ادامه "
        "می‌دهند.\n"
    )
    assert [o for _, o, _ in _speakers(text)] == ["طالبان"]
