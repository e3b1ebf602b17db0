"""Where an organization's name the tagger marks begins and ends (extract/org_spans.py), and
the word that says place before a place the tagger marks (extract/tagged.py)."""

from __future__ import annotations

import pytest
from conftest import places_of

from khabar.extract import extract_text
from khabar.extract import lexicons as lx
from khabar.extract.body_names import court_branch, pair_run_on, periodical_names, without_town
from khabar.extract.org_spans import a_team, org_bounds, results_pairs
from khabar.text import repair


def bounded(text: str) -> str:
    """The name org_bounds keeps of the whole of ``text`` taken as one span."""
    doc = repair(text)
    tokens = doc.token_columns
    keys = lx.keys_of(tokens.words)
    i, j = org_bounds(tokens, keys, 0, len(tokens) - ("»" in text and text.endswith("»")))
    return doc.text[tokens.starts[i] : tokens.ends[j - 1]]


@pytest.mark.parametrize(
    "span, name",
    [
        # a bare stem or a noun of action ends many names
        ("ستاد مدیریت حمل و نقل و سوخت", "ستاد مدیریت حمل و نقل و سوخت"),
        ("کارگروه تسهیل و رفع موانع تولید", "کارگروه تسهیل و رفع موانع تولید"),
        ("وزارت آموزش و فرهنگ", "وزارت آموزش و فرهنگ"),
        ("سازمان بسیج", "سازمان بسیج"),
        # a verb in a tense, a light verb's noun, a word of time or a function word does not
        ("اداره میراث فرهنگی کاشان قرار", "اداره میراث فرهنگی کاشان"),
        ("اتاق تعاون درحال", "اتاق تعاون"),
        ("کمیسیون بهداشت مجلس می‌گوید", "کمیسیون بهداشت مجلس"),
        ("پیشمرگه آن", "پیشمرگه"),
        # nor a «به» before a place or a number
        ("سازمان اطلاعات عمومی مصر به سوریه", "سازمان اطلاعات عمومی مصر"),
        ("ستاد رسیدگی به امور مساجد", "ستاد رسیدگی به امور مساجد"),
        # a post before the name is no part of it
        ("عضو کمیسیون برنامه و بودجه مجلس", "کمیسیون برنامه و بودجه مجلس"),
        ("وزیر پیشین دفاع", "دفاع"),
        # a quotation the name opens is closed
        ("وب‌سایت « اندروید اتوریتی »", "وب‌سایت « اندروید اتوریتی »"),
    ],
)
def test_an_organizations_name_ends_where_the_lexicons_say(span, name):
    assert bounded(span) == name


def test_a_quotation_mark_is_taken_only_to_close_one_the_name_opened():
    doc = repair("مدرسه « الف » تعطیل شد.")
    tokens = doc.token_columns
    keys = lx.keys_of(tokens.words)
    assert org_bounds(tokens, keys, 0, 3) == (0, 4)  # «مدرسه « الف» + »
    assert org_bounds(tokens, keys, 0, 4) == (0, 4)  # closed already: nothing more


def test_a_dotted_acronym_the_sentence_splitter_cut_is_named_whole():
    # the period after a letter of two ends the tagger's sentence inside the acronym
    doc = repair("شبکه تلویزیونی ' ای. ان. تی وی ' در این دوره بود. سی. ان. ان هم نوشت.")
    tokens = doc.token_columns
    keys = lx.keys_of(tokens.words)
    assert tokens.words[:5] == ["شبکه", "تلویزیونی", "'", "ای", "."]
    assert org_bounds(tokens, keys, 0, 4) == (0, 10)  # through «ان. تی وی '»
    cnn = tokens.words.index("سی")
    assert org_bounds(tokens, keys, cnn + 2, cnn + 3) == (cnn, cnn + 5)  # «سی. | ان | . ان»
    # a short word after a period is no letter of an acronym without a chain of them
    doc = repair("بانک ما. او گفت.")
    tokens = doc.token_columns
    assert org_bounds(tokens, lx.keys_of(tokens.words), 0, 2) == (0, 2)


def test_acronyms_with_dots_are_organizations_named_whole():
    text = (
        "تیم‌های فوتسال دبیرخانه اتحادیه آ. سه. آن و شبکه تلویزیونی ' ای. ان. تی وی ' "
        "در این دوره شرکت می‌کنند. بر اساس گزارش خبرگزاری رسمی لبنان «ان. ان. ای»، عون "
        "در این دیدار اعلام کرد که صلح ممکن است."
    )
    doc = extract_text(text)
    names = {doc.text[m.start : m.end] for o in doc.organizations for m in o.mentions}
    assert {
        "دبیرخانه اتحادیه آ. سه. آن",
        "شبکه تلویزیونی ' ای. ان. تی وی '",
        "خبرگزاری رسمی لبنان «ان. ان. ای»",
    } <= names
    assert not names & {"ان", "آن", "ان. ان. ای»"}


def test_the_word_that_says_place_is_part_of_the_mention_not_of_the_name():
    found = places_of(
        "این استان به سبب همسایگی با دو کشور افغانستان و پاکستان همواره مورد توجه بوده است."
    )
    assert found["افغانستان"] == ["کشور افغانستان"]
    assert found["پاکستان"] == ["پاکستان"]


def test_the_ministry_after_its_minister_is_named_as_listed():
    doc = extract_text("زنگنه وزیر نفت اعلام کرده بود که وزارت نفت آماده است.")
    orgs = {o.name: [doc.text[m.start : m.end] for m in o.mentions] for o in doc.organizations}
    assert orgs["وزارت نفت"] == ["نفت", "وزارت نفت"]


@pytest.mark.parametrize("use_model", [True, False])
def test_the_presidency_run_for_is_no_organization(use_model):
    text = "او برای انتخابات ریاست جمهوری ثبت‌نام کرد."
    doc = extract_text(text, use_model=use_model)
    assert not [m for o in doc.organizations for m in o.mentions]


def test_outlets_are_organizations_as_well_as_sources_with_the_rules_alone():
    def orgs_of(text: str) -> dict[str, list[str]]:
        doc = extract_text(text, use_model=False)
        return {o.name: [doc.text[m.start : m.end] for m in o.mentions] for o in doc.organizations}

    assert orgs_of("به گزارش ایسنا، وزیر نفت گفت که صادرات افزایش یافت.") == {"ایسنا": ["ایسنا"]}
    assert orgs_of("به گزارش مهر، از 22 مهر تا 9 آبان مسابقات ادامه دارد.") == {
        "خبرگزاری مهر": ["مهر"]
    }
    assert "روزنامه کیهان" in orgs_of("روزنامه کیهان در سرمقاله خود نوشت که کار ادامه دارد.")
    # a name that is also a word counts where it is cited only
    assert orgs_of("او در شرق کشور کار کرد و به خبرنگار شرق گفت.") == {"روزنامه شرق": ["شرق"]}


@pytest.mark.parametrize(
    "text, club",
    [
        ("سرمربی تیم پیکان گفت که بازیکنان آماده‌اند.", "باشگاه پیکان"),
        ("او در ورزشگاه فولاد شهر به مصاف پدیده خراسان رفت.", "باشگاه پدیده مشهد"),
    ],
)
def test_clubs_are_organizations_and_a_club_that_is_a_word_needs_its_lead(text, club):
    assert club in {o.name for o in extract_text(text, use_model=False).organizations}


def test_a_club_that_is_a_word_is_none_alone():
    hit = lx.organizations().match(["پیکان"], 0)
    assert hit is None
    assert lx.organizations().match(list(lx.phrase_keys("رئال")), 0) is None  # «ریال»


def test_a_month_of_a_date_is_no_outlet():
    from khabar.extract.org_spans import a_month

    for text, month in (
        ("مسابقات از 22 مهر تا 9 آبان ادامه دارد.", True),
        ("برداشت زیتون از مهر و زیتون روغنی از آذرماه آغاز می‌شود.", True),
        ("به گزارش مهر، جلسه برگزار شد.", False),
        ("به نقل از مهر، جلسه برگزار شد.", False),
    ):
        keys = lx.keys_of(repair(text).token_columns.words)
        k = keys.index("مهر")
        assert a_month(keys, k, k + 1) is month, text


def test_a_body_named_after_its_leader_holds_the_person():
    text = "از آغاز دولت حسن روحانی تاکنون، اختلاف نظرها ادامه دارد. حسن روحانی گفت."
    doc = extract_text(text)
    assert "دولت حسن روحانی" in {o.name for o in doc.organizations}
    assert "حسن روحانی" in {p.name for p in doc.persons}


