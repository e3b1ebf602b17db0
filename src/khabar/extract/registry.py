"""The people of one article: mentions grouped into persons, posts attached to holders.

Grouping is by full name; a one-word mention («سردار میرحیدری», «جمیری») joins the person
whose surname it is only when exactly one person has that surname.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field

from khabar.extract import lexicons as lx
from khabar.extract.clause_words import CLOSING_QUOTE, COMMAS, DATELINE, QUOTE_MARKS
from khabar.extract.credits import byline_credited
from khabar.extract.family_spellings import family_owners, spelling_index
from khabar.extract.glued_names import name_keys
from khabar.extract.namewords import LINEAGE, SAYYID, kin, verb, without_sayyid
from khabar.extract.ordinary_names import family_of_ungiven
from khabar.extract.people import (
    QUOTES_CLOSE,
    Mention,
    PostMention,
    first_name_at,
    foreign_country_at,
    is_word,
    person_key,
    post_key,
    spelled_person_key,
    title_head_before,
)
from khabar.extract.unlisted_names import court_name
from khabar.model import Person
from khabar.text.offsets import Span
from khabar.text.segment import TokenColumns

_APPOSITION_GAP = {"،", ",", "»", "”", '"', ":"}
# heads of what one is known as, no office: held, so that the lead «پیشکسوت فوتبال ایران گفت:»
# is the person named next, but not written among the person's posts
_NO_OFFICE = frozenset({"پیشکسوت"})
# A clan's name is a family name of two words («آل کثیر»)
_CLAN = "آل"
_GLUED_LINEAGE = ("\u200cبن", "\u200cابن", "\u200cبنت")  # «مروان‌بن محمد»
# A post ending with one of these, right before a name, is someone's relation to that name,
# not the name's post: «وکیل مدافع محمدعلی نجفی», «مشاور حسن روحانی», «رئیس دفتر روحانی».
RELATIONAL = {"وکیل", "وکلای", "مدافع", "مشاور", "مشاوران", "دستیار", "منشی", "همسر", "دفتر"}
RELATIONAL |= {"سخنگوی", "نماینده", "معاون", "جانشین", "محافظ", "مترجم", "فرزند", "پسر"}
# A name after these is whose time or government it was («در دوران ریاست جمهوری اوباما، معاون
# سیا ...»): in such an adverbial the comma ends it, and the post after is the clause's subject.
ERA = {"دولت", "دوران", "دوره", "زمان", "عصر", "حکومت", "ریاست", "جمهوری", "رژیم", "کابینه"}
_CHAIRED_BY = ["به", "ریاست"]
_ERA_REACH = 6  # words from «در» to the name in «در دوران اول ریاست جمهوری اوباما»
AS_ROLE = ("به", "عنوان")  # «X را به عنوان رئیس ... منصوب کرد»
_AS_ROLE_GLUED = frozenset({"بهعنوان", "بعنوان"})  # «به‌عنوان», «بعنوان»: written as one word
_AS_REACH = 8  # words between a name and the «را» of «را به عنوان»
# the object of «را» a speaker's or their addressee's pronoun, not a name before it
_SPEAKER_OR_ADDRESSEE = frozenset({"من", "ما", "تو", "شما", "بنده"})
_KEEPING = ("با", "حفظ", "سمت")  # «X را با حفظ سمت به عنوان ...»: keeping the post held
# «با حضور POST X به عنوان ...»: the one present holds the post, X is the one introduced
_PRESENT = ("با", "حضور")


# «کشورش», «کشورشان» closing a post: a country the article names another's («چاوز رئیس جمهور
# کشورش» in a Venezuelan's words), never the one the post alone is («کشورمان» is)
_THEIR_COUNTRY = frozenset({("کشورش",), ("کشورشان",)})


@dataclass
class PostHolders:
    """Who holds which post, indexed so that the holders of a post are found in the time
    of its length, not of the article's posts (``posts_compatible`` pair by pair made a
    large document quadratic). A post is compatible with the posts it begins and with
    those that begin it, unless the longer one goes on with a foreign country."""

    exact: dict[tuple[str, ...], dict[str, None]] = field(default_factory=dict)
    # a post -> the holders of the longer posts it begins and may refer to
    longer: dict[tuple[str, ...], dict[str, None]] = field(default_factory=dict)

    def add(self, pkey: str, keys: tuple[str, ...]) -> None:
        post = post_key(keys)
        if not post:
            return
        self.exact.setdefault(post, {})[pkey] = None
        for n in range(1, len(post)):
            if not foreign_country_at(post, n) and post[n:] not in _THEIR_COUNTRY:
                self.longer.setdefault(post[:n], {})[pkey] = None

    def holders(self, keys: tuple[str, ...], most: int = 2) -> list[str]:
        """Holders of posts compatible with ``keys``, up to ``most`` of them (in no order)."""
        post = post_key(keys)
        found: dict[str, None] = {}
        if not post:
            return []
        groups = [self.exact.get(post), self.longer.get(post)]
        groups += (
            self.exact.get(post[:n])
            for n in range(1, len(post))
            if post[:n] in self.exact and not foreign_country_at(post, n)
        )
        for group in groups:
            for pkey in group or ():
                found[pkey] = None
                if len(found) >= most:
                    return list(found)
        return list(found)


@dataclass
class Registry:
    persons: dict[str, Person] = field(default_factory=dict)
    surnames: dict[tuple[str, ...], set[str]] = field(default_factory=dict)
    by_token: dict[int, str] = field(default_factory=dict)  # token index -> person key
    mention_of: dict[int, Mention] = field(default_factory=dict)  # first token -> mention
    posts: PostHolders = field(default_factory=PostHolders)
    # persons named once with a listed given name, of first_names.tsv or another language's
    given: set[str] = field(default_factory=set)
    quoted: set[str] = field(default_factory=set)  # persons named in quotes («دکتر "دو بین"»)
    called: set[str] = field(default_factory=set)  # persons «به نام» introduced («مردی به نام X»)
    # persons found by the clause they report (``reported_names``): a family name that is an
    # ordinary word names them only as a subject («علیرضا آرامش», not «آرامش روانی»)
    reported: set[str] = field(default_factory=set)
    glued: set[int] = field(default_factory=set)  # family names run into a heading's word
    # family names that end a heading, run into the word that opens the clause after it
    run_on: set[int] = field(default_factory=set)
    # the tagger's organizations: first token -> (end token, their keys)
    bodies: dict[int, tuple[int, tuple[str, ...]]] = field(default_factory=dict)
    _index: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)  # see ``spelled``
    _index_of: int = -1

    def add_mention(self, m: Mention, pkey: str) -> None:
        p = self.persons[pkey]
        p.mentions.append(m.span)
        for t in m.titles:
            if t not in p.titles:
                p.titles.append(t)
        if len(lx.phrase_keys(m.name)) > len(lx.phrase_keys(p.name)):
            p.name = m.name
        for k in range(m.ti, m.j):
            self.by_token[k] = pkey
        self.mention_of[m.ti] = m

    def mention_at(
        self, tokens: TokenColumns, i: int, j: int, pkey: str, cut: int = 0, kept: int = 0
    ) -> None:
        """Tokens ``[i, j)`` name the person ``pkey``, from ``cut`` characters into token ``i``
        (a family name run into the word before it: «هستیمموسوی») and, with ``kept``, to that
        many characters of token ``j - 1`` (one run into the word after it: «سندرزدر»); a
        rule's find, with no ``Mention`` of the tagger's and so no titles."""
        for k in range(i, j):
            self.by_token[k] = pkey
        end = tokens.starts[j - 1] + kept if kept else tokens.ends[j - 1]
        self.persons[pkey].mentions.append(Span(tokens.starts[i] + cut, end))

    def new_person(
        self,
        tokens: TokenColumns,
        keys: list[str],
        i: int,
        j: int,
        family: tuple[str, ...] | None = None,
    ) -> str:
        """The key of the person tokens ``[i, j)`` name, their words' keys run together; added
        with those words for a name unless the article has that key already, and given the
        family name ``family`` (their last word unless said: «الخفاجی» of «تحسین الخفاجی»)."""
        pkey = "".join(keys[i:j])
        self.persons.setdefault(pkey, Person(name=" ".join(tokens.words[i:j])))
        self.surnames.setdefault((keys[j - 1],) if family is None else family, set()).add(pkey)
        return pkey

    def named_so(self, words: tuple[str, ...]) -> str | None:
        """The one person of the article whose name is or ends with ``words`` («علی الهیار
        ترکمن» for «الهیار ترکمن گفت»), None if there is none or more than one."""
        n = len(words)
        found = [pkey for pkey, p in self.persons.items() if lx.phrase_keys(p.name)[-n:] == words]
        return found[0] if len(found) == 1 else None

    def name_end(self, k: int, limit: int | None = None) -> int:
        """The token past the run of tokens that name the person named at token ``k`` (``k``
        itself when no one is named there), at most ``limit``."""
        pkey = self.by_token.get(k)
        if pkey is None:
            return k
        end = k
        while (limit is None or end < limit) and self.by_token.get(end) == pkey:
            end += 1
        return end

    def named_before(self, pkey: str, at: int) -> bool:
        """Whether the article names the person ``pkey`` before character ``at``."""
        return any(m.start < at for m in self.persons[pkey].mentions)

    def add_post(self, pkey: str, post: PostMention) -> None:
        post.holder = pkey
        p = self.persons[pkey]
        self.posts.add(pkey, post.keys)
        if post.keys[:1] and post.keys[0] in _NO_OFFICE:
            return
        if post.text not in p.posts:
            p.posts.append(post.text)
        p.post_mentions.append(post.span)

    def by_surname(self, surname: tuple[str, ...]) -> str | None:
        """The one person with that family name, written as one word or two («خرم آبادی»,
        «خرم‌آبادی») and with or without Arabic's article («البیاتی», «بیاتی»)."""
        found = self.surnames.get(surname)
        if found is None:
            found = set().union(*(self.surnames[s] for s in self.spelled(surname)))
        return next(iter(found)) if len(found) == 1 else None

    def spelled(self, surname: tuple[str, ...]) -> list[tuple[str, ...]]:
        """The family names of the article that are ``surname`` written some way."""
        if self._index_of != len(self.surnames):  # family names are added, never removed
            self._index, self._index_of = spelling_index(self.surnames), len(self.surnames)
        return self._index.get("".join(surname), [])


