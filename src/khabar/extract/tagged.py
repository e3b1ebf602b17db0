"""The learned tagger's names, joined with what the rules know.

The tagger reads the rules' findings as features (``tagger.rule_marks``) and so has already
weighed them: where it marks a person, an organization or a place, its span is the name.
The rules give what a span does not: the titles before a name, the listed name of an
organization or place («ناجا» is «فرماندهی انتظامی ...»), a foreign figure's full name;
their lexicons veto what they know is no name (a post, a title, a reporting verb, a
function word at an edge). A rule's finding that the tagger does not confirm is dropped.
This module joins the people; ``tagged_entities`` the organizations and places;
``tagged_spans`` cuts the tagger's spans to the names they hold.
"""

from __future__ import annotations

from collections import Counter
from itertools import chain, compress, count

from khabar.extract import lexicons as lx
from khabar.extract.arabic_text import in_verse
from khabar.extract.clause_words import COMMAS, FINAL
from khabar.extract.glued_ends import glued_end
from khabar.extract.glued_words import glued
from khabar.extract.name_edges import (
    after_a_thing,
    apposed_to_post,
    foreign_run_on,
    joined_at_titles,
    listed_town,
    name_tail,
    no_name_before,
    no_opener,
    royal,
    titled_end,
    unknown_whole,
    untitled,
    within_titles,
)
from khabar.extract.named_places import DEMONSTRATIVES, coordinated_place, place_word_at
from khabar.extract.namewords import (
    FREQUENT,
    PARTY_WORDS,
    RARE,
    adjective,
    arabic_written,
    before_light_verb,
    demonym_end,
    family_word,
    foreign_opening,
    home_place,
    kin,
    light_verb,
    light_verb_form,
    name_word,
    no_name_end,
    ordinary,
    ordinary_edge,
    particle_name,
    rank,
    script_end,
    shaped,
    titled_work,
    unknown_word,
    verb,
    word_rank,
)
from khabar.extract.no_name_words import (
    dwelling_adjective,
    no_name,
    no_person_word,
    prophet_epithet,
)
from khabar.extract.ordinary_names import (
    family_apart,
    post_before,
    reported_word,
)
from khabar.extract.people import (
    HOLY_MARKS,
    QUOTES_CLOSE,
    QUOTES_OPEN,
    SURNAME_TITLES,
    Mention,
    chanted,
    first_name_at,
    stopwords,
    untitled_mention,
)
from khabar.extract.tagged_spans import (
    Tagged,
    a_figure_in_no_body,
    before_bracket,
    edges,
    kind_spans,
    no_last_word,
    text_word,
)
from khabar.extract.tagged_vetoes import (
    could_be_family_name,
    given_and_word,
    no_tagged_name,
    post_after,
    post_inside,
    son_of_within,
)
from khabar.extract.tagger_features import known_names
from khabar.extract.unlisted_names import court_name, family_end_apart
from khabar.text.offsets import Span
from khabar.text.segment import TokenColumns


def _run_on_end(tokens: TokenColumns, m: Mention, k: int) -> bool:
    """Token ``k`` ends a name of two words or more, and a word that follows names runs into
    its word (``glued_ends.glued_end``: «محمدرضا نجفینماینده مردم ...», a letter's signature):
    the name is cut there later (``with_glued_ends``), not dropped."""
    return k == m.j - 1 and m.j - m.i > 1 and glued_end(tokens.words[k]) > 0