def test_a_place_that_is_the_organizations_whole_name_is_no_part_of_it():
    doc = extract_text("وی افزود که رژیم صهیونیستی بر اساس تهدید و ترور شکل گرفته است.")
    assert [o.name for o in doc.organizations] == ["رژیم صهیونیستی"]
    assert not doc.places


@pytest.mark.parametrize(
    "span, parts",
    [
        ("باشگاه‌های استقلال و پرسپولیس", ["باشگاه‌های استقلال", "پرسپولیس"]),
        ("بانک مرکزی و وزارت اقتصاد", ["بانک مرکزی", "وزارت اقتصاد"]),
        ("وزارت آموزش و پرورش", ["وزارت آموزش و پرورش"]),
        ("ستاد مدیریت حمل و نقل و سوخت", ["ستاد مدیریت حمل و نقل و سوخت"]),
        # the word that opened the first opens a second («شبکه ... و شبکه ...»)
        (
            "شبکه تلویزیونی خبری مترو و شبکه تلویزیونی تی وی وان",
            ["شبکه تلویزیونی خبری مترو", "شبکه تلویزیونی تی وی وان"],
        ),
        # a second body after a listed one, a comma or the same word is another
        ("مجلس وزارت خارجه", ["مجلس", "وزارت خارجه"]),
        ("بانک صادرات گروه ملی فولاد", ["بانک صادرات", "گروه ملی فولاد"]),
        ("مجلس برزیل مجلس نمایندگان برزیل", ["مجلس برزیل", "مجلس نمایندگان برزیل"]),
        (
            "بانک مرکزی کشورمان ، بانک‌های مرکزی ایران و ویتنام",
            ["بانک مرکزی کشورمان", "بانک‌های مرکزی ایران و ویتنام"],
        ),
        ("مجلس شورای اسلامی", ["مجلس شورای اسلامی"]),
        ("هیات رییسه مجلس شورای اسلامی", ["هیات رییسه مجلس شورای اسلامی"]),
        ("کمیسیون فرهنگی مجلس", ["کمیسیون فرهنگی مجلس"]),
        ("شورای امنیت سازمان ملل", ["شورای امنیت سازمان ملل"]),
    ],
)
def test_two_organizations_joined_by_and_are_two(span, parts):
    from khabar.extract.org_spans import org_parts

    doc = repair(span)
    tokens = doc.token_columns
    keys = lx.keys_of(tokens.words)
    found = org_parts(keys, 0, len(keys))
    assert [doc.text[tokens.starts[i] : tokens.ends[j - 1]] for i, j in found] == parts


def test_a_word_of_the_clause_ends_the_name_before_it():
    assert bounded("سازمان بازرگانی خواستار چاره‌اندیشی") == "سازمان بازرگانی"
    assert bounded("نیروهای پیشمرگه کرد") == "نیروهای پیشمرگه کرد"  # a Kurd, not «did»


def test_the_noun_of_a_light_verb_after_the_name_is_no_part_of_it():
    doc = repair("باید از شورای نگهبان استفسار کند.")
    tokens = doc.token_columns
    keys = lx.keys_of(tokens.words)
    i, j = org_bounds(tokens, keys, 2, 5)  # the tagger's «شورای نگهبان استفسار»
    assert doc.text[tokens.starts[i] : tokens.ends[j - 1]] == "شورای نگهبان"
    i, j = org_bounds(tokens, keys, 2, 4)  # a listed name before the verb's noun stays
    assert doc.text[tokens.starts[i] : tokens.ends[j - 1]] == "شورای نگهبان"


@pytest.mark.parametrize(
    "text, org",
    [
        ("وی گفت که شورای نگهبان استفسار کند.", "شورای نگهبان"),
        ("همه از ستاد مدیریت بحران پیروی می‌کنند.", "ستاد مدیریت بحران"),
    ],
)
def test_a_rule_found_name_stops_before_the_clause(text, org):
    found = extract_text(text, use_model=False).organizations
    assert [o.name for o in found] == [org]


@pytest.mark.parametrize(
    "span, name",
    [
        ("غرب آن اقیانوس آرام", "اقیانوس آرام"),
        ("به‌واقع کمالشهر", "کمالشهر"),
        ("کشور افغانستان", "کشور افغانستان"),
    ],
)
def test_a_place_has_no_function_word_at_its_edges(span, name):
    from khabar.extract.place_spans import place_bounds

    doc = repair(span)
    tokens = doc.token_columns
    i, j = place_bounds(tokens.words, lx.keys_of(tokens.words), 0, len(tokens))
    assert doc.text[tokens.starts[i] : tokens.ends[j - 1]] == name


@pytest.mark.parametrize(
    "text, words, name",
    [
        # the tagger's span runs into a light verb's noun: the place ends before it
        ("در بندر امام افتتاح خواهد شد .", 3, "بندر امام"),
        ("در منطقه شمال غرب ایجاد شده است .", 4, "منطقه شمال غرب"),
        ("در حرم مطهر نصب شد .", 3, "حرم مطهر"),
        # a listed place, a place's first word, a given name, a listed body: kept
        ("وارد استان خوزستان شد .", 2, "استان خوزستان"),
        ("باعث وحشت شهروندان محله خراسان شده بود .", 2, "محله خراسان"),
        ("وارد گمرک مهران شد .", 2, "گمرک مهران"),
        ("وارد کاخ سفید می‌شود .", 2, "کاخ سفید"),
    ],
)
def test_a_place_ends_before_a_light_verbs_noun(text, words, name):
    from khabar.extract.place_spans import place_bounds

    doc = repair(text)
    tokens = doc.token_columns
    i = next(k for k, w in enumerate(tokens.words) if w == name.split()[0])
    i, j = place_bounds(tokens.words, lx.keys_of(tokens.words), i, i + words)
    assert doc.text[tokens.starts[i] : tokens.ends[j - 1]] == name


@pytest.mark.parametrize(
    "text, org",
    [
        # the tagger marks the place; the word of a body before it makes it one organization
        (
            "او در صد و سی و پنجمین جلسه علنی شورای شهر مشهد که در تالار شهر برگزار شد، سخن گفت.",
            "شورای شهر مشهد",
        ),
        ("او ده ماه پیش از محل سفارت اکوادور در شهر لندن خارج شد.", "سفارت اکوادور"),
        # a country's forces named by their arm
        (
            "به گزارش ایسنا، سخنگوی نیروی هوایی پاکستان اظهار کرد، یک فروند جنگنده اف۱۶ سقوط کرد.",
            "نیروی هوایی پاکستان",
        ),
        (
            "بیروت از یونیفل که از نیروهای مسلح لبنان در تأمین امنیت مرزهای جنوبی پشتیبانی"
            " می‌کند، قدردان است.",
            "نیروهای مسلح لبنان",
        ),
    ],
)
def test_a_body_before_the_place_it_serves_is_one_organization_holding_the_place(text, org):
    doc = extract_text(text)
    assert org in {o.name for o in doc.organizations}
    assert org.split()[-1] in {p.name for p in doc.places}  # a mention of the place as well


def test_a_place_the_tagger_takes_whole_with_a_body_word_opening_it_is_the_body():
    from khabar.extract.org_spans import body_of_a_place

    keys = lx.keys_of(
        repair("با حضور در مجلس ملی نیکاراگوئه با نائب رئیس دیدار کرد").token_columns.words
    )
    i = keys.index("مجلس")
    assert body_of_a_place(keys, i, i + 3, set()) == (i, i + 3)
    assert body_of_a_place(keys, i + 2, i + 3, set()) is None  # «ملی» opens no body
    assert body_of_a_place(keys, i + 1, i + 3, set()) == (i, i + 3)
    assert body_of_a_place(keys, i + 1, i + 3, {i}) is None  # the tagger has that word


@pytest.mark.parametrize(
    "text, org",
    [
        (
            "هدف‌گیری ادارات و پایگاه‌های امنیتی و نظامی دولت کابل، حملات انتحاری انجام نمی‌دهند.",
            "دولت کابل",
        ),
        ("پلیس آمستردام از انفجار دیگری از یک بسته پستی دیگر خبر داد.", "پلیس آمستردام"),
    ],
)
def test_a_listed_body_before_a_place_abroad_is_not_irans(text, org):
    assert [o.name for o in extract_text(text).organizations] == [org]


