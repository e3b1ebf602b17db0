"""Two full names written one after the other (extract/run_together_names.py) and «اشغالی»
after a place (extract/occupied_places.py)."""

from __future__ import annotations

from khabar.extract import extract_text
from khabar.extract import lexicons as lx
from khabar.extract.occupied_places import occupied_end
from khabar.extract.people import untitled_mention
from khabar.extract.run_together_names import with_run_together_names
from khabar.text import repair

# PEYMA's training part, a film's credits: names one after the other with no comma
CREDITS = "دستیاران کارگردان : مهرداد حسینی‌نژاد سیاوش شهابی - فریبا طاهری مدیر فیلمبرداری"


def _names(text: str, name: str) -> list[str]:
    """The names ``with_run_together_names`` makes of ``name``, found in ``text`` as one."""
    doc = repair(text)
    tokens = doc.token_columns
    keys = lx.keys_of(tokens.words)
    i = tokens.starts.index(doc.text.index(name))
    j = tokens.ends.index(doc.text.index(name) + len(name)) + 1
    mention = untitled_mention(tokens, doc.text, i, j)
    return [m.name for m in with_run_together_names(tokens, keys, doc.text, [mention])]


def test_a_name_holding_two_full_names_is_two():
    # «مهرداد حسینی‌نژاد سیاوش شهابی» found as one name, and the same cut after the second
    # given name
    both = ["مهرداد حسینی‌نژاد", "سیاوش شهابی"]
    assert _names(CREDITS, "مهرداد حسینی‌نژاد سیاوش شهابی") == both
    assert _names(CREDITS, "مهرداد حسینی‌نژاد سیاوش") == both


def test_a_given_name_of_two_words_or_an_arab_name_stays_whole():
    text = "سید محمد حسین شهابی گفت ."  # «حسین» after «محمد»: one given name of two words
    assert _names(text, "محمد حسین شهابی") == ["محمد حسین شهابی"]
    text = "محمد بن سلمان شهابی ولیعهد عربستان گفت ."
    assert _names(text, "محمد بن سلمان") == ["محمد بن سلمان"]
    # a family name that is a given name too ends the name
    text = "علی شامی بهنام صفایی و دیگران آمدند ."
    assert _names(text, "علی شامی بهنام") == ["علی شامی بهنام"]


def test_the_credits_name_both_people():
    doc = extract_text(CREDITS)
    names = {p.name for p in doc.persons}
    assert {"مهرداد حسینی‌نژاد", "سیاوش شهابی"} <= names


def test_occupied_is_part_of_the_place_before_it():
    # PEYMA's training part: «قدس اشغالی», tagged whole 6 times of 6 after a listed place
    keys = lx.keys_of(repair("سفارت را از تل آویو به قدس اشغالی منتقل کرد .").token_columns.words)
    j = keys.index(lx.key("قدس")) + 1
    assert occupied_end(keys, j, set()) == j + 1
    assert occupied_end(keys, j, {j}) == j  # a name holds it
    assert occupied_end(keys, len(keys), set()) == len(keys)
