"""The organizations and places of the learned tagger, joined with what the rules know.

The tagger's span is the name (``tagged_spans.kind_spans``, bounded by ``org_spans``); the data
files give its listed name («ناجا» is «فرماندهی انتظامی ...»), and the rules' listed
organizations stand where the tagger marks nothing. A place inside an organization's name
stays a mention of that place, but an outlet's («خبرگزاری فارس»), an ordinary word's («بانک
مرکزی») and a place that is the organization's whole name («رژیم صهیونیستی»).
"""

from __future__ import annotations

from bisect import bisect_left
from functools import cache, lru_cache
from itertools import chain

from khabar.extract import lexicons as lx
from khabar.extract.body_names import (
    a_paper_word,
    court_branch,
    pair_run_on,
    periodical_names,
    printed_in,
    without_town,
)
from khabar.extract.clause_words import QUOTE_MARKS, sentence_around
from khabar.extract.club_lists import club_list_items, independence, second_teams
from khabar.extract.entities import aliases_of, name_goes_on
from khabar.extract.listed_run_on import listed_end
from khabar.extract.named_places import KIND_OF_NEW_PLACE, PLACE_LEAD_KINDS
from khabar.extract.namewords import adjective, country
from khabar.extract.occupied_places import occupied_end
from khabar.extract.org_spans import (
    BODY_OF_A_PLACE,
    JOINERS,
    ORG_HEADS,
    a_month,
    a_sports_article,
    a_team,
    and_one_more,
    body_of_a_place,
    place_to,
    places_only,
    results_pairs,
    results_teams,
    term_of,
    termed_bodies,
    the_office_alone,
)
from khabar.extract.people import stopwords
from khabar.extract.place_or_word import (
    a_word_among_words,
    a_word_here,
    closed_before_place,
    constituencies,
    people_of_a_place,
)
from khabar.extract.place_spans import (
    FEATURE_LEADS,
    a_time_zone,
    homonyms_in_lists,
    homonyms_named_again,
    in_a_title,
    son_of,
    unlisted_named_again,
)
from khabar.extract.products import a_product
from khabar.extract.qualified_countries import qualified_country
from khabar.extract.tagged_spans import Tagged, kind_spans
from khabar.extract.team_towns import sides_of_places, team_towns
from khabar.lexicon import county_names, place_names
from khabar.model import Organization, Place
from khabar.text.offsets import Span
from khabar.text.segment import TokenColumns


def _anothers_body(i: int, j: int, people: set[int], loc_starts: set[int]) -> bool:
    """Whether the one word ``[i, j)`` of a body, whose bare word the list gives Iran's
    («ارتش»), is followed by a person's name or a place: that one's body («از دست ارتش | صدام
    حسین», «ارتش | سوریه»), not Iran's; but in a post the name after is the holder's
    («فرمانده کل ارتش | امیر سرلشکر موسوی»)."""
    return j - i == 1 and (j in people or j in loc_starts)


# the bare words of armed bodies every state has, which the list gives Iran's; not «سپاه»,
# «بسیج», Iran's own, whose naming in a sentence makes «ارتش» there Iran's too
_ANY_STATES_FORCES = frozenset(map(lx.key, ("ارتش", "پلیس")))
_IRANS_OWN = frozenset(map(lx.key, ("ایران", "سپاه", "بسیج")))


def another_states_force(keys: list[str], i: int, j: int) -> bool:
    """Whether the one word ``[i, j)`` of an armed body every state has, which the list gives
    Iran's («ارتش»), stands where another state is meant: its sentence names another country
    and neither Iran nor a body of Iran's own («سپاه»), or names no country and the last the
    article named before it is another («... عراق در معرض حملات آشکار جنگنده‌های آمریکا قرار
    گرفت که بخش‌های وابسته به ارتش این کشور ...», «ارتش سوریه وارد شهر سراقب شده ... . ارتش
    همچنین ...»): left unresolved rather than made Iran's. A country that is also Iran's
    province («آذربایجان») is Iran's."""
    if j - i != 1 or keys[i] not in _ANY_STATES_FORCES:
        return False
    if i and keys[i - 1] in _DAY_OF and keys[i] == _ARMY:
        return False  # «روز ارتش»: Iran's Army Day, a fixed name, whoever else the sentence names
    start, end = sentence_around(keys, i)
    if not _IRANS_OWN.isdisjoint(keys[start:end]):
        return False
    if any(_foreign_country(k) for k in keys[start:end]):
        return True
    if _beside_irans_body(keys, start, i):
        return False  # «آموزش و پرورش و همچنین ارتش ... بیشتر مورد توجه هستند»
    last = next((keys[k] for k in range(start - 1, -1, -1) if _a_country(keys[k])), None)
    return last is not None and _foreign_country(last)


_ARMY = lx.key("ارتش")
_DAY_OF = frozenset(map(lx.key, ("روز", "سالروز")))
_ALSO = frozenset(map(lx.key, ("همچنین", "نیز")))