def test_a_listed_name_of_ordinary_words_is_a_body_where_a_body_word_opens_it():
    doc = extract_text("برادرش محمدباقر نوبخت در راس سازمان برنامه و بودجه دولت قرار دارد.")
    assert "سازمان برنامه و بودجه" in {o.name for o in doc.organizations}
    # one named before, maybe abroad, is not the listed one
    doc = extract_text(
        "فدرال رزرو در طول تاریخ بیش از صدسال این بانک مرکزی بر روی کرسی جدید خود نشست."
    )
    assert "بانک مرکزی جمهوری اسلامی ایران" not in {o.name for o in doc.organizations}


def test_a_commission_of_the_parliament_is_named_with_it():
    doc = repair("اما رئیس کمیسیون بهداشت مجلس نظر دیگری دارد.")
    tokens = doc.token_columns
    keys = lx.keys_of(tokens.words)
    i = keys.index("کمیسیون")
    a, b = org_bounds(tokens, keys, i, i + 2)  # the tagger's span stops before «مجلس»
    assert doc.text[tokens.starts[a] : tokens.ends[b - 1]] == "کمیسیون بهداشت مجلس"
    doc = repair("او عضو کمیسیون اقتصادی مجلس شورای اسلامی بوده است.")
    tokens = doc.token_columns
    keys = lx.keys_of(tokens.words)
    i = keys.index("کمیسیون")
    a, b = org_bounds(tokens, keys, i, i + 2)
    assert doc.text[tokens.starts[a] : tokens.ends[b - 1]] == "کمیسیون اقتصادی مجلس شورای اسلامی"


def test_a_board_a_few_words_before_the_place_it_serves_is_one_organization():
    from khabar.extract.org_spans import body_of_a_place

    keys = lx.keys_of(repair("رییس هیات گلف استان کرمانشاه در ادامه گفت").token_columns.words)
    i = keys.index("استان")
    assert body_of_a_place(keys, i, i + 2, set()) == (keys.index("هیات"), i + 2)
    keys = lx.keys_of(repair("هیات واتیکانی در ایران دیدار کرد").token_columns.words)
    i = keys.index("ایران")
    assert body_of_a_place(keys, i, i + 1, set()) is None  # a preposition between
    keys = lx.keys_of(repair("بزرگ‌ترین هیات اقتصادی امارات بعد از ۸ سال آمد").token_columns.words)
    i = keys.index("امارات")
    assert body_of_a_place(keys, i, i + 1, set()) is None  # a delegation from a country
    keys = lx.keys_of(repair("رئیس اداره راه و شهرسازی قوچان گفت").token_columns.words)
    i = keys.index("قوچان")
    assert body_of_a_place(keys, i, i + 1, set()) == (keys.index("اداره"), i + 1)


def test_a_board_spelled_with_hamza_and_a_board_of_trustees_serve_their_place():
    from khabar.extract.org_spans import body_of_a_place

    keys = lx.keys_of(repair("رییس هیئت گلف استان کرمانشاه در ادامه گفت").token_columns.words)
    i = keys.index("استان")
    assert body_of_a_place(keys, i, i + 2, set()) == (i - 2, i + 2)  # «هیئت» as «هیات»
    # a board of trustees before a town is that town's, never a delegation from it
    text = "رییس هیئت امنای ورزشی کمالشهر منصوب شد"
    keys = lx.keys_of(repair(text).token_columns.words)
    i = keys.index("کمالشهر")
    assert body_of_a_place(keys, i, i + 1, set()) == (i - 3, i + 1)
    keys = lx.keys_of(repair("هیئت اقتصادی امارات آمد").token_columns.words)
    assert body_of_a_place(keys, 2, 3, set()) is None


def test_the_word_of_a_bodys_kind_before_the_taggers_span_opens_the_name():
    from khabar.extract.tagged_entities import organizations

    doc = repair("عظیمی گفت که در سازمان یونسکو نام نیما ثبت شده است.")
    tokens = doc.token_columns
    keys = lx.keys_of(tokens.words)
    k = keys.index("یونسکو")
    found = organizations(tokens, keys, doc.text, [("ORG", k, k + 1)], [], set(), set())
    assert [doc.text[m.start : m.end] for o in found for m in o.mentions] == ["سازمان یونسکو"]
    # not where the word belongs to a person's name or another span
    found = organizations(tokens, keys, doc.text, [("ORG", k, k + 1)], [], {k - 1}, set())
    assert [doc.text[m.start : m.end] for o in found for m in o.mentions] == ["یونسکو"]


def test_a_heads_word_before_the_taggers_span_opens_the_name():
    from khabar.extract.tagged_entities import organizations

    doc = repair("شهروندان می‌توانند به مرکز پلیس امنیت اخلاقی اطلاع دهند.")
    tokens = doc.token_columns
    keys = lx.keys_of(tokens.words)
    k = keys.index("پلیس")
    found = organizations(tokens, keys, doc.text, [("ORG", k, k + 3)], [], set(), set())
    assert [doc.text[m.start : m.end] for o in found for m in o.mentions] == [
        "مرکز پلیس امنیت اخلاقی"
    ]


@pytest.mark.parametrize(
    "text, span, name",
    [
        # the tagger cut a listed body short: the listed name that holds its span
        (
            "گزارش را به کمیسیون امنیت ملی و سیاست خارجی می‌دهد.",
            "کمیسیون امنیت ملی",
            "کمیسیون امنیت ملی و سیاست خارجی",
        ),
        ("بر اساس قطعنامه مجمع عمومی سازمان ملل باید", "سازمان ملل", "مجمع عمومی سازمان ملل"),
        # the minister's words name the ministry as listed
        ("وزیر صنعت و معدن و تجارت همچنین گفت", "صنعت و معدن", "صنعت و معدن و تجارت"),
        # a listed name opening with a word of no body's kind is left: PEYMA seldom takes it
        ("نیروهای پیشمرگه و ترکمن در ستون‌ها", "پیشمرگه", "پیشمرگه"),
    ],
)
def test_a_listed_name_holding_the_taggers_span_is_the_name(text, span, name):
    doc = repair(text)
    tokens = doc.token_columns
    keys = lx.keys_of(tokens.words)
    span_keys = lx.keys_of(span.split())
    i = next(k for k in range(len(keys)) if keys[k : k + len(span_keys)] == span_keys)
    a, b = org_bounds(tokens, keys, i, i + len(span_keys))
    assert doc.text[tokens.starts[a] : tokens.ends[b - 1]] == name


@pytest.mark.parametrize(
    "span, parts",
    [
        ("تهران و هانوی", ["تهران", "هانوی"]),
        ("ایران و عراق", ["ایران", "عراق"]),
        # a listed place whose name holds «و» is one
        ("سیستان و بلوچستان", ["سیستان و بلوچستان"]),
        ("استان کهگیلویه و بویراحمد", ["استان کهگیلویه و بویراحمد"]),
        ("بوسنی و هرزگوین", ["بوسنی و هرزگوین"]),
        # not where a side is no listed place whole
        ("فرودگاه و متروی بروکسل", ["فرودگاه و متروی بروکسل"]),
    ],
)
def test_two_listed_places_joined_by_and_are_two(span, parts):
    from khabar.extract.place_spans import place_parts

    doc = repair(span)
    tokens = doc.token_columns
    keys = lx.keys_of(tokens.words)
    found = place_parts(keys, 0, len(keys))
    assert [doc.text[tokens.starts[i] : tokens.ends[j - 1]] for i, j in found] == parts


def test_a_name_in_quotes_after_the_word_of_its_kind_is_named_with_both():
    from khabar.extract.tagged_entities import organizations

    doc = repair("به گزارش وب‌سایت « اندروید اتوریتی » لیستی از بهترین گوشی‌ها منتشر شد.")
    tokens = doc.token_columns
    keys = lx.keys_of(tokens.words)
    k = keys.index("اندروید")
    found = organizations(tokens, keys, doc.text, [("ORG", k, k + 2)], [], set(), set())
    assert [doc.text[m.start : m.end] for o in found for m in o.mentions] == [
        "وب‌سایت « اندروید اتوریتی »"
    ]
    assert [o.name for o in found] == ["وب‌سایت اندروید اتوریتی"]  # named without the marks
    # not where the word of its kind belongs to another span
    found = organizations(tokens, keys, doc.text, [("ORG", k, k + 2)], [], {k - 2}, set())
    assert [doc.text[m.start : m.end] for o in found for m in o.mentions] == ["اندروید اتوریتی"]
    # a listed one keeps its listed name
    doc = repair("روزنامه «کیهان» در سرمقاله خود نوشت که کار ادامه دارد.")
    tokens = doc.token_columns
    keys = lx.keys_of(tokens.words)
    k = keys.index("کیهان")
    found = organizations(tokens, keys, doc.text, [("ORG", k, k + 1)], [], set(), set())
    assert [(o.name, doc.text[m.start : m.end]) for o in found for m in o.mentions] == [
        ("روزنامه کیهان", "روزنامه «کیهان»")
    ]