def build_registry(
    mentions: list[Mention],
    posts: list[PostMention],
    tokens: TokenColumns,
    keys: list[str],
    sentence_starts: set[int] | None = None,
    line_posts: frozenset[int] = frozenset(),
) -> Registry:
    """``sentence_starts``: the first token of each sentence; a post is attached to a name
    only within one sentence; ``line_posts``: the posts that open a line of the source, which
    take no name that ends the line before."""
    reg = Registry()
    multi = [m for m in mentions if m.j - m.i > 1]
    single = [m for m in mentions if m.j - m.i == 1]
    owners = family_owners(multi, tokens, keys)
    for m in multi:
        words = name_keys(m, tokens, keys)  # «محمد کشتی آرای» of «بامحمد کشتی آرایعضو»
        given = first_name_at(words, 0)
        if not given and (owner := owners.get("".join(words))):  # «مویدی خرم‌آبادی»
            reg.persons.setdefault(owner[0], Person(name=owner[1]))
            reg.add_mention(m, owner[0])
            continue
        pkey = spelled_person_key(m.name)  # «اسداله» and «اسدالله»: one person
        reg.persons.setdefault(pkey, Person(name=m.name))
        reg.add_mention(m, pkey)
        surname = tuple(words[given:]) if given and len(words) > given else (words[-1],)
        if not given:
            surname = family_of_ungiven(words) or surname  # «عوض زاده», «کریم انصاری فرد»
        if court_name(keys[m.j - 1]) and m.j - m.i == 2:
            surname = (keys[m.i], keys[m.i + 1])  # «الدوله» of «وثوق الدوله» is no one's name
        elif m.j - m.i > 2 and keys[m.j - 2] == _CLAN:
            surname = (keys[m.j - 2], keys[m.j - 1])  # «آل کثیر» of «عیسی آل کثیر»
        if given or not _patronym(words, m.name):
            reg.surnames.setdefault(surname, set()).add(pkey)
        if not given and words[0] in lx.foreign_given_names():  # «جاسم کرار», «جرج مک گاورن»
            given = 1
            if len(words) > 2:  # «مک گاورن» whole, as «گاورن» alone
                reg.surnames.setdefault(tuple(words[1:]), set()).add(pkey)
        if given:
            reg.given.add(pkey)
        if m.quoted:
            reg.quoted.add(pkey)
    named_titles = {pkey: list(p.titles) for pkey, p in reg.persons.items()}
    kin_only: tuple[set[str], set[str]] | None = None
    for m in single:
        holder = reg.by_surname((keys[m.i],)) or ""
        if not holder and len(sharing := reg.surnames.get((keys[m.i],), ())) > 1:
            # a family name two persons share: one man whose names differ only by «سید», else
            # the one not named only as kin («بایدن» beside «جو بایدن» and «هانتر بایدن، پسر
            # جو بایدن»)
            holder = _one_but_sayyid(reg, sharing) or ""
            if not holder:
                if kin_only is None:
                    kin_only = named_only_as_kin(reg, keys)
                clan = m.i > 0 and keys[m.i - 1] in CLAN_WORDS
                holder = one_not_kin(reg, (keys[m.i],), kin_only, clan) or ""
        if not holder and m.ti == m.i:  # «صفار گفت» of «محمدحسین صفار هرندی»; not «سردار
            holder = family_head(reg, keys[m.i]) or ""  # محتشم» of «محتشم السلطنه»
        if not holder:  # «محمدزاده افزود» of «احمد آفرین محمدزاده»
            holder = family_tail(reg, keys[m.i]) or ""
        if not holder and m.ti == m.i:  # «کوئن خود می‌گوید» of «کوئن واتلی»
            holder = _unlisted_given(reg, keys[m.i]) or ""
        # «فرزند شهید مطهری» is not «علی مطهری» himself; the bare «مطهری» stays his
        apart = bool(holder) and _martyr(m.titles) and not _martyr(reg.persons[holder].titles)
        # «آیت‌الله هاشمی» is not «یاسر هاشمی»; the bare «هاشمی» stays his
        figure = None
        if holder:
            named = reg.persons[holder].name
            figure = titled_figure(named, named_titles.get(holder, []), m.titles, keys[m.i])
        name = figure or m.name
        pkey = person_key(name) if apart or figure or not holder else holder
        if pkey not in reg.persons:
            reg.persons[pkey] = Person(name=name)
            if not (apart or figure):
                reg.surnames.setdefault((keys[m.i],), set()).add(pkey)
                if last := _figure_surname(keys, m.i):
                    reg.surnames.setdefault((last,), set()).add(pkey)
        reg.add_mention(m, pkey)
    _attach_adjacent_posts(reg, mentions, posts, tokens, keys, sentence_starts or set(), line_posts)
    return reg