def _beside_irans_body(keys: list[str], start: int, i: int) -> bool:
    """Whether the body's word at ``i`` is joined by «و» (and «همچنین») to a body the list
    holds whose name names no other country, right before it in its sentence (from ``start``):
    one of Iran's bodies in a list of them («آموزش و پرورش و همچنین ارتش»)."""
    k = i - 1
    while k > start and keys[k] in _ALSO:
        k -= 1
    if k <= start or keys[k] != "و":
        return False
    for s in range(max(start, k - 6), k):
        hit = lx.organizations().match(keys, s)
        if hit and hit[0] == k:
            return not any(_foreign_country(w) for w in lx.phrase_keys(hit[1].name))
    return False


@lru_cache(maxsize=65536)  # per word: the article's words read back to the last country
def _a_country(key: str) -> bool:
    """A country's name, not an adjective spelled as one («تأمین مالی»: no Mali)."""
    return country(key) and not adjective(key)


def _foreign_country(key: str) -> bool:
    return _a_country(key) and key not in _iranian_keys()


@cache
def _iranian_keys() -> frozenset[str]:
    """The keys of Iran's places and of the first words of those of two or more words
    («آذربایجان» of «آذربایجان شرقی»)."""
    return frozenset(lx.key(n.split()[0]) for n in _iranian_places()) | frozenset(
        map(lx.key, _iranian_places())
    )


def organizations(
    tokens: TokenColumns,
    keys: list[str],
    text: str,
    tagged: Tagged,
    rules: list[Organization],
    skip: set[int],
    in_posts: set[int],
    org_spans: list[tuple[int, int]] | None = None,
    loc_spans: list[tuple[int, int]] | None = None,
) -> list[Organization]:
    """The organizations the tagger marks, named as the data files list them when they do,
    and the rules' listed ones where the tagger marks nothing, unless ordinary words
    outside a post («فراجا», «رئیس پلیس کشور», «سپاه», not «دولت» or «مجلس» alone: PEYMA
    does not tag them, and the tagger learned so). ``org_spans``, ``loc_spans``:
    ``kind_spans(..., "ORG")`` and ``kind_spans(..., "LOC")`` of ``tagged``, when already
    found."""
    found: dict[str, Organization] = {}
    marked = set(chain.from_iterable(range(a, b) for _, a, b in tagged))
    if org_spans is None:
        org_spans = kind_spans(tokens, keys, tagged, "ORG")
    # (first token, end, the listed name of a rule's organization or None)
    spans: list[tuple[int, int, str | None]] = [(i, j, None) for i, j in org_spans]
    if loc_spans is None:
        loc_spans = kind_spans(tokens, keys, tagged, "LOC")
    for a, b in loc_spans:
        if body := body_of_a_place(keys, a, b, marked):
            spans.append((*body, None))  # «شورای شهر مشهد»: the place is its part
    spans += [(i, j, None) for i, j in termed_bodies(keys, marked)]  # «مجلس ششم»
    loc_starts = {a for a, _ in loc_spans}
    for org in rules:
        for m in org.mentions:
            i = bisect_left(tokens.starts, m.start)  # a token's start
            hit = lx.organizations().match(keys, i)
            if (
                hit
                and tokens.ends[hit[0] - 1] == m.end
                and (i in in_posts or not _anothers_body(i, hit[0], skip, loc_starts))
                and (i in in_posts or not another_states_force(keys, i, hit[0]))
                and not marked.intersection(range(i, hit[0]))
                and (
                    in_posts.issuperset(range(i, hit[0]))  # «رئیس پلیس کشور»
                    or hit[1].kind == "military"  # «سپاه»
                    or not all(k in lx.common_words() for k in keys[i : hit[0]])  # «دولت»
                    or (hit[0] - i > 1 and keys[i] in _BODY_WORDS and not _pointed(keys, i))
                )
            ):
                spans.append((i, hit[0], org.name))
    in_places = {k for a, b in loc_spans for k in range(a, b)}
    # «بوردو 1 ـ رن صفر», where no other span holds the team
    spans += _unheld(spans, results_teams(keys, marked))
    # «گیتی پسند اصفهان 6 ارژن شیراز 3»: clubs with their towns, the town the tagger's place
    spans += _unheld(spans, results_pairs(keys, marked - in_places))
    spans += _unheld(spans, club_list_items(keys, org_spans, marked - in_places))  # clubs' lists
    spans += _unheld(spans, team_towns(keys, marked, loc_spans))  # «تیم‌های حفاری اهواز و ...»
    # «تیم ملی فوتبال | ایران»: the team holds its country, whatever the tagger cut off
    spans += [(i, j, None) for i, j in sides_of_places(keys, loc_spans)]
    spans += [(i, j, None) for i, j in second_teams(keys, org_spans)]  # «استقلال آبی ( ب ) تهران»
    # «فصلنامه فرهنگ رضوی»: a periodical after the word of its kind, where nothing is marked
    spans += _unheld(spans, periodical_names(tokens.words, keys, marked))
    # a span inside another is part of that name («مجلس» of «کمیسیون بهداشت مجلس»)
    spans = _outermost(spans)
    taken = marked | skip
    spans = _named_again(keys, spans, taken)
    for i, j, listed in sorted(spans):
        unquoted = None
        if listed is None:
            if (j := listed_end(keys, i, j)) == i:  # «اینستکس | آمادگی کشورش»: ran on
                continue  # «ارتش کشورش»: his country's army, not the listed one
            j = and_one_more(keys, term_of(keys, j, taken), taken)  # «دولت نهم | و دهم»
            # «مرکز اوج کودک | و نوجوان», but not into a listed name that holds the pair
            # («وزیر ارتباطات | و فناوری اطلاعات» is the listed ministry's)
            if (on := pair_run_on(keys, j, taken)) > j and not _listed_holds(keys, i, j, on):
                j = on
        if listed is None and (after_plural := _listed_after_plural_kind(keys, i, j)):
            i, listed = after_plural  # «پایگاه‌های خبری | العربیه»: a list's head
        i = court_branch(keys, i, taken)  # «شعبه دوم | دادگاه کیفری استان تهران»
        if i and keys[i - 1] in KIND_WORDS and i - 1 not in taken:
            i -= 1  # «سازمان یونسکو», «شرکت مخابرات»: the word of its kind opens the name
        elif (n := _public_relations(keys, i)) and taken.isdisjoint(range(i - n, i)):
            i -= n  # «روابط عمومی | وزارت کشور»: PEYMA opens 35 names so, leaves it out never
        elif listed is None and _first_of_two_after_a_post(keys, i, taken):
            i -= 2  # «مسوول آموزش و | پژوهش حوزه هنری بوشهر»: the post says where it opens
        elif _quoted_after_kind(tokens.words, keys, i, j, taken):
            # «وب‌سایت « اندروید اتوریتی »»: the mention holds the marks, the name does not
            named = [keys[i - 2], *keys[i:j]]
            listed = listed or _listed_name(named, 0, len(named)) or _listed_name(keys, i, j)
            unquoted = f"{tokens.words[i - 2]} {text[tokens.starts[i] : tokens.ends[j - 1]]}"
            i, j = i - 2, j + 1
        # «دولت حسن روحانی», as PEYMA tags it: the body, the person's name inside it
        led = keys[i] in _LED_BY_A_PERSON and i not in skip and skip.issuperset(range(i + 1, j))
        if (skip.intersection(range(i, j)) and not led) or the_office_alone(keys, i, j):
            continue
        if a_month(keys, i, j) or a_product(tokens.words, keys, i):  # «از 22 مهر», «کیا سراتو»
            continue
        if listed is None and independence(keys, i, j):  # «سالگرد استقلال گرجستان»: no club
            continue
        if listed is None and people_of_a_place(keys, i, j):  # «مردم بروجرد»: the place's people
            continue
        if listed is None and (mark := closed_before_place(tokens.words, i, j, keys)):
            j = mark  # «« پردیس کتاب » مشهد»: the body ends at its mark, the town a place
        if listed is None and (printed := printed_in(keys, i, j)):
            j = printed  # «روزنامه الوطن | چاپ کویت»: the paper's town is no part of its name
            if a_paper_word(keys, i, j):
                continue  # «روزنامه چاپ مادرید»: no name
        if name_goes_on(tokens, keys, i, j):
            continue  # «ستاد اجرایی | خدمات سفر»: another body's name, cut short
        listed = listed or _listed_name(keys, i, j)
        if not listed and lx.disease(keys[i]):  # «ویروس کرونا»: no body
            continue
        # an acronym's dots may end the lines of the text it runs across («ام. | دی»)
        name = listed or unquoted or " ".join(text[tokens.starts[i] : tokens.ends[j - 1]].split())
        name_key = lx.key(name)
        if name_key not in found:  # made at an organization's first mention only
            found[name_key] = Organization(name=name, aliases=aliases_of(name))
        org = found[name_key]
        org.mentions.append(Span(tokens.starts[i], tokens.ends[j - 1]))
    return list(found.values())