def people(
    tokens: TokenColumns, keys: list[str], text: str, tagged: Tagged, rules: list[Mention]
) -> list[Mention]:
    """The rules' mentions, with the tagger's boundaries, and the people it alone marks.

    Where the tagger marks a person on a rule's mention, the tagger's span is the name
    («ملانیا ترامپ», not «ترامپ»; «محمد اسلامی», not «محمد اسلامی بعدازظهر»), unless the
    rule's is longer by words that are names themselves («عبدالرضا رحمانی فضلی»); the
    rule's titles stay. A rule's mention the tagger does not mark stands when it has a
    title, a listed given name or a listed foreign figure, and the tagger marks no
    organization or place on it. A name of the tagger's alone must not begin with an
    ordinary word («ویروس کرونا»), be a known person's family name (linked to them by
    ``surname_mentions``), a holy figure, or one ambiguous word (``_lone_name``).
    """
    marked_tokens = set(chain.from_iterable(range(a, b) for _, a, b in tagged))
    spans = [
        edges(keys, *untitled(keys, i, foreign_run_on(tokens, keys, i, j, marked_tokens)))
        for i, j in joined_at_titles(keys, kind_spans(tokens, keys, tagged, "PER"))
        for j in [before_bracket(tokens, i, j)]
    ]
    spans = [(i, script_end(tokens.words, i, j)) for i, j in spans if j > i]
    spans = [(i, j + _dynasty_after(tokens.words, keys, i, j)) for i, j in spans]
    marked = Counter(keys[i] for i, j in spans if j - i == 1)  # one-word names, per word
    pairs = Counter((keys[i], keys[i + 1]) for i, j in spans if j - i == 2)
    span_at = {k: (i, j) for i, j in spans for k in range(i, j)}
    other = set(chain.from_iterable(range(a, b) for kind, a, b in tagged if kind != "PER"))
    out: list[Mention] = []
    taken: set[int] = set()
    # the given names the rules find alone after a title («شاهزاده احمد»)
    titled_alone = {
        keys[r.i] for r in rules if r.j - r.i == 1 and r.ti < r.i and first_name_at(keys, r.i)
    }
    for m in rules:
        nisba = False
        if m.ti == m.i and _figure_work(tokens, keys, m.i, m.j):
            continue  # «کلاه کافکا»: a book's title, in quotes
        if _endearment(keys, m.i):
            continue  # «خانم جان», «آقا جان»: a grandmother, a father called so, not «جان» (John)
        # a word no list knows before a figure's lone surname, the tagger's or not, is a
        # given name: «و مونیک بوتو و یو مورت این اثر را تدوین کردند» (a film editor)
        unseen = (
            _lone_figure(keys, m)
            and m.i > 0
            and (m.j == len(keys) or tokens.words[m.j] in _ITEM_ENDS)
            and _unseen_given(tokens, keys, m.i - 1)
        )
        if unseen and m.i - 1 not in other:
            m = _bounded(m, m.i - 1, m.j, tokens, text)
        # the quotes bound the name: «دکتر "دو بین"», «"سرتاج عزیز" مشاور»; one in apposition
        # (``find_quoted_names``, no word a listed place) is a person though the tagger
        # takes it for a place: «"کیارا د بلاسیو" دختر ...»
        if m.quoted and m.j - m.i > 1 and (m.ti == m.i or other.isdisjoint(range(m.i, m.j))):
            out.append(m)
            taken.update(range(m.ti, m.j))
            continue
        span = next((span_at[k] for k in range(m.i, m.j) if k in span_at), None)
        # the tagger's name and the rule's, the same two words: a given name no word and a
        # family name the news writes often, as a name too, though no list holds it; of a
        # family name's shape («آقای هاشم آغاجری») or so named twice («محسن مخملباف»); after a
        # title, a given name and any word of letters no verb or function word is («دکتر
        # معصومه ابتکار»)
        agreed = span == (m.i, m.j) and (
            (
                _agreed_family(tokens, keys, m.i, m.j)
                and (shaped(keys[m.i + 1]) or pairs[keys[m.i], keys[m.i + 1]] > 1)
            )
            or _titled_given_family(tokens, keys, m, titled_alone)
            or given_and_word(tokens, keys, m.i, m.j)
        )
        # after another language's given name, a word of Persian is a family name: «جرج بوش»
        foreign = m.j - m.i == 2 and keys[m.i] in lx.foreign_given_names()
        foreign = foreign or apposed_to_post(tokens, keys, m.i, m.j)  # «تحسین الخفاجی، سخنگوی»
        foreign = foreign or particle_name(keys, m.i, m.j)  # «اورسولا فن در لاین»
        # a listed figure's name is his, word for word, though a word of it is ordinary
        # («بوش», «کوفی عنان») and the tagger marks part of it or none
        whole = _listed_whole(keys, m.i, m.j)
        foreign = foreign or whole
        if whole and span is not None and m.i <= span[0] and span[1] <= m.j:
            span = (m.i, m.j)
        if span is None:
            if m.j - m.i == 1 and no_name_before(keys, m.j):
                continue  # «شاه | ملقب به»: the tagger's name ended before it
            end = m.j
            while end - m.i > 1 and (no_last_word(keys[end - 1]) or before_light_verb(keys, end)):
                end -= 1  # «ناخدا افضلی برسد», «محمود احمدی‌نژاد معرفی می‌کنند»
            end = titled_end(keys, m, end)  # «آقای سروش نامه‌ای»
            m = _bounded(m, m.i, end, tokens, text) if end < m.j else m
            figure = lx.foreign_figures().match(keys, m.i)
            if figure and figure[0] == m.j and m.j > m.i + 1 and other.isdisjoint(range(m.i, m.j)):
                out.append(m)  # «جو بایدن»: a listed figure's full name, whatever its words
                taken.update(range(m.ti, m.j))
                continue
            # a title, two words or more, a listed figure or a courtier's name («قوام‌السلطنه»)
            strong = m.ti < m.i or m.j - m.i > 1 or bool(figure) or court_name(keys[m.i])
            strong = strong or _bare_before_post(tokens, keys, text, m)
            # a listed given name, or a listed figure: «دولت دونالد ترامپ» is an organization
            # named after a person who is named there too
            given = first_name_at(keys, m.i) or keys[m.i] in lx.more_given_names()
            named = (m.j - m.i > 1 and given) or bool(figure)
            if not strong or (
                other.intersection(range(m.i, m.j))
                and not named
                and not _person_not_body(tokens, keys, m, tagged)
            ):
                continue
            if any(
                (ordinary(keys[k]) and not foreign) or verb(keys[k]) or no_name_end(keys[k])
                for k in range(m.i, m.j)
            ) or (m.j - m.i == 1 and (adjective(keys[m.i]) or light_verb(keys[m.i]))):
                # «قاسم سلیمانی دستاوردهای», «علی کاری», «خواهد», «شهید فرهنگی», «شهید نشوم»
                continue
        elif span != (m.i, m.j):
            cut = m.j - m.i > 1  # the rule's name of two words or more
            i, j = within_titles(keys, m, *span)
            lone = _lone_figure(keys, m)
            if j > m.j and lx.foreign_figures().match(keys, m.i) and not _family_after(keys, m, j):
                j = m.j  # a listed figure ends the name: «ترامپ | کریس مورفی سناتور ...»
            # a family name from a place, the tagger's: «احمد حاتمی | یزد»
            nisba = (
                j == m.j + 1
                and m.j - m.i > 1
                and lx.places().match(keys, m.j) is not None
                and not ordinary_edge(keys, m.i, m.j)
            )
            if (
                j > m.j
                and m.j - m.i > 1  # not «حاج احمد | آقا»: a given name alone names no one
                and ordinary_edge(keys, m.i, j)
                and not ordinary_edge(keys, m.i, m.j)
                and not lx.places().match(keys, m.j)  # «احمد حاتمی یزد»: a family name
                # a last word no list holds may be two run together: «روح‌الله زم سرشبکه»
                and (rank(keys[m.j - 1]) < RARE or name_word(keys[m.j - 1]))
            ):
                j = m.j  # the tagger ran on into a word: «جلال‌الدین محمد شکریه | اصناف را»
            if i < m.i and any(text_word(keys[k]) for k in range(i, m.i)):
                # a word of the text before the name: «مقابل دوربین | محسن ذوالانوار»; one
                # word, not a frequent one, is a given name before a figure's surname that
                # names another («جک نیچه», a composer)
                if not (lone and i == m.i - 1 and _given_before(tokens, keys, i)):
                    i = m.i
            if i < m.i and taken.intersection(range(i, m.i)):
                i = m.i  # the name before is another's: «ترامپ | کریس مورفی»
            if j - i == 1 and m.j - m.i > 1 and i == m.i and first_name_at(keys, i):
                if all(family_word(tokens.words[k]) for k in range(j, m.j)) and not any(
                    no_last_word(k) or text_word(k) for k in keys[j : m.j]
                ):
                    i, j = m.i, m.j  # a given name alone names no one: «محمدرضا نجفی‌منش»
            if i < m.i and first_name_at(keys, m.i) and all(map(no_opener, keys[i : m.i])):
                i = m.i  # «علنا مجید انصاری»: the rule's listed given name opens the name
            head = range(m.i, max(m.i, i))
            # a foreign given name the rule read before the tagger's span opens the name
            # («امروز خاویر سولانا»: the tagger took «سولانا» alone)
            rule_longer = (
                i >= m.i
                and j <= m.j
                and (unseen or all(name_word(keys[k]) or _foreign_given(keys[k]) for k in head))
            )
            tail = range(j, m.j)
            given = i == m.i and first_name_at(keys, i) == j - i  # the tagger's: a given name
            named_tail = (
                not tail
                or name_word(keys[m.j - 1])
                or name_tail(tokens, keys, m.i, tail, given)
                or particle_name(keys, m.i, m.j)  # «اورسولا فن | در لاین»
            ) and not any(  # «جنتی | دبیرشورای», «منصوری | تحقیقاتم»
                glued(tokens.words[k]) or no_name(keys[k]) for k in tail
            )
            if not (rule_longer and named_tail):
                m = _bounded(m, i, j, tokens, text)
            alone = cut and m.j - m.i == 1 and m.ti == m.i and first_name_at(keys, m.i) == 1
            if alone and rank(keys[m.i]) < FREQUENT:
                continue  # «هادی | کشتی انقلاب»: a given name alone, and a word, names no one
            if alone and m.j < len(keys) and dwelling_adjective(keys[m.j]):
                continue  # «عابد | خلوت‌نشین» (a hermit, a book's title): no one's name
        if _rank_inside(keys, m):
            continue  # «سردار شجاع اسلام | سپهبد سلیمانی»: the rank opens the name
        if (end := titled_end(keys, m, m.j)) < m.j and not agreed:
            m = _bounded(m, m.i, end, tokens, text)  # «آقای خاتمی ارادت دارم»
        if (end := script_end(tokens.words, m.i, m.j)) < m.j:
            m = _bounded(m, m.i, end, tokens, text)  # «جان جنسن | John Jensen»
        if (end := demonym_end(keys, m.i, m.j)) == m.i:
            continue  # «ژنرال ایرانی», «ستاره هلندی»: a country's adjective
        if end < m.j:
            m = _bounded(m, m.i, end, tokens, text)  # «رافائل نادال | اسپانیایی»
        if any(
            (glued(tokens.words[k]) and not _run_on_end(tokens, m, k)) or no_name(keys[k])
            for k in range(m.i, m.j)
        ) or arabic_written(tokens.words, keys, m.i, m.j):
            continue  # «روحانیدبیرکل»: the text ran two words together
        if (ordinary_edge(keys, m.i, m.j) and not (foreign or nisba or agreed)) or in_verse(
            tokens.words, keys, m.i, m.j
        ):
            continue  # «هادی کشتی انقلاب»: a word no name holds
        if titled_work(tokens.words, keys, m.i, m.j) or (
            m.j - m.i == 1 and unknown_word(keys[m.i])
        ):
            continue  # «فیلم «مارمولک»», «ژنرال افسانه‌ای»
        if m.j - m.i > 1 and before_light_verb(keys, m.j):
            m = _bounded(m, m.i, m.j - 1, tokens, text)  # «سردار سلیمانی | لو نرفت»
            if m.j - m.i == 1 and first_name_at(keys, m.i):
                continue  # «حاج قاسم | قصاص نمی‌شود»: a given name alone names no one
        if no_person_word(tokens.words, keys, m.i, m.j) or before_light_verb(keys, m.j):
            continue  # «حاج خالو», «ژنرال بین‌المللی», «تلاش حاجی کاری کرد»
        if kin(keys[m.i]):
            continue  # «حاج خالو دشتبان»: a word of kin opens no name
        if _named_after(keys, m.i):
            continue  # «دانشگاه "جورج تاون"», «شبستان نجمه خاتون»: a place's name
        if m.j - m.i == 1 and m.ti and keys[m.ti - 1] in DEMONSTRATIVES:
            if keys[m.i] not in lx.name_words():
                continue  # «این استاد فرهیخته»: this learned teacher, a title and its adjective
        if taken.intersection(range(m.i, m.j)):
            continue  # «شهید آستانه‌ای محمد | نقی امینیان»: the tagger's span made the rule's
            # name before it whole («محمد نقی امینیان»); the words are that name's
        out.append(m)
        taken.update(range(m.ti, m.j))
    # a title of a work at one mention is one at all («فیلم «مارمولک»» ... «(مارمولک)»)
    works = {tuple(keys[i:j]) for i, j in spans if titled_work(tokens.words, keys, i, j)}
    tails = {tuple(keys[k : m.j]) for m in out for k in range(m.i + 1, m.j)}
    tails |= {(keys[k],) for m in out for k in range(m.i + 1, m.j)}  # «مسجدی» of «مسجدی آرانی»
    for n, m in enumerate(out):  # «حاجی بابایی» of «حمیدرضا حاجی بابایی»: no title there
        if m.ti < m.i and tuple(keys[m.ti : m.j]) in tails:
            out[n] = _bounded(m, m.ti, m.j, tokens, text)
        elif m.ti < m.i and m.j - m.i == 1 and keys[m.i - 1] in SURNAME_TITLES:
            # «ملک شاهکویی», written «ملک‌شاهکویی» too (a rare case: the keys searched, no set made)
            if keys[m.i - 1] + keys[m.i] in keys:
                name = Span(tokens.starts[m.i - 1], m.span.end)
                titles = m.titles[:-1]
                out[n] = Mention(
                    m.i - 1, m.j, text[name.start : name.end], titles, name, m.full, m.ti
                )
    town_persons = _town_persons(tokens, keys, spans, marked)
    paired = _paired_names(keys, spans)
    spans += _opening_before_post(tokens, keys, marked_tokens | other)
    givens = {keys[m.i] for m in out if m.j - m.i > 1 and first_name_at(keys, m.i)}
    for i, j in spans:
        if (j := demonym_end(keys, i, j)) == i:
            continue  # «مقام ونزوئلایی»; «گابریل کالدرون | آرژانتینی» stands
        if j - i == 1 and _named_for_given(tokens, keys, i) and i - 1 not in taken | other:
            i -= 1  # «شفیع شفیعی»: a family name made of the given name before it
        quoted = _quoted_given_family(tokens, keys, i, j)  # «قتل "میترا استاد"»
        if chanted(keys, j):
            continue  # «و «حیدر حیدر»گویان وارد حرم شدند»: a chant, though quoted
        if taken.intersection(range(i, j)) or (post_inside(keys, i, j) and not quoted):
            continue  # «وزیر خارجه»; not «گلنار وکیل گیلانی»
        if keys[i] in _HOLY_TITLES or tuple(keys[i:j]) in tails or _endearment(keys, i):
            continue  # «امام رضا»; a known person's family name; «آقا جان خدابیامرز»
        if (keys[j - 1],) in tails and foreign_opening(keys, i, j):
            continue  # «بیل ریچاردسون» of «ویلیام بلین ریچاردسون»: his family name's mention
        if tuple(keys[i:j]) in works or _figure_work(tokens, keys, i, j):
            continue  # «فیلم «مارمولک»» ... «(مارمولک)»; «کلاه کافکا»
        if _named_after(keys, i) or _holy(tokens, keys, i, j) or listed_town(keys, i, j):
            continue  # «مجتمع خواجه نصیرالدین طوسی», «سدهای گلابرد ...»: a place's name
        if place_word_at(keys, i) and (
            keys[i] not in lx.name_words() or (j - i > 1 and ordinary(keys[i + 1]))
        ):
            continue  # «عمارت تخت مرمر», «پارک ماشین زائران»: the place's word opens it (not
            # «پارک نیونگ هو», a name's word, where no ordinary word follows)
        if after_a_thing(keys, i, j, marked_tokens):
            continue  # «لپ‌تاپ و هارد اکسترنال»
        if j - i == 2 and not quoted and keys[i + 1] in givens and marked[keys[i + 1]]:
            if _noun_given(keys[i]):  # the article calls him by given name alone, too
                continue  # «کمال حسن را تکمیل کنند»: Hassan's perfection, of «حسن امام‌دوست»
        # a person's name in the news the tagger learned from («کلینتون», «مایکل فالون»,
        # «کویکه») is a name, though also a frequent word or looking like two run together
        known = _known_person(keys, i, j)
        town_person = j - i == 1 and keys[i] in town_persons
        if j - i == 1 and not known and i and keys[i - 1] in _PARTY_WORDS:
            continue  # «رهبر معنوی ائتلاف سائرون اضافه کرد:»: one word, the coalition's name
        lone = j - i == 1 and not (i in paired and _name_like(keys[i]))
        if (lone and not _lone_name(tokens, keys, i, marked, known)) or (
            not known
            and not quoted
            and not family_apart(tokens, keys, i, j)  # «عوض زاده»
            and not (lone and reported_word(tokens, keys, i, marked))  # «تابش گفت:»
            and no_tagged_name(tokens, keys, i, j, town_person)
        ):
            continue
        if j - i == 1 and i and _compound_given(tokens, keys, i - 1, taken):
            i -= 1  # «خدارضا امیدی»: a given name the list lacks
        out.append(untitled_mention(tokens, text, i, j))
        taken.update(range(i, j))
    out = _fuller(tokens, keys, text, out, taken)
    out = [_with_third_word(tokens, keys, text, m, taken) for m in out]
    return _with_given_names(tokens, keys, text, out, taken)