def _one_but_sayyid(reg: Registry, pkeys: Collection[str]) -> str | None:
    """The person the names ``pkeys`` all are when they differ only by «سید» before the given
    name, apart or run into it («سیدمحمد خاتمی», «سید محمد خاتمی», «محمد خاتمی»: one man, whom
    the family name alone names too; the names merge later); the longest name's."""
    bare = set()
    for pkey in pkeys:
        words = lx.phrase_keys(reg.persons[pkey].name)
        if words and words[0] in SAYYID:
            words = words[1:]
        elif words:
            words = (without_sayyid(words[0]), *words[1:])
        if len(words) < 2:
            return None
        bare.add(words)
    if len(bare) != 1:
        return None
    return max(sorted(pkeys), key=lambda k: len(lx.phrase_keys(reg.persons[k].name)))


def named_only_as_kin(reg: Registry, keys: list[str]) -> tuple[set[str], set[str]]:
    """The persons each of whose mentions that holds the family name follows a word of kin:
    named only to say whose relative someone is («روح‌الله زم، فرزند محمدعلی زم»); and those
    each of whose such mentions a comma and a word of kin follow: named only as that
    relative («هانتر بایدن، پسر جو بایدن», and «هانتر» alone further on)."""
    opened: dict[str, list[tuple[int, int]]] = {}
    for k, p in reg.by_token.items():
        if reg.by_token.get(k - 1) != p:
            end = k + 1
            while reg.by_token.get(end) == p:
                end += 1
            opened.setdefault(p, []).append((k, end))
    families: dict[str, set[str]] = {}
    for surname, holders in reg.surnames.items():
        for p in holders:
            families.setdefault(p, set()).add(surname[-1])
    after_kin, apposed = set(), set()
    for p, at in opened.items():
        if all(k and kin(keys[k - 1]) for k, _ in at):
            after_kin.add(p)
        held = [(k, e) for k, e in at if e - k > 1 or keys[k] in families.get(p, ())]
        if held and all(_kin_apposed(keys, e) for _, e in held):
            apposed.add(p)
    return after_kin, apposed


def _kin_apposed(keys: list[str], end: int) -> bool:
    """A comma and a word of kin right after a mention that ends before token ``end``."""
    return end + 1 < len(keys) and keys[end] in COMMAS and kin(keys[end + 1])


def one_not_kin(
    reg: Registry,
    surname: tuple[str, ...],
    kin_only: tuple[set[str], set[str]],
    clan: bool = False,
) -> str | None:
    """Of the persons with the family name ``surname``, the one left when the others are
    named only as someone's kin (``kin_only``): «زم» alone is Rouhollah Zam, not his father
    named once after «فرزند»; then, of those left, the one not named only as a relative
    («بایدن» is Joe Biden, not «هانتر بایدن، پسر جو بایدن»), unless the family name is a
    given name too or a clan's word stands before it (``clan``); None when no holder or more
    than one is left."""
    holders = set().union(*(reg.surnames[s] for s in reg.spelled(surname)))
    after_kin, apposed = kin_only
    left = holders - after_kin
    if len(left) > 1 and not clan and not any(k in lx.first_names() for k in surname):
        left -= apposed  # not a given name («محمد» of «حسین محمد، پسر محمد محقق»)
    return next(iter(left)) if len(holders) > 1 and len(left) == 1 else None


# a family's or clan's word before a family name: the family, no one of it («خاندان لاریجانی»)
CLAN_WORDS = frozenset({"خاندان", "دودمان"})


def _patronym(words: list[str], name: str) -> bool:
    """The name ends «بن X», «son of X», the Arab way, written apart or run into the word
    before («حمد بن خلیفه», «مروان‌بن محمد»): X is his father's name, no family name of his,
    and a lone «خلیفه» (of «خلیفه حفتر») or «محمد» is not he."""
    if len(words) < 2:
        return False
    if words[-2] in LINEAGE:
        return True
    parts = name.split()
    return len(parts) >= 2 and parts[-2].endswith(_GLUED_LINEAGE)


def _unlisted_given(reg: Registry, key: str) -> str | None:
    """The person first named in full whose name opens with ``key``, a word that neither the
    main list of given names nor the family names' words nor the common words hold: a foreign
    given name, written alone as a feature goes on («کوئن خود می‌گوید:» of «کوئن واتلی از
    هنرپیشه‌های مشهور ...», not of «پدر کوئن دریانورد بود» read later); not a title
    («مولانا»)."""
    if key in lx.first_names() or key in lx.family_name_words() or key in lx.common_words():
        return None
    holders = [
        (min(span.start for span in p.mentions), h)
        for h, p in reg.persons.items()
        if p.mentions and len(words := lx.phrase_keys(p.name)) > 1 and words[0] == key
    ]
    return min(holders)[1] if holders else None


def family_tail(reg: Registry, key: str) -> str | None:
    """The one person whose family name of two words ends in ``key``, no given name, when no
    one has ``key`` alone: the name's middle word is one the list of given names lacks, an
    ordinary word or a second given name («آفرین» of «احمد آفرین محمدزاده»), and the news
    names him by its last word («محمدزاده افزود»); not the father's name of a patronym
    («خلیفه» of «حمد بن خلیفه»), a clan's («کثیر» of «آل کثیر») or a court title's word."""
    return _one_holder(
        reg,
        key,
        lambda s: (
            len(s) == 2
            and s[-1] == key
            and s[0] not in LINEAGE
            and s[0] != _CLAN
            and not court_name(s[-1])
        ),
    )


def family_head(reg: Registry, key: str) -> str | None:
    """The one person whose family name of two words or more opens with ``key``, no given
    name: «صفار گفت» of «محمدحسین صفار هرندی», as news shortens it; ``key`` is then a
    family name of theirs."""
    return _one_holder(reg, key, lambda s: len(s) > 1 and s[0] == key and not court_name(s[-1]))


def _one_holder(reg: Registry, key: str, part_of: Callable[[tuple[str, ...]], bool]) -> str | None:
    """The one person of a family name ``part_of`` takes ``key`` to be part of, ``key`` being
    no given name; ``key`` alone is then a family name of theirs."""
    if key in lx.first_names() or key in lx.more_given_names() or key in lx.foreign_given_names():
        return None
    holders = {h for s, found in reg.surnames.items() if part_of(s) for h in found}
    if len(holders) != 1:
        return None
    holder = holders.pop()
    reg.surnames.setdefault((key,), set()).add(holder)  # its other lone mentions join him
    return holder


def _figure_surname(keys: list[str], i: int) -> str | None:
    """The last word of a listed figure's full name that token ``i`` writes in one piece
    («ال‌گور»: «گور»), which the article may call him by alone («گفت : گور هر گاه»)."""
    figure = lx.foreign_figures().match(keys, i)
    if figure is None or figure[0] != i + 1:
        return None
    words = lx.phrase_keys(figure[1].name)
    return words[-1] if len(words) > 1 and words[-1] != keys[i] else None


