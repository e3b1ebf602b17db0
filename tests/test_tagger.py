"""The learned tagger beside the rules: names the lexicons do not list, and ``--no-model``."""

import json

import pytest
from typer.testing import CliRunner

from khabar.cli import app
from khabar.extract import extract_text, tag_document
from khabar.extract import lexicons as lx
from khabar.extract import tagger as tagger_module
from khabar.extract.tagger_kinds import of_one_kind
from khabar.text import repair


def names(doc, kind):
    return [(f.name, len(f.mentions)) for f in getattr(doc, kind)]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # foreign names, transliterated; an Iranian name with no title whose given name is
        # also a word; a surname alone before a reporting verb
        ("مارک اسپر وزیر دفاع آمریکا در واشنگتن گفت: این طرح اجرا می‌شود.", "مارک اسپر"),
        ("پروانه سلحشوری نماینده مردم تهران در مجلس گفت: لایحه باید اصلاح شود.", "پروانه سلحشوری"),
        ("کولیوند افزود: امدادگران در محل حاضرند.", "کولیوند"),
    ],
)
def test_people_the_lexicons_do_not_list(text, person):
    assert [p.name for p in extract_text(text).persons] == [person]
    # a family name alone that reports is the rules' too (lone_surnames.py); names are not
    rules = [p.name for p in extract_text(text, use_model=False).persons]
    assert (person in rules) == (" " not in person)


def test_a_name_found_once_is_found_at_its_other_mentions():
    text = (
        "مارک اسپر وزیر دفاع آمریکا در نشست خبری گفت: نیروها خارج می‌شوند. "
        "اسپر افزود: این تصمیم نهایی است."
    )
    assert names(extract_text(text), "persons") == [("مارک اسپر", 2)]
    # the rules alone know him only where his family name reports (lone_surnames.py)
    assert names(extract_text(text, use_model=False), "persons") == [("اسپر", 1)]


def test_places_that_are_also_words_count_where_the_tagger_says_place():
    quake = "زلزله امروز شهرستان تبریز را لرزاند و در مشهد و شیراز هم احساس شد."
    assert [(p.name, p.kind) for p in extract_text(quake).places] == [
        ("تبریز", "city"),
        ("مشهد", "city"),
        ("شیراز", "city"),
    ]
    # a city is listed alone unless it is also a word (data/place_words.txt): the rules too
    assert [p.name for p in extract_text(quake, use_model=False).places] == [
        "تبریز",
        "مشهد",
        "شیراز",
    ]
    world = "نیروهای عراقی وارد موصل شدند و اروپا از این اقدام استقبال کرد."
    assert [p.name for p in extract_text(world).places] == ["موصل", "اروپا"]


def test_homonyms_inside_names_are_no_places():
    bank = extract_text("او در بانک مرکزی درباره تامین مالی طرح‌ها سخن گفت.")
    assert bank.places == []  # the rules took «مرکزی» for the province, «مالی» for Mali
    agency = extract_text("به گزارش خبرگزاری فارس، وزیر امور خارجه به مسکو سفر کرد.")
    assert "فارس" not in [p.name for p in agency.places]
    assert "خبرگزاری فارس" in [o.name for o in agency.organizations]  # an outlet is one
    # a place in an organization's name is still a mention of that place
    university = extract_text("رئیس دانشگاه تهران گفت: کلاس‌ها برگزار می‌شود.")
    assert [p.name for p in university.places] == ["تهران"]


def test_the_model_loads_once_per_process():
    extract_text("کولیوند افزود: امدادگران در محل حاضرند.")
    loaded = tagger_module.loaded_weights()
    extract_text("پروانه سلحشوری گفت: لایحه باید اصلاح شود.")
    assert tagger_module.loaded_weights() is loaded