def _noun_given(key: str) -> bool:
    """A given name that is a frequent word too («کمال», perfection): before the given name of
    a person the article names in full, the noun whose genitive he is, no given name of
    another."""
    return lx.first_names().get(key) is True and rank(key) < FREQUENT


def _rank_inside(keys: list[str], m: Mention) -> bool:
    """A military rank that is no word of a name (``honorifics.tsv``; not «امیر», «سردار»)
    stands inside the name ``m`` past its first word, a word after it: the name starts at the
    rank and the words before praise him («سردار شجاع اسلام سپهبد سلیمانی»)."""
    for k in range(m.i + 1, m.j - 1):
        hit = lx.honorifics().match(keys, k)
        if hit is not None and hit[1].kind == "military_rank" and hit[0] < m.j:
            if keys[k] not in lx.name_words():
                return True
    return False


def _agreed_family(tokens: TokenColumns, keys: list[str], i: int, j: int) -> bool:
    """``keys[i:j]`` is a listed given name that is no word and one word that may be a family
    name though the news writes it often (``could_be_family_name``), past the very frequent
    words."""
    if j - i != 2 or lx.first_names().get(keys[i]) is not False:
        return False
    last = keys[i + 1]
    return could_be_family_name(tokens, keys, i + 1) and (
        word_rank(last) == rank(last) >= _NOT_VERY_FREQUENT
    )


