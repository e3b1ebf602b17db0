"""Mentions of the article's persons that no rule or tagger took: a bare surname («جمیری
افزود») of the one person who has it, the first word of a family name of two as a subject,
a name of two words or more written again (``surname_mentions``, after ``build_registry``).
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.clause_words import COMMAS
from khabar.extract.family_spellings import other_forms
from khabar.extract.last_named import last_named_holder
from khabar.extract.lone_surnames import NO_NAME_ENDS, holder_named_before
from khabar.extract.misspelled_names import one_letter_off
from khabar.extract.name_variants import given_names_alone, joined_surnames
from khabar.extract.named_places import place_word_at
from khabar.extract.namewords import FREQUENT, RARE, adjective, demonym, kin, rank, shaped
from khabar.extract.ordinary_names import APART
from khabar.extract.people import person_key, stopwords
from khabar.extract.registry import (
    CLAN_WORDS,
    Registry,
    family_tail,
    named_only_as_kin,
    one_not_kin,
    titled_figure,
)
from khabar.extract.tagged_entities import KIND_WORDS
from khabar.extract.word_opened_names import WORD_GIVEN_NAMES
from khabar.model import Person
from khabar.text.segment import TokenColumns


def surname_mentions(
    reg: Registry,
    tokens: TokenColumns,
    keys: list[str],
    sentence_starts: set[int],
    tagged: dict[int, str] | None = None,
) -> None:
    """Bare surnames («جمیری افزود») become mentions of the one person who has them.

    A surname that is also an ordinary word («فدائی», «آبادی») counts only where a subject
    stands: at a sentence start, after punctuation or a function word, or before a post or
    a reporting verb. With the tagger's types of tokens (``tagged``), a surname the tagger
    does not mark a person must stand there too («شوراهای اسلامی» is no «اسلامی»), and one
    inside an organization or a place it marks is none; but one after «دولت» or «کابینه»
    names whose government it is («دولت روحانی», ``_led_by``).
    """
    _repeated_names(reg, tokens, keys, tagged)
    _surname_heads(reg, tokens, keys, sentence_starts)
    joined_surnames(reg, tokens, keys, tagged)
    given_names_alone(reg, tokens, keys, sentence_starts, tagged)
    heads_of = _second_given_tails(reg)
    firsts = {s[0] for s in reg.surnames}
    firsts |= {other_forms(f) for f in firsts}
    if not firsts:
        return
    heads = {s[0] for s in reg.surnames if len(s) == 2}  # of family names of two words
    kin_only: tuple[set[str], set[str]] | None = None
    for i in lx.positions(keys, firsts):
        if i in reg.by_token or not tokens.words[i][0].isalpha():
            continue
        for size in (3, 2, 1):
            surname = tuple(keys[i : i + size])
            pkey = reg.by_surname(surname) if len(surname) == size else None
            if pkey is None and size == 2 and len(surname) == size and surname[0] in heads:
                pkey = _second_word_off(reg, surname)  # «جوادی حضار» of «جوادی حصار»
            if pkey is None and size == 1 and reg.spelled(surname):
                if kin_only is None:  # made once, for the few family names two persons share
                    kin_only = named_only_as_kin(reg, keys)
                clan = i > 0 and keys[i - 1] in CLAN_WORDS  # «خاندان لاریجانی»
                pkey = one_not_kin(reg, surname, kin_only, clan)  # «روح‌الله زم، فرزند ...»
            if pkey is None and size == 1 and reg.spelled(surname) and _alone_of_one(keys, i):
                # the one named before, the other only after
                pkey = holder_named_before(reg, surname[0], tokens.starts[i])
                # the one named last, the speaker going on («محمدی گفت:»)
                pkey = pkey or last_named_holder(reg, tokens, keys, i, sentence_starts)
            if not pkey or any(k in reg.by_token for k in range(i, i + size)):
                continue
            if size == 1 and _head_misspelt_before(keys, i, heads_of):
                break  # «تحت روانچی» of «مجید تخت روانچی»: the whole family name, misspelt
            if _another_given_name(reg, keys, i, pkey):
                break  # «بیل گیتس» beside «ملیندا گیتس»: another of that family
            if size == 1 and _titled_figure_at(reg, tokens, keys, i, pkey):
                break  # «برادر آیت‌الله هاشمی» beside «محمد هاشمی»: the figure, not him
            kinds = {tagged.get(k) for k in range(i, i + size)} if tagged is not None else set()
            titled = _after_title(keys, i)
            # a family name of two words or more may end in a place («مویدی خرم آبادی»)
            head = {tagged.get(i)} if tagged is not None and size > 1 else kinds
            # a surname the tagger does not mark needs a subject's place, unless its holder
            # was named with a given name and it is no ordinary word or adjective («احمد
            # چلبی» ... «پیش‌بینی چلبی», «علی لاریجانی» ... «سفر لاریجانی»), or a word past
            # the commonest ones («محمدباقر قالیباف» ... «آرای قالیباف»)
            rare = (pkey in reg.given or _family_word(reg, keys, i, pkey, surname)) and (
                all(rank(k) >= FREQUENT for k in surname)
                or not any(k in lx.common_words() or adjective(k) for k in surname)
            )
            if not rare and _unknown_family_name(reg, tokens.words[i], pkey, surname):
                rare = not (_fixed_phrase(keys, i) or _name_before(keys, i))
            # a body the tagger reads in that one rare word alone is the person («به نقل از
            # [حکمتیار] آمده بود» of «گلبدین حکمتیار»), not one named after a body's word
            # («شرکت [بلومبرگ]»)
            alone = (
                size == 1
                and _tagged_alone(tagged, i)
                and _rare_word(tokens.words[i], surname[0])
                and not (i and (keys[i - 1] in KIND_WORDS or place_word_at(keys, i - 1)))
            )
            # whose government or cabinet it is: «دولت روحانی» of «حسن روحانی», though the word
            # is ordinary and the tagger reads a body
            led = size == 1 and _led_by(keys, i)
            # the subject of a reporting verb right after it, opening its clause, is the
            # person, though the tagger runs a body over it («طبق گزارش خبرگزاری سبأ یمن،
            # العزانی گفت که»)
            says = (
                bool(head & {"ORG", "LOC"})
                and (i in sentence_starts or (i > 0 and keys[i - 1] in COMMAS))
                and lx.reporting_verbs().match(keys, i + size) is not None
            )
            if head & {"ORG", "LOC"} and not titled and not alone and not led and not says:
                continue
            rare = rare or alone or led or says
            ordinary = size == 1 and surname[0] in lx.common_words() and not rare
            ordinary = ordinary or (tagged is not None and "PER" not in kinds and not rare)
            after = i + size
            # the ordinary word of a name in quotes is that name only as a subject that opens
            # a sentence or reports: «عزیز تصریح کرد», not «در بین همه» of «"دو بین"»
            # and so is one found as a reporting clause's subject (``reported_names``)
            quoted = (pkey in reg.quoted or pkey in reg.reported) and any(
                k in lx.common_words() for k in surname
            )
            loose = tagged is not None and not quoted
            if ordinary and not (
                i in sentence_starts
                or (loose and _subject_before(tokens, keys, i))
                or titled
                or lx.post_heads().match(keys, after)
                or lx.reporting_verbs().match(keys, after)
            ):
                continue
            reg.mention_at(tokens, i, after, pkey)
            break


def _second_given_tails(reg: Registry) -> dict[str, str]:
    """The last word of a family name of two words after a listed given name is its holder's
    family name alone too when it has a family name's shape and its first word is no family
    name by itself: the middle word was a second given name or a word of the name («محمد
    توفیق علاوی» ... «مکلف شدن علاوی»); not an ending written apart («حسین زاده»), an
    ordinary word, an adjective or a place's («مصباح یزدی»), a family name after another
    («رحمانی فضلی»), nor a word another family name of the article ends in (``family_tail``).
    Returns the first word of the family name of each last word so taken."""
    heads_of: dict[str, str] = {}
    for surname, holders in list(reg.surnames.items()):
        if len(surname) != 2 or len(holders) != 1 or not holders <= reg.given:
            continue
        head, tail = surname
        if head in lx.family_name_words() and head not in lx.first_names():
            continue
        if tail in APART or not shaped(tail) or tail in lx.common_words():
            continue
        if adjective(tail) or demonym(tail):
            continue
        if (tail,) not in reg.surnames and not reg.spelled((tail,)) and family_tail(reg, tail):
            heads_of[tail] = head
    return heads_of


def _head_misspelt_before(keys: list[str], i: int, heads_of: dict[str, str]) -> bool:
    """Whether the word before the last word ``keys[i]`` of a family name of two is that
    family name's first word but for one letter: the whole name, misspelt, not it alone."""
    head = heads_of.get(keys[i])
    return head is not None and i > 0 and one_letter_off(keys[i - 1], head)


