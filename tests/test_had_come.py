"""«آمده بود» says what a text held only with a colon or a quote mark after it, or a «در»
before it in its clause, the clause's first word where a comma follows the verb; else someone
had come, and nothing was said (``reporting_cues._written_in``). Sentences of the shared news,
and one of PEYMA's (peyma_10 of ``peyma_speakers_judged_6.jsonl``; its terms:
fixtures/peyma_speakers_judged.SOURCES.md)."""

from __future__ import annotations

from khabar.extract import extract_text


def _cues(text: str) -> list[tuple[str, str]]:
    doc = extract_text(text)
    return [(q.verb, doc.text[q.span.start : q.span.end]) for q in doc.quotes]


def test_someone_who_had_come_says_nothing() -> None:
    # roozno_574, tabnak_1483: «آمده بود» of a person's coming, no quote and no speaker
    text = (
        "در این میان حال ناخوش نماینده قم نمایندگان را بیشتر نگران کرد، احمد امیرآبادی که گفته "
        "می‌شد با حالت تب به مجلس آمده بود هنوز جلسه به پایان نرسیده بود که مجبور شد صحن را "
        "ترک کند.\n"
        "او که برای «بهبود بخشیدن به وضعیت مالی ایران» به تهران آمده بود، درگذشت."
    )
    assert all(verb != "آمده بود" for verb, _ in _cues(text))


def test_a_figure_that_came_down_says_nothing() -> None:
    # tabnak_268: «پایین آمده بود که» with a «در» in its clause: the price came down
    text = (
        "این شاخص در ابتدای معاملات امروز تا ۵۲.۱۵ دلار هم پایین آمده بود که کمترین قیمت آن از "
        "اوایل اکتبر تا کنون است."
    )
    assert _cues(text) == []


def test_what_a_text_held_is_still_quoted() -> None:
    # roozno_82 («در» run into «خبرها»), tabnak_251 (no colon), tabnak_1352 (a colon)
    text = (
        "قبل از این درخبرها آمده بود که قرار است خود هواپیما به برنده بلیت بخت‌آزمایی اهدا شود.\n"
        "متاسفانه در قرارداد او آمده بود بابت حق‌الزحمه باشگاه استقلال باید به کشورش در ایتالیا "
        "واریز شود.\n"
        "در این بخشنامه آمده بود: از اول سال ۱۳۹۸ حداقل مزد روزانه با نرخ یکسان برای کلیه "
        "کارگران مشمول قانون کار تعیین می‌گردد."
    )
    quoted = [said for verb, said in _cues(text) if verb == "آمده بود"]
    assert len(quoted) == 3
    assert quoted[0].startswith("قرار است خود هواپیما")
    assert quoted[1].startswith("بابت حق‌الزحمه")
    assert quoted[2].startswith("از اول سال ۱۳۹۸")


def test_a_paper_opening_its_clause_is_quoted_past_a_comma() -> None:
    # peyma_10: «در این اطلاعیه آمده بود، ...»: the notice the railway issued; fars-1_219: a
    # clause of another subject («نامشان در پایان گزارش ... آمده بود،») quotes nothing
    text = (
        "روابط عمومی راه آهن در اطلاعیه‌ای از توزیع غذای گرم به همه مسافران قطار خبر داد. در "
        "این اطلاعیه آمده بود، با توجه به مسدودی محور خط‌آهن تهران - مشهد تدابیر و اقدامات "
        "لازم در دست انجام است.\n"
        "گروهی از ایرانیان که نامشان در پایان گزارش وزارت امور خارجه آمریکا آمده بود، از سوی "
        "اعضای سازمان مورد بازخواست و تهدید قرار گرفتند."
    )
    quoted = [said for verb, said in _cues(text) if verb == "آمده بود"]
    assert len(quoted) == 1
    assert quoted[0].startswith("با توجه به مسدودی")
