"""Fact extraction over a repaired Document: people, posts, quotes, organizations, places,
quantities, dates, commitments, the cited source and the title."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from typing import Any

from khabar.extract import lexicons as lx
from khabar.extract.aged_names import with_aged_names
from khabar.extract.anaphor_posts import hold_anaphor_posts, own_posts
from khabar.extract.apposed_names import apposed_names
from khabar.extract.appositive_ends import with_appositive_ends, with_bound_parts
from khabar.extract.bracketed_given import with_bracketed_given_names
from khabar.extract.called_names import called_again, called_names, with_called_names
from khabar.extract.candidacies import candidacy_posts
from khabar.extract.clause_nouns import without_clause_nouns
from khabar.extract.clause_vetoes import without_clause_words
from khabar.extract.colloquial import without_run_together_lyrics
from khabar.extract.column_writers import with_column_writers
from khabar.extract.commitments import find_commitments
from khabar.extract.company_names import without_company_names
from khabar.extract.confidence import assign as assign_confidence
from khabar.extract.coref import (
    adopt_named_next,
    called_by_post,
    headline_digest,
    one_wording,
    opened_lines,
)
from khabar.extract.credits import with_credited_names
from khabar.extract.dates import find_dates
from khabar.extract.demonym_names import with_demonym_names
from khabar.extract.entities import (
    find_organizations,
    find_places,
    find_source,
    find_title,
    with_outlets,
)
from khabar.extract.epithets import without_epithets
from khabar.extract.family_apart import merge_family_apart
from khabar.extract.family_continued import (
    with_continued_family_names,
    with_family_parts_apart,
    with_second_family_names,
)
from khabar.extract.family_pairs import with_family_pairs
from khabar.extract.film_characters import without_credited_titles, without_film_characters
from khabar.extract.flanked_items import with_flanked_items
from khabar.extract.foreign_surnames import (
    with_foreign_family_after,
    with_foreign_given_words_before,
    with_foreign_surnames,
    with_hyphenated_family_names,
)
from khabar.extract.general_posts import said_of_any_holder
from khabar.extract.given_heads import (
    with_given_heads,
    with_given_names_after_and,
    with_haji_family_names,
    with_item_given_names,
)
from khabar.extract.given_subjects import given_subjects
from khabar.extract.glued_ends import with_glued_ends, with_glued_family_names
from khabar.extract.glued_named import with_glued_named
from khabar.extract.glued_names import (
    run_into_heading,
    with_glued_given_names,
    with_glued_names,
)
from khabar.extract.glued_posts import (
    glued_posts,
    mended_post,
    name_glued_posts,
    run_on_posts,
)
from khabar.extract.glued_surnames import glued_surnames
from khabar.extract.heading_posts import run_in_posts
from khabar.extract.initials import with_initials
from khabar.extract.joined_names import joined_names
from khabar.extract.joined_posts import hold_joined
from khabar.extract.kin_names import with_kin_names
from khabar.extract.late_named_posts import late_named_posts
from khabar.extract.lead_pairs import hold_lead_pairs
from khabar.extract.led_lists import with_led_lists
from khabar.extract.list_items import with_list_items
from khabar.extract.list_partners import with_list_partners
from khabar.extract.lone_surnames import lone_surnames
from khabar.extract.misspelled_names import merge_misspelled, merge_misspelled_given
from khabar.extract.name_lists import (
    find_crafted_names,
    find_listed_names,
    with_listed_rule_names,
    with_quoted_list_items,
)
from khabar.extract.name_merges import merge_held_names
from khabar.extract.name_verbs import without_verbs
from khabar.extract.named_things import without_named_things
from khabar.extract.names_run_together import with_given_names_parted, with_names_parted
from khabar.extract.names_side_by_side import with_names_side_by_side
from khabar.extract.one_of_persons import one_of_persons
from khabar.extract.opponents import with_opponents
from khabar.extract.origin_names import with_origin_names
from khabar.extract.paper_lists import without_listed_papers
from khabar.extract.people import Mention, find_people, find_plain_names, held_tokens
from khabar.extract.plant_names import without_plant_names
from khabar.extract.plural_posts import hold_plural_posts
from khabar.extract.poet_names import with_poet_names
from khabar.extract.posted_surnames import with_posted_surnames
from khabar.extract.posts import find_posts, ruler_starts
from khabar.extract.quantities import find_quantities
from khabar.extract.quoted_siblings import quoted_siblings
from khabar.extract.quoted_whole import with_quoted_first_words, with_quoted_last_words
from khabar.extract.quotes import find_quotes
from khabar.extract.quotes_without_verb import title_person
from khabar.extract.reference_titles import without_reference_titles
from khabar.extract.registry import (
    build_registry,
    glosses_word_before,
    in_career_list,
    resolve_post,
)
from khabar.extract.regnal_numbers import with_regnal_numbers
from khabar.extract.reported_names import reported_names
from khabar.extract.roll_items import with_ranked_items, with_roll_items
from khabar.extract.run_on_words import without_run_on_words
from khabar.extract.run_together_names import with_run_together_names
from khabar.extract.scored_teams import without_scored_teams
from khabar.extract.shared_family import with_shared_family_names
from khabar.extract.sheikh_family import with_sheikh_families
from khabar.extract.short_given_names import merge_short_given
from khabar.extract.subject_going_on import adopt_subject_going_on
from khabar.extract.surname_mentions import surname_mentions
from khabar.extract.surname_tails import surname_tails
from khabar.extract.surnames_run_in import with_surnames_run_in
from khabar.extract.tagged import people as tagged_people
from khabar.extract.tagged_entities import organizations as tagged_organizations
from khabar.extract.tagged_entities import places as tagged_places
from khabar.extract.tagged_spans import kind_spans, titled_namesakes
from khabar.extract.tagger import rule_marks, tag_tokens
from khabar.extract.team_names import without_team_names
from khabar.extract.title_posts import adopt_title_subject
from khabar.extract.titled_given import without_words_after_titled_given
from khabar.extract.titled_lists import with_titled_lists, with_titled_pairs
from khabar.extract.titled_surnames import surnames_after_titles, titled_surnames
from khabar.extract.triggers import (
    CLAN,
    COMMITMENT,
    COMPANY,
    CREDIT,
    FINAL,
    GAZETTEER,
    GIVEN,
    ORGANIZATION,
    OUTLET,
    PERSON,
    PLACE,
    PLURAL,
    POST,
    QUOTE,
    QUOTE_OPEN,
    SOURCE,
    STOP,
    find_triggers,
)
from khabar.extract.unlisted_given import with_unlisted_given_names
from khabar.extract.unlisted_names import (
    find_court_names,
    find_imam_surnames,
    find_quoted_names,
    find_unlisted_names,
    quoted_over,
)
from khabar.extract.word_figures import with_word_figures
from khabar.extract.word_opened_names import with_word_opened_names
from khabar.extract.word_vetoes import without_plain_words
from khabar.extract.written_longer import with_names_written_longer
from khabar.model import Document, Organization
from khabar.text.offsets import Span

__all__ = ["extract", "extract_text"]


def extract(doc: Document, *, use_model: bool = True) -> Document:
    """Fill ``doc`` with its facts (in place) and return it.

    ``use_model=False`` leaves out the learned tagger: the rules alone, as before it.
    """
    tokens, text = doc.token_columns, doc.text
    keys, sentences, starts_of = token_index(doc)
    spans = [(a, b) for _, a, b in sentences]  # each sentence's tokens, read by many rules
    starts = {a for a, _ in spans}
    mentions = rule_people(doc, keys, sentences, starts_of)
    tagged: list[tuple[str, int, int]] = []
    if use_model:
        marks, rule_orgs = _rule_marks(doc, keys, starts_of, mentions)
        tagged = tag_tokens(
            tokens, keys, spans, marks, opening=starts_of[GAZETTEER], stops=starts_of[STOP]
        )
        tagged = titled_namesakes(keys, tagged)  # «خیابان سید | جمال‌الدین اسدآبادی»
        rules = mentions
        mentions = tagged_people(tokens, keys, text, tagged, rules)
        mentions = with_listed_rule_names(rules, mentions, keys)
    mentions = with_quoted_list_items(tokens, keys, text, mentions)
    mentions = with_list_items(tokens, keys, text, mentions, spans)
    mentions = with_flanked_items(tokens, keys, text, mentions, spans)
    mentions = with_titled_lists(tokens, keys, text, mentions)
    mentions = with_led_lists(tokens, keys, text, mentions)
    mentions = with_titled_pairs(tokens, keys, text, mentions)
    mentions = with_credited_names(tokens, keys, text, mentions, spans, starts_of[CREDIT])
    rolled = with_roll_items(tokens, keys, text, mentions, spans)
    if rolled is not mentions:  # the items added may stand in another roll: read again
        rolled = with_roll_items(tokens, keys, text, rolled, spans)
    mentions = rolled
    mentions = with_opponents(tokens, keys, text, mentions)  # «مقابل X از ترکمنستان»
    mentions = with_aged_names(tokens, keys, text, mentions)  # «، اردال کویومجو 44 ساله»
    mentions = with_column_writers(tokens, keys, text, mentions)  # «خطار أبودیاب در العرب نوشت:»
    mentions = with_demonym_names(tokens, keys, text, mentions)
    mentions = without_scored_teams(keys, mentions, tagged)
    mentions = with_foreign_surnames(tokens, keys, text, mentions, starts_of[POST], tagged)
    distinct = lx.distinct(tokens.words)  # each word once, for the scans of words run together
    distinct_keys = lx.distinct(keys)
    mentions = with_glued_names(tokens, keys, text, mentions, distinct, distinct_keys)
    mentions = with_glued_ends(tokens, text, mentions)
    mentions = with_glued_family_names(tokens, keys, text, mentions)
    mentions = with_glued_named(tokens, keys, text, mentions)  # «رومینا اشرفی | پس»
    mentions = with_glued_given_names(tokens, keys, text, mentions, distinct)
    mentions = with_initials(tokens, keys, text, mentions)
    mentions = with_given_heads(tokens, keys, text, mentions)
    mentions = with_item_given_names(tokens, keys, text, mentions)
    mentions = with_given_names_after_and(tokens, keys, text, mentions)  # «وسعید | علی حسینی»
    mentions = with_haji_family_names(tokens, keys, text, mentions)
    mentions = with_unlisted_given_names(tokens, keys, text, mentions)  # «ولادمیر | پوتین»
    mentions = with_foreign_family_after(tokens, keys, text, mentions)  # «اران | سگال»
    mentions = with_foreign_given_words_before(tokens, keys, text, mentions)  # «بیل | اوربان»
    mentions = with_hyphenated_family_names(tokens, keys, text, mentions)  # «لاگوناس- سولار»
    mentions = without_verbs(tokens, text, mentions)
    mentions = with_continued_family_names(tokens, keys, text, mentions, starts)
    mentions = with_names_written_longer(tokens, keys, text, mentions)  # «جوادی | حصار»
    mentions = with_second_family_names(tokens, keys, text, mentions)  # «توکل | صدیقی»
    mentions = with_family_parts_apart(tokens, keys, text, mentions)
    mentions = with_appositive_ends(tokens, keys, text, mentions)
    mentions = with_bound_parts(tokens, keys, text, mentions)
    mentions = with_quoted_first_words(tokens, keys, text, mentions)
    mentions = with_quoted_last_words(tokens, keys, text, mentions)  # «مهدی افشار قهرمانی»
    mentions = with_shared_family_names(tokens, keys, text, mentions)
    mentions = with_list_partners(tokens, keys, text, mentions)
    mentions = with_origin_names(tokens, keys, text, mentions)
    mentions = with_run_together_names(tokens, keys, text, mentions)  # «... سیاوش | شهابی»
    mentions = with_surnames_run_in(tokens, keys, text, mentions)  # «توکلی | محمدحسنی،»
    called = called_names(tokens.words, keys)  # «مردی به نام منصور»: for persons, then the registry
    mentions = with_called_names(tokens, text, mentions, called)
    mentions = without_film_characters(keys, mentions, spans)
    mentions = without_credited_titles(keys, mentions)  # «ناخدا خورشید (ناصر تقوائی، ۱۳۶۵)»
    mentions = without_company_names(keys, mentions, starts_of[COMPANY])
    mentions = without_plant_names(keys, mentions)  # «عصاره مریم گلی»
    mentions = without_named_things(keys, mentions)  # «نفتکش ایران به نام فاکسون»
    mentions = without_team_names(keys, mentions)  # «تیم فوتبال شاهین بوشهر»: «شاهین»
    mentions = with_names_parted(tokens, keys, text, mentions)  # «شهیدی‌فرد | معادی»
    mentions = with_given_names_parted(tokens, keys, text, mentions)  # «علی شامی | بهنام صفایی»
    mentions = without_reference_titles(keys, mentions)  # «1387، محجه البیضاء، قم»
    mentions = without_listed_papers(keys, mentions)  # «روزنامه‌های ... جوان، نسیم صبا و کیهان»
    mentions = without_run_together_lyrics(keys, mentions, spans)  # «خاطره هامه عزیزمبا»
    mentions = without_plain_words(tokens, keys, text, without_epithets(keys, mentions))
    mentions = without_clause_words(tokens, keys, text, mentions)
    mentions = without_clause_nouns(tokens, keys, text, mentions)  # «رومینا | سیزده ساله»
    mentions = without_run_on_words(tokens, keys, text, mentions)
    mentions = with_poet_names(tokens, keys, text, mentions)  # «غزلی از حافظ»
    mentions = with_ranked_items(tokens, keys, text, mentions)  # «مقام اول رامیلا | عباسی مقام دوم»
    mentions = with_regnal_numbers(tokens, keys, text, mentions)  # «تزار نیکولاس | دوم»
    mentions = with_bracketed_given_names(tokens, keys, text, mentions)  # «رضا (کامران) مولایی»
    mentions = with_kin_names(tokens, keys, text, mentions)  # «خواهر سائد عادل عیسی»
    mentions = with_word_opened_names(tokens, keys, text, mentions)  # «ابن فراء», «خلیفه حفتر»
    mentions = with_sheikh_families(tokens, keys, text, mentions)  # «حسن شیخ حائری»
    mentions = with_family_pairs(tokens, keys, text, mentions)  # «(غلامی و یزدانی)»
    mentions = with_posted_surnames(tokens, keys, text, mentions)  # «زحمات سالاری رئیس سازمان»
    mentions = with_word_figures(tokens, keys, text, mentions)  # «دولت روحانی», «آقای قالیباف»
    mentions = with_names_side_by_side(tokens, keys, text, mentions)  # «سهیل بیرقی | سهیل بیرقی»
    person_tokens = held_tokens(mentions)
    post_starts = starts_of[POST]
    if rulers := ruler_starts(keys, starts_of[PERSON]):
        post_starts = sorted(post_starts + rulers)
    names = {m.ti: m.j for m in mentions}
    posts = [
        (r.i - 1 not in person_tokens and mended_post(tokens, keys, text, r)) or r
        for r in find_posts(tokens, keys, text, post_starts, names)
        if r.i not in person_tokens
    ]
    taken = {r.i for r in posts}
    posts += [
        r
        for r in run_on_posts(tokens, keys, text, distinct_keys)
        if r.i not in person_tokens | taken
    ]
    if candidacies := candidacy_posts(tokens, keys, text, mentions):  # «سندرز، نامزد دموکرات‌ها»
        held = person_tokens | {k for r in posts for k in range(r.i, r.j)}
        posts += [r for r in candidacies if r.i not in held]
    glued = [r for r in glued_posts(tokens, keys, text, distinct_keys) if r.i not in person_tokens]
    posts = sorted(posts + glued, key=lambda r: r.i)
    reg = build_registry(mentions, posts, tokens, keys, starts, opened_lines(doc, posts))
    named_first = frozenset(reg.by_token)
    for m, post in name_glued_posts(tokens, keys, text, mentions):
        reg.add_post(reg.by_token[m.i], post)  # «بامحمد کشتی آرایعضو هیأت مدیره ...»
    reg.glued.update(r.i for r in glued)  # the clause opens with the post, past the heading
    reg.glued.update(m.i for m in mentions if run_into_heading(m, tokens, keys))  # or the name
    merge_held_names(reg, posts, keys, tokens.starts)
    merge_short_given(reg, posts)  # «مایک رایان» of «مایکل رایان»
    given_subjects(reg, tokens, keys, spans, starts_of[PERSON])
    called_again(reg, tokens, keys, called)
    kinds: dict[int, str] | None = None
    if use_model:  # the tagger's kind of each token, each span's tokens added in C
        kinds = {}
        for kind, a, b in tagged:
            kinds.update(dict.fromkeys(range(a, b), kind))
    reported_names(
        reg, tokens, keys, spans, kinds, starts_of[PERSON]
    )  # «علیرضا آرامش ظهر امروز ... اظهار کرد:»
    one_of_persons(reg, tokens, keys, kinds)  # «که نادی یکی از بازیکنان سرعتی ...»
    surname_mentions(reg, tokens, keys, starts, kinds)
    surname_tails(reg, tokens, keys, starts, kinds)
    lone_surnames(reg, tokens, keys, spans, kinds, posts, starts_of[QUOTE])
    apposed_names(reg, tokens, keys, spans, posts, kinds)
    titled_surnames(reg, tokens, keys, spans)
    surnames_after_titles(reg, tokens, keys, posts)  # «به ریاست قاضی صلواتی»
    glued_surnames(reg, tokens, keys, spans, distinct_keys)
    merge_misspelled(reg, posts)  # «عزیرپور» of «ابراهیم عزیزپور»
    merge_misspelled_given(reg, posts)  # «طبیه سیاوشی» of «طیبه سیاوشی»
    merge_family_apart(reg, posts)  # «حسین زاده» of «حسین حسین‌زاده»
    joined_names(reg, tokens, keys, posts)  # «نائوتوكان» of «نائو توكان»
    digest = headline_digest(keys, spans, text, doc.paragraphs)
    lines = frozenset(bisect_left(tokens.starts, p.start) for p in doc.paragraphs)
    body = bisect_left(tokens.starts, p.start) if (p := _past_title_line(doc, text)) else 0
    # a post that opened a line of the source, or past a subheading run in with a space
    headed = opened_lines(doc, posts) | run_in_posts(
        keys, (a for a, _ in spans), lines, posts, reg.by_token
    )
    adopt_named_next(reg, posts, spans, keys, digest, lines, body, headed)
    hold_lead_pairs(reg, posts, spans, keys, body, digest)  # «رئیس ... و نخست‌وزیر فلسطین»
    # after the lead's post went to whom the next sentence names («نماینده مردم تهران ...»)
    late_named_posts(reg, tokens, keys, posts, starts, named_first)  # «سلطانی‌فر وزیر ورزش»
    called_by_post(reg, posts, keys)
    title_speaker = title_person(doc.meta.get("title"), reg)
    org_spans = kind_spans(tokens, keys, tagged, "ORG") if use_model else []
    reg.bodies.update((a, (b, tuple(keys[a:b]))) for a, b in org_spans)
    doc.quotes = find_quotes(
        tokens,
        keys,
        text,
        sentences,
        doc.paragraphs,
        reg,
        posts,
        starts_of[QUOTE],
        title_speaker,
        digest,
        starts_of[FINAL],
    )
    adopt_title_subject(reg, posts, spans, keys, body, digest, doc.meta.get("title"))
    hold_joined(reg, posts, keys, lines)  # «نماینده ولی فقیه در هرمزگان و امام جمعه بندرعباس»
    hold_anaphor_posts(reg, posts, doc.quotes, tokens, keys, text, spans, names)  # «این نماینده»
    own_posts(reg, doc.quotes, tokens, keys, text, names)  # «من به عنوان عضو فراکسیون ...»
    # «اردوغان و پوتین، روسای جمهوری ترکیه و روسیه»
    hold_plural_posts(reg, tokens, keys, text, starts_of[PLURAL])
    # «احمدی‌نژاد ... به گفتگو نشست. رئیس‌جمهور همچنین ...»
    adopt_subject_going_on(reg, posts, spans, keys, text, doc.quotes, body)
    for r in posts:  # posts named alone that now have a holder (after the quotes' adoption)
        if r.anaphor or (
            r.holder is None
            and (
                glosses_word_before(tokens, r)
                or in_career_list(tokens, keys, r)
                or said_of_any_holder(keys, r)  # «گفت: نماینده باید ...»
            )
        ):
            continue
        holder = resolve_post(reg, r)
        if holder and r.span not in reg.persons[holder].post_mentions:
            reg.persons[holder].post_mentions.append(r.span)
    for person in reg.persons.values():
        person.posts = one_wording(person.posts)
    doc.persons = list(reg.persons.values())
    in_people = set(reg.by_token)
    doc.places = find_places(tokens, keys, in_people, starts_of[PLACE])
    if use_model:
        in_posts = {k for r in posts for k in range(r.i, r.j)}
        loc_spans = kind_spans(tokens, keys, tagged, "LOC")
        doc.organizations = tagged_organizations(
            tokens, keys, text, tagged, rule_orgs, in_people, in_posts, org_spans, loc_spans
        )
        doc.places = tagged_places(
            tokens, keys, text, tagged, doc.places, in_people, org_spans, loc_spans
        )
    else:
        rule_orgs = find_organizations(tokens, keys, text, starts_of[ORGANIZATION])
        doc.organizations = with_outlets(rule_orgs, tokens, keys, starts_of[OUTLET])
    published = _date(doc.meta.get("published"))
    doc.dates = find_dates(text, published)
    doc.quantities = find_quantities(text, doc.sentences)
    doc.commitments = find_commitments(
        tokens,
        keys,
        text,
        sentences,
        doc.quotes,
        doc.quantities,
        doc.dates,
        starts_of[COMMITMENT],
        published,
        posts,
    )
    source, source_span = find_source(tokens, keys, text, starts_of[SOURCE])
    doc.meta.setdefault("source", source)
    if source_span:
        doc.meta["source_span"] = source_span
    surtitle, title = find_title(text, doc.paragraphs)
    doc.meta.setdefault("title", title)
    doc.meta.setdefault("surtitle", surtitle)
    assign_confidence(doc)
    doc.drop_tokens()  # what comes next (the record, the store) needs none
    return doc


def _past_title_line(doc: Document, text: str) -> Span | None:
    """The paragraph after the text's own title line, when it opens with one: no title given
    apart (``doc.meta``), and a first line short and with no full stop at its end (as
    ``find_title`` reads one, but for «!» and «؟»: «مجیدی: جریمه سپاهان باید ... باشد!»)."""
    if doc.meta.get("title") or len(doc.paragraphs) < 2:
        return None
    first = text[doc.paragraphs[0].start : doc.paragraphs[0].end].rstrip()
    return None if len(first) > _TITLE_MOST or first.endswith(".") else doc.paragraphs[1]


_TITLE_MOST = 250  # characters of a title line at most


def tagger_input(doc: Document) -> tuple[list[str], list[tuple[int, int]], dict[int, list[str]]]:
    """What the tagger reads besides the words: token keys, sentence token ranges and the
    rules' findings as marks (``rule_marks``); for training and measuring the tagger."""
    keys, sentences, starts_of = token_index(doc)
    mentions = rule_people(doc, keys, sentences, starts_of)
    marks, _ = _rule_marks(doc, keys, starts_of, mentions)
    return keys, [(a, b) for _, a, b in sentences], marks