# a government, cabinet or office named by whom it leads or serves («دولت روحانی», «کابینه
# احمدی‌نژاد», «دفتر ریولین», the president's office)
_LED = frozenset(lx.key(w) for w in ("دولت", "کابینه", "دفتر"))


def _led_by(keys: list[str], i: int) -> bool:
    """Token ``i`` is a family name after a word of a government or an office named by whom
    it leads: no adjective, which names a kind of it («دولت اسلامی», «دولت انتقالی»), nor a
    dynasty («دولت عباسی», ``dynasties.txt``). Only the family name of a person the article
    names is asked of, so «دفتر» before another word (a notebook, a volume) names no one."""
    if i == 0 or keys[i - 1] not in _LED:
        return False
    k = keys[i]
    return not adjective(k) and k not in lx.keyed_words("dynasties.txt")


def _titled_figure_at(
    reg: Registry, tokens: TokenColumns, keys: list[str], i: int, pkey: str
) -> bool:
    """Whether a title before token ``i`` makes it a public figure's family name
    («آیت‌الله هاشمی») while ``pkey`` is another of that family; the mention then joins
    that figure."""
    person = reg.persons[pkey]
    before = [" ".join(tokens.words[k:i]) for k in range(max(0, i - _TITLE_WORDS), i)]
    name = titled_figure(person.name, person.titles, before, keys[i])
    if name is None:
        return False
    fkey = person_key(name)
    reg.persons.setdefault(fkey, Person(name=name))
    reg.mention_at(tokens, i, i + 1, fkey)
    return True