def titled_figure(
    holder: str, holder_titles: list[str], titles: list[str], surname: str
) -> str | None:
    """The full name of the public figure whom ``titles`` before the family name ``surname``
    name (``titled_figures.tsv``: «آیت‌الله هاشمی», «امام خمینی»), when the article's person
    of that family name, ``holder``, is someone else: named with another given name and not
    with that title himself («یاسر هاشمی», «احمد خمینی»). A cleric named without his title
    and then with it («احمد جنتی» ... «آیت‌الله جنتی») stays one person."""
    figure = _figure_of(titles, surname)
    if figure is None or _figure_of(holder_titles, surname) is not None:
        return None
    words = lx.phrase_keys(holder)
    given = "".join(words[:-1]).removeprefix("سید")
    if not given or given in {g.removeprefix("سید") for g in figure.given}:
        return None
    return figure.name


def _figure_of(titles: list[str], surname: str) -> lx.TitledFigure | None:
    """The figure a title of ``titles`` (or its last words: «حضرت آیت‌الله») names before
    ``surname``."""
    figures = lx.titled_figures()
    family = lx.joined_keys(surname)
    for t in titles:
        words = lx.phrase_keys(t)
        for n in range(len(words)):
            figure = figures.get((family, "".join(words[n:])))
            if figure is not None:
                return figure
    return None


def _martyr(titles: list[str]) -> bool:
    honorifics = lx.honorifics()
    return any(
        (m := honorifics.match(list(lx.phrase_keys(t)), 0)) and m[1].kind == "martyr"
        for t in titles
    )


def gap_ok(tokens: TokenColumns, a: int, b: int) -> bool:
    return 0 <= b - a <= 2 and all(tokens.words[k] in _APPOSITION_GAP for k in range(a, b))


_HAZRAT = "حضرت"  # the honorific before a name's own titles, which no mention holds
_GLOSS_WORDS = 4  # words of a name's spelling in Latin letters right after it, at most


def latin_glossed(tokens: TokenColumns, a: int, b: int) -> bool:
    """A name ending at ``a``, its spelling in Latin letters, then the gap of an apposition
    up to ``b``: «ژنرال «جان جنسن John Jensen »، فرمانده گارد ملی ایالت مینه‌سوتا ...»."""
    k = a
    while (
        k < b and k - a < _GLOSS_WORDS and tokens.words[k].isascii() and tokens.words[k].isalpha()
    ):
        k += 1
    return k > a and gap_ok(tokens, k, b)


_INDEFINITE = frozenset({"یک", "دیگر"})


def _indefinite(tokens: TokenColumns, keys: list[str], a: int, b: int) -> bool:
    """A name, then «یک» or «دیگر» and a post: «"نک محمد" یک رهبر سابق طالبان», «سعید
    احمدعباسی دیگر بازیکن مازندرانی تیم ...»."""
    return a < b and keys[b - 1] in _INDEFINITE and gap_ok(tokens, a, b - 1)


def _title_before_quoted(tokens: TokenColumns, keys: list[str], post: PostMention, b: int) -> bool:
    """A title's head alone or with its holder's party, then the name in quotation marks:
    «سناتور «مک کین»», «سناتور دموکرات «تیم کین»»."""
    return (
        post.j == b - 1
        and title_head_before(keys, post.j) == post.i
        and tokens.words[post.j] in CLOSING_QUOTE
    )


def _bracketed(tokens: TokenColumns, a: int, b: int) -> bool:
    """A post, then the name in brackets: «رئیس جمهور چپگرا و سوسیالیست مکزیک (اندریس مانوئل
    لوبیز)», «وزیر خارجه پیشین این کشور (علی کرتی 67 ساله)»."""
    return b == a + 1 and tokens.words[a] == "("


def _aside_closed(tokens: TokenColumns, m: Mention, b: int, ends: Collection[int]) -> bool:
    """A name in brackets right after a name, the bracket closed right before a post: another
    wording of the same name, whose post follows («قاسم سلیمانی (سردار شهید حاج قاسم سلیمانی)
    فرمانده نیروی ویژه سپاه ... کشته شد»); not a name in brackets after a post («رئیس جمهور
    مکزیک (اندریس مانوئل لوپز)»), which that post is."""
    return (
        b == m.j + 1
        and tokens.words[m.j] == ")"
        and m.ti > 0
        and tokens.words[m.ti - 1] == "("
        and m.ti - 1 in ends
    )


def _this_body(keys: list[str], a: int, b: int) -> bool:
    """A post cut before «این» and its body's noun, then a comma and the name: «به نخست وزیر
    این کشور، بنیامین نتانیاهو تحویل داده شده است» (the post is the name's in apposition);
    not another noun («دو نماینده بودن این حوزه، فاطمه آجرلو و ...»)."""
    return b == a + 3 and keys[a] == _THIS and keys[a + 1] in _BODIES and keys[a + 2] in COMMAS


_THIS = "این"
# The nouns «این» names a post's body or work by, as «وزیر خارجه این کشور», «کارگردان این
# مستند»
_BODIES = frozenset(
    "کشور سازمان وزارتخانه حزب باشگاه تیم شرکت نهاد دانشگاه استان شهر گروه جنبش رژیم اداره "
    "فدراسیون بانک کمیته کمیسیون شورا روزنامه شبکه مستند فیلم سریال".split()
)


def _in_brackets_after(tokens: TokenColumns, a: int, post: PostMention) -> bool:
    """A name, then its post in brackets, the bracket closed after it or a few words on where
    the post stops at its length («عباسعلی مطلبی (عضو هیات علمی وزارت بهداشت ...)», «حامد اهری
    (عضو هیات علمی دانشکده علوم و صنایع غذایی واحد | علوم و تحقیقات)»), the name perhaps in
    quotation marks («کنار "خوان گوایدو" (رهبر شورشیان ونزوئلا) ایستاده‌ایم»)."""
    if a < len(tokens.words) and tokens.words[a] in QUOTES_CLOSE:
        a += 1
    if post.i != a + 1 or tokens.words[a] != "(":
        return False
    for k in range(post.j, min(len(tokens.words), post.j + _BRACKET_REST + 1)):
        if tokens.words[k] == ")":
            return True
        if not is_word(tokens, k):
            return False
    return False


_BRACKET_REST = 4  # words of a post in brackets past where ``find_posts`` stops it, at most


def glosses_word_before(tokens: TokenColumns, post: PostMention) -> bool:
    """A post opening brackets right after a word, or a word and its closing quotation mark:
    it glosses that word, a name the rules may not have found («به دستور فرانکلین‌روزولت
    (رئیس‌جمهور) آغاز کرد», «"مهدی جعفری" (کارگردان و مدیرفیلمبرداری)»), so it is no post
    named alone that another holder of it in the article takes."""
    if post.i < 2 or tokens.words[post.i - 1] != "(":
        return False
    w = post.i - 2
    if tokens.words[w] in QUOTES_CLOSE:
        w -= 1
    return w >= 0 and is_word(tokens, w)


_LIST_REACH = 8  # tokens back from a list's item to the «به عنوان» that opens the list