def tag_document(doc: Document) -> list[tuple[str, Span]]:
    """The model's spans alone, for measuring it apart from the rules."""
    tokens = doc.token_columns
    found = tag_tokens(tokens, *tagger_input(doc))
    return [(kind, tokens.span(i, j)) for kind, i, j in found]


def _rule_marks(
    doc: Document, keys: list[str], starts_of: list[list[int]], mentions: list[Mention]
) -> tuple[dict[int, list[str]], list[Organization]]:
    """The rules' findings as the tagger's marks, and the rules' organizations."""
    tokens = doc.token_columns
    orgs = find_organizations(tokens, keys, doc.text, starts_of[ORGANIZATION])
    in_names = held_tokens(mentions)
    places = find_places(tokens, keys, in_names, starts_of[PLACE])
    return rule_marks(tokens, mentions, orgs, places), orgs


def token_index(doc: Document) -> tuple[list[str], list[tuple[Span, int, int]], list[list[int]]]:
    """Token keys, sentences with their token ranges, and where each extractor may start."""
    starts = doc.token_columns.starts
    keys = lx.keys_of(doc.token_columns.words)
    sentences = [
        (s, bisect_left(starts, s.start), bisect_left(starts, s.end)) for s in doc.sentences
    ]
    return keys, sentences, find_triggers(keys)


