"""A new word's features read from tables of the weights are those its feature strings name."""

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from khabar.extract import tagger_rows
from khabar.extract.tagger import loaded_weights
from khabar.extract.tagger_rows import FeatureRows
from khabar.text import repair

NEWS = Path(__file__).parent / "fixtures" / "news"


def test_the_shipped_model_is_read_from_tables():
    assert loaded_weights().features.by_tables


def test_the_tables_give_every_word_of_real_news_the_features_of_its_strings():
    words = sorted(
        {w for f in sorted(NEWS.glob("*.txt")) for w in repair(f.read_text()).token_columns.words}
    )
    assert len(words) > 1000
    assert loaded_weights().features.agree(words)


letters = st.sampled_from(list("ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیيكأئؤآ‌ـ۰۱2aZ.،«»()-"))
word = st.lists(letters, min_size=1, max_size=12).map("".join)


@settings(max_examples=200, deadline=None)
@given(st.lists(word, min_size=1, max_size=20, unique=True))
def test_the_tables_agree_with_the_strings_on_any_word(words):
    assert loaded_weights().features.agree(words)


def test_a_model_with_features_the_tables_do_not_know_is_read_through_its_strings(monkeypatch):
    index = dict(loaded_weights().index)
    other = len(index)  # the row of a feature some other model was trained with
    index["x=تهران"] = other
    plain = tagger_rows.word_features

    def with_another(word):
        own, lend = plain(word)
        return [*own, "x=" + word], lend

    monkeypatch.setattr(tagger_rows, "word_features", with_another)
    rows = FeatureRows(index)
    assert not rows.by_tables
    at, slots, found = rows.rows(["تهران", "مشهد"])
    assert other in found[at == 0].tolist() and other not in found[at == 1].tolist()
