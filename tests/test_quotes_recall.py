"""Quotes on the quotes-recall development samples: 30 shared news articles each, outside the
gold and the persons-recall samples, every reported statement in them read by hand
(``quotes_recall_dev.jsonl``, 16 of them news from abroad; ``quotes_recall_dev_2.jsonl``, drawn
later outside the first and every judged sample, 12 in the international slot, scored before any
change made for it; ``quotes_recall_dev_3.jsonl``, 25 more outside both, read the same way;
``quotes_recall_dev_4.jsonl``, 14 outside all three, a third guessed to hold indirect statements;
``quotes_recall_dev_5.jsonl``, 14 more drawn the same way from 207 articles no fixture held;
``quotes_recall_dev_6.jsonl``, 16 more from 272 articles no fixture held at 56fc4e7;
``quotes_recall_dev_7.jsonl``, 16 more from 295 no fixture held at f2935cd, none with a statement;
``quotes_recall_dev_8.jsonl``, 10 of 4,500 to 9,000 characters, longer than any read before;
``quotes_recall_dev_9.jsonl``, 10 more of that length outside the eighth;
``quotes_recall_dev_10.jsonl``, 10 more outside the eighth and ninth;
``quotes_recall_dev_11.jsonl``, 10 more outside the eighth to tenth, each holding a statement;
``quotes_recall_dev_12.jsonl``, 10 more outside the eighth to eleventh, each holding a statement;
``quotes_recall_dev_13.jsonl``, 10 more outside the eighth to twelfth, each holding a statement;
``quotes_recall_dev_14.jsonl``, 10 of 3,000 to 4,500 characters outside them, each holding one;
``quotes_recall_dev_15.jsonl``, 10 more of that length outside the fourteenth, each holding one;
``quotes_recall_dev_16.jsonl``, 10 more of that length outside the fifteenth, each holding one;
``quotes_recall_dev_17.jsonl``, 12 of 1,500 to 3,000 characters outside them, each holding one;
``quotes_recall_dev_18.jsonl``, 8 of 3,000 to 4,500 characters outside them, four holding one;
``quotes_recall_dev_19.jsonl``, 8 more of that length outside the eighteenth, five holding one;
``quotes_recall_dev_20.jsonl``, 6 of 4,500 to 6,000 characters outside them, one holding one;
``quotes_recall_dev_21.jsonl``, the 4 of 6,000 to 9,000 characters left outside them, none;
``quotes_recall_dev_22.jsonl``, 4 of more than 9,000 characters outside them, one holding 57;
``quotes_recall_dev_23.jsonl``, 8 of 1,200 to 3,000 characters no sample read whole, 4 of them
in the international slot; ``quotes_recall_dev_24.jsonl`` to ``quotes_recall_dev_26.jsonl``, 8
more each, drawn the same way).
``arman_quotes_recall.jsonl``: 25 whole articles of ARMAN's news (folds 1 and 2, another decade,
text no quote rule was written on), outside the judged ARMAN speakers samples, read the same way;
``arman_quotes_recall_2.jsonl``, 12 more outside it too; ``arman_quotes_recall_3.jsonl``, 25 more
outside both and every judged ARMAN speakers sample; ``arman_quotes_recall_4.jsonl``, 25 more
outside all of them.
``peyma_quotes_recall.jsonl``: 25 whole articles of PEYMA's training part (news of ISNA, IRNA,
Mehr, Fars and others), odd articles only, read the same way; ``peyma_quotes_recall_2.jsonl``, 15
more outside it, drawn once its rules were done; ``peyma_quotes_recall_3.jsonl``, 15 more outside
both, drawn once the second's were done; ``peyma_quotes_recall_4.jsonl``, 15 more outside the
three, drawn once the third's were done; ``peyma_quotes_recall_5.jsonl``, 15 more outside the
four, drawn once the fourth's were done; ``peyma_quotes_recall_6.jsonl``, 15 more outside the
five, drawn once the fifth's were done; ``peyma_quotes_recall_7.jsonl``, 15 more outside the six
and every judged PEYMA speakers and bodies sample, drawn once the sixth's were done;
``peyma_quotes_recall_8.jsonl``, 15 more outside the seven and every judged PEYMA speakers and
bodies sample, drawn once the seventh's were done; ``peyma_quotes_recall_9.jsonl``, 15 more
outside the eight and every judged PEYMA speakers and bodies sample, drawn once the eighth's
were done; ``peyma_quotes_recall_10.jsonl``, 15 more outside the nine and every judged PEYMA
speakers and bodies sample, drawn once the ninth's were done.
``benchmarks/quotes_recall.py [SAMPLE]`` prints the same figures, per article."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest
from sample_tables import each_of

from khabar.evaluate import Locator
from khabar.evaluate_quotes import QuoteScore, read_sample, score_sample, total
from khabar.text.pipeline import repair

FIXTURES = Path(__file__).parent / "fixtures"


@dataclass(frozen=True)
class Drawn:
    """A sample as drawn: its articles, at least so many of them in the international slot, and
    its outlets."""

    articles: int
    international: int
    outlets: int


@dataclass(frozen=True)
class Floor:
    """What the extractor must keep on a sample: the recall and precision of its quotes and its
    speaker accuracy at least."""

    recall: float
    precision: float
    accuracy: float


@dataclass(frozen=True)
class Sample:
    """A sample read for every reported statement: the stem of its file under ``fixtures``, the
    folder that holds its texts, as drawn, and its floor."""

    name: str
    folder: str
    drawn: Drawn
    floor: Floor


# the sample's folder, its articles, those in the international slot, its outlets (Mashregh had
# no article left for the third)
SAMPLES = [
    # before any work on it: quotes R 0.818 P 0.923, speaker accuracy 0.746; after reporting
    # verbs in every person and tense, requests, claims around their object: R 0.970 P 0.955,
    # speaker accuracy 0.842; after an adverbial phrase opening what was said, lists in a
    # wish, present plurals: R 0.977 P 0.956, speaker accuracy 0.851; after a quotation
    # closed and run into «وی»: R 0.985, speaker accuracy 0.860; with a concern that names only
    # its topic: P 0.963
    Sample(
        "quotes_recall_dev",
        "quotes_dev",
        drawn=Drawn(articles=30, international=10, outlets=5),
        # speaker accuracy 0.886 on 2026-12-04, 0.868 since «وی» is not the one its own clause
        # names: roozno_252's «وی با بیان اینکه ... آیت‌الله هاشمی ... گفت» loses Yasser Hashemi
        # twice, whose family name alone the article's «آیت‌الله هاشمی» (his father) is taken
        # for; over the shared news the rule took 4 wrong speakers for these 2 right ones;
        # 0.877 since a listed figure's title and family name («آیت‌الله هاشمی») are that
        # figure, not the article's other person of the family name (one of the two back)
        floor=Floor(recall=0.98, precision=0.96, accuracy=0.875),
    ),
    # as drawn, before any change made for it: quotes R 0.853 P 0.982, speaker accuracy 0.631;
    # after closed quotations run into a name, a paper's passive, requests and advice with no
    # «که», a colon ending the line: R 0.868 P 0.991, 0.639; after «به ادعای», «البته به گفته»,
    # a condition opening what was said, «ابراز عقیده کرد», a quotation named again, a closed
    # quotation run into a clause with a colon: R 0.915 P 0.992, speaker accuracy 0.648; after
    # a title's request of someone and «بر ... تاکید کرد و ...»: R 0.930, speaker accuracy 0.656
    Sample(
        "quotes_recall_dev_2",
        "quotes_dev_2",
        drawn=Drawn(articles=30, international=10, outlets=5),
        # speaker accuracy 0.705 on 2026-12-04; R 0.946, speaker accuracy 0.844 since a title
        # quoting a capital for its state («مسکو: ...»)
        floor=Floor(recall=0.945, precision=0.99, accuracy=0.843),
    ),
    # as drawn, before any change made for it: quotes R 0.971 P 0.971, speaker accuracy 0.628;
    # after «بنا بر اعلام X»، «پیش‌بینی کرد», «این مطلب را بیان کرد» and «به آنچه ... گفته بود،»
    # quoting nothing: R 0.990 P 0.990, speaker accuracy 0.640
    Sample(
        "quotes_recall_dev_3",
        "quotes_dev_3",
        drawn=Drawn(articles=25, international=10, outlets=4),
        # speaker accuracy 0.721 on 2026-12-04; 0.872 (75 right, 1 wrong, 10 missed) since a
        # family name run into a subheading's noun («... در رستوران‌هافرهادی ادامه داد:»)
        floor=Floor(recall=0.99, precision=0.99, accuracy=0.871),
    ),
    # as drawn, before any change made for it: quotes R 0.870 P 0.923, speaker accuracy 0.650;
    # after «طبق گفته X», two verbs sharing a light verb, «خواست» a noun and «این سخنان را ...
    # که»: R 0.928 P 0.955, speaker accuracy 0.683
    Sample(
        "quotes_recall_dev_4",
        "quotes_dev_4",
        drawn=Drawn(articles=14, international=5, outlets=4),
        # speaker accuracy 0.733 on 2026-12-04; 0.767 with «صدی البلد» a listed outlet, 0.783
        # with «کماندار» (archer) opening no name; 0.900 (54 right, 2 wrong, 4 missed) since
        # «رئیس دستگاه قضا» is «رئیس قوه قضاییه»
        floor=Floor(recall=0.927, precision=0.955, accuracy=0.899),
    ),
    # as drawn, before any change made for it: quotes R 0.898 P 0.981, speaker accuracy 0.695;
    # after titles that quote someone after a rubric, a headline's slash, a noun of what was
    # said («هشدار X به Y:») or a state («روسیه: ...»), «ندانست», «و» glued to the verb
    # («وافزود») and a feeling shown («ناراحتی خود را ابراز کرد»): R 0.983 P 1.0, 0.780
    Sample(
        "quotes_recall_dev_5",
        "quotes_dev_5",
        drawn=Drawn(articles=14, international=5, outlets=4),
        # speaker accuracy 0.915 on 2026-12-04
        floor=Floor(recall=0.983, precision=1.0, accuracy=0.914),
    ),
    # as drawn, before any change made for it: quotes R 0.920 P 0.972, speaker accuracy 0.797;
    # after a forecast before «و افزود:» and «او گفته ...» with no «که»: R 0.947 P 0.973, 0.826;
    # after a title quoting a name written together («اشرف‌غنی: ...»): R 0.960, 0.841
    Sample(
        "quotes_recall_dev_6",
        "quotes_dev_6",
        drawn=Drawn(articles=16, international=5, outlets=4),
        floor=Floor(recall=0.959, precision=0.972, accuracy=0.84),
    ),
    # 16 more from the 295 articles no fixture held at f2935cd, read before any extraction: no
    # statement in any of them (prices, explainers, an editorial, a column, press releases with
    # passives, two group views «کارشناسان ... را افزایشی می‌دانند»); as drawn no quote reported
    Sample(
        "quotes_recall_dev_7",
        "quotes_dev_7",
        drawn=Drawn(articles=16, international=0, outlets=2),
        floor=Floor(recall=1.0, precision=1.0, accuracy=1.0),
    ),
    # 10 of 4,500 to 9,000 characters outside every fixture and every judged sample of quotes
    # (seed 20261302), read before any extraction: as drawn R 0.875 P 0.886, speaker accuracy
    # 0.829 (63 right, 1 wrong, 12 missed); after «با» opening what was said before a verb that
    # ends the sentence, «خواستار ... شده‌اند» and «کما اینکه»: R 0.900 P 0.889, 0.855 (65, 1,
    # 10)
    Sample(
        "quotes_recall_dev_8",
        "quotes_dev_8",
        drawn=Drawn(articles=10, international=4, outlets=4),
        # 0.868 (66, 0, 10) since «او» opening a sentence with a new verb of saying is the
        # person named in full who opened the sentence before: Talbot's «او می‌گوید»
        floor=Floor(recall=0.9, precision=0.888, accuracy=0.867),
    ),
    # 10 more of that length outside the eighth, every fixture and every judged sample of
    # quotes (seed 20261502), read before any extraction: as drawn R 0.823 P 0.867, speaker
    # accuracy 0.753 (55 right, 3 wrong, 15 missed); after a name's Latin spelling before its
    # post, «این در حالی است که» ending a body's clause, words of time with no comma before
    # the subject, «او / وی» after a sentence a person named in full opens, a verb of saying
    # glued to the word before its colon («نوبختاظهارداشت:») and «به گفته» run into a closed
    # quotation: R 0.886 P 0.875, 0.836 (61, 0, 12)
    Sample(
        "quotes_recall_dev_9",
        "quotes_dev_9",
        drawn=Drawn(articles=10, international=5, outlets=4),
        floor=Floor(recall=0.886, precision=0.875, accuracy=0.835),
    ),
    # 10 more of that length outside the eighth and ninth (seed 20261602), read before any
    # extraction: as drawn R 0.872 P 0.841, speaker accuracy 0.841 (90 right, 3 wrong, 14
    # missed); after a title before a family name run into a closed quotation, a quotation
    # opened at the verb and closed at the sentence's end past a relative clause, a heading's
    # «چه می‌گویند؟», «او» after a quotation run into text another person opens, «بنا به گفته
    # X،» before another's verb, «خواستار این شد که», «...، خبر داد که» and «گفت که «...»»:
    # R 0.927 P 0.894, 0.879 (94, 1, 12); since a quotation run over lines past its own holds
    # what they tell (roozno_77's «رهبری هم به صراحت گفته‌اند ...» inside Arman's piece): P 0.902
    Sample(
        "quotes_recall_dev_10",
        "quotes_dev_10",
        drawn=Drawn(articles=10, international=4, outlets=4),
        floor=Floor(recall=0.926, precision=0.901, accuracy=0.878),
    ),
    # 10 more of that length holding a statement, outside the eighth to tenth (seed 20261702),
    # read before any extraction: as drawn R 0.935 P 0.860, speaker accuracy 0.875 (77 right,
    # 0 wrong, 11 missed); after a quotation run over lines past its own holds what they tell,
    # people many and unnamed in a clause an adjunct opens and «همان‌طوری که X ... گفته است»:
    # R 0.935 P 0.945, 0.886 (78, 0, 10); after a criticism, an aspect or a stance raised
    # names its topic: P 0.977; since «ایشان» after the Leader's post is the one «خامنه‌ای»
    # the article names: 0.909 (80, 0, 8)
    Sample(
        "quotes_recall_dev_11",
        "quotes_dev_11",
        drawn=Drawn(articles=10, international=4, outlets=4),
        floor=Floor(recall=0.934, precision=0.976, accuracy=0.908),
    ),
    # 10 more of that length holding a statement, outside the eighth to eleventh (seed
    # 20261802; no international article left in the pool), read before any extraction: as
    # drawn R 0.900 P 0.911, speaker accuracy 0.797 (63 right, 6 wrong, 10 missed); after
    # «روایت کرد» and «توییت زد» before a colon or «که», «اخطار داد», a family name of one named
    # before run into another name, «او» after the account of one named in full and past a
    # quotation run into «، اما X», the addressee of «خطاب به X» and the writer telling of the
    # piece a quotation runs over: R 0.950 P 0.905, 0.899 (71, 1, 7)
    Sample(
        "quotes_recall_dev_12",
        "quotes_dev_12",
        drawn=Drawn(articles=10, international=0, outlets=3),
        floor=Floor(recall=0.949, precision=0.904, accuracy=0.898),
    ),
    # 10 more holding a statement outside the eighth to twelfth (seed 20261902): nine of that
    # length (the draw runs out at 25, sixteen holding none) and the first holding one of 3,000
    # to 4,500 characters, read before any extraction: as drawn R 0.904 P 0.892, speaker
    # accuracy 0.900 (63 right, 1 wrong, 6 missed); after a verb of saying after «در حالی که»
    # and a person named in full, «باور دارد که» a view, «گفت وگو», the future's auxiliary,
    # «روی آورده است», «بازگو می‌کند که», «نتیجه‌گیری کرد که» and a present's «و می‌گوید که»:
    # R 0.932 P 0.932, 0.943 (66, 0, 4)
    # since an almanac's entry opened by its date holds its post for the one named next
    # (tabnak_901's «سخنگوی کمیسیون تلفیق ...» Yousefnejad): 0.957 (67, 0, 3)
    Sample(
        "quotes_recall_dev_13",
        "quotes_dev_13",
        drawn=Drawn(articles=10, international=1, outlets=2),
        floor=Floor(recall=0.931, precision=0.931, accuracy=0.956),
    ),
    # 10 more holding a statement outside the eighth to thirteenth, of 3,000 to 4,500
    # characters (seed 20261903; the pool of 4,500 to 9,000 spent), read before any extraction:
    # as drawn R 0.920 P 0.958, speaker accuracy 0.876 (85 right, 3 wrong, 9 missed); after
    # «مقام» ending a family name in «ی» before no rank or station («قاضی مسعودی مقام»):
    # 0.897 (87, 1, 9)
    Sample(
        "quotes_recall_dev_14",
        "quotes_dev_14",
        drawn=Drawn(articles=10, international=5, outlets=3),
        floor=Floor(recall=0.919, precision=0.958, accuracy=0.896),
    ),
    # 10 more holding a statement of 3,000 to 4,500 characters, outside the eighth to fourteenth
    # (seed 20261904), read before any extraction: as drawn R 0.946 P 0.956, speaker accuracy
    # 0.897 (78 right, 0 wrong, 9 missed); after an almanac's entry opened by its date, whose
    # post alone the entry's next sentence names, «بر ... تاکید و خاطرنشان کرد:» and a list of
    # names announced saying nothing: R 0.957 P 0.967, 0.920 (80, 0, 7)
    Sample(
        "quotes_recall_dev_15",
        "quotes_dev_15",
        drawn=Drawn(articles=10, international=4, outlets=3),
        floor=Floor(recall=0.956, precision=0.966, accuracy=0.919),
    ),
    # 10 more holding a statement of 3,000 to 4,500 characters, outside the eighth to fifteenth
    # (seed 20261905), read before any extraction: as drawn R 0.912 P 0.979, speaker accuracy
    # 0.937 (89 right, 0 wrong, 6 missed); after «گوشزد کرد که», «نتیجه گرفت که» and a post
    # alone named next past «به گفته X،»: R 0.941 P 0.980, 0.968 (92, 0, 3)
    Sample(
        "quotes_recall_dev_16",
        "quotes_dev_16",
        drawn=Drawn(articles=10, international=0, outlets=3),
        floor=Floor(recall=0.940, precision=0.979, accuracy=0.967),
    ),
    # 12 holding a statement of 1,500 to 3,000 characters, outside the eighth to fifteenth
    # (seed 20261906), read before any extraction: as drawn R 0.865 P 0.941, speaker accuracy
    # 0.826 (57 right, 1 wrong, 11 missed); after «از ... پرده برداشت» read as «از ... خبر داد»
    # and «خواسته» after a count a noun: R 0.892 P 0.957, 0.841 (58, 1, 10)
    Sample(
        "quotes_recall_dev_17",
        "quotes_dev_17",
        drawn=Drawn(articles=12, international=4, outlets=3),
        floor=Floor(recall=0.891, precision=0.956, accuracy=0.84),
    ),
    # 8 of 3,000 to 4,500 characters, outside the eighth to seventeenth (seed 20261907), read
    # before any extraction, four with no statement: as drawn R 0.684 P 1.0, speaker accuracy
    # 0.765 (26 right, 0 wrong, 8 missed); its misses are three marjas' rulings «X: «...»» with
    # no verb of saying, each the line's opening after a question or a closing mark (12); since
    # a quotation under its speaker's label is the speaker's: R 1.0 P 1.0, 1.0 (34, 0, 0)
    Sample(
        "quotes_recall_dev_18",
        "quotes_dev_18",
        drawn=Drawn(articles=8, international=1, outlets=3),
        floor=Floor(recall=1.0, precision=1.0, accuracy=1.0),
    ),
    # 8 more of 3,000 to 4,500 characters, outside the eighth to eighteenth (seed 20261908), read
    # before any extraction, three with no statement: as drawn R 0.983 P 1.0, speaker accuracy
    # 0.883 (53 right, 6 wrong, 1 missed); since a family name written apart alone («حسین زاده»)
    # is the one named in full whose family name it is as one word: 0.967 (58, 1, 1)
    Sample(
        "quotes_recall_dev_19",
        "quotes_dev_19",
        drawn=Drawn(articles=8, international=0, outlets=3),
        floor=Floor(recall=0.983, precision=1.0, accuracy=0.966),
    ),
    # 6 of 4,500 to 6,000 characters, outside the eighth to nineteenth (seed 20261910; 11 of
    # the band's 303 left, ten of them drawn and set aside by the twelfth and thirteenth as
    # holding no statement), read before any extraction, five with no statement: as drawn R 1.0
    # P 1.0, speaker accuracy 1.0 (1 right, 0 wrong, 0 missed), the one statement a headline's
    # «حجاریان: ...» and his interview's answers, with no verb of saying, none; no rule since
    Sample(
        "quotes_recall_dev_20",
        "quotes_dev_20",
        drawn=Drawn(articles=6, international=0, outlets=3),
        floor=Floor(recall=1.0, precision=1.0, accuracy=1.0),
    ),
    # the 4 of 6,000 to 9,000 characters left outside the eighth to twentieth (seed 20261911; 4
    # of the band's 274, five asked for), read before any extraction, none with a statement (two
    # advertorials, the lists of the Majlis members vetted, an explainer whose «کارشناسان
    # معتقدند» is a view of no one named): as drawn no quote reported; no rule since
    Sample(
        "quotes_recall_dev_21",
        "quotes_dev_21",
        drawn=Drawn(articles=4, international=0, outlets=2),
        floor=Floor(recall=1.0, precision=1.0, accuracy=1.0),
    ),
    # 4 of more than 9,000 characters, outside the eighth to twenty-first (seed 20261922; 5 of
    # the 205 left), read before any extraction, three with no statement (an explainer, an
    # interview whose answers have no verb of saying, a festival's awards): as drawn R 0.930
    # P 0.981, speaker accuracy 0.930 (53 right, 0 wrong, 4 missed), its one false quote the
    # verb of a «با اشاره به اینکه» clause («... اعلام کرده است، تصریح کرد:»); since that
    # clause's verb is no statement of its own: P 1.0; since «... را ... اعلام کرد و با تاکید
    # بر ... گفت:» gives two statements: R 0.947, speaker accuracy 0.947 (54, 0, 3)
    Sample(
        "quotes_recall_dev_22",
        "quotes_dev_22",
        drawn=Drawn(articles=4, international=0, outlets=2),
        floor=Floor(recall=0.947, precision=1.0, accuracy=0.947),
    ),
    # 8 of 1,200 to 3,000 characters no sample read whole, international slots first (seed
    # 20261923; 1,122 in the pool), read before any extraction: as drawn R 0.816 P 0.909,
    # speaker accuracy 0.700 (28 right, 0 wrong, 12 missed), «... را چهار بانک جدیدی عنوان
    # کرد که ...» cut at its relative clause, «... را ضعيف دانست زيرا به گفته وي، ...» missed;
    # since «عنوان کرد» calls its object and the verb before «زیرا» and «به گفته» after it are
    # two statements: R 0.857 P 0.933, speaker accuracy 0.750 (30, 0, 10)
    Sample(
        "quotes_recall_dev_23",
        "quotes_dev_23",
        drawn=Drawn(articles=8, international=4, outlets=4),
        floor=Floor(recall=0.857, precision=0.933, accuracy=0.75),
    ),
    # 8 of 1,200 to 3,000 characters no sample read whole, international slots first (seed
    # 20261924; 1,102 in the pool), read before any extraction: as drawn R 1.0 P 1.0, speaker
    # accuracy 0.863 (44 right, 4 wrong, 3 missed), «نخست وزير ژاپن اظهار داشت» given to the
    # minister named next, the prime minister named once as «"نائوتوكان"»; since a name's words
    # run together are a mention of it and «نخست وزیر» apart is «نخست‌وزیر»: 0.882 (45, 3, 3)
    Sample(
        "quotes_recall_dev_24",
        "quotes_dev_24",
        drawn=Drawn(articles=8, international=4, outlets=4),
        floor=Floor(recall=1.0, precision=1.0, accuracy=0.882),
    ),
    # 8 of 1,200 to 3,000 characters no sample read whole, international slots first (seed
    # 20261925; 1,082 in the pool), read before any extraction: as drawn R 0.981 P 0.981,
    # speaker accuracy 0.939 (46 right, 0 wrong, 3 missed), the AP's «اعلام کرد ...» after
    # «اما» missed, «به نوشته ال مرکوریو» and the FDA's «خواسته است» found with no organization
    Sample(
        "quotes_recall_dev_25",
        "quotes_dev_25",
        drawn=Drawn(articles=8, international=4, outlets=4),
        floor=Floor(recall=0.98, precision=0.98, accuracy=0.938),
    ),
    # 8 of 1,200 to 3,000 characters no sample read whole, international slots first (seed
    # 20261926; 1,062 in the pool), read before any extraction: as drawn R 0.953 P 0.968,
    # speaker accuracy 0.902 (55 right, 4 wrong, 2 missed), Mike Ryan read as two men
    # («مایک رایان», «مایکل رایان») and «.»رایان خاطرنشان کرد» given to China; since a given
    # name's short form is its full form's person and «احتمال داد» and «... را ... قلمداد کرد»
    # statements: R 0.984 P 0.969, speaker accuracy 1.0 (61, 0, 0)
    Sample(
        "quotes_recall_dev_26",
        "quotes_dev_26",
        drawn=Drawn(articles=8, international=4, outlets=4),
        floor=Floor(recall=0.984, precision=0.969, accuracy=1.0),
    ),
    # 6 of 3,000 to 6,000 characters no sample read whole, international slots first (seed
    # 20261927; 657 in the pool), read before any extraction: as drawn R 0.815 P 0.917, speaker
    # accuracy 0.608 (31 right, 0 wrong, 20 missed), the US intelligence community's report
    # speaking through «تهیه‌کنندگان گزارش» and «این گزارش» with no body found; since
    # «آورده بود:» and a heading's family name run into the lead's name, R 0.833 P 0.957, 0.667
    Sample(
        "quotes_recall_dev_27",
        "quotes_dev_27",
        drawn=Drawn(articles=6, international=3, outlets=4),
        floor=Floor(recall=0.833, precision=0.957, accuracy=0.666),
    ),
    # 8 of 1,200 to 3,000 characters no sample read whole, international slots first (seed
    # 20261928; 1,050 in the pool), read before any extraction: as drawn R 0.889 P 0.930, speaker
    # accuracy 0.811 (30 right, 0 wrong, 7 missed), «... را ... عنوان کرد و از ... خواست ...»
    # and «نامه‌نیوز نوشت؛ ... اعتقاد دارد: «...»» missed, «اینکه آقای روحانی اعلام کرد
    # «...»» given no one, ««عظمت خان» نویسنده این گزارش» found as no person; since «و از X
    # خواست ...», a person after «اینکه» opening the sentence and «؛» for a colon before a
    # colon no verb of saying opens: R 0.933 P 0.933, 0.892 (33, 0, 4)
    Sample(
        "quotes_recall_dev_28",
        "quotes_dev_28",
        drawn=Drawn(articles=8, international=4, outlets=4),
        floor=Floor(recall=0.933, precision=0.933, accuracy=0.891),
    ),
    # 6 of 3,000 to 6,000 characters no sample read whole, international slots first (seed
    # 20261929; 644 in the pool), read before any extraction: as drawn R 0.843 P 0.972, speaker
    # accuracy 0.743 (52 right, 4 wrong, 14 missed), «این مقام صنفی گفته است:» given the
    # minister who spoke before, not the union's head the sentence before names, and «به گفته
    # وی» after «این مقام صنفی برخلاف موتمنی» given Motamani; since «این مقام ...» is the
    # official just named with their post, or not the one its clause sets it against: R 0.843
    # P 0.972, 0.786 (55, 2, 13)
    Sample(
        "quotes_recall_dev_29",
        "quotes_dev_29",
        drawn=Drawn(articles=6, international=3, outlets=4),
        floor=Floor(recall=0.843, precision=0.972, accuracy=0.785),
    ),
    # 8 of 1,200 to 3,000 characters no sample read whole, international slots first (seed
    # 20261930; 1,023 in the pool), read before any extraction: as drawn R 0.863 P 1.0, speaker
    # accuracy 0.766 (36 right, 0 wrong, 11 missed), Zhang Wenhong's presents of a verb of
    # saying in the singular («هشدار می‌دهد:», «پیشنهاد می‌کند که») missed, a post speaking
    # before its name left no one's; since «وی» after «یک سخنگوی ... گفت که ...» is that unnamed
    # one, not the leader named before: the figures as drawn
    Sample(
        "quotes_recall_dev_30",
        "quotes_dev_30",
        drawn=Drawn(articles=8, international=4, outlets=4),
        floor=Floor(recall=0.862, precision=1.0, accuracy=0.765),
    ),
    # 8 of 1,200 to 3,000 characters no sample read whole, international slots first (seed
    # 20261931; 992 in the pool), read before any extraction: as drawn R 1.0 P 1.0, speaker
    # accuracy 1.0 (52 right, 0 wrong, 0 missed), every statement found and every speaker right,
    # a post before the name the next sentence gives and a name run into a subheading
    # («برجام استواعظی») among them
    Sample(
        "quotes_recall_dev_31",
        "quotes_dev_31",
        drawn=Drawn(articles=8, international=4, outlets=4),
        floor=Floor(recall=1.0, precision=1.0, accuracy=1.0),
    ),
    # 8 of 1,200 to 3,000 characters no sample read whole, international slots first (seed
    # 20261932; 974 in the pool), read before any extraction: as drawn R 0.878 P 0.973, speaker
    # accuracy 0.833 (25 right, 0 wrong, 5 missed), «... را الزامی دانسته و بر ... تاکید کرده
    # است» and «... را ... معرفی می‌کنند» missed, «وی» after a paragraph of «او» naming no one
    # left no one's, «برخی در شبکه‌های مجازی مدعی شدند که ...» given the man named before;
    # since «برخی» alone after «و» speaks for no one named: the figures as drawn, speakers P 1.0
    Sample(
        "quotes_recall_dev_32",
        "quotes_dev_32",
        drawn=Drawn(articles=8, international=4, outlets=4),
        floor=Floor(recall=0.878, precision=0.972, accuracy=0.833),
    ),
    # 6 of 3,000 to 6,000 characters no sample read whole, international slots first (seed
    # 20261933; 623 in the pool), read before any extraction: as drawn R 0.817 P 0.891, speaker
    # accuracy 0.491 (26 right, 2 wrong, 25 missed), Rastegari's words after «بنا به‌گفته محمد
    # رستگاری» (one word, with a ZWNJ) missed and his «او ... می‌گوید:» given the press officer
    # quoted before, and RAND's and the Bulletin of the Atomic Scientists' reports no one's;
    # since «به‌گفته» as «به گفته», and after the «که» of «این در حالی است که» or «چرا که»:
    # R 0.867 P 0.897, 0.604 (32, 0, 21)
    Sample(
        "quotes_recall_dev_33",
        "quotes_dev_33",
        drawn=Drawn(articles=6, international=3, outlets=4),
        floor=Floor(recall=0.866, precision=0.896, accuracy=0.603),
    ),
    # 8 of 1,200 to 3,000 characters no sample read whole, international slots first (seed
    # 20261934; 957 in the pool), read before any extraction: as drawn R 0.846 P 0.825, speaker
    # accuracy 0.771 (27 right, 4 wrong, 4 missed), Khatami's four statements under «خاتمی»
    # alone, a person apart from «سید محمد خاتمی» once «محمد خاتمی» named him too; since a
    # family name alone is the one man whose names differ only by «سید»: 0.886 (31, 0, 4)
    Sample(
        "quotes_recall_dev_34",
        "quotes_dev_34",
        drawn=Drawn(articles=8, international=4, outlets=3),
        floor=Floor(recall=0.846, precision=0.824, accuracy=0.771),
    ),
    # 6 more of 3,000 to 6,000 characters no sample read whole, international slots first (seed
    # 20261935; 610 in the pool), read before any extraction: as drawn R 0.767 P 0.821, speaker
    # accuracy 0.944 (17 right, 0 wrong, 1 missed), the Wall Street Journal's «»وال‌استریت‌ژورنال
    # نوشته، ...» run into the quote closed before it missed, a columnist's «می گویند تا ...» of
    # unnamed people missed, «چه باید گفت؟» and «که سالهاست می‌گویند خواهد آمد» read as statements
    Sample(
        "quotes_recall_dev_35",
        "quotes_dev_35",
        drawn=Drawn(articles=6, international=3, outlets=3),
        floor=Floor(recall=0.766, precision=0.821, accuracy=0.944),
    ),
    # 8 more of 1,200 to 3,000 characters no sample read whole, international slots first (seed
    # 20261936; 937 in the pool), read before any extraction: as drawn R 0.966 P 0.982, speaker
    # accuracy 0.889 (48 right, 4 wrong, 2 missed), four of Bashar al-Jaafari's statements under
    # «بشار جعفری», a person apart from «بشار الجعفری»; since a name without the Arabic article
    # joins the one with it: 0.963 (52, 0, 2)
    Sample(
        "quotes_recall_dev_36",
        "quotes_dev_36",
        drawn=Drawn(articles=8, international=4, outlets=3),
        floor=Floor(recall=0.965, precision=0.982, accuracy=0.888),
    ),
    # 8 more of 1,200 to 3,000 characters no sample read whole, international slots first (seed
    # 20261937; 919 in the pool), read before any extraction: as drawn R 0.977 P 1.0, speaker
    # accuracy 0.868 (33 right, 1 wrong, 4 missed), Sobhani's first two statements left no
    # one's after a relative clause («در این مراسم که ... برگزارشد پس از ...، آیت‌الله جعفر
    # سبحانی ... گفت:»), Imran Khan's «و گفت: ...» inside Dawn's «نوشت، ...» not found; since a
    # relative clause closed by its verb and a comma before the name: 0.921 (35, 1, 2)
    Sample(
        "quotes_recall_dev_37",
        "quotes_dev_37",
        drawn=Drawn(articles=8, international=4, outlets=3),
        floor=Floor(recall=0.976, precision=1.0, accuracy=0.920),
    ),
    # 6 more of 3,000 to 6,000 characters no sample read whole, international slots first (seed
    # 20261938), read before any extraction: as drawn R 0.971 P 0.971, speaker accuracy 0.867
    # (26 right, 1 wrong, 3 missed); the wrong one a quote under «به گزارش ... تارنمای «فری
    # بیکن»، پمپئو ...» given the site, read as a person; since a name a preposition holds may
    # end a subheading run into another's post («با ظریفسخنگوی ...»): 0.900 (27, 1, 2)
    Sample(
        "quotes_recall_dev_38",
        "quotes_dev_38",
        drawn=Drawn(articles=6, international=3, outlets=3),
        floor=Floor(recall=0.971, precision=0.971, accuracy=0.866),
    ),
    # 6 more of 3,000 to 6,000 characters no sample read whole, international slots first (seed
    # 20261939; 588 in the pool), read before any extraction: as drawn R 0.891 P 0.942, speaker
    # accuracy 0.729 (35 right, 2 wrong, 11 missed), «طبیه سیاوشی» a person apart from «طیبه
    # سیاوشی», a writer's «نویسنده افزود:» no one's, Putin's words inside «به گفته اردوغان، ...»
    # no one's; since a given name typed with two letters swapped is the one person's: R 0.891
    # P 0.942, 0.771 (37 right, 0 wrong, 11 missed)
    Sample(
        "quotes_recall_dev_39",
        "quotes_dev_39",
        drawn=Drawn(articles=6, international=3, outlets=3),
        floor=Floor(recall=0.890, precision=0.941, accuracy=0.770),
    ),
    # 8 more of 1,200 to 3,000 characters no sample read whole, international slots first (seed
    # 20261940), read before any extraction: as drawn R 0.857 P 0.894, speaker accuracy 0.894
    # (42 right, 0 wrong, 5 missed), Larijani's points listed after «اهم اظهارات رئیس مجلس را
    # ... بخوانید؛*» not found; since the list is one quote of the speaker before it: R 0.878
    # P 0.896, 0.915 (43, 0, 4)
    Sample(
        "quotes_recall_dev_40",
        "quotes_dev_40",
        drawn=Drawn(articles=8, international=4, outlets=3),
        floor=Floor(recall=0.877, precision=0.895, accuracy=0.914),
    ),
    # 8 more of 1,200 to 3,000 characters no sample read whole, international slots first (seed
    # 20261941), read before any extraction: as drawn R 0.865 P 0.800, speaker accuracy 0.938
    # (30 right, 1 wrong, 1 missed), the agency's «بر اساس اعلام سازمان مذکور» given the
    # words «سازمان مذکور», a chart's passive note of Jahanpour's not found
    Sample(
        "quotes_recall_dev_41",
        "quotes_dev_41",
        drawn=Drawn(articles=8, international=4, outlets=3),
        floor=Floor(recall=0.864, precision=0.799, accuracy=0.937),
    ),
    # ARMAN's news, as drawn (23a2580), before any change made for it: quotes R 0.906 P 0.935,
    # speaker accuracy 0.841 (37 right, 3 wrong, 4 missed); after the present of a verb of
    # saying before a colon or «که»: R 0.922 P 0.937; after «خبر از ... داد», a light verb
    # shared with a verb of two words, a paper's «اضافه شده است»: R 0.969 P 0.954, speaker
    # accuracy 0.886; after «سخن گفت» of no topic and «این خبر را اعلام کرد»: P 0.969; since an
    # article run into one line is no paragraph a direct quote runs on in, P 0.954: arman-1_99's
    # «فصلی درباره ... در این کتاب آمده است که ...» (what the book holds, with a relative
    # clause) is no longer hidden inside the quote before it
    Sample(
        "arman_quotes_recall",
        "arman_quotes",
        drawn=Drawn(articles=25, international=8, outlets=1),
        floor=Floor(recall=0.968, precision=0.953, accuracy=0.885),
    ),
    # ARMAN's news again, 12 articles outside the first, as drawn (921bc6b, after the rules
    # were tuned on the first): quotes R 0.821 P 1.0, speaker accuracy 0.769 (10 right, 1
    # wrong, 2 missed); after «؛» for a colon: R 0.893, speaker accuracy 0.846; after an
    # article run into one line is no paragraph a direct quote runs on in: R 0.929
    Sample(
        "arman_quotes_recall_2",
        "arman_quotes_2",
        drawn=Drawn(articles=12, international=4, outlets=1),
        # since a book's «نقل شده که ...»: R 0.964
        floor=Floor(recall=0.963, precision=1.0, accuracy=0.846),
    ),
    # ARMAN's news a third time, 25 articles outside both and the five judged ARMAN speakers
    # samples, as drawn (2ad35a3, before any change made for it): quotes R 0.806 P 0.877,
    # speaker accuracy 0.575 (23 right, 2 wrong, 15 missed); after «خواهان ... شد», «... را مورد
    # تأکید قرار داد», «به ... اعتراف کرد», «به نوشته شماره اخیر X»، a text written or a term
    # named quoting nothing, and an article run into one line being no paragraph a direct
    # quote runs on in: R 0.887 P 0.902, speaker accuracy 0.600 (24 right, 2 wrong, 14 missed);
    # after a question stating nothing: P 0.917; since «وی» past a dateline and the name it
    # opens with, a name past «در ابتدای این نشست», a paper by a name ending «...‌پست»: speaker
    # accuracy 0.650 (26 right, 1 wrong, 13 missed); since a paper's «نوشته است:» before a
    # name who speaks with a colon of their own is the report of that one's words: 0.700 (28
    # right, 1 wrong, 11 missed); since a verb in the clause of a noun named by «این» quotes
    # nothing: P 0.932; since «خواست» after «که» asks nothing and a statement with no colon
    # ends where one named goes on with a colon of their own: R 0.919 P 0.966, speaker
    # accuracy 0.750 (30 right, 1 wrong, 9 missed)
    Sample(
        "arman_quotes_recall_3",
        "arman_quotes_3",
        drawn=Drawn(articles=25, international=12, outlets=1),
        floor=Floor(recall=0.918, precision=0.965, accuracy=0.749),
    ),
    # ARMAN's news a fourth time, 25 articles outside the three and the six judged ARMAN
    # speakers samples, as drawn (8ba840a, before any change made for it): quotes R 0.714 P
    # 0.806, speaker accuracy 0.667 (14 right, 1 wrong, 6 missed); after an answer naming its
    # topic, a verb ending a relative clause before the sentence's own, a question's «می‌گویند»
    # and a name given as an example: R 0.743 P 0.963; after a present of saying before a
    # comma, «ادعا داشت» and a paper's report of another's past statement: R 0.829 P 1.0
    Sample(
        "arman_quotes_recall_4",
        "arman_quotes_4",
        drawn=Drawn(articles=25, international=8, outlets=1),
        floor=Floor(recall=0.828, precision=1.0, accuracy=0.666),
    ),
    # PEYMA's news (its training part, odd articles), as drawn (4daa29f, before any change made
    # for it): quotes R 0.881 P 0.972, speaker accuracy 0.736 (81 right, 4 wrong, 25 missed);
    # after a quote run with no full stop into its speaker going on, a name held after given
    # names, a time before the subject's pronoun, a frame split around its clause's verb,
    # «متن X به این شرح است:» and a single straight quote after a comma: R 0.915 P 0.982,
    # speaker accuracy 0.800 (88 right, 3 wrong, 19 missed; two of the wrong ones are the
    # outlet read «آی بی‌ان نیوز», found «سایت آی بی‌ان»); since a headline run into its lead's
    # dateline, a pronoun inside a wish and «اضافه کرده که»: R 0.941, speaker accuracy 0.809
    # (89 right, 3 wrong, 18 missed); since «... را اقدام " تروریستی " خوانده و تصریح کرد که»:
    # R 0.958 P 0.983, speaker accuracy 0.836 (92 right, 3 wrong, 15 missed)
    Sample(
        "peyma_quotes_recall",
        "peyma_quotes",
        drawn=Drawn(articles=25, international=9, outlets=1),
        floor=Floor(recall=0.957, precision=0.982, accuracy=0.835),
    ),
    # PEYMA's news again, 15 odd articles outside the first, drawn once its rules were done and
    # scored as drawn (29d2c18): quotes R 0.893 P 0.962, speaker accuracy 0.782 (61 right, 3
    # wrong, 14 missed); the extractor before those rules (4daa29f) scores it the same; since
    # a statement with no colon ends where one named goes on with a colon of their own, and a
    # run-in headline's post ends a few words before its colon: R 0.952 P 0.964, speaker
    # accuracy 0.885 (69 right, 1 wrong, 8 missed)
    Sample(
        "peyma_quotes_recall_2",
        "peyma_quotes_2",
        drawn=Drawn(articles=15, international=1, outlets=1),
        floor=Floor(recall=0.951, precision=0.963, accuracy=0.884),
    ),
    # PEYMA's news a third time, 15 odd articles outside the first two, drawn once the second's
    # rules were done and scored as drawn (cf210ce): quotes R 0.904 P 0.943 (66 found, 4 extra,
    # 7 missed), speaker accuracy 0.788 (52 right, 0 wrong, 14 missed); since run-in headlines,
    # «جمهوری خواهان», «خواست» after «که», «قول می‌دهد که» and «تصدیق کرده بود که»: R 0.986
    # P 0.973, speaker accuracy 0.818 (54 right, 0 wrong, 12 missed); since «امام‌جمعه» written
    # together is a post and a film's cast after «با بازی» speaks for no synopsis: 0.879 (58
    # right, 0 wrong, 8 missed)
    Sample(
        "peyma_quotes_recall_3",
        "peyma_quotes_3",
        drawn=Drawn(articles=15, international=6, outlets=1),
        floor=Floor(recall=0.985, precision=0.972, accuracy=0.878),
    ),
    # PEYMA's news a fourth time, 15 odd articles outside the first three, drawn once the
    # third's rules were done and scored as drawn (01a1c08): quotes R 0.983 P 0.983 (58 found, 1
    # extra, 1 missed), speaker accuracy 0.706 (36 right, 0 wrong, 15 missed); since «تبریک
    # گفتند» says nothing: P 1.0; since «امام‌جمعه» written together is a post: speaker accuracy
    # 0.765 (39 right, 0 wrong, 12 missed)
    Sample(
        "peyma_quotes_recall_4",
        "peyma_quotes_4",
        drawn=Drawn(articles=15, international=2, outlets=1),
        floor=Floor(recall=0.983, precision=1.0, accuracy=0.764),
    ),
    # PEYMA's news a fifth time, 15 odd articles outside the first four, drawn once the
    # fourth's rules were done and scored as drawn (421c18c): quotes R 0.933 P 0.955 (84 found, 4
    # extra, 6 missed), speaker accuracy 0.640 (55 right, 1 wrong, 30 missed); since a family
    # name alone before an object with «را» or opening two reports after a post, «خواندند و
    # گفتند», «اظهارامیدواری کرد», «... را ... عنوان کرد و درباره ... گفت:», «اما» after a
    # verb and run-in headlines after a rubric: R 0.989 P 0.967 (89 found, 3 extra, 1 missed),
    # speaker accuracy 0.849 (73 right, 1 wrong, 12 missed)
    Sample(
        "peyma_quotes_recall_5",
        "peyma_quotes_5",
        drawn=Drawn(articles=15, international=3, outlets=1),
        floor=Floor(recall=0.988, precision=0.966, accuracy=0.848),
    ),
    # PEYMA's news a sixth time, 15 odd articles outside the first five, drawn once the
    # fifth's rules were done and scored as drawn (594ce9b): quotes R 0.933 P 0.972 (70 found, 2
    # extra, 5 missed), speaker accuracy 0.928 (64 right, 0 wrong, 5 missed); since «X را Y دانست
    # که» from its object, long wishes, «برابر اظهارات», a colon's quotation closed before
    # another verb and its colon, «به نوشت»: R 0.987 P 0.987 (74 found, 1 extra, 1 missed),
    # speaker accuracy 0.957 (66 right, 0 wrong, 3 missed)
    Sample(
        "peyma_quotes_recall_6",
        "peyma_quotes_6",
        drawn=Drawn(articles=15, international=2, outlets=1),
        floor=Floor(recall=0.986, precision=0.986, accuracy=0.956),
    ),
    # PEYMA's news a seventh time, 15 odd articles outside the first six and every judged PEYMA
    # speakers and bodies sample, drawn once the sixth's rules were done and scored as drawn
    # (f917e3d): quotes R 0.894 P 0.977 (42 found, 1 extra, 5 missed), speaker accuracy 0.854
    # (35 right, 1 wrong, 5 missed); since quotations never closed end where the next turn
    # opens, «اضافه می‌کند:», «... را ... اعلام کرد و از ... خبر داد», «تعبیر کرد و گفت:» and a
    # piece's writer «به قلم X»: R 0.979 P 0.979 (46 found, 1 extra, 1 missed), speaker
    # accuracy 0.927 (38 right, 0 wrong, 3 missed)
    Sample(
        "peyma_quotes_recall_7",
        "peyma_quotes_7",
        drawn=Drawn(articles=15, international=4, outlets=1),
        floor=Floor(recall=0.978, precision=0.978, accuracy=0.926),
    ),
    # PEYMA's news an eighth time, 15 odd articles outside the first seven and every judged
    # PEYMA speakers and bodies sample, drawn once the seventh's rules were done and scored as
    # drawn (69c951e): quotes R 0.942 P 0.925 (49 found, 4 extra, 3 missed), speaker accuracy
    # 0.837 (41 right, 1 wrong, 7 missed); since a byline's credit of two words, a person past
    # a phrase with «در» and a closed «که», «مبنی بر این که» and «توصیه کرد X و افزود: Y»:
    # R 0.981 P 0.944 (51 found, 3 extra, 1 missed), speaker accuracy 0.939 (46 right, 0
    # wrong, 3 missed)
    Sample(
        "peyma_quotes_recall_8",
        "peyma_quotes_8",
        drawn=Drawn(articles=15, international=4, outlets=1),
        floor=Floor(recall=0.980, precision=0.943, accuracy=0.938),
    ),
    # PEYMA's news a ninth time, 15 odd articles outside the first eight and every judged PEYMA
    # speakers and bodies sample, drawn once the eighth's rules were done and scored as drawn
    # (20cb76d): quotes R 0.909 P 0.968 (30 found, 1 extra, 3 missed), speaker accuracy 0.938
    # (30 right, 0 wrong, 2 missed); since a post's «در مجلس» ends with the parliament's name
    # and a headline runs into a lead opened by a post: R 0.970 P 1.000 (32 found, none extra,
    # 1 missed), speaker accuracy 1.000 (32 right)
    Sample(
        "peyma_quotes_recall_9",
        "peyma_quotes_9",
        drawn=Drawn(articles=15, international=4, outlets=1),
        floor=Floor(recall=0.969, precision=0.999, accuracy=0.999),
    ),
    # PEYMA's news a tenth time, 15 odd articles outside the first nine and every judged PEYMA
    # sample (the speakers', the bodies' and body_speakers_judged_3's: 29 were left), drawn
    # once the ninth's rules were done and scored as drawn (203c22c): quotes R 0.000 P 1.000
    # (none found, none extra, 8 missed), speaker accuracy 0.000 (5 missed); since
    # «توصیف کردند:» with its colon: R 0.125 (1 found, 7 missed), no speaker
    Sample(
        "peyma_quotes_recall_10",
        "peyma_quotes_10",
        drawn=Drawn(articles=15, international=5, outlets=1),
        floor=Floor(recall=0.124, precision=0.999, accuracy=0.0),
    ),
]


@cache
def read(name: str) -> tuple[dict, ...]:
    return tuple(read_sample(FIXTURES / f"{name}.jsonl"))


# quotes samples drawn from the same commit at once, each blind to the other: they may share an
# article (the thirty-eighth and thirty-ninth both read sobhane2_4)
SAMPLES_DRAWN_TOGETHER = {
    "quotes_dev_38": ("quotes_dev_39",),
    "quotes_dev_39": ("quotes_dev_38",),
}


@each_of(SAMPLES)
def test_the_sample_is_read_as_drawn(sample: Sample) -> None:
    records = read(sample.name)
    assert len(records) == sample.drawn.articles
    assert sum(g["international"] for g in records) >= sample.drawn.international
    drawn_outlets = {Path(g["file"]).stem.split("_")[0].split("-")[0].rstrip("12") for g in records}
    assert len(drawn_outlets) == sample.drawn.outlets  # sobhane1 and sobhane2 are one outlet
    stems = {Path(g["file"]).stem for g in records}
    assert stems == {p.stem for p in (FIXTURES / sample.folder).glob("*.txt")}
    gold = {p.stem for p in (FIXTURES / "news").glob("*.txt")}
    others = {
        p.stem
        for other in (
            "recall_dev",
            "recall_dev_2",
            "recall_dev_3",
            *(s.folder for s in SAMPLES),
        )
        if other not in (sample.folder, *SAMPLES_DRAWN_TOGETHER.get(sample.folder, ()))
        for p in (FIXTURES / other).glob("*.txt")
    }
    assert not stems & (gold | others)


@pytest.mark.parametrize(
    ("name", "size"),
    [
        ("arman_quotes_recall", 25),
        ("arman_quotes_recall_2", 12),
        ("arman_quotes_recall_3", 25),
        ("arman_quotes_recall_4", 25),
    ],
)
def test_the_arman_samples_are_of_folds_1_and_2_and_of_no_judged_article(name, size) -> None:
    records = read(name)
    drawn = {(g["fold"], g["article"]) for g in records}
    assert len(drawn) == size and {fold for fold, _ in drawn} == {1, 2}
    assert all(Path(g["file"]).stem == f"arman-{g['fold']}_{g['article']}" for g in records)
    # the speakers samples drawn before these; the fifth was drawn at the same time as the
    # first two and shares three articles with them ((2, 216); (1, 88), (1, 183)), the third
    # was drawn outside it; the sixth was drawn at the same time as the third and shares five
    # with it ((1, 83), (2, 73), (2, 80), (2, 119), (2, 207)); the fourth was drawn outside the
    # first six at the same time as the seventh and shares eleven with it ((1, 44), (1, 102),
    # (1, 105), (1, 108), (1, 139), (2, 7), (2, 52), (2, 75), (2, 177), (2, 206), (2, 209))
    same_time = {"arman_quotes_recall_3": ("_6",), "arman_quotes_recall_4": ("_7",)}.get(
        name, ("_5", "_6")
    )
    judged = {
        (item["fold"], item["article"])
        for path in FIXTURES.glob("arman_speakers_judged*.jsonl")
        if not path.stem.endswith(same_time)
        for item in read_sample(path)
    }
    samples = [
        "arman_quotes_recall",
        "arman_quotes_recall_2",
        "arman_quotes_recall_3",
        "arman_quotes_recall_4",
    ]
    before = {(g["fold"], g["article"]) for s in samples[: samples.index(name)] for g in read(s)}
    assert len(judged) > 200 and not drawn & judged
    assert not drawn & before


@pytest.mark.parametrize(
    ("name", "size"),
    [
        ("peyma_quotes_recall", 25),
        ("peyma_quotes_recall_2", 15),
        ("peyma_quotes_recall_3", 15),
        ("peyma_quotes_recall_4", 15),
        ("peyma_quotes_recall_5", 15),
        ("peyma_quotes_recall_6", 15),
        ("peyma_quotes_recall_7", 15),
        ("peyma_quotes_recall_8", 15),
        ("peyma_quotes_recall_9", 15),
        ("peyma_quotes_recall_10", 15),
    ],
)
def test_the_peyma_samples_are_of_odd_training_articles(name, size) -> None:
    """PEYMA's samples hold odd articles of its training part only (the even ones are a speakers
    sample's), each once across the samples."""
    records = read(name)
    drawn = [g["article"] for g in records]
    assert len(set(drawn)) == size and all(k % 2 == 1 for k in drawn)
    assert all("fold" not in g and Path(g["file"]).stem == f"peyma_{g['article']}" for g in records)
    others = {
        g["article"]
        for path in FIXTURES.glob("peyma_quotes_recall*.jsonl")
        if path.stem != name
        for g in read_sample(path)
    }
    assert not set(drawn) & others


