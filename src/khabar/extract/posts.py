"""Posts: a post head and the words that go on with it to a boundary («فرمانده انتظامی
استان لرستان | در دیدار با ...»), or an anaphoric post («این مقام مسئول»)."""

from __future__ import annotations

from collections.abc import Mapping

from khabar.extract import lexicons as lx
from khabar.extract.clause_words import (
    CLOSING_QUOTE,
    COMMAS,
    LIST_SEPARATORS,
    PHRASE_ENDS,
    PREPOSITIONS,
)
from khabar.extract.commitment_acts import action
from khabar.extract.general_posts import counts_holders
from khabar.extract.glued_words import in_run_on, runs_into_title
from khabar.extract.light_verb_nouns import unlisted, verbs_noun_at
from khabar.extract.name_verbs import clause_verb
from khabar.extract.namewords import kin, name_word
from khabar.extract.numbers import WORDS
from khabar.extract.org_spans import ordinal
from khabar.extract.people import (
    HOLY_MARKS,
    TITLE_HEADS,
    PostMention,
    family_after_title,
    first_name_at,
    is_word,
    post_boundaries,
)
from khabar.extract.title_objects import object_start
from khabar.text.offsets import Span
from khabar.text.segment import TokenColumns

_MAX_POST = 9
# A head of state or government right before a full name is its title, written whole or in two
# words («رئیس جمهور الهام علی اف», «نخست وزیر بوریس جانسون»), not a post running on over the
# name (``_titled_name``); other heads before a name name whom they serve («فرستاده ویژه
# ولادیمیر پوتین», «وزیر احمدی‌نژاد»).
TITLES = frozenset(map(lx.key, ("رئیس‌جمهور", "رئیس‌جمهوری", "نخست‌وزیر", "صدراعظم")))
_VERB_PREFIXES = ("می\u200c", "نمی\u200c")
_LATE = frozenset({"شهید", "فقید"})
# Heads that are given names too: a post only right before a country's name («امیر قطر»,
# «امیر کویت»), a name before anything else («امیر قاسمی»).
_RULERS = frozenset({"امیر"})
# Ends a post before its topic («کارشناس مسایل اقتصادی | پیرامون میزان ...») but no name: it is a
# family name too («ابراهیم پیرامون»), so not among ``post_boundaries``.
_TOPIC = frozenset({"پیرامون"})
# «شخص» before a name is «in person»: a post joined to it by «و» is another's («تکذیب سخنگوی
# فدراسیون | و شخص مهدی تاج»); not among ``post_boundaries``, which names read too
_IN_PERSON = frozenset({"شخص"})
# «مبنی بر» opens what a claim holds («وزیر راه و شهرسازی | مبنی بر تلاش دولت ...»); not among
# ``post_boundaries``: a name the tagger ran into it («خبرگزاری اصولگرای تسنیم | مبنی بر») is
# left to the agencies' list
_CONTENT_OF = frozenset({"مبنی"})
_NOT_POST_WORDS = _TOPIC | _IN_PERSON | _CONTENT_OF
# A calling's head names no body its post goes on with: past «و» comes another description
# («روزنامه‌نگار | و منتقد سعودی و ...», «روزنامه‌نگار | و سردبیر بسیاری از ...», «جامعه‌شناس
# انگلیسی | و تئوریسین حزب کارگر»)
_CALLING = frozenset(
    {
        ("روزنامهنگار",),
        ("روزنامه", "نگار"),
        ("جامعهشناس",),
        ("جامعه", "شناس"),
        ("روانشناس",),
        ("روان", "شناس"),
    }
)
# A psychologist's calling takes one word of its field («روانشناس بالینی», «روانشناس خانواده»),
# or a body; past that word is what the clause goes on with («این روانشناس بالینی | ترس‌های
# غیرواقعی ... را موجب افزایش اضطراب عنوان کرد»)
_OF_A_FIELD = frozenset({("روانشناس",), ("روان", "شناس")})


def _field_end(keys: list[str], at: int, j: int) -> int:
    """The end of a post of ``_OF_A_FIELD`` whose head ends at ``at`` and that ran on to ``j``:
    one word past the head, unless a body or a place opens at the head's end or past that
    word (the post is then that body's, as found)."""
    for k in (at, at + 1):
        if (keys[k] in lx.organizations().root and lx.organizations().match(keys, k)) or (
            keys[k] in lx.places().root and lx.places().match(keys, k)
        ):
            return j
    return at + 1