def test_no_model_gives_the_rules_alone(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("مارک اسپر در واشنگتن گفت: این طرح اجرا می‌شود.", encoding="utf-8")
    runner = CliRunner()
    with_model = json.loads(runner.invoke(app, ["extract", "--jsonl", str(article)]).stdout)
    rules = json.loads(
        runner.invoke(app, ["extract", "--jsonl", "--no-model", str(article)]).stdout
    )
    assert [p["name"] for p in with_model["persons"]] == ["مارک اسپر"]
    assert rules["persons"] == []


@pytest.mark.parametrize(
    ("text", "rules", "both"),
    [
        # a name run on into the next word, cut where the tagger ends it
        (
            "سردار قاسم سلیمانی دستاوردهای بزرگی برای منطقه داشت.",
            ["قاسم سلیمانی دستاوردهای"],
            ["قاسم سلیمانی"],
        ),
        # a verb after a title is no name, with the tagger or without (extract/name_verbs.py)
        ("شهید می‌سپارم که این راه را ادامه دهید.", [], []),
    ],
)
def test_the_tagger_vetoes_what_the_rules_ran_into(text, rules, both):
    assert [p.name for p in extract_text(text, use_model=False).persons] == rules
    assert [p.name for p in extract_text(text).persons] == both


def test_a_one_word_name_the_tagger_marks_twice_in_an_article_stands():
    # «سندرز» is a listed figure now (foreign_figures.tsv): «آسنسیو» is no listed one
    text = (
        "او می‌گوید کمپین‌های آسنسیو و ترامپ بیشترین داوطلبان را دارند. "
        "این مسئول درباره آسنسیو می‌گوید: شانس دارد."
    )
    assert ("آسنسیو", 2) in names(extract_text(text), "persons")
    once = "او می‌گوید کمپین آسنسیو بیشترین داوطلبان را دارد."
    assert "آسنسیو" not in [p.name for p in extract_text(once).persons]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # names of PEYMA's training part that are also frequent words or look like two
        # words run together: the word-level vetoes give way to them
        (
            "هیلاری کلینتون نامزد دموکرات‌ها در انتخابات آمریکا گفت: طرح اجرا می‌شود.",
            "هیلاری کلینتون",
        ),
        ("مایکل فالون ، وزیر دفاع انگلیس فاش کرد که 850 نفر کشته شدند.", "مایکل فالون"),
        ("زنگنه وزیر نفت که به خوزستان آمد با ادله سخن گفت.", "زنگنه"),
    ],
)
def test_names_the_training_text_knows_outweigh_the_word_vetoes(text, person):
    assert [p.name for p in extract_text(text).persons] == [person]


def test_a_known_name_that_is_a_word_of_the_text_still_needs_its_context():
    # «سلیمی» and «روحانی» are persons of the training text, here words of the sentence
    for text in (
        "این حرکات را هیچ عقل سلیمی نمی‌پذیرد.",
        "با یاد شهدای روحانی تصریح کرد که کار ادامه دارد.",
    ):
        assert extract_text(text).persons == []


def test_no_person_or_place_runs_across_a_comma():
    text = "پاتریسیا لوپز، نایا دا لا رابیا و مارک اسپر به تهران آمدند."
    doc = repair(text)
    spans = [(kind, doc.text[s.start : s.end]) for kind, s in tag_document(doc)]
    assert spans and not any("،" in name for kind, name in spans if kind != "ORG")


def test_the_items_of_a_list_take_the_kind_most_of_them_have():
    words = "آرون تایلرجانسون ، برایان کرانستون ، الیزابت اولسن ، تهران و دیگران آمدند .".split()
    keys, ranges = lx.keys_of(words), [(0, len(words))]
    found = [("PER", 0, 2), ("LOC", 3, 5), ("PER", 6, 8), ("LOC", 9, 10)]
    # two people, a name called a place and a listed place: a tie, nothing changes
    assert of_one_kind(found, words, keys, ranges) == found
    # three people: the unlisted name is one too, the listed place stays a place
    found = [("PER", 0, 2), ("LOC", 3, 5), ("PER", 6, 8), ("PER", 9, 10)]
    fixed = of_one_kind(found, words, keys, ranges)
    assert fixed[:3] == [("PER", 0, 2), ("PER", 3, 5), ("PER", 6, 8)]
    found = [("PER", 0, 2), ("PER", 3, 5), ("PER", 6, 8), ("LOC", 9, 10)]
    assert of_one_kind(found, words, keys, ranges) == found
    # the commas found before (the triggers'): the same lists, cut from them
    commas = [t for t, w in enumerate(words) if w == "،"]
    found = [("PER", 0, 2), ("LOC", 3, 5), ("PER", 6, 8), ("PER", 9, 10)]
    assert of_one_kind(found, words, keys, ranges, commas) == fixed
    assert of_one_kind(found, words, keys, ranges, commas[:1]) == found  # one comma: no list