_NOT_VERY_FREQUENT = 2000  # ``namewords``' very frequent words


def _titled_given_family(
    tokens: TokenColumns, keys: list[str], m: Mention, titled_alone: set[str]
) -> bool:
    """A titled name of a listed given name and one word of letters after it: the word is
    the family name, though the language uses it too («دکتر معصومه ابتکار», «امیر علیرضا
    انگیزه», «ملا عبدالغنی برادر»). Not a verb, function word, adjective, post or title, nor
    a word before a light verb or a copula («ملک سلمان بیمار است»), before a title or a given
    name («شیخ محمود فرزند شیخ محمد»), nor where the article names the titled given name alone
    (``titled_alone``: «شاهزاده احمد، ...» and «شاهزاده احمد شعار ... سر می‌دهند»)."""
    if m.ti == m.i or m.j - m.i != 2 or first_name_at(keys, m.i) != 1:
        return False
    if not could_be_family_name(tokens, keys, m.i + 1) or keys[m.i + 1] in lx.first_names():
        return False
    if before_light_verb(keys, m.j) or (m.j < len(keys) and keys[m.j] in _COPULAS):
        return False
    if lx.post_heads().match(keys, m.i + 1) or lx.honorifics().match(keys, m.i + 1):
        return False
    if lx.honorifics().match(keys, m.j) or first_name_at(keys, m.j):
        return False
    return keys[m.i] not in titled_alone


_COPULAS = frozenset({"است", "بود", "نیست", "هست", "باشد", "نبود", "هستند", "بودند"})


def _fuller(
    tokens: TokenColumns, keys: list[str], text: str, out: list[Mention], taken: set[int]
) -> list[Mention]:
    """A name that goes on with «الله» written apart, and one that goes on, at one of its
    mentions, with the words that make it another name of the article is that name there:
    «غلامحسین غیب پرور» named so once stands so where the tagger ends at «غلامحسین غیب»;
    «زهرا حاجی حاجی» as «زهرا حاجی‌حاجی»."""
    # not a name whose last word runs into the next (``_run_on_end``): «علی لاریجانیرییس»
    # makes no name of «علی لاریجانی رئیس»
    names = {
        "".join(keys[m.i : m.j]) for m in out if m.j - m.i > 1 and not glued(tokens.words[m.j - 1])
    }
    for n, m in enumerate(out):
        if _god_after(keys, m.j) and m.j not in taken:
            out[n] = m = _bounded(m, m.i, m.j + 1, tokens, text)  # «خالد الجار | الله»
            taken.add(m.j - 1)
        for j in (m.j + 2, m.j + 1):
            more = range(m.j, min(j, len(keys)))
            if len(more) < j - m.j or taken.intersection(more):
                continue
            if "\n" in text[tokens.starts[m.i] : tokens.ends[j - 1]]:
                continue
            if all(tokens.words[k][0].isalpha() for k in more) and "".join(keys[m.i : j]) in names:
                out[n] = _bounded(m, m.i, j, tokens, text)
                taken.update(more)
                break
    return out


def _with_third_word(
    tokens: TokenColumns, keys: list[str], text: str, m: Mention, taken: set[int]
) -> Mention:
    """A listed or titled given name and a family name, then a word of a family name of two,
    listed (no ordinary word: «نوراله اسعدی جمعه»), a town's or one no list knows, that a
    reporting verb, a comma and a post, «به سمت», «به عنوان» or «به پیشنهاد» ends: the third
    word is the family name's («مهدی شریفی زمانی افزود», «فرامرز لطیفی نمین به پیشنهاد»; not
    «جعفر پناهی پروانه نمایش ...», «مسعود پزشکیان نایب رئیس»)."""
    j = m.j
    if j - m.i != 2:
        return m
    given = first_name_at(keys, m.i) == 1 or m.ti < m.i  # «خانم عصمت خانی سدهی»
    family = name_word(keys[m.i + 1]) or keys[m.i + 1] in lx.family_name_words()
    if not (given and family):
        return m
    if j + 1 >= len(keys) or j in taken or not tokens.words[j].isalpha():
        return m
    if "\n" in text[tokens.ends[j - 1] : tokens.starts[j]] or keys[j] in lx.first_names():
        return m
    word = keys[j]
    town = lx.places().match(keys, j)
    listed = word in lx.family_name_words() or (town is not None and town[0] == j + 1)
    if not (listed or unknown_whole(tokens.words[j], word)) or verb(word) or ordinary(word):
        return m
    # a post right after may open with the word («پزشکیان نایب رئیس»): only past a comma
    ends = (
        (keys[j + 1] in COMMAS and post_after(keys, j + 1))
        or lx.reporting_verbs().match(keys, j + 1) is not None
        or keys[j + 1 : j + 3] in (["به", "سمت"], ["به", "عنوان"], ["به", "پیشنهاد"])
    )
    if not ends:
        return m
    taken.add(j)
    return _bounded(m, m.i, j + 1, tokens, text)


_QUOTES = frozenset('"«»“”')


