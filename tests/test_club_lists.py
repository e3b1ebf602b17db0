"""Clubs with their towns in a list of clubs, and a second team's letter before its town
(extract/club_lists.py)."""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.club_lists import club_list_items, independence, second_teams
from khabar.text import repair

# PEYMA's training part, a second-division football report: the tagger named most clubs of
# the group and left «صنعت نفت نوین آبادان», «شهید کریمی جویبار» and «آبی‌پوشان اردبیل», their
# towns places alone
GROUP = (
    "در رقابت‌های فوتبال لیگ دسته دوم کشور ، تیم فوتبال داماش گیلان در گروه دوم این مسابقات"
    " قرار دارد که با تیم‌های بادران نوین تهران ، شهرداری بندرعباس ، صنعت نفت نوین آبادان ،"
    " شهرداری ماهشهر ، پتروکیان شوشتر ، شهرداری کاشان ، استقلال آبی ( ب ) ، شهرداری ارومیه ،"
    " شهید کریمی جویبار و آبی‌پوشان اردبیل هم‌گروه هستند ."
)
TAGGED = (
    "بادران نوین تهران",
    "شهرداری بندرعباس",
    "شهرداری ماهشهر",
    "پتروکیان شوشتر",
    "شهرداری کاشان",
    "شهرداری ارومیه",
)


def _keys(text: str) -> tuple[list[str], list[str]]:
    words = repair(text).token_columns.words
    return words, lx.keys_of(words)


def _spans(words: list[str], names: tuple[str, ...]) -> list[tuple[int, int]]:
    out = []
    for name in names:
        n = len(name.split())
        i = next(k for k in range(len(words)) if " ".join(words[k : k + n]) == name)
        out.append((i, i + n))
    return out


def _named(words: list[str], spans: list[tuple[int, int]]) -> list[str]:
    return [" ".join(words[i:j]) for i, j in spans]


def test_the_items_of_a_list_of_clubs_the_tagger_left_are_clubs():
    words, keys = _keys(GROUP)
    found = club_list_items(keys, _spans(words, TAGGED), set())
    assert _named(words, found) == ["صنعت نفت نوین آبادان", "شهید کریمی جویبار", "آبی‌پوشان اردبیل"]
    # an item the tagger marks as a person stays its
    marked = set(range(*_spans(words, ("آبی‌پوشان اردبیل",))[0]))
    found = club_list_items(keys, _spans(words, TAGGED), marked)
    assert "آبی‌پوشان اردبیل" not in _named(words, found)


def test_a_list_with_one_club_or_no_game_names_no_club():
    words, keys = _keys(GROUP)
    assert club_list_items(keys, _spans(words, TAGGED[:1]), set()) == []
    # towns and their bodies in an article that speaks of no game: the places stay
    words, keys = _keys(
        "مدیران کل شهرداری بندرعباس ، شهرداری ماهشهر ، بنیاد مسکن آبادان و شهرداری کاشان"
        " در این نشست حاضر بودند ."
    )
    tagged = _spans(words, ("شهرداری بندرعباس", "شهرداری ماهشهر", "شهرداری کاشان"))
    assert club_list_items(keys, tagged, set()) == []


def test_a_second_teams_letter_and_town_are_part_of_the_club():
    # PEYMA's training part: «استقلال آبی ( ب ) تهران», the tagger's name ending before «(»
    words, keys = _keys(
        "در ادامه رقابت‌های فوتبال لیگ دسته دوم کشور ، دیدار تیم‌های داماش گیلان و"
        " استقلال آبی ( ب ) تهران مساوی شد ."
    )
    assert _named(words, second_teams(keys, _spans(words, ("استقلال آبی",)))) == [
        "استقلال آبی ( ب ) تهران"
    ]
    # a bracket of another kind, or no town after it, holds no club
    words, keys = _keys("دیدار تیم استقلال آبی ( 2 ) برگزار شد و بازی در لیگ ادامه دارد .")
    assert second_teams(keys, _spans(words, ("استقلال آبی",))) == []


def test_independence_is_no_club_where_the_article_speaks_of_no_game():
    # PEYMA's training part: Georgia's independence day, which the tagger took for a club
    words, keys = _keys(
        "وی با اشاره به بیست و پنجمین سالگرد استقلال گرجستان گفت : ایران از نخستین"
        " کشورهایی بوده که استقلال گرجستان را به رسمیت شناخته است ."
    )
    i = keys.index(lx.key("استقلال"))
    assert independence(keys, i, i + 2)
    assert independence(keys, i, i + 1)
    assert not independence(keys, i, i + 3)  # «استقلال گرجستان گفت»: no place after it alone
    # a player of the club, a club list, a game: the club
    for text in (
        "هیچ کس از حضور او ناراحت نیست . بازیکن سابق استقلال اضافه کرد : من آماده‌ام .",
        "دولت خصوصی‌سازی دو باشگاه پرسپولیس و استقلال را متوقف کرد .",
        "استقلال امروز در حافظیه مسابقه می‌دهد و این دیدار ساعت 16 آغاز می‌شود .",
    ):
        words, keys = _keys(text)
        i = keys.index(lx.key("استقلال"))
        assert not independence(keys, i, i + 1), text