# Before a head, a post nobody here holds: a prize's category («بهترین بازیگر نقش اول مرد»);
# a word of kin before it is a relation to its holder («برادر پادشاه سعودی»), ``kin``.
_PRIZE = frozenset({"بهترین", "برترین"})
# Heads that are no post alone nor before an event they host: «مجری این مناظره», «مجری
# مناظره» is whoever hosts it, not a post to hold («مجری برنامه», «مجری طرح» are); «خواننده»
# alone is any singer («کنسرت فلان خواننده»), «خواننده پاپ» one.
_NOT_ALONE = frozenset({"مجری", "خواننده"})
# «منتخب مردم» alone is whoever the people chose, a list too («لیست ... و سیدمحمد خاتمی، منتخب
# مردم شد»); with its seat it is a post («جواد کریمی قدوسی، منتخب مردم مشهد»)
_ELECTED_ALONE = ("منتخب", "مردم")
# «منتخب» right after a name (or its comma) and before a town, county or province is the seat
# its holder was elected to («غلامرضا تاجگردون منتخب گچساران، کاظم دلخوش منتخب صومعه سرا»);
# alone or before a country it is a pick («تیم منتخب ایران»), and alone it opens no post
_ELECTED = "منتخب"
_SEATS = frozenset({"city", "county", "province"})
_EVENTS = frozenset({"مناظره", "مراسم", "جلسه", "نشست", "همایش"})
# A subjunctive or future of «شدن» right after a post that follows a name makes it what the
# name may become, no post held yet («اگر جو بایدن رئیس‌جمهور | شود», «... رئیس‌جمهور | خواهد
# شد»); a past one says they became it («سرمربی تیم ملی شد»), and «می‌شود» tells of the past
# too («در همان دوره که شریعتی معاون سیاسی امنیتی خوزستان می‌شود»)
_MAY_BECOME = frozenset(f"{mood}{form}" for mood in ("", "ب", "ن") for form in ("شود", "شوند"))
_WILL = frozenset({"خواهد", "خواهند", "نخواهد", "نخواهند"})
_BECAME = "شد"
# A post named «به عنوان» before a participle of appointment and a subjunctive or future of
# «شدن» is one its subject is to be given, not one held («که قرار است به عنوان معاون پارلمانی
# رئیس‌جمهور | منصوب شود»); after «پیش از آنکه» the appointment is told of the past («پیش از
# آنکه به عنوان رئیس هیات اتحادیه اروپا در بریتانیا منصوب شود، سفیر ... بود»)
_AS = ("به", "عنوان")
_TO_BE_NAMED = frozenset({"منصوب", "معرفی", "برگزیده", "انتخاب", "تعیین"})
_BEFORE_THAT = frozenset({"آنکه", "اینکه"})
_NAMED_WITHIN = 5  # the most words from the post's end to the participle
# «نه» right before a post denies it: nobody holds it («رئیس جمهور مدیر عامل کشور است نه | رئیس
# هیئت مدیره گفت:», «نه دادگاه لازم دارد و نه | وکیل و قاضی»); and a post alone before «است نه»
# is what the other is set against, a post defined, not held («با بیان اینکه رئیس جمهور مدیر
# عامل کشور | است نه ...»)
_NOT = "نه"
_IS_NOT = ("است", _NOT)
# «عضو» alone is a member of nothing named («یک عضو | از اعضای احزاب ...», «باهنر عضو | این
# شورا نبود»); but before «و» it shares the body of the post joined to it («عضو و نایب رئیس
# سابق اتاق بازرگانی»), which goes to its holder through it.
_MEMBER = "عضو"
# The words of a parliament's name after «در مجلس» («در مجلس شورای اسلامی», «در مجلس خبرگان
# رهبری», «در مجلس سنای آمریکا», «در مجلس عوام»): a post that names its seat ends with them.
# A party to a case: a post ending in one, or running on past one, before a name is the post
# of someone unnamed who acts for that named party («وکیل متهم | داریوش امان‌کی‌یکانی», «وکیل
# متهم امان‌کی»): the name is the accused's, not the holder's.
_PARTIES = frozenset({"متهم"})
# «بین» and «میان» before a name: the post is one contested between the names, nobody's yet
# («انتخاب سرمربی | بین علی دایی و امیر قلعه‌نویی»)
_BETWEEN = frozenset({"بین", "میان"})
_PARLIAMENT = frozenset(
    "شورای اسلامی خبرگان رهبری سنا سنای عوام اعیان نمایندگان دومای ملی عالی".split()
)


def _held_by_none(keys: list[str], i: int) -> bool:
    """Whether the post at token ``i`` is a prize's category or a kin's («برادر پادشاه»)."""
    return i > 0 and (keys[i - 1] in _PRIZE or kin(keys[i - 1]))


def ruler_starts(keys: list[str], person_starts: list[int]) -> list[int]:
    """The tokens among ``person_starts`` (where a given name may open) that open a ruler's
    post before a country (``_RULERS``): more places ``find_posts`` may start."""
    return [i for i in person_starts if keys[i] in _RULERS and _ruler_end(keys, i)]


def _ruler_end(keys: list[str], i: int) -> int | None:
    """The end of the head «امیر» at ``i`` when a country's name follows it, else None."""
    place = lx.places().match(keys, i + 1) if i + 1 < len(keys) else None
    return i + 1 if place and place[1].kind == "country" else None