def test_a_name_before_a_persons_post_is_a_person():
    words = "کمالا هریس معاون رئیس جمهور آمریکا گفت .".split()
    keys = lx.keys_of(words)
    fixed = of_one_kind([("LOC", 0, 2), ("LOC", 5, 6)], words, keys, [(0, 8)])
    assert fixed == [("PER", 0, 2), ("LOC", 5, 6)]


def test_a_name_before_a_post_past_a_quote_or_a_comma_is_a_person():
    words = "به نقل از لیندسی گراهام ، رئیس کمیته قضایی سنا گفت .".split()
    keys = lx.keys_of(words)
    assert of_one_kind([("ORG", 3, 5)], words, keys, [(0, 12)]) == [("PER", 3, 5)]
    words = 'گزارش داد " نصار الربیعی " رئیس جنبش صدر گفت .'.split()
    keys = lx.keys_of(words)
    assert of_one_kind([("ORG", 3, 5)], words, keys, [(0, 11)]) == [("PER", 3, 5)]
    # a listed body before a post stays one
    words = "سازمان ملل ، رئیس این سازمان گفت .".split()
    keys = lx.keys_of(words)
    found = [("ORG", 0, 2)]
    assert of_one_kind(found, words, keys, [(0, 8)]) == found


def test_an_organizations_name_ends_before_a_title_after_a_comma():
    words = "به نقل از روابط عمومی سپاه عاشورا ، سردار غلام‌عسکر کریمیان گفت .".split()
    keys = lx.keys_of(words)
    fixed = of_one_kind([("ORG", 3, 11)], words, keys, [(0, 13)])
    assert fixed == [("ORG", 3, 7), ("PER", 8, 11)]
    words = "وزارت صنعت ، معدن و تجارت اعلام کرد .".split()
    keys = lx.keys_of(words)
    found = [("ORG", 0, 6)]
    assert of_one_kind(found, words, keys, [(0, 9)]) == found


def test_a_titled_name_the_tagger_calls_a_body_with_no_word_more_is_a_person():
    from khabar.extract import rule_people, tagged, token_index

    text = "رهبر انقلاب، حضرت امام خامنه‌ای اعلام کردند که مردم حضور یابند."
    doc = repair(text)
    tokens = doc.token_columns
    keys = lx.keys_of(tokens.words)
    k = tokens.words.index("حضرت")
    rules = [m for m in rule_people(doc, *token_index(doc)) if m.name == "خامنه‌ای"]
    assert rules
    found = tagged.people(tokens, keys, doc.text, [("ORG", k, k + 3)], rules)
    assert [m.name for m in found] == ["خامنه‌ای"]
    # a span longer than the name with no body's word before the title names the titled
    # figure too (``tagged_spans.a_figure_in_no_body``: «رحلت امام خمینی(ره)»)
    found = tagged.people(tokens, keys, doc.text, [("ORG", k, k + 4)], rules)
    assert [m.name for m in found] == ["خامنه‌ای"]
    # a span longer than the name that opens with a body's word is a body named after him
    text = "دفتر حضرت امام خامنه‌ای اعلام کرد که مردم حضور یابند."
    doc = repair(text)
    tokens = doc.token_columns
    keys = lx.keys_of(tokens.words)
    rules = [m for m in rule_people(doc, *token_index(doc)) if m.name == "خامنه‌ای"]
    assert rules
    assert tagged.people(tokens, keys, doc.text, [("ORG", 0, 4)], rules) == []