IMAMS_ORDER = "ستاد اجرایی فرمان حضرت امام (ره)"


@pytest.mark.parametrize(
    "text",
    [
        "وی افزود: در کنار این ستاد، ستادی با عنوان ستاد اجرایی مقابله با کرونا نیز وجود دارد"
        " که با دستور رییس جمهور تشکیل شده و مسوولیت آن با بنده است.",
        "به گزارش روز نو، محمدصادق براتی روز پنجشنبه در پنجمین نشست ستاد اجرایی خدمات سفر"
        " خراسان رضوی افزود: تاکنون پنج نشست طی هفته گذشته برگزار شده است.",
        "خبرگزاری فارس: رئیس ستاد اجرایی جشنواره مشارکت‌های مردمی شهرداری تهران گفت: از هر"
        " منطقه شهرداری تهران حدود 10 طرح معرفی می‌شود.",
        "پیشنهاد دیگر شورا بود که در حضور صفار هرندی؛ نماینده ریاست جمهوری و رئیس ستاد"
        " اجرایی این طرح، مطرح شد.",
        "رئیس سازمان بسیج جامعه زنان استان سمنان گفت: این طرح اجرا می‌شود.",
    ],
)
def test_a_short_name_that_other_bodies_names_open_with_is_none_when_a_name_goes_on(text):
    # «ستاد اجرایی» alone is the Imam's order's, «ستاد اجرایی خدمات سفر» another body
    doc = extract_text(text)
    assert IMAMS_ORDER not in {o.name for o in doc.organizations}
    assert "سازمان بسیج مستضعفین" not in {o.name for o in doc.organizations}


@pytest.mark.parametrize(
    "text",
    [
        "مخبر ادامه داد: ستاد اجرایی دخالتی در توزیع و ارزش‌گذاری ندارد و تنها مسئولیت"
        " واردات آن را دارد.",
        "پیش از این ۱۲ هزار بسته جهیزیه توسط ستاد اجرایی در مناطق کم‌برخوردار کشور توزیع شده بود.",
        "رئیس ستاد اجرایی گفت: قرارداد تولید یک میلیون دست لباس بسته شد.",
        "خوشبختانه بنیاد مستضعفان، ستاد اجرایی فرمان امام و خیرین برای مشارکت آمدند.",
    ],
)
def test_the_short_name_alone_or_before_the_clause_is_the_listed_body(text):
    doc = extract_text(text)
    assert IMAMS_ORDER in {o.name for o in doc.organizations}


@pytest.mark.parametrize("board", ["هیات", "هیئت"])
def test_the_cabinet_is_named_alike_in_either_spelling_of_its_board(board):
    # the keys fold «هیئت» to «هییت»: a list of words must hold the folded form
    doc = extract_text(f"روحانی در جلسه {board} دولت گفت که طرح تصویب شد.")
    named = {o.name: [doc.text[m.start : m.end] for m in o.mentions] for o in doc.organizations}
    assert named == {"دولت جمهوری اسلامی ایران": [f"{board} دولت"]}


@pytest.mark.parametrize(
    "span, name",
    [
        # a predicate of duty or a word of reference after a body ends its name
        ("وزارت راه و شهرسازی موظف", "وزارت راه و شهرسازی"),
        ("دستگاه قضائی ذیربط", "دستگاه قضائی"),
        ("گروه دوستی پارلمانی ژاپن بعدازظهر", "گروه دوستی پارلمانی ژاپن"),
    ],
)
def test_a_word_of_duty_or_reference_after_a_body_is_no_part_of_its_name(span, name):
    assert bounded(span) == name


@pytest.mark.parametrize(
    "span, parts",
    [
        # a table of results: the score after a team's town ends the team's name
        ("حفاری اهواز 1 دبیری تبریز", ["حفاری اهواز", "دبیری تبریز"]),
        # a number that names a channel or a court is the body's
        ("شبکه ۱۳ اسرائیل", ["شبکه ۱۳ اسرائیل"]),
        ("دادگاه کیفری ۲ شیراز", ["دادگاه کیفری ۲ شیراز"]),
    ],
)
def test_a_score_between_two_teams_cuts_the_taggers_span(span, parts):
    from khabar.extract.org_spans import org_parts

    doc = repair(span)
    tokens = doc.token_columns
    found = org_parts(lx.keys_of(tokens.words), 0, len(tokens))
    assert [doc.text[tokens.starts[i] : tokens.ends[j - 1]] for i, j in found] == parts


def test_the_republic_of_a_presidents_title_is_no_body_and_the_country_a_place():
    from khabar.extract.tagged_spans import kind_spans

    doc = repair("فرانسوا اولاند رئیس جمهوری فرانسه به لبنان سفر کرد.")
    tokens = doc.token_columns
    keys = lx.keys_of(tokens.words)
    i = keys.index("جمهوری")
    tagged = [("ORG", i, i + 2)]  # the tagger's «جمهوری فرانسه»
    assert kind_spans(tokens, keys, tagged, "ORG") == []
    assert kind_spans(tokens, keys, tagged, "LOC") == [(i + 1, i + 2)]
    # the Islamic Republic is the state, a body
    doc = repair("حسن روحانی رئیس جمهوری اسلامی ایران از این ادعا انتقاد کرد.")
    tokens = doc.token_columns
    keys = lx.keys_of(tokens.words)
    i = keys.index("جمهوری")
    assert kind_spans(tokens, keys, [("ORG", i, i + 3)], "ORG") == [(i, i + 3)]


def test_two_terms_of_a_body_named_as_one_take_the_second_ordinal():
    from khabar.extract.org_spans import and_one_more

    words = repair("آیا مسئولانی در دولت نهم و دهم بوده‌اند").token_columns.words
    keys = lx.keys_of(words)
    j = keys.index("و")
    assert and_one_more(keys, j, set()) == j + 2  # «دولت نهم | و دهم»
    assert and_one_more(keys, j, {j + 1}) == j  # the tagger marks the word after
    words = repair("رابطه اوپک و متحدانش امروز از هم بپاشد").token_columns.words
    keys = lx.keys_of(words)
    j = keys.index("و")
    assert and_one_more(keys, j, set()) == j  # another after «و», no ordinal


def test_a_name_the_tagger_marks_once_names_the_body_where_it_stands_again():
    from khabar.extract.tagged_entities import _named_again

    text = (
        "دولت سعودی برنامه‌ای را آغاز کرد. وزیر خارجه عراق از دولت سعودی توضیح خواست و "
        "گفت این دولت سعودی پاسخ نداد. شبکه خبری الجزیره نیز نوشت که شبکه خبری پاسخ نداد."
    )
    keys = lx.keys_of(repair(text).token_columns.words)
    again = [i for i, k in enumerate(keys) if k == "دولت"]
    first = (again[0], again[0] + 2, None)
    # the second stands unmarked; the third, after a demonstrative, is the one named before
    assert _named_again(keys, [first], set()) == [first, (again[1], again[1] + 2, None)]
    # words the tagger marks as something else are no mention of it
    assert _named_again(keys, [first], {again[1]}) == [first]
    # a body's word and an adjective name none: «شبکه خبری» alone is not named again
    news = [i for i, k in enumerate(keys) if k == "شبکه"]
    kind = (news[0], news[0] + 2, None)
    assert _named_again(keys, [kind], set()) == [kind]


def test_a_name_named_again_is_the_longest_of_those_marked_with_its_first_words():
    from khabar.extract.tagged_entities import _named_again

    text = (
        "اتحادیه کشوری فروشگاه‌های زنجیره‌ای اعلام کرد. اتحادیه کشوری فروشگاه‌های استان "
        "نیز خبر داد. رئیس اتحادیه کشوری فروشگاه‌های زنجیره‌ای گفت."
    )
    keys = lx.keys_of(repair(text).token_columns.words)
    at = [i for i, k in enumerate(keys) if k == "اتحادیه"]
    long, short = (at[0], at[0] + 4, None), (at[1], at[1] + 3, None)
    # the whole name, not the shorter one marked too, in every order of the set of names
    assert _named_again(keys, [long, short], set()) == [long, short, (at[2], at[2] + 4, None)]