@pytest.mark.parametrize(
    "name",
    [
        "peyma_quotes_recall_7",
        "peyma_quotes_recall_8",
        "peyma_quotes_recall_9",
        "peyma_quotes_recall_10",
    ],
)
def test_the_later_peyma_samples_hold_no_judged_speakers_or_bodies_article(name) -> None:
    """The seventh to the tenth were drawn outside every judged PEYMA speakers and bodies
    sample, the odd articles of the ninth speakers sample and later and of the bodies'
    included."""
    drawn = {g["article"] for g in read(name)}
    judged = {
        item["article"]
        for pattern in ("peyma_speakers_judged*.jsonl", "peyma_bodies_judged.jsonl")
        for path in FIXTURES.glob(pattern)
        for item in read_sample(path)
    }
    assert len(judged) > 400 and any(k % 2 for k in judged)
    assert not drawn & judged
    # the bodies' speakers sample of PEYMA's odd articles, drawn with the ninth
    bodies = {item["article"] for item in read_sample(FIXTURES / "body_speakers_judged_3.jsonl")}
    assert len(bodies) == 17 and not drawn & bodies


@each_of(SAMPLES)
def test_every_quote_is_where_it_says(sample: Sample) -> None:
    for g in read(sample.name):
        doc = repair((FIXTURES / g["file"]).read_text(encoding="utf-8"))
        locator = Locator(doc.text)  # the gold's rule finds each quote at its offset
        for q in g["quotes"]:
            assert doc.text[q["start"] :].startswith(q["starts"]), (g["file"], q["starts"])
            assert q["start"] < q["end"] <= len(doc.text)
            assert locator.find(q["starts"]) == q["start"], (g["file"], q["starts"])
            assert q["kind"] in ("direct", "indirect")
            kind = (
                "person"
                if q["speaker"]
                else "organization"
                if q["speaker_organization"]
                else "none"
            )
            assert q["speaker_kind"] == kind and q["speaker_as_written"]