def _elected_end(keys: list[str], i: int, name_ends: frozenset[int]) -> int | None:
    """The end of the head «منتخب» at ``i`` when it follows a name and a seat follows it."""
    after_name = i in name_ends or (i > 0 and keys[i - 1] in COMMAS and i - 1 in name_ends)
    place = lx.places().match(keys, i + 1) if after_name and i + 1 < len(keys) else None
    return i + 1 if place and place[1].kind in _SEATS else None


def find_posts(
    tokens: TokenColumns,
    keys: list[str],
    text: str,
    starts: list[int],
    names: Mapping[int, int] | None = None,
) -> list[PostMention]:
    """Post phrases: a post head and what follows up to a boundary word or punctuation.

    ``starts``: the tokens whose key opens a post head or an anaphoric post (sorted);
    ``names``: the tokens where a person's name opens, and where it ends: a post does not run
    on to one after «و» («رئیس جمهور | و مایک پامپئو وزیر خارجه آمریکا»), nor to one with a
    post of their own after a comma («معاون | آنتونیو گوترش، دبیرکل سازمان ملل»).
    """
    out: list[PostMention] = []
    i = 0
    anaphors, heads = lx.post_anaphors(), lx.post_heads()
    name_ends = frozenset((names or {}).values())
    for at in starts:
        if at < i:
            continue
        i = at
        anaphor = anaphors.match(keys, i)
        head = heads.match(keys, i)
        head_end = head[0] if head else _ruler_end(keys, i) if keys[i] in _RULERS else None
        if head_end is None and keys[i] == _ELECTED:
            head_end = _elected_end(keys, i, name_ends)
        if anaphor and (not head_end or anaphor[0] >= head_end):
            j = anaphor[0]
            out.append(_post_mention(tokens, keys, text, i, j, anaphor=True))
            i = j
            continue
        if not head_end or _held_by_none(keys, i) or _family_name_head(keys, i):
            i += 1
            continue
        if head_end == i + 1 and (
            keys[i] in TITLE_HEADS
            and (
                _name_next(keys, head_end, names or {})
                or (family_after_title(keys, head_end) and not counts_holders(keys, i))
            )
        ):
            j = head_end  # a title before the name, though it opens with no given name known
        else:
            simple = head_end - i == 1 and _simple_word(tokens.words[i])
            j = _extend_post(
                tokens, keys, head_end, i + _MAX_POST, names or {}, text, simple, head_at=i
            )
        if j > head_end and _titled_name(keys, i, head_end, names or {}):
            j = head_end  # «رئیس جمهور | الهام علی اف»: the title of the name right after it
        if j > head_end and "".join(keys[i:head_end]) in TITLES:
            j = object_start(keys, head_end, j) or j  # «رئیس جمهور | سیاست اصولی ... را»
        j = _ministry_past_comma(keys, i, j)
        if tuple(keys[i:head_end]) in _CALLING and "و" in keys[head_end:j]:
            j = keys.index("و", head_end, j)  # «روزنامه‌نگار | و منتقد سعودی»
        if tuple(keys[i:head_end]) in _OF_A_FIELD and j > head_end + 1:
            j = _field_end(keys, head_end, j)
        if keys[i] in _NOT_ALONE and (j == i + 1 or keys[i + 1] in _EVENTS):
            i = j
            continue
        if tuple(keys[i:j]) == _ELECTED_ALONE:
            i = j
            continue
        if keys[i] == _MEMBER and j == i + 1 and keys[j : j + 1] != ["و"]:
            i = j
            continue
        if j == head_end and _verb_after_head(tokens, keys, j):
            i = j
            continue
        if _for_a_named_party(keys, i, j, names or {}) or (i in name_ends and _to_become(keys, j)):
            i = j
            continue
        if _denied(tokens, keys, i) or _to_be_appointed(keys, i, j):
            i = j
            continue
        if i not in name_ends and tuple(keys[j : j + 2]) == _IS_NOT:
            i = j
            continue
        if j + 1 < len(keys) and keys[j] in _BETWEEN and j + 1 in (names or {}):
            i = j
            continue
        if any(runs_into_title(keys, k) for k in range(i, j)):
            i = j  # a heading's post run into the title of the name opening the next line
            continue
        out.append(_post_mention(tokens, keys, text, i, j))
        i = j
    return out


# titles that are post words too («امام جمعه», «امام جماعت»): before a name they are its title
_NAME_TITLES = frozenset({"امام", "حضرت"})


def _title_of_name(keys: list[str], j: int, names: Mapping[int, int]) -> bool:
    """Whether «امام» or «حضرت امام» at ``j`` opens a name's titles («امام خمینی (ره)», the
    name found with its title): the post before it ends there, «رهبر کبیر انقلاب اسلامی |
    حضرت امام خمینی»; «امام جمعه موقت تهران» names no one and runs on."""
    if keys[j] not in _NAME_TITLES:
        return False
    return j in names or (keys[j + 1 : j + 2] == ["امام"] and j + 1 in names)