def in_career_list(tokens: TokenColumns, keys: list[str], post: PostMention) -> bool:
    """A post that is a later item of a list after «به عنوان» («از آن زمان به عنوان نویسنده،
    دستیار کارگردان، کارگردان و مدرس فیلم‌نامه‌نویسی فعال بوده است»): the crafts of the
    clause's subject, whom no rule named; no other holder of one of them takes it."""
    if post.i < 3 or (keys[post.i - 1] not in COMMAS and keys[post.i - 1] != "و"):
        return False
    # a list has its commas; «و» alone may join two clauses («... قرار گرفت و نماینده
    # دادستان درباره او گفت») or the subject's own two posts («به عنوان معاون فرمانده کل
    # نیروهای مسلح و وزیر دفاع سوریه»)
    commas = keys[post.i - 1] != "و"
    for k in range(post.i - 2, max(0, post.i - _LIST_REACH) - 1, -1):
        if tuple(keys[k - 1 : k + 1]) == AS_ROLE:
            return commas
        commas = commas or keys[k] in COMMAS
        if keys[k] not in COMMAS and keys[k] != "و" and not is_word(tokens, k):
            return False
    return False


def _attach_adjacent_posts(
    reg: Registry,
    mentions: list[Mention],
    posts: list[PostMention],
    tokens: TokenColumns,
    keys: list[str],
    sentence_starts: set[int],
    line_posts: frozenset[int] = frozenset(),
) -> None:
    """Name then post («محمدجواد فدائی استاندار کرمان») first, else post then name; never
    across a sentence's end (a title «... ترامپ» over a lead «رییس سازمان انرژی اتمی گفت»),
    nor across a line's: a subheading with no stop that ends with a name is no clause of the
    post opening the next line («... با حضور حجت‌الاسلام دهنوی\nمعاون دفتر نهاد نمایندگی ...
    از برگزاری ... خبر داد»)."""
    ends = {m.j: m for m in mentions}
    starts = {m.ti: m for m in mentions}

    def apart(a: int, b: int) -> bool:  # a sentence starts after token a, up to token b
        return any(k in sentence_starts for k in range(a + 1, b + 1))

    post_at = {r.i: r for r in posts if not r.anaphor}
    post_ending = {r.j: r for r in posts if not r.anaphor}
    # the colons a credit's word ends before («کارگردان: محمد کارت، تهیه‌کننده: ...»)
    labels = frozenset(j for j in post_ending if keys[j : j + 1] == [":"])
    in_order = sorted(mentions, key=lambda m: m.j)
    # posts in brackets after a name, written after the posts the text gives in the open, so
    # that another wording of one of those is the one written once (``one_wording``)
    aside: list[tuple[str, PostMention]] = []
    for r in posts:
        if r.anaphor:
            continue
        joined = post_ending.get(r.i - 1) if r.i and keys[r.i - 1] == "و" else None
        if r.i > 2 and keys[r.i - 1] == "و" and keys[r.i - 3] == _THIS and r.j not in starts:
            joined = post_ending.get(r.i - 3)  # «مسئول | این سبک و سرپرست تیم‌های ملی ووشو»
        if joined and joined.holder:  # «X، فعال سیاسی و عضو شورای مرکزی حزب ...»
            reg.add_post(joined.holder, r)
            continue
        if joined and (held := next((k for k, p in aside if p is joined), None)):
            aside.append((held, r))  # «مصطفی رزاق‌کریمی (کارگردان و مستندساز)»
            continue
        before = next((ends[k] for k in range(r.i, r.i - 3, -1) if k in ends), None)
        if r.i in line_posts:
            before = None
        elif before is None:  # «جان جنسن John Jensen »، فرمانده ...»: its Latin spelling between
            before = next(
                (
                    ends[k]
                    for k in range(r.i - 2, r.i - 3 - _GLOSS_WORDS, -1)
                    if k in ends and latin_glossed(tokens, k, r.i)
                ),
                None,
            )
        bracketed = before is not None and _in_brackets_after(tokens, before.j, r)
        if (
            before
            and (
                gap_ok(tokens, before.j, r.i)
                or latin_glossed(tokens, before.j, r.i)
                or _indefinite(tokens, keys, before.j, r.i)
                or bracketed
                or _aside_closed(tokens, before, r.i, ends)
            )
            and not apart(before.j - 1, r.i)
            and not _in_time_of(before, keys, post_ending)
            and not _credit_run_on(keys, before, r)
            and not _credit_label(tokens, keys, before, r, starts, post_at, labels)
        ):
            if bracketed:
                aside.append((reg.by_token[before.i], r))
            else:
                reg.add_post(reg.by_token[before.i], r)
            continue
        if named := _named_as(r, in_order, keys, sentence_starts):
            reg.add_post(reg.by_token[named.i], r)
            continue
        if as_role_before(keys, r.i) is None and (
            described := _relative_predicate(r, in_order, keys, sentence_starts)
        ):
            reg.add_post(reg.by_token[described.i], r)
            continue
        if as_role_before(keys, r.i) is not None:
            continue  # «او به عنوان مجری و اداره کننده جلسه سخنرانی بهزاد نبوی»: not the name's
        after = next((starts[k] for k in range(r.j, r.j + 4) if k in starts), None)
        if after and after.ti == r.j and r.keys and (r.keys[-1] in RELATIONAL or kin(r.keys[-1])):
            continue  # «وکیل مدافع محمدعلی نجفی», «این مجری جوان دختر حمید ابوطالبی است»
        if (
            after
            and (
                gap_ok(tokens, r.j, after.ti)
                or _bracketed(tokens, r.j, after.ti)
                or _title_before_quoted(tokens, keys, r, after.ti)
                or _this_body(keys, r.j, after.ti)
                or keys[r.j : after.ti] == [_HAZRAT]  # «... انقلاب اسلامی حضرت | امام خمینی»
            )
            and not apart(r.j - 1, after.ti)
            and not (
                r.j < after.ti and _own_post_after(tokens, keys, after, post_at, starts, labels)
            )
            and not _introduced_past_present(keys, r, after, post_at)
            and not _speaker_before_colon(tokens, keys, r, after, sentence_starts)
        ):
            reg.add_post(reg.by_token[after.i], r)
    for pkey, r in aside:
        reg.add_post(pkey, r)


def _speaker_before_colon(
    tokens: TokenColumns, keys: list[str], post: PostMention, m: Mention, sentence_starts: set[int]
) -> bool:
    """A post opening its sentence, a colon, then a name its clause goes on from: the post
    is the speaker's, the name the words' subject («سخنگوی سپاه: سردار سلیمانی در ماجرای ...
    مسئولیتی نداشت»); not a credit's name, which a comma, another credit or the line's end
    follows («کارگردان: محمد کارت، تهیه‌کننده: ...»)."""
    if post.i not in sentence_starts or ":" not in tokens.words[post.j : m.ti]:
        return False
    return m.j < len(keys) and is_word(tokens, m.j) and not lx.post_heads().match(keys, m.j)


def _credit_run_on(keys: list[str], m: Mention, post: PostMention) -> bool:
    """Whether the name a byline credits runs on into the post with no comma, or the post is
    the next credit's word: «انتشاردهنده: رضاپیمان یغمایی رئیس سازمان توسعه تجارت در
    گفت‌و‌گو با ایرنا: ...» is a heading after the editor's name, «تهیه‌کننده: محمد قاسمی،
    کارگردان: نرگس آبیار» the next credit; not «نویسنده: پدرام سلطانی، عضو ... اتاق بازرگانی»,
    the writer's own post."""
    if not byline_credited(keys, m.ti):
        return False
    return post.i == m.j or keys[post.j : post.j + 1] == [":"]