_PLURAL = ("ها", "های")


def _another_given_name(reg: Registry, keys: list[str], i: int, pkey: str) -> bool:
    """Whether a given name right before the surname at ``i`` is none of its holder's, who
    was named with more words than it: a relative or namesake («بیل گیتس» after «ملیندا
    گیتس»); before the family name of one named with another language's given name, a
    word no word list holds is one too («بریجیت فلوید» beside «جورج فلوید»), but for a
    plural («در این تصویرها شیف می‌گوید»)."""
    if not i:
        return False
    name = lx.phrase_keys(reg.persons[pkey].name)
    before = keys[i - 1]
    if before not in lx.other_given_names():
        foreign = bool(name) and name[0] in lx.foreign_given_names()
        unknown = before.isalpha() and rank(before) >= RARE and not before.endswith(_PLURAL)
        return foreign and unknown and before not in name
    return len(name) > 1 and before not in name


def _surname_heads(
    reg: Registry, tokens: TokenColumns, keys: list[str], sentence_starts: set[int]
) -> None:
    """The first word of a family name of two words, alone as the subject of a reporting
    verb, is the one person of the article with that family name («سرهنگ سید علی اصغر
    حسینی مجد افزود ...» ... «حسینی افزود»), when no one has it as their whole family name."""
    heads: dict[str, set[str]] = {}
    for surname, surname_holders in reg.surnames.items():
        if len(surname) >= 2:
            heads.setdefault(surname[-2], set()).update(surname_holders)
    if not heads:
        return
    for i in [i for i in lx.positions(keys, heads) if i < len(keys) - 1]:  # the few that may be one
        k = keys[i]
        holders = heads[k]
        if not holders or len(holders) != 1 or (k,) in reg.surnames or i in reg.by_token:
            continue
        if not (i in sentence_starts or _subject_before(tokens, keys, i)):
            continue
        if not tokens.words[i][0].isalpha() or not lx.reporting_verbs().match(keys, i + 1):
            continue
        reg.mention_at(tokens, i, i + 1, next(iter(holders)))


def _family_word(
    reg: Registry, keys: list[str], i: int, pkey: str, surname: tuple[str, ...]
) -> bool:
    """The person ``pkey`` is named by a family name alone, with a title or a post («رئیس‌جمهور
    خاتمی», «یونسی، وزیر اطلاعات»), and it is a listed family name or a word the news' word list
    does not hold, no place: that person wherever the article writes it («گفتمان خاتمی», «کلام
    خاتمی»), as one named with a given name is; not after a word of a body or of a place named
    after someone, nor after a word of another name («موسوی | خوئینی‌ها»)."""
    person = reg.persons[pkey]
    if len(surname) != 1 or lx.phrase_keys(person.name) != surname:
        return False
    if not (person.titles or person.posts) or lx.places().match(list(surname), 0):
        return False
    if i and (keys[i - 1] in KIND_WORDS or place_word_at(keys, i - 1)):
        return False
    if i and (keys[i - 1] in lx.name_words() and not lx.honorifics().match(keys, i - 1)):
        return False
    return surname[0] in lx.family_name_words() or rank(surname[0]) == RARE