def _first_of_two_after_a_post(keys: list[str], i: int, taken: set[int]) -> bool:
    """The name at token ``i`` opens right after «X و» that a post's head of one word ends
    before: the body is «X و ...» («مدیرکل راهداری و حمل و نقل ...», «وزیر فرهنگ و ارشاد
    اسلامی»; PEYMA's training part takes «X و» in 37 times of 37); not where X is a post or a
    function word («نماینده دادستان و نیروی انتظامی», «سفیر ما و طالبان») or the name is
    listed («نیروی انتظامی»)."""
    if i < 3 or keys[i - 1] != "و" or i - 2 in taken or not keys[i - 2][:1].isalpha():
        return False
    heads = lx.post_heads()
    hit = heads.match(keys, i - 3)
    return (
        hit is not None
        and hit[0] == i - 2
        and heads.match(keys, i - 2) is None
        and keys[i - 2] not in stopwords()
        and lx.organizations().match(keys, i) is None
    )


def _named_again(
    keys: list[str], spans: list[tuple[int, int, str | None]], taken: set[int]
) -> list[tuple[int, int, str | None]]:
    """``spans`` and the other mentions of the names of two words or more among them: where
    the same words stand unmarked elsewhere in the article they name the same body
    («دولت سعودی», «رژیم آل خلیفه»), but not after a demonstrative or where the name is a
    body's word and an adjective (``_of_a_kind``)."""
    names = {tuple(keys[i:j]) for i, j, _ in spans if j - i > 1 and not _of_a_kind(keys, i, j)}
    # «صبا» after «صبای قم»: a club named again without its town
    heads = _CLUB_HEADS
    iranian = _iranian_places()
    sports = a_sports_article(keys)
    names |= {
        n
        for i, j, _ in spans
        if (n := without_town(keys, i, j, heads, iranian, team=sports and a_team(keys, i)))
    }
    if not names:
        return spans
    out = list(spans)
    firsts: dict[str, list[tuple[str, ...]]] = {}
    # the longest name first, whatever the set's order: «اتحادیه کشوری فروشگاه‌های
    # زنجیره‌ای» before «اتحادیه کشوری فروشگاه‌های» where both were marked
    for name in sorted(names, key=lambda n: (-len(n), n)):
        firsts.setdefault(name[0], []).append(name)
    covered = taken | {k for i, j, _ in out for k in range(i, j)}
    for k in lx.positions(keys, firsts):
        for name in firsts[keys[k]]:
            end = k + len(name)
            if k and keys[k - 1] in _DEMONSTRATIVES:
                continue  # «این شبکه خبری»: the body named before
            if tuple(keys[k:end]) == name and covered.isdisjoint(range(k, end)):
                hit = lx.organizations().match(keys, k)  # «سازمان ثبت | اسناد و املاک کشور»
                if hit and hit[0] > end and covered.isdisjoint(range(end, hit[0])):
                    end = hit[0]
                out.append((k, end, None))
                covered.update(range(k, end))
    return sorted(out)