_DRAWN_BESIDE = "null_speakers_judged_10.jsonl"  # drawn in the same hour, apart
_ELEVENTH_DRAW = "null_speakers_judged_11.jsonl"  # of quotes with no speaker, drawn apart
_THIRTEENTH_DRAW = "null_speakers_judged_13.jsonl"  # of quotes with no speaker, drawn apart
_FOURTEENTH_DRAW = "null_speakers_judged_14.jsonl"  # of quotes with no speaker, drawn apart
_FIFTEENTH_DRAW = "null_speakers_judged_15.jsonl"  # of quotes with no speaker, drawn apart
_SIXTEENTH_DRAW = "null_speakers_judged_16.jsonl"  # of quotes with no speaker, drawn apart
_SEVENTEENTH_DRAW = "null_speakers_judged_17.jsonl"  # of quotes with no speaker, drawn apart
_EIGHTEENTH_DRAW = "null_speakers_judged_18.jsonl"  # of quotes with no speaker, drawn apart
_NINETEENTH_DRAW = "null_speakers_judged_19.jsonl"  # of quotes with no speaker, drawn apart
# the twenty-second posts sample, drawn later from articles of 4,500-12,000 characters outside
# the gold and the posts samples only: it judges a person's posts, never a quote
_LONG_POSTS = "posts_judged_22.jsonl"
# the twenty-third, drawn so later still with another seed: it too judges posts, never a quote
_LONG_POSTS_2 = "posts_judged_23.jsonl"
# the twenty-fourth, drawn so with seed 240: it judges posts, never a quote
_LONG_POSTS_3 = "posts_judged_24.jsonl"
# the twenty-fifth, drawn so with seed 250: it judges posts, never a quote
_LONG_POSTS_4 = "posts_judged_25.jsonl"
# the twenty-sixth, drawn so with seed 260: it judges posts, never a quote
_LONG_POSTS_5 = "posts_judged_26.jsonl"
# the twenty-seventh, drawn so with seed 270: it judges posts, never a quote
_LONG_POSTS_6 = "posts_judged_27.jsonl"
# the twenty-eighth posts sample, drawn later from articles of 3,000-4,500 characters with seed
# 280: it judges posts, never a quote
_POSTS_28 = "posts_judged_28.jsonl"
# the twenty-ninth, drawn later from articles of 3,000-4,500 characters outside the gold and
# the posts samples only (seed 290): it judges posts, never a quote
_MIDDLING_POSTS = "posts_judged_29.jsonl"
# the thirtieth, drawn so later with seed 300: it judges posts, never a quote
_MIDDLING_POSTS_2 = "posts_judged_30.jsonl"
# the thirty-first, drawn so later from articles of 4,500-12,000 characters with seed 310: it
# judges posts, never a quote
_LONG_POSTS_7 = "posts_judged_31.jsonl"
# the thirty-second, drawn so later from articles of 3,000-4,500 characters with seed 320: it
# judges posts, never a quote
_MIDDLING_POSTS_3 = "posts_judged_32.jsonl"
# the thirty-third, drawn so later from articles of 4,500-12,000 characters with seed 330: it
# judges posts, never a quote
_LONG_POSTS_8 = "posts_judged_33.jsonl"
# the thirty-fourth, drawn so later from articles of 3,000-4,500 characters with seed 340: it
# judges posts, never a quote
_MIDDLING_POSTS_4 = "posts_judged_34.jsonl"
# the thirty-fifth, drawn so later from articles of 4,500-12,000 characters with seed 350: it
# judges posts, never a quote
_LONG_POSTS_9 = "posts_judged_35.jsonl"
# the thirty-sixth, drawn so later from articles of 4,500-12,000 characters with seed 360: it
# judges posts, never a quote
_LONG_POSTS_10 = "posts_judged_36.jsonl"
# the thirty-seventh, drawn so later from articles of 4,500-12,000 characters with seed 370: it
# judges posts, never a quote
_LONG_POSTS_11 = "posts_judged_37.jsonl"


