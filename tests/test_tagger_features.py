"""What the tagger reads beyond the word: its clusters and the names of its training text."""

from khabar.extract import lexicons as lx
from khabar.extract.tagger_features import (
    LIST_MARK,
    lexicon_marks,
    list_items,
    list_marks,
    names_trie,
    sentence_features,
    word_features,
)


def clusters_of(word: str) -> list[str]:
    return [f for f in word_features(word)[0] if f[:3] in ("c0=", "c1=")]


def test_words_used_alike_share_a_cluster():
    # cities of Iran with cities of Iran, capitals abroad with capitals abroad
    assert clusters_of("شیراز") == clusters_of("مشهد")
    assert clusters_of("لندن") == clusters_of("پاریس")
    assert clusters_of("لندن")[1] != clusters_of("مشهد")[1]
    assert clusters_of("ییلدیریمز") == []  # a word the clusters never met has none


def test_known_names_mark_their_tokens_with_their_type():
    keys = lx.keys_of("دیدار آدریان پاورز با ییلدیریم در آنکارا".split())
    marks = lexicon_marks(keys)
    assert marks[1] == ["NBPER"] and marks[2] == ["NIPER"]
    assert "NBPER" in marks[4]
    assert 0 not in marks and 3 not in marks  # «دیدار», «با»: no name, no mark


def test_training_marks_only_the_names_it_is_given():
    keys = lx.keys_of("دیدار آدریان پاورز با ییلدیریم".split())
    others = names_trie([("ییلدیریم", "PER")])  # the other folds knew only this name
    marks = lexicon_marks(keys, others)
    assert 1 not in marks and marks[4] == ["NBPER"]


def test_a_mark_reaches_the_tokens_beside_it_within_the_sentence():
    words = "دیدار آدریان پاورز".split()
    features = sentence_features(words, {1: ["NBPER"]}, 0, 3)
    assert "1gNBPER" in features[0] and "gNBPER" in features[1] and "-1gNBPER" in features[2]
    alone = sentence_features(words, {1: ["NBPER"]}, 1, 3)  # «دیدار» in another sentence
    assert "gNBPER" in alone[0] and "-1gNBPER" in alone[1]
    assert not any("1gNBPER" in f for f in alone)  # «دیدار», before it, is not in it


def test_the_items_of_a_comma_list_are_marked_one_by_one():
    words = (
        "آرون تایلرجانسون ، برایان کرانستون ، الیزابت اولسن ، سالی هاوکینز و سی جی آدامز"
        " بازی کردند ."
    ).split()
    assert list_items(words, 0, len(words)) == [(0, 2), (3, 5), (6, 8), (9, 11)]
    marks = list_marks(words, [(0, len(words))])
    assert sorted(marks) == [0, 1, 3, 4, 6, 7, 9, 10]
    assert all(m == [LIST_MARK] for m in marks.values())


def test_commas_in_a_sentence_make_no_list_unless_its_items_are_short():
    words = "او گفت : ما ، شما و آنها با هم کار می‌کنیم .".split()
    assert list_items(words, 0, len(words)) == []
    clause = "به گزارش ایسنا ، وزیر نیرو که دیروز به شیراز سفر کرده بود ، گفت : آب کم است .".split()
    assert list_items(clause, 0, len(clause)) == []
