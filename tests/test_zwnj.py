"""ZWNJ restoration: the words and seed fragments it must get right, and the edits' shape."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.letters import ZWNJ
from khabar.text.offsets import apply_edits
from khabar.text.zwnj import Lexicon, Restorer, zwnj_edits

FIXTURES = Path(__file__).parent / "fixtures" / "zwnj"


def restore(text: str) -> str:
    return apply_edits(text, zwnj_edits(text), "zwnj")[0]


def z(text: str) -> str:
    """Expected forms are written with | for the ZWNJ."""
    return text.replace("|", ZWNJ)


GLUED = [
    "هم|افزایی",
    "می|شود",
    "حوزه|های",
    "بهره|برداری",
    "اطلاع|رسانی",
    "به|مناسبت",
    "امنیت|ساز",
    "هاشمی|فر",
    "علی|رغم",
    "ام|القرای",
    "نعمت|الله",
    "جمشیدی|پور",
    "ناظری|زاده",
    "پلیس|های",
    "خدمت|رسانی",
    "مطالبه|گری",
    "راه|اندازی",
    "دوربین|های",
    "نمی|کنند",
    "می|گذاریم",
    "جاده|ای",
    "عرصه|ای",
    "علاقه|تان",
    "خانه|شان",
]

SPACED = [
    "پاسگاه|ها",
    "می|کنید",
    "شیوه|نامه",
    "تلاش|های",
    "استان|های",
    "خریده|اند",
    "بوده|ایم",
    "مهم|ترین",
    "ویژه|ای",
]

WHOLE = [
    "انتهای",
    "موسسات",
    "روسای",
    "عملکرد",
    "میدانی",
    "میان",
    "میز",
    "میلیون",
    "همه",
    "همین",
    "بیست",
    "بیمه",
    "بیش",
    "هماهنگ",
    "کتابشان",
    "نهصد",  # a number is one word (ششصد، نهصد)
    "ششصدمین",
]

APART = ["ورود میدانی", "آذربایجان شرقی", "به گزارش", "در ها", "هم آنان", "انتهای پیام"]


@pytest.mark.parametrize("expected", GLUED)
def test_glued_words_are_split(expected: str) -> None:
    assert restore(expected.replace("|", "")) == z(expected)


@pytest.mark.parametrize("expected", SPACED)
def test_spaced_words_are_joined(expected: str) -> None:
    assert restore(expected.replace("|", " ")) == z(expected)


@pytest.mark.parametrize("word", WHOLE + APART)
def test_words_and_phrases_are_kept(word: str) -> None:
    assert restore(word) == word
    assert zwnj_edits(word) == []


def test_participle_joins_only_as_an_adjective() -> None:
    assert restore("ارقام اعلام شده در گزارش") == z("ارقام اعلام|شده در گزارش")
    assert restore("نتایج اعلام شده است.") == "نتایج اعلام شده است."
    assert restore("اعلام شده و") == "اعلام شده و"
    assert restore("اعلام شده") == "اعلام شده"
    assert restore("اعلام شده میشود") == z("اعلام شده می|شود")
    assert restore("ارقام اعلام شده شهرداری") == z("ارقام اعلام|شده شهرداری")


def test_bi_joins_a_known_word() -> None:
    assert restore("بی سابقه") == z("بی|سابقه")
    assert restore("بی و") == "بی و"
    assert restore("بی ام و") == "بی ام و"
    assert restore("نیمه خرداد") == "نیمه خرداد"


def test_wrong_split_of_he_ye() -> None:
    assert restore("عرصهای") != z("عرص|های")


def test_existing_zwnj_is_kept_and_rest_restored() -> None:
    assert restore(z("می|شود و حوزههای")) == z("می|شود و حوزه|های")
    assert zwnj_edits(z("هم|افزایی")) == []


def seed_fragments() -> list[tuple[str, str]]:
    rows = []
    for line in (FIXTURES / "seed_fragments.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            damaged, expected = line.split("\t")
            rows.append((damaged, z(expected)))
    return rows


@pytest.mark.parametrize(("damaged", "expected"), seed_fragments())
def test_seed_fragments(damaged: str, expected: str) -> None:
    assert restore(damaged) == expected


def edits_shape_ok(text: str) -> None:
    edits = zwnj_edits(text)
    last = -1
    for e in edits:
        assert e.replacement == ZWNJ
        assert e.start > last or (e.start == last and e.start == e.end)  # sorted, no overlap
        assert text[e.start : e.end] in ("", " ")  # insert, or turn one space into a ZWNJ
        last = e.end
    out = apply_edits(text, edits, "zwnj")[0]
    # letters never change: only spaces become ZWNJs and ZWNJs are added
    assert out.replace(ZWNJ, "").replace(" ", "") == text.replace(ZWNJ, "").replace(" ", "")


def test_edits_are_sorted_non_overlapping_and_only_zwnj() -> None:
    for damaged, _ in seed_fragments():
        edits_shape_ok(damaged)
        edits_shape_ok(damaged.replace(" ", ""))  # everything glued
    edits_shape_ok("می کنید. می\nکنید، «پاسگاه ها» 12 ها a ها می")
    edits_shape_ok("")


def test_lexicon_file_has_a_source_header() -> None:
    from importlib import resources

    text = resources.files("khabar").joinpath("data", "zwnj_words.txt").read_text("utf-8")
    header = text.split("\n", 3)[:3]
    assert all(line.startswith("#") for line in header)
    assert "Hazm" in text[:1000] and "CC BY-SA 4.0" in text[:1000]


def test_small_lexicon() -> None:
    lex = Lexicon.parse(
        "# test\n@plain\nکتاب\nجاده\n@zwnj\nشیوه\u200cنامه\n@verbs\nکرد#کن\n"
        "@right\nرسانی\n@stop\nو\n@join\nنخست وزیر\n@nojoin\n"
    )
    r = Restorer(lex)
    assert r.split("کتابها") == (4,)
    assert r.split("شیوهنامه") == (4,)
    assert r.split("میکنند") == (2,)
    assert r.split("جادهای") == (4,)  # not جاد‌های: جاد is no word
    assert r.split("کتاب") == ()
    assert r.join("نخست", "وزیر") and r.join("کتاب", "ها") and not r.join("و", "کتاب")


def test_indefinite_ai_is_as_likely_as_a_plural() -> None:
    # both stems are words: the more frequent one decides, with no penalty on «-ه + ای»
    lex = Lexicon.parse("# test\n@plain\nکلمه\nکلم\nزمین\nزمینه\n")
    r = Restorer(lex)
    assert r.split("کلمهای") == (4,)  # کلمه‌ای, not کلم‌های
    assert r.split("زمینهای") == (4,)  # زمین‌های: زمین is the more frequent
    assert restore("کلمهای") == z("کلمه|ای")


def test_unknown_verb_guess_spares_two_known_words() -> None:
    lex = Lexicon.parse("# test\n@plain\nمیر\nسلیم\n")
    r = Restorer(lex)
    assert r.split("میرسلیم") == ()  # a name (میر + سلیم), not می‌رسلیم
    assert r.split("میجنباند") == (2,)  # an unknown verb is still guessed
    assert restore("میرسلیم گفت") == "میرسلیم گفت"


def test_known_word_with_glued_ye_keeps_its_spelling() -> None:
    lex = Lexicon.parse("# test\n@plain\nکم\nکمتر\nدفتر\nمتهمان\nمته\n@right\nمانی\n")
    r = Restorer(lex)
    assert r.split("کمتری") == ()  # کمتر + ی, not کم‌تری
    assert r.split("دفتری") == ()  # not دف‌تری
    assert r.split("متهمانی") == ()  # not مته‌مانی
    assert r.split("کمترین") == (2,)  # a superlative is still split
    plural = Restorer(Lexicon.parse("# test\n@plain\nحقوق\nحقوقدان\n@verbs\nدانست#دان\n"))
    assert plural.split("حقوقدانان") == ()  # a plural in ان follows its singular
    assert plural.split("حقوقدانی") == ()
    assert restore("دفتری") == "دفتری"


def test_ye_after_a_silent_he_takes_a_zwnj() -> None:
    lex = Lexicon.parse("# test\n@plain\nبرنامه\nشکوه\nکوتاه\nالله\n")
    r = Restorer(lex)
    assert r.split("برنامهی") == (6,)  # برنامه‌ی (ezafe or indefinite)
    assert r.split("شکوهی") == ()  # a sounded ه: شکوهی
    assert r.split("کوتاهی") == ()
    assert r.split("اللهی") == ()
    assert r.join("برنامه", "ی") and not r.join("شکوه", "ی")


def test_negated_participle_takes_the_perfect() -> None:
    lex = Lexicon.parse("# test\n@plain\nنداشت\nنداشته\n@verbs\nداشت#دار\n")
    assert Restorer(lex).split("نداشتهایم") == (6,)  # نداشته‌ایم, not نداشت‌هایم


def test_a_text_is_repaired_the_way_it_lost_its_zwnjs() -> None:
    # spaced «ها», «می»: the ZWNJs became spaces; the glued compound is the author's
    assert restore("پروژه ها به بهرهبرداری می رسند") == z("پروژه|ها به بهرهبرداری می|رسند")
    # glued «ها», «می»: the ZWNJs were deleted; the space is the author's
    assert restore("پروژهها برای اطلاع رسانی میرسند") == z("پروژه|ها برای اطلاع رسانی می|رسند")
    # both signs, or neither: both repairs
    assert restore("پروژهها برای اطلاع رسانی می رسند") == z("پروژه|ها برای اطلاع|رسانی می|رسند")
    assert restore("برای اطلاع رسانی و بهرهبرداری") == z("برای اطلاع|رسانی و بهره|برداری")
    # a text that keeps its ZWNJs at «می» and «ها» keeps the rest as written
    assert restore(z("پروژه|ها برای اطلاع رسانی و بهرهبرداری")) == z(
        "پروژه|ها برای اطلاع رسانی و بهرهبرداری"
    )
    for damaged in ("پروژه ها به بهرهبرداری می رسند", "پروژهها برای اطلاع رسانی میرسند"):
        assert restore(restore(damaged)) == restore(damaged)


@pytest.mark.parametrize("damaged", ["رضا هایآغاز", "رضا هایساز"])
def test_a_space_joined_before_a_glued_suffix_is_repaired_once(damaged: str) -> None:
    # the space before «های…» is joined (the text lost its ZWNJs to spaces), so the rest of
    # the glued word stays as written; a second repair sees a text that keeps its ZWNJs
    once = restore(damaged)
    assert once.startswith(damaged.split()[0] + ZWNJ + "های")
    assert restore(once) == once


# Words written whole that look like a known word plus an affix: a place, a doctrine, an
# Arabic phrase, given names, foreign names (PEYMA and the shared news write them so).
UNKNOWN_WHOLE = [
    "دکترین",  # not دک + ترین: a comparative wants a stem of three letters or more
    "غیرنهایی",  # not غیرن + هایی: a plural wants a known stem
    "فیها",  # not فی + ها: a function word takes no plural
    "چستر",
    "لستر",
    "میدوز",  # not می + دوز: a bare present stem is no verb form
    "الیمستان",  # -ستان is a place, not the verb ستاندن
    "آرامستان",
    "فرحناز",  # given names spelt in one piece (data/first_names.tsv)
    "گلبهار",
    "علیقلی",
    "بیتا",
    "فیلیپین",  # places and other gazetteer names spelt in one piece (data/countries.tsv,
    "بمپور",  # data/province_city.json, data/agencies.tsv), not فیلی‌پین، بم‌پور، شین‌هوا
    "شینهوا",
    "کامپالا",  # data/world_places.tsv: not کام + پالا
    "ایندران",  # not این + دران: a demonstrative opens no compound on a verb stem
    "فقیهی",  # names ending in هی (PEYMA, ARMAN): no Ezafe at the end of a phrase or
    "قرهی",  # before a verb or conjunction
    "سدهی",
]


@pytest.mark.parametrize("word", ["مینه‌سوتا", *UNKNOWN_WHOLE])
def test_unknown_words_are_left_whole(word: str) -> None:
    assert restore(word) == word
    # in a text that lost its ZWNJs outright, and in one that shows no sign of it
    for text in (f"خبرها از {word} میرسد", f"در {word} و"):
        assert word in restore(text).split()


def test_mi_wants_a_verb_form_not_a_bare_present_stem() -> None:
    r = Restorer(Lexicon.parse("# test\n@plain\nرفت\n@verbs\nنهاد#نه\nرفت#رو\nتوانست#توان\n"))
    assert r.split("مینه") == ()  # مینه‌سوتا: نه is a stem, not a verb form
    assert r.split("مینهد") == (2,)
    assert r.split("میروند") == (2,)
    assert r.split("میتوان") == (2,)  # می‌توان گفت: the one impersonal bare stem


def test_plurals_of_unknown_stems_but_not_of_two_known_words() -> None:
    r = Restorer(Lexicon.parse("# test\n@plain\nغیر\nنهایی\nکره\nای\nهمان\nفی\n@stop\nهمان\nفی\n"))
    assert r.split("سکانسها") == (5,)  # a loanword: سکانس‌ها
    assert r.split("غیرنهایی") == ()  # غیر + نهایی, not غیرن‌هایی
    assert r.split("فیها") == ()  # a function word takes no plural
    assert r.split("همانها") == (4,)  # but a demonstrative does


def test_a_final_ye_after_he_is_an_ezafe_only_before_a_word_it_can_join() -> None:
    assert restore("همهی مردم میروند") == "همه‌ی مردم می‌روند"
    assert restore("در سدهی بیستم") == "در سده‌ی بیستم"
    assert restore("دربارهی «برجام» گفت") == "درباره‌ی «برجام» گفت"
    assert restore("آقای فقیهی گفت") == "آقای فقیهی گفت"
    assert restore("آقای فقیهی میگوید") == "آقای فقیهی می‌گوید"
    assert restore("نام او قرهی است.") == "نام او قرهی است."
    assert restore("از سدهی، کتابها") == "از سدهی، کتاب‌ها"
    assert restore("مجید ناگهی ، یلدا معیری و کتابها") == "مجید ناگهی ، یلدا معیری و کتاب‌ها"


def test_a_glued_plural_ezafe_before_no_noun_is_a_word_in_he_and_its_indefinite() -> None:
    # UD Persian dev sentences: «های» is a plural with its Ezafe, which no conjunction,
    # preposition «از» or end of phrase follows
    assert restore("از تمدنها در زمینهای از هنر") == z("از تمدن|ها در زمینه|ای از هنر")
    assert restore("هر انسانی که کمینهای از شرافت") == z("هر انسانی که کمینه|ای از شرافت")
    assert restore("به خاطر قلبهایی که شکستهای.") == z("به خاطر قلب|هایی که شکسته|ای.")
    assert restore("زمینهای کشاورزی را خرید") == z("زمین|های کشاورزی را خرید")


def test_place_names_are_read_once_for_the_trie_and_the_restorer() -> None:
    from khabar.extract import lexicons as lx
    from khabar.lexicon import place_names
    from khabar.text.zwnj import solid_names

    names = {name: (kind, spellings) for name, kind, spellings in place_names()}
    assert names["فیلیپین"][0] == "country"
    assert "امریکا" in names["آمریکا"][1]  # an alias
    assert "کلیبر" in names  # province_city.json spells it with Arabic ي/ك: «كليبر»
    assert lx.places().match(["کلیبر"], 0) is not None
    assert {"فیلیپین", "کلیبر", "بمپور"} <= solid_names()
    assert "آذربایجان شرقی" not in solid_names()  # two words: the restorer sees each alone


def test_a_family_name_after_a_given_name_is_split_only_where_certain() -> None:
    # two words (پاکدامن، غلامپور) or an inflection on an unknown word stay whole after a
    # given name; a verb with می and a plural of a known word do not
    assert zwnj_edits("علی پاکدامن هم آمد") == []
    assert zwnj_edits("فاطمه غلامپور مربی تیم") == []
    glued = "علی میگوید کتابها را"
    restored = apply_edits(glued, zwnj_edits(glued), "zwnj")[0]
    assert restored == "علی می\u200cگوید کتاب\u200cها را"
    # a family-name part after ی is split there too (as «احمدی نژاد» is joined)
    assert apply_edits("علی هاشمیپور", zwnj_edits("علی هاشمیپور"), "zwnj")[0] == (
        "علی هاشمی\u200cپور"
    )
    # a word the lexicon spells with a ZWNJ is split after a common word, where it is no name
    assert zwnj_edits("کوه آتشفشان") != []


def test_the_words_of_family_names_keep_their_spelling() -> None:
    from khabar.text.zwnj import solid_names

    # listed family names whose parts are words (خان + دوزی، پاک + دامن، سی + دی) or which the
    # lexicon spells with a ZWNJ as adjectives stay whole, alone or after any word
    assert {"خاندوزی", "پاکدامن", "مهماندوست", "سیدی"} <= solid_names()
    for text in ("خاندوزی", "پاکدامن", "آقای مهماندوست گفت", "کوه پاکدامن", "سیدی"):
        assert zwnj_edits(text) == [], text


def test_a_given_name_and_a_name_part_stay_whole() -> None:
    r = Restorer(
        Lexicon.parse("# test\n@plain\nپور\nغلام\n@right\nپور\n"), given=frozenset({"غلام"})
    )
    assert r.split("غلامپور") == ()
    assert Restorer(Lexicon.parse("# test\n@plain\nپور\nغلام\n@right\nپور\n")).split("غلامپور") == (
        4,
    )