def test_the_eighth_sample_is_of_long_articles_no_quote_sample_judged() -> None:
    """Its articles are of 4,500 to 9,000 characters, and no judged sample but those of persons
    and dates (a name or a date judged, never a quote) names one of them; but for the tenth draw
    of quotes with no speaker, drawn in the same hour, which judged a quote each of two of them:
    neither draw had read the other's text; and the eleventh and the thirteenth, drawn later
    outside the gold and the earlier draws as they all are, which judged a quote of one each
    (read without the sample's judgements), and the sixteenth, which judged tabnak_338's «این
    قطعه‌ساز ... تصریح کرد:» رضا رضایی's and tabnak_198's «کارل سی رایچ، ... نوشت:» his, as this
    sample does (read without it). The twenty-second posts sample,
    drawn later, judged the posts of roozno_633's persons, never a quote; the twenty-third those
    of fars-3_65's and tabnak_338's; the twenty-fourth those of roozno_379's and tabnak_1622's;
    the twenty-fifth those of sobhane2_73's; the twenty-sixth those of tabnak_1317's;
    the thirty-fifth those of roozno_180's; the thirty-seventh those of tabnak_198's."""
    stems = set()
    for g in read("quotes_recall_dev_8"):
        text = (FIXTURES / g["file"]).read_text(encoding="utf-8")
        assert 4500 <= len(text) <= 9000, g["file"]
        stems.add(Path(g["file"]).stem)
    for path in FIXTURES.glob("*.jsonl"):
        if path.name.startswith(("persons_judged", "dates_judged", "quotes_recall_dev_8")):
            continue
        if path.name == _LONG_POSTS:
            assert {i["stem"] for i in read_sample(path)} & stems == {"roozno_633"}
            continue
        if path.name == _LONG_POSTS_2:
            assert {i["stem"] for i in read_sample(path)} & stems == {"fars-3_65", "tabnak_338"}
            continue
        if path.name == _LONG_POSTS_3:
            assert {i["stem"] for i in read_sample(path)} & stems == {"roozno_379", "tabnak_1622"}
            continue
        if path.name == _LONG_POSTS_4:
            assert {i["stem"] for i in read_sample(path)} & stems == {"sobhane2_73"}
            continue
        if path.name == _LONG_POSTS_5:
            assert {i["stem"] for i in read_sample(path)} & stems == {"tabnak_1317"}
            continue
        if path.name == _DRAWN_BESIDE:
            assert {i["stem"] for i in read_sample(path)} & stems == {"tabnak_1317", "tabnak_1622"}
            continue
        if path.name == _ELEVENTH_DRAW:
            assert {i["stem"] for i in read_sample(path)} & stems == {"sobhane2_73"}
            continue
        if path.name == _THIRTEENTH_DRAW:
            assert {i["stem"] for i in read_sample(path)} & stems == {"roozno_379"}
            continue
        if path.name == _SIXTEENTH_DRAW:
            assert {i["stem"] for i in read_sample(path)} & stems == {"tabnak_198", "tabnak_338"}
            continue
        if path.name == _LONG_POSTS_9:
            assert {i["stem"] for i in read_sample(path)} & stems == {"roozno_180"}
            continue
        if path.name == _LONG_POSTS_11:
            assert {i["stem"] for i in read_sample(path)} & stems == {"tabnak_198"}
            continue
        for item in read_sample(path):
            named = item.get("stem") or Path(item.get("file", "")).stem
            assert named not in stems, (path.name, named)


def test_the_ninth_sample_is_of_long_articles_outside_the_eighth() -> None:
    """Its articles are of 4,500 to 9,000 characters, none of the eighth's, and no judged
    sample but those of persons and dates names one of them (eight of the ten are in persons
    samples, which judged a name, never a quote); but for the eleventh draw of quotes with no
    speaker, drawn in the same hour, which judged tabnak_858's «بسیاری ارزیابی‌ها حاکی است، ...»:
    neither draw had read the other's text; and the fourteenth, drawn later outside the gold and
    the earlier draws, which judged tabnak_1566's «... بیانیه‌های انتقادی صادر و تاکید کرده‌اند»,
    and the fifteenth, which judged roozno_328's «... سید محمد صدر ... گفته بود «...»» (both
    read without the sample's judgements), and the seventeenth, which judged roozno_13's «کایلا
    ایزنمن، ... به تایمز گفت:» hers, as this sample does (read without it).
    The twenty-second posts sample, drawn later, judged the posts of fars-5_103's persons, never
    a quote; the twenty-third those of tabnak_1665's; the twenty-sixth those of roozno_328's
    and roozno_677's. The thirty-first posts sample,
    drawn later, judged the posts of tabnak_858's persons, never a quote; the thirty-fifth those
    of roozno_13's; the thirty-sixth those of tabnak_1566's; the thirty-seventh those of
    roozno_342's."""
    stems = set()
    for g in read("quotes_recall_dev_9"):
        text = (FIXTURES / g["file"]).read_text(encoding="utf-8")
        assert 4500 <= len(text) <= 9000, g["file"]
        stems.add(Path(g["file"]).stem)
    assert not stems & {Path(g["file"]).stem for g in read("quotes_recall_dev_8")}
    for path in FIXTURES.glob("*.jsonl"):
        if path.name.startswith(("persons_judged", "dates_judged", "quotes_recall_dev_9")):
            continue
        if path.name == _LONG_POSTS:
            assert {i["stem"] for i in read_sample(path)} & stems == {"fars-5_103"}
            continue
        if path.name == _LONG_POSTS_2:
            assert {i["stem"] for i in read_sample(path)} & stems == {"tabnak_1665"}
            continue
        if path.name == _LONG_POSTS_5:
            assert {i["stem"] for i in read_sample(path)} & stems == {"roozno_328", "roozno_677"}
            continue
        if path.name == _ELEVENTH_DRAW:
            assert {i["stem"] for i in read_sample(path)} & stems == {"tabnak_858"}
            continue
        if path.name == _FOURTEENTH_DRAW:
            assert {i["stem"] for i in read_sample(path)} & stems == {"tabnak_1566"}
            continue
        if path.name == _FIFTEENTH_DRAW:
            assert {i["stem"] for i in read_sample(path)} & stems == {"roozno_328"}
            continue
        if path.name == _SEVENTEENTH_DRAW:
            assert {i["stem"] for i in read_sample(path)} & stems == {"roozno_13"}
            continue
        if path.name == _LONG_POSTS_7:
            assert {i["stem"] for i in read_sample(path)} & stems == {"tabnak_858"}
            continue
        if path.name == _LONG_POSTS_9:
            assert {i["stem"] for i in read_sample(path)} & stems == {"roozno_13"}
            continue
        if path.name == _LONG_POSTS_10:
            assert {i["stem"] for i in read_sample(path)} & stems == {"tabnak_1566"}
            continue
        if path.name == _LONG_POSTS_11:
            assert {i["stem"] for i in read_sample(path)} & stems == {"roozno_342"}
            continue
        for item in read_sample(path):
            named = item.get("stem") or Path(item.get("file", "")).stem
            assert named not in stems, (path.name, named)