def _of_a_kind(keys: list[str], i: int, j: int) -> bool:
    """Tokens ``[i, j)`` are a body's word and an adjective of its kind or its country, no
    name: «شبکه خبری», «دفتر تجاری», «شرکت سوئیسی» (but «دولت سعودی», a place's body)."""
    if j - i != 2 or not keys[j - 1].endswith("ی"):
        return False
    last = keys[j - 1]
    abroad = lx.places().match([last[:-1]], 0) is not None and keys[i] not in BODY_OF_A_PLACE
    return adjective(last) or abroad


# words that open a body's name: a listed name of ordinary words after one is that body,
# not a phrase («سازمان برنامه و بودجه», «جبهه مشارکت», «حزب همبستگی»; not «ریاست جمهوری»,
# «خانه ملت»)
_BODY_WORDS = frozenset(
    {
        *ORG_HEADS,
        *"سازمان شرکت مرکز نیروی دفتر هیات هییت".split(),
        *"حزب جبهه جنبش جمعیت نهضت".split(),
        *"دادگاه فدراسیون".split(),  # «دادگاه انقلاب», «فدراسیون کشتی»
    }
)


def _pointed(keys: list[str], i: int) -> bool:
    """A demonstrative before token ``i``: «این بانک مرکزی» is one named before, maybe
    abroad."""
    return bool(i) and keys[i - 1] in _DEMONSTRATIVES


_DEMONSTRATIVES = frozenset({"این", "آن", "همین", "همان", "هر", "چند", "کدام"})


def _outermost(spans: list[tuple[int, int, str | None]]) -> list[tuple[int, int, str | None]]:
    """``spans`` less those inside a longer one (one pass over them sorted)."""
    out: list[tuple[int, int, str | None]] = []
    reach = -1
    for span in sorted(spans, key=lambda s: (s[0], -s[1])):
        if span[1] <= reach and out[-1][:2] != span[:2]:
            continue
        out.append(span)
        reach = max(reach, span[1])
    return out


# words of a body's kind that PEYMA takes into the name after them («سازمان» 271 times of
# 271, «تیم» 141 of 141, «شرکت» 80 of 81; a head's, «مرکز» 48 of 48, «دفتر» 46 of 46,
# «اتحادیه» 46 of 46, «کمیته» 56 of 57, «معاونت» 34 of 34: «مرکز | پلیس امنیت اخلاقی»)
KIND_WORDS = frozenset(
    {
        *"سازمان شرکت گروه حزب باشگاه تیم خبرگزاری روزنامه شبکه پایگاه دانشگاه بانک موسسه".split(),
        *ORG_HEADS,
        *"مرکز دفتر اتحادیه کمیته فدراسیون کارگروه معاونت اتاق".split(),
    }
)
_KIND_KEYS = frozenset(map(lx.key, KIND_WORDS))
_PLURAL_ENDS = ("های", "ها")  # keys: «پایگاه‌های», «روزنامه‌ها»
_PUBLIC_RELATIONS = ("روابط", "عمومی")
# the words of a body's kind, whose name is no club's (``body_names.without_town``)
_NAMED_BY_KIND = KIND_WORDS | _BODY_WORDS
_CLUB_HEADS = _NAMED_BY_KIND | BODY_OF_A_PLACE  # the words that open no club's name


def _public_relations(keys: list[str], i: int) -> int:
    """The words of «روابط عمومی» right before token ``i``: 2, 1 (run into one), or 0."""
    if i > 1 and tuple(keys[i - 2 : i]) == _PUBLIC_RELATIONS:
        return 2
    return int(i > 0 and keys[i - 1] == "".join(_PUBLIC_RELATIONS))