def test_words_of_the_text_the_tagger_runs_into_a_titled_name_make_no_place():
    from khabar.extract import rule_people, tagged, token_index

    text = "وی افزود: شهادت ناجوانمردانه سردار بزرگمان سردار سلیمانی هم حادثه‌ای بود."
    doc = repair(text)
    tokens = doc.token_columns
    keys = lx.keys_of(tokens.words)
    rules = [m for m in rule_people(doc, *token_index(doc)) if m.name == "سلیمانی"]
    assert rules
    k = tokens.words.index("ناجوانمردانه")
    found = tagged.people(tokens, keys, doc.text, [("LOC", k, k + 5)], rules)
    assert [m.name for m in found] == ["سلیمانی"]
    # a place named after the person is a place: «بیمارستان سردار سلیمانی»
    text = "وی افزود: در بیمارستان سردار سلیمانی هم حادثه‌ای بود."
    doc = repair(text)
    tokens = doc.token_columns
    keys = lx.keys_of(tokens.words)
    rules = [m for m in rule_people(doc, *token_index(doc)) if m.name == "سلیمانی"]
    k = tokens.words.index("بیمارستان")
    found = tagged.people(tokens, keys, doc.text, [("LOC", k, k + 3)], rules)
    assert found == []


def test_a_span_opening_inside_a_title_is_the_name_after_it():
    from khabar.extract.name_edges import untitled

    keys = lx.keys_of("آیت‌الله العظمی سبحانی نیز گفت".split())
    assert untitled(keys, 1, 3) == (2, 3)


def test_a_span_of_titles_alone_at_the_text_s_end_is_read():
    # a news agency's signature line: the tagged «مولوی» is a title, and the last word
    text = "ورزشی * * 1210 * * 1584 * مترجم - زهرا کورهلی * انتشاردهنده - مولوی"
    assert "زهرا کورهلی" in [p.name for p in extract_text(text).persons]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # the rule's listed given name opens the name, not the adverb the tagger takes in
        ("به‌طوری‌که او علنا مجید انصاری و اصلاح‌طلبان را نقد کرده است.", "مجید انصاری"),
        # the rule's name goes on past the tagger's by a listed family name, or by a word no
        # list knows (a foreign name's)
        ("نرگس آبیار نویسنده و کارگردان سینما به عنوان داور معرفی شد.", "نرگس آبیار"),
        (
            "روزنامه گاردین در تحلیلی به قلم آنا استاوریا ناکیس می‌نویسد: نتیجه روشن است.",
            "آنا استاوریا ناکیس",
        ),
        # a listed figure's full name stands though one of its words is an ordinary word
        ("شما شانس زیادی برای جو بایدن قائل نیستید؟", "جو بایدن"),
        # a titled name ends before a word of the language run into it, not before an
        # Arabic name's word
        ("دعایی می‌گوید مشهور است من به آقای خاتمی ارادت دارم، ولی دعوت نشدم.", "خاتمی"),
        ("اخیرا آقای سروش نامه‌ای موهن به رئیس جمهور نوشته است.", "سروش"),
        ("این ناو با نام شهید ابومهدی المهندس در حال طراحی است.", "ابومهدی المهندس"),
        # a king's name: a given name and «شاه»
        ("فرمان انتخابات دوره ششم مجلس از طرف رضا شاه صادر گردید.", "رضا شاه"),
    ],
)
def test_the_rules_keep_the_names_they_are_sure_of(text, person):
    found = [p.name for p in extract_text(text).persons]
    assert person in found and not any(person in p and p != person for p in found), found


def test_an_item_left_out_of_a_list_of_people_is_one_too():
    words = "جانی دپ ، کیرا نایتلی ، جک داونپورت ، کوین مک‌نالی ، جاناتان پرایس آمدند .".split()
    keys, ranges = lx.keys_of(words), [(0, len(words))]
    found = [("PER", 0, 2), ("PER", 3, 5), ("PER", 6, 8), ("PER", 12, 14)]
    assert ("PER", 9, 11) in of_one_kind(found, words, keys, ranges)
    # and so is the name after the list's last «و»
    words = "جانی دپ ، کیرا نایتلی ، جک داونپورت و میشل رودریگز مقابل دوربین رفتند .".split()
    keys, ranges = lx.keys_of(words), [(0, len(words))]
    found = [("PER", 0, 2), ("PER", 3, 5), ("PER", 6, 8)]
    assert ("PER", 9, 11) in of_one_kind(found, words, keys, ranges)
    words = "جانی دپ ، کیرا نایتلی ، جیمی نیکول و زیر و رو شد .".split()
    keys, ranges = lx.keys_of(words), [(0, len(words))]
    assert of_one_kind(found, words, keys, ranges) == found
    # two people only: no list of people to go by
    assert of_one_kind(found[:2], words, keys, ranges) == found[:2]


