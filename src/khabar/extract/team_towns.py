"""Clubs named by a word or two and their town after the word of a team, where the tagger
marks the town alone as a place: «تیم‌های | حفاری اهواز | و | دبیری تبریز», «تیم | یاران
مبارکه اصفهان». PEYMA's training part tags such a name with its town as one organization
23 times and its town alone as a place 3 times, each after a word of the team's kind
(«تیم جوانان | استان قم», «تیم ملی»), which is no club's name.
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.named_places import PLACE_LEAD_KINDS
from khabar.extract.org_spans import JOINERS, TEAMS, a_sports_article, place_to
from khabar.extract.people import stopwords

# the words of a team that a club's name follows; after «تیم‌های» each item of its list
_TEAM = lx.key("تیم")
_HEADS = frozenset({_TEAM, *TEAMS})
# words of the team's kind, its sport, age or sex, of a division, and the words that praise
# or place it: no club's name («تیم ملی فوتبال ایران», «تیم نوجوانان استان قم», «تیم فوتسال
# بانوان شهرستان ...», «تیم قدرتمند کفایتی مشهد»)
_KIND_WORDS = frozenset(
    lx.key(w)
    for w in (
        "ملی منتخب فوتبال فوتسال والیبال بسکتبال هندبال کشتی تکواندو کاراته جودو وزنه‌برداری "
        "شنا تنیس دوومیدانی ژیمناستیک بوکس شطرنج پینگ‌پنگ ووشو کبدی سوارکاری تیراندازی قایقرانی "
        "دوچرخه‌سواری اسکی راگبی هاکی روی میز ساحلی ناشنوایان جانبازان معلولان "
        "جوانان نوجوانان امید بزرگسالان پیشکسوتان نونهالان خردسالان بانوان زنان مردان دختران "
        "پسران دانش‌آموزی دانشجویی استان استانی شهرستان شهر کشور اعزامی میزبان مهمان حریف "
        "منتخب اول دوم سوم الف ب لیگ سوپرلیگ برتر توابع "
        "قدرتمند محبوب پرافتخار پرطرفدار مدعی صدرنشین قعرنشین جوان"
    ).split()
)
_MOST_WORDS = 2  # words of a club's name before its town
# the sports of ``_KIND_WORDS``: one of them among the words of a team's kind names a side
_SPORTS = frozenset(
    lx.key(w)
    for w in (
        "فوتبال فوتسال والیبال بسکتبال هندبال کشتی تکواندو کاراته جودو وزنه‌برداری شنا تنیس "
        "دوومیدانی ژیمناستیک بوکس شطرنج پینگ‌پنگ ووشو کبدی سوارکاری تیراندازی قایقرانی "
        "دوچرخه‌سواری اسکی راگبی هاکی"
    ).split()
)


def team_towns(
    keys: list[str], marked: set[int], loc_spans: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The clubs ``[i, j)`` named by one or two unmarked words and a town the tagger marks as
    a place (``loc_spans``), right after «تیم» or in the list after «تیم‌های», in an article
    of a game; ``marked``: the tokens the tagger marks as any name."""
    if not _HEADS.intersection(lx.distinct(keys)) or not a_sports_article(keys):
        return []
    towns = dict(loc_spans)
    out: list[tuple[int, int]] = []
    for k in lx.positions(keys, _HEADS):
        a = k + 1
        while (club := _club(keys, a, marked, towns)) is not None:
            out.append(club)
            b = club[1]
            if keys[k] == _TEAM or b >= len(keys) or keys[b] not in JOINERS:
                break
            a = b + 1  # «تیم‌های حفاری اهواز | و | دبیری تبریز»
    return out


def sides_of_places(keys: list[str], loc_spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The teams ``[i, j)`` named by «تیم», two or more words of the team's kind of which one
    is its sport, and the place the tagger marks right after them («تیم ملی فوتبال ایران»,
    «تیم فوتبال جوانان ازبکستان», «تیم تنیس روی میز نوجوانان قم»): PEYMA's training part
    tags each such name one organization, 13 times of 13, but «تیم ملی ایران» and «تیم ملی
    بانوان ایران», with no sport, a team and a place. A place's lead ends the words of the
    kind («تیم جوانان | استان قم»)."""
    if _TEAM not in lx.distinct(keys) or not _SPORTS.intersection(lx.distinct(keys)):
        return []
    towns = dict(loc_spans)
    out: list[tuple[int, int]] = []
    for k in lx.positions(keys, {_TEAM}):
        t = k + 1
        while t < len(keys) and keys[t] in _KIND_WORDS and keys[t] not in PLACE_LEAD_KINDS:
            t += 1
        if t in towns and t - k > 2 and _SPORTS.intersection(keys[k + 1 : t]):
            out.append((k, towns[t]))
    return out


def _club(
    keys: list[str], a: int, marked: set[int], towns: dict[int, int]
) -> tuple[int, int] | None:
    """The club at token ``a``: one or two plain words, then a listed town the tagger marks."""
    for t in range(a + 1, min(a + _MOST_WORDS, len(keys) - 1) + 1):
        if t not in towns or not place_to(keys, t, towns[t]):
            continue
        if _country(keys, t) or keys[t] in PLACE_LEAD_KINDS:
            # «تیم بدمینتون ایران»: a country's team, its place (as PEYMA tags it); «تیم
            # محبوب شهر اصفهان»: a town after its lead is no club's
            return None
        words = keys[a:t]
        if marked.intersection(range(a, t)) or not all(_name_word(w) for w in words):
            return None
        return a, towns[t]
    return None


def _name_word(key: str) -> bool:
    """``key`` may be a word of a club's name: a word of letters, no function word, no word of
    a team's kind, no place."""
    return (
        key.isalpha()
        and key not in _KIND_WORDS
        and key not in stopwords()
        and key not in JOINERS
        and lx.places().match([key], 0) is None
    )


def _country(keys: list[str], t: int) -> bool:
    hit = lx.places().match(keys, t)
    return bool(hit and hit[1].kind == "country")