_TWELFTH_DRAW = "null_speakers_judged_12.jsonl"  # of quotes with no speaker, drawn apart
_DRAWN_BY_BOTH = {"roozno_591", "roozno_77", "tabnak_114"}


def test_the_tenth_sample_is_of_long_articles_outside_the_eighth_and_ninth() -> None:
    """Its articles are of 4,500 to 9,000 characters, none of the eighth's or ninth's, and no
    judged sample but those of persons and dates names one of them (eight of the ten are in
    persons samples, which judged a name, never a quote); but for the twelfth draw of quotes
    with no speaker, drawn in the same hour, which judged a quote each of roozno_591,
    roozno_77 and tabnak_114: neither draw had read the other's text; and the fifteenth, drawn
    later outside the gold and the earlier draws, which judged roozno_991's «ثالثا: در گزارش
    دیوان محاسبات اعلام شده است که ...» (read without the sample's judgements).
    The twenty-second posts sample, drawn later, judged the posts of roozno_991's persons, never
    a quote; the twenty-third those of roozno_223's and roozno_644's; the twenty-fifth those of
    roozno_1174's; the twenty-sixth those of roozno_591's and sobhane2_61's. The thirty-first
    posts sample, drawn later, judged the posts of fars-2_141's persons, never a quote; the
    thirty-sixth those of tabnak_114's; the thirty-seventh those of roozno_77's."""
    stems = set()
    for g in read("quotes_recall_dev_10"):
        text = (FIXTURES / g["file"]).read_text(encoding="utf-8")
        assert 4500 <= len(text) <= 9000, g["file"]
        stems.add(Path(g["file"]).stem)
    for earlier in ("quotes_recall_dev_8", "quotes_recall_dev_9"):
        assert not stems & {Path(g["file"]).stem for g in read(earlier)}
    for path in FIXTURES.glob("*.jsonl"):
        if path.name.startswith(("persons_judged", "dates_judged", "quotes_recall_dev_10")):
            continue
        if path.name == _LONG_POSTS:
            assert {i["stem"] for i in read_sample(path)} & stems == {"roozno_991"}
            continue
        if path.name == _LONG_POSTS_2:
            assert {i["stem"] for i in read_sample(path)} & stems == {"roozno_223", "roozno_644"}
            continue
        if path.name == _LONG_POSTS_4:
            assert {i["stem"] for i in read_sample(path)} & stems == {"roozno_1174"}
            continue
        if path.name == _LONG_POSTS_5:
            assert {i["stem"] for i in read_sample(path)} & stems == {"roozno_591", "sobhane2_61"}
            continue
        if path.name == _TWELFTH_DRAW:
            assert {i["stem"] for i in read_sample(path)} & stems <= _DRAWN_BY_BOTH
            continue
        if path.name == _FIFTEENTH_DRAW:
            assert {i["stem"] for i in read_sample(path)} & stems == {"roozno_991"}
            continue
        if path.name == _LONG_POSTS_7:
            assert {i["stem"] for i in read_sample(path)} & stems == {"fars-2_141"}
            continue
        if path.name == _LONG_POSTS_10:
            assert {i["stem"] for i in read_sample(path)} & stems == {"tabnak_114"}
            continue
        if path.name == _LONG_POSTS_11:
            assert {i["stem"] for i in read_sample(path)} & stems == {"roozno_77"}
            continue
        for item in read_sample(path):
            named = item.get("stem") or Path(item.get("file", "")).stem
            assert named not in stems, (path.name, named)


_THIRTEENTH_DRAW = "null_speakers_judged_13.jsonl"  # of quotes with no speaker, drawn apart
_DRAWN_BY_BOTH_11 = {"fars-5_101", "roozno_122", "roozno_675"}


def test_the_eleventh_sample_is_of_long_articles_outside_the_eighth_to_tenth() -> None:
    """Its articles are of 4,500 to 9,000 characters, each holding a statement, none of the
    eighth's to tenth's, and no judged sample but those of persons and dates names one of them
    (eight of the ten are in persons samples, which judged a name, never a quote); but for the
    thirteenth draw of quotes with no speaker, drawn in the same hour, which judged a quote each
    of fars-5_101, roozno_122 and roozno_675: neither draw had read the other's text; and the
    fourteenth, drawn later, which judged tabnak_1108's «ایشان ... تاکید کردند» (read without the
    sample's judgements). The twenty-second posts sample,
    drawn later, judged the posts of tabnak_1108's persons, never a quote; the twenty-sixth
    those of fars-4_65's, mashregh_10's and roozno_675's; the twenty-seventh those of
    roozno_517's. The thirty-first posts sample,
    drawn later, judged the posts of roozno_122's and roozno_1146's persons, never a quote. The
    thirty-third those of roozno_15's and roozno_717's; the thirty-sixth those of fars-5_101's."""
    stems = set()
    for g in read("quotes_recall_dev_11"):
        text = (FIXTURES / g["file"]).read_text(encoding="utf-8")
        assert 4500 <= len(text) <= 9000, g["file"]
        assert g["quotes"], g["file"]
        stems.add(Path(g["file"]).stem)
    for earlier in ("quotes_recall_dev_8", "quotes_recall_dev_9", "quotes_recall_dev_10"):
        assert not stems & {Path(g["file"]).stem for g in read(earlier)}
    for path in FIXTURES.glob("*.jsonl"):
        if path.name.startswith(("persons_judged", "dates_judged", "quotes_recall_dev_11")):
            continue
        if path.name == _LONG_POSTS:
            assert {i["stem"] for i in read_sample(path)} & stems == {"tabnak_1108"}
            continue
        if path.name == _LONG_POSTS_5:
            shared = {"fars-4_65", "mashregh_10", "roozno_675"}
            assert {i["stem"] for i in read_sample(path)} & stems == shared
            continue
        if path.name == _LONG_POSTS_6:
            assert {i["stem"] for i in read_sample(path)} & stems == {"roozno_517"}
            continue
        if path.name == _THIRTEENTH_DRAW:
            assert {i["stem"] for i in read_sample(path)} & stems <= _DRAWN_BY_BOTH_11
            continue
        if path.name == _FOURTEENTH_DRAW:
            assert {i["stem"] for i in read_sample(path)} & stems == {"tabnak_1108"}
            continue
        if path.name == _LONG_POSTS_7:
            assert {i["stem"] for i in read_sample(path)} & stems == {"roozno_122", "roozno_1146"}
            continue
        if path.name == _LONG_POSTS_8:
            assert {i["stem"] for i in read_sample(path)} & stems == {"roozno_15", "roozno_717"}
            continue
        if path.name == _LONG_POSTS_10:
            assert {i["stem"] for i in read_sample(path)} & stems == {"fars-5_101"}
            continue
        for item in read_sample(path):
            named = item.get("stem") or Path(item.get("file", "")).stem
            assert named not in stems, (path.name, named)


def _scored(name: str) -> tuple[QuoteScore, list[str], list[str]]:
    """A sample's totals, and its misses and extra quotes (shown when a floor fails)."""
    scores = score_sample(list(read(name)), FIXTURES)
    missed = [m for s in scores for m in s.misses]
    return total(scores), missed, [m for s in scores for m in s.extra]


@each_of(SAMPLES)
def test_recall_and_precision_on_the_sample(sample: Sample) -> None:
    t, missed, extra = _scored(sample.name)
    assert t.quotes.recall >= sample.floor.recall, missed
    assert t.quotes.precision >= sample.floor.precision, extra
    assert t.accuracy.accuracy >= sample.floor.accuracy, missed


def test_the_thirteenth_sample_is_outside_the_eighth_to_twelfth() -> None:
    """Nine of its articles are of 4,500 to 9,000 characters and one, the first holding a
    statement of the same seed's draw from 3,000 to 4,500, of that length; each holds a
    statement, none is the eighth's to twelfth's, and no judged sample but those of persons and
    dates names one of them; but for the sixteenth draw of quotes with no speaker, drawn later
    outside the gold and the earlier draws, which judged roozno_325's «یکی دیگر از برداشت‌های
    اشتباه گرین این است که ...» no statement, the writer's own claim, as this sample leaves it
    out (read without it), and the seventeenth, which judged roozno_438's «فرزندان معنوی
    آیت‌الله مصباح که ... نام برده بودند» and roozno_630's «بسیاری از آن انتقاد کردند و آن را
    بدعت‌گذاری دانستند» no one's, quotes this sample does not hold (read without it); and the
    twenty-fourth posts sample, drawn later, which judged roozno_52's persons' posts, never a
    quote, and the twenty-fifth, which judged those of roozno_630's, roozno_395's and
    roozno_1111's, and the twenty-seventh, those of roozno_219's, roozno_29's and
    roozno_325's. The thirty-third posts sample, drawn later,
    judged the posts of roozno_438's persons, never a quote."""
    stems = set()
    for g in read("quotes_recall_dev_13"):
        text = (FIXTURES / g["file"]).read_text(encoding="utf-8")
        shorter = Path(g["file"]).stem == "tabnak_901"
        assert (3000 <= len(text) < 4500) if shorter else (4500 <= len(text) <= 9000), g["file"]
        assert g["quotes"], g["file"]
        stems.add(Path(g["file"]).stem)
    for earlier in (f"quotes_recall_dev_{n}" for n in range(8, 13)):
        assert not stems & {Path(g["file"]).stem for g in read(earlier)}
    for path in FIXTURES.glob("*.jsonl"):
        if path.name.startswith(("persons_judged", "dates_judged", "quotes_recall_dev_13")):
            continue
        if path.name == _SIXTEENTH_DRAW:
            assert {i["stem"] for i in read_sample(path)} & stems == {"roozno_325"}
            continue
        if path.name == _LONG_POSTS_3:
            assert {i["stem"] for i in read_sample(path)} & stems == {"roozno_52"}
            continue
        if path.name == _LONG_POSTS_4:
            shared = {"roozno_630", "roozno_395", "roozno_1111"}
            assert {i["stem"] for i in read_sample(path)} & stems == shared
            continue
        if path.name == _LONG_POSTS_6:
            shared = {"roozno_219", "roozno_29", "roozno_325"}
            assert {i["stem"] for i in read_sample(path)} & stems == shared
            continue
        if path.name == _SEVENTEENTH_DRAW:
            assert {i["stem"] for i in read_sample(path)} & stems == {"roozno_438", "roozno_630"}
            continue
        if path.name == _LONG_POSTS_8:
            assert {i["stem"] for i in read_sample(path)} & stems == {"roozno_438"}
            continue
        for item in read_sample(path):
            named = item.get("stem") or Path(item.get("file", "")).stem
            assert named not in stems, (path.name, named)


def test_the_fourteenth_sample_is_of_shorter_articles_outside_the_eighth_to_thirteenth() -> None:
    """Its articles are of 3,000 to 4,500 characters, each holding a statement, none of the
    eighth's to thirteenth's, and no judged sample but those of persons and dates names one of
    them; but the twenty-eighth posts sample, drawn later, which judged the posts of fars-5_5's and
    roozno_214's persons, never a quote. The twenty-ninth posts sample, drawn later, judged the
    posts of roozno_214's and tabnak_1343's persons, never a quote; the thirtieth those of
    roozno_239's and tabnak_580's. The thirty-second posts sample, drawn later, judged the posts of
    fars-3_25's and tabnak_233's persons, never a quote."""
    stems = set()
    for g in read("quotes_recall_dev_14"):
        text = (FIXTURES / g["file"]).read_text(encoding="utf-8")
        assert 3000 <= len(text) < 4500, g["file"]
        assert g["quotes"], g["file"]
        stems.add(Path(g["file"]).stem)
    for earlier in (f"quotes_recall_dev_{n}" for n in range(8, 14)):
        assert not stems & {Path(g["file"]).stem for g in read(earlier)}
    for path in FIXTURES.glob("*.jsonl"):
        if path.name.startswith(("persons_judged", "dates_judged", "quotes_recall_dev_14")):
            continue
        if path.name == _POSTS_28:
            assert {i["stem"] for i in read_sample(path)} & stems == {"fars-5_5", "roozno_214"}
            continue
        if path.name == _MIDDLING_POSTS:
            assert {i["stem"] for i in read_sample(path)} & stems == {"roozno_214", "tabnak_1343"}
            continue
        if path.name == _MIDDLING_POSTS_2:
            assert {i["stem"] for i in read_sample(path)} & stems == {"roozno_239", "tabnak_580"}
            continue
        if path.name == _MIDDLING_POSTS_3:
            assert {i["stem"] for i in read_sample(path)} & stems == {"fars-3_25", "tabnak_233"}
            continue
        for item in read_sample(path):
            named = item.get("stem") or Path(item.get("file", "")).stem
            assert named not in stems, (path.name, named)


def test_the_fifteenth_sample_is_of_shorter_articles_outside_the_eighth_to_fourteenth() -> None:
    """Its articles are of 3,000 to 4,500 characters, each holding a statement, none of the
    eighth's to fourteenth's, and no judged sample but those of persons and dates names one of
    them (nor did the fourteenth speakers sample, drawn beside it from the same commit, when it
    was drawn); the thirtieth posts sample, drawn later, judged the posts of fars-1_106's
    persons, never a quote. The thirty-second posts sample, drawn later, judged the posts of
    roozno_801's persons, never a quote, and the thirty-fourth roozno_99's."""
    stems = set()
    for g in read("quotes_recall_dev_15"):
        text = (FIXTURES / g["file"]).read_text(encoding="utf-8")
        assert 3000 <= len(text) < 4500, g["file"]
        assert g["quotes"], g["file"]
        stems.add(Path(g["file"]).stem)
    for earlier in (f"quotes_recall_dev_{n}" for n in range(8, 15)):
        assert not stems & {Path(g["file"]).stem for g in read(earlier)}
    for path in FIXTURES.glob("*.jsonl"):
        drawn_beside = ("speakers_judged_14",)
        if path.name.startswith(
            ("persons_judged", "dates_judged", "quotes_recall_dev_15", *drawn_beside)
        ):
            continue
        if path.name == _MIDDLING_POSTS_2:
            assert {i["stem"] for i in read_sample(path)} & stems == {"fars-1_106"}
            continue
        if path.name == _MIDDLING_POSTS_3:
            assert {i["stem"] for i in read_sample(path)} & stems == {"roozno_801"}
            continue
        if path.name == _MIDDLING_POSTS_4:
            assert {i["stem"] for i in read_sample(path)} & stems == {"roozno_99"}
            continue
        for item in read_sample(path):
            named = item.get("stem") or Path(item.get("file", "")).stem
            assert named not in stems, (path.name, named)