def _in_time_of(
    m: Mention, keys: list[str], post_ending: Mapping[int, PostMention] | None = None
) -> bool:
    """The name closes an adverbial of time «در ... ERA NAME،» («در دوران اول ریاست جمهوری
    اوباما، ...»); not «دوران بنیامین نتانیاهو، نخست‌وزیر کنونی ... سپری شده است», nor a
    post's «در ERA NAME» (``post_ending``: the posts by the token they end before): «وزیر
    فرهنگ | در دولت امانوئل ماکرون، رئیس جمهوری فرانسه» names whose government it is."""
    if not m.ti or keys[m.ti - 1] not in ERA:
        return False
    if keys[m.ti - 2 : m.ti] == _CHAIRED_BY and not (m.j < len(keys) and keys[m.j] in COMMAS):
        # «در این جلسه که به ریاست روحانی رییس جمهوری برگزار شد»: who chaired it, his post
        # right after his name; past a comma the post may be the clause's subject's
        return False
    reach = max(0, m.ti - _ERA_REACH)
    if "در" not in keys[reach : m.ti]:
        return False
    at = max(k for k in range(reach, m.ti) if keys[k] == "در")
    return not (post_ending and at in post_ending)


def as_role_before(keys: list[str], i: int) -> int | None:
    """The first token of the «به عنوان» that ends right before token ``i``, written as two
    words or as one («به‌عنوان», «بعنوان»)."""
    if i >= 2 and tuple(keys[i - 2 : i]) == AS_ROLE:
        return i - 2
    return i - 1 if i >= 1 and keys[i - 1] in _AS_ROLE_GLUED else None


def _own_post_after(
    tokens: TokenColumns,
    keys: list[str],
    m: Mention,
    post_at: dict[int, PostMention],
    starts: dict[int, Mention],
    labels: frozenset[int],
) -> bool:
    """A post of its own follows the name: the post before it and a comma is another
    subject's («رییس جمهور آمریکا، ریچارد گرنل سفیر آمریکا را ... معرفی کرد»), as is one
    after «به عنوان» («با حضور مدیر عامل ...، X به عنوان مدیر عامل جدید ... معرفی شد»); not
    the next credit's word («کارگردان: محمد کارت، تهیه‌کننده: ...»)."""
    if tokens.words[m.j : m.j + 2] == ["به", "عنوان"]:
        return m.j + 2 in post_at
    if m.j < len(tokens.words) and tokens.words[m.j] in ("به\u200cعنوان", "بعنوان"):
        return m.j + 1 in post_at
    return any(
        k in post_at
        and gap_ok(tokens, m.j, k)
        and not _credit_label(tokens, keys, m, post_at[k], starts, post_at, labels)
        for k in range(m.j, m.j + 3)
    )


def _credit_label(
    tokens: TokenColumns,
    keys: list[str],
    named: Mention,
    post: PostMention,
    starts: dict[int, Mention],
    post_at: dict[int, PostMention],
    labels: frozenset[int],
) -> bool:
    """Whether the post after the name ``named`` is the next credit's word: the name a
    credit's too, after a credit's word and its colon (``labels``), and a comma or a colon
    after the post or after the posts «و» joins to it («کارگردان: محمد کارت، تهیه‌کننده:
    رسول صدرعاملی», «کارگردان: احمد امینی تهیه‌کننده: ...», «کارگردان: بهمن ارک و بهرام ارک،
    تهیه‌کننده: ...», «کارگردان: سالار تهرانی، تهیه‌کننده آقای قدیانی»); or a colon after it
    and a name after the colon that a comma, another credit or the line's end follows («...
    کارگردان و تهیه‌کننده: سعید ابوطالب»). The post labels the one after the colon, never the
    name before it; not a title's speaker and post («خبرگزاری فارس: علی ربیعی سخنگوی دولت:
    ...»)."""
    end = post.j
    while keys[end : end + 1] == ["و"] and (joined := post_at.get(end + 1)):
        end = joined.j
    colon = keys[end : end + 1] == [":"]
    comma = named.j < post.i and keys[named.j] in COMMAS
    if (colon or comma) and _credited(keys, named.ti, labels):
        return True
    if not colon:
        return False
    if (m := starts.get(end + 1)) is None:
        return False
    return m.j >= len(keys) or not is_word(tokens, m.j) or bool(lx.post_heads().match(keys, m.j))


_CREDIT_REACH = 5  # «کارگردان: بهمن ارک و بهرام ارک»: words back to the credit's colon


def _credited(keys: list[str], ti: int, labels: frozenset[int]) -> bool:
    """Whether a credit's colon (``labels``) opens the run of names the name at ``ti`` is in,
    no comma between."""
    for k in range(ti - 1, max(-1, ti - 1 - _CREDIT_REACH), -1):
        if keys[k] == ":":
            return k in labels
        if keys[k] in COMMAS:
            return False
    return False


def _introduced_past_present(
    keys: list[str], r: PostMention, after: Mention, post_at: dict[int, PostMention]
) -> bool:
    """The post ``r`` after «با حضور» is of the one present, not of the name run on after it
    that a post of its own «به عنوان» follows, the one introduced («با حضور قائم‌مقام اداره
    کل فرهنگ و ارشاد اسلامی استان کرمان سجاد رکن‌آبادی به عنوان رئیس جدید اداره ارشاد فهرج
    معرفی شد»)."""
    if tuple(keys[max(0, r.i - 2) : r.i]) != _PRESENT:
        return False
    if keys[after.j : after.j + 2] == list(AS_ROLE):
        return after.j + 2 in post_at
    return after.j < len(keys) and keys[after.j] in _AS_ROLE_GLUED and after.j + 1 in post_at


def _named_as(
    r: PostMention, mentions: list[Mention], keys: list[str], sentence_starts: set[int]
) -> Mention | None:
    """The person a post is given to by «به عنوان»: the name right before it («انتصاب افشین
    پیروانی به عنوان سرپرست باشگاه»), the name that opens the sentence and the last before it
    («باباجان، ... ابتدا به عنوان وزیر اقتصاد، سپس به عنوان وزیر امور خارجه ... خدمت کرد»),
    or with «را» the last name before that «را» in the
    sentence, a few words before it («... X را به عنوان رئیس جدید یگان اعلام کرد», «X را با
    حفظ سمت به عنوان مشاور ... منصوب کرد»)
    (``mentions`` in the order of their ends)."""
    at = as_role_before(keys, r.i)
    to_post = at is None
    if to_post:
        at = _appointed_to(keys, r)
    if at is None or at < 1:
        return None
    kept = tuple(keys[max(0, at - 3) : at]) == _KEEPING
    if keys[at - 1] != "را" and not (kept and keys[at - 4 : at - 3] == ["را"]):
        m = next((m for m in reversed(mentions) if m.j <= at), None)
        if m is not None and _agent(keys, m) and _appointing_after(keys, r):
            return None  # «توسط منصور هادی به سمت رئیس سازمان اطلاعات نظامی منصوب شده بود»
        if m is not None and _chosen_for(keys, m):
            return None  # «احتمال شکست ... با انتخاب گانتز به عنوان نخست‌وزیر»: not held
        if m is None or m.j == at or (m.j == at - 1 and keys[m.j] in QUOTES_CLOSE):
            return m  # «با حضور «ابراهیم حاتمی‌کیا» به عنوان مشاور و طراح برنامه»
        if to_post and _took_one_before(keys, m, r):
            return None
        if _object_of_appointing(keys, m, at):
            return None  # «X ... به انتخاب برانکو به عنوان سرمربی جدید تیم ملی انتقاد کرد»
        if _opens_sentence_of(m, r, keys, sentence_starts) or _relative_of(m, at, keys):
            return m
        if _subject_past_opening(m, mentions, r, keys, sentence_starts):
            return m
        return None
    ra = at - 4 if kept else at - 1
    if ra and keys[ra - 1] in _SPEAKER_OR_ADDRESSEE:
        return None  # «پیشنهاد داده بودند که خبرگان شما را به‌عنوان قائم مقام معرفی کنند»
    for m in reversed(mentions):
        if m.j <= ra and ra - m.j <= _AS_REACH:
            if any(k in sentence_starts for k in range(m.ti + 1, ra + 1)):
                return None
            return m
        if m.j <= ra:
            return None
    return None