def test_a_court_the_police_and_a_chamber_before_their_place_are_bodies():
    from khabar.extract.org_spans import body_of_a_place

    for text, name in [
        ("هرچند دادگاه شهر شیراز به این موضوع رسیدگی نکرد", "دادگاه شهر شیراز"),
        ("عملکرد پلیس لندن در قبال شکایت‌ها", "پلیس لندن"),
        ("او در دادگاه کیفری یک استان تهران محاکمه شد", "دادگاه کیفری یک استان تهران"),
    ]:
        doc = repair(text)
        tokens = doc.token_columns
        keys = lx.keys_of(tokens.words)
        end = next(
            j for j in range(len(keys), 0, -1) if doc.text[: tokens.ends[j - 1]].endswith(name)
        )
        start = end - 1 if name != "دادگاه شهر شیراز" else end - 2  # the place the tagger marks
        i, j = body_of_a_place(keys, start, end, set())
        assert doc.text[tokens.starts[i] : tokens.ends[j - 1]] == name


def test_a_place_taken_or_freed_is_a_place_not_a_body():
    from khabar.extract.tagged_spans import kind_spans

    doc = repair("در فتح خرمشهر و عملیات‌های رمضان و والفجر یکی از یگان‌های عمل‌کننده بود.")
    tokens = doc.token_columns
    keys = lx.keys_of(tokens.words)
    i = keys.index("فتح")
    tagged = [("ORG", i, i + 2)]  # as a tagger trained before such names may mark it
    assert kind_spans(tokens, keys, tagged, "ORG") == []
    assert kind_spans(tokens, keys, tagged, "LOC") == [(i + 1, i + 2)]


def test_a_periodical_named_like_a_person_is_a_periodical():
    from khabar.extract.tagged_spans import kind_spans

    doc = repair("وی با اشاره به اینکه فصلنامه فرهنگ رضوی تنها مجله‌ای علمی است، سخن گفت.")
    tokens = doc.token_columns
    keys = lx.keys_of(tokens.words)
    i = keys.index("فرهنگ")
    tagged = [("PER", i, i + 2)]  # «فرهنگ» a given name, «رضوی» a family name
    assert kind_spans(tokens, keys, tagged, "PER") == []
    assert kind_spans(tokens, keys, tagged, "ORG") == [(i - 1, i + 2)]


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "مدیر بازرسی و نظارت اصناف استان اصفهان به همراه رئیس اتحادیه گوشت قرمز اصفهان "
            "از این واحد بازدید کرد.",
            "بازرسی و نظارت اصناف استان اصفهان",
        ),
        (
            "بعضی از فروشندگان کتاب اقدام به نگهداری و خرید و فروش کتب غیرمجاز کرده‌اند که در همین "
            "راستا هماهنگی لازم با کارشناسان اتحادیه و کارشناس فرهنگ و ارشاد اسلامی انجام شده و "
            "با هماهنگی دستگاه قضایی عملیاتی برای برخورد با متخلفان انجام شد.",
            "فرهنگ و ارشاد اسلامی",
        ),
    ],
)
def test_the_body_after_a_post_opens_with_the_word_before_and(text, body):
    assert body in [o.name for o in extract_text(text).organizations]


def test_no_body_after_a_post_takes_a_post_or_a_pronoun_before_and():
    text = "این محموله با حضور نماینده دادستان و نیروی انتظامی کشف شد."
    names = [o.name for o in extract_text(text).organizations]
    assert not any(n.startswith("دادستان") for n in names)


@pytest.mark.parametrize(
    "span, name",
    [
        # a word that opens a clause or the sentence's next part ends the name before it
        ("شرکت مدرنا تراپیوتیکز که تحقیقات و ساخت", "شرکت مدرنا تراپیوتیکز"),
        ("وزارت دفاع روسیه ضمن بیان", "وزارت دفاع روسیه"),
        ("کمیسیون سیاسی دفاعی هیأت دولت همچنین روستای نهاوند", "کمیسیون سیاسی دفاعی هیأت دولت"),
        ("شورای تامین و سپس ارشاد", "شورای تامین"),
        # and so does a comma with no «و» after it
        ("صندوق بین‌المللی پول، کسری بودجه عربستان سعودی", "صندوق بین‌المللی پول"),
        ("کمیسیون اصل نود مجلس، جمهوری اسلامی ایران", "کمیسیون اصل نود مجلس"),
        # but not a comma between the parts of one name, listed up to «و» or another comma
        ("وزارت صنعت، معدن و تجارت", "وزارت صنعت، معدن و تجارت"),
        ("وزارت بهداشت، درمان وآموزش پزشکی", "وزارت بهداشت، درمان وآموزش پزشکی"),
        ("سازمان علمی، فرهنگی، آموزشی ملل متحد", "سازمان علمی، فرهنگی، آموزشی ملل متحد"),
        ("مرکز فرهنگی، هنری بوشهر", "مرکز فرهنگی، هنری بوشهر"),
    ],
)
def test_a_clause_after_the_name_ends_it_and_a_list_of_its_parts_does_not(span, name):
    assert bounded(span) == name


def test_a_comma_before_and_past_the_taggers_span_keeps_the_parts_together():
    doc = repair("رئیس هیات جودو، جوجیتسو و کوراش خراسان رضوی گفت")
    tokens = doc.token_columns
    keys = lx.keys_of(tokens.words)
    i, j = org_bounds(tokens, keys, 1, 5)  # the tagger's «هیات جودو، جوجیتسو»
    assert doc.text[tokens.starts[i] : tokens.ends[j - 1]] == "هیات جودو، جوجیتسو"


@pytest.mark.parametrize(
    "span, name",
    [
        # an adverb in «ا», a verb with its preverb or a «و» after the name is none of it
        ("شورای عالی سیاست‌گذاری اساسا", "شورای عالی سیاست‌گذاری"),
        ("دولت فوراً", "دولت"),
        ("دیوان عالی برمی‌گردد", "دیوان عالی"),
        ("شورای روسای کل دادگستری و", "شورای روسای کل دادگستری"),
        # a preposition after a listed name opens the clause («بانک مرکزی برای الحاق»)
        ("بانک مرکزی برای الحاق", "بانک مرکزی"),
        ("سازمان ملل در امور لیبی", "سازمان ملل"),
        # not one inside an unlisted name
        ("صندوق حمایت از تحقیقات", "صندوق حمایت از تحقیقات"),
        # but a word of the name is kept
        ("بانک برگ", "بانک برگ"),
    ],
)
def test_an_adverb_a_preverbed_verb_or_and_after_the_name_is_no_part_of_it(span, name):
    assert bounded(span) == name


@pytest.mark.parametrize(
    "text, body",
    [
        ("به گزارش روابط عمومی بانک مرکزی، نرخ سود تغییر نکرد.", "بانک مرکزی"),
        ("به گزارش روابط‌عمومی وزارت کشور، انتخابات برگزار شد.", "وزارت کشور"),
    ],
)
def test_public_relations_before_the_taggers_span_open_the_name(text, body):
    from khabar.extract.tagged_entities import organizations

    doc = repair(text)
    tokens = doc.token_columns
    keys = lx.keys_of(tokens.words)
    k = keys.index(lx.key(body.split()[0]))
    found = organizations(tokens, keys, doc.text, [("ORG", k, k + 2)], [], set(), set())
    mentions = [doc.text[m.start : m.end] for o in found for m in o.mentions]
    assert mentions == [doc.text[doc.text.index("روابط") : doc.text.index(body) + len(body)]]


def test_a_post_after_and_inside_the_taggers_span_opens_another_body():
    from khabar.extract.org_spans import org_parts

    doc = repair("سازمان بازرگانی و دبیر کمیته توسعه صادرات استان گلستان")
    tokens = doc.token_columns
    found = org_parts(lx.keys_of(tokens.words), 0, len(tokens))
    assert [doc.text[tokens.starts[i] : tokens.ends[j - 1]] for i, j in found] == [
        "سازمان بازرگانی",
        "دبیر کمیته توسعه صادرات استان گلستان",  # org_bounds leaves the post out
    ]


def _org_mentions(text: str) -> dict[str, list[str]]:
    doc = extract_text(text)
    return {o.name: [doc.text[m.start : m.end] for m in o.mentions] for o in doc.organizations}


def test_the_presidency_alone_is_the_office():
    # PEYMA's training part tags «ریاست جمهوری» alone 0 times of 55
    text = (
        "اهمیت این موضوع زمانی درک می‌شود که بدانیم در دوره هشت‌ساله ریاست‌جمهوری مرحوم"
        " هاشمی رفسنجانی، خدمات بسیاری در حوزه اقتصادی و ایجاد زیرساخت‌ها صورت گرفته بود."
    )
    assert "نهاد ریاست جمهوری" not in _org_mentions(text)
    # a post's body, named by the office's words
    assert "نهاد ریاست جمهوری" in _org_mentions("نماینده ریاست جمهوری گفت که کار ادامه دارد.")