def _titled_name(keys: list[str], i: int, head_end: int, names: Mapping[int, int]) -> bool:
    """Whether the head ``[i, head_end)`` is a title (``TITLES``) right before a full name, of
    two words or more («رئیس جمهور الهام علی اف», «نخست‌وزیر آنتونی ادن»). A family name alone
    after it is left as it was («رئیس جمهوری پوتین» in Trump's words: given the bare title, Putin
    took the lead's «رئیس جمهوری آمریکا» from Trump, and Rouhani so titled the words of «وی»
    after another's statement)."""
    end = names.get(head_end)
    return end is not None and end - head_end >= 2 and "".join(keys[i:head_end]) in TITLES


def _for_a_named_party(keys: list[str], i: int, j: int, names: Mapping[int, int]) -> bool:
    """Whether the post ``i``..``j`` names a party to a case right before a name
    (``_PARTIES``): the name after it is the party's, the post an unnamed other's."""
    return any(keys[k] in _PARTIES and k + 1 in names for k in range(i + 1, j)) or (
        keys[j - 1] in _PARTIES and j in names
    )


def _to_become(keys: list[str], j: int) -> bool:
    """Whether a subjunctive or future of «شدن» follows the post ending at ``j``."""
    if j >= len(keys):
        return False
    return keys[j] in _MAY_BECOME or (keys[j] in _WILL and keys[j + 1 : j + 2] == [_BECAME])


def _denied(tokens: TokenColumns, keys: list[str], i: int) -> bool:
    """Whether «نه» stands right before the post at ``i``, the post's head a word of its own:
    a head a heading's last word ran into follows that word, not «نه» («... شکست می‌دهد نه
    کرونا|سخنگوی دولت در ادامه ... گفت:»)."""
    return i > 0 and keys[i - 1] == _NOT and lx.key(tokens.words[i]) == keys[i]


def _to_be_appointed(keys: list[str], i: int, j: int) -> bool:
    """Whether the post ``i``..``j`` follows «به عنوان» and comes before a participle of
    appointment and a subjunctive or future of «شدن» (``_TO_BE_NAMED``), a few words of its place
    between and no stop: a post to be given («به عنوان سفیر ایران | در روسیه معرفی شود»)."""
    if i >= 1 and keys[i - 1] == "بعنوان":
        if i >= 2 and keys[i - 2] in _BEFORE_THAT:
            return False
    elif tuple(keys[i - 2 : i]) != _AS or (i >= 3 and keys[i - 3] in _BEFORE_THAT):
        return False
    k = next((k for k in range(j, min(j + _NAMED_WITHIN, len(keys))) if keys[k] in _TO_BE_NAMED), 0)
    return bool(k) and _to_become(keys, k + 1) and not any(w in PHRASE_ENDS for w in keys[j:k])


def _family_name_head(keys: list[str], i: int) -> bool:
    """Whether the head at ``i`` follows a lone given name that opens an item of a list: it
    is that name's family name, no post («، محسن قاضی مرادی، محمود بهرامی، ...»)."""
    return i > 0 and first_name_at(keys, i - 1) == 1 and (i == 1 or keys[i - 2] in LIST_SEPARATORS)


def _verb_after_head(tokens: TokenColumns, keys: list[str], j: int) -> bool:
    """Whether a verb no boundary word lists, nor «می‌» opens, stands right after a head alone
    at ``j``: the head is the verb's predicate or object («در شرایطی که ما عضو | نشویم», «به
    سفیر | گفتم», «قالیباف رئیس | نباشد»), no post a holder can be told of; one a reporting
    verb follows is its subject («رئیس‌جمهور | گفتند»)."""
    return (
        j < len(keys)
        and keys[j] not in post_boundaries()
        and not tokens.words[j].startswith(_VERB_PREFIXES)
        and clause_verb(tokens.words[j])
        and lx.reporting_verbs().match(keys, j) is None
    )


def _name_next(keys: list[str], at: int, names: Mapping[int, int]) -> bool:
    """A name opens at ``at``, or past an opening quotation mark there («سناتور «مک کین»»)."""
    return at in names or (at < len(keys) and keys[at] in CLOSING_QUOTE and at + 1 in names)


def post_end(tokens: TokenColumns, keys: list[str], at: int, head: int = 1) -> int:
    """The end of a post whose head of ``head`` tokens ends before token ``at``, run on as
    ``find_posts`` runs one (for a head it does not know: a plural, ``plural_posts``)."""
    simple = head == 1 and _simple_word(tokens.words[at - 1])
    return _extend_post(tokens, keys, at, at - head + _MAX_POST, {}, None, simple, at - head)


_MINISTER = "وزیر"
_MINISTRY = "وزارت"
_COMMA = "،"