# words of a body's kind that PEYMA takes into the name with the quotation marks that follow
# them («روزنامه « اعتماد »», «شرکت « بوئینگ »»: 21 times of 22 in its training part)
_QUOTED_KIND_WORDS = frozenset({*KIND_WORDS, *"وبسایت سایت نشریه مجله هفتهنامه ماهنامه".split()})
_QUOTES = {"«": "»", '"': '"', "“": "”"}


def _quoted_after_kind(words: list[str], keys: list[str], i: int, j: int, taken: set[int]) -> bool:
    """Tokens ``[i, j)`` are a name in quotation marks the word of a body's kind opens, the
    marks around it and the word unmarked («شرکت « بوئینگ »»)."""
    return (
        i > 1
        and j < len(words)
        and _QUOTES.get(words[i - 1]) == words[j]
        and keys[i - 2] in _QUOTED_KIND_WORDS
        and taken.isdisjoint({i - 2, i - 1, j})
    )


# bodies named after the person who leads them: the name holds the person's («دولت روحانی»,
# «دفتر ریولین», the president's office; ``surname_mentions._led_by`` takes it as his too)
_LED_BY_A_PERSON = frozenset({"دولت", "کابینه", "دفتر"})


def _unheld(
    spans: list[tuple[int, int, str | None]], found: list[tuple[int, int]]
) -> list[tuple[int, int, str | None]]:
    """The names of ``found`` that no span of ``spans`` holds a token of, as spans."""
    if not found:
        return []  # most articles: no results line, no list of clubs (``spans`` not read)
    held = {k for i, j, _ in spans for k in range(i, j)}
    return [(i, j, None) for i, j in found if held.isdisjoint(range(i, j))]


def _listed_holds(keys: list[str], i: int, j: int, on: int) -> bool:
    """The listed name of ``[i, j)`` holds the words of ``[j, on)`` after it."""
    listed = _listed_name(keys, i, j)
    return bool(listed) and set(keys[j:on]) <= set(lx.keys_of(str(listed).split()))


def _listed_after_plural_kind(keys: list[str], i: int, j: int) -> tuple[int, str] | None:
    """Where ``[i, j)`` opens with a word of a body's kind in the plural («پایگاه‌های»,
    «روزنامه‌های»), the head of a list of bodies, and ends with a name the data files list
    («پایگاه‌های خبری العربیه و الحدث»): that name's first token and listed name."""
    plural = keys[i]
    if not any(plural.endswith(end) and plural[: -len(end)] in _KIND_KEYS for end in _PLURAL_ENDS):
        return None
    for k in range(i + 1, j):
        if listed := _listed_name(keys, k, j):
            return k, listed
    return None


def _listed_name(keys: list[str], i: int, j: int) -> str | None:
    """The data files' name of the organization at ``[i, j)``: listed whole, or a listed
    one followed by the place it serves («نیروی انتظامی استان قم» is the police), but not by
    another country («شرکت ملی نفت چین» is not Iran's)."""
    for trie in (lx.organizations(), lx.agencies()):
        hit = trie.match(keys, i)
        if hit and hit[0] == j:
            return hit[1].name
        if hit and (place := lx.places().match(keys, hit[0])) and place[0] == j:
            abroad = place[1].name not in _iranian_places()
            return None if abroad else hit[1].name  # «شرکت ملی نفت چین», «دولت واشنگتن»
    if i and keys[i - 1] == "وزیر":  # «وزیر کشور»: the ministry, as PEYMA tags it
        hit = lx.organizations().match(["وزارت", *keys[i:j]], 0)
        if hit and hit[0] == j - i + 1:
            return hit[1].name
    return None


@cache
def _iranian_places() -> frozenset[str]:
    """Iran, its provinces, counties and cities: the places an Iranian body serves."""
    inside = [n for n, kind, _ in (*place_names(), *county_names()) if kind != "country"]
    return frozenset({"ایران", *inside})


@cache
def _small_towns() -> frozenset[str]:
    """Iran's cities that give no county its name: where the tagger marks nothing there,
    their names are mostly words («مهاجران», «بیجای», «مجلسی»). A county's seat the lists
    write with another spacing or letter («ماه نشان», «ماهنشان»; «بندر انزلی», «بندرانزلی»)
    is no small town."""
    counties = {_spaced_out(n) for n, _, _ in county_names()}
    return frozenset(
        n for n, kind, _ in place_names() if kind == "city" and _spaced_out(n) not in counties
    )


def _spaced_out(name: str) -> str:
    return lx.key(name).replace(" ", "")


@lru_cache(maxsize=16384)  # per name, bounded: an unlisted place is named again and again
def _led_place(keys: tuple[str, ...]) -> object | None:
    """The entry of the place ``keys`` name where it is listed only after a lead word
    («کشور مالی»)."""
    for lead in lx.PLACE_LEADS:
        hit = lx.places().match([lead, *keys], 0)
        if hit and hit[0] == len(keys) + 1:
            return hit[1]
    return None