def test_a_parliament_or_government_named_by_its_term():
    text = (
        "نماینده مجلس ششم در رابطه با علت ریزش رأی اصلاح‌طلبان در انتخابات مجلس یازدهم افزود:"
        " بخش دیگر این تخریب‌ها به رسانه‌های داخلی مربوط می‌شود."
    )
    assert _org_mentions(text)["مجلس ششم"] == ["مجلس ششم"]
    text = "او همین‌طور میزان رای رییس جمهور دولت دوازدهم را از مجموع آرا، 290 نماینده بیشتر دانست."
    assert _org_mentions(text)["دولت دوازدهم"] == ["دولت دوازدهم"]
    # «سهم» is a share, no ordinal
    text = (
        "اصلاح‌طلبان را به سهم‌خواهی از دولت متهم کرد که در شرایط فعلی به‌جای کمک به دولت سهم"
        " بیشتری طلب می‌کنند."
    )
    assert "دولت سهم" not in _org_mentions(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "کواکبیان و فرج کمیجانی که سابقه انشعاب از جبهه مشارکت را دارند و راه چمنی که سابقه"
            " انشعاب از حزب همبستگی را دارد، در کنار کمالی که انتخابات ۹۶ لیست دومی را منتشر کرده"
            " بود، می‌توانند در این گروه قرار بگیرند.",
            {"جبهه مشارکت ایران اسلامی", "حزب همبستگی ایران اسلامی"},
        ),
        (
            "روزنامه‌های نزدیک به حزب مشارکت نیز با انتشار مباحث وی فرصت انعکاس دیدگاه‌های آقای"
            " علیخانی در ایران را به او می‌دادند.",
            {"جبهه مشارکت ایران اسلامی"},
        ),
        (
            "تلاش‌های تیم مهمان بی‌نتیجه بود و یوونتوس با کسب سه امتیاز جایگاه خود را از لاتزیو"
            " پس گرفت.",
            {"باشگاه یوونتوس", "باشگاه لاتزیو"},
        ),
        (
            "در دیگر بازی‌ها اسپال با یک گل پارما را شکست داد، سامپدوریا ۲ بر یک برابر ورونا"
            " پیروز شد و دیدار اودینزه و فیورنتینا با تساوی بدون گل به پایان رسید.",
            {"باشگاه اودینزه", "باشگاه فیورنتینا"},
        ),
    ],
)
def test_listed_parties_and_clubs_the_tagger_leaves_unmarked(text, names):
    # a listed name of ordinary words stands after a party's word («جبهه», «حزب»)
    assert names <= set(_org_mentions(text))


def test_the_people_of_a_body_or_a_score_open_no_name():
    # PEYMA's training part opens no organization with «اعضای», «سود», ... and puts them
    # right before one 76 times
    text = "میزبانی جام جهانی 1982 و مسابقات المپیک به سود فوتبال اسپانیا تمام شد."
    assert "سود فوتبال اسپانیا" not in _org_mentions(text)


def test_a_channel_named_by_its_number():
    # ARMAN's news (folds 1-2, quoted as a fixture): the tagger leaves «شبکه پنج» unmarked
    text = (
        "در میان شبکه‌های پنجگانه شبکه پنج تنها شبکه‌ای است كه روش حذف مجری را برای اعلام"
        " برنامه در پیش گرفته و موفق هم هست ؛ چون اغلب برنامه‌های این شبکه زنده است ."
    )
    assert _org_mentions(text)["شبکه پنج"] == ["شبکه پنج"]


@pytest.mark.parametrize(
    "text, name, mention",
    [
        # a listed acronym written with periods between its letters is that body
        (
            "برخی از ایرانیان خواهان کنترل و استماع مستقیم تلفن خود توسط اف. بی. آی شده‌اند.",
            "اداره تحقیقات فدرال آمریکا",
            "اف. بی. آی",
        ),
        (
            "اما بی.بی.سی از قول وی وعده داده است که «شاید در این سفارت پارکی بسازد».",
            "بی‌بی‌سی",
            "بی.بی.سی",
        ),
        # the ZWNJ on each side of the period is repaired away
        ("اما يك سخنگوی بی‌.‌بی‌.‌سی اعلام کرده كه این بنگاه همچنان فعال است .", "بی‌بی‌سی", None),
    ],
)
def test_dotted_acronym_is_the_listed_body(text: str, name: str, mention: str | None) -> None:
    doc = extract_text(text)
    found = {o.name: [doc.text[m.start : m.end] for m in o.mentions] for o in doc.organizations}
    assert name in found
    if mention is not None:
        assert found[name] == [mention]


@pytest.mark.parametrize(
    "text, orgs, places",
    [
        # the plural of a team opens no name: each team after it is one
        (
            "اتفاقات عجیب مسابقه تیم‌های پرسپولیس و سپاهان در اصفهان به شکل دیگری در دربی"
            " حساس قاهره و در بازی تیم‌های الاهلی و الزمالک تکرار شد.",
            {"پرسپولیس", "سپاهان", "الاهلی"},
            {"اصفهان"},
        ),
        # a country's team is its place
        (
            "این روزنامه، تیم‌های مکزیک و پرتغال را به عنوان تیم‌های صعود‌کننده گروه D، توصیف"
            " کرده است.",
            set(),
            {"مکزیک", "پرتغال"},
        ),
    ],
)
def test_the_teams_after_their_plural_are_each_one(text, orgs, places):
    doc = extract_text(text)
    mentions = {doc.text[m.start : m.end] for o in doc.organizations for m in o.mentions}
    assert orgs <= mentions
    assert not any(m.startswith("تیم") for m in mentions)
    assert places <= {p.name for p in doc.places}


def test_a_name_ends_before_in_and_a_place_but_a_mission_abroad():
    assert bounded("بانک ملی استرالیا در ملبورن") == "بانک ملی استرالیا"
    assert bounded("تیم کریکت سری لانکا در لاهور") == "تیم کریکت سری لانکا"
    assert bounded("کارخانه فولاد در کشور کویت") == "کارخانه فولاد"
    assert bounded("سفارت جمهوری اسلامی ایران در کویت") == "سفارت جمهوری اسلامی ایران در کویت"
    text = (
        "لاچلان شاو، مدیر تحقیقات کالا در بانک ملی استرالیا در ملبورن گفت: اگر این اختلال"
        " ادامه‌دار شود، بازار ممکن است واکنش نشان دهد."
    )
    doc = extract_text(text)
    assert "بانک ملی استرالیا" in {o.name for o in doc.organizations}


@pytest.mark.parametrize(
    "text, org",
    [
        # bodies of ordinary words the tagger leaves unmarked, listed after their body's word
        (
            "نخستین نشست اعضای جدید هیأت‌منصفه مطبوعات با حضور وزیر فرهنگ و ارشاد اسلامی"
            " برگزار شد .",
            "هیئت منصفه مطبوعات",
        ),
        (
            "با تصویب لایحه جرم سیاسی دادگاه انقلاب از رسیدگی به جرائم مطبوعاتی منع می‌شود .",
            "دادگاه انقلاب",
        ),
        ("فدراسیون کشتی اعلام کرد : کشتی‌گیران ایران آماده‌اند .", "فدراسیون کشتی"),
    ],
)
def test_a_listed_body_the_tagger_leaves_unmarked_is_found(text, org):
    assert org in {o.name for o in extract_text(text).organizations}


def test_the_teams_of_a_results_table_are_organizations():
    # a line of results of about 2000, its numbers as written there
    text = (
        "نتایج دیدارهای هفته به این شرح به دست آمد : استراسبورگ 2 ـ بوردو 1 ، نانسی 3 ـ رن صفر ،"
        " سدان 1 ـ ترویز يك ، لوهاور 2 ـ مون‌پلیه يك ."
    )
    doc = extract_text(text)
    found = {doc.text[m.start : m.end] for o in doc.organizations for m in o.mentions}
    assert {"بوردو", "رن", "ترویز", "مون‌پلیه"} <= found
    # a country's team is its place, and a dash between no scores makes no team
    doc = extract_text(
        "بسکتبال قهرمانی امیدهای آسیا : ایران 80 ـ قزاقستان 60 و تانک لئوپارد ـ 2 به شیلی رسید ."
    )
    assert not doc.organizations