def test_what_no_tagged_name_ends_with_or_is():
    from khabar.extract.name_edges import (
        comparative,
        listed_town,
        preposition_run_in,
    )

    # a preposition written into the word after it: «سرهنگ ابوالفضل موسوی‌پور دراین‌باره گفت»
    assert preposition_run_in(lx.key("دراین‌باره"))
    assert preposition_run_in(lx.key("درادامه"))
    assert not any(map(preposition_run_in, lx.keys_of(["درویش", "بهرام", "باقری", "باهنر"])))
    # a comparative no word list holds whole: «پلاسکو زیباتر و بادوام‌تر از قبل ساخته خواهد شد»
    assert comparative(lx.key("زیباتر"))
    assert not comparative(lx.key("کارتر"))
    # a listed town of two words: «بوئین زهرا»; one word is no town here
    keys = lx.keys_of("امام جمعه بویین زهرا گفت".split())
    assert listed_town(keys, 2, 4)
    assert not listed_town(keys, 2, 3)


def test_a_word_of_the_text_run_into_a_name_before_its_given_name_is_left_out():
    from khabar.extract.tagged_spans import edges

    words = "انتصاب خالد بن خلیفه بن عبدالعزیز آل ثانی تحصیلکرده آمریکا".split()
    assert edges(lx.keys_of(words), 0, 8) == (1, 8)
    assert edges(lx.keys_of("انتصاب خالد مشعل".split()), 0, 3) == (1, 3)
    # no given name alone is left
    assert edges(lx.keys_of("انتصاب خالد".split()), 0, 2) == (0, 2)


def test_a_rule_name_apposed_to_a_post_stands_though_its_first_word_is_ordinary():
    from khabar.extract.name_edges import apposed_to_post
    from khabar.text.segment import token_columns

    text = (
        "این درحالی است که تحسین الخفاجی، سخنگوی فرماندهی عملیات مشترک عراق این اخبار را تکذیب کرد"
    )
    tokens = token_columns(text)
    keys = lx.keys_of(tokens.words)
    assert apposed_to_post(tokens, keys, 4, 6)
    # a word of the language as the family name, or no comma: nothing said
    tokens = token_columns("تحسین زیادی، سخنگوی فرماندهی گفت")
    assert not apposed_to_post(tokens, lx.keys_of(tokens.words), 0, 2)
    assert "تحسین الخفاجی" in [p.name for p in extract_text(text).persons]


def test_what_the_tagger_splits_or_runs_on_is_one_name_or_none():
    from khabar.extract.name_edges import joined_at_titles, no_name_before
    from khabar.extract.spelled_letters import spelled_opening
    from khabar.extract.tagged_spans import kind_spans
    from khabar.text.segment import token_columns

    # «مهرداد حاج | علیزاده سرمربی»: a given name and «حاج» before the tagger's next name
    keys = lx.keys_of("و مهرداد حاج علیزاده سرمربی و علیرضا ذوالقدرشجاعی".split())
    assert joined_at_titles(keys, [(4, 5), (1, 3), (3, 4), (6, 8)]) == [(1, 4), (4, 5), (6, 8)]
    # a title alone, or a name with no given name before it, opens a name of its own
    keys = lx.keys_of("حاج علیزاده سرمربی".split())
    assert joined_at_titles(keys, [(0, 1), (1, 2)]) == [(0, 1), (1, 2)]
    # «آیالون | دروغگو بودن»: the predicate of «being» ends no name
    keys = lx.keys_of("آیالون دروغگو بودن رئیس رژیم را اثبات کرد".split())
    assert no_name_before(keys, 2) and not no_name_before(keys, 1)
    # a fund's acronym and name, not a person's initials
    assert spelled_opening("اس پی دی آر گلد تراست".split())
    assert not spelled_opening("جی کی رولینگ".split())
    assert not spelled_opening("تی جی میلر".split())
    # a span of punctuation alone names no organization, at the text's end too
    tokens = token_columns("شورای شهر تهران .")
    keys = lx.keys_of(tokens.words)
    assert kind_spans(tokens, keys, [("ORG", 3, 4)], "ORG") == []
    text = "مهرداد حاج علیزاده سرمربی و علیرضا ذوالقدرشجاعی سرپرستی این تیم را بر عهده دارند."
    assert "مهرداد حاج علیزاده" in [p.name for p in extract_text(text).persons]