def _place_named(
    tokens: TokenColumns, keys: list[str], text: str, i: int, j: int
) -> tuple[str, str]:
    """The name and kind of the place the tagger marks at ``[i, j)``, as the lexicons name it
    where they list it, with or without the word that says place («کشور افغانستان» is
    «افغانستان»)."""
    name = i + 1 if keys[i] in PLACE_LEAD_KINDS and j - i > 1 else i
    if j - i > 3 and tokens.words[i + 1] in QUOTE_MARKS and tokens.words[j - 1] in QUOTE_MARKS:
        name, j = i + 2, j - 1  # «شهر « آستانه »», «منطقه « بوصنیب »»: the name is in the marks
    for start in (i, name):
        hit = lx.places().match(keys, start)
        if hit and hit[0] == j:
            return hit[1].name, hit[1].kind
    # a place that is also a word is listed after a lead only: here «مالی» is Mali
    entry = _led_place(tuple(keys[name:j]))
    if isinstance(entry, lx.Entry):
        return entry.name, entry.kind
    return text[tokens.starts[name] : tokens.ends[j - 1]], KIND_OF_NEW_PLACE


def _outlet(keys: list[str], i: int, j: int) -> bool:
    hit = lx.agencies().match(keys, i)
    return bool(hit and hit[0] == j)