def _unknown_family_name(reg: Registry, word: str, pkey: str, surname: tuple[str, ...]) -> bool:
    """The person ``pkey`` was named with two words or more, the first a given name of any
    list or with a post or a title, the last ``surname``, a listed family name or a word the
    news' word list lacks, that no list of words, places or bodies holds, nor a place's «ی»:
    that person wherever the article writes it alone, though the tagger does not mark it
    there («جاکوب زوما، رئیس جمهور ...» ... «تعهدات زوما به عنوان رئیس اتحادیه آفریقا»), as
    one named with a listed given name is."""
    words = lx.phrase_keys(reg.persons[pkey].name)
    if len(surname) != 1 or len(words) < 2 or words[-1] != surname[0]:
        return False
    person, key = reg.persons[pkey], surname[0]
    if not (_any_given(words[0]) or person.posts or person.titles):
        return False  # «فرهنگسرای اشراق», «پالاز موکت»: a place or a brand read as a name
    if rank(key) < RARE and key not in lx.family_name_words():
        return False  # «عیوض لر», «مالک آمازون»: a word the news writes
    if key.endswith("ی") and lx.places().match([key[:-1]], 0):
        return False  # «جماعتی کرمانشاهی»: of a place
    if key.startswith("ال") and rank(key[2:]) < FREQUENT:
        return False  # «الشام» of a false «الویه صقور الشام»: Arabic's article on a word
    parts = word.split("\u200c")  # «از‌سوی» of a false «عباسی از‌سوی», «دنده‌ای»
    if any(lx.key(p) in stopwords() for p in parts) or word.endswith(NO_NAME_ENDS):
        return False
    return _rare_word(key, key)


def _name_before(keys: list[str], i: int) -> bool:
    """The word before token ``i`` may be another's given name: one of any list, or a word
    the news writes rarely («همسر فهمی مشاهره» beside «سامیه موسی مشاهره», «مهراب قاسم‌خانی»
    beside «پیمان قاسم‌خانی»)."""
    before = keys[i - 1] if i else ""
    return _any_given(before) or (_rare_word(before, before) and before.isalpha())


def _alone_of_one(keys: list[str], i: int) -> bool:
    """The family name alone at ``i``, which two persons of the article hold, may be one
    person's («علی داودی ... داودی متولد ...» ... «محسن داودی»): no given name («پسر محمد
    محقق» beside «حسین محمد»), not after another's given name or a word the news writes
    rarely («سردارحسین دهقان», «زلمایخلیل زاد»), nor the family's («خانواده اشرفی»)."""
    before = keys[i - 1] if i else ""
    if _any_given(keys[i]) or _name_before(keys, i):
        return False
    return before not in _FAMILY and not kin(before)


_FAMILY = frozenset({"خانواده", "خاندان", "طایفه", "دودمان"})


def _fixed_phrase(keys: list[str], i: int) -> bool:
    """The word before token ``i`` stands before that word twice or more in the article: a
    phrase named after the person, no mention of them («لشکر جهنگوی» of «حق نواز جهنگوی»,
    «احرار الشام»)."""
    before, key = keys[i - 1] if i else "", keys[i]
    return sum(1 for k in lx.occurrences(keys, key, 1, len(keys)) if keys[k - 1] == before) > 1


def _any_given(key: str) -> bool:
    return (
        key in lx.first_names()
        or key in lx.more_given_names()
        or key in lx.foreign_given_names()
        or key in WORD_GIVEN_NAMES  # «خلیفه» of «خلیفه حفتر»
    )


def _rare_word(word: str, k: str) -> bool:
    """A word past the commonest, no ordinary word, adjective, or body or place a list
    knows («یونیسف», «کره‌جنوبی» run together)."""
    if rank(k) < FREQUENT or k in lx.common_words() or adjective(k):
        return False
    parts = list(lx.phrase_keys(word.replace("\u200c", " ")))
    return not any(
        trie.match(parts, 0) for trie in (lx.organizations(), lx.places(), lx.agencies())
    )


def _tagged_alone(tagged: dict[int, str] | None, i: int) -> bool:
    """The tagger's body at token ``i`` is that token alone (a place is left: «در
    [چابهار]» of a false «آریا چابهار»)."""
    if tagged is None:
        return False
    kind = tagged.get(i)
    return kind == "ORG" and tagged.get(i - 1) != kind and tagged.get(i + 1) != kind


_TITLE_WORDS = 3  # words of the longest titles («سردار سرتیپ پاسدار»)


def _after_title(keys: list[str], i: int) -> bool:
    """A title ends right before token ``i``: «امثال شهید سلیمانی» names the person (though
    the tagger took the words for an organization), but for a place named after them
    («دانشگاه شهید بهشتی»)."""
    honorifics = lx.honorifics()
    return any(
        (m := honorifics.match(keys, k)) is not None
        and m[0] == i
        and not place_word_at(keys, k - 1)
        for k in range(max(0, i - _TITLE_WORDS), i)
    )