def _ministry_past_comma(keys: list[str], i: int, j: int) -> int:
    """The end of a post ``[i, j)`` cut at a comma inside the name of the ministry it names after
    «وزیر» (``organizations.tsv``): «وزیر تعاون، کار و رفاه اجتماعی», not «وزیر تعاون»; a
    place right after the name goes with it, as after any closed name. Else ``j``."""
    if j >= len(keys) or keys[j] != _COMMA or _MINISTER not in keys[i:j]:
        return j
    at = max(k for k in range(i, j) if keys[k] == _MINISTER) + 1
    found = lx.organizations().match([_MINISTRY, *keys[at : j + 12]], 0)
    if not found or found[1].kind != "ministry" or at + found[0] - 1 <= j + 1:
        return j
    end = at + found[0] - 1
    place = lx.places().match(keys, end) if end < len(keys) else None
    return place[0] if place and place[0] > end else end


def _holy_name_end(tokens: TokenColumns, keys: list[str], j: int) -> int | None:
    """«حضرت ابوالفضل (ع)», «امام علی ابن ابیطالب (ع)»: the end of a name closed by (ع)."""
    end = min(len(tokens.words) - 2, j + 5)
    if "(" not in tokens.words[j:end]:
        return None  # most words: no bracket ahead, looked for in C
    for k in range(j, end):
        if tokens.words[k] == "(":
            if keys[k + 1] in HOLY_MARKS and tokens.words[k + 2] == ")" and k > j:
                return k + 3
            return None
        if not is_word(tokens, k) or keys[k] in post_boundaries():
            return None
    return None


def _simple_word(word: str) -> bool:
    """A head of one simple word («فرمانده», not «نخست‌وزیر»): a body completes it."""
    return "\u200c" not in word


def _extend_post(
    tokens: TokenColumns,
    keys: list[str],
    j: int,
    limit: int,
    names: Mapping[int, int],
    text: str | None = None,
    simple_head: bool = False,
    head_at: int | None = None,
) -> int:
    """The post runs on to a boundary; a place, a known organization or «(ع)» ends it
    («فرمانده انتظامی استان کرمان | راه‌اندازی ...»), but for «... در مجلس»; the noun of
    its clause's verb ends it (``_verbs_noun``: «رئیس مجلس | برگزار شد»); so does a line
    break in ``text``: a subheading's last words run on to no post of the next line («*
    دندان‌پزشک وزیر نیستم | سرپرست باشگاه پرسپولیس ... گفت:»). ``simple_head``: the head is
    one simple word, and the word right after it no light verb's noun proved so
    (``light_verb_nouns``); ``head_at``: where the head opens (else right before ``j``)."""
    n = len(tokens.words)
    orgs, places = lx.organizations(), lx.places()
    first = j
    while j < min(n, limit):
        if text is not None and "\n" in text[tokens.ends[j - 1] : tokens.starts[j]]:
            break
        if j in names and _posted_after(keys, names[j]):
            break  # «معاون | آنتونیو گوترش، دبیرکل سازمان ملل»: the name has its own post
        if keys[j] in _BETWEEN and j + 1 in names:
            break  # «سرمربی | بین علی دایی و ...»: dropped by ``find_posts``
        if _title_of_name(keys, j, names):
            break  # «بنیانگذار انقلاب اسلامی | حضرت امام خمینی (ره)»: the name's title
        if keys[j] == "در" and j + 1 < n and keys[j + 1] == "مجلس":
            if _seated(keys, head_at if head_at is not None else first - 1, j):
                j = _parliament_end(keys, j + 2)
            break
        org = orgs.match(keys, j) if keys[j] in orgs.root else None  # most words open neither
        place = places.match(keys, j) if keys[j] in places.root else None
        ends = [m[0] for m in (org, place) if m and (m is place or m[0] - j > 1)]
        holy = _holy_name_end(tokens, keys, j) or 0
        if any(_title_of_name(keys, k, names) for k in range(j, holy)):
            holy = 0  # «(ره)» closing a person's name, not a body's named after him
        ends.append(holy)
        if max(ends) > j:  # a closed name: the post ends with it, or with a place after it
            placed = place is not None and place[0] == max(ends)
            start, j = j, max(ends)
            if (place := lx.places().match(keys, j)) and place[0] > j:
                j, placed = place[0], True
            j = _joint_sides_end(keys, start, j)
            if placed and j < n and keys[j] in lx.paper_name_ends():
                j += 1  # a place and «پست» name a paper: «روزنامه‌نگار واشنگتن پست»
            if not (j + 1 < n and keys[j] == "در" and keys[j + 1] == "مجلس"):
                break
            continue  # «نماینده مردم سنقر | در مجلس»: read at the loop's top
        if org:  # a one-word organization («سپاه») may go on: «سپاه ناحیه ...»
            j = org[0]
            continue
        if keys[j] == "و" and j + 1 < n and j + 1 not in names and _post_word(tokens, keys, j + 1):
            if lx.post_heads().match(keys, j + 1) or _family_name_listed(keys, j + 1):
                break  # «فعال سیاسی اصلاح‌طلب | و عضو شورای مرکزی ...»: a second post
            j += 1
            continue
        if keys[j] in _LATE and j + 1 < n and _ordinary_post_word(tokens, keys, j + 1):
            j += 1  # «فرمانده شهید سپاه قدس»: the late commander, not «فرمانده | شهید سلیمانی»
            continue
        proved = not (simple_head and j == first)  # «فرمانده | تیپ شد»: the body, maybe
        if not _post_word(tokens, keys, j) or _verbs_noun(keys, j, proved):
            break
        if _time_or_goal(keys, j):
            break
        if _plural_predicate(keys, j):
            break
        j += 1
        if in_run_on(tokens.words[j - 1]):
            break  # «قائم مقام حزب اعتماد ملیدر تاریخ ...»: the post ends inside its last token
    while keys[j - 1] == "و":
        j -= 1
    return j


