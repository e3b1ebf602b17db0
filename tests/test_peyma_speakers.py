"""Speakers of quotes in PEYMA's training part (``fixtures/peyma_speakers_judged.jsonl``): 60
quotes drawn from its even articles of 10 sentences by ``scripts/draw_arman_speakers.py
--peyma`` (seed 40) and judged by reading. PEYMA (Shahshahani et al., Soroush98/Persian_NER)
is news of ISNA, IRNA, Mehr, Fars and others no speaker rule was written on, released "for
free for research purposes"; its sentences are quoted here only as a test fixture. khabar's
tagger was trained on this part, so its persons are found better here than in unseen text.

As drawn: 58 statements, 52 with a speaker the text names: 38 right, 3 wrong, 11 missed
(0.731); none of the 6 whose text names nobody credited to someone. One of the 3 wrong is OPEC
by its listed full name for «اوپک» (the scorer takes a listed alias: 39 right), one the right
man by his name misspelled at the cue («جمشدیان» for «احمد جمشیدیان»), one a signature of the
item before («سید علی خامنه‌ای») for «وی» after «سید مهدی شرفی ... اظهارداشت:». Of the 11
missed, 5 are people no rule finds: a family name that is a word («اکبری», «امانی»,
«رشادت»), a president's family name after his post («رئیس جمهور روحانی»), a woman named by
her given name alone («نسرین»); 3 a heading with no full stop run into the clause (past its
«است», its «/», its «*»); 2 the cut article's edge (a post past a broken first clause, «وی»
opening the article before the name «راستی»); one a post in mid-sentence after the name it
stands for («تمرین با صحبت‌های منصوریان آغاز شد و سرمربی استقلال ... گفت که»).

``fixtures/peyma_speakers_judged_2.jsonl``: 40 more quotes of the even training articles, none
of the first sample's (``--seed 41 --n 40 --but`` it), drawn by the extractor after its rules
were tuned on the first sample, judged the same way and not tuned on. As drawn: 39 statements,
32 with a speaker the text names: 24 right, 1 wrong, 7 missed (0.750); 2 of the 7 whose text
names nobody credited to someone. The wrong one is an agency's desk run into the paper it
relays («به گزارش گروه بین‌الملل باشگاه خبرنگاران جوان نیویورک تایمز در مطلبی نوشت:»). The
missed: a post alone whose holder the next sentence names by family name alone (4:
«حسینی‌کیا», «امینی», «مهماندوست», and «عباس عباسی» past «به گزارش انتخاب،»), one the
article calls «این چهره ماندگار ...» after naming him («علی اکبر فرهنگی»), a ministry's
officials, a network's own site. The credited: the wire's editor of a heading before a post
alone («انتشاردهنده: مسعود جعفریان»), and the one the article is about for an official
unnamed («او که خواستار عدم افشای نامش بود، گفت:»).

``fixtures/peyma_speakers_judged_3.jsonl``: 50 more quotes of the even training articles, none
of the first two samples' (``--seed 44 --n 50 --but`` both), drawn by the extractor of cf210ce
after a day of rules tuned on the first two and on the PEYMA quotes samples, judged the same
way and not tuned on. As drawn: 46 statements, 45 with a speaker the text names: 37 right, 1
wrong, 7 missed (0.822); the one whose text names nobody («مادر مقتول گفت:») not credited. The
wrong one is «وی» after «.** حضرت آیت‌الله مکارم شیرازی نیز ... اظهار داشت:», given to the
visitor named before («علی شمخانی»): the quote before runs over the item's «**». The missed:
two posts alone whose holder later sentences name («سرحدی»; «عادل الجبیر» past a heading run
in), a president by his family name alone that is a word («معصوم»), two carmakers found as
bodies but not let speak («جنرال موتورز ... اعلام کرده است», «تویوتا در بیانیه‌ای اعلام کرد»),
a heading run on from a list of papers' headlines («... خبرگزاری آپا اتریش اعلام کرد؛»), and a
post whose «... با بیان اینکه ... عاقلند!» cut the sentence before its verb («ادامه داد:»).

``fixtures/peyma_speakers_judged_4.jsonl``: 50 more quotes of the even training articles, none
of the first three samples' (``--seed 46 --n 50 --but`` all three), drawn by the extractor of
01a1c08 after the rules were tuned on the three, and judged the same way. As drawn: 50
statements, 42 with a speaker the text names: 32 right, 4 wrong, 6 missed (0.762); 1 of the 8
whose text names nobody credited («یک منبع آگاه از مختومه شدن پرونده جهرمی ... خبرداد», to
«جهرمی»). The wrong: two names with a word after them run in («سید جواد جعفری مدیرمسئول»,
«مسعود عسگری بازنویسی»), one cut at its initial («پترسون» for «تامس ایی. پترسون»), and a
heading's name («عیسی قاسم») for the spokesman the next sentence names («جان کربی») past a
heading run into the dateline. The missed: «وی افزود» with no colon after the name; «وی» opening
the cut article before «به گفته منصوریان»; «به گفته» a post whose holder spoke just before
(«کلانتری»); a country or body as subject («مقام‌های سعودی ... اعلام کردند که», «روسیه ... از
شهروندانش خواست», «بانک جهانی ... بر ادامه این روند تاکید کرده بود»).

``fixtures/peyma_speakers_judged_5.jsonl``: 40 more quotes of the even training articles, none
of the first four samples' (``--seed 48 --n 40 --but`` all four), drawn by the extractor of
f497571 after the rules were tuned on the four, judged the same way and not tuned on. As drawn:
37 statements, 29 with a speaker the text names: 24 right, 2 wrong, 3 missed (0.828); 3 of the
8 whose text names nobody credited (a licence's text to the man who spoke before, «آذری
جهرمی»; «مقام معظم رهبری ... فرمودند:» to «خمینی» of whom he speaks; an unnamed North Korean
ambassador to «ترامپ» of whom he speaks). The wrong: the wire's reporter of a heading's byline
(«خبرنگار: زهرا امیری ** انتشار‌دهنده: مهرنوش خانزائی صالحی: 32 تن آب سنگین ...») for «علی
اکبر صالحی» whom the heading names; «محمدزاده» as a second person, not joined to «احمد آفرین
محمدزاده» named before. The missed: «وی ... را ... ذکر کرد» with no colon after «آقاجانی»; a
judge by title and family name («قاضی منصوری از ... خبر داد»); a club's heads («سران این تیم
اعلام کرده‌اند که», Panionios).

``fixtures/peyma_speakers_judged_6.jsonl``: 50 more quotes of the even training articles, none
of the first five samples' (``--seed 49 --n 50 --but`` all five), drawn by the extractor of
421c18c after the rules were tuned on the five, and judged the same way. As drawn: 49
statements, 42 with a speaker the text names: 31 right, 2 wrong, 9 missed (0.738, Wilson 95 %
0.59–0.85); none of the 7 whose text names nobody credited. The wrong: the wire's editor of a
byline the heading's post runs on from («انتشاردهنده: رضاپیمان یغمایی رئیس سازمان توسعه تجارت
در گفت‌و‌گو با ایرنا:») for «مجتبی خسروتاج» named after; «ملکی» for «ولی ملکی», whose given
name is the word «ولی». The missed: a post lead whose holder is named next past a heading run in
(«مسعود حبیبی»; «موحدی کرمانی» past «فرارو -»); a post whose holder spoke just before in other
words («رییس جمهور اسلامی ایران» after «حسن روحانی رییس جمهور کشورمان»); «وی» after «... به
اظهارنظر پرداخت» («علی نظرمحمدی»); «متن نامه شریعتمداری به شرح ذیل است:»; «او گفت:» after
«ولی فرگوسن ... مخالف است»; «کلوپ مدعی شد که» and «ندا در شرح ماجرا گفت:», a name alone no
list holds; «وی» opening the cut article before «دوترته».

``fixtures/peyma_speakers_judged_7.jsonl``: 50 more quotes of the even training articles, none
of the first six samples' (``--seed 51 --n 50 --but`` all six), drawn by the extractor of
a04c4fb after the rules were tuned on the six, and judged the same way. As drawn: 48
statements, 36 with a speaker the text names: 27 right, 1 wrong, 8 missed (0.750, Wilson 95 %
0.59–0.86); none of the 12 whose text names nobody credited. The wrong: «کارلوس کی» for
«کارلوس کی روش», whose family name of two words is cut at a word. The missed: a post lead past
a heading run in whose holder is named after («محمدرضا مسجدی»); a name past a heading run into
it («سیدمهدی طباطبایی» after «... هاشمی»); «متخصص گوش و حلق و بینی اضافه کرد:», a craft for the
one who spoke before («علیرضا جعفری»); «وی» opening the cut article before «دوایی»; a paper, a
site, a country and an organization as writers («« دیاریو دی سویا » ... نوشته است:», «یک
پایگاه اطلاع‌رسانی عراقی ... نوشت،» named in the heading, «عربستان سعودی ... اعلام کرد», «سازمان
انتقال خون ایران ... پاسخ گفته است، به اطلاع می‌رساند»).

``fixtures/peyma_speakers_judged_8.jsonl``: the quotes of the even training articles none of the
first seven samples holds (``--seed 52 --n 50 --but`` all seven), drawn by the extractor of
594ce9b after the rules were tuned on the seven, and judged the same way. The even articles are
spent: of the 436, the seven samples hold 340, and of the 96 left only 6 have a quote the
extractor finds, so the draw gives 6. As drawn: 6 statements, all with a speaker the text
names: 5 right, 0 wrong, 1 missed (0.833, Wilson 95 % 0.44–0.97); the eight pooled as drawn
218 of 284 (0.768). The missed: «وی» opening the cut article, past which «رئیس اداره راه و
شهرسازی قوچان همچنین ... اظهار کرد:» and «مفیدی‌فر یادآور شد:» name him.

``fixtures/peyma_speakers_judged_9.jsonl``: 50 quotes of the ODD training articles, drawn once
the even ones were spent (``--peyma --odd --seed 55 --n 50``), none of the articles of any
PEYMA sample: the eight speakers samples, the whole-article quotes samples (whose articles are
odd) and the bodies sample, all named with ``--but``; drawn by the extractor of cb49bd2 after
the rules were tuned on all of them, and judged the same way. As drawn: 48 statements, 38 with
a speaker the text names: 32 right, 1 wrong, 5 missed (0.842, Wilson 95 % 0.70–0.93); 1 of the
10 whose text names nobody credited (a film's synopsis, «در خلاصه داستان این فیلم با بازی
بهنام تشکر، حدیث میرامینی و اصغر محبی آمده است:», to an actor in it); the nine pooled as
drawn 250 of 322 (0.776). The wrong: «آزمون» for «سردار آزمون», his given name a word named
only after. The missed: «وی» opening the cut article, twice («موحد», «طاهری» named next; left
so on purpose); a post going on after the one who spoke before («امام‌جمعه قم ادامه داد:» after
«حسینی بوشهری خاطرنشان کرد:» and «وی افزود:»); a monthly's claim («ماهنامه « رمز عبور » ...
به نقل از جواد منصوری مدعی شده بوده،»); a president by his family name alone, a word, opening
the cut article («روحانی همچنین ... اظهارداشت:»).

``fixtures/peyma_speakers_judged_10.jsonl``: 50 more quotes of the odd training articles
(``--peyma --odd --seed 57 --n 50``), none of the articles of any PEYMA sample (the nine
speakers samples, the quotes-recall samples and the bodies sample, all named with ``--but``),
drawn by the extractor of f917e3d after the rules were tuned on all of them, and judged the
same way. As drawn: 47 statements, 39 with a speaker the text names: 29 right, 2 wrong, 8
missed (0.744, Wilson 95 % 0.59–0.85); none of the 8 whose text names nobody credited; the ten
pooled as drawn 279 of 361 (0.773). The wrong: «مایکل» for «مایکل بی», his family name «بی»
written onto the post after it («مایکل بی‌کارگردان»); «صالحی» for «صالحی امیری», the «آقای
صالحی» he speaks of, not the «وی» who speaks. The missed: a post or «وی» opening the cut
article, twice («این مسئول اضافه کرد:», «اهرابی» named after; «وی اضافه کرد که», «احمد جمال»
named after); a family name the tagger does not find («نویدادهم»); a speech going on past its
full stop with the speaker's «همان گونه که به من اطلاع داده‌اند» («ایشیک»); what one told
another («گویا طاهری به وی اطلاع داده که»); a book's preface («در بخشی از مقدمه اثر
می‌خوانیم:», by «سیدعلی اصغر علوی»); a country's officials («مسیولان ترکیه می‌گویند»); the
cabinet («اعضای هیات دولت ... تاکید کردند»). Since, tuned on: 31 right, 1 wrong, 7 missed
(0.795); «صالحی» is none now, «طاهری» and «نویدادهم» found.

``fixtures/peyma_speakers_judged_11.jsonl``: 50 more quotes of the odd training articles
(``--peyma --odd --seed 64 --n 50``), none of the articles of any PEYMA sample (the ten
speakers samples, the quotes-recall samples and the bodies sample, all named with ``--but``),
drawn by the extractor of 69c951e after the rules were tuned on all of them, and judged the
same way. As drawn: 48 statements, 41 with a speaker the text names: 33 right, 1 wrong, 7
missed (0.805, Wilson 95 % 0.66–0.90); none of the 7 whose text names nobody credited; the
eleven pooled as drawn 312 of 402 (0.776). The wrong: «اردوغان» of the headline before for
«احمد وحیدی», whose heading («سردار وحیدی: ...») runs in before his post and the next
sentence names him. The missed: a post whose holder is named next past a heading run in
(«شهردار تبریز ... دانست», «صادق نجفی»); «وی» after a name in single quotes («' محمد اپندی
علی ' دادستان‌کل مالزی ... تاکید کرد»); «وی» after a family name alone that spoke, twice
(«سعادت», «شاعری»); «وی» opening the cut article before «چیذری ... گفت:»; a former head
whom the reporters' questions name after («غفوری فرد»); a speech going on past its full
stop («ملانیا ترامپ»). Since, tuned on: a post nobody holds right before the verb, or before
its comma and «با اشاره به ...», that words (not an apposition's comma) part from a name
before it opens the clause («احمد وحیدی» named next, no longer «اردوغان»): 34 right, 0
wrong, 7 missed (0.829). Since, a listed family name that is a common word or a given
name too right before its verb and colon, past a post-only lead («سعادت گفت:»): 35 right, 0
wrong, 6 missed (0.854).

``fixtures/peyma_speakers_judged_12.jsonl``: 50 more quotes of the odd training articles
(``--peyma --odd --seed 65 --n 50``), none of the articles of any PEYMA sample (the eleven
speakers samples, the quotes-recall samples and the bodies sample, all named with ``--but``),
drawn by the extractor of 20cb76d after the rules were tuned on all of them, and judged the
same way. As drawn: 49 statements, 43 with a speaker the text names: 34 right, 3 wrong, 6
missed (0.791, Wilson 95 % 0.65–0.89); 2 of the 6 whose text names nobody credited (a deputy
minister the cut article does not name to «حسن نادری», the province's planning head who
speaks after; Labour's moderate MPs «که می‌گویند» to «جرمی کوربین», whom they oppose); the
twelve pooled as drawn 346 of 445 (0.778). The wrong: two post leads given the one named in the
next item of the cut article («سید محمد کاظم نظری» for «سرپرست جدید سازمان حج و زیارت», who
is «محمدی» named before; «صفایی بوشهری» for «علما», the Friday prayer leader of Kermanshah,
a family name that is a word); a heading's name run into the speaker's («منصور خان» for «یدالله
اکبری»). The missed: a subheading with no full stop run into «وی ادامه داد:», twice («مسعود
تابش», «صفوی»); a post lead past a heading run in whose holder the next sentence names («حسین
امیرعبداللهیان»); a craft for the one the article names in it («کارگردان» of «مارتی نوکسون»);
«این متهم ... گفته،» of «متهم به نام استبان سانتیاگو»; a club's officials («مسئولان استقلال
اهواز ... اعلام کردند»). Since, tuned on: «وی» past a subheading's verb with no full stop
(«... زمان، این مشکلات را حل می‌کند وی ادامه داد:», «... بازتعریف کنیم وی ادامه داد:»), a
heading's name run into the speaker's past an adjunct «ضمن ...» naming another («یدالله
اکبری»), and a heading run into an outlet's «به گزارش X» opens a new item, so a post lead
before it is not the one named past it («علما», «محمدی», now none): 37 right, 0 wrong, 6
missed (0.860). Since, a verb of saying right after a relative «که» on a noun of no one named
is that noun's («نمایندگان ... در پارلمان که می‌گویند», no longer «جرمی کوربین»): 1 of the 6
naming nobody credited.

``fixtures/peyma_speakers_judged_13.jsonl``: the quotes of the odd training articles no PEYMA
sample holds (``--peyma --odd --seed 66 --n 50 --but`` the twelve speakers samples, the
quotes-recall samples, ``peyma_bodies_judged.jsonl`` and ``body_speakers_judged_3.jsonl``),
drawn by the extractor of 5da594c after the rules were tuned on all of them, and judged the
same way. The odd articles are spent too: only 3 articles left hold a quote the extractor
finds, so the draw gives 3. As drawn: 3 statements, 2 with a speaker the text names: 1 right,
0 wrong, 1 missed (0.500, Wilson 95 % 0.09–0.91); the one naming nobody (the reform
government's president, unnamed, «می‌گفت دست از سرم بردارید») not credited; the thirteen
pooled as drawn 347 of 447 (0.776). The missed: a heading's post lead opening the cut article
(«رئیس کل بانک مرکزی، ... دانست.»), whose holder the lead past «تسنیم:» names («ولی‌الله
سیف»)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import assert_speaker, assert_speaker_floors
from test_arman_speakers import as_drawn

from khabar.evaluate_commitments import read_judged
from khabar.evaluate_speakers import extract_item, quote_at
from khabar.extract import extract_text
from khabar.text.segment import sentences

FIXTURE = Path(__file__).parent / "fixtures" / "peyma_speakers_judged.jsonl"
ITEMS = {i["stem"]: i for i in read_judged(FIXTURE)}
SECOND = {i["stem"]: i for i in read_judged(FIXTURE.with_name("peyma_speakers_judged_2.jsonl"))}
THIRD = {i["stem"]: i for i in read_judged(FIXTURE.with_name("peyma_speakers_judged_3.jsonl"))}
FOURTH = {i["stem"]: i for i in read_judged(FIXTURE.with_name("peyma_speakers_judged_4.jsonl"))}
FIFTH = {i["stem"]: i for i in read_judged(FIXTURE.with_name("peyma_speakers_judged_5.jsonl"))}
SIXTH = {i["stem"]: i for i in read_judged(FIXTURE.with_name("peyma_speakers_judged_6.jsonl"))}
SEVENTH = {i["stem"]: i for i in read_judged(FIXTURE.with_name("peyma_speakers_judged_7.jsonl"))}
EIGHTH = {i["stem"]: i for i in read_judged(FIXTURE.with_name("peyma_speakers_judged_8.jsonl"))}
NINTH = {i["stem"]: i for i in read_judged(FIXTURE.with_name("peyma_speakers_judged_9.jsonl"))}
TENTH = {i["stem"]: i for i in read_judged(FIXTURE.with_name("peyma_speakers_judged_10.jsonl"))}
ELEVENTH = {i["stem"]: i for i in read_judged(FIXTURE.with_name("peyma_speakers_judged_11.jsonl"))}
TWELFTH = {i["stem"]: i for i in read_judged(FIXTURE.with_name("peyma_speakers_judged_12.jsonl"))}
THIRTEENTH = {
    i["stem"]: i for i in read_judged(FIXTURE.with_name("peyma_speakers_judged_13.jsonl"))
}
SAMPLES: list[dict[str, dict[str, Any]]] = [
    ITEMS,
    SECOND,
    THIRD,
    FOURTH,
    FIFTH,
    SIXTH,
    SEVENTH,
    EIGHTH,
    NINTH,
    TENTH,
    ELEVENTH,
    TWELFTH,
    THIRTEENTH,
]
QUOTES_SAMPLES = sorted(p.name for p in FIXTURE.parent.glob("peyma_quotes_recall*.jsonl"))


@pytest.mark.parametrize(
    ("n", "size", "statements", "drawn"),
    [
        (0, 60, 58, (38, 3, 11, 0)),
        (1, 40, 39, (24, 1, 7, 2)),  # drawn after tuning on the first; not tuned on
        (2, 50, 46, (37, 1, 7, 0)),  # drawn at cf210ce, after tuning on both; not tuned on
        (3, 50, 50, (32, 4, 6, 1)),  # drawn at 01a1c08, after tuning on all three
        (4, 40, 37, (24, 2, 3, 3)),  # drawn at f497571, after tuning on all four
        (5, 50, 49, (31, 2, 9, 0)),  # drawn at 421c18c, after tuning on all five
        (6, 50, 48, (27, 1, 8, 0)),  # drawn at a04c4fb, after tuning on all six
        (7, 6, 6, (5, 0, 1, 0)),  # drawn at 594ce9b, after tuning on all seven: all that is left
    ],
)
def test_each_sample_is_of_even_training_articles_no_earlier_one_holds(
    n: int, size: int, statements: int, drawn: tuple[int, int, int, int]
) -> None:
    items = list(SAMPLES[n].values())
    assert len(items) == size and {i["part"] for i in items} == {"peyma-training"}
    assert all(i["article"] % 2 == 0 for i in items)
    before = {i["article"] for sample in SAMPLES[:n] for i in sample.values()}
    assert not before & {i["article"] for i in items}
    assert sum(bool(i["verdict"]) for i in items) == statements
    assert as_drawn(items) == drawn


@pytest.mark.parametrize(
    ("n", "size", "statements", "drawn"),
    [
        (8, 50, 48, (32, 1, 5, 1)),  # drawn at cb49bd2, after tuning on all eight
        (9, 50, 47, (29, 2, 8, 0)),  # drawn at f917e3d, after tuning on all nine
        (10, 50, 48, (33, 1, 7, 0)),  # drawn at 69c951e, after tuning on all ten
        (11, 50, 49, (34, 3, 6, 2)),  # drawn at 20cb76d, after tuning on all eleven
        (12, 3, 3, (1, 0, 1, 0)),  # drawn at 5da594c, after tuning on all twelve: all left
    ],
)
def test_each_odd_sample_is_of_odd_training_articles_no_other_peyma_sample_holds(
    n: int, size: int, statements: int, drawn: tuple[int, int, int, int]
) -> None:
    items = list(SAMPLES[n].values())
    assert len(items) == size and {i["part"] for i in items} == {"peyma-training"}
    assert all(i["article"] % 2 == 1 for i in items)
    others = {
        json.loads(line)["article"]
        for path in [
            *FIXTURE.parent.glob("peyma_*.jsonl"),
            FIXTURE.with_name("body_speakers_judged_3.jsonl"),  # PEYMA's odd articles too
        ]
        if path.name != f"peyma_speakers_judged_{n + 1}.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    assert len(others) > 400 and not others & {i["article"] for i in items}
    assert sum(bool(i["verdict"]) for i in items) == statements
    assert as_drawn(items) == drawn


def test_no_speakers_sample_shares_an_article_with_a_quotes_sample() -> None:
    quoted = {
        json.loads(line)["article"]
        for name in QUOTES_SAMPLES
        for line in FIXTURE.with_name(name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    assert quoted and all(k % 2 == 1 for k in quoted)
    assert not quoted & {i["article"] for sample in SAMPLES for i in sample.values()}


@pytest.mark.parametrize(
    ("n", "accuracy", "wrong", "credited"),
    [
        # 0.731 as drawn (38 of 52 right, 3 wrong, 11 missed; none of the 6 naming nobody
        # credited); the scorer takes OPEC's listed alias: 39 right; since, an outlet's source
        # and a heading's «/» run into the clause: 41 right, 1 wrong, 10 missed (0.788). The
        # governor's «وی ... نام برد» past a heading's «است» is his too, but its quote now
        # opens past the scorer's 25 characters of reach. Since, a listed family name alone that
        # is a word the subject of a report past a post-only lead («امانی همچنین ... دانست»
        # after «مشاور امور بانوان و خانواده سازمان محیط‌زیست ... خواست»): 42 right (0.808)
        (0, 0.807, 1, 0),
        # 0.750 as drawn, by the final rules (24 of 32 right, 1 wrong, 7 missed; 2 of the 7
        # naming nobody credited); not tuned on. Since, tuned on: «امینی بر لزوم ... تاکید کرد
        # و هشدار داد:» after «عضو هیات‌علمی موسسه تحقیقات ... گفت:» (25 of 32, 0.781).
        # Since, a post lead past an outlet's colon a heading ran into («عباس عباسی») and one
        # past sentences of the speech that urge («حسینی‌کیا»): 27 of 32 (0.844). Since, a
        # byline's editor («انتشاردهنده: مسعود جعفریان») no longer speaks: 1 of 7 credited
        (1, 0.843, 1, 1),
        # 0.822 as drawn by the extractor of cf210ce (37 of 45 right, 1 wrong, 7 missed; the
        # one naming nobody not credited). Since, tuned on: a body the tagger found, right
        # before the verb («جنرال موتورز همچنین اعلام کرده است», «تویوتا در بیانیه‌ای اعلام
        # کرد»): 39 right, 5 missed (0.867). Since, a post lead across cues that go on from
        # one another («سرحدی»), and the wire's «.**» ends a sentence («وی» of the grand
        # ayatollah, no longer the visitor's): 41 right, 0 wrong, 4 missed (0.911)
        (2, 0.911, 0, 0),
        # 0.762 as drawn by the extractor of 01a1c08 (32 of 42 right, 4 wrong, 6 missed; 1 of
        # the 8 naming nobody credited). Since, tuned on: a speech going on past its full stops
        # («کلانتری»), a heading run in before a person, «یک منبع» or a dateline, «پیش‌تر نیز»
        # before a body: 35 right, 3 wrong, 4 missed (0.833), none credited. Since, a craft
        # after a name ends it («سید جواد جعفری | مدیرمسئول»): 36 right, 2 wrong (0.857).
        # Since, «از زمانی‌که روسیه ... از شهروندانش خواست» is the clause of time's subject's:
        # 37 right, 2 wrong, 3 missed (0.881)
        (3, 0.88, 2, 0),
        # 0.828 as drawn by the extractor of f497571 (24 of 29 right, 2 wrong, 3 missed; 3 of
        # the 8 naming nobody credited). Since, tuned on: a foreign name takes no post of a
        # third country after an apposition naming its own («سفیر کره شمالی» not Trump's), and
        # a name inside what «را» is called does not speak (not «خمینی»): 1 of 8 credited.
        # Since, a family name alone joins the one whose family name of two words ends in it
        # («محمدزاده» of «احمد آفرین محمدزاده»): 25 right, 1 wrong, 3 missed (0.862). Since, a
        # byline's reporter («خبرنگار: زهرا امیری») does not speak: 25 right, 0 wrong, 4 missed.
        # Since, «در X آمده است» quotes the paper X, not who spoke before: none of 8 credited
        (4, 0.862, 0, 0),
        # 0.738 as drawn by the extractor of 421c18c (31 of 42 right, 2 wrong, 9 missed; none
        # of the 7 naming nobody credited). Since, tuned on: a post before «از ... خبر داد»
        # past a heading («مسعود حبیبی»), Iran's president said so («رییس جمهور اسلامی ایران»
        # of «حسن روحانی رییس جمهور کشورمان»), a byline's editor takes no post of the heading
        # run on from it («مجتبی خسروتاج», no longer «رضاپیمان یغمایی»), the text of a letter
        # given whole («متن نامه شریعتمداری به شرح ذیل است:»), one named past «به گزارش X،»
        # in a sentence that reports nothing goes on («علی نظرمحمدی»): 36 right, 1 wrong, 5
        # missed (0.857). Since, a given name alone that «به نام» introduced after a person
        # noun («دختری 20 ساله به نام ندا» ... «ندا در شرح ماجرا گفت:»): 37 right (0.881).
        # Since, «ولی» the tagger opened a name with at the article's start, one word and a
        # post after it, is the given name («ولی ملکی عضو کمیسیون ...»): 38 right, 0 wrong.
        # Since, a headline's post lead run in past an outlet's dateline, held by the one the
        # lead names next («فرارو - خطیب نماز جمعه ...», «موحدی کرمانی»): 39 right (0.929)
        (5, 0.928, 0, 0),
        # 0.750 as drawn by the extractor of a04c4fb (27 of 36 right, 1 wrong, 8 missed; none
        # of the 12 naming nobody credited). Since, tuned on: a post whose body's name runs on
        # past the listed post to «با اشاره به» («محمدرضا مسجدی»), a heading's last name run
        # into the speaker's («سیدمهدی طباطبایی», not «هاشمی»), a quoted name that wrote in a
        # clause of its own («دیاریو دی سویا»), a country past its relative clause's comma
        # («عربستان سعودی»): 31 right, 1 wrong, 4 missed (0.861). Since, a craft alone going
        # on with the speech («متخصص گوش و حلق و بینی اضافه کرد:», «علیرضا جعفری»): 32 right
        (6, 0.888, 1, 0),
        # 0.833 as drawn by the extractor of 594ce9b (5 of 6 right, 0 wrong, 1 missed; none
        # naming nobody)
        (7, 0.833, 0, 0),
        # 0.842 as drawn by the extractor of cb49bd2 (32 of 38 right, 1 wrong, 5 missed; 1 of
        # the 10 naming nobody credited). Since, tuned on: a film's cast after «با بازی» no
        # longer speaks for its synopsis (none of 10 credited), and «امام‌جمعه» written together
        # is a post, the speaker's going on («حسینی بوشهری»): 33 right, 1 wrong, 4 missed
        (8, 0.868, 1, 0),
        # 0.744 as drawn by the extractor of f917e3d (29 of 39 right, 2 wrong, 8 missed; none
        # of the 8 naming nobody credited). Since, tuned on: a word of hearsay between «اما»
        # and the subject («اما گویا طاهری به وی اطلاع داده که»), a name in the words of one
        # nobody names no longer whom «وی» means («صالحی», wrong, now none), a name no word of
        # the lexicon opening «بر / به ... اشاره کرد و گفت:» («نویدادهم»): 31 right, 1 wrong,
        # 7 missed (0.795)
        (9, 0.794, 1, 0),
        # 0.805 as drawn by the extractor of 69c951e (33 of 41 right, 1 wrong, 7 missed; none
        # of the 7 naming nobody credited). Since, tuned on: a post that words part from a
        # heading's name before it opens the clause («احمد وحیدی», not «اردوغان»): 34 right, 0
        # wrong, 7 missed (0.829). Since, a listed family name that is a common word or a given
        # name too, right before its verb and colon past a post-only lead («سعادت گفت:»): 35
        # right, 6 missed (0.854)
        (10, 0.853, 0, 0),
        # 0.791 as drawn by the extractor of 20cb76d (34 of 43 right, 3 wrong, 6 missed; 2 of
        # the 6 naming nobody credited). Since, tuned on: «وی» past a subheading's verb with no
        # full stop («مسعود تابش», «صفوی»), a heading's name run into the speaker's past an
        # adjunct naming another («یدالله اکبری»), and a heading run into an outlet's «به گزارش
        # X» opens a new item (the post leads of «علما» and «محمدی» no longer go to the one the
        # next item names, now none): 37 right, 0 wrong, 6 missed (0.860). Since, a verb of
        # saying right after a relative «که» on a noun of no one named is that noun's («... در
        # پارلمان که می‌گویند», no longer Corbyn's): 1 of the 6 naming nobody credited. Since,
        # a headline's post lead run in, held by the one the lead names next past «به گزارش
        # X،» («معاون سابق وزیر خارجه», «حسین امیرعبداللهیان»): 38 right, 5 missed (0.884)
        (11, 0.883, 0, 1),
        # 0.500 as drawn by the extractor of 5da594c (1 of 2 right, 0 wrong, 1 missed; the one
        # naming nobody not credited)
        (12, 0.5, 0, 0),
    ],
)
def test_speaker_accuracy_on_each_sample(
    n: int, accuracy: float, wrong: int, credited: int
) -> None:
    assert_speaker_floors(SAMPLES[n].values(), accuracy, wrong, credited)


def _said(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.speaker_organization) for q in extract_text(text).quotes]


CASES = [
    # «... مشارکت می‌کند به گزارش خبرگزاری مهر، سید مهدی شرفی ... اظهارداشت: ...» then «وی
    # اضافه کرد:», after a message signed «سید علی خامنه‌ای» with no full stop between
    ("peyma_320", "سید مهدی شرفی", None),
    # «... ** 9131 واکنش تند بغداد به مداخلات ریاض / وزارت خارجه عراق از دولت سعودی توضیح
    # خواست»: the heading's second part, past its «/»
    ("peyma_392", None, "وزارت خارجه عراق"),
]


@pytest.mark.parametrize(("stem", "person", "organization"), CASES)
def test_the_speaker_of_the_first_samples_quote(
    stem: str, person: str | None, organization: str | None
) -> None:
    assert_speaker(ITEMS[stem], person, organization)


def test_the_one_named_past_an_outlets_source_a_heading_ran_into_speaks() -> None:
    text = (
        "استانداری تهران در برگزاری مسابقات قرآن مشارکت می‌کند به گزارش خبرگزاری مهر، سید"
        " مهدی شرفی در تشریح برنامه‌های کمیته طه اظهارداشت: امسال این کمیته تشکیل شده است."
    )
    assert _said(text) == [("سید مهدی شرفی", None)]
    # a report spoken of: nobody opens past its comma
    text = "علی لاریجانی با اشاره به گزارش خبرگزاری رویترز، گفت: این خبر درست نیست."
    assert _said(text) == [("علی لاریجانی", None)]


def test_a_headings_parts_and_verb_run_into_the_clause_are_not_its_subject() -> None:
    text = (
        "نیکبخت استاندار همدان گفت: این برنامه مهم است. قاچاق سم مهلک اقتصاد مقاومتی است وی"
        " از قاچاق به عنوان سم مهلک اقتصاد نام برد و گفت: در چند سال اخیر تاوان پرداخت کردیم."
    )
    assert [q.speaker for q in extract_text(text).quotes] == ["نیکبخت"] * 3
    text = (
        "واکنش تند بغداد به مداخلات ریاض / وزارت خارجه عراق از دولت سعودی خواست تا درباره"
        " کمک شهروندانش به داعش توضیح دهد."
    )
    assert _said(text) == [(None, "وزارت خارجه عراق")]
    # a «/» between two names of one man, and a clause of its own past it: not a heading's
    text = (
        "حالا که آقای بدیعی/کیارستمی آن طوری مرده، این نوارها وصیت‌نامه مردی‌ست که رو به"
        " دوربین می‌گوید: «می‌خواهم با مرگ خودم بمیرم.»"
    )
    assert _said(text) == [(None, None)]


def test_a_listed_family_name_alone_that_is_a_word_speaks_past_a_post_only_lead() -> None:
    lead = (
        "عضو هیات‌علمی موسسه تحقیقات و منابع طبیعی مازندران به خاکبرداری‌های سنگین اشاره کرد"
        " و گفت: این موارد دخالت‌های انسانی هستند. "
    )
    said = (
        "امینی بر لزوم تغییر رفتار در جنگل‌های شمال تاکید کرد و هشدار داد: اگر نتوانیم"
        " برخوردهای علمی با جنگل داشته باشیم، حمله آفات به بحران تبدیل می‌شود."
    )
    assert {s for s in _said(lead + said)} == {("امینی", None)}
    # with no post-only lead before it, the word is left
    assert {s for s in _said(said)} == {(None, None)}
    # a noun and its complement open the clause, not a name («امینی» of no family there)
    text = lead + "پیروزی حقوقدانان ایرانی در این دعوا را مهم دانست و گفت: این کار بزرگی بود."
    assert [p.name for p in extract_text(text).persons] == []


@pytest.mark.parametrize(
    ("stem", "organization"), [("peyma_26", "جنرال موتورز"), ("peyma_750", "تویوتا")]
)
def test_a_company_the_tagger_found_speaks_right_before_its_verb(
    stem: str, organization: str
) -> None:
    assert_speaker(THIRD[stem], None, organization)


def test_people_named_like_a_body_do_not_speak_as_one() -> None:
    # a person's family name alone, an unnamed vet, researchers of a university
    lead = "امیدعلی پارسا، رئیس سازمان امور مالیاتی، در جمع خبرنگاران حاضر شد. "
    said = _said(lead + "پارسا گفت: مالیات وکلا نیز مانند ۱۵ صنف دیگر به آنها ابلاغ شده است.")
    assert [o for _, o in said] == [None]
    text = (
        "دامپزشک گفت: در حال حاضر هیچ گزارشی در جهان در رابطه با انتقال ویروس کرونا به"
        " حیوانات نیست."
    )
    assert _said(text) == [(None, None)]


def test_a_speech_that_goes_on_past_full_stops_keeps_its_post_to_its_speaker() -> None:
    # «رییس مرکز مدیریت شبکه وزارت بهداشت، ... تاکید کرد: ... . اما اگر ...» then «کلانتری
    # ... تصریح کرد: ... . برای اینکار نیز ...» and «به گفته رییس مرکز مدیریت شبکه ...،»: the
    # sentences between go on with the speech («اما», «برای اینکار»), no new item
    item = FOURTH["peyma_246"]
    assert_speaker(item, "کلانتری", None)
    doc = extract_text(item["text"])
    assert [q.speaker for q in doc.quotes][1:4] == ["کلانتری"] * 3


@pytest.mark.parametrize(
    ("stem", "person"),
    [
        # «... پیشرفتی در پیگیری پرونده منا مشاهده نمی‌شود ابوالفضل حسن بیگی در گفتگو با
        # خبرنگار مهر، ... اظهار داشت:», then «وی افزود»: not the heading's signature before
        ("peyma_796", "ابوالفضل حسن بیگی"),
        # «حکم « جهرمی » اجرا شد یک منبع آگاه از ... خبرداد»: an unnamed source, not the man
        # the heading names
        ("peyma_8", None),
        # «نگرانی امریکا از لغو تابعیت شیخ عیسی قاسم تهران - ایرنا - یک سخنگوی ... خواند»:
        # not the cleric the heading names; the spokesman past the dateline is named after
        ("peyma_752", None),
    ],
)
def test_a_heading_run_into_the_clause_names_no_speaker(stem: str, person: str | None) -> None:
    item = FOURTH[stem]
    q = quote_at(extract_item(item), item["start"])
    assert q is None or (q.speaker, q.speaker_organization) == (person, None)
    if person is not None:
        assert_speaker(item, person, None)


def test_a_post_lead_past_a_heading_and_an_outlets_colon_is_the_one_named_next() -> None:
    # «... معرفی متخلفان به دستگاه قضا پایگاه خبری تحلیلی انتخاب ( Entekhab.ir ) : در پی ...،
    # مدیرکل نظارت بر بهداشت عمومی سازمان دامپزشکی اعلام کرد که» then «به گزارش انتخاب، عباس
    # عباسی گفت:»: a new item opens at the outlet's colon, and «شاکری» of the item before does
    # not go on by the post
    assert_speaker(SECOND["peyma_322"], "عباس عباسی", None)


@pytest.mark.parametrize(
    ("sample", "stem", "person"),
    [
        # «عضو هیات‌رییسه کمیسیون صنایع و معادن مجلس ... توصیه کرد: ... . مسئولان کشور باید
        # ... . کارگزاران نظام باید ... .» then «حسینی‌کیا مدعی شد:»: what one urges goes on
        # with the speech, no sentence of the writer's own
        (1, "peyma_736", "حسینی‌کیا"),
        # «عضو اسبق هیئت رئیسه نظام مهندسی ...، تصریح کرد:», the post again and «رییس اسبق
        # هییت مدیره تعاونی ...» between, then «سرحدی اذعان کرد:»: each cue goes on from the
        # one before
        (2, "peyma_684", "سرحدی"),
        # not across a wire's code that ends the item: «... / 79003 / ذ 30 ... رئیس اتاق
        # بازرگانی استان زنجان گفت:», «غلامحسین جمیلی» of the next item
        (0, "peyma_846", None),
    ],
)
def test_a_post_lead_is_the_one_named_next_across_cues_that_go_on(
    sample: int, stem: str, person: str | None
) -> None:
    assert_speaker(SAMPLES[sample][stem], person, None)


def test_a_wires_two_stars_after_a_full_stop_open_a_new_sentence() -> None:
    # «... منحرف کنند .** حضرت آیت‌الله مکارم شیرازی نیز ... اظهار داشت: ... . وی ...»: the
    # grand ayatollah's «وی», not «علی شمخانی» whose quote ran over the stars
    assert_speaker(THIRD["peyma_754"], "ناصر مکارم شیرازی", None)
    text = "این سخن درست است.** حضرت آیت‌الله مکارم شیرازی گفت: امنیت نعمت است."
    assert [text[s.start : s.end] for s in sentences(text)][0] == "این سخن درست است."


def test_a_body_speaks_past_a_word_of_time_and_nir() -> None:
    # «پیش‌تر نیز بانک جهانی در گزارش‌های سالانه خود، ... را مورد تمجید قرار داده و بر ادامه
    # این روند تاکید کرده بود.»
    assert_speaker(FOURTH["peyma_80"], None, "بانک جهانی")


def test_a_family_name_alone_is_the_one_whose_two_word_family_name_ends_in_it() -> None:
    # «به گزارش ایرنا، احمد آفرین محمدزاده روز دوشنبه ...» then «محمدزاده افزود: ...»: the
    # middle word «آفرین», a word no list of given names holds, made «آفرین محمدزاده» his
    # family name
    assert_speaker(FIFTH["peyma_52"], "احمد آفرین محمدزاده", None)
    doc = extract_text(FIFTH["peyma_52"]["text"])
    assert [p.name for p in doc.persons if "محمدزاده" in p.name] == ["احمد آفرین محمدزاده"]


def test_a_bylines_reporter_and_editor_do_not_speak() -> None:
    # «خبرنگار: زهرا امیری ** انتشار‌دهنده: مهرنوش خانزائی صالحی: 32 تن آب سنگین ... رئیس
    # سازمان انرژی اتمی از انتقال ... خبر داد»: the wire's reporter of the page is credited,
    # she does not tell of it
    doc = extract_item(FIFTH["peyma_432"])
    q = quote_at(doc, FIFTH["peyma_432"]["start"])
    assert q is not None and q.speaker not in {"زهرا امیری", "مهرنوش خانزائی صالحی"}
    # «... انتشاردهنده: مسعود جعفریان ... امام‌جمعه موقت سمنان گفت:»: the editor neither
    item = SECOND["peyma_384"]
    q = quote_at(extract_item(item), item["start"])
    assert q is None or q.speaker != "مسعود جعفریان"
    text = "خبرنگار: زهرا امیری ** انتشاردهنده: مهرنوش خانزائی گفت: آب سنگین هنوز سر جایش است."
    assert all(person is None for person, _ in _said(text))


def test_the_text_of_a_paper_in_which_it_stands_is_not_the_last_speakers() -> None:
    # «... آذری جهرمی ... اظهار کرد: ...» then «در تعریف پروانه FCP که مخفف Fixed
    # Communications Provider است، آمده است:»: the licence's text, whose writer is not named
    assert_speaker(FIFTH["peyma_30"], None, None)


@pytest.mark.parametrize(
    ("paper", "said"),
    [
        ("در تعریف پروانه FCP که مخفف Fixed Communications Provider است، آمده است:", None),
        ("همچنین در این قانون آمده است:", None),
        # past a clause naming someone else: the news, not the one who claims
        (
            "در حالی که رضا تقی‌زاده ادعا می‌کند دادگاه تجدیدنظر حذف شده است، در خبرها آمده است:",
            None,
        ),
        # the paper is theirs: their words go on
        ("در ادامه سخنان وی، آمده است:", "حسین شریفی"),
    ],
)
def test_what_a_paper_says_is_its_own_unless_it_is_the_speakers(
    paper: str, said: str | None
) -> None:
    text = (
        "حسین شریفی سرپرست روابط عمومی فدراسیون فوتبال اظهار داشت: این خبر کذب است. "
        f"{paper} ارایه هرگونه خدمت ارتباطی مجاز است."
    )
    assert _said(text) == [("حسین شریفی", None), (said, None)]


def test_a_post_before_its_from_clause_past_a_heading_is_the_one_named_next() -> None:
    # «تست قند و فشار خون رایگان 400 هزار مسافر رئیس سازمان جوانان هلال‌احمر از انجام تست ...
    # خبر داد و گفت:» then «... مسعود حبیبی ... اظهار داشت:»: the post past the heading run
    # in is the subject of «از ... خبر داد»
    assert_speaker(SIXTH["peyma_264"], "مسعود حبیبی", None)


@pytest.mark.parametrize(
    "text",
    [
        # a dated line of a timeline, its post past the date's comma: not Ahmadinejad's
        "8 بهمن 1390، رییس‌کل سازمان امور مالیاتی کشور از احیای کد اقتصادی پس از ۱۰ سال خبر"
        " داد و اعلام کرد: فراخوان ثبت‌نام از دهه فجر آغاز می‌شود. 8 بهمن 1391، محمود"
        " احمدی‌نژاد رییس جمهور از توافقات دولت و مجلس خبر داد.",
        # the post is what others speak of, in the plural
        "موافقان این اظهار نظر با حمایت از جهان‌پور، چین را به باد انتقاد گرفتند و البته"
        " دلجویی سخنگوی وزارت خارجه از سفیر چین را هم نشانه ضعف دانستند.",
    ],
)
def test_a_post_before_a_from_clause_broken_up_or_spoken_of_does_not_speak(text: str) -> None:
    assert all(person is None for person, _ in _said(text)[:2])


def test_the_president_of_iran_said_so_is_the_president_named_before() -> None:
    # «حسن روحانی رییس جمهور کشورمان ... گفت:» then «رییس جمهور اسلامی ایران ... اظهارداشت:»
    assert_speaker(SIXTH["peyma_210"], "حسن روحانی", None)
    text = (
        "حسن روحانی رییس جمهور کشورمان در دیدار رییس جمهور بلغارستان گفت: شبکه ریلی ایران"
        " به بنادر بلغارستان اتصال خواهد یافت. رییس جمهور اسلامی ایران با اشاره به دوستی"
        " دیرینه دو ملت، اظهارداشت: باید از این زمینه دوستی بهره بگیریم."
    )
    assert _said(text) == [("حسن روحانی", None)] * 2
    # not another country's: Iran's president is not Putin
    text = (
        "ولادیمیر پوتین رئیس جمهور روسیه در مسکو گفت: روسیه آماده است. رئیس جمهور ایران"
        " در تهران گفت: ایران هم آماده است."
    )
    assert _said(text) == [("ولادیمیر پوتین", None), (None, None)]


def test_a_bylines_editor_takes_no_post_of_the_heading_run_on_from_it() -> None:
    # «انتشاردهنده: رضاپیمان یغمایی رئیس سازمان توسعه تجارت در گفت‌و‌گو با ایرنا: ...», then
    # «' مجتبی خسروتاج ' ... افزود:» and «رئیس سازمان توسعه تجارت ایران همچنین ... گفت:»
    item = SIXTH["peyma_56"]
    assert_speaker(item, "مجتبی خسروتاج", None)
    editor = [p for p in extract_item(item).persons if p.name == "رضاپیمان یغمایی"]
    assert all(not p.posts for p in editor)
    # the next credit's word is no post of the name before it (the producer's own credit,
    # before his name, is his since «تهیه‌کننده» is a head); a writer's own post past a comma
    # is his
    text = (
        "نام فیلم: بی‌وقتی تهیه‌کننده: محمد قاسمی، کارگردان: نرگس آبیار، نویسنده: پدرام"
        " سلطانی، عضو اتاق بازرگانی ایران در این باره نوشت: این فیلم مهم است."
    )
    posts = {p.name: p.posts for p in extract_text(text).persons}
    assert posts["محمد قاسمی"] == ["تهیه\u200cکننده"] and posts["نرگس آبیار"] == ["کارگردان"]
    assert posts["پدرام سلطانی"] == ["عضو اتاق بازرگانی ایران"]


def test_the_text_of_a_letter_given_whole_is_its_writers() -> None:
    # «متن نامه شریعتمداری به شرح ذیل است:», after «محمد شریعتمداری ... دستور داد»
    assert_speaker(SIXTH["peyma_204"], "محمد شریعتمداری", None)
    lead = "حسن روحانی رئیس جمهور به عراق سفر کرد و با مقامات آن دیدار کرد. "
    text = lead + "متن پیام رئیس جمهور به این شرح است: این سفر برای دو ملت مهم است."
    assert _said(text) == [("حسن روحانی", None)]
    # a letter to someone, or a body's statement: not the text of one named
    text = lead + "متن نامه وزیر به مجلس به شرح زیر است: این سفر برای دو ملت مهم است."
    assert _said(text) == [(None, None)]


def test_one_named_past_an_outlets_source_in_a_sentence_that_reports_nothing_goes_on() -> None:
    # «... خبرگزاری فرانسه نوشت: ... آخرین وضعیت واگذاری سپیدرود رشت به گزارش ورزش سه، علی
    # نظرمحمدی درباره آخرین شرایط واگذاری به اظهارنظر پرداخت. وی در این باره گفت:»
    assert_speaker(SIXTH["peyma_570"], "علی نظرمحمدی", None)


def test_a_post_whose_bodys_name_runs_on_to_an_adjunct_is_the_subject() -> None:
    # «ممنوعیت استعمال سیگاردر اماکن عمومی از مهر دبیرکل جمعیت مبارزه با استعمال دخانیات با
    # اشاره به اینکه ...، گفت:», then «دکتر محمدرضا مسجدی ... افزود:»: the post as listed ends
    # at «مبارزه», its body's name runs on with «با استعمال دخانیات»
    assert_speaker(SEVENTH["peyma_240"], "محمدرضا مسجدی", None)


def test_a_headings_last_name_run_into_the_speakers_is_not_the_speaker() -> None:
    # «... 1504 انتقاد از نقادان « نادان » هاشمی سیدمهدی طباطبایی، عضو جامعه روحانیت مبارز در
    # روزنامه اعتماد نوشت:», «آقای هاشمی» named in what he wrote
    assert_speaker(SEVENTH["peyma_416"], "سیدمهدی طباطبایی", None)
    text = (
        "انتقاد از نقادان « نادان » هاشمی سیدمهدی طباطبایی، عضو جامعه روحانیت مبارز در"
        " روزنامه اعتماد نوشت: مردمی که برای تشییع پیکر آقای هاشمی آمدند، پیامی داشتند."
    )
    assert _said(text) == [("سیدمهدی طباطبایی", None)]


def test_a_quoted_name_that_wrote_in_a_clause_of_its_own_is_an_outlet() -> None:
    # «« دیاریو دی سویا » ، امروز تیتر یک خود را به راموس و اشتباه وی اختصاص داده و به کنایه
    # نوشته است:»
    assert_speaker(SEVENTH["peyma_574"], None, "دیاریو دی سویا")
    # what it relays is not its own, nor a clause with a subject of its own
    lead = "رئال با گل به خودی راموس مساوی کرد. "
    for said in (
        "« دیاریو دی سویا » ، امروز به نقل از یک هوادار نوشته است: او یک سویایی بزرگ است.",
        "« دیاریو دی سویا » ، که امروز منتشر شد، نوشته است: او یک سویایی بزرگ است.",
    ):
        assert all(org != "دیاریو دی سویا" for _, org in _said(lead + said))


def test_a_country_with_a_clause_on_it_speaks_past_its_comma() -> None:
    # «به گزارش ایرنا عربستان سعودی که می‌کوشد تا سال 2020 کسری بودجه هنگفت خود را تعدیل
    # کند، هفته گذشته سند 84 صفحه‌ای را در این زمینه اعلام کرد.»
    assert_speaker(SEVENTH["peyma_48"], None, "عربستان سعودی")
    text = (
        "عربستان سعودی که می‌کوشد تا سال 2020 کسری بودجه خود را تعدیل کند، هفته گذشته"
        " اعلام کرد که هزینه‌ها را کاهش می‌دهد."
    )
    assert _said(text) == [(None, "عربستان سعودی")]
    # another subject past the comma: not the country's
    text = "ایران که از این تصمیم ناراضی است، آمریکا اعلام کرد که تحریم‌ها می‌ماند."
    assert all(org != "ایران" for _, org in _said(text))


def test_a_clause_of_since_whose_verb_reports_is_its_subjects() -> None:
    # «از زمانی‌که روسیه تحریم‌هایی علیه واردات از ترکیه اعمال کرد و از شهروندانش خواست از
    # این کشور دیدار نکنند، نگاه مردم روسیه ... منفی شده است.»
    assert_speaker(FOURTH["peyma_610"], None, "روسیه")
    # the verb past the clause's comma is another subject's
    text = "از وقتی که روسیه تحریم‌هایی علیه ترکیه اعمال کرد، ترکیه اعلام کرد که پاسخ خواهد داد."
    assert all(org != "روسیه" for _, org in _said(text))


def test_a_post_with_moreover_past_a_heading_run_in_is_the_subject() -> None:
    # «... کشف بیش از یک تن مواد افیونی در درگیری شبانه پلیس نیکشهر با سوداگران مرگ فرمانده
    # انتظامی استان همچنین از کشف ... خبر داد و گفت:», after «سردار محمد قنبری ...»
    text = (
        "فرمانده انتظامی سیستان و بلوچستان از کشف کالای احتکار شده خبر داد. سردار محمد قنبری"
        " امروز در گفت‌وگو با خبرنگار فارس اظهار داشت: عملیات گسترده اجرا شد. کشف بیش از یک"
        " تن مواد افیونی در درگیری شبانه پلیس نیکشهر با سوداگران مرگ فرمانده انتظامی استان"
        " همچنین از کشف یک تن مواد افیونی در نیکشهر خبر داد و گفت: شب گذشته محموله کشف شد."
    )
    assert [s for s, _ in _said(text)][-2:] == ["محمد قنبری"] * 2


def test_a_craft_alone_going_on_with_a_speech_is_the_speaker() -> None:
    # «متخصص گوش و حلق و بینی اضافه کرد:» after «علیرضا جعفری ... گفت:», «وی اظهار داشت:»
    assert_speaker(SEVENTH["peyma_304"], "علیرضا جعفری", None)
    lead = "علیرضا جعفری در آستانه برگزاری کنگره گفت: استفاده از بوتاکس تایید نیست. "
    said = "اضافه کرد: این مسئله بیشتر در افراد بالای 40 سال استفاده می‌شود."
    assert _said(lead + "متخصص گوش و حلق و بینی " + said)[1] == ("علیرضا جعفری", None)
    # «نیز» brings in another; a new «گفت» is no going on; many are others
    for other in ("متخصص گوش و حلق و بینی نیز ", "کارشناسان این حوزه "):
        assert _said(lead + other + said)[1] == (None, None)
    text = lead + "متخصص گوش و حلق و بینی گفت: این مسئله بیشتر در افراد بالای 40 سال است."
    assert _said(text)[1] == (None, None)


def test_vali_opening_a_sentence_before_a_family_name_and_a_post_is_the_given_name() -> None:
    # «ولی ملکی عضو کمیسیون صنایع و معادن مجلس شورای اسلامی ... اشاره کرد و افزود:»
    assert_speaker(SIXTH["peyma_678"], "ولی ملکی", None)
    text = (
        "ولی ملکی عضو کمیسیون صنایع و معادن مجلس شورای اسلامی در گفتگو با خبرنگار ما گفت:"
        " جذب اتباع خارجی غیرقانونی است."
    )
    assert [p.name for p in extract_text(text).persons] == ["ولی ملکی"]
    # «but» in mid-sentence: no name of his
    text = (
        "الکس فرگوسن سرمربی سابق منچستر است. بسیاری معتقدند که او باید هزینه کند ولی فرگوسن"
        " با این عقیده مخالف است."
    )
    assert all(not p.name.startswith("ولی") for p in extract_text(text).persons)


def test_the_cast_of_a_films_synopsis_does_not_speak() -> None:
    # «در خلاصه داستان این فیلم با بازی بهنام تشکر، حدیث میرامینی و اصغر محبی آمده است:»: a
    # synopsis, whose writer the text does not name, not the actress after the list's comma
    item = NINTH["peyma_819"]
    q = quote_at(extract_item(item), item["start"])
    assert q is not None and (q.speaker, q.speaker_organization) == (None, None)
    synopsis = "سعید سعادت، بازرس خوشنام و درستکار گمرک است."
    for cast in ("بهنام تشکر، حدیث میرامینی و اصغر محبی", "علی نصیریان، حدیث میرامینی"):
        text = f"در خلاصه داستان این فیلم با بازی {cast} آمده است: {synopsis}"
        assert _said(text) == [(None, None)]
    # one named past a comma after an adverbial that names no one else still speaks
    text = "با اشاره به سخنان وزیر، علی لاریجانی گفت: این کار درست است."
    assert _said(text) == [("علی لاریجانی", None)]


def test_the_friday_prayer_leader_written_together_is_a_post_of_the_speaker_going_on() -> None:
    # «حسینی بوشهری خاطرنشان کرد: ...», «وی افزود: ...», then «امام‌جمعه قم ادامه داد:»
    assert_speaker(NINTH["peyma_277"], "حسینی بوشهری", None)
    lead = "حسینی بوشهری خاطرنشان کرد: دستورالعمل سوم این بود. وی افزود: حضرت می‌فرمایند. "
    said = "ادامه داد: به همه مسئولان می‌گویم."
    for post in ("امام‌جمعه قم", "امام جمعه قم"):
        assert _said(lead + post + " " + said)[-1] == ("حسینی بوشهری", None)
    # «نیز» brings in another
    assert _said(lead + "امام‌جمعه قم نیز گفت: به همه مسئولان می‌گویم.")[-1] == (None, None)


def test_a_word_of_hearsay_after_but_is_passed_to_the_subject() -> None:
    # «... امید آن می‌رفت وی پنجمین گزینه باشد اما گویا طاهری به وی اطلاع داده که ...», after
    # «علی اکبر طاهری و حسین هدایتی»: Taheri told him, not Hedayati of the clause before
    assert_speaker(TENTH["peyma_601"], "علی اکبر طاهری", None)
    lead = "از چند ماه قبل وقتی رابطه علی اکبر طاهری و حسین هدایتی خوب شد، طرفین امیدوار بودند. "
    said = (
        "در لیست اولیه خبری از نام هدایتی نبود و امید آن می‌رفت وی پنجمین گزینه باشد اما"
        " گویا طاهری به وی اطلاع داده که شخص وزیر مخالفت کرده است."
    )
    assert _said(lead + said) == [("علی اکبر طاهری", None)]
    assert _said(lead + said.replace("گویا", "ظاهرا")) == [("علی اکبر طاهری", None)]


def test_a_name_in_the_words_of_one_nobody_names_is_not_whom_vi_then_means() -> None:
    # a cut article opens in a speech, «وی بیان داشت:», «وی گفت: ... به آقای صالحی دادند.»,
    # then «وی ادامه داد:», «وی گفت:»: not «صالحی» he speaks of («صالحی امیری» is named after)
    item = TENTH["peyma_717"]
    q = quote_at(extract_item(item), item["start"])
    assert q is not None and q.speaker is None
    text = (
        "وی گفت: ما اگر در مسیر گذشته حرکت می‌کردیم به کدام هدف می‌رسیدیم؟ ، برخی اصرار"
        " دارند که بگویند مقامات عالی نظام در جریان نیستند، در حالی که رهبر معظم انقلاب از"
        " پشت تریبون دستوراتی را در مورد جزییات به آقای صالحی دادند. * دولت یازدهم از رهبر"
        " انقلاب هزینه نمی‌کند. وی ادامه داد: این درست نیست که دولت همیشه از مشورت‌های رهبری"
        " خرج کند."
    )
    assert _said(text) == [(None, None), (None, None)]
    # ARMAN's run-together items: a paper's contents named after «وی گفت:» opening the text
    text = (
        "وی گفت: با تغییر کاربری این محدوده سرانه فضای سبز افزایش خواهد یافت. مقاله دکتر پرویز"
        " پیران در همایش علمی کاربردی سلامت اجتماعی ازجمله مطالبی است که در این نشریه به چاپ"
        " رسیده است. وی در جمع گروهی از طلاب مدرسه علمیه معصومیه قم اضافه کرد: این یک اتهام"
        " بی پایه و اساس است."
    )
    assert all(person != "پرویز پیران" for person, _ in _said(text))


def test_a_family_name_alone_opening_a_topic_then_a_verb_of_saying_speaks() -> None:
    # «دبیرکل شورای عالی آموزش و پرورش ... گفت:», «نویدادهم بر حافظه محوری و حرکت به سمت
    # کسب مهارت دانش‌آموزان اشاره کرد و گفت:», then «وی در ادامه به کنکور سراسری اشاره کرد و
    # گفت:»
    assert_speaker(TENTH["peyma_281"], "نویدادهم", None)
    said = "نویدادهم به کنکور سراسری اشاره کرد و گفت: کنکور مانع جدی است."
    assert _said(said) == [("نویدادهم", None)]
    stressed = said.replace("به کنکور", "بر لزوم حذف کنکور").replace("اشاره", "تاکید")
    assert set(_said(stressed)) == {("نویدادهم", None)}
    # a clause of its own in the topic, or a plural verb: not one who speaks
    assert _said(said.replace("به کنکور سراسری", "به اینکه کنکور مانع است")) == [(None, None)]
    assert _said(said.replace("گفت:", "گفتند:")) == [(None, None)]


def test_a_post_words_part_from_a_headings_name_before_it_opens_the_clause() -> None:
    # «ستاره صبح: پشت‌پرده سفر اردوغان به روسیه سردار وحیدی: ... رئیس دانشگاه عالی دفاع ملی،
    # با اشاره به ... گفت:», then «سردار احمد وحیدی ... خاطرنشان کرد»: not «اردوغان»
    assert_speaker(ELEVENTH["peyma_829"], "احمد وحیدی", None)
    text = (
        "پشت‌پرده سفر اردوغان به روسیه استاندار تهران، با اشاره به آغاز تنازعات گفت: امروز"
        " دوگانه ایران و آمریکا مطرح است."
    )
    assert _said(text) == [(None, None)]
    # the post in apposition to the name is the name's
    for apposed in ("علی لاریجانی رئیس مجلس،", "علی لاریجانی، رئیس مجلس،"):
        said = f"{apposed} با اشاره به آغاز تنازعات گفت: امروز دوگانه ایران و آمریکا مطرح است."
        assert _said(said) == [("علی لاریجانی", None)]
    # a post right before the verb is often a noun's complement: the name speaks
    text = (
        "عباس مسجدی آرانی رییس پزشکی قانونی کشور در واکنش به سخنان رییس‌جمهور گفت: دولت باید"
        " این آمار را اعلام کند."
    )
    assert _said(text) == [("عباس مسجدی آرانی", None)]


@pytest.mark.parametrize(("stem", "person"), [("peyma_441", "مسعود تابش"), ("peyma_71", "صفوی")])
def test_vi_past_a_subheadings_verb_with_no_full_stop_is_the_current_speaker(
    stem: str, person: str
) -> None:
    # «... فراموش نخواهد شد. زمان، این مشکلات را حل می‌کند وی ادامه داد:», «... بازتعریف کنیم
    # وی ادامه داد:»: a subheading ending in a verb, run into the paragraph's «وی»
    assert_speaker(TWELFTH[stem], person, None)
    text = (
        "مسعود تابش در گفتگو با ایمنا اظهار داشت: هیچ وقت کسی نگفته بود که این 2 نفر در سپاهان"
        " نباشند. زمان، این مشکلات را حل می‌کند وی ادامه داد: انشاالله زمان این مسایل را حل"
        " می‌کند."
    )
    assert _said(text) == [("مسعود تابش", None)] * 2
    # «وی» past a word that is no verb is left as it was: not the clause's opening
    text = text.replace("حل می‌کند وی", "حل می‌کند و دلیل وی")
    assert _said(text)[1] == (None, None)


def test_a_heading_run_into_an_outlets_source_opens_a_new_item() -> None:
    # «امام‌جمعه کرمانشاه ... اظهار داشت:» then «پذیرش و استقبال در مدارس علمیه استان بوشهر 5
    # برابر شده است به گزارش خبرگزاری مهر ...، آیت‌الله غلامعلی صفایی بوشهری ... گفت:»: the
    # post is not the one the next item names
    for stem in ("peyma_117", "peyma_259"):
        assert_speaker(TWELFTH[stem], None, None)  # not «غلامعلی صفایی بوشهری», «... نظری»
    lead = (
        "امام‌جمعه کرمانشاه با بیان اینکه قرآن تاثیری اعجاز‌انگیز بر زندگی دارد، اظهار داشت:"
        " امام (ره) با تکیه بر قرآن همانند کوه در مقابل تمام مشکلات ایستاد. "
    )
    named = (
        "به گزارش خبرگزاری مهر، آیت‌الله غلامعلی صفایی بوشهری صبح امروز در مراسم آغاز سال"
        " تحصیلی حوزه علمیه بوشهر گفت: اساس عالم وجود بر بیداری است."
    )
    heading = "پذیرش و استقبال در مدارس علمیه استان بوشهر 5 برابر شده است "
    assert _said(lead + heading + named) == [(None, None), ("غلامعلی صفایی بوشهری", None)]
    # with no heading before the source, the post lead is still the one named next
    assert _said(lead + named) == [("غلامعلی صفایی بوشهری", None)] * 2


def test_a_headings_name_run_into_the_speakers_past_an_adjunct_naming_another() -> None:
    # «... لقب پدر استقلال تنها زیبنده منصور خان است یدالله اکبری در گفت‌وگو با ایسنا، ضمن
    # تسلیت درگذشت منصور پورحیدری، بیان کرد:»: not «منصور خان» of the heading
    assert_speaker(TWELFTH["peyma_493"], "یدالله اکبری", None)
    text = (
        "لقب پدر استقلال تنها زیبنده منصور خان است یدالله اکبری در گفت‌وگو با ایسنا، ضمن تسلیت"
        " درگذشت منصور پورحیدری، بیان کرد: من حدود هشت سال در کنار او بودم."
    )
    assert _said(text) == [("یدالله اکبری", None)]


def test_a_family_name_that_is_a_word_too_speaks_right_before_its_verb_past_a_post_lead() -> None:
    # «استاندار آذربایجان غربی ... ادامه داد:» then «سعادت گفت:» and «وی افزود:», «وی اضافه
    # کرد:»: «سعادت» a common word and a given name too
    assert_speaker(ELEVENTH["peyma_247"], "سعادت", None)
    lead = (
        "استاندار آذربایجان غربی با اشاره به بدهی دولت به پیمانکاران، ادامه داد: جذب اعتبار از"
        " برنامه‌های سفر است. "
    )
    said = "سعادت گفت: پروژه‌های مهم عمرانی افتتاح می‌شود. وی افزود: سفر مهم است."
    assert _said(lead + said) == [("سعادت", None)] * 3
    # with no post-only lead before it, the word is left; nor with no colon after its verb
    assert _said(said) == [(None, None)] * 2
    assert ("سعادت", None) not in _said(lead + said.replace("گفت:", "گفت که"))


def test_a_verb_of_saying_right_after_a_relative_that_is_the_nouns_it_describes() -> None:
    # «کوربین با این نتیجه به تلاش « کودتایی » نمایندگان میانه روتر حزب کارگر در پارلمان که
    # می‌گویند ...، پایان داد»: the MPs, unnamed, say it, not Corbyn
    assert_speaker(TWELFTH["peyma_711"], None, None)
    text = (
        "به گزارش خبرگزاری رویترز از لندن، کوربین با این نتیجه به تلاش « کودتایی » نمایندگان"
        " میانه روتر حزب کارگر در پارلمان که می‌گویند دستور کار چپگرایانه وی هرگز نمی‌تواند به"
        " پیروزی حزب کارگر منجر شود، پایان داد."
    )
    assert _said(text) == [(None, None)]
    asked = (
        "علی لاریجانی در پاسخ به سوال خبرنگاری که گفت: آیا علت حضور البرادعی روشن است؟ گفت:"
        " این سفر از پیش برنامه‌ریزی شده بود."
    )
    assert _said(asked)[0] == (None, None)
    # a person right before «که» speaks
    named = text.replace("نمایندگان میانه روتر حزب کارگر در پارلمان", "اوون اسمیت")
    assert _said(named) == [("اوون اسمیت", None)]
    # the clause's own verb of saying and colon later in the sentence: the quote runs on to
    # the subject's words, left to the subject
    answered = (
        "الیاس حضرتی در پاسخ به دانشجویی که عنوان کرد در دوره‌های گذشته خبری از شعار عدالت"
        " نبود، گفت: کسی مخالف عدالت نیست."
    )
    assert ("الیاس حضرتی", None) in _said(answered)


def test_a_headlines_post_lead_run_in_is_held_by_the_one_the_lead_names_next() -> None:
    # «/ حمایت‌های گسترده مالی و امنیتی ریاض از تروریسم معاون سابق وزیر خارجه ... گفت:» then
    # «به گزارش ... فارس، حسین امیرعبداللهیان معاون سابق عربی و آفریقای وزارت خارجه ایران ...»
    assert_speaker(TWELFTH["peyma_207"], "حسین امیرعبداللهیان", None)
    # «... فریاد بزنند " یا حسین " فرارو - خطیب نماز جمعه این هفته تهران تاکید کرد که» then
    # «به گزارش فرارو، آیت‌الله موحدی کرمانی ... گفت:»: past an outlet's dateline
    assert_speaker(SIXTH["peyma_772"], "موحدی کرمانی", None)
    lead = (
        "به گزارش خبرگزاری فارس از تبریز به نقل از روابط عمومی شهرداری تبریز، صادق نجفی در"
        " نشست مدیران فرهنگی کلانشهرها اظهار داشت: نقش شهرداری را نمی‌توان نادیده گرفت."
    )
    heading = (
        "تبریز شهر بدون گدا و بدون معتاد متجاهر شهردار تبریز تبدیل این شهر به شهر بدون گدا را"
        " مرهون فعالیت‌های فرهنگی دانست. "
    )
    assert _said(heading + lead) == [("صادق نجفی", None)] * 2
    persons = {p.name: p.posts for p in extract_text(heading + lead).persons}
    assert persons["صادق نجفی"] == ["شهردار تبریز"]
    # a post after a preposition is its object, not a lead: nobody
    after_of = heading.replace("متجاهر شهردار", "متجاهر از شهردار")
    assert _said(after_of + lead)[0] == (None, None)
    # a new item run in before the name: not the lead of this headline
    run_in = "افراد بی‌سواد در روستاهای رفسنجان توسط دهیاری‌ها شناسایی شوند "
    assert _said(heading + run_in + lead)[0] == (None, None)
    # one named with a post of another head is not whom the post stood for
    posted = lead.replace("صادق نجفی در", "صادق نجفی معاون فرهنگی شهرداری تبریز در")
    assert _said(heading + posted)[0] == (None, None)


def test_an_indefinite_subject_is_no_headline_run_into_a_post() -> None:
    # «یک مقام مسیول ... اعلام کرد و گفت:» then «به گزارش خبرگزاری مهر، مریم نامجو ...»: «مسیول»
    # is no post of hers, and the director's post after is (PEYMA's training part, article 577)
    text = (
        "یک مقام مسیول در آستانه تابستان ضوابط و قیمت خرید تضمینی برق از مشترکان را اعلام کرد و"
        " گفت: شرکت برق به ازای هر کیلووات تولید برق 150 تومان پرداخت می‌کند. به گزارش خبرگزاری"
        " مهر، مریم نامجو با اشاره به اجرای برنامه‌های فرهنگ‌سازی، گفت: مشترکان صنعتی می‌توانند"
        " رفتار بار خود را مشاهده کنند. مدیر دفتر مدیریت شرکت توزیع نیروی برق تهران بزرگ در تشریح"
        " ضوابط همکاری، تصریح کرد: مشترکان دیماندی اداری و تجاری می‌توانند همکاری خود را اعلام"
        " کنند."
    )
    persons = {p.name: p.posts for p in extract_text(text).persons}
    assert persons["مریم نامجو"] == ["مدیر دفتر مدیریت شرکت توزیع نیروی برق تهران"]