def _subject_before(tokens: TokenColumns, keys: list[str], i: int) -> bool:
    """Nothing before token ``i`` ties it to a noun: punctuation or a function word."""
    return not i or not tokens.words[i - 1][0].isalpha() or keys[i - 1] in stopwords()


def _repeated_names(
    reg: Registry, tokens: TokenColumns, keys: list[str], tagged: dict[int, str] | None
) -> None:
    """A name of two words or more found once is the same person wherever the article
    writes it again, though no rule or tagger took it there («کوفی عنان، دبیر کل ...» ...
    «کوفی عنان پس از تصویب ...»); not inside an organization or place the tagger marks,
    nor beside a person's name it marks."""
    # each name's words -> (how many words of a title or post's head open them, the person)
    names: dict[tuple[str, ...], tuple[int, str]] = {}
    for m in reg.mention_of.values():
        if m.j - m.i > 1:
            names.setdefault(tuple(keys[m.i : m.j]), (0, reg.by_token[m.i]))
        elif (k := _head_before(keys, m.i)) is not None:  # «قاضی زرگر», the tagger's once
            names.setdefault(tuple(keys[k : m.j]), (m.i - k, reg.by_token[m.i]))
    if not names:
        return
    _run_together(reg, tokens, keys, tagged, {n: p for n, (h, p) in names.items() if not h})
    firsts = {name[0] for name in names}
    for at in lx.positions(keys, firsts):
        for name, (head, pkey) in names.items():
            i, j = at + head, at + len(name)
            if tuple(keys[at:j]) != name or any(k in reg.by_token for k in range(i, j)):
                continue
            if tagged is not None and (
                {tagged.get(k) for k in range(i, j)} & {"ORG", "LOC"}
                or _name_beside(keys, tagged, i - 1)
                or _name_beside(keys, tagged, j)
            ):
                continue  # «محمد باقر» of «محمد باقر قالیباف»: part of a longer name
            reg.mention_at(tokens, i, j, pkey)
            break


def _head_before(keys: list[str], i: int) -> int | None:
    """Where a title or a post's head of one word or more that ends right before token ``i``
    starts («قاضی | زرگر», «وزیر خارجه | ظریف»), if one does."""
    for k in range(max(0, i - _TITLE_WORDS), i):
        for trie in (lx.honorifics(), lx.post_heads()):
            if (m := trie.match(keys, k)) is not None and m[0] == i:
                return k
    return None


def _name_beside(keys: list[str], tagged: dict[int, str], k: int) -> bool:
    """Token ``k`` is a word the tagger marks a person's and might be a name's: not a word of
    kin nor a title, which the tagger runs a name on into («محمد بن نایف | برادر ملک
    سلمان»)."""
    if tagged.get(k) != "PER":
        return False
    return not (kin(keys[k]) or lx.honorifics().match(keys, k) is not None)


_RUN_LEAST = 3  # words of a name found run together («محمدبن‌سلمان»): not «علی رضا», a given name


def _run_together(
    reg: Registry,
    tokens: TokenColumns,
    keys: list[str],
    tagged: dict[int, str] | None,
    names: dict[tuple[str, ...], str],
) -> None:
    """A name of three words or more written again as one word, its spaces lost or made
    ZWNJs («محمد بن سلمان» ... «محمدبن‌سلمان»), is that person there."""
    joined = {"".join(name): pkey for name, pkey in names.items() if len(name) >= _RUN_LEAST}
    if not joined:
        return
    for i in lx.positions(keys, joined):  # keys hold no ZWNJ
        pkey = joined[keys[i]] if len(keys[i]) > 7 else None
        if pkey is None or i in reg.by_token:
            continue
        if tagged is not None and tagged.get(i) in ("ORG", "LOC"):
            continue
        reg.mention_at(tokens, i, i + 1, pkey)


_LEAST_OFF = 4  # letters of a family name's second word that may be written one letter off


def _second_word_off(reg: Registry, surname: tuple[str, ...]) -> str | None:
    """The one person whose family name of two words is ``surname`` but for one letter of
    its second word, of four letters or more: «جوادی حضار» of «محمدصادق جوادی حصار»."""
    holders = {
        h
        for s, found in reg.surnames.items()
        if len(s) == 2
        and s[0] == surname[0]
        and len(s[1]) >= 4
        and one_letter_off(s[1], surname[1])
        for h in found
    }
    return holders.pop() if len(holders) == 1 else None