def test_a_foreign_name_cut_goes_on_and_a_things_name_is_no_person():
    from khabar.extract.name_edges import after_a_thing, foreign_run_on
    from khabar.text.segment import token_columns

    # «شیگرو اومه | بایاشی موسیقی»: one more word no list knows, not a word of the language
    tokens = token_columns("مایکل گالاسو و شیگرو اومه بایاشی موسیقی متن این فیلم را ساختند")
    keys = lx.keys_of(tokens.words)
    assert foreign_run_on(tokens, keys, 3, 5, set()) == 6
    assert foreign_run_on(tokens, keys, 3, 6, set()) == 6  # «موسیقی» ends it
    assert foreign_run_on(tokens, keys, 3, 5, {5}) == 5  # the tagger's own span there
    # two words run together are no part of it
    tokens = token_columns("پینگ پنگ حدادعادل آقاتهرانیشامگاه یکشنبه بود")
    assert foreign_run_on(tokens, lx.keys_of(tokens.words), 0, 3, set()) == 3
    # «لپ‌تاپ و هارد اکسترنال»: joined to a thing; before a post, a person
    keys = lx.keys_of("طلاجات شاکی و لپ‌تاپ و هارد اکسترنال از مغازه‌های آنان کشف شد".split())
    assert after_a_thing(keys, 5, 7, set())
    assert not after_a_thing(keys, 5, 7, {3})
    keys = lx.keys_of("۷۱ میلیارد دلار و آمانسیو ارتگا رئیس شرکت پوشاک «زارا»".split())
    assert not after_a_thing(keys, 4, 6, set())


def test_a_posts_word_that_family_names_hold_is_one_inside_a_name():
    from khabar.extract.tagged_vetoes import post_inside

    def inside(text: str) -> bool:
        keys = lx.keys_of(text.split())
        return post_inside(keys, 0, len(keys))

    # between the given name and a word of a name: the family name's word
    assert not inside("گلنار وکیل گیلانی")
    assert not inside("سعید قاضی مغربی")
    # a post's word alone, at an edge, or one no family name holds: no person's name
    assert inside("وزیر خارجه")
    assert inside("گلنار وکیل")
    assert inside("علی سفیر احمدی")
    assert inside("وکیل گیلانی")
    text = "گلنار وکیل گیلانی در گفت‌وگو با خبرنگار ورزشی خبرگزاری فارس گفت: چوگان باید ثبت شود."
    assert "گلنار وکیل گیلانی" in [p.name for p in extract_text(text).persons]


def test_a_word_of_the_time_of_day_ends_no_name():
    # «سحرگاه», «شامگاه», «صبحگاه», «دیشب» end a name as «صبح», «شب» do
    text = "شیخ احمد یاسین سحرگاه روز دوشنبه هنگام خروج از مسجد به شهادت رسید."
    assert [p.name for p in extract_text(text).persons] == ["احمد یاسین"]


def test_a_known_name_before_its_nickname_stands():
    # «ملقب به», nicknamed, after a name of the training text at a sentence's start
    text = "به قهرمانی برسیم. پوگبا ملقب به جواهر فرانسوی در ادامه گفت: پیشرفت کردم."
    assert [p.name for p in extract_text(text).persons] == ["پوگبا"]


def test_controversies_end_a_name():
    # «حواشی» (controversies) is no family name: «لیلا رجبی | حواشی زیادی»
    text = "روز گذشته انتقاد لیلا رجبی حواشی زیادی به همراه داشت."
    assert [p.name for p in extract_text(text).persons] == ["لیلا رجبی"]