def test_the_sixteenth_sample_is_of_shorter_articles_outside_the_eighth_to_fifteenth() -> None:
    """Its articles are of 3,000 to 4,500 characters, each holding a statement, none of the
    eighth's to fifteenth's, and no judged sample but those of persons and dates names one of
    them; but for the eighteenth draw of quotes with no speaker, drawn later outside the gold and
    the earlier draws, which judged fars-3_50's «کادر پزشکی تیم ... گوشزد کرده‌اند که» no
    one's, as this sample does (read without it), and the nineteenth, which judged
    tabnak_684's «سخنگوی وزارت خارجه ایران هم ... گوشزد کرد که ...» no one's, the post never
    named, as this sample does (read without it). The twenty-eighth posts sample, drawn later,
    judged the posts of fars-3_50's persons, never a quote. The twenty-ninth posts sample, drawn
    later, judged the posts of fars-3_37's persons, never a quote; the thirtieth those of
    fars-1_76's and roozno_546's. The thirty-second posts sample, drawn later, judged the posts of
    fars-3_82's, roozno_815's, roozno_817's and tabnak_684's persons, never a quote."""
    stems = set()
    for g in read("quotes_recall_dev_16"):
        text = (FIXTURES / g["file"]).read_text(encoding="utf-8")
        assert 3000 <= len(text) < 4500, g["file"]
        assert g["quotes"], g["file"]
        stems.add(Path(g["file"]).stem)
    for earlier in (f"quotes_recall_dev_{n}" for n in range(8, 16)):
        assert not stems & {Path(g["file"]).stem for g in read(earlier)}
    for path in FIXTURES.glob("*.jsonl"):
        if path.name.startswith(("persons_judged", "dates_judged", "quotes_recall_dev_16")):
            continue
        if path.name == _EIGHTEENTH_DRAW:
            assert {i["stem"] for i in read_sample(path)} & stems == {"fars-3_50"}
            continue
        if path.name == _NINETEENTH_DRAW:
            assert {i["stem"] for i in read_sample(path)} & stems == {"tabnak_684"}
            continue
        if path.name == _POSTS_28:
            assert {i["stem"] for i in read_sample(path)} & stems == {"fars-3_50"}
            continue
        if path.name == _MIDDLING_POSTS:
            assert {i["stem"] for i in read_sample(path)} & stems == {"fars-3_37"}
            continue
        if path.name == _MIDDLING_POSTS_2:
            assert {i["stem"] for i in read_sample(path)} & stems == {"fars-1_76", "roozno_546"}
            continue
        if path.name == _MIDDLING_POSTS_3:
            assert {i["stem"] for i in read_sample(path)} & stems == {
                "fars-3_82",
                "roozno_815",
                "roozno_817",
                "tabnak_684",
            }
            continue
        for item in read_sample(path):
            named = item.get("stem") or Path(item.get("file", "")).stem
            assert named not in stems, (path.name, named)


def test_the_seventeenth_sample_is_of_short_articles_outside_the_eighth_to_sixteenth() -> None:
    """Its articles are of 1,500 to 3,000 characters, each holding a statement, none of the
    eighth's to sixteenth's, and no judged sample but those of persons and dates names one of
    them (nor did the twenty-first posts sample and the twenty-second persons-recall sample, drawn
    beside it from the same commit, when it was drawn)."""
    stems = set()
    for g in read("quotes_recall_dev_17"):
        text = (FIXTURES / g["file"]).read_text(encoding="utf-8")
        assert 1500 <= len(text) < 3000, g["file"]
        assert g["quotes"], g["file"]
        stems.add(Path(g["file"]).stem)
    for earlier in (f"quotes_recall_dev_{n}" for n in range(8, 17)):
        assert not stems & {Path(g["file"]).stem for g in read(earlier)}
    drawn_beside = ("posts_judged_21", "persons_recall_dev_22")
    for path in FIXTURES.glob("*.jsonl"):
        if path.name.startswith(
            ("persons_judged", "dates_judged", "quotes_recall_dev_17", *drawn_beside)
        ):
            continue
        for item in read_sample(path):
            named = item.get("stem") or Path(item.get("file", "")).stem
            assert named not in stems, (path.name, named)


def test_the_twelfth_sample_is_of_long_articles_outside_the_eighth_to_eleventh() -> None:
    """Its articles are of 4,500 to 9,000 characters, each holding a statement, none of the
    eighth's to eleventh's, and no judged sample but those of persons and dates names one of
    them (six of the ten are in persons samples, which judged a name, never a quote); but for
    the fourteenth draw of quotes with no speaker, drawn in the same hour, which judged a quote
    of tabnak_1240: neither draw had read the other's text; and the fifteenth, drawn later
    outside the gold and the earlier draws, which judged a quote each of roozno_695, roozno_769
    and roozno_1080 (Khalkhali's «او در کتابی ... نوشت» and «یادداشت جلالی» as this sample
    reads them). The twenty-second posts sample,
    drawn later, judged the posts of roozno_769's persons, never a quote; the twenty-third those
    of roozno_1080's; the twenty-seventh fars-3_57's (three villages, no person). The
    thirty-first posts sample, drawn later, judged the posts of tabnak_1240's persons, never a
    quote; the thirty-third those of roozno_695's; the thirty-fifth those of roozno_304's; the
    thirty-sixth those of tabnak_864's; the thirty-seventh those of fars-2_128's."""
    stems = set()
    for g in read("quotes_recall_dev_12"):
        text = (FIXTURES / g["file"]).read_text(encoding="utf-8")
        assert 4500 <= len(text) <= 9000, g["file"]
        assert g["quotes"], g["file"]
        stems.add(Path(g["file"]).stem)
    for earlier in (
        "quotes_recall_dev_8",
        "quotes_recall_dev_9",
        "quotes_recall_dev_10",
        "quotes_recall_dev_11",
    ):
        assert not stems & {Path(g["file"]).stem for g in read(earlier)}
    for path in FIXTURES.glob("*.jsonl"):
        if path.name.startswith(("persons_judged", "dates_judged", "quotes_recall_dev_12")):
            continue
        if path.name == _LONG_POSTS:
            assert {i["stem"] for i in read_sample(path)} & stems == {"roozno_769"}
            continue
        if path.name == _LONG_POSTS_2:
            assert {i["stem"] for i in read_sample(path)} & stems == {"roozno_1080"}
            continue
        if path.name == _LONG_POSTS_6:
            assert {i["stem"] for i in read_sample(path)} & stems == {"fars-3_57"}
            continue
        if path.name == _FOURTEENTH_DRAW:
            assert {i["stem"] for i in read_sample(path)} & stems == {"tabnak_1240"}
            continue
        if path.name == _FIFTEENTH_DRAW:
            assert {i["stem"] for i in read_sample(path)} & stems == {
                "roozno_695",
                "roozno_769",
                "roozno_1080",
            }
            continue
        if path.name == _LONG_POSTS_7:
            assert {i["stem"] for i in read_sample(path)} & stems == {"tabnak_1240"}
            continue
        if path.name == _LONG_POSTS_8:
            assert {i["stem"] for i in read_sample(path)} & stems == {"roozno_695"}
            continue
        if path.name == _LONG_POSTS_9:
            assert {i["stem"] for i in read_sample(path)} & stems == {"roozno_304"}
            continue
        if path.name == _LONG_POSTS_10:
            assert {i["stem"] for i in read_sample(path)} & stems == {"tabnak_864"}
            continue
        if path.name == _LONG_POSTS_11:
            assert {i["stem"] for i in read_sample(path)} & stems == {"fars-2_128"}
            continue
        for item in read_sample(path):
            named = item.get("stem") or Path(item.get("file", "")).stem
            assert named not in stems, (path.name, named)


def test_the_eighteenth_sample_is_of_shorter_articles_outside_the_eighth_to_seventeenth() -> None:
    """Its articles are of 3,000 to 4,500 characters, none of the eighth's to seventeenth's, and
    no judged sample but those of persons and dates names one of them; four hold a statement
    (the draw guesses from a verb of saying, and an editorial, two analyses and a match preview
    report none). The twenty-eighth posts sample, drawn later, judged the posts of fars-2_27's and
    roozno_181's persons, never a quote. The twenty-ninth posts sample, drawn later, judged the
    posts of fars-2_187's, roozno_763's and tabnak_10's persons, never a quote; the thirtieth
    those of tabnak_1194's. The thirty-second posts sample, drawn later, judged the posts of
    roozno_182's persons, never a quote, and the thirty-fourth roozno_73's."""
    stems = set()
    for g in read("quotes_recall_dev_18"):
        text = (FIXTURES / g["file"]).read_text(encoding="utf-8")
        assert 3000 <= len(text) < 4500, g["file"]
        stems.add(Path(g["file"]).stem)
    assert sum(bool(g["quotes"]) for g in read("quotes_recall_dev_18")) == 4
    for earlier in (f"quotes_recall_dev_{n}" for n in range(8, 18)):
        assert not stems & {Path(g["file"]).stem for g in read(earlier)}
    for path in FIXTURES.glob("*.jsonl"):
        if path.name.startswith(("persons_judged", "dates_judged", "quotes_recall_dev_18")):
            continue
        if path.name == _POSTS_28:
            assert {i["stem"] for i in read_sample(path)} & stems == {"fars-2_27", "roozno_181"}
            continue
        if path.name == _MIDDLING_POSTS:
            assert {i["stem"] for i in read_sample(path)} & stems == {
                "fars-2_187",
                "roozno_763",
                "tabnak_10",
            }
            continue
        if path.name == _MIDDLING_POSTS_2:
            assert {i["stem"] for i in read_sample(path)} & stems == {"tabnak_1194"}
            continue
        if path.name == _MIDDLING_POSTS_3:
            assert {i["stem"] for i in read_sample(path)} & stems == {"roozno_182"}
            continue
        if path.name == _MIDDLING_POSTS_4:
            assert {i["stem"] for i in read_sample(path)} & stems == {"roozno_73"}
            continue
        for item in read_sample(path):
            named = item.get("stem") or Path(item.get("file", "")).stem
            assert named not in stems, (path.name, named)


def test_the_nineteenth_sample_is_of_articles_outside_the_eighth_to_eighteenth() -> None:
    """Its articles are of 3,000 to 4,500 characters, none of the eighth's to eighteenth's, and
    no judged sample but those of persons and dates names one of them, but the fifteenth
    speakers sample drawn beside it from the same commit; five hold a statement (the Oscars'
    winners, the stock exchange's figures and an advertorial report none). The twenty-eighth
    posts sample, drawn later, judged the posts of fars-5_77's, roozno_16's and roozno_89's
    persons, never a quote."""
    stems = set()
    for g in read("quotes_recall_dev_19"):
        text = (FIXTURES / g["file"]).read_text(encoding="utf-8")
        assert 3000 <= len(text) < 4500, g["file"]
        stems.add(Path(g["file"]).stem)
    assert sum(bool(g["quotes"]) for g in read("quotes_recall_dev_19")) == 5
    for earlier in (f"quotes_recall_dev_{n}" for n in range(8, 19)):
        assert not stems & {Path(g["file"]).stem for g in read(earlier)}
    drawn_beside = ("speakers_judged_15",)
    for path in FIXTURES.glob("*.jsonl"):
        if path.name.startswith(
            ("persons_judged", "dates_judged", "quotes_recall_dev_19", *drawn_beside)
        ):
            continue
        if path.name == _POSTS_28:
            assert {i["stem"] for i in read_sample(path)} & stems == {
                "fars-5_77",
                "roozno_16",
                "roozno_89",
            }
            continue
        for item in read_sample(path):
            named = item.get("stem") or Path(item.get("file", "")).stem
            assert named not in stems, (path.name, named)


def test_the_twentieth_sample_is_of_longer_articles_outside_the_eighth_to_nineteenth() -> None:
    """Its articles are of 4,500 to 6,000 characters, none of the eighth's to nineteenth's, and
    no judged sample but those of persons and dates names one of them; one holds a statement
    (a bank facility explained, two advertorials, an analysis of the election results and the
    Majlis committees' agenda report none: five the twelfth and thirteenth drew and set aside,
    naming them only in their ``SOURCES.md``); the twenty-third posts sample, drawn beside it
    from the same commit, shares one, and the twenty-fifth, drawn later, judged the posts of
    fars-1_39's persons, never a quote."""
    stems = set()
    for g in read("quotes_recall_dev_20"):
        text = (FIXTURES / g["file"]).read_text(encoding="utf-8")
        assert 4500 <= len(text) < 6000, g["file"]
        stems.add(Path(g["file"]).stem)
    assert sum(bool(g["quotes"]) for g in read("quotes_recall_dev_20")) == 1
    for earlier in (f"quotes_recall_dev_{n}" for n in range(8, 20)):
        assert not stems & {Path(g["file"]).stem for g in read(earlier)}
    set_aside = {"tabnak_865", "tabnak_1560", "tabnak_1609", "roozno_341", "fars-1_39"}
    named = {
        stem
        for n in (12, 13)
        for stem in stems
        if f"«{stem}»" in (FIXTURES / f"quotes_dev_{n}/SOURCES.md").read_text(encoding="utf-8")
    }
    assert named == set_aside
    # roozno_341 and fars-1_39, whose persons' posts they judge, and roozno_1044, whose persons'
    # posts the thirty-fifth posts sample judges
    drawn_beside = ("posts_judged_23", "posts_judged_25", "posts_judged_35")
    for path in FIXTURES.glob("*.jsonl"):
        if path.name.startswith(
            ("persons_judged", "dates_judged", "quotes_recall_dev_20", *drawn_beside)
        ):
            continue
        for item in read_sample(path):
            named_there = item.get("stem") or Path(item.get("file", "")).stem
            assert named_there not in stems, (path.name, named_there)


def test_the_twenty_first_sample_is_of_the_longest_articles_left_outside_the_others() -> None:
    """Its articles are of 6,000 to 9,000 characters, the four of that band no fixture or judged
    sample but those of persons and dates held, none of the eighth's to twentieth's; none holds
    a statement (two advertorials, the lists of the Majlis members vetted, an explainer on brown
    fat: all four the eleventh to thirteenth drew and set aside, naming them only in their
    ``SOURCES.md``)."""
    stems = set()
    for g in read("quotes_recall_dev_21"):
        text = (FIXTURES / g["file"]).read_text(encoding="utf-8")
        assert 6000 <= len(text) < 9000, g["file"]
        assert not g["quotes"], g["file"]
        stems.add(Path(g["file"]).stem)
    for earlier in (f"quotes_recall_dev_{n}" for n in range(8, 21)):
        assert not stems & {Path(g["file"]).stem for g in read(earlier)}
    named = {
        stem
        for n in (11, 12, 13)
        for stem in stems
        if f"«{stem}»" in (FIXTURES / f"quotes_dev_{n}/SOURCES.md").read_text(encoding="utf-8")
    }
    assert named == stems == {"tabnak_1383", "tabnak_1346", "tabnak_389", "sobhane2_123"}
    for path in FIXTURES.glob("*.jsonl"):
        if path.name.startswith(("persons_judged", "dates_judged", "quotes_recall_dev_21")):
            continue
        if path.name == _LONG_POSTS_5:  # drawn later; it judged tabnak_389's posts, no quote
            assert {i["stem"] for i in read_sample(path)} & stems == {"tabnak_389"}
            continue
        for item in read_sample(path):
            named_there = item.get("stem") or Path(item.get("file", "")).stem
            assert named_there not in stems, (path.name, named_there)


def test_the_twenty_second_sample_is_of_the_longest_articles_outside_the_others() -> None:
    """Its articles are of more than 9,000 characters, none of the eighth's to twenty-first's,
    and no judged sample but those of persons and dates names one of them, but the twenty-fifth
    posts sample drawn beside it, which judges roozno_454's posts; one holds statements (the head
    of the judiciary's speech; an explainer on life insurance, an interview whose answers run on
    from its questions with no verb of saying and the Berlinale's awards report none)."""
    stems = set()
    for g in read("quotes_recall_dev_22"):
        text = (FIXTURES / g["file"]).read_text(encoding="utf-8")
        assert len(text) > 9000, g["file"]
        stems.add(Path(g["file"]).stem)
    assert [len(g["quotes"]) for g in read("quotes_recall_dev_22")] == [0, 0, 0, 57]
    for earlier in (f"quotes_recall_dev_{n}" for n in range(8, 22)):
        assert not stems & {Path(g["file"]).stem for g in read(earlier)}
    drawn_beside = ("posts_judged_25",)  # roozno_454, whose persons' posts it judges
    for path in FIXTURES.glob("*.jsonl"):
        if path.name.startswith(
            ("persons_judged", "dates_judged", "quotes_recall_dev_22", *drawn_beside)
        ):
            continue
        for item in read_sample(path):
            named_there = item.get("stem") or Path(item.get("file", "")).stem
            assert named_there not in stems, (path.name, named_there)