# a plural's copula: the words before it say what its subjects were, not a post's
_PLURAL_COPULAS = frozenset({"بودند", "هستند"})
_ONES_OF = ("انی", "هایی")  # «جمهوری خواهانی»: some of a plural
_COMPOUND_ENDS = ("خواه", "طلب")  # «جمهوری خواه», «اصلاح طلب»: one word written in two


def _plural_predicate(keys: list[str], j: int) -> bool:
    """Whether a predicate of some of a plural opens at ``j``, with the copula after it: the
    post ends before it («سناتور ایالت مین | جمهوری خواهانی بودند»)."""
    word, nxt = keys[j], keys[j + 1 : j + 2]
    if nxt and nxt[0] in _PLURAL_COPULAS:
        return word.endswith(_ONES_OF)
    return (
        bool(nxt)
        and nxt[0].startswith(_COMPOUND_ENDS)
        and nxt[0].endswith(_ONES_OF)
        and keys[j + 2 : j + 3] != []
        and keys[j + 2] in _PLURAL_COPULAS
    )


# A unit of time with its word of when, or a count of units, opens the clause after a post
# («بازیکن تیم سیاتل | سال گذشته ۸۰ میلیون دلار درآمد داشت», «مهاجم بارسا | چهار هفته پیاپی
# ...»): alone a unit is an event's name («ستاد هفته دولت»), so not among ``post_boundaries``;
# nor «فصل», a club's season a player's post names («بازیکن ... فصل گذشته تراکتور»)
_TIME_UNITS = frozenset({"سال", "هفته", "ماه"})
_WHEN = frozenset({"گذشته", "پیش", "قبل", "اخیر", "آینده", "جاری", "پیاپی", "متوالی"})
# a goal with its rank is what a player scored («مهاجم ایرانی | گل نخست بازی را ...»); «گل»
# alone may be a club's first word («سرمربی گل گهر»)
_GOAL = "گل"
_FIRST = "نخست"
# «بار دیگر», once more, says when («معاون دوم رئیس جمهور | بار دیگر این قانون را وتو کند»);
# «بار» alone may be a body's word («پایانه بار»)
_ONCE_MORE = ("بار", "دیگر")


def _time_or_goal(keys: list[str], j: int) -> bool:
    """Whether a time (a unit with its word of when, a count of units, «بار دیگر») or a goal
    with its rank opens at ``j``: the post ends before it."""
    if j + 1 >= len(keys):
        return False
    key, after = keys[j], keys[j + 1]
    if (key, after) == _ONCE_MORE:
        return True
    if key in _TIME_UNITS:
        return after in _WHEN
    if key == _GOAL:
        return after == _FIRST or ordinal(after)
    return after in _TIME_UNITS and (key in WORDS or key.isdigit())


_JOINT = "مشترک"


def _joint_sides_end(keys: list[str], start: int, end: int) -> int:
    """A joint body's post names both its sides: past the place ``[start, end)`` right after
    «مشترک», «و» and a second place («رئیس اتاق مشترک ایران و ایتالیا», not «... ایران»)."""
    if start and keys[start - 1] == _JOINT and end + 1 < len(keys) and keys[end] == "و":
        if second := lx.places().match(keys, end + 1):
            return second[0]
    return end


# The light verbs whose noun a post runs into («افتتاح | شد», «همراهی | می‌کنند»): their past
# stems, and present stems before «د» and «ند» alone, as «ده» and «دهم» are words too; not
# «ساخت», «داشت», «یافت», nouns of posts too («مدیر پروژه ساخت»)
_PAST = frozenset({"کرد", "شد", "نمود", "گردید", "داد"})
_PRESENT = frozenset({"کن", "شو", "ده", "نمای", "گرد"})
# and the perfect's persons, written with the participle («گفت‌وگو | کرده‌ایم», «استفاده |
# کرده‌اند»: keys drop the joiner)
_PAST_ENDS = ("", "م", "ی", "یم", "ید", "ند", "ه", "هام", "هایم", "هاید", "هاند")
_PRESENT_ENDS = ("د", "ند")
_BECOME = frozenset({"شد", "شو"})
# «کرد» is a people too, and «داد» ends a clause a post is the subject of («... را عباس صالحی،
# وزیر فرهنگ و ارشاد اسلامی داد»): before them alone only an act's noun is the verb's
_DONE = frozenset({"کرد", "داد"})
# Nouns of an appointment or a dismissal: the verb of the clause whose post they end («... به
# عنوان مدیر کل جدید سازمان تبلیغات اسلامی | معارفه شد», «شهردار | برکنار شد»)
_APPOINTED = frozenset({"معارفه", "تودیع", "ابقا", "عزل", "برکنار", "منصوب"})