# «به سمت» before a post is «به عنوان» where a verb of appointing follows the post («منوچهر
# اقبال به سمت وزیر راه منصوب شد»); elsewhere it is a direction («به سمت وزیر کشور رفت»); so
# are «در پست» and «در سمت» («X را در پست وزیر ورزش منصوب کرد»)
_TO_POST = frozenset({("به", "سمت"), ("در", "پست"), ("در", "سمت")})
_APPOINTED = frozenset({"منصوب", "معرفی", "تعیین", "انتخاب", "برگزیده", "گمارده"})
# the agent of an appointment, not its appointee: «توسط X», «از سوی X», «از طرف X»
_BY = frozenset({("توسط",), ("از", "سوی"), ("از", "طرف")})


def _took_one_before(keys: list[str], m: Mention, r: PostMention) -> bool:
    """A post by «به عنوان» or «به سمت» stands between the name ``m`` and the post ``r``'s
    own: the later may be another's («جهانگیر آموزگار به سمت وزیر دارایی و دکترمحسن نصر به
    سمت وزیر مشاور تعیین شدند»)."""
    return any(
        tuple(keys[k : k + 2]) in _TO_POST
        or tuple(keys[k : k + 2]) == AS_ROLE
        or keys[k] in _AS_ROLE_GLUED
        for k in range(m.j, r.i - 2)
    )


# the nouns of appointing whose object the «به عنوان» right after it is of: «انتخاب X به عنوان»
_APPOINTING = frozenset({"انتخاب", "انتصاب", "معرفی", "تعیین", "نصب", "گماردن", "برگزیدن"})
# the nouns of proposing or nominating someone: the post «به عنوان» after the name they take
# is one the person may come to hold, not one held («پیشنهاد X به عنوان وزیر»), as a «نامزد»
# of a post holds none
_PROPOSING = frozenset(map(lx.key, ("پیشنهاد", "نامزدی", "کاندیداتوری")))
_CHOOSING = lx.key("انتخاب")
# «انتخاب» is not yet done in a likelihood or a condition («احتمال ... با انتخاب X», «در صورت
# انتخاب X»); elsewhere it was («پس از انتخاب آیت‌الله رئیسی به عنوان ...»), and so it may be
# after «برای» («شورای شهر قم برای انتخاب محسن عابدینی به عنوان شهردار قم سه بار اقدام به
# رای‌گیری کرد», at the new mayor's introduction)
_NOT_YET = frozenset(map(lx.key, ("احتمال", "امکان", "صورت")))
_NOT_YET_REACH = 6  # words before «انتخاب» where the likelihood or the condition is said


def _chosen_for(keys: list[str], m: Mention) -> bool:
    """The name ``m`` is the object of a noun of proposing, or of choosing only likely or
    conditional, right before it: the post «به عنوان» after it is not held («... افزایش احتمال
    شکست بزرگ نتانیاهو با انتخاب گانتز به عنوان نخست‌وزیر»)."""
    if not m.ti:
        return False
    before = keys[m.ti - 1]
    if before in _PROPOSING:
        return True
    reach = keys[max(0, m.ti - 1 - _NOT_YET_REACH) : m.ti - 1]
    return before == _CHOOSING and not _NOT_YET.isdisjoint(reach)


_OBJECT_REACH = 4  # words of the object between the noun of appointing and its «به عنوان»
_SELF = frozenset({"خود", "خویش", "خودش"})  # «از انتخاب خود به عنوان ...»: the subject's


def _object_of_appointing(keys: list[str], m: Mention, at: int) -> bool:
    """The «به عنوان» at token ``at``, away from the name ``m``, closes the object of a noun of
    appointing a few words before it: the post is that object's, named or not, never the
    subject's («الحبسی ... به انتخاب برانکو به عنوان سرمربی جدید تیم ملی انتقاد کرد»); not
    of oneself («از انتخاب خود به عنوان ...»)."""
    for k in range(at - 1, max(m.j, at - 1 - _OBJECT_REACH) - 1, -1):
        if keys[k] in _APPOINTING:
            return k + 1 < at and not all(w in _SELF for w in keys[k + 1 : at])
    return False


def _agent(keys: list[str], m: Mention) -> bool:
    """The name ``m`` is after «توسط», «از سوی» or «از طرف»: the agent of an appointment, not
    its appointee, where a verb of appointing follows the post; elsewhere one may act in a
    post («این حکم از سوی حسن روحانی به عنوان رئیس جمهور صادر شد»)."""
    return (
        tuple(keys[max(0, m.ti - 1) : m.ti]) in _BY or tuple(keys[max(0, m.ti - 2) : m.ti]) in _BY
    )


def _appointed_to(keys: list[str], r: PostMention) -> int | None:
    """The first token of the «به سمت» right before the post ``r`` a verb of appointing
    follows, within two words («به سمت وزیر دارایی تعیین و منصوب شد»)."""
    if r.i < 2 or tuple(keys[r.i - 2 : r.i]) not in _TO_POST:
        return None
    return r.i - 2 if _appointing_after(keys, r) else None


def _appointing_after(keys: list[str], r: PostMention) -> bool:
    """A verb of appointing follows the post ``r`` within two words."""
    return any(k in _APPOINTED for k in keys[r.j : r.j + 3])


# The holder of a post no person the article names holds, though one holds a post it is a
# wording of: a court's post beside a judge who is a party («قاضی گفت:», ``court_parties``)
UNNAMED = ""


def resolve_post(reg: Registry, post: PostMention) -> str | None:
    """The one person of the article holding a compatible post, if exactly one."""
    if post.holder is not None:
        return post.holder or None
    holders = reg.posts.holders(post.keys)
    return holders[0] if len(holders) == 1 else None


_SUBJECT_REACH = 30  # words from a sentence's subject to a post «به عنوان» it took


# tokens: a source to its comma («به گزارش خبرگزاری فارس از اصفهان به نقل از روابط عمومی
# استانداری اصفهان، X ...»)
_SOURCE_REACH = 16


# the subjects found in the last list of keys, by sentence: several rules ask of each
_subjects: tuple[list[str], dict[tuple[int, int], int]] = ([], {})