def _god_after(keys: list[str], j: int) -> bool:
    """«الله» at token ``j`` ends the name before it, written apart: «خالد الجار الله»,
    «سید حسن نصر الله» (a name in «الله» or an Arabic one in «ال...»; not «الله اکبر»)."""
    if not 0 < j < len(keys) or keys[j] != "الله" or keys[j + 1 : j + 2] == ["اکبر"]:
        return False
    last = keys[j - 1]
    return last + "الله" in lx.name_words() or (last.startswith("ال") and len(last) > 3)


def _person_not_body(tokens: TokenColumns, keys: list[str], m: Mention, tagged: Tagged) -> bool:
    """A titled name or one before a post that the tagger calls an organization or place
    with no word more than the rule's («حضرت امام خامنه‌ای», «"نصار الربیعی" رئیس جنبش
    صدر»): a person, unless listed as a body or place; a longer span is a body named
    after a person («دولت حسن روحانی», «دانشگاه شهید بهشتی»)."""
    words = tokens.words
    start = m.ti
    while start > 0 and (keys[start - 1] in _HOLY_TITLES or lx.honorifics().match(keys, start - 1)):
        start -= 1  # «حضرت» before the rule's «امام»
    start -= start > 0 and words[start - 1] in _QUOTES
    end = m.j + (m.j < len(words) and words[m.j] in _QUOTES)
    kinded = [(kind, a, b) for kind, a, b in tagged if kind != "PER" and a < m.j and m.i < b]
    if (
        kinded
        and m.ti < m.i
        and all(kind == "ORG" and a_figure_in_no_body(keys, a, b) for kind, a, b in kinded)
    ):
        return True  # «منویات مقام معظم رهبری امام خامنه‌ای عزیز»: the figure, no body
    spans = [(a, b) for _, a, b in kinded]
    if not spans or any(b > end or (a < start and _body_before(keys, a, start)) for a, b in spans):
        return False
    for trie in (lx.places(), lx.organizations(), lx.agencies()):
        hit = trie.match(keys, m.i)
        if hit is not None and hit[0] == m.j:
            return False
    return m.ti < m.i or (end < len(keys) and lx.post_heads().match(keys, end) is not None)


def _body_before(keys: list[str], a: int, start: int) -> bool:
    """The tagger's span opens at ``a``, before the name's titles at ``start``, with words
    that name a place or body after the person («دانشگاه شهید بهشتی», «دولت آقای روحانی»),
    with more than a few words, or before an untitled name: not with words of the text it
    ran into a titled name («ناجوانمردانه سردار بزرگمان سردار سلیمانی»)."""
    titled = keys[start] in _HOLY_TITLES or lx.honorifics().match(keys, start) is not None
    heads = keys[a:start]
    bodies = lx.speaking_heads()
    return (
        not titled
        or len(heads) > 3
        or any(place_word_at(keys, k) for k in range(a, start))
        or any((k,) in bodies for k in heads)
    )


def _known_person(keys: list[str], i: int, j: int) -> bool:
    """Tokens ``[i, j)`` are a person's name the tagger's training text tags (but a given
    name alone, «نیما», which khabar leaves out)."""
    hit = known_names().match(keys, i)
    solo_given = j - i == 1 and keys[i] in lx.first_names()
    return hit is not None and hit[0] == j and hit[1].kind == "PER" and not solo_given


def _quoted_given_family(tokens: TokenColumns, keys: list[str], i: int, j: int) -> bool:
    """Tokens ``[i, j)`` fill quotation marks, a listed given name that is no word and a
    family name's word after it: a person's name, though that word is a post or a word of
    the language too («در بررسی صحنه قتل "میترا استاد"»)."""
    words = tokens.words
    return (
        j - i == 2
        and 0 < i
        and j < len(words)
        and words[i - 1] in QUOTES_OPEN
        and words[j] in QUOTES_CLOSE
        and lx.first_names().get(keys[i]) is False
        and keys[i + 1] in lx.family_name_words()
    )


def _compound_given(tokens: TokenColumns, keys: list[str], k: int, taken: set[int]) -> bool:
    """Token ``k`` is a given name made of two the list may lack («خدارضا», «غلامعباس»): no
    frequent word, ending in a listed given name after a name's word or a rare one; a
    frequent word no name holds before it ran into the name («مرگشادمهر», a headline's
    last word and the lead's given name)."""
    key = keys[k]
    if k in taken or not tokens.words[k].isalpha() or len(key) < 5 or rank(key) < FREQUENT:
        return False
    return any(
        key[n:] in lx.first_names() and not _plain_head(key[:n]) for n in range(2, len(key) - 2)
    )


def _plain_head(key: str) -> bool:
    """A frequent word that is no word of a name («مرگ»; not «خدا», «غلام»)."""
    return rank(key) < FREQUENT and key not in lx.name_words() and key not in lx.first_name_heads()


def _with_given_names(
    tokens: TokenColumns, keys: list[str], text: str, out: list[Mention], taken: set[int]
) -> list[Mention]:
    """A one-word name that stands is named in full where a given name opens it once
    («امیدی افزود» ... «خدارضا امیدی امروز»): its other mentions then join that person."""
    lone = {keys[m.i] for m in out if m.j - m.i == 1 and m.ti == m.i}
    for k in lx.positions(keys, lone):
        if (
            k
            and k not in taken
            and (
                _compound_given(tokens, keys, k - 1, taken)
                or _quoted_foreign_given(tokens, keys, k)
            )
        ):
            span = Span(tokens.starts[k - 1], tokens.ends[k])
            out.append(Mention(k - 1, k + 1, text[span.start : span.end], [], span, span, k - 1))
            taken.update((k - 1, k))
    return out


def _quoted_foreign_given(tokens: TokenColumns, keys: list[str], k: int) -> bool:
    """The lone name at ``k`` and a foreign given name before it fill quotation marks, the
    given name a word of Persian too («"ران جاکوب" در گفتگو با ...» ... «جاکوب تصریح کرد»)."""
    words = tokens.words
    return (
        k > 1
        and k + 1 < len(words)
        and words[k - 2] in QUOTES_OPEN
        and words[k + 1] in QUOTES_CLOSE
        and keys[k - 1] in lx.foreign_given_words()
    )


def _lone_figure(keys: list[str], m: Mention) -> bool:
    """``m`` is a listed figure's surname alone, with no title («نیچه», «شارون»)."""
    return m.j - m.i == 1 and m.ti == m.i and _listed_whole(keys, m.i, m.j)


def _family_after(keys: list[str], m: Mention, j: int) -> bool:
    """The tagger's one word after a figure's lone surname is a family name, not another's
    given name: the surname is a given name there («شارون استون», not Ariel Sharon)."""
    return (
        j == m.j + 1
        and _lone_figure(keys, m)
        and (j == len(keys) or keys[j] in _ITEM_ENDS)  # an item of a list of names
        and keys[m.j] not in lx.foreign_given_names()
        and not first_name_at(keys, m.j)
        and not text_word(keys[m.j])
        and lx.foreign_figures().match(keys, m.j) is None  # «کلینتون | اوباما»
    )