# The light verbs of taking, having and finding, whose noun a post runs into too («رئیس
# جمهوری | عکس یادگاری گرفتند», «رئیس جمهور | مسئولیتی ندارد», «نخست‌وزیر | انتقال
# می‌یافت»): their noun is proved the verb's (``light_verb_nouns``), as «داشت» and «یافت»
# are words of posts too
_HELD_PAST = frozenset({"گرفت", "داشت", "یافت"})
_HELD_PRESENT = frozenset({"گیر", "دار", "یاب"})


def _form_stem(
    key: str, past: frozenset[str] = _PAST, present: frozenset[str] = _PRESENT
) -> str | None:
    """The stem of the light verb ``key`` is a form of, or None: any after «می»
    («می‌کنند»), else a past one («شد», «کرده») or a present one's third person («کند»)."""
    forms = [(key, False)]
    if key.startswith(("می", "نمی")):
        forms.append((key.removeprefix("ن").removeprefix("می"), True))
    elif key.startswith("ن"):
        forms.append((key[1:], False))
    for rest, continuous in forms:
        for stem in (*past, *present):
            end = rest[len(stem) :]
            if not rest.startswith(stem):
                continue
            if end in (_PAST_ENDS if stem in past else _PRESENT_ENDS) or (
                continuous and end in (*_PAST_ENDS, *_PRESENT_ENDS)
            ):
                return stem
    return None


def _forms(past: frozenset[str], present: frozenset[str]) -> dict[str, str]:
    """Every form ``_form_stem`` knows of these stems, with its stem: a key is looked up
    once, not tried stem by stem."""
    return {
        form: stem
        for prefix in ("", "ن", "می", "نمی")
        for head in (*past, *present)
        for end in (*_PAST_ENDS, *_PRESENT_ENDS)
        if (stem := _form_stem(form := prefix + head + end, past, present))
    }


_LIGHT_FORMS = _forms(_PAST, _PRESENT)
_HELD_FORMS = _forms(_HELD_PAST, _HELD_PRESENT)


# what opens a clause of its own after «و»: a preposition («تشکیل و | در این جلسه ...»)
_CLAUSE_OPENS = (PREPOSITIONS - {"و"}) | {"در"}


def _gapped(keys: list[str], j: int) -> bool:
    """Whether the act's noun at ``j``, before «و», is a clause's whose light verb is said once
    for both: a new clause opens after «و» («رییس جمهوری | تشکیل و در این جلسه ... مکلف
    شد»), or a second noun goes straight to the verb («رییس سابق هیات کشتی استان | تجلیل و
    قدردانی شد»). Not two nouns of a body's name («مرکز عربی بررسی و مطالعه سیاست‌ها»,
    «جلسه بررسی و رفع مشکل»): their second goes on with a noun of its own."""
    n = len(keys)
    if j + 2 < n and keys[j + 2] in _CLAUSE_OPENS:
        return True
    return j + 3 < n and (keys[j + 3] in _LIGHT_FORMS or keys[j + 3] in _HELD_FORMS)


def _verbs_noun(keys: list[str], j: int, proved: bool = True) -> bool:
    """Whether the word at ``j`` is a verb's, with the light verb after it: the post ends before
    it, its clause's verb («رئیس مجلس | برگزار شد», «سرپرست | همراهی می‌کنند», «رئیس‌جمهوری |
    گوش می‌کرد»). Before «شد», «کرد» and «داد», which also close a post held as a predicate
    («سرمربی تیم ملی شد»), and before the light verbs of taking, having and finding, an act's
    noun is (``commitment_acts.action``), or a word proved the verb's
    (``light_verb_nouns``: «رئیس جمهور | مقرر شد»), one or two written apart, where
    ``proved`` asks it; so is an unlisted act's noun before «و», its light verb left out
    (``_gapped``: «رییس جمهوری | تشکیل و در این جلسه ...»)."""
    n = len(keys)
    after = keys[j + 1] if j + 1 < n else ""
    stem = _LIGHT_FORMS.get(after)
    if stem is not None and not (stem in _BECOME or after in _DONE):
        return True
    if stem is not None and (action(keys[j]) or keys[j] in _APPOINTED):
        return True
    if not proved:
        return False
    if after == "و" and action(keys[j]) and unlisted(keys[j]):
        return _gapped(keys, j)
    if stem is not None or after in _HELD_FORMS:
        return verbs_noun_at(keys, j, j + 1)  # «رئیس جمهور | مقرر شد», «| مسئولیتی ندارد»
    if j + 2 < n and (keys[j + 2] in _LIGHT_FORMS or keys[j + 2] in _HELD_FORMS):
        return verbs_noun_at(keys, j, j + 2)  # «وزیر راه و شهرسازی | یاد آور شد»
    return False