def test_the_twenty_third_sample_is_of_short_articles_no_sample_read_whole() -> None:
    """Its articles are of 1,200 to 3,000 characters, none of an earlier recall sample, a
    fixture folder or the gold's draws (``draw_quotes_dev.py --exclude-whole-samples``), the
    twenty-eighth persons-recall sample's included; judged samples that read one person, post
    or quote of them may share them. Half of them are news from abroad; one holds no statement
    but the one of the licensed exchanges' prices, another twelve of Jannati's."""
    stems = set()
    for g in read("quotes_recall_dev_23"):
        text = (FIXTURES / g["file"]).read_text(encoding="utf-8")
        assert 1200 <= len(text) <= 3000, g["file"]
        stems.add(Path(g["file"]).stem)
    assert [len(g["quotes"]) for g in read("quotes_recall_dev_23")] == [5, 8, 5, 12, 1, 8, 3, 7]
    for earlier in FIXTURES.glob("*recall*.jsonl"):
        if earlier.name != "quotes_recall_dev_23.jsonl":
            named = {
                item.get("stem") or Path(item.get("file", "")).stem for item in read_sample(earlier)
            }
            assert not stems & named, earlier.name
    folders = (d for d in FIXTURES.iterdir() if d.is_dir() and d.name != "quotes_dev_23")
    assert not stems & {p.stem for d in folders for p in d.rglob("*.txt")}


def test_the_twenty_fourth_sample_is_of_short_articles_no_sample_read_whole() -> None:
    """Drawn as the twenty-third was, with it left out (``--exclude-whole-samples``): articles
    of 1,200 to 3,000 characters, none of an earlier recall sample or a fixture folder. Four
    are news from abroad; a Quds Day speech holds fourteen statements, all one man's."""
    stems = set()
    for g in read("quotes_recall_dev_24"):
        text = (FIXTURES / g["file"]).read_text(encoding="utf-8")
        assert 1200 <= len(text) <= 3000, g["file"]
        stems.add(Path(g["file"]).stem)
    assert [len(g["quotes"]) for g in read("quotes_recall_dev_24")] == [8, 4, 2, 3, 4, 14, 9, 8]
    for earlier in FIXTURES.glob("*recall*.jsonl"):
        if earlier.name != "quotes_recall_dev_24.jsonl":
            named = {
                item.get("stem") or Path(item.get("file", "")).stem for item in read_sample(earlier)
            }
            assert not stems & named, earlier.name
    folders = (d for d in FIXTURES.iterdir() if d.is_dir() and d.name != "quotes_dev_24")
    assert not stems & {p.stem for d in folders for p in d.rglob("*.txt")}


def test_the_twenty_fifth_sample_is_of_short_articles_no_sample_read_whole() -> None:
    """Drawn as the twenty-fourth was, with it left out (``--exclude-whole-samples``): articles
    of 1,200 to 3,000 characters, none of an earlier recall sample or a fixture folder. Four
    are news from abroad, every statement of one of them a paper's or an unnamed source's; a
    travel note holds none."""
    stems = set()
    for g in read("quotes_recall_dev_25"):
        text = (FIXTURES / g["file"]).read_text(encoding="utf-8")
        assert 1200 <= len(text) <= 3000, g["file"]
        stems.add(Path(g["file"]).stem)
    assert [len(g["quotes"]) for g in read("quotes_recall_dev_25")] == [7, 0, 17, 5, 7, 3, 6, 7]
    assert [g["international"] for g in read("quotes_recall_dev_25")] == [True, False] * 2 + [
        False,
        True,
        False,
        True,
    ]
    for earlier in FIXTURES.glob("*recall*.jsonl"):
        if earlier.name != "quotes_recall_dev_25.jsonl":
            named = {
                item.get("stem") or Path(item.get("file", "")).stem for item in read_sample(earlier)
            }
            assert not stems & named, earlier.name
    folders = (d for d in FIXTURES.iterdir() if d.is_dir() and d.name != "quotes_dev_25")
    assert not stems & {p.stem for d in folders for p in d.rglob("*.txt")}


def test_the_twenty_sixth_sample_is_of_short_articles_no_sample_read_whole() -> None:
    """Drawn as the twenty-fifth was, with it left out (``--exclude-whole-samples``): articles
    of 1,200 to 3,000 characters, none of an earlier recall sample or a fixture folder. Four
    are news from abroad (one of them in the other slot, the WHO's warning; a Friday prayer in
    Kerman was drawn in the international slot); an opinion column holds one statement. The
    thirty-second persons-recall sample, drawn beside it, shares roozno_101."""
    stems = set()
    for g in read("quotes_recall_dev_26"):
        text = (FIXTURES / g["file"]).read_text(encoding="utf-8")
        assert 1200 <= len(text) <= 3000, g["file"]
        stems.add(Path(g["file"]).stem)
    assert [len(g["quotes"]) for g in read("quotes_recall_dev_26")] == [7, 6, 3, 11, 1, 14, 10, 12]
    assert [g["international"] for g in read("quotes_recall_dev_26")] == [
        True,
        False,
        True,
        True,
        False,
        False,
        False,
        True,
    ]
    drawn_beside = {"persons_recall_dev_32.jsonl": {"roozno_101"}}
    for earlier in FIXTURES.glob("*recall*.jsonl"):
        if earlier.name != "quotes_recall_dev_26.jsonl":
            named = {
                item.get("stem") or Path(item.get("file", "")).stem for item in read_sample(earlier)
            }
            assert stems & named <= drawn_beside.get(earlier.name, set()), earlier.name
    beside_folders = {"recall_dev_32": {"roozno_101"}}
    for d in FIXTURES.iterdir():
        if d.is_dir() and d.name != "quotes_dev_26":
            shared = stems & {p.stem for p in d.rglob("*.txt")}
            assert shared <= beside_folders.get(d.name, set()), d.name


BESIDE_27 = ("quotes_dev_27", "recall_dev_33")  # its own folder and the one drawn beside it


def test_the_twenty_seventh_sample_is_of_middling_articles_no_sample_read_whole() -> None:
    """Drawn as the twenty-fifth was, of articles of 3,000 to 6,000 characters
    (``--chars 3000 6000 --count 6``), none of an earlier recall sample or a fixture folder:
    three news from abroad (the US intelligence community's threat report, every statement
    its own), and a currency report that holds no statement, as the fourteenth reads the
    same sentences. The thirty-third persons-recall sample, drawn beside it, reads fars-1_122
    too: drawing beside one another, neither knew the other's articles."""
    stems = set()
    for g in read("quotes_recall_dev_27"):
        text = (FIXTURES / g["file"]).read_text(encoding="utf-8")
        assert 3000 <= len(text) <= 6000, g["file"]
        stems.add(Path(g["file"]).stem)
    assert [len(g["quotes"]) for g in read("quotes_recall_dev_27")] == [14, 0, 3, 6, 17, 14]
    assert [g["international"] for g in read("quotes_recall_dev_27")] == [True, False] * 2 + [
        False,
        True,
    ]
    for earlier in FIXTURES.glob("*recall*.jsonl"):
        if earlier.name not in ("quotes_recall_dev_27.jsonl", "persons_recall_dev_33.jsonl"):
            named = {
                item.get("stem") or Path(item.get("file", "")).stem for item in read_sample(earlier)
            }
            assert not stems & named, earlier.name
    folders = (d for d in FIXTURES.iterdir() if d.is_dir() and d.name not in BESIDE_27)
    assert not stems & {p.stem for d in folders for p in d.rglob("*.txt")}


def test_the_twenty_eighth_sample_is_of_short_articles_no_sample_read_whole() -> None:
    """Drawn as the twenty-fifth was, the twenty-third to twenty-seventh left out
    (``--exclude-whole-samples``): articles of 1,200 to 3,000 characters, none of an earlier
    recall sample or a fixture folder. Two of the international slot are news from abroad
    (Putin on sanctions, BuzzFeed on Afghan schools), two not (an almanac, Motahari's
    interview); Jannati's recommendations to the eleventh Majlis hold fourteen statements."""
    stems = set()
    for g in read("quotes_recall_dev_28"):
        text = (FIXTURES / g["file"]).read_text(encoding="utf-8")
        assert 1200 <= len(text) <= 3000, g["file"]
        stems.add(Path(g["file"]).stem)
    assert [len(g["quotes"]) for g in read("quotes_recall_dev_28")] == [5, 1, 4, 14, 2, 6, 3, 10]
    assert [g["international"] for g in read("quotes_recall_dev_28")] == [True, False] * 2 + [
        False,
        True,
        False,
        True,
    ]
    for earlier in FIXTURES.glob("*recall*.jsonl"):
        if earlier.name != "quotes_recall_dev_28.jsonl":
            named = {
                item.get("stem") or Path(item.get("file", "")).stem for item in read_sample(earlier)
            }
            assert not stems & named, earlier.name
    folders = (d for d in FIXTURES.iterdir() if d.is_dir() and d.name != "quotes_dev_28")
    assert not stems & {p.stem for d in folders for p in d.rglob("*.txt")}


BESIDE_29 = ("quotes_dev_29", "recall_dev_36")  # its own folder and the one drawn beside it


def test_the_twenty_ninth_sample_is_of_middling_articles_no_sample_read_whole() -> None:
    """Drawn as the twenty-seventh was (``--chars 3000 6000 --count 6``), the twenty-third to
    twenty-eighth left out, none of an earlier recall sample or a fixture folder: three news
    from abroad (Tabnak's Middle East digest, Rouhani with Austria's foreign minister, Philip
    Gordon's article in Foreign Policy), Jannati's sixteen statements, Tabnak's question to
    its readers with two of no one. The thirty-sixth persons-recall sample, drawn beside it,
    reads fars-1_165 too."""
    stems = set()
    for g in read("quotes_recall_dev_29"):
        text = (FIXTURES / g["file"]).read_text(encoding="utf-8")
        assert 3000 <= len(text) <= 6000, g["file"]
        stems.add(Path(g["file"]).stem)
    assert [len(g["quotes"]) for g in read("quotes_recall_dev_29")] == [22, 2, 17, 16, 16, 10]
    assert [g["international"] for g in read("quotes_recall_dev_29")] == [True, False] * 2 + [
        False,
        True,
    ]
    for earlier in FIXTURES.glob("*recall*.jsonl"):
        if earlier.name not in ("quotes_recall_dev_29.jsonl", "persons_recall_dev_36.jsonl"):
            named = {
                item.get("stem") or Path(item.get("file", "")).stem for item in read_sample(earlier)
            }
            assert not stems & named, earlier.name
    folders = (d for d in FIXTURES.iterdir() if d.is_dir() and d.name not in BESIDE_29)
    assert not stems & {p.stem for d in folders for p in d.rglob("*.txt")}


BESIDE_30 = ("quotes_dev_30", "recall_dev_37")  # its own folder and the one drawn beside it


def test_the_thirtieth_sample_is_of_short_articles_no_sample_read_whole() -> None:
    """Drawn as the twenty-eighth was, the twenty-third to twenty-eighth left out
    (``--exclude-whole-samples``; the twenty-ninth's, of middling articles, none in the band):
    articles of 1,200 to 3,000 characters, none of an earlier recall sample or a fixture folder.
    Three of the international slot are news from abroad (Trump on loyal officials, Zhang
    Wenhong on the coronavirus, Hekmatyar's party), one not (Mohajerani on Iran's loss to
    Mexico); of the other slot, OPEC's output is news from abroad and holds no statement. The
    thirty-seventh persons-recall sample, drawn beside it, reads OPEC's output too."""
    stems = set()
    for g in read("quotes_recall_dev_30"):
        text = (FIXTURES / g["file"]).read_text(encoding="utf-8")
        assert 1200 <= len(text) <= 3000, g["file"]
        stems.add(Path(g["file"]).stem)
    assert [len(g["quotes"]) for g in read("quotes_recall_dev_30")] == [8, 4, 10, 6, 0, 11, 8, 4]
    assert [g["international"] for g in read("quotes_recall_dev_30")] == [True, False] * 2 + [
        False,
        True,
        False,
        True,
    ]
    for earlier in FIXTURES.glob("*recall*.jsonl"):
        if earlier.name not in ("quotes_recall_dev_30.jsonl", "persons_recall_dev_37.jsonl"):
            named = {
                item.get("stem") or Path(item.get("file", "")).stem for item in read_sample(earlier)
            }
            assert not stems & named, earlier.name
    folders = (d for d in FIXTURES.iterdir() if d.is_dir() and d.name not in BESIDE_30)
    assert not stems & {p.stem for d in folders for p in d.rglob("*.txt")}


BESIDE_31 = ("quotes_dev_31", "recall_dev_39")  # its own folder and the one drawn beside it


def test_the_thirty_first_sample_is_of_short_articles_no_sample_read_whole() -> None:
    """Drawn as the thirtieth was, the twenty-third to thirtieth left out
    (``--exclude-whole-samples``): articles of 1,200 to 3,000 characters, none of an earlier
    recall sample or a fixture folder. Three of the international slot are news from abroad
    (an Emirati delegation in Mauritania, eleven countries losing their UN vote, al-Houthi on
    the fighting in Gaza), one not (Vaezi in Gorgan on US sanctions); Skočić's contract holds
    no statement. The thirty-ninth persons-recall sample, drawn beside it, reads fars-3_58 and
    sobhane2_140 too."""
    stems = set()
    for g in read("quotes_recall_dev_31"):
        text = (FIXTURES / g["file"]).read_text(encoding="utf-8")
        assert 1200 <= len(text) <= 3000, g["file"]
        stems.add(Path(g["file"]).stem)
    assert [len(g["quotes"]) for g in read("quotes_recall_dev_31")] == [4, 0, 13, 6, 6, 6, 15, 8]
    assert [g["international"] for g in read("quotes_recall_dev_31")] == [True, False] * 2 + [
        False,
        True,
        False,
        True,
    ]
    for earlier in FIXTURES.glob("*recall*.jsonl"):
        if earlier.name not in ("quotes_recall_dev_31.jsonl", "persons_recall_dev_39.jsonl"):
            named = {
                item.get("stem") or Path(item.get("file", "")).stem for item in read_sample(earlier)
            }
            assert not stems & named, earlier.name
    folders = (d for d in FIXTURES.iterdir() if d.is_dir() and d.name not in BESIDE_31)
    assert not stems & {p.stem for d in folders for p in d.rglob("*.txt")}


BESIDE_32 = ("quotes_dev_32", "recall_dev_40")  # its own folder and the one drawn beside it


def test_the_thirty_second_sample_is_of_short_articles_no_sample_read_whole() -> None:
    """Drawn as the thirty-first was, the twenty-third to thirty-first left out
    (``--exclude-whole-samples``): articles of 1,200 to 3,000 characters, none of an earlier
    recall sample or a fixture folder. Two of the international slot are news from abroad (Al
    Mayadeen on the march in Baghdad, Yukio Edano on the Tokyo Olympics), two not (Zarif's
    letter to the UN, Tabriz's mayor on trade with Turkey). The fortieth persons-recall sample,
    drawn beside it, reads fars-4_10, fars-4_185 and sobhane2_16 too."""
    stems = set()
    for g in read("quotes_recall_dev_32"):
        text = (FIXTURES / g["file"]).read_text(encoding="utf-8")
        assert 1200 <= len(text) <= 3000, g["file"]
        stems.add(Path(g["file"]).stem)
    assert [len(g["quotes"]) for g in read("quotes_recall_dev_32")] == [3, 4, 8, 2, 5, 6, 5, 8]
    assert [g["international"] for g in read("quotes_recall_dev_32")] == [True, False] * 2 + [
        False,
        True,
        False,
        True,
    ]
    for earlier in FIXTURES.glob("*recall*.jsonl"):
        if earlier.name not in ("quotes_recall_dev_32.jsonl", "persons_recall_dev_40.jsonl"):
            named = {
                item.get("stem") or Path(item.get("file", "")).stem for item in read_sample(earlier)
            }
            assert not stems & named, earlier.name
    folders = (d for d in FIXTURES.iterdir() if d.is_dir() and d.name not in BESIDE_32)
    assert not stems & {p.stem for d in folders for p in d.rglob("*.txt")}


BESIDE_33 = ("quotes_dev_33", "recall_dev_41")  # its own folder and the one drawn beside it