def _given_before(tokens: TokenColumns, keys: list[str], i: int) -> bool:
    """The tagger's word at ``i``, before a figure's lone surname, is a given name: no
    frequent word and no word of kin, opening a sentence or an item of a list («جک نیچه»;
    not «"جارد کوشنر" داماد ترامپ»)."""
    return (
        rank(keys[i]) >= FREQUENT
        and not kin(keys[i])
        and (i == 0 or tokens.words[i - 1] in _ITEM_ENDS or tokens.words[i - 1] == ".")
    )


_ITEM_ENDS = frozenset({"،", ",", "؛", "و"})


def _named_for_given(tokens: TokenColumns, keys: list[str], i: int) -> bool:
    """The family name at ``i`` is the word before it with «ی»: that word is a given name,
    the family's named for it («شفیع شفیعی», «حسن حسنی»)."""
    return i > 0 and keys[i] == keys[i - 1] + "ی" and tokens.words[i - 1].isalpha()


def _unseen_given(tokens: TokenColumns, keys: list[str], i: int) -> bool:
    """Token ``i`` is a word no list or count of words knows, a given name of another
    language where it opens an item of a list of names or a sentence (``_given_before``)."""
    word = tokens.words[i]
    return (
        rank(keys[i]) == RARE
        and word.isalpha()
        and not unknown_word(keys[i])
        and not verb(keys[i])
        and _given_before(tokens, keys, i)
    )


def _figure_work(tokens: TokenColumns, keys: list[str], i: int, j: int) -> bool:
    """Tokens ``[i, j)``, or the word before them with them, are in quotes, two words, an
    ordinary word and a figure's lone surname after it («در میان این آثار یکی «کلاه کافکا»
    است»): the title of a work, no person."""
    i -= j - i == 1
    return (
        j - i == 2
        and 0 < i
        and j < len(keys)
        and tokens.words[i - 1] in QUOTES_OPEN
        and tokens.words[j] in QUOTES_CLOSE
        and ordinary(keys[i])
        and not first_name_at(keys, i)
        and keys[i] not in lx.foreign_given_names()
        and _listed_whole(keys, j - 1, j)
        and not _listed_whole(keys, i, j)  # «« جو بایدن »»: the figure's full name
    )


def _foreign_given(key: str) -> bool:
    """A listed foreign given name that is no frequent word («خاویر», «باراک»)."""
    return key in lx.foreign_given_names() and rank(key) >= FREQUENT


def _listed_whole(keys: list[str], i: int, j: int) -> bool:
    """Tokens ``[i, j)`` are a listed figure's name, all of it."""
    figure = lx.foreign_figures().match(keys, i)
    return figure is not None and figure[0] == j


def _named_after(keys: list[str], i: int) -> bool:
    """Token ``i``, past the titles before it, follows a word of a place or institution
    named after someone («دانشگاه شهید بهشتی», «سدهای»), a king's title between too («باغ
    تزار سیمون»)."""
    k = i - 1
    while k > 0 and (
        keys[k] in _TITLE_WORDS or keys[k] in _CALLED or keys[k] in _RANKS or royal(keys, k)
    ):
        k -= 1  # «ناو موسوم به "ادمیرال ماکاروف"», «هنرستان شهید حاجی عباسی», «باغ تزار سیمون»
    # «سیلوهای آذر پیکان و شهید رجایی»: a title after «و» joins the place before
    return place_word_at(keys, k) or (k < i - 1 and coordinated_place(keys, k))


_CALLED = frozenset({"موسوم", "به", '"', "«", "“"})
# a general's ranks, between a place's word and the martyr it is named after («جام سردار
# شهید سپهبد حاج قاسم سلیمانی»), and a pilot's («یادمان خلبان شهید حیدری»)
_RANKS = frozenset({"سپهبد", "سرلشکر", "سرتیپ", "ارتشبد", "دریادار", "امیر", "تیمسار", "خلبان"})
_TITLE_WORDS = frozenset(
    {"شهید", "شهیده", "سردار", "امام", "آیتالله", "علامه", "حاج", "حاجی", "خواجه"}
)


def _bounded(m: Mention, i: int, j: int, tokens: TokenColumns, text: str) -> Mention:
    """``m`` as tokens ``[i, j)``; its titles stay if they still stand right before it."""
    name = Span(tokens.starts[i], tokens.ends[j - 1])
    ti = m.ti if i == m.i else i
    titles = m.titles if i == m.i else []
    full = Span(tokens.starts[ti], name.end)
    return Mention(i, j, text[name.start : name.end], titles, name, full, ti)


_HOLY_TITLES = frozenset({"حضرت", "امام", "پیامبر", "امامزاده"})


def _lone_name(
    tokens: TokenColumns, keys: list[str], i: int, marked: dict[str, int], known: bool
) -> bool:
    """One word the tagger calls a person, with no other name in the article to lean on,
    stands as the subject of a reporting verb («کولیوند افزود:») or where the tagger calls
    it a person more than once in the article («سندرز ... کمپین سندرز»): not «شاکیان،», «با
    کرونا خبر داد», a glued «حمعاون», an adjective («مقامی») or a given name alone («علی»,
    «نیما»). A ``known`` person's name (``_known_person``) may be a frequent word or look
    glued («کلینتون», «کویکه»), and stands after a title («دکتر مصدق»), before a post too
    («زنگنه وزیر نفت») or «ملقب به» (nicknamed), but as a word of the text («عقل سلیمی») it
    needs the same context."""
    k = keys[i]
    if k in lx.first_names() or (not known and (adjective(k) or ordinary(k))):
        return reported_word(tokens, keys, i, marked)  # «تابش گفت:» ... «تابش افزود:»
    if marked.get(k, 0) > 1:
        return True
    n = i + 1 + 2 * (keys[i + 1 : i + 3] == ["در", "ادامه"])  # «یوسفی در ادامه گفت»
    after = [t for t in (n, n + 1) if t < len(keys)]
    family = _family_alone(k)
    # its ending past a ZWNJ («جهان‌پور»), or a listed family name and a nisba past one
    apart = family_end_apart(tokens.words[i]) or _family_and_nisba(tokens.words[i])
    if (known or family or apart) and _title_before(keys, i):
        return True  # «دکتر مصدق», «شهید چمران»: a title names the person after it
    if family and _post_after(keys, i + 1):
        return True  # «از ابراهیمی رئیس سابق یگان ...»
    if family and post_before(keys, i):
        return True  # «قاضی منصوری از دستگیری ... خبر داد»
    if (family or apart) and i and keys[i - 1] in _PERSONS_OWN:
        return True  # «به گفته بابایی»، «دولت خاتمی», «مدیران دوران احمدی‌نژاد»
    if family and _among_names(keys, i):
        return True  # «آباذری، مسکینی، کریمی، نفراتی», «جلالی و جهانگیرزاده»
    if _opening_subject(tokens, keys, i, family):
        return True  # «خرازی همچنین خواستار ... شد», «امین‌زاده در این ملاقات ...»
    if (family or apart) and _subject_after_that(keys, i):
        return True  # «با ابتکاری که علی‌نژاد ارائه کرد»
    if i and tokens.words[i - 1][0].isalpha():
        return False
    if apart and _post_after(keys, i + 1):
        return True  # «جهان‌پور، سخنگوی ...»; not «بالای تصویر احمدی‌نژاد رییس‌جمهوری ...»
    if known and after and (lx.post_heads().match(keys, after[0]) or keys[i + 1] == "ملقب"):
        return True  # «زنگنه وزیر نفت», «پوگبا ملقب به جواهر فرانسوی»
    return any(lx.reporting_verbs().match(keys, t) for t in after)