# The words of a post that sits in a parliament: its members and their groups there («نماینده
# مردم سنقر در مجلس», «عضو فراکسیون امید در مجلس دهم», «رهبر دموکرات‌ها در مجلس نمایندگان»,
# «رئیس کمیته روابط خارجه در مجلس دومای روسیه»); keys. Another post's «در مجلس» is where its
# holder spoke or was spoken of («وزیر امور خارجه | در مجلس شورای اسلامی», «دونالد ترامپ،
# رئیس‌جمهور آمریکا | در مجلس سنای آمریکا»: the senator's seat before it).
_SEATED = frozenset(
    lx.key(w)
    for w in "نماینده نمایندگان منتخب عضو سناتور فراکسیون کمیسیون کمیته اقلیت اکثریت دموکرات‌ها "
    "دموکراتها جمهوری‌خواهان جمهوریخواهان".split()
)


def _seated(keys: list[str], i: int, j: int) -> bool:
    """Whether the post ``[i, j)`` before «در مجلس» has a seat there (``_SEATED``)."""
    return any(k in _SEATED for k in keys[max(i, 0) : j])


def _family_name_listed(keys: list[str], k: int) -> bool:
    """Whether the word at ``k``, right after «و», is a family name alone before a comma: a
    list of people, its first one's post ending before «و» («سعید نمکی، وزیر بهداشت | و
    حریرچی، معاون این وزارتخانه», «ذوالنور رئیس مجلس | و زاکانی، الیاس نادران»); not a
    body's or a place's word («... و تحقیقات،», «... و بختیاری،»)."""
    return (
        k + 1 < len(keys)
        and keys[k + 1] in COMMAS
        and name_word(keys[k])
        and keys[k] not in lx.place_words()
        and lx.places().match(keys, k) is None
    )


def _parliament_end(keys: list[str], j: int) -> int:
    """The end of the name of the parliament a post's «در مجلس» ends before ``j``: its words
    (``_PARLIAMENT``), a country and a term («دهم») go with it; nothing else does, so a post
    ends there («نماینده مردم سنقر در مجلس | اختلاف‌نظر کشورهای اروپایی ... را ... توصیف
    کرد»)."""
    n = len(keys)
    while j < n:
        if keys[j] in _PARLIAMENT or ordinal(keys[j]):
            j += 1
        elif (place := lx.places().match(keys, j)) and place[0] > j:
            j = place[0]
        else:
            break
    return j


def _posted_after(keys: list[str], end: int) -> bool:
    """Whether a comma and a post's head follow the name ending at token ``end``."""
    return (
        end + 1 < len(keys) and keys[end] in COMMAS and bool(lx.post_heads().match(keys, end + 1))
    )


def _post_word(tokens: TokenColumns, keys: list[str], j: int) -> bool:
    k = keys[j]
    if not is_word(tokens, j) or k in post_boundaries() or k == "و" or k in _NOT_POST_WORDS:
        return False
    if tokens.words[j].startswith("به\u200c"):  # «به‌مناسبت», «به‌منظور»: an adverbial follows
        return False
    if tokens.words[j].startswith(_VERB_PREFIXES):  # «جانشین ابطحی | می‌شود»: a verb ends it
        return False
    if clause_verb(tokens.words[j]):  # «نماینده | نخواهید داشت», «فرمانده‌کل سپاه | بودم»
        return False
    if lx.honorifics().match(keys, j) or first_name_at(keys, j):
        return False
    return lx.reporting_verbs().match(keys, j) is None


def _post_mention(tokens, keys, text, i, j, anaphor=False) -> PostMention:
    span = Span(tokens.starts[i], tokens.ends[j - 1])
    post_keys = tuple(keys[i:j])
    if j - i > 1 and (cut := in_run_on(tokens.words[j - 1])):  # «... اعتماد ملی|در تاریخ»
        span = Span(span.start, tokens.starts[j - 1] + cut)
        post_keys = (*post_keys[:-1], lx.key(tokens.words[j - 1][:cut]))
    return PostMention(i, j, text[span.start : span.end], post_keys, span, anaphor=anaphor)


def _ordinary_post_word(tokens: TokenColumns, keys: list[str], j: int) -> bool:
    """A word of a post that is a common word and no name's («سپاه», not «سلیمانی»)."""
    k = keys[j]
    return _post_word(tokens, keys, j) and k in lx.common_words() and k not in lx.name_words()