def subject_at(keys: list[str], a: int, b: int) -> int:
    """The first token of a sentence's subject: past a cited source («به گزارش مهر، ...»,
    «خبرگزاری فارس: ...», «خبرگزاری فارس- ...») and an opening quote mark («"سیمونتا
    سوماروگا" ...»). Found once a sentence of a list of keys (not to be changed)."""
    global _subjects
    # read once: another thread (a Dask worker's) may put its own article's in meanwhile
    cached_keys, found_at = _subjects
    if cached_keys is not keys:
        found_at = {}
        _subjects = (keys, found_at)
    found = found_at.get((a, b))
    if found is None:
        found = found_at[a, b] = _subject_at(keys, a, b)
    return found


def _subject_at(keys: list[str], a: int, b: int) -> int:
    if a + 1 < b and keys[a] == "به" and keys[a + 1].startswith("گزارش"):
        comma = next(
            (k for k in range(a + 2, min(b, a + _SOURCE_REACH)) if keys[k] in COMMAS), None
        )
        a = comma + 1 if comma is not None else a
    elif (
        a < len(keys)
        and keys[a] in lx.agencies().root  # most sentences open with none: no call
        and (agency := lx.agencies().match(keys, a))
        and agency[0] < b
        and keys[agency[0]] in DATELINE
    ):
        a = agency[0] + 1
    while a < b and keys[a] in QUOTE_MARKS:
        a += 1
    return a


# the words of time a relative clause may open with before its «به عنوان»: «که در حال حاضر»,
# «که اکنون», «که پیش از این», «که امروز برای اولین بار», «که اخیرا»
_WHEN = frozenset(
    "در حال حاضر اکنون هماکنون هم همچنان تاکنون پیش از این قبلا سابقا گذشته امروز نیز برای "
    "اولین نخستین بار اخیرا پیشتر".split()
) | {"\u064b"}  # the tanwin of «قبلاً», a key of its own


def _relative_of(m: Mention, at: int, keys: list[str]) -> bool:
    """The «به عنوان» at token ``at`` opens the relative clause «که» opens right after the
    name ``m``, past words of time alone: the clause says what the named one is («نعیم السهیل
    که در حال حاضر به عنوان معاون رئیس دفتر ... مشغول به فعالیت است»); not past a clause of
    its own («... به جای مرحوم علی محمد انظاری که هفته گذشته از دنیا رفت به عنوان مدیرعامل
    ... معرفی شد»: the subject's)."""
    if keys[m.j : m.j + 1] != ["که"]:
        return False
    return all(k in _WHEN for k in keys[m.j + 1 : at])


def _subject_past_opening(
    m: Mention, mentions: list[Mention], r: PostMention, keys: list[str], sentence_starts: set[int]
) -> bool:
    """The name ``m`` opens the main clause right after the comma that closes the sentence's
    opening adverbial, the first name of the sentence, with no «را» before the post ``r``
    («در این جلسه که ... انتخاب شد، جمشید خیرآبادی با کسب ۱۲ رای ... به عنوان رییس هیات
    کشتی استان انتخاب شد», «امروز بعد از ظهر، «عبدالله عبدالله»، به عنوان رئیس‌جمهور
    افغانستان سوگند یاد کرد»); not a name after «و» or a preposition, nor the last of a
    list; not past «تا», whose clause may be of what is yet to be («علی جنتی ... عازم کویت
    می‌شود تا به عنوان سفیر ... مشغول خدمت شود»), nor a post inside an object («... پایه‌های
    قدرت خود به عنوان پادشاه آینده عربستان را بر داشته است»), nor past a post the name took
    before by «به عنوان» or «به سمت», the later one another's («جهانگیر آموزگار به سمت وزیر
    دارایی و دکترمحسن نصر به سمت وزیر مشاور تعیین شدند»); not a head alone, which another
    post of the article may begin («بر اساس تصمیم این مجمع، محمد قمی نماینده مردم پاکدشت به
    عنوان رئیس ... انتخاب شدند», then «رئیس امور خطوط لوله ... اضافه کرد:» of another story)."""
    if r.i - m.j > _SUBJECT_REACH or "را" in keys[m.j : r.i] or "تا" in keys[m.j : r.i]:
        return False
    if keys[r.j : r.j + 1] == ["را"] or len(r.keys) < 2:
        return False
    if _took_one_before(keys, m, r):
        return False
    if any(k in sentence_starts for k in range(m.ti + 1, r.i + 1)):
        return False
    before = m.ti - 1
    while before >= 0 and keys[before] in QUOTE_MARKS:
        before -= 1
    if before < 1 or keys[before] not in COMMAS or before in sentence_starts:
        return False
    start = next((k for k in range(before, -1, -1) if k in sentence_starts or k == 0), 0)
    return not any(start <= o.ti and o.j <= before for o in mentions)


# the copula after a post closing the relative clause right after a name: «X که ... POST است»
_IS = frozenset({"است", "بود", "بوده", "هست", "میباشد", "بودهاست"})
# words of time or concession between that «که» and the post: «آقای زاهدی که گرچه دوره ای
# وزیر علوم بود», «X که خود عضو ... است»
_WHILE = frozenset({"گرچه", "اگرچه", "دورهای", "دوره", "ای", "زمانی", "مدتی", "خود"})


_IN_REACH = 6  # tokens of «در ...» between a post and its copula: «در امور کره شمالی»


def _copula_at(keys: list[str], j: int) -> bool:
    """The copula at ``j``, or past «در» at ``j`` and the few words of the place or matter the
    post is held in, with no comma, «که» or verb between («در امور کره شمالی بوده»; not «در
    آنجا حضور داشته است»)."""
    if keys[j : j + 1] == ["در"]:
        for k in range(j + 2, min(len(keys), j + _IN_REACH)):
            if keys[k] in _IS:
                return True
            if keys[k] in COMMAS or keys[k] == "که" or verb(keys[k]):
                return False
        return False
    return keys[j : j + 1] != [] and keys[j] in _IS


def _relative_predicate(
    r: PostMention, mentions: list[Mention], keys: list[str], sentence_starts: set[int]
) -> Mention | None:
    """The name the relative clause opened by «که» right after it says holds the post ``r``,
    the clause's copula right after the post, past words of time alone («آقای زاهدی که گرچه
    دوره ای وزیر علوم بود»), or past the place it is held in («مارک لمبرت که اخیرا نماینده
    ویژه آمریکا در امور کره شمالی بوده»); not a post the clause goes on past («X که وزیر او
    را ...»)."""
    if not _copula_at(keys, r.j):
        return None
    that = r.i - 1
    while that >= 0 and keys[that] != "که":
        if keys[that] not in _WHEN and keys[that] not in _WHILE:
            return None
        that -= 1
    if that < 1 or any(k in sentence_starts for k in range(that, r.i + 1)):
        return None
    return next((m for m in mentions if m.j == that), None)


def _opens_sentence_of(
    m: Mention, r: PostMention, keys: list[str], sentence_starts: set[int]
) -> bool:
    """The name ``m`` is the subject that opens the sentence of the post ``r``, with no «را»
    between them (an object would take the post)."""
    if r.i - m.j > _SUBJECT_REACH or "را" in keys[m.j : r.i]:
        return False
    if any(k in sentence_starts for k in range(m.ti + 1, r.i + 1)):
        return False
    start = next((k for k in range(m.ti, -1, -1) if k in sentence_starts or k == 0), 0)
    return subject_at(keys, start, m.ti + 1) == m.ti