def test_the_thirty_third_sample_is_of_middling_articles_no_sample_read_whole() -> None:
    """Drawn as the twenty-ninth was (``--chars 3000 6000 --count 6``), the twenty-third to
    thirty-first left out, none of an earlier recall sample or a fixture folder: three news
    from abroad (Tabnak's Middle East digest, a comment on Johnson and the JCPOA, the Bulletin
    of the Atomic Scientists on Iran), Jahangiri's list of points, Tehran's smog with five
    speakers, RAND's report on satellites. The forty-first persons-recall sample, drawn beside
    it, reads fars-1_163 too."""
    stems = set()
    for g in read("quotes_recall_dev_33"):
        text = (FIXTURES / g["file"]).read_text(encoding="utf-8")
        assert 3000 <= len(text) <= 6000, g["file"]
        stems.add(Path(g["file"]).stem)
    assert [len(g["quotes"]) for g in read("quotes_recall_dev_33")] == [16, 5, 7, 4, 13, 15]
    assert [g["international"] for g in read("quotes_recall_dev_33")] == [True, False] * 2 + [
        False,
        True,
    ]
    for earlier in FIXTURES.glob("*recall*.jsonl"):
        if earlier.name not in ("quotes_recall_dev_33.jsonl", "persons_recall_dev_41.jsonl"):
            named = {
                item.get("stem") or Path(item.get("file", "")).stem for item in read_sample(earlier)
            }
            assert not stems & named, earlier.name
    folders = (d for d in FIXTURES.iterdir() if d.is_dir() and d.name not in BESIDE_33)
    assert not stems & {p.stem for d in folders for p in d.rglob("*.txt")}


BESIDE_35 = ("quotes_dev_35",)  # its own folder: no sample drawn beside it shares an article


def test_the_thirty_fifth_sample_is_of_middling_articles_no_sample_read_whole() -> None:
    """Drawn as the thirty-third was (``--chars 3000 6000 --count 6``), the twenty-third to
    thirty-third left out, none of an earlier recall sample or a fixture folder: three news from
    abroad (Tabnak's Middle East digest, a translated comment on the coronavirus as a model of a
    biological attack, Al-Akhbar on Iraq's march against the American presence), a comment on
    the Fajr festival's undecided head, a column on a quarantine's confusion, a district mayor's
    signed piece on the earthquake. Two of the six report no statement."""
    stems = set()
    for g in read("quotes_recall_dev_35"):
        text = (FIXTURES / g["file"]).read_text(encoding="utf-8")
        assert 3000 <= len(text) <= 6000, g["file"]
        stems.add(Path(g["file"]).stem)
    assert [len(g["quotes"]) for g in read("quotes_recall_dev_35")] == [19, 1, 0, 5, 0, 5]
    assert [g["international"] for g in read("quotes_recall_dev_35")] == [True, False] * 2 + [
        False,
        True,
    ]
    for earlier in FIXTURES.glob("*recall*.jsonl"):
        if earlier.name != "quotes_recall_dev_35.jsonl":
            named = {
                item.get("stem") or Path(item.get("file", "")).stem for item in read_sample(earlier)
            }
            assert not stems & named, earlier.name
    folders = (d for d in FIXTURES.iterdir() if d.is_dir() and d.name not in BESIDE_35)
    assert not stems & {p.stem for d in folders for p in d.rglob("*.txt")}


BESIDE_36 = ("quotes_dev_36", "recall_dev_44")  # its own folder and the one drawn beside it


def test_the_thirty_sixth_sample_is_of_short_articles_no_sample_read_whole() -> None:
    """Drawn as the thirty-fourth was, the twenty-third to thirty-fifth left out
    (``--exclude-whole-samples``): articles of 1,200 to 3,000 characters, none of an earlier
    recall sample or a fixture folder. All four of the international slot are news from abroad
    (Bashar al-Jaafari on the Douma file and Idlib, the protests over George Floyd's death, the
    non-aligned members of the IAEA board in Vienna, the rector of the University of Havana
    meeting Iran's ambassador). The forty-fourth persons-recall sample, drawn beside it, reads
    fars-3_214 and fars-5_222 too."""
    stems = set()
    for g in read("quotes_recall_dev_36"):
        text = (FIXTURES / g["file"]).read_text(encoding="utf-8")
        assert 1200 <= len(text) <= 3000, g["file"]
        stems.add(Path(g["file"]).stem)
    assert [len(g["quotes"]) for g in read("quotes_recall_dev_36")] == [12, 9, 3, 7, 9, 2, 9, 7]
    assert [g["international"] for g in read("quotes_recall_dev_36")] == [True, False] * 2 + [
        False,
        True,
        False,
        True,
    ]
    for earlier in FIXTURES.glob("*recall*.jsonl"):
        if earlier.name not in ("quotes_recall_dev_36.jsonl", "persons_recall_dev_44.jsonl"):
            named = {
                item.get("stem") or Path(item.get("file", "")).stem for item in read_sample(earlier)
            }
            assert not stems & named, earlier.name
    folders = (d for d in FIXTURES.iterdir() if d.is_dir() and d.name not in BESIDE_36)
    assert not stems & {p.stem for d in folders for p in d.rglob("*.txt")}


BESIDE_37 = ("quotes_dev_37",)  # its own folder: no sample drawn beside it shares an article


def test_the_thirty_seventh_sample_is_of_short_articles_no_sample_read_whole() -> None:
    """Drawn as the thirty-sixth was, the twenty-third to thirty-sixth left out
    (``--exclude-whole-samples``): articles of 1,200 to 3,000 characters, none of an earlier
    recall sample or a fixture folder. All four of the international slot are news from abroad
    (Syrian diplomatic sources on the constitutional committee, Boris Johnson closing Britain's
    shops, Saudi Arabia declining Pakistan's request on Kashmir, the US Treasury sanctioning
    Venezuela's aircraft); tabnak_661, the day's currency prices, holds no statement. The
    forty-fifth persons-recall sample, drawn beside it, reads none of its articles."""
    stems = set()
    for g in read("quotes_recall_dev_37"):
        text = (FIXTURES / g["file"]).read_text(encoding="utf-8")
        assert 1200 <= len(text) <= 3000, g["file"]
        stems.add(Path(g["file"]).stem)
    assert [len(g["quotes"]) for g in read("quotes_recall_dev_37")] == [5, 0, 5, 10, 8, 7, 5, 4]
    assert [g["international"] for g in read("quotes_recall_dev_37")] == [True, False] * 2 + [
        False,
        True,
        False,
        True,
    ]
    for earlier in FIXTURES.glob("*recall*.jsonl"):
        if earlier.name != "quotes_recall_dev_37.jsonl":
            named = {
                item.get("stem") or Path(item.get("file", "")).stem for item in read_sample(earlier)
            }
            assert not stems & named, earlier.name
    folders = (d for d in FIXTURES.iterdir() if d.is_dir() and d.name not in BESIDE_37)
    assert not stems & {p.stem for d in folders for p in d.rglob("*.txt")}


# its own folder and the thirty-ninth's, drawn beside it, which reads sobhane2_4 too; the
# persons-recall sample beside it shares none
BESIDE_38 = ("quotes_dev_38", "quotes_dev_39")


def test_the_thirty_eighth_sample_is_of_middling_articles_no_sample_read_whole() -> None:
    """Drawn as the thirty-fifth was, the twenty-third to thirty-sixth left out
    (``--exclude-whole-samples``): articles of 3,000 to 6,000 characters, none of an earlier
    recall sample or a fixture folder. Two of the international slot are news from abroad (the
    world's stock markets, Senator Murphy's meeting with Zarif), the third an almanac of Iran's
    economy; three of the six report no statement. The forty-sixth persons-recall sample, drawn
    beside it, reads none of its articles."""
    stems = set()
    for g in read("quotes_recall_dev_38"):
        text = (FIXTURES / g["file"]).read_text(encoding="utf-8")
        assert 3000 <= len(text) <= 6000, g["file"]
        stems.add(Path(g["file"]).stem)
    assert [len(g["quotes"]) for g in read("quotes_recall_dev_38")] == [6, 0, 14, 9, 0, 6]
    assert [g["international"] for g in read("quotes_recall_dev_38")] == [True, False] * 2 + [
        False,
        True,
    ]
    for earlier in FIXTURES.glob("*recall*.jsonl"):
        if earlier.name not in ("quotes_recall_dev_38.jsonl", "quotes_recall_dev_39.jsonl"):
            named = {
                item.get("stem") or Path(item.get("file", "")).stem for item in read_sample(earlier)
            }
            assert not stems & named, earlier.name
    folders = (d for d in FIXTURES.iterdir() if d.is_dir() and d.name not in BESIDE_38)
    assert not stems & {p.stem for d in folders for p in d.rglob("*.txt")}


# its own folder and the thirty-eighth's, drawn beside it from the same commit, which reads
# sobhane2_4 too (no statement, as here); the forty-seventh and forty-eighth persons-recall
# samples, drawn beside it, read none of its articles
BESIDE_39 = ("quotes_dev_39", "quotes_dev_38")


def test_the_thirty_ninth_sample_is_of_middling_articles_no_sample_read_whole() -> None:
    """Drawn as the thirty-fifth was (``--chars 3000 6000 --count 6``), the twenty-third to
    thirty-seventh left out (``--exclude-whole-samples``), none of an earlier recall sample or a
    fixture folder: three news from abroad (Erdoğan on Turkey's advisers in Libya and on Idlib, a
    Bahraini writer in Al-Quds Al-Arabi on the coronavirus, Tabnak's Middle East digest), the
    dollar's and euro's prices, a bill closing the country for a month against the coronavirus,
    five applications for the blind. Two of the six report no statement."""
    stems = set()
    for g in read("quotes_recall_dev_39"):
        text = (FIXTURES / g["file"]).read_text(encoding="utf-8")
        assert 3000 <= len(text) <= 6000, g["file"]
        stems.add(Path(g["file"]).stem)
    assert [len(g["quotes"]) for g in read("quotes_recall_dev_39")] == [17, 0, 7, 11, 0, 20]
    assert [g["international"] for g in read("quotes_recall_dev_39")] == [True, False] * 2 + [
        False,
        True,
    ]
    for earlier in FIXTURES.glob("*recall*.jsonl"):
        if earlier.name not in ("quotes_recall_dev_39.jsonl", "quotes_recall_dev_38.jsonl"):
            named = {
                item.get("stem") or Path(item.get("file", "")).stem for item in read_sample(earlier)
            }
            assert not stems & named, earlier.name
    folders = (d for d in FIXTURES.iterdir() if d.is_dir() and d.name not in BESIDE_39)
    assert not stems & {p.stem for d in folders for p in d.rglob("*.txt")}


BESIDE_40 = ("quotes_dev_40",)  # its own folder: no sample drawn beside it shares an article


def test_the_fortieth_sample_is_of_short_articles_no_sample_read_whole() -> None:
    """Drawn as the thirty-seventh was (``--exclude-whole-samples``): articles of 1,200 to
    3,000 characters, none of an earlier recall sample or a fixture folder. The international
    slot: Kabulov on Russian troops for Afghanistan, the WHO's Aylward on China, an Israeli
    site on Iran's outbreak, Tabnak's economic history of the day. The forty-ninth
    persons-recall sample, drawn beside it, reads none of its articles."""
    stems = set()
    for g in read("quotes_recall_dev_40"):
        text = (FIXTURES / g["file"]).read_text(encoding="utf-8")
        assert 1200 <= len(text) <= 3000, g["file"]
        stems.add(Path(g["file"]).stem)
    assert [len(g["quotes"]) for g in read("quotes_recall_dev_40")] == [11, 5, 10, 3, 4, 4, 9, 3]
    assert [g["international"] for g in read("quotes_recall_dev_40")] == [True, False] * 2 + [
        False,
        True,
        False,
        True,
    ]
    for earlier in FIXTURES.glob("*recall*.jsonl"):
        if earlier.name != "quotes_recall_dev_40.jsonl":
            named = {
                item.get("stem") or Path(item.get("file", "")).stem for item in read_sample(earlier)
            }
            assert not stems & named, earlier.name
    folders = (d for d in FIXTURES.iterdir() if d.is_dir() and d.name not in BESIDE_40)
    assert not stems & {p.stem for d in folders for p in d.rglob("*.txt")}


BESIDE_41 = ("quotes_dev_41",)  # its own folder: no sample drawn beside it shares an article


def test_the_forty_first_sample_is_of_short_articles_no_sample_read_whole() -> None:
    """Drawn as the fortieth was (``--exclude-whole-samples``): articles of 1,200 to 3,000
    characters, none of an earlier recall sample or a fixture folder. The international slot:
    Japan's hypersonic weapons, Brian Hook on maximum pressure, Turkey and Russia on an «Adana
    2» agreement, al-Jaafari at the Security Council on Idlib. The fiftieth persons-recall
    sample, drawn beside it, reads none of its articles."""
    stems = set()
    for g in read("quotes_recall_dev_41"):
        text = (FIXTURES / g["file"]).read_text(encoding="utf-8")
        assert 1200 <= len(text) <= 3000, g["file"]
        stems.add(Path(g["file"]).stem)
    assert [len(g["quotes"]) for g in read("quotes_recall_dev_41")] == [3, 6, 6, 1, 5, 5, 3, 8]
    assert [g["international"] for g in read("quotes_recall_dev_41")] == [True, False] * 2 + [
        False,
        True,
        False,
        True,
    ]
    for earlier in FIXTURES.glob("*recall*.jsonl"):
        if earlier.name != "quotes_recall_dev_41.jsonl":
            named = {
                item.get("stem") or Path(item.get("file", "")).stem for item in read_sample(earlier)
            }
            assert not stems & named, earlier.name
    folders = (d for d in FIXTURES.iterdir() if d.is_dir() and d.name not in BESIDE_41)
    assert not stems & {p.stem for d in folders for p in d.rglob("*.txt")}


def test_the_quotes_draw_leaves_out_every_article_read_whole() -> None:
    """``draw_quotes_dev.py --exclude-whole-samples`` leaves out what ``draw_recall_dev.py``'s
    option does: the recall samples' articles and every fixture text but the folder drawn."""
    import argparse
    import sys

    sys.path.insert(0, str(FIXTURES.parents[1] / "scripts"))
    import draw_quotes_dev
    import draw_recall_dev

    args = argparse.Namespace(
        exclude=[], exclude_fixtures=False, exclude_whole_samples=True, out="quotes_dev_23"
    )
    excluded = draw_quotes_dev.excluded_stems(args)
    assert draw_recall_dev.whole_sample_stems("quotes_dev_23") <= excluded
    assert {p.stem for p in (FIXTURES / "recall_dev_28").glob("*.txt")} <= excluded
    assert {Path(g["file"]).stem for g in read("quotes_recall_dev_22")} <= excluded
    assert not {Path(g["file"]).stem for g in read("quotes_recall_dev_23")} & excluded
    plain = argparse.Namespace(**{**vars(args), "exclude_whole_samples": False})
    assert "roozno_1198" not in draw_quotes_dev.excluded_stems(plain)


BESIDE_34 = ("quotes_dev_34",)  # its own folder: no sample drawn beside it shares an article


def test_the_thirty_fourth_sample_is_of_short_articles_no_sample_read_whole() -> None:
    """Drawn as the thirty-second was, the twenty-third to thirty-third left out
    (``--exclude-whole-samples``): articles of 1,200 to 3,000 characters, none of an earlier
    recall sample or a fixture folder. Two of the international slot are news from abroad
    (Trump on Bloomberg and Sanders, Trump accusing Senator Murphy over Zarif), two not (an
    Afghan cultural week in Tehran, Khatami meeting Venezuela's foreign minister)."""
    stems = set()
    for g in read("quotes_recall_dev_34"):
        text = (FIXTURES / g["file"]).read_text(encoding="utf-8")
        assert 1200 <= len(text) <= 3000, g["file"]
        stems.add(Path(g["file"]).stem)
    assert [len(g["quotes"]) for g in read("quotes_recall_dev_34")] == [8, 1, 3, 2, 2, 9, 3, 11]
    assert [g["international"] for g in read("quotes_recall_dev_34")] == [True, False] * 2 + [
        False,
        True,
        False,
        True,
    ]
    for earlier in FIXTURES.glob("*recall*.jsonl"):
        if earlier.name != "quotes_recall_dev_34.jsonl":
            named = {
                item.get("stem") or Path(item.get("file", "")).stem for item in read_sample(earlier)
            }
            assert not stems & named, earlier.name
    folders = (d for d in FIXTURES.iterdir() if d.is_dir() and d.name not in BESIDE_34)
    assert not stems & {p.stem for d in folders for p in d.rglob("*.txt")}