def places(
    tokens: TokenColumns,
    keys: list[str],
    text: str,
    tagged: Tagged,
    rules: list[Place],
    skip: set[int],
    org_spans: list[tuple[int, int]] | None = None,
    loc_spans: list[tuple[int, int]] | None = None,
) -> list[Place]:
    """The places the tagger marks, and the rules' places inside its organizations, but an
    outlet's («خبرگزاری فارس») and ordinary words («بانک مرکزی»): names, not places.
    ``org_spans``, ``loc_spans``: ``kind_spans(..., "ORG")`` and ``kind_spans(..., "LOC")``
    of ``tagged``, when already found."""
    orgs = kind_spans(tokens, keys, tagged, "ORG") if org_spans is None else org_spans
    in_org = {
        k
        for i, j in orgs
        if not _outlet(keys, i, j)
        for k in range(i, j)
        if not (keys[k] in lx.common_words() and keys[k][-1] == "ی")  # an adjective: «مرکزی»
    }
    whole_orgs = {(tokens.starts[i], tokens.ends[j - 1]) for i, j in orgs}
    # the tokens the tagger ran an organization on over and its bounds left out («وزیر امور
    # خارجه فرانسه | به لبنان»): a listed place there is one
    in_names = {k for i, j in orgs for k in range(i, j)}
    cut_off = {
        k
        for t, a, b in tagged
        if t == "ORG"
        for k in range(a, b)
        if k not in in_names and k not in skip
    }
    # the places the tagger took for a body («شهرهای سرایان، سه قلعه و آیسک»), small towns too
    run_of_places = {
        k
        for t, a, b in tagged
        if t == "ORG" and places_only(tokens.words, keys, a, b)
        for k in range(a, b)
    }
    # a listed place alone the tagger took for a person no rule reads as one: a dateline's
    # («زاهدان - خبرنگار ...»), a town that is a name too
    lone_persons = {(a, b) for t, a, b in tagged if t == "PER"}
    found: dict[str, Place] = {}
    taken: set[int] = set()
    marked = set(chain.from_iterable(range(a, b) for _, a, b in tagged))
    marked_or_skipped = marked | skip
    if loc_spans is None:
        loc_spans = kind_spans(tokens, keys, tagged, "LOC")
    # each mention's first token and the token after it, found once (``_TokenRanges``)
    ranges = _TokenRanges(tokens)
    listed = _listed_at(ranges, rules)
    for i, j in loc_spans:
        if skip.intersection(range(i, j)) or a_time_zone(keys, i) or son_of(keys, j):
            continue
        if in_a_title(tokens.words, keys, i, j):
            continue  # «فیلم « قدمگاه خورشید »»: a word of a title
        if a_word_here(keys, i, j):
            continue  # «مردم کره زمین», «در امان نیست»: the earth, safety
        inner = [listed[k] for k in range(i, j) if k in listed and listed[k][1] <= j]
        if len(inner) > 1 and _joined_places(keys, inner, tokens):
            # a run the tagger marked over listed places joined by «و» or a comma («اصفهان و
            # قم و گیلان», «استانداران قم و گیلان»): each is one, as a comma list's; not a
            # city with its country («استکهلم سوئد», one place in PEYMA and ARMAN)
            for place, end, m in inner:
                if m is inner[0][2] and _led(tokens, keys, i, m, place.kind):
                    m = Span(tokens.starts[i], m.end)  # «کشور ترکیه | و ...»: with its lead
                _place(found, place.name, place.kind).mentions.append(m)
                taken.update(range(ranges.of(m)[0], end))
            continue
        # «مجلس ملی نیکاراگوئه»: a body; «کودتای ترکیه»: an event, the place after it
        if j - i > 1 and (keys[i] in BODY_OF_A_PLACE or keys[i] in _EVENTS):
            i = next((k for k in range(i + 1, j) if place_to(keys, k, j)), j)
            if i == j:
                continue
        if country := qualified_country(keys, i, j):
            # «دومین ایالت بزرگ | اندونزی», «کشور جنگ زده یمن»: the country is the place
            first, entry = country
            _place(found, entry.name, entry.kind).mentions.append(ranges.span(first, j))
            taken.update(range(first, j))
            continue
        name, kind = _place_named(tokens, keys, text, i, j)
        if kind == KIND_OF_NEW_PLACE and any(lx.disease(k) for k in keys[i:j]):
            continue  # «کرونا», «دوران پسا کرونا»: a tagger trained before it took it for a place
        if keys[i] == _WORLD_OF and (j - i == 1 or kind == KIND_OF_NEW_PLACE):
            # «دنیای واقعی», «دنیای سینما»: a sphere, no place (PEYMA's training part: 15 of
            # 17 untagged, never a place of two words or more)
            continue
        if a_word_among_words(keys, i, j, marked, kind != KIND_OF_NEW_PLACE):
            continue  # «با همین نگاه و اندیشه»: a word that is also a town, among words
        lead = PLACE_LEAD_KINDS.get(keys[i - 1], ()) if i else ()
        if kind in lead and i - 1 not in marked and keys[i] not in _WORLD:
            i -= 1  # «کشور افغانستان»: PEYMA takes the word that says place in, as the rules do
        elif kind == KIND_OF_NEW_PLACE and _feature_before(keys, i, marked):
            i -= 1  # «دریاچه | تیتی‌کاکا»: a lake, a pass, a plain no list holds, with its word
        i = _direction_before(keys, i, marked, skip)
        j = occupied_end(keys, j, marked_or_skipped)  # «قدس | اشغالی»
        _place(found, name, kind).mentions.append(ranges.span(i, j))
        taken.update(range(i, j))
    for place in rules:
        for m in place.mentions:
            i, end = ranges.of(m)
            if son_of(keys, end) or a_word_here(keys, i, end):
                continue  # «بندر بن | سلطان»: a son's name, no Bonn; «در امان نیست»
            # a place that is the organization's whole name is no part of it: «رژیم صهیونیستی»
            if i in in_org and i not in taken and (m.start, m.end) not in whole_orgs:
                _place(found, place.name, place.kind).mentions.append(m)
            elif (
                (
                    marked_or_skipped.isdisjoint(range(i, end))
                    or (i not in taken and _within(cut_off, i, end))
                    or ((i, end) in lone_persons and i not in skip)
                )
                and (place.name not in _small_towns() or _within(run_of_places, i, end))
                and not in_a_title(tokens.words, keys, i, end)
            ):
                # a country, region, province, county or city abroad the tagger left out
                # («اگر اسراییل ابتکار صلح ...», «پیکر شهدای حله»); not a town that is also
                # a word («مهاجران روسی»)
                if (d := _direction_before(keys, i, marked, skip)) < i:
                    m = Span(tokens.starts[d], m.end)
                _place(found, place.name, place.kind).mentions.append(m)
    firsts = {}  # each place's first token -> its end token
    for m in (m for p in found.values() for m in p.mentions):
        i, end = ranges.of(m)
        firsts[i] = end
    for k, entry in homonyms_in_lists(keys, firsts, marked_or_skipped | taken):
        # «اردبیل ، خلخال ، گرمی و مشکین‌شهر»: a place that is also a word, in a list of places
        _place(found, entry.name, entry.kind).mentions.append(ranges.span(k, k + 1))
        firsts[k] = k + 1
    held = marked_or_skipped | taken | in_names
    held.update(k for i, j in firsts.items() for k in range(i, j))
    for k, entry in constituencies(keys, held):
        # «نماینده بهار و کبودرآهنگ»: a town that is also a word, a deputy's constituency
        _place(found, entry.name, entry.kind).mentions.append(ranges.span(k, k + 1))
        held.add(k)
    seen = {p.name: (p.kind, [ranges.of(m)[0] for m in p.mentions]) for p in found.values()}
    for k, entry in homonyms_named_again(keys, seen, held):
        # «استان گلستان ... زلزله گلستان را لرزاند»: the place the article named, again
        _place(found, entry.name, entry.kind).mentions.append(ranges.span(k, k + 1))
        held.add(k)
    for a, b, name in unlisted_named_again(
        tokens.words, keys, _led_names(keys, found, ranges), held
    ):
        # «روستای لاسجرد ... لاسجرد در زمینه توریسم»: a place no list holds, named again
        found[name].mentions.append(Span(tokens.starts[a], tokens.ends[b - 1]))
    return list(found.values())


def _led_names(
    keys: list[str], found: dict[str, Place], ranges: _TokenRanges
) -> dict[tuple[str, ...], str]:
    """The places of ``found`` no list holds whose mention opens with the word that says
    place («روستای لاسجرد»): the keys of the name after it -> the place's name."""
    out: dict[tuple[str, ...], str] = {}
    for place in found.values():
        if place.kind != KIND_OF_NEW_PLACE:
            continue
        for m in place.mentions:
            i, end = ranges.of(m)
            if keys[i] in PLACE_LEAD_KINDS:
                out.setdefault(tuple(keys[i + 1 : end]), place.name)
    return out


