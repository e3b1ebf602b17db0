"""Properties of the repair on arbitrary input."""

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from khabar.text import repair
from khabar.text.characters import character_edits, spacing_edits
from khabar.text.offsets import apply_edits, output_spans

# Persian-heavy text with the characters repair touches, plus anything Unicode has.
persian = st.sampled_from(
    list("ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیيكةۀـًٌٍَُِّ‌‍‎‏ \n\t.،؛:؟!«»۰۱۲۳٤٥0123")
    + ["انتهای پیام", "نظر شما", "date 2025-11-26 ", "میشود", "پاسگاه ها", "\r\n", "\u00a0"]
    + ["۲۲.\n۵", "3٫\n", "1/\n2"]  # numbers broken at their decimal mark
)
texts = st.lists(st.one_of(persian, st.characters()), max_size=200).map("".join)


def fold(s: str) -> str:
    """Letters and digits only, after the (context-free) character repair."""
    s, _ = apply_edits(s, character_edits(s))
    return "".join(c for c in s if c.isalnum())


# numbers the source broke at their decimal mark (tabnak_966, roozno_358, tabnak_940), rejoined
_BROKEN_NUMBERS = [
    "شاخص کل بورس با افزایش ۴۵۶۳۸ واحدی معادل ۹.\n۵۳ درصد در ارتفاع ۵۲۴ هزار واحد قرار گرفت.",
    "در این انتخابات ۲۴.\n\n۵۱۲.\n ۴۰۴ نفر پای صندوق رای رفتند و آمار مشارکت ۴۲.\n۵۷ درصد بود.",
    "مجله نور علم، شماره ٤٦.\n١٥.\nحرعاملی، محمد بن حسن، وسائل الشیعه.\n۱۶.\n۳ ",
]


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(texts)
@example(_BROKEN_NUMBERS[0])
@example(_BROKEN_NUMBERS[1])
@example(_BROKEN_NUMBERS[2])
def test_repair_is_idempotent(text):
    once = repair(text).text
    assert repair(once).text == once


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(texts)
@example(_BROKEN_NUMBERS[0])
@example(_BROKEN_NUMBERS[1])
@example(_BROKEN_NUMBERS[2])
def test_every_sentence_and_token_maps_back_to_matching_original(text):
    doc = repair(text)
    for span in [*doc.sentences, *doc.tokens[:50]]:
        span = getattr(span, "span", span)
        start, end = doc.offset_map.to_original(span.start, span.end)
        assert 0 <= start <= end <= len(text)
        assert fold(text[start:end]) == fold(doc.text[span.start : span.end])


spacing = st.lists(st.sampled_from(list("اب‌ \n.،:؟!ـ")), max_size=40).map("".join)


@settings(max_examples=500, deadline=None)
@given(st.one_of(spacing, texts))
def test_spacing_rescan_near_changes_finds_what_a_whole_scan_finds(text):
    for _ in range(3):
        edits = spacing_edits(text)
        if not edits:
            break
        text, _ = apply_edits(text, edits)
        assert spacing_edits(text, output_spans(edits)) == spacing_edits(text)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_forward_then_back_stays_inside_the_span(text):
    doc = repair(text)
    n = len(text)
    for a in range(0, n, max(1, n // 7)):
        s, e = doc.offset_map.from_original(a, min(n, a + 5))
        assert 0 <= s <= e <= len(doc.text)


def test_lone_surrogates_controls_and_long_lines():
    raw = b"\xed\xa0\x80 \x00\x07 " + "ب".encode() * 10
    doc = repair(raw.decode("utf-8", errors="surrogateescape"))
    assert "\x00" not in doc.text and "\x07" not in doc.text
    long_line = ("میشود پاسگاه ها " * 70_000)[:1_000_000]
    doc = repair(long_line)
    assert doc.text.startswith("می\u200cشود پاسگاه\u200cها")
    s = doc.sentences[0]
    assert doc.offset_map.to_original(s.start, s.end)[0] == 0


def test_character_repair_alone():
    text = "علي\u0640\u064e كريمي\u00a0\u200f"
    out, _ = apply_edits(text, character_edits(text))
    assert out == "علی کریمی "


def _news_pieces() -> list[str]:
    """The ZWNJ-separated pieces of the words of the real articles in the fixtures."""
    from pathlib import Path

    folder = Path(__file__).parent / "fixtures" / "news"
    words = {w for f in folder.glob("*.txt") for w in f.read_text(encoding="utf-8").split()}
    return sorted({p for w in words for p in w.split("\u200c") if p})


# Real words and word pieces, run together, spaced or joined by a ZWNJ at random: the damage
# the ZWNJ restorer repairs, in combinations no article happens to hold.
_AFFIXES = "می نمی بی ها های هایی ای ام اش ایم اند تر ترین تری شان تان مان گر ساز".split()
news_texts = st.lists(
    st.tuples(
        st.one_of(st.sampled_from(_news_pieces()), st.sampled_from(_AFFIXES)),
        st.sampled_from(["", " ", "\u200c", " ", "\n"]),
    ),
    max_size=40,
).map(lambda pairs: "".join(p + sep for p, sep in pairs))


@settings(max_examples=1000, deadline=None)
@given(news_texts)
# a space joined before a word that begins with «های» (twice: «رضا‌های‌آغاز»)
@example('"رضا هايآغاز')
@example('"رضا هايساز')
# a line of 59 characters that the ZWNJ step makes 60: long enough to be joined the second time
@example('"\n"\n"الدستور""ايمن"10 «بيرون «تحریک «تک «رفینیتو» آبخازيهاي «تک\n"')
def test_repair_of_news_words_is_idempotent(text):
    once = repair(text).text
    assert repair(once).text == once


def test_a_zwnj_does_not_make_a_line_long_enough_to_join():
    from khabar.text.layout import line_wrap_edits

    head = "یک.\nدو.\n"
    short = head + "ب" * 30 + "\u200c" + "ب" * 29 + "\nادامه"  # 59 letters and a ZWNJ
    assert [e.replacement for e in line_wrap_edits(short)] == []
    long = head + "ب" * 30 + "\u200c" + "ب" * 30 + "\nادامه"
    assert [e.replacement for e in line_wrap_edits(long)] == [" "]
    text = '"\n"\n"الدستور""ايمن"10 «بيرون «تحریک «تک «رفینیتو» آبخازيهاي «تک\n"'
    once = repair(text).text
    assert once.endswith('«تک\n"') and repair(once).text == once