@pytest.mark.parametrize(
    "text, place",
    [
        (
            "مذاکرات قرارداد توسعه میدان نفتی چنگوله با شرکت ایتالیایی انجام شد.",
            "میدان نفتی چنگوله",
        ),
        ("وی درباره ویژگیهای میدان گازی زیره گفت: این میدان بزرگ است.", "میدان گازی زیره"),
        ("از میدان نفتی دارخوین تولیدی صورت نمی‌گیرد.", "میدان نفتی دارخوین"),
    ],
)
def test_an_oil_or_gas_field_is_a_place_with_its_lead(text, place):
    assert place in [p.name for p in extract_text(text).places]


@pytest.mark.parametrize(
    "text",
    [
        "خط لوله به میدان نفتی می‌رسد.",
        "تولید از میدان نفتی کشور افزایش یافت.",
    ],
)
def test_no_field_after_a_fields_lead(text):
    assert not [p.name for p in extract_text(text).places if p.name.startswith("میدان")]


@pytest.mark.parametrize(
    "text, name",
    [
        ("این اقدامات آسیب جدی به نظام جمهوری اسلامی وارد کرده است.", "نظام جمهوری اسلامی"),
        ("آنچه در قالب تأسیس نظام جمهوری اسلامی و چه در قالب فقه آمد.", "نظام جمهوری اسلامی"),
        ("دشمنان برای براندازی نظام مقدس جمهوری اسلامی طرح‌ها ریختند.", "نظام مقدس جمهوری اسلامی"),
    ],
)
def test_the_system_before_the_islamic_republic_is_its_name(text, name):
    names = [o.name for o in extract_text(text).organizations]
    assert name in names and "جمهوری اسلامی" not in names


@pytest.mark.parametrize(
    "text",
    [
        "ورود یک دستگاه تویوتا لندکروز GRX 2014 نقره‌ای به کشور ممنوع است.",
        "چانگان CS35 به ۲۳۵ میلیون تومان، کیا سراتو ۲۰۰۰ اتوماتیک ۳۸۰ میلیون تومان و "
        "سیتروئن C3 تیپ یک ۴۴۵ میلیون تومان قیمت‌گذاری شد.",
        "بین ۹۶ تا ۹۸ میلیون تومان، پژو ۲۰۶ تیپ ۵ بین ۱۱۶ تا ۱۲۲ میلیون تومان است.",
    ],
)
def test_a_makers_name_before_a_models_is_a_product(text):
    assert not extract_text(text).organizations


@pytest.mark.parametrize(
    "text, names",
    [
        ("واردات از سه برند هیوندای ، کیا و تویوتا بوده‌اند .", {"هیوندای", "کیا", "تویوتا"}),
        ("برای بررسی تاثیرگذاری این اقدام سامسونگ گفت: ابتدا باید دید.", {"سامسونگ"}),
    ],
)
def test_a_maker_alone_is_an_organization(text, names):
    assert names <= {o.name for o in extract_text(text).organizations}


@pytest.mark.parametrize(
    "text, place, mention",
    [
        (
            "گروهی از آوارگان وارد شهر فیض‌آباد مرکز استان بدخشان شده‌اند.",
            "بدخشان",
            "استان بدخشان",
        ),
        (
            "اعضای این شبکه در يك مزرعه در استان حکاری به تولید هروئین مبادرت می‌کرد.",
            "حکاری",
            "استان حکاری",
        ),
        (
            "بهره‌برداری از شبکه آبیاری و زهکشی دشت آهوچر ، افتتاح کانالهای اصلی",
            "دشت آهوچر",
            "دشت آهوچر",
        ),
        (
            "دیدبان می‌گوید، ارتش سوریه وارد شهر سراقب شده و عملیات پاکسازی را شروع کرده است.",
            "سراقب",
            "شهر سراقب",
        ),
        (
            "به سوی ناحیه ددینیه محل اقامت و کار اسلوبودان میلوسویچ رفتند.",
            "ناحیه ددینیه",
            "ناحیه ددینیه",
        ),
    ],
)
def test_a_place_no_list_holds_after_the_word_that_says_place(text, place, mention):
    doc = extract_text(text)
    found = {p.name: [doc.text[m.start : m.end] for m in p.mentions] for p in doc.places}
    assert mention in found.get(place, [])


@pytest.mark.parametrize(
    "text",
    [
        "با تجهیزات کافی، تیم قایقرانی این استان نیمی از اعضای تیم ملی را دارد.",
        "بیمارانی داشتیم که 20 تا 30 روز در بخش ICU بستری بودند.",
        "گروه‌های فشار از تهران و اصفهان در شهر بیتوته کرده‌اند و آشوب را در خفا دامن می‌زنند.",
        "رئیس محترم امور مالیاتی شهر و استان تهرانمدیران کل محترم امور مالیاتی",
        "سردردی كه به دنبال صدمه به ناحیه زانوی بیمار ایجاد شده است.",
        "نمی‌توان انتظار داشت که استان وکشور ترقی کند.",
        "در آن مهمانی کل گانگسترهای شهر درآن دعوت شده‌اند.",
    ],
)
def test_no_place_of_a_word_after_the_word_that_says_place(text):
    places = [p.name for p in extract_text(text).places]
    assert not [n for n in places if n not in ("تهران", "اصفهان")], places


@pytest.mark.parametrize(
    "text, place",
    [
        ("به عنوان مثال در بیله‌سوار شاهد تابستانهایی گرم هستیم.", "بیله سوار"),
        ("موسیقی تربت‌جام از خطه خراسان معرفی می‌شود.", "تربت جام"),
        ("دربار امارات‌عربی‌متحده دوشنبه شب اعلام کرد.", "امارات متحده عربی"),
        ("یکی از بادامکاران آستانه‌اشرفیه گفت: نبود کارخانه مشکل است.", "آستانه اشرفیه"),
    ],
)
def test_a_listed_place_written_with_its_words_joined_by_a_zwnj(text, place):
    assert place in [p.name for p in extract_text(text).places]


def test_a_given_name_joined_by_a_zwnj_is_no_town_of_that_name():
    # «علی اکبر» and «دوست محمد» are towns; joined, the given names of many
    for name in ("علی‌اکبر", "دوست‌محمد"):
        assert lx.places().match([lx.key(name)], 0) is None
    assert lx.places().match([lx.key("تربت‌جام")], 0) is not None


def _keys(text: str) -> tuple[list[str], list[str]]:
    tokens = repair(text).token_columns
    return tokens.words, lx.keys_of(tokens.words)


def _at(keys: list[str], word: str) -> int:
    return keys.index(lx.key(word))


@pytest.mark.parametrize(
    "text, first, last, name",
    [
        # PEYMA's training part (its dev blocks): the tagger ends the name at a pair's first word
        (
            "مهدی مقامی ، مدیر انتشارات اوج کودک و نوجوان خبر داد : کتابها منتشر شد .",
            "انتشارات",
            "کودک",
            "انتشارات اوج کودک و نوجوان",
        ),
        (
            "افزایش حقوق فرهنگیان توسط معاونت توسعه مدیریت و پشتیبانی ابلاغ شده است .",
            "معاونت",
            "مدیریت",
            "معاونت توسعه مدیریت و پشتیبانی",
        ),
        # no listed pair: the name ends where the tagger ended it
        ("اوپک و متحدانش تولید را کم کردند .", "اوپک", "اوپک", "اوپک"),
    ],
)
def test_a_name_runs_on_over_a_pair_joined_by_and(text, first, last, name):
    words, keys = _keys(text)
    i = _at(keys, first)
    j = pair_run_on(keys, _at(keys, last) + 1, set())
    assert " ".join(words[i:j]) == name


@pytest.mark.parametrize(
    "text, court, name",
    [
        ("پرونده برای رسیدگی به شعبه دوم دادگاه کیفری استان تهران فرستاده شد .", "دادگاه", "شعبه"),
        ("بازداشت سحابی از سوی شعبه سوم دادگاه انقلاب اسلامی بود .", "دادگاه", "شعبه"),
        ("پرونده به شعبه ۱۵ دادسرای امور جنایی رفت .", "دادسرای", "شعبه"),
        ("شعبه بانک دادگاه را خرید .", "دادگاه", "دادگاه"),  # no branch's number
    ],
)
def test_a_courts_numbered_branch_opens_its_name(text, court, name):
    words, keys = _keys(text)
    assert words[court_branch(keys, _at(keys, court), set())] == name


def test_a_periodical_after_the_word_of_its_kind_is_named():
    words, keys = _keys(
        "مقالات فصلنامه فرهنگ رضوی به سه زبان ترجمه می‌شود . مدیرمسئول فصلنامه فرهنگ رضوی "
        "همراه با سردبیر دیدار کرد . ماهنامه پژواک ، در شماره تازه نوشت ."
    )
    found = [" ".join(words[a:b]) for a, b in periodical_names(words, keys, set())]
    # the second runs on past two words («همراه»): found as the first named again
    assert found == ["فصلنامه فرهنگ رضوی", "ماهنامه پژواک"]


