"""A person that tokens ``[i, j)`` name, added and mentioned the one way the rules that find
names on their own do it (extract/registry.py: ``Registry.new_person``, ``mention_at``,
``named_so``). The sentences are from the shared news, outside the gold."""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.registry import Registry
from khabar.model import Person
from khabar.text.segment import TokenColumns, token_columns


def _read(text: str) -> tuple[TokenColumns, list[str]]:
    tokens = token_columns(text)
    return tokens, [lx.key(w) for w in tokens.words]


def test_a_name_is_added_once_with_its_last_word_for_a_family_name() -> None:
    text = "وجدی مراد، شهردار عالیه، روز سه‌شنبه گفت:"
    tokens, keys = _read(text)
    reg = Registry()
    pkey = reg.new_person(tokens, keys, 0, 2)
    reg.mention_at(tokens, 0, 2, pkey)
    person = reg.persons[pkey]
    assert person.name == "وجدی مراد"
    assert [text[m.start : m.end] for m in person.mentions] == ["وجدی مراد"]
    assert reg.by_token == {0: pkey, 1: pkey}
    assert reg.surnames == {("مراد",): {pkey}}
    # the same words again are the same person, no second record
    assert reg.new_person(tokens, keys, 0, 2) == pkey
    assert len(reg.persons) == 1
    assert reg.named_so(("مراد",)) == pkey


def test_a_family_name_of_two_words_is_said_whole() -> None:
    text = "شریفی زمانی افزود: این طرح اجرا می‌شود."
    tokens, keys = _read(text)
    reg = Registry()
    pkey = reg.new_person(tokens, keys, 0, 2, (keys[0], keys[1]))
    assert reg.persons[pkey].name == "شریفی زمانی"
    assert reg.surnames == {(keys[0], keys[1]): {pkey}}
    assert reg.by_surname((keys[0], keys[1])) == pkey


def test_a_family_name_run_into_a_heading_s_verb_is_mentioned_past_the_cut() -> None:
    text = "ما در حال بررسی تحریم‌های آمریکا هستیمموسوی درباره تحریم جدید بیان کرد:"
    tokens, keys = _read(text)
    reg = Registry()
    glued = tokens.words.index("هستیمموسوی")
    reg.persons["موسوی"] = Person(name="موسوی")
    reg.mention_at(tokens, glued, glued + 1, "موسوی", len("هستیم"))
    (mention,) = reg.persons["موسوی"].mentions
    assert text[mention.start : mention.end] == "موسوی"
    assert reg.by_token == {glued: "موسوی"}


def test_no_one_is_named_so_where_two_names_end_alike() -> None:
    text = "علی الهیار ترکمن و حسن الهیار ترکمن گفتند:"
    tokens, keys = _read(text)
    reg = Registry()
    first = reg.new_person(tokens, keys, 0, 3)
    assert reg.named_so(("الهیار", "ترکمن")) == first
    reg.new_person(tokens, keys, 4, 7)
    assert reg.named_so(("الهیار", "ترکمن")) is None