def test_the_prophets_epithet_is_no_person():
    # «رسول خدا» is the Prophet (a holy figure), though PEYMA's training text tags it a
    # person; «خدا» after it is God, no family name of his
    text = (
        "میرعمادی گفت: رسول خدا هنگامی که هدایت انسان‌ها را برعهده گرفت، با مهربانی رفتار کرد."
        " باید چهره تابناک رسول خدا را معرفی کنیم و در راه خدا کوشش کنیم."
    )
    for use_model in (True, False):
        assert [p.name for p in extract_text(text, use_model=use_model).persons] == ["میرعمادی"]


def test_the_read_back_looks_again_only_before_a_label_other_than_o():
    """Viterbi's labels, read back from each sentence's end looking at a token's scores
    again only before a label other than O, are those of the plain read-back (every token's
    best predecessor for the label after it), on a real article's scores."""
    from bisect import bisect_left
    from pathlib import Path

    from khabar.extract.tagger import best_columns, loaded_weights
    from khabar.extract.tagger_features import lexicon_marks

    news = Path(__file__).parent / "fixtures" / "news"
    doc = repair((news / "tabnak_31.txt").read_text(encoding="utf-8"))
    tokens = doc.token_columns
    starts = tokens.starts
    ranges = [(bisect_left(starts, s.start), bisect_left(starts, s.end)) for s in doc.sentences]
    ranges = [(a, b) for a, b in ranges if b > a]
    keys = lx.keys_of(tokens.words)
    weights = loaded_weights()
    marks = lexicon_marks(keys, weights.names)
    first, end = ranges[0][0], ranges[-1][1]
    sentence = [-1] * (end - first)
    for n, (a, b) in enumerate(ranges):
        sentence[a - first : b - first] = [n] * (b - a)
    scores = weights.emissions(tokens.words[first:end], marks, first, sentence)
    local = [(a - first, b - first) for a, b in ranges]
    columns = best_columns(weights, scores, local)
    outside = weights.labels.index("O")
    names = 0
    for (a, b), column in zip(local, columns, strict=True):
        best = [scores[a].copy()]
        for t in range(a + 1, b):
            best.append(scores[t] + (best[-1][:, None] + weights.trans).max(axis=0))
        plain = [int(best[-1].argmax())]
        for t in range(b - a - 1, 0, -1):
            plain.append(int((best[t - 1] + weights.trans[:, plain[-1]]).argmax()))
        assert column == plain[::-1]
        names += sum(x != outside for x in column)
    assert names > 10  # the article's names were read back too


def test_the_marks_add_the_same_floats_laid_out_in_numpy_or_one_by_one():
    # every mark known and on a token: the marks' rows are laid out in numpy; else they are
    # added one by one, as before; the scores must be the same floats either way
    from khabar.extract import tagger_input
    from khabar.extract.tagger_features import lexicon_marks, merged

    text = (
        "مارک اسپر وزیر دفاع آمریکا در نشست خبری در واشنگتن گفت: نیروها از عراق خارج "
        "می‌شوند. پروانه سلحشوری نماینده مردم تهران در مجلس، «شورای شهر» و وزارت کشور "
        "گفت: لایحه باید اصلاح شود."
    )
    doc = repair(text)
    keys, ranges, rules = tagger_input(doc)
    weights = tagger_module.loaded_weights()
    marks = merged(lexicon_marks(keys, weights.names), rules)
    assert sum(map(len, marks.values())) > 10  # names, places, bodies and a comma list marked
    first, end = ranges[0][0], ranges[-1][1]
    sentence = [-1] * (end - first)
    for n, (a, b) in enumerate(ranges):
        sentence[a - first : b - first] = [n] * (b - a)
    local = [(a - first, b - first) for a, b in ranges]
    words = doc.token_columns.words[first:end]
    weights.emissions(words, marks, first, sentence, local)  # every mark known from here on
    laid_out = weights.emissions(words, marks, first, sentence, local)
    # a mark off the tokens sends every mark down the one-by-one path (and is left out)
    one_by_one = weights.emissions(words, {**marks, first - 1: ["LBcity"]}, first, sentence, local)
    assert laid_out.tobytes() == one_by_one.tobytes()
    assert laid_out.tobytes() != weights.emissions(words, {}, first, sentence, local).tobytes()