@pytest.mark.parametrize(
    "text",
    [
        "این فصلنامه به سه زبان منتشر می‌شود .",  # pointed at: named before
        "مجله علمی به سه زبان منتشر می‌شود .",  # an adjective of its kind
        "وی در نشریه خود نوشت که کار ادامه دارد .",
        "مطلب فصلنامه را خواندم .",
    ],
)
def test_no_periodical_where_no_name_follows_its_word(text):
    words, keys = _keys(text)
    assert periodical_names(words, keys, set()) == []


@pytest.mark.parametrize(
    "span, name",
    [
        ("الحشدالشعبی تشکر", "الحشدالشعبی"),
        ("کمیته امداد استان بابیان", "کمیته امداد استان"),
        ("کمیسیون تلفیق تشکیل", "کمیسیون تلفیق"),
        (
            "وزارت دفاع و پشتیبانی نیروهای مسلح بمناسبت هفته کارگر",
            "وزارت دفاع و پشتیبانی نیروهای مسلح",
        ),
    ],
)
def test_a_light_verbs_noun_or_a_glued_preposition_ends_a_name(span, name):
    assert bounded(span) == name


@pytest.mark.parametrize(
    "text, first, end, short",
    [
        ("تیم‌های فوتبال سیاه جامگان مشهد و پیکان تهران امروز بازی دارند .", "سیاه", "و", None),
        ("پیروزی گل‌گهر سیرجان برابر ملوان رقم خورد .", "گل‌گهر", "برابر", ("گلگهر",)),
        # «صبا» is a word too (breeze), «بورس» the exchange of any town
        ("تیم‌های فوتبال سیاه جامگان مشهد و صبای قم امروز بازی دارند .", "صبای", "امروز", None),
        ("شاخص بورس تهران امروز بالا رفت .", "بورس", "امروز", None),
        ("معرکه‌گیری در مقابل کلیسای سنت جان بود .", "کلیسای", "بود", None),
        ("کنوانسیون شیکاگو امضا شد .", "کنوانسیون", "امضا", None),  # a town abroad
        # no club: a body's word opens it, or what is left is an ordinary word
        ("دانشگاه آزاد تهران برگزار کرد .", "دانشگاه", "برگزار", None),
        ("نفت تهران امروز بازی کرد .", "نفت", "امروز", None),
        ("پلیس ترکیه اعلام کرد .", "پلیس", "اعلام", None),
    ],
)
def test_a_club_is_named_again_without_its_town(text, first, end, short):
    _, keys = _keys(text)
    heads = frozenset({"دانشگاه", "پلیس"})
    iranian = frozenset({"تهران", "سیرجان", "قم", "مشهد"})
    assert without_town(keys, _at(keys, first), _at(keys, end), heads, iranian) == short


@pytest.mark.parametrize(
    "text, first, end, short",
    [
        # a team's club is named alone though its name is a word, its Ezafe left out
        ("تیم‌های فوتبال سیاه جامگان مشهد و صبای قم امروز بازی دارند .", "صبای", "امروز", ("صبا",)),
        ("بازی حساس تیم‌های حفاری اهواز و دبیری تبریز آغاز شد .", "دبیری", "آغاز", ("دبیری",)),
        ("این بازی برای تیم صبای قم مهم است .", "صبای", "مهم", ("صبا",)),
        # no team: a sentence ends after «تیم‌های», or no team's word before it
        ("تیم‌های اول و دوم مشخص شدند . صبای قم وزید .", "صبای", "وزید", None),
        ("معرکه‌گیری در مقابل کلیسای سنت جان بود .", "کلیسای", "بود", None),
    ],
)
def test_a_teams_club_is_named_alone_though_its_name_is_a_word(text, first, end, short):
    _, keys = _keys(text)
    iranian = frozenset({"تهران", "قم", "مشهد", "اهواز", "تبریز"})
    i = _at(keys, first)
    team = a_team(keys, i)
    assert without_town(keys, i, _at(keys, end), frozenset(), iranian, team=team) == short


def test_the_clubs_of_a_results_line_without_dashes_are_organizations():
    # PEYMA's training part: a futsal league's results, the club with its town one name
    words, keys = _keys("نتایج بازی‌های امروز به شرح زیر است : گیتی پسند اصفهان 6 ارژن شیراز 3")
    assert [" ".join(words[i:j]) for i, j in results_pairs(keys, set())] == [
        "گیتی پسند اصفهان",
        "ارژن شیراز",
    ]
    # a town alone and its number is weather; a weekday and a month make a date
    for text in (
        "دمای هوای شهرها به شرح زیر است : تهران 6 شیراز 3",
        "با استقبال مواجه شد ، روزنامه‌های صبح شنبه 7 تیر ماه 1382 ، متن را چاپ کردند .",
    ):
        assert results_pairs(_keys(text)[1], set()) == []


def test_a_club_of_a_sports_article_is_named_alone_and_health_teams_are_none():
    # PEYMA's training part, a football preview: «صبا» is the club of «صبای قم»
    doc = extract_text(
        "تیم‌های فوتبال سیاه جامگان مشهد و صبای قم امروز در ورزشگاه ثامن به مصاف هم می‌روند ."
        " صبا در 5 بازی گذشته خود رنگ پیروزی را ندیده است ."
    )
    found = {doc.text[m.start : m.end] for o in doc.organizations for m in o.mentions}
    assert "صبا" in found
    # a health network's teams: the article speaks of no game
    doc = extract_text(
        "آماده باش تیم های بهداشتی بروجرد برای مقابله با ویروس کرونا . رییس شبکه بهداشت و درمان"
        " بروجرد گفت : همه تیم‌های بهداشتی و درمانی در این شهرستان به حالت آماده باش هستند ."
    )
    assert "بهداشتی" not in {o.name for o in doc.organizations}


@pytest.mark.parametrize(
    "span, name",
    [
        # PEYMA's dev part and ARMAN's first folds: a noun of the clause run into the name
        ("مجموعه عظیم وزارت دفاع", "وزارت دفاع"),
        ("پنج‌ساله توسعه جمهوری اسلامی ایران", "جمهوری اسلامی ایران"),
        ("صادرات گاز جمهوری اسلامی ایران", "جمهوری اسلامی ایران"),
        ("پایگاه سابق عناصر داعش", "پایگاه سابق عناصر داعش"),  # «پایگاه»: a body's word
        # a body's words before the listed name are the name's
        ("روابط عمومی شورای نگهبان", "روابط عمومی شورای نگهبان"),
        ("نظام جمهوری اسلامی ایران", "نظام جمهوری اسلامی ایران"),
        ("بانک مرکزی جمهوری اسلامی ایران", "بانک مرکزی جمهوری اسلامی ایران"),
        ("توپخانه سپاه", "توپخانه سپاه"),
    ],
)
def test_a_noun_of_the_clause_before_a_listed_body_is_no_part_of_it(span, name):
    assert bounded(span) == name


def test_a_house_is_named_with_its_family():
    doc = repair("سردار سلیمانی به رژیم آل خلیفه تعدی به شیخ عیسی قاسم")
    tokens = doc.token_columns
    keys = lx.keys_of(tokens.words)
    i, j = org_bounds(tokens, keys, 3, 5)  # the tagger's «رژیم آل»
    assert doc.text[tokens.starts[i] : tokens.ends[j - 1]] == "رژیم آل خلیفه"


@pytest.mark.parametrize(
    "span",
    [
        "صندوق جمعیت ملل متحد",
        "دفاتر نمایندگی جمهوری اسلامی",
        "فولاد ماهان سپاهان",
        "دادسرای نظام پزشکی",
        "هواپیمایی جمهوری اسلامی ایران",
    ],
)
def test_a_bodys_word_or_a_clubs_sponsor_before_a_listed_name_is_the_names(span):
    assert bounded(span) == span


def test_a_bodys_word_a_post_ends_with_opens_the_name():
    doc = repair("این عضو فراکسیون امید مجلس شورای اسلامی تاکید کرد")
    tokens = doc.token_columns
    keys = lx.keys_of(tokens.words)
    i, j = org_bounds(tokens, keys, 1, 7)  # the tagger's «عضو فراکسیون امید مجلس ...»
    assert doc.text[tokens.starts[i] : tokens.ends[j - 1]] == "فراکسیون امید مجلس شورای اسلامی"