# what goes on a clause's subject right after it: «X در این ملاقات ...», «X که ...», «X
# همچنین خواستار ... شد»
_GOES_ON = frozenset(lx.key(w) for w in "در که نیز همچنین سپس ضمن پس پیش طی هم".split())


# what parts the items of a list: «X، Y و Z», «سعدی و حافظ یا فردوسی»
_LIST_MARKS = frozenset({*COMMAS, "و", "یا"})


def _among_names(keys: list[str], i: int) -> bool:
    """The tagger's one-word person at ``i`` is an item of a list beside another family
    name alone (``_family_alone``) or a given name: «کاراته‌کاهایی مثل امیر میرزایی،
    آباذری، مسکینی، کریمی، نفراتی», «فروزش، جلالی و جهانگیرزاده»; not beside a word of
    another kind («مبتلایان و قربانیان», «چهارمحال و بختیاری», «اموی و عباسی», «مراسم
    تبلیغی، عبادی، دعا», «در عمل پاکیزه و نیکو»), nor before a rare word that may be the
    rest of its name («نظری و امیری | اسفندقه»)."""

    def bound(k: int) -> bool:  # a list's mark, a function word or no word at ``k``
        return not 0 <= k < len(keys) or not keys[k][:1].isalpha() or keys[k] in bounds

    def family(k: int) -> bool:  # a family name alone in its item: not «عمل پاکیزه | و نیکو»
        return 0 <= k < len(keys) and _family_alone(keys[k]) and bound(k - 1) and bound(k + 1)

    def given(k: int) -> bool:  # a given name that is no word: «نیکزاد، خلیلی، محمد حسینی»
        return k < len(keys) and lx.first_names().get(keys[k]) is False and not adjective(keys[k])

    bounds = _LIST_MARKS | stopwords()
    n = i + 1
    if n < len(keys) and keys[n][:1].isalpha() and keys[n] not in _LIST_MARKS:
        if rank(keys[n]) >= FREQUENT:
            return False  # «امیری اسفندقه»
    if not bound(i - 1):
        return False  # «محسن قاضی | مرادی، محمود بهرامی»: the end of a name cut short
    before = i > 1 and keys[i - 1] in _LIST_MARKS and family(i - 2)
    after = n < len(keys) and keys[n] in _LIST_MARKS and (family(n + 1) or given(n + 1))
    return before or after


def _opening_subject(tokens: TokenColumns, keys: list[str], i: int, family: bool) -> bool:
    """The tagger's one-word person opens a sentence, and what follows goes on a subject
    (``_GOES_ON``, or a post): «امین‌زاده در این ملاقات ...», «خرازی همچنین خواستار ...
    شد», «نیکزاد هم چهره شاخص ... است». The word is a listed family name that is no common
    word (``family``) or one with its ending past a ZWNJ; not a rare word no list holds,
    which opens a sentence as a drug, a plant, a city or a service does («دگزامتازون»,
    «ارگانو», «کراکوف», «توییتر»); not before a sentence of «وی نیز» (``_he_too_after``) nor
    after one a post opens (``_post_opened_before``)."""
    if i and tokens.words[i - 1] not in FINAL:
        return False
    j = i + 1
    if j >= len(keys) or not (keys[j] in _GOES_ON or _post_after(keys, j)):
        return False
    if _he_too_after(keys, i) or _post_opened_before(keys, i):
        return False
    return family or family_end_apart(tokens.words[i])


def _subject_after_that(keys: list[str], i: int) -> bool:
    """The tagger's one-word person stands right after «که» and right before its clause's
    verb, a compound verb's frequent noun and a light verb («ابتکاری که علی‌نژاد ارائه کرد»)
    or a verb alone: the subject of what the clause says was done."""
    if i < 1 or keys[i - 1] != "که" or i + 1 >= len(keys):
        return False
    after = keys[i + 1]
    if verb(after):
        return True
    return (
        i + 2 < len(keys)
        and rank(after) < FREQUENT
        and after not in lx.first_names()
        and light_verb_form(keys[i + 2])
    )


_HE_TOO = (["وی", "نیز"], ["او", "نیز"])
_SENTENCE_REACH = 80  # tokens to the end of the sentence the name opens


def _opening_before_post(
    tokens: TokenColumns, keys: list[str], marked: set[int]
) -> list[tuple[int, int]]:
    """Words the tagger leaves unmarked that open a sentence or a clause right before a post
    (``post_after``), and are a listed family name that is no common word, given name or verb
    (``_family_alone``): «عضو مجلس خبرگان رهبری، پیریایی استاندار قم، ...», «... و دارائی ،
    نوربخش ، رئیس كل بانک مرکزی»; the post names its holder there. Not before a title
    («شادروان استاد فروزانفر»). One-word spans of the tagger's kind, to pass the checks its
    own names pass (``_lone_name``)."""
    out: list[tuple[int, int]] = []
    words = tokens.words
    if not words:
        return out
    opened = [0, *compress(count(1), map(_OPENERS.__contains__, words[:-1]))]  # in C
    for i in opened:
        key = keys[i]
        if i in marked:
            continue
        if not _family_alone(key) or key in lx.first_names() or verb(key):
            continue
        if i + 1 < len(keys) and keys[i + 1] not in COMMAS and lx.honorifics().match(keys, i + 1):
            continue  # «شادروان استاد فروزانفر»: a title of the dead before another's
        if post_after(keys, i + 1):
            out.append((i, i + 1))
    return out


def _post_opened_before(keys: list[str], i: int) -> bool:
    """The sentence before the one opened at ``i`` opens with a post: its holder, unnamed
    there, would be taken for the name («رئیس‌جمهور ترکیه همچنین ... خواستار ... شد.
    امین‌زاده در این ملاقات ...»: Turkey's president's words are not the ambassador's)."""
    k = i - 2
    while k >= 0 and keys[k] not in FINAL and i - k < _SENTENCE_REACH:
        k -= 1
    return (k < 0 or keys[k] in FINAL) and lx.post_heads().match(keys, k + 1) is not None


def _he_too_after(keys: list[str], i: int) -> bool:
    """The sentence opened at ``i`` is followed by one of «وی نیز» or «او نیز» (he too): the
    other side of talks speaks there, and a name taken here would be given his words
    («خرازی همچنین خواستار ... شد. وی نیز ... گفت:», the Russian minister's)."""
    for k in range(i + 1, min(len(keys), i + _SENTENCE_REACH)):
        if keys[k] in FINAL:
            return keys[k + 1 : k + 3] in _HE_TOO
    return False


