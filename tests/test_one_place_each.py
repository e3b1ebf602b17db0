"""Each rule and word list said once: the helpers and lists two modules read alike
(``lone_surnames.said_by_one``, ``people.full_names_families``,
``clause_openers.while_it_is``, ``namewords.PARTY_WORDS`` and ``KIN_WORDS``, and the lists
moved to ``data/``). Sentences of the shared news."""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract import namewords, run_on_words, speakers, tagged
from khabar.extract.clause_openers import after_source, while_it_is, while_it_is_in
from khabar.extract.lone_surnames import said_by_one
from khabar.extract.people import Mention, full_names_families
from khabar.text.offsets import Span
from khabar.text.segment import token_columns


def _keys(text: str) -> list[str]:
    return [lx.key(w) for w in token_columns(text).words]


def _verb_end(keys: list[str], k: int) -> int:
    match = lx.reporting_verbs().match(keys, k)
    assert match is not None
    return match[0]


def test_a_verb_said_by_one_and_a_plural() -> None:
    keys = _keys("موسوی‌نژاد تأکید کرد")
    assert said_by_one(keys, 1, _verb_end(keys, 1))
    keys = _keys("کاربران نوشته بودند")
    assert not said_by_one(keys, 1, _verb_end(keys, 1))


def test_the_family_names_of_the_names_in_full() -> None:
    keys = _keys("آقایان نیکزاد و حسینی پس از شمس‌الدین حسینی")
    span = Span(0, 0)
    mentions = [
        Mention(1, 2, "نیکزاد", [], span, span, 1),
        Mention(6, 8, "شمس‌الدین حسینی", [], span, span, 6),
    ]
    assert full_names_families(keys, mentions) == {lx.key("حسینی")}


def test_the_frame_that_ends_a_clause_in_its_spellings() -> None:
    for text in (
        "ایران عضو نیستند این در حالی است که صدر گفته بود",
        "این در حالی بود که وزیر گفت",
        "این درحالیست که وزیر گفت",
    ):
        keys = _keys(text)
        assert any(while_it_is(keys, k) for k in range(len(keys))), text
        assert while_it_is_in(keys, 0, len(keys)), text
    # «در حالی که» with no copula runs on inside the clause: its subject stands before it
    keys = _keys("ونزوئلا در حالی که تحریم‌ها ادامه دارد اعلام کرد")
    assert not any(while_it_is(keys, k) for k in range(len(keys)))
    assert not while_it_is_in(keys, 0, len(keys))


def test_a_source_opening_the_sentence_before_its_subject() -> None:
    keys = _keys("به گزارش بی‌بی‌سی، در ماه مه سال گذشته ترامپ این توافق را پایان داد.")
    assert keys[after_source(keys, 0, len(keys))] == "در"


def test_the_party_words_shared_and_each_ones_own() -> None:
    assert namewords.PARTY_WORDS <= tagged._PARTY_WORDS
    assert namewords.PARTY_WORDS <= namewords._PARTIES
    assert tagged._PARTY_WORDS - namewords.PARTY_WORDS == {"فراکسیون"}
    assert namewords._PARTIES - namewords.PARTY_WORDS == {"گروه"}


def test_the_words_of_kin_read_from_namewords() -> None:
    assert "خانواده" in speakers._KIN and "برادر" not in speakers._KIN
    assert speakers._KIN - {"خانواده"} <= namewords.KIN_WORDS
    assert not hasattr(run_on_words, "_KIN_OF_NEXT")


def test_the_lists_kept_in_data() -> None:
    assert lx.key("عباسی") in lx.keyed_words("dynasties.txt")
    assert len(lx.keyed_words("dynasties.txt")) == 20
    assert {"اول", "دوم", "بیستم"} <= lx.keyed_words("regnal_ordinals.txt")
    assert len(lx.keyed_words("regnal_ordinals.txt")) == 20
    assert {"نفتکش", "جزیره"} <= lx.keyed_words("named_things.txt")
    assert len(lx.keyed_words("named_things.txt")) == 10