def rule_people(
    doc: Document,
    keys: list[str],
    sentences: list[tuple[Span, int, int]],
    starts_of: list[list[int]],
) -> list[Mention]:
    """The persons the rules alone find (before the tagger), from ``token_index``."""
    tokens, text = doc.token_columns, doc.text
    mentions = find_people(tokens, keys, text, starts_of[PERSON])
    quoted = find_quoted_names(tokens, keys, text, mentions, starts_of[QUOTE_OPEN])
    mentions = quoted_over(mentions, quoted)
    mentions += quoted_siblings(tokens, keys, text, mentions, starts_of[QUOTE_OPEN])
    mentions += find_plain_names(
        tokens,
        keys,
        text,
        [(a, b) for _, a, b in sentences],
        starts_of[PERSON],
        starts_of[QUOTE],
        mentions,
    )
    mentions += find_imam_surnames(tokens, keys, text, mentions)
    mentions += find_unlisted_names(
        tokens, keys, text, starts_of[POST], mentions, starts_of[GIVEN], starts_of[CLAN]
    )
    mentions += find_court_names(tokens, keys, text, mentions)
    mentions += find_listed_names(tokens, keys, text, mentions, starts_of[PERSON])
    mentions += find_crafted_names(tokens, keys, text, mentions, starts_of[PERSON])
    return without_words_after_titled_given(tokens, keys, text, mentions)  # «حاج قاسم | جهان»


def extract_text(
    original: str, meta: dict[str, Any] | None = None, *, use_model: bool = True
) -> Document:
    """Repair and extract in one call."""
    from khabar.text import repair

    return extract(repair(original, meta), use_model=use_model)


def _date(value: object) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None