def _bare_before_post(tokens: TokenColumns, keys: list[str], text: str, m: Mention) -> bool:
    """A rule's name of one word, untitled, right before a post or set off from it by a
    comma, written with a family name's ending after a ZWNJ («... ، محبی‌نیا نماینده مردم
    میاندوآب», «با تقوی‌نژاد مدیر امور مالیاتی»): the post names a person there, whether or not
    the tagger marks him. Not a listed family name that is a word too («هندی», «شادروان»),
    nor a word no list holds, which in the news is as often two words run together («وجود
    دارداین فعال سیاسی»); not past a line's end."""
    if m.j - m.i != 1 or m.ti < m.i or not post_after(keys, m.j):
        return False
    if "\n" in text[tokens.ends[m.i] : tokens.starts[min(m.j + 1, len(keys) - 1)]]:
        return False
    return family_end_apart(tokens.words[m.i])


def _paired_names(keys: list[str], spans: list[tuple[int, int]]) -> set[int]:
    """One-word names of the tagger's joined by «و» to another name of its own («رجائی و
    باهنر», «پانوچی و رونالدو», «سروش و کدیور»): two persons named together, each the
    context of the other. The starts of those of one word; not where a rarer word follows,
    which may be the rest of the name the tagger cut («رشیدا جونز و رونی | مارا»)."""
    ends = {j for _, j in spans}
    starts = {i for i, _ in spans}
    return {
        i
        for i, j in spans
        if j - i == 1
        and ((j + 1 in starts and keys[j] == "و") or (i - 1 in ends and keys[i - 1] == "و"))
        and (j == len(keys) or not keys[j][:1].isalpha() or rank(keys[j]) < FREQUENT)
    }


def _name_like(key: str) -> bool:
    """A word that may be a family name alone: no given name, no ordinary word, no adjective."""
    return key not in lx.first_names() and not ordinary(key) and not adjective(key)


def _town_persons(
    tokens: TokenColumns, keys: list[str], spans: list[tuple[int, int]], marked: dict[str, int]
) -> set[str]:
    """Family names that are also an Iranian town's («یونسی», a town of Razavi Khorasan),
    which the tagger calls a person alone and the article shows a person at one mention
    at least: after a title, before a post («یونسی رئیس وقت سازمان قضائی»), after a word of
    what its owner says («به گفته ...») or as the subject of a reporting verb
    (``_lone_name`` without the tagger's repeats). There every mention the tagger marks
    stands; a town's name alone, where nothing names a person, stays a place."""
    towns = {keys[i] for i, j in spans if j - i == 1 and marked.get(keys[i], 0)}
    towns = {k for k in towns if _family_alone(k) and home_place(k)}
    if not towns:
        return towns
    return {
        keys[i]
        for i, j in spans
        if j - i == 1 and keys[i] in towns and _lone_name(tokens, keys, i, {}, False)
    }


def _family_and_nisba(word: str) -> bool:
    """A family name of two parts a ZWNJ joins: a listed family name that is no adjective
    and a word in «ی» of letters after it that is no common word, most often of a place
    («موسوی‌لارگانی», «هاشمی‌رفسنجانی», «حسینی‌بهشتی»)."""
    head, zwnj, end = word.partition("\u200c")
    if not zwnj or len(end) < 4 or not end.endswith("ی") or not end.isalpha():
        return False
    first, last = lx.key(head), lx.key(end)
    return (
        first in lx.family_name_words()
        and not adjective(first)
        and last not in lx.common_words()
        and not adjective(last)
    )


def _family_alone(key: str) -> bool:
    """A word of a listed family name that is no common word, no adjective and no plural of
    a title («خاتمی», «قدیری», «یونسی»): where the tagger reads a person, one after a title,
    before a post or after a word of what its owner says or heads («دولت خاتمی», «به نظر
    فدوی»; ``_lone_name``)."""
    return (
        key in lx.family_name_words()
        and key not in lx.common_words()
        and key not in _PLURAL_TITLES
        and not adjective(key)
    )


_PLURAL_TITLES = frozenset({"آقایان", "خانمها"})
_OPENERS = frozenset((*FINAL, *COMMAS))  # what a sentence or a clause opens after


def _dynasty_after(words: list[str], keys: list[str], i: int, j: int) -> int:
    """1 where an Arab's name of the son of someone («حامد بن خلیفه») goes on with his house
    written as one word («آل‌ثانی», «آل‌نهیان»), which the tagger read as a body; else 0."""
    if j >= len(keys) or not words[j].startswith(_HOUSE) or len(words[j]) <= len(_HOUSE):
        return 0
    return int(son_of_within(keys, i, j))


_HOUSE = "آل\u200c"


def _endearment(keys: list[str], i: int) -> bool:
    """«جان» after a bare «خانم» or «آقا» is an endearment, the name of no John: «آقا جان
    خدابیامرز» (the late father), «خانم جان آش‌رشته بار می‌گذاشت»."""
    return i > 0 and keys[i] == _JAN and keys[i - 1] in _ADDRESS


# «جان» (dear) after a bare word of address makes a name of endearment («خانم‌جان», «آقاجان»)
_JAN = lx.key("جان")
_ADDRESS = frozenset({lx.key("خانم"), lx.key("آقا")})


# a party's word (``namewords``) or a caucus: one word after it is its name
_PARTY_WORDS = PARTY_WORDS | {lx.key("فراکسیون")}


# What a person says, thinks, writes or heads, before the family name of its owner
_PERSONS_OWN = frozenset(
    "گفته نظر سخنان سخن اظهارات کلام گفتمان پیام دیدگاه دیدگاههای نامه اشعار آثار افکار"
    " اندیشه اندیشههای دولت دوران سکوت پاسخ پند".split()
    # and those who follow, oppose or are kin to him («یاران شمسایی», «پسر یغما») or close to
    # him («از نزدیکان احمدی‌نژاد», «اطرافیان»)
    + " یاران طرفداران حامیان مخالفان شاگردان همسر پسر دختر پدر مادر خانواده".split()
    + " نزدیکان اطرافیان".split()
)


def _post_after(keys: list[str], j: int) -> bool:
    """A post opens at token ``j``, past a comma (``post_after``), or past «و», one more
    family name and a comma (two named, then their posts)."""
    if j + 2 < len(keys) and keys[j] == "و" and keys[j + 2] in COMMAS:
        j += 2
    return post_after(keys, j)


def _title_before(keys: list[str], i: int) -> bool:
    """A title (``honorifics.tsv``) ends right before token ``i``."""
    titles = lx.honorifics()
    return any((m := titles.match(keys, k)) and m[0] == i for k in range(max(0, i - 3), i))


def _holy(tokens: TokenColumns, keys: list[str], i: int, j: int) -> bool:
    """A holy figure («امام حسین (ع)», «حضرت فاطمه زهرا (س)»), as the rules leave out:
    not a subject of the news. PEYMA tags them; khabar does not, on purpose."""
    if "(" in tokens.words[i:j] or (i and keys[i - 1] in _HOLY_TITLES):
        return True
    if prophet_epithet(keys, i, j):
        return True  # «رسول خدا»
    return j + 1 < len(keys) and tokens.words[j] == "(" and keys[j + 1] in HOLY_MARKS