def _led(tokens: TokenColumns, keys: list[str], i: int, m: Span, kind: str) -> bool:
    """Token ``i`` is a word that says a place of ``kind`` and the mention ``m`` opens right
    after it («کشور | ایران و گرجستان»)."""
    return kind in PLACE_LEAD_KINDS.get(keys[i], ()) and tokens.starts[i + 1] == m.start


def _feature_before(keys: list[str], i: int, marked: set[int]) -> bool:
    """A word of a lake, a river, a plain, a pass or a mountain stands before token ``i``,
    outside the tagger's names (PEYMA takes it into the place's mention)."""
    return i > 0 and keys[i - 1] in FEATURE_LEADS and i - 1 not in marked


def _place(found: dict[str, Place], name: str, kind: str) -> Place:
    """The place of that name found so far, made at its first mention only."""
    place = found.get(name)
    if place is None:
        place = found[name] = Place(name, kind)
    return place


# events of a place, which open no entity of PEYMA's training part (none of 11 such nouns)
# though its tagger runs them into the place after them («کودتای | ترکیه»)
_EVENTS = frozenset(
    lx.key(w) for w in ("کودتا", "کودتای", "جنگ", "زلزله", "انتخابات", "بحران", "حمله")
)
# the world with its Ezafe written, «دنیای ...»: the world of something, no place
_WORLD_OF = lx.key("دنیای")
# the world, whose countries «کشور» counts («20 کشور جهان»), no lead of it (PEYMA's training
# part leaves «کشور» out before «جهان» 4 times of 4)
_WORLD = frozenset({lx.key("جهان"), lx.key("دنیا")})


def _joined_places(
    keys: list[str], inner: list[tuple[Place, int, Span]], tokens: TokenColumns
) -> bool:
    """Two of the listed places ``inner`` (in order) have «و» or a comma between them."""
    ends = [end for _, end, _ in inner[:-1]]
    starts = [bisect_left(tokens.starts, m.start) for _, _, m in inner[1:]]
    return any(JOINERS.intersection(keys[a:b]) for a, b in zip(ends, starts, strict=True))


def _listed_at(ranges: _TokenRanges, rules: list[Place]) -> dict[int, tuple[Place, int, Span]]:
    """The first token of each mention of a listed place -> (place, its end token, mention)."""
    out: dict[int, tuple[Place, int, Span]] = {}
    for place in rules:
        for m in place.mentions:
            i, end = ranges.of(m)
            out[i] = (place, end, m)
    return out


# the quarters of a place, part of its mention («غرب کربلا», «شمال غرب قصر شیرین», «جنوب
# شرقی آسیا»: PEYMA's training part takes them in 75 times, leaves them out never)
_QUARTERS = frozenset({"شمال", "جنوب", "شرق", "غرب"})
_SECOND_QUARTERS = frozenset({"شرق", "غرب", "شرقی", "غربی"})


def _direction_before(keys: list[str], i: int, marked: set[int], skip: set[int]) -> int:
    """Where the place at token ``i`` starts with the quarter of it named before it, if any
    and no name's («شمال سوریه», «جنوب غرب آسیا»); ``marked``, ``skip``: the tokens of names."""

    def free(k: int) -> bool:
        return k >= 0 and k not in marked and k not in skip

    if i and keys[i - 1] in _SECOND_QUARTERS and free(i - 1):
        if i > 1 and keys[i - 2] in _QUARTERS and keys[i - 2] != keys[i - 1] and free(i - 2):
            return i - 2
        return i - 1 if keys[i - 1] in _QUARTERS else i
    return i - 1 if i and keys[i - 1] in _QUARTERS and free(i - 1) else i


def _within(tokens_of: set[int], i: int, end: int) -> bool:
    """The tokens ``[i, end)`` lie within ``tokens_of``."""
    if not tokens_of or i not in tokens_of:
        return False
    return tokens_of.issuperset(range(i, end))


class _TokenRanges:
    """The first token of each place mention and the token after it, found once: ``places``
    reads a rule's mention up to seven times (its bounds, the tagger's tokens, a title's, a
    list's), and each mention it makes is read again for the places named again."""

    __slots__ = ("at", "tokens")

    def __init__(self, tokens: TokenColumns) -> None:
        self.tokens = tokens
        self.at: dict[Span, tuple[int, int]] = {}

    def of(self, m: Span) -> tuple[int, int]:
        """``m``'s first token and the token after its last (its ends on tokens' ends)."""
        found = self.at.get(m)
        if found is None:
            i = bisect_left(self.tokens.starts, m.start)  # a token's start
            # the ends ascend: the first at ``m.end`` or past it is the last token's
            found = self.at[m] = (i, bisect_left(self.tokens.ends, m.end, i) + 1)
        return found

    def span(self, i: int, j: int) -> Span:
        """The mention of tokens ``[i, j)``, its tokens kept."""
        m = Span(self.tokens.starts[i], self.tokens.ends[j - 1])
        if j > i:  # as ``of`` would find it: the starts and ends of tokens rise
            self.at[m] = (i, j)
        return m
