"""Persons on the persons-recall development sample (``persons_recall_dev.jsonl``): 30 shared
news articles outside the gold, every person named in them read by hand, 13 of them news from
abroad. ``benchmarks/persons_recall.py`` prints the same figures, per article. The later
samples, each described beside its row of ``SAMPLES``, are read the same way."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from sample_tables import each_of

from khabar.evaluate_recall import read_sample, score_sample, total

FIXTURES = Path(__file__).parent / "fixtures"


@dataclass(frozen=True)
class Drawn:
    """A sample as drawn: its articles, at least so many of them in the international slot, its
    outlets (where counted) and at least so many articles that name four persons or more (where
    the draw guessed them)."""

    articles: int
    international: int
    outlets: int | None = None
    many_persons: int | None = None


@dataclass(frozen=True)
class Floor:
    """What the extractor must keep on a sample: the recall and precision of its persons and of
    their mentions at least."""

    persons_recall: float
    persons_precision: float
    mentions_recall: float
    mentions_precision: float


# what a sample was drawn apart from
GOLD = "the gold's articles"
EARLIER_SAMPLES = "the articles of the earlier persons-recall samples"
OTHER_FOLDERS = "the texts of every other folder under fixtures"


@dataclass(frozen=True)
class Sample:
    """A sample read for every person: the stem of its file under ``fixtures``, as drawn, its
    floor, what it was drawn apart from and whether it was drawn from the articles its folder's
    ``pool.jsonl`` lists."""

    name: str
    drawn: Drawn
    floor: Floor
    apart_from: frozenset[str]
    pool: bool = False

    @property
    def folder(self) -> str:
        """The folder under ``fixtures`` that holds its texts."""
        return self.name.removeprefix("persons_")


# The samples in the order they were drawn. Above each, its figures as scored and as the rules
# since have raised them.
SAMPLES = [
    # before the work on unseen names: persons R 0.746 P 0.863, mentions R 0.769 P 0.870;
    # after foreign given names, names in apposition to a post, «امام» + family name, rare
    # family names alone (and the vetoes of the third judged sample's false names): persons
    # R 0.881 P 0.897, mentions R 0.875 P 0.919; after a name found once found again and
    # family names that are no word alone anywhere: mentions R 0.933 P 0.924
    # after the Qajar court's names, kunyas, another language's given name before a word of
    # Persian («جرج بوش»): persons R 0.932 P 0.917, mentions R 0.962 P 0.935; a name glued
    # to the word before (glued_names.py): persons R 0.949 P 0.918, mentions R 0.971 P 0.935
    Sample(
        "persons_recall_dev",
        drawn=Drawn(articles=30, international=10, outlets=5),
        floor=Floor(
            persons_recall=0.94,
            persons_precision=0.91,
            mentions_recall=0.96,
            mentions_precision=0.93,
        ),
        apart_from=frozenset({GOLD}),
    ),
    # The second sample (``persons_recall_dev_2.jsonl``): 30 other shared articles, drawn with
    # another seed apart from the gold, the first sample and the judged samples, read the same way.
    # scored before any change made on it: persons R 0.717 P 0.827, mentions R 0.605 P 0.837;
    # after names bounded by quotes, unknown family names in apposition after an ordinary
    # word, «آل», «کارآگاه», a family name after a title and the first of two alone:
    # persons R 0.817 P 0.875, mentions R 0.756 P 0.918; a rule's name of two words apposed to
    # a post though the tagger leaves it: persons R 0.833 P 0.909, mentions R 0.765 P 0.938
    Sample(
        "persons_recall_dev_2",
        drawn=Drawn(articles=30, international=10),
        floor=Floor(
            persons_recall=0.81,
            persons_precision=0.87,
            mentions_recall=0.76,
            mentions_precision=0.91,
        ),
        apart_from=frozenset({GOLD, EARLIER_SAMPLES}),
    ),
    # The third sample (``persons_recall_dev_3.jsonl``): 30 others, drawn with another seed apart
    # from the gold, the first two samples, the quotes-recall samples and every judged sample, read
    # the same way.
    # scored before any change made on it: persons R 0.820 P 0.962, mentions R 0.846 P 0.982;
    # after names bounded by quotes («به گفته "..."», a given name and rare words), lists of
    # names, a family name run together, a foreign given name alone and the states of the
    # United States: persons R 0.869 P 0.981, mentions R 0.900 P 0.992; a name glued to the
    # words on both sides («بامحمد کشتی آرایعضو»): persons R 0.885 P 0.982, mentions R 0.923
    Sample(
        "persons_recall_dev_3",
        drawn=Drawn(articles=30, international=10, outlets=4),  # Mashregh has none left
        floor=Floor(
            persons_recall=0.88,
            persons_precision=0.98,
            mentions_recall=0.92,
            mentions_precision=0.99,
        ),
        apart_from=frozenset({GOLD, EARLIER_SAMPLES, OTHER_FOLDERS}),
    ),
    # The fourth sample (``persons_recall_dev_4.jsonl``): 10 others, drawn with another seed apart
    # from every earlier sample, read the same way.
    # scored before any change made on it: persons R 1.000 P 1.000 (12 persons), mentions
    # R 0.957 P 1.000 (23; missed: «عباس» alone in the title, a family name that is a given name)
    Sample(
        "persons_recall_dev_4",
        drawn=Drawn(articles=10, international=4, outlets=4),  # Mashregh has none left
        floor=Floor(
            persons_recall=1.0,
            persons_precision=1.0,
            mentions_recall=0.95,
            mentions_precision=1.0,
        ),
        apart_from=frozenset({OTHER_FOLDERS}),
    ),
    # The fifth sample (``persons_recall_dev_5.jsonl``): 15 others, drawn with another seed apart
    # from every fixture, a third of them guessed to name many persons, read the same way.
    # scored before any change made on it: persons R 0.787 P 0.857 (60 persons), mentions
    # R 0.789 P 0.882 (76); the sixth judged sample's vetoes: P 0.873, 0.896; after a family
    # name alone that reports (lone_surnames.py), a family name's spellings in an article
    # (family_spellings.py) and the items of a list of names the tagger cut short: persons
    # R 0.836 P 0.911, mentions R 0.829 P 0.926; a name in quotes before its day: persons
    # R 0.852 P 0.912, mentions R 0.842 P 0.928; the items of a list of persons: persons
    # R 0.869 P 0.914, mentions R 0.855 P 0.929
    Sample(
        "persons_recall_dev_5",
        drawn=Drawn(
            articles=15,
            international=5,
            outlets=4,  # Mashregh has none left
            many_persons=5,
        ),
        floor=Floor(
            persons_recall=0.86,
            persons_precision=0.91,
            mentions_recall=0.84,
            mentions_precision=0.91,
        ),
        apart_from=frozenset({OTHER_FOLDERS}),
    ),
    # The sixth sample (``persons_recall_dev_6.jsonl``): 15 others, drawn with another seed apart
    # from every fixture, a third of them guessed to name many persons, read the same way.
    # scored before any change made on it: persons R 0.678 P 0.870 (58 persons), mentions
    # R 0.655 P 0.892 (113); names in quotes of a list or before their day, a titled name
    # run into the next word: persons R 0.712 P 0.933, mentions R 0.681 P 0.951; a given name
    # run into the family name: persons P 0.913, mentions P 0.928 (a person «اصغرجمالی», twice,
    # where the reading has «اصغرجمالی فرد»); a foreign competitor before «از» and his country
    # (origin_names.py): persons R 0.763 P 0.918, mentions R 0.708 P 0.930; a name by lineage,
    # «ابن» and a rare word (word_opened_names.py, «اما ابن نقیب یکی از مورخان»): persons
    # R 0.850 P 0.981, mentions R 0.788 P 0.978
    Sample(
        "persons_recall_dev_6",
        drawn=Drawn(
            articles=15,
            international=5,
            outlets=4,  # Mashregh has none left
            many_persons=5,
        ),
        floor=Floor(
            persons_recall=0.76,
            persons_precision=0.91,
            mentions_recall=0.70,
            mentions_precision=0.92,
        ),
        apart_from=frozenset({OTHER_FOLDERS}),
    ),
    # The seventh sample (``persons_recall_dev_7.jsonl``): 15 others, drawn with another seed from
    # 206 articles no fixture held (``recall_dev_7/pool.jsonl``), a third of them guessed to name
    # many persons, read the same way.
    # scored before any change made on it: persons R 0.725 P 0.892 (90 persons), mentions
    # R 0.739 P 0.845 (111); the items of a list of persons (list_items.py) and a name ended
    # before the noun of a compound verb: persons R 0.868 P 0.940, mentions R 0.865 P 0.889;
    # a name of ordinary words before a post («حجت نظری عضو شورای شهر»): persons R 0.911;
    # a poet's pen name beside his poetry («غزلی از حافظ»): persons R 0.944, mentions R 0.946;
    # «خلیفه» before a known person's rare word («خلیفه حفتر»): persons R 0.956, mentions
    # R 0.955
    Sample(
        "persons_recall_dev_7",
        drawn=Drawn(
            articles=15,
            international=5,
            outlets=3,  # of the pool's outlets
            many_persons=4,
        ),
        floor=Floor(
            persons_recall=0.86,
            persons_precision=0.93,
            mentions_recall=0.86,
            mentions_precision=0.88,
        ),
        apart_from=frozenset({OTHER_FOLDERS}),
        pool=True,
    ),
    # The eighth sample (``persons_recall_dev_8.jsonl``): 15 others, drawn with another seed from
    # 205 articles no fixture held (``recall_dev_8/pool.jsonl``), read the same way; the pool had
    # four articles guessed to name many persons, so the fifth turn of that slot drew another.
    # scored before any change made on it: persons R 0.878 P 0.940 (90 persons), mentions
    # R 0.881 P 0.937 (118); a given name and an ordinary family name that report, foreign
    # names, a list's item made whole: persons R 0.933 P 0.955, mentions R 0.941 P 0.949
    Sample(
        "persons_recall_dev_8",
        drawn=Drawn(articles=15, international=5, many_persons=4),
        floor=Floor(
            persons_recall=0.93,
            persons_precision=0.95,
            mentions_recall=0.94,
            mentions_precision=0.94,
        ),
        apart_from=frozenset({OTHER_FOLDERS}),
        pool=True,
    ),
    # The ninth sample (``persons_recall_dev_9.jsonl``): 15 others, drawn with another seed from
    # 249 articles no fixture held (``recall_dev_9/pool.jsonl``), read the same way.
    # scored before any change made on it: persons R 0.891 P 1.000 (64 persons), mentions
    # R 0.904 P 1.000 (83); a film's credits, a name of three words run together: all found
    Sample(
        "persons_recall_dev_9",
        drawn=Drawn(articles=15, international=5, many_persons=3),
        floor=Floor(
            persons_recall=0.98,
            persons_precision=0.99,
            mentions_recall=0.98,
            mentions_precision=0.99,
        ),
        apart_from=frozenset({OTHER_FOLDERS}),
        pool=True,
    ),
    # The tenth sample (``persons_recall_dev_10.jsonl``): 15 others, drawn with another seed from
    # the 819 articles no fixture held at a0ed287 (``recall_dev_10/pool.jsonl``), read the same way.
    # scored before any change made on it: persons R 0.882 P 0.984 (68 persons), mentions
    # R 0.882 P 0.987 (85); a list's name whose given name is a word too, a family name read
    # as a body: persons R 0.897 P 0.984, mentions R 0.906 P 0.987
    Sample(
        "persons_recall_dev_10",
        drawn=Drawn(articles=15, international=4, many_persons=4),
        floor=Floor(
            persons_recall=0.89,
            persons_precision=0.98,
            mentions_recall=0.90,
            mentions_precision=0.98,
        ),
        apart_from=frozenset({OTHER_FOLDERS}),
        pool=True,
    ),
    # The eleventh sample (``persons_recall_dev_11.jsonl``): 15 others, drawn with another seed
    # from the 380 articles no fixture, sample or gold draw held at d589cc3
    # (``recall_dev_11/pool.jsonl``), read the same way; the pool held one article guessed to be
    # news from abroad and two to name many persons, so the later turns of those slots drew others.
    # scored before any change made on it: persons R 0.667 P 0.933 (21 persons), mentions
    # R 0.667 P 0.889 (36); a name of ordinary words before a post, a known family name after a
    # title, «خان» run into a given name: persons R 0.857 P 0.947, mentions R 0.778 P 0.903; a
    # clan's family name in «بنی»: persons R 0.905 P 0.950, mentions R 0.806 P 0.906
    Sample(
        "persons_recall_dev_11",
        drawn=Drawn(articles=15, international=1, many_persons=2),
        floor=Floor(
            persons_recall=0.90,
            persons_precision=0.95,
            mentions_recall=0.80,
            mentions_precision=0.90,
        ),
        apart_from=frozenset({OTHER_FOLDERS}),
        pool=True,
    ),
    # The twelfth sample (``persons_recall_dev_12.jsonl``): 20 others, drawn with another seed
    # from the 334 articles no fixture, sample or gold draw held at 2ad35a3
    # (``recall_dev_12/pool.jsonl``), read the same way; the pool held no article guessed to be
    # news from abroad or to name many persons, so every turn drew an ordinary one; 18 name none.
    # scored before any change made on it: persons R 0.000 P 1.000 (3 persons), mentions
    # R 0.000 P 1.000 (10); a credited name in guillemets, Arabic given names, the family name
    # alone of a person named with another language's given name: persons R 0.667 P 1.000,
    # mentions R 0.700 P 1.000
    Sample(
        "persons_recall_dev_12",
        drawn=Drawn(articles=20, international=0, outlets=2, many_persons=0),
        floor=Floor(
            persons_recall=0.66,
            persons_precision=1.00,
            mentions_recall=0.70,
            mentions_precision=1.00,
        ),
        apart_from=frozenset({OTHER_FOLDERS}),
        pool=True,
    ),
    # The thirteenth sample (``persons_recall_dev_13.jsonl``): 15 others of 3,000-4,500
    # characters (``draw_recall_dev.py --chars 3000 4500``, slots international, other, ...),
    # from the 29 of that length no fixture, sample or gold draw named at c1338023
    # (``recall_dev_13/pool.jsonl``); 14 name none. scored before any change made on it: persons
    # R 0.000 P 1.000 (1 person, Hafez by his pen name), mentions R 0.000 P 1.000 (1); a poet's
    # pen name beside his poetry: persons R 1.000 P 1.000, mentions R 1.000 P 1.000
    Sample(
        "persons_recall_dev_13",
        drawn=Drawn(articles=15, international=1, outlets=3),
        floor=Floor(
            persons_recall=1.00,
            persons_precision=1.00,
            mentions_recall=1.00,
            mentions_precision=1.00,
        ),
        apart_from=frozenset({GOLD, EARLIER_SAMPLES, OTHER_FOLDERS}),
        pool=True,
    ),
    # The fourteenth (``persons_recall_dev_14.jsonl``): 12 of 3,000-4,500 characters, slots
    # international, many persons, other, from the 539 of that length no article-long sample
    # read (``draw_recall_dev.py --exclude-whole-samples``: the recall samples, the fixture texts
    # and the gold's draws, not the judged samples; ``recall_dev_14/pool.jsonl``); 9 name four
    # persons or more. Scored before any change made on it: persons R 0.681 P 0.959 (69
    # persons), mentions R 0.742 P 0.970 (132); a family name after «دولت» of a person named
    # in full (``surname_mentions._led_by``) finds none of its misses, named there alone; two
    # family names alone joined by «و» (``family_pairs``, «(غلامی و یزدانی)»): persons
    # R 0.710 P 0.961, mentions R 0.758 P 0.971; one player such as a family name alone
    # («بازیکنی مثل دیاباته», ``led_lists``): persons R 0.725, mentions R 0.773
    Sample(
        "persons_recall_dev_14",
        drawn=Drawn(articles=12, international=4, outlets=5, many_persons=4),
        floor=Floor(
            persons_recall=0.72,
            persons_precision=0.96,
            mentions_recall=0.75,
            mentions_precision=0.97,
        ),
        apart_from=frozenset({GOLD, EARLIER_SAMPLES, OTHER_FOLDERS}),
        pool=True,
    ),
    # The fifteenth (``persons_recall_dev_15.jsonl``): 12 more of 3,000-4,500 characters drawn
    # as the fourteenth was, from its pool less its twelve (``recall_dev_15/pool.jsonl``, 527);
    # 4 name four persons or more, one none. Scored before any change made on it: persons
    # R 0.829 P 0.971 (40 persons), mentions R 0.692 P 0.915 (78); a family name alone before
    # «یکی از» and a plural noun of persons (``one_of_persons``), the tagger's after «نزدیکان»:
    # persons R 0.878 P 0.973, mentions R 0.731 P 0.919; «خلیفه حفتر» and his family name
    # alone after it: persons R 0.902 P 0.974, mentions R 0.769 P 0.923
    Sample(
        "persons_recall_dev_15",
        drawn=Drawn(articles=12, international=4, outlets=4, many_persons=4),
        floor=Floor(
            persons_recall=0.90,
            persons_precision=0.97,
            mentions_recall=0.76,
            mentions_precision=0.91,
        ),
        apart_from=frozenset({GOLD, EARLIER_SAMPLES, OTHER_FOLDERS}),
        pool=True,
    ),
    # The sixteenth (``persons_recall_dev_16.jsonl``): 12 more of 3,000-4,500 characters drawn
    # as the fifteenth was, from its pool less its twelve (``recall_dev_16/pool.jsonl``, 515);
    # 5 name four persons or more, one none. Scored before any change made on it: persons
    # R 0.833 P 0.882 (54 persons), mentions R 0.838 P 0.875 (117); a second given name in
    # brackets inside a name (``bracketed_given``), a family name alone not the relative named
    # only as kin (``surname_mentions._one_not_kin``), relatives' Arabic names cut short
    # (``kin_names``): persons R 0.889 P 0.960, mentions R 0.906 P 0.946
    Sample(
        "persons_recall_dev_16",
        drawn=Drawn(articles=12, international=4, outlets=4, many_persons=5),
        floor=Floor(
            persons_recall=0.88,
            persons_precision=0.96,
            mentions_recall=0.90,
            mentions_precision=0.94,
        ),
        apart_from=frozenset({GOLD, EARLIER_SAMPLES, OTHER_FOLDERS}),
        pool=True,
    ),
    # The seventeenth (``persons_recall_dev_17.jsonl``): 12 more of 3,000-4,500 characters drawn
    # as the sixteenth was, from its pool less its twelve (``recall_dev_17/pool.jsonl``, 503);
    # 6 name four persons or more. Scored before any change made on it: persons R 0.906 P 0.941
    # (51 persons), mentions R 0.880 P 0.972 (117); an Arab family name in «الأ» before a post,
    # the title «حجت‌الاسلام‌والمسلمین» run together, a family name and its nisba joined by a
    # ZWNJ before a post, an adjective in «نشین» ending a name: persons R 0.944 P 0.981,
    # mentions R 0.915 P 0.991
    Sample(
        "persons_recall_dev_17",
        drawn=Drawn(articles=12, international=5, outlets=4, many_persons=6),
        floor=Floor(
            persons_recall=0.94,
            persons_precision=0.98,
            mentions_recall=0.91,
            mentions_precision=0.99,
        ),
        apart_from=frozenset({GOLD, EARLIER_SAMPLES, OTHER_FOLDERS}),
        pool=True,
    ),
    # The eighteenth (``persons_recall_dev_18.jsonl``): 12 more of 3,000-4,500 characters drawn
    # as the seventeenth was, from its pool less its twelve (``recall_dev_18/pool.jsonl``, 491);
    # 7 name four persons or more, one none. Scored before any change made on it: persons
    # R 0.905 P 0.913 (102 persons), mentions R 0.926 P 0.921 (189); a relative's rare given
    # name before a comma and a word of kin (``kin_names``), «ابن» and a rare word
    # (``word_opened_names``), «شیخ» between a given and a family name (``sheikh_family``), a
    # family name in «آقا» without it (``name_variants``): persons R 0.933 P 0.925, mentions
    # R 0.958 P 0.933
    Sample(
        "persons_recall_dev_18",
        drawn=Drawn(articles=12, international=4, outlets=4, many_persons=7),
        floor=Floor(
            persons_recall=0.93,
            persons_precision=0.92,
            mentions_recall=0.95,
            mentions_precision=0.93,
        ),
        apart_from=frozenset({GOLD, EARLIER_SAMPLES, OTHER_FOLDERS}),
        pool=True,
    ),
    # The nineteenth (``persons_recall_dev_19.jsonl``): 12 more of 3,000-4,500 characters drawn
    # as the eighteenth was, from its pool less its twelve (``recall_dev_19/pool.jsonl``, 479);
    # 6 name four persons or more. Scored before any change made on it: persons R 0.782
    # P 0.977 (56 persons), mentions R 0.770 P 0.989 (122); a rare family name alone before
    # the post of a body (``posted_surnames``: «زحمات سالاری رئیس سازمان ...», «مرکب از
    # وثیقی کفیل وزارت ...»): persons R 0.836 P 0.979, mentions R 0.803 P 0.990; after
    # «کسانی»، «افرادی» and «چون» a family name's shape that is no word, a given name and an
    # ordinary word, a listed family name beside one named in full (``led_lists``: «افرادی
    # چون آغاجری», «مرتضی مبلغ», «کسانی چون مبلغ، صفری و ...»): persons R 0.891 P 0.980,
    # mentions R 0.902 P 0.991
    Sample(
        "persons_recall_dev_19",
        drawn=Drawn(articles=12, international=4, outlets=4, many_persons=6),
        floor=Floor(
            persons_recall=0.89,
            persons_precision=0.98,
            mentions_recall=0.90,
            mentions_precision=0.99,
        ),
        apart_from=frozenset({GOLD, EARLIER_SAMPLES, OTHER_FOLDERS}),
        pool=True,
    ),
    # The twentieth (``persons_recall_dev_20.jsonl``): 12 more of 3,000-4,500 characters drawn
    # as the nineteenth was, from its pool less its twelve and one article a quotes-recall
    # sample read since (``recall_dev_20/pool.jsonl``, 466); 7 name four persons or more.
    # Scored before any change made on it: persons R 0.754 P 0.979 (61 persons), mentions
    # R 0.785 P 0.990 (121); 12 of the 15 persons missed are named by family name alone or
    # given name alone, never in full (six Uzbek and Serbian footballers in one match report);
    # «عقیده» (opinion) opening no name (``no_name_edges.tsv``: «به عقیده العبادی»): persons
    # R 0.754 P 1.000, mentions R 0.793 P 1.000
    Sample(
        "persons_recall_dev_20",
        drawn=Drawn(articles=12, international=4, outlets=4, many_persons=7),
        floor=Floor(
            persons_recall=0.75,
            persons_precision=1.0,
            mentions_recall=0.79,
            mentions_precision=1.0,
        ),
        apart_from=frozenset({GOLD, EARLIER_SAMPLES, OTHER_FOLDERS}),
        pool=True,
    ),
    # The twenty-first (``persons_recall_dev_21.jsonl``): 12 more of 3,000-4,500 characters drawn
    # as the twentieth was, from its pool less its twelve and the ten a quotes-recall sample read
    # since (``recall_dev_21/pool.jsonl``, 444); 5 name four persons or more, one of them 98 (a
    # list of artists, athletes and politicians). Scored before any change made on it: persons
    # R 0.949 P 1.000 (136 persons), mentions R 0.952 P 1.000 (187); a head of Iran's state
    # or branches whose family name is a word after «آقای», a head of government's after
    # «دولت» or «کابینه» (``word_figures``: «آقای قالیباف», «دولت روحانی»), given names the
    # lists lacked («نادره», «گلاب», «رون»): persons R 0.985 P 1.000, mentions R 0.979
    # P 1.000
    Sample(
        "persons_recall_dev_21",
        drawn=Drawn(articles=12, international=5, outlets=4, many_persons=5),
        floor=Floor(
            persons_recall=0.98,
            persons_precision=1.0,
            mentions_recall=0.97,
            mentions_precision=1.0,
        ),
        apart_from=frozenset({GOLD, EARLIER_SAMPLES, OTHER_FOLDERS}),
        pool=True,
    ),
    # The twenty-second (``persons_recall_dev_22.jsonl``): 15 shorter ones, of 1,200-3,000
    # characters, drawn as the twenty-first was otherwise (``recall_dev_22/pool.jsonl``, 1,220
    # that no sample read whole); 4 name four persons or more. Scored before any change made on
    # it: persons R 0.951 P 0.975 (40 persons), mentions R 0.941 P 0.976 (85); since: 1.000 /
    # 1.000 and 1.000 / 1.000 (Saddam and «بن سلمان» alone, «ماشاءالله», «| زمانی که»)
    Sample(
        "persons_recall_dev_22",
        drawn=Drawn(articles=15, international=5, outlets=4, many_persons=4),
        floor=Floor(
            persons_recall=1.0,
            persons_precision=1.0,
            mentions_recall=1.0,
            mentions_precision=1.0,
        ),
        apart_from=frozenset({GOLD, EARLIER_SAMPLES, OTHER_FOLDERS}),
        pool=True,
    ),
    # The twenty-third (``persons_recall_dev_23.jsonl``): 12 of 1,200-3,000 characters, drawn as
    # the twenty-second was (``recall_dev_23/pool.jsonl``, 1,194 that no sample read whole); 4
    # name four persons or more, one 25 (a concert's players). Scored before any change made on
    # it: persons R 0.857 P 0.960 (56 persons), mentions R 0.887 P 0.966 (97); since: 0.929 /
    # 0.963 and 0.938 / 0.968 («گانتز» alone, list items before a bracketed aside)
    Sample(
        "persons_recall_dev_23",
        drawn=Drawn(articles=12, international=7, outlets=4, many_persons=4),
        floor=Floor(
            persons_recall=0.92,
            persons_precision=0.96,
            mentions_recall=0.93,
            mentions_precision=0.96,
        ),
        apart_from=frozenset({GOLD, EARLIER_SAMPLES, OTHER_FOLDERS}),
        pool=True,
    ),
    # The twenty-fourth (``persons_recall_dev_24.jsonl``): 12 of 1,200-3,000 characters, drawn as
    # the twenty-third was (``recall_dev_24/pool.jsonl``, 1,182 that no sample read whole); 5
    # name four persons or more, one 12 (a calligraphy show's artists and a sheikh's forefathers),
    # two no one. Scored before any change made on it: persons R 0.936 P 0.978 (45 persons),
    # mentions R 0.920 P 0.972 (75); since: 0.979 / 0.979 and 0.987 / 0.987 («هری», «دولت
    # قوام», a name written again beside a word of kin or after the same title)
    Sample(
        "persons_recall_dev_24",
        drawn=Drawn(articles=12, international=5, outlets=4, many_persons=5),
        floor=Floor(
            persons_recall=0.97,
            persons_precision=0.97,
            mentions_recall=0.98,
            mentions_precision=0.98,
        ),
        apart_from=frozenset({GOLD, EARLIER_SAMPLES, OTHER_FOLDERS}),
        pool=True,
    ),
    # The twenty-fifth (``persons_recall_dev_25.jsonl``): 12 of 1,200-3,000 characters, drawn as
    # the twenty-fourth was (``recall_dev_25/pool.jsonl``, 1,170 that no sample read whole); 2
    # name four persons or more, one 12 (a film's director, cast and crew). Scored before any
    # change made on it: persons R 0.846 P 1.000 (39 persons), mentions R 0.880 P 0.986 (83);
    # since: 0.923 / 1.000 and 0.916 / 1.000 (a cast's «عنایت بخشی», «(ابورحمه 27 ساله)»,
    # «جریان صدر» a body)
    Sample(
        "persons_recall_dev_25",
        drawn=Drawn(articles=12, international=5, outlets=4, many_persons=2),
        floor=Floor(
            persons_recall=0.92,
            persons_precision=1.0,
            mentions_recall=0.91,
            mentions_precision=1.0,
        ),
        apart_from=frozenset({GOLD, EARLIER_SAMPLES, OTHER_FOLDERS}),
        pool=True,
    ),
    # The twenty-sixth (``persons_recall_dev_26.jsonl``): 12 of 1,200-3,000 characters, drawn as
    # the twenty-fifth was (``recall_dev_26/pool.jsonl``, 1,158 that no sample read whole); 7
    # name four persons or more. Scored before any change made on it: persons R 0.860 P 0.961
    # (57 persons), mentions R 0.917 P 0.917 (109); since: 0.895 / 0.981 and 0.945 / 0.981
    # («گانتس», «لحود», «کنیث»; «فیروز صفه», a futsal club, no person)
    Sample(
        "persons_recall_dev_26",
        drawn=Drawn(articles=12, international=7, outlets=4, many_persons=7),
        floor=Floor(
            persons_recall=0.89,
            persons_precision=0.98,
            mentions_recall=0.94,
            mentions_precision=0.98,
        ),
        apart_from=frozenset({GOLD, EARLIER_SAMPLES, OTHER_FOLDERS}),
        pool=True,
    ),
    # The twenty-seventh (``persons_recall_dev_27.jsonl``): 12 of 1,200-3,000 characters, drawn
    # as the twenty-sixth was (``recall_dev_27/pool.jsonl``, 1,146 that no sample read whole); 6
    # name four persons or more, one 14 (the judges of a Quran contest). Scored before any change
    # made on it: persons R 0.886 P 0.929 (44 persons), mentions R 0.901 P 0.953 (91); since:
    # 0.909 / 0.952 and 0.912 / 0.965 («اگنس» a given name; «یدیعوت» alone a newspaper)
    Sample(
        "persons_recall_dev_27",
        drawn=Drawn(articles=12, international=6, outlets=4, many_persons=6),
        floor=Floor(
            persons_recall=0.90,
            persons_precision=0.95,
            mentions_recall=0.91,
            mentions_precision=0.96,
        ),
        apart_from=frozenset({GOLD, EARLIER_SAMPLES, OTHER_FOLDERS}),
        pool=True,
    ),
    # The twenty-eighth (``persons_recall_dev_28.jsonl``): 12 of 1,200-3,000 characters, drawn
    # as the twenty-seventh was (``recall_dev_28/pool.jsonl``, 1,134 that no sample read
    # whole); 5 name four persons or more, one 7 (a bank's trial). Scored before any change
    # made on it: persons R 0.837 P 0.976 (45 persons), mentions R 0.860 P 0.974 (86); since:
    # 0.854 / 1.000 and 0.884 / 1.000 («اسداله» and «اسدالله» one judge's given name; «بندر بن
    # سلطان» a listed figure, no port)
    Sample(
        "persons_recall_dev_28",
        drawn=Drawn(articles=12, international=4, outlets=4, many_persons=5),
        floor=Floor(
            persons_recall=0.85,
            persons_precision=1.0,
            mentions_recall=0.88,
            mentions_precision=1.0,
        ),
        apart_from=frozenset({GOLD, EARLIER_SAMPLES, OTHER_FOLDERS}),
        pool=True,
    ),
    # The twenty-ninth (``persons_recall_dev_29.jsonl``): 12 of 1,200-3,000 characters, drawn
    # as the twenty-eighth was (``recall_dev_29/pool.jsonl``, 1,122 that no sample read
    # whole); 7 name four persons or more, one 24 (an election's second rounds). Scored before
    # any change made on it: persons R 0.890 P 0.942 (72 persons), mentions R 0.844 P 0.942
    # (96); since: 0.932 / 0.958 and 0.875 / 0.955 (two rare words after a full name and «و»,
    # «نسیب خویخزی»; a name that ends in a given name before a family name is two, «علی شامی
    # | بهنام صفایی»)
    Sample(
        "persons_recall_dev_29",
        drawn=Drawn(articles=12, international=4, outlets=4, many_persons=7),
        floor=Floor(
            persons_recall=0.93,
            persons_precision=0.95,
            mentions_recall=0.87,
            mentions_precision=0.95,
        ),
        apart_from=frozenset({GOLD, EARLIER_SAMPLES, OTHER_FOLDERS}),
        pool=True,
    ),
    # The thirtieth (``persons_recall_dev_30.jsonl``): 12 of 1,200-3,000 characters, drawn as
    # the twenty-ninth was (``recall_dev_30/pool.jsonl``, 1,110 that no sample read whole); 5
    # name four persons or more, one 31 (a volleyball league's week), one 27 (Oscar
    # predictions). Scored before any change made on it: persons R 0.770 P 0.931 (87
    # persons), mentions R 0.800 P 0.936 (110); since: 0.862 / 0.938 and 0.873 / 0.941 (a
    # name in quotes before «برای بازی در فیلم» in a list of such names, «دان چیدل»)
    Sample(
        "persons_recall_dev_30",
        drawn=Drawn(articles=12, international=5, outlets=4, many_persons=5),
        floor=Floor(
            persons_recall=0.86,
            persons_precision=0.93,
            mentions_recall=0.87,
            mentions_precision=0.94,
        ),
        apart_from=frozenset({GOLD, EARLIER_SAMPLES, OTHER_FOLDERS}),
        pool=True,
    ),
    # The thirty-first (``persons_recall_dev_31.jsonl``): 12 of 1,200-3,000 characters, drawn
    # as the thirtieth was (``recall_dev_31/pool.jsonl``, 1,082 that no sample read whole); 5
    # name four persons or more, one none (an airline's statement). Scored before any change:
    # persons R 0.763 P 0.879 (37 persons), mentions R 0.763 P 0.807 (93); since: 0.763 /
    # 0.935 and 0.785 / 0.869 («پور» written apart after a full name, «قادر مولان پور»)
    Sample(
        "persons_recall_dev_31",
        drawn=Drawn(articles=12, international=5, outlets=4, many_persons=5),
        floor=Floor(
            persons_recall=0.76,
            persons_precision=0.93,
            mentions_recall=0.78,
            mentions_precision=0.86,
        ),
        apart_from=frozenset({GOLD, EARLIER_SAMPLES, OTHER_FOLDERS}),
        pool=True,
    ),
    # The thirty-second (``persons_recall_dev_32.jsonl``): 12 of 1,200-3,000 characters, drawn
    # as the thirty-first was (``recall_dev_32/pool.jsonl``, 1,062 that no sample read whole);
    # 2 name four persons or more (a film's crew, 10; eight US candidates' wealth, 8). Scored
    # before any change: persons R 0.806 P 0.935 (36 persons), mentions R 0.784 P 0.951 (74);
    # since: 0.861 / 1.000 and 0.838 / 0.969 («مالک» ending a name before the thing owned,
    # «آقای بلومبرگ | مالک شرکت»; a film studio, «مارول استودیوز»; «الیوت», «پیت» as given names)
    Sample(
        "persons_recall_dev_32",
        drawn=Drawn(articles=12, international=6, outlets=4, many_persons=2),
        floor=Floor(
            persons_recall=0.86,
            persons_precision=1.0,
            mentions_recall=0.83,
            mentions_precision=0.96,
        ),
        apart_from=frozenset({GOLD, EARLIER_SAMPLES, OTHER_FOLDERS}),
        pool=True,
    ),
    # The thirty-third (``persons_recall_dev_33.jsonl``): 8 of 3,000-6,000 characters, drawn as
    # the thirty-first was (``recall_dev_33/pool.jsonl``, 657 of that length that no sample read
    # whole); 6 name four persons or more, one 34 (poets and writers dropped from schoolbooks).
    # Scored before any change: persons R 0.805 P 1.000 (76 persons), mentions R 0.842 P 0.975
    # (139); since: 0.844 / 1.000 and 0.863 / 0.976 (a two-word item between two full names of
    # a list, «کامور بخشایش», «نظام وفا»; «وزیرمختار» a post, «"چارل کالمر هارت" وزیرمختار»)
    Sample(
        "persons_recall_dev_33",
        drawn=Drawn(articles=8, international=4, outlets=4, many_persons=6),
        floor=Floor(
            persons_recall=0.84,
            persons_precision=1.0,
            mentions_recall=0.86,
            mentions_precision=0.97,
        ),
        apart_from=frozenset({GOLD, EARLIER_SAMPLES, OTHER_FOLDERS}),
        pool=True,
    ),
    # The thirty-fourth (``persons_recall_dev_34.jsonl``): 12 of 1,200-3,000 characters, drawn
    # as the thirty-second was (``recall_dev_34/pool.jsonl``, 1,050 that no sample read whole,
    # the thirty-third's drawn beside it left out too); 4 name four persons or more (a list of
    # thirty candidates, 30; a film's cast and crew, 20; a federation's candidates, 19), two
    # none. Scored before any change: persons R 0.929 P 0.988 (85 persons), mentions R 0.926
    # P 0.990 (108); since: 0.953 / 1.000 and 0.954 / 1.000 («کارن» and «فرانکو» given names;
    # a head of government's family name after «ریاست جمهوری», «احمدی نژاد»)
    Sample(
        "persons_recall_dev_34",
        drawn=Drawn(articles=12, international=5, outlets=4, many_persons=4),
        floor=Floor(
            persons_recall=0.95,
            persons_precision=1.0,
            mentions_recall=0.95,
            mentions_precision=1.0,
        ),
        apart_from=frozenset({GOLD, EARLIER_SAMPLES, OTHER_FOLDERS}),
        pool=True,
    ),
    # The thirty-fifth (``persons_recall_dev_35.jsonl``): 12 of 1,200-3,000 characters, drawn
    # as the thirty-fourth was (``recall_dev_35/pool.jsonl``, 1,023 that no sample read
    # whole); 4 name four persons or more (a wrestling report, 21; nine members of Congress and
    # those they write to, 12; a futsal team, 11; Iraq's politicians, 7), three none. Scored
    # before any change: persons R 0.915 P 0.982 (59 persons), mentions R 0.942 P 0.988 (86);
    # since: 0.966 / 1.000 and 0.977 / 1.000 («مغلوب» opens no name; a bout's opponent before
    # «دارنده مدال», after «مغلوب», «مصاف با» or the round, «در دیدار پایانی»)
    Sample(
        "persons_recall_dev_35",
        drawn=Drawn(articles=12, international=6, outlets=4, many_persons=4),
        floor=Floor(
            persons_recall=0.96,
            persons_precision=1.0,
            mentions_recall=0.97,
            mentions_precision=1.0,
        ),
        apart_from=frozenset({GOLD, EARLIER_SAMPLES, OTHER_FOLDERS}),
        pool=True,
    ),
    # The thirty-sixth (``persons_recall_dev_36.jsonl``): 8 of 3,000-6,000 characters, drawn as
    # the thirty-third was (``recall_dev_36/pool.jsonl``, 644 that no sample read whole); 5 name
    # four persons or more, one none (an advertisement). Scored before any change: persons R
    # 0.861 P 0.969 (35 persons), mentions R 0.887 P 0.984 (71); since: 1.000 / 0.973 and
    # 1.000 / 0.986 (three pen names joined in a list the poets; a family name alone in
    # guillemets after «سناتور»; «رکس» a given name)
    Sample(
        "persons_recall_dev_36",
        drawn=Drawn(articles=8, international=4, outlets=4, many_persons=5),
        floor=Floor(
            persons_recall=1.0,
            persons_precision=0.97,
            mentions_recall=1.0,
            mentions_precision=0.98,
        ),
        apart_from=frozenset({GOLD, EARLIER_SAMPLES, OTHER_FOLDERS}),
        pool=True,
    ),
    # The thirty-seventh (``persons_recall_dev_37.jsonl``): 12 of 1,200-3,000 characters, drawn
    # as the thirty-fifth was (``recall_dev_37/pool.jsonl``, 1,011 that no sample read whole);
    # 3 name four persons or more (a football club's players, 7; a shrine's mourning, 5; an
    # MP's letter, 4), three none. Scored before any change: persons R 0.960 P 0.960 (25
    # persons), mentions R 0.913 P 0.977 (46); since: 0.960 / 0.960 and 0.957 / 0.978 (a
    # family name alone before «که» and a reporting verb past the clause; a name run into
    # «نماینده» after it kept with the tagger)
    Sample(
        "persons_recall_dev_37",
        drawn=Drawn(articles=12, international=7, outlets=4, many_persons=3),
        floor=Floor(
            persons_recall=0.96,
            persons_precision=0.96,
            mentions_recall=0.95,
            mentions_precision=0.97,
        ),
        apart_from=frozenset({GOLD, EARLIER_SAMPLES, OTHER_FOLDERS}),
        pool=True,
    ),
    # The thirty-eighth (``persons_recall_dev_38.jsonl``): 8 of 3,000-6,000 characters, drawn
    # as the thirty-sixth was (``recall_dev_38/pool.jsonl``, 636 that no sample read whole); 7
    # name four persons or more, one none (the stock exchange's day). Scored before any
    # change: persons R 0.862 P 0.966 (62 persons), mentions R 0.864 P 0.964 (125); since:
    # 0.938 / 1.000 and 0.944 / 0.975 (a list «آقایان» heads runs over a person found in it
    # and a family name named in full; «دولت‌های نهم و دهم احمدی‌نژاد»; «هجری» opens no name)
    Sample(
        "persons_recall_dev_38",
        drawn=Drawn(articles=8, international=2, outlets=4, many_persons=7),
        floor=Floor(
            persons_recall=0.93,
            persons_precision=1.0,
            mentions_recall=0.94,
            mentions_precision=0.97,
        ),
        apart_from=frozenset({GOLD, EARLIER_SAMPLES, OTHER_FOLDERS}),
        pool=True,
    ),
    # The thirty-ninth (``persons_recall_dev_39.jsonl``): 12 of 1,200-3,000 characters, drawn
    # as the thirty-seventh was (``recall_dev_39/pool.jsonl``, 992 that no sample read whole);
    # 4 name four persons or more (Ardabil's officials at Arbaeen, 13; the State Department's
    # spokeswoman, 6; a memoir unveiled, 5; a day of economic history, 4), every one a person.
    # Scored before any change: persons R 0.946 P 1.000 (37 persons), mentions R 0.962
    # P 1.000 (53); no rule since (two officials in a list whose given names are common words,
    # «شهامت هدایت», «امید قیامی», missed)
    Sample(
        "persons_recall_dev_39",
        drawn=Drawn(articles=12, international=5, outlets=4, many_persons=4),
        floor=Floor(
            persons_recall=0.94,
            persons_precision=1.0,
            mentions_recall=0.96,
            mentions_precision=1.0,
        ),
        apart_from=frozenset({GOLD, EARLIER_SAMPLES, OTHER_FOLDERS}),
        pool=True,
    ),
    # The fortieth (``persons_recall_dev_40.jsonl``): 12 of 1,200-3,000 characters, drawn as
    # the thirty-ninth was (``recall_dev_40/pool.jsonl``, 974 that no sample read whole); 4
    # name four persons or more (21 MPs' letter, 23; a theatre's four plays, 15; a biosensor's
    # makers, 5; the «deal of the century», 5), one none. Scored before any change: persons
    # R 0.933 P 1.000 (60 persons), mentions R 0.897 P 1.000 (87); since: 0.933 / 1.000 and
    # 0.931 / 1.000 (the last word of a family name of two after a listed given name names
    # him alone: «محمد توفیق علاوی» ... «مکلف شدن علاوی»)
    Sample(
        "persons_recall_dev_40",
        drawn=Drawn(articles=12, international=3, outlets=4, many_persons=4),
        floor=Floor(
            persons_recall=0.93,
            persons_precision=1.0,
            mentions_recall=0.93,
            mentions_precision=1.0,
        ),
        apart_from=frozenset({GOLD, EARLIER_SAMPLES, OTHER_FOLDERS}),
        pool=True,
    ),
    # The forty-first (``persons_recall_dev_41.jsonl``): 8 of 3,000-6,000 characters, drawn as
    # the thirty-eighth was (``recall_dev_41/pool.jsonl``, 623 that no sample read whole); 6
    # name four persons or more, one none (the inheritance tax law). Scored before any change:
    # persons R 0.880 P 1.000 (50 persons), mentions R 0.859 P 1.000 (92); since: 0.900 /
    # 1.000 and 0.891 / 1.000 (a family name that is a post, after a given name once and then
    # opening two reports alone: «علیرضا دبیر» ... «دبیر گفت:»)
    Sample(
        "persons_recall_dev_41",
        drawn=Drawn(articles=8, international=4, outlets=3, many_persons=6),
        floor=Floor(
            persons_recall=0.9,
            persons_precision=1.0,
            mentions_recall=0.89,
            mentions_precision=1.0,
        ),
        apart_from=frozenset({GOLD, EARLIER_SAMPLES, OTHER_FOLDERS}),
        pool=True,
    ),
    # The forty-second (``persons_recall_dev_42.jsonl``): 12 of 1,200-3,000 characters, drawn
    # as the fortieth was (``recall_dev_42/pool.jsonl``, 957 that no sample read whole); 2
    # name four persons or more (a murdered doctor's trial, 6; Amol's kung fu fighters, 5),
    # one none (US strikes in Iraq). Scored before any change: persons R 0.815 P 1.000 (27
    # persons), mentions R 0.906 P 1.000 (53); no rule since (each miss a kind of its own:
    # «سجاد (متهم اصلی)», «شهریاری، بازپرس ...», «سحرقاضی حسینی», «چی‌مون‌شیک»)
    Sample(
        "persons_recall_dev_42",
        drawn=Drawn(articles=12, international=5, outlets=3, many_persons=2),
        floor=Floor(
            persons_recall=0.81,
            persons_precision=1.0,
            mentions_recall=0.9,
            mentions_precision=1.0,
        ),
        apart_from=frozenset({GOLD, EARLIER_SAMPLES, OTHER_FOLDERS}),
        pool=True,
    ),
    # The forty-third (``persons_recall_dev_43.jsonl``): 8 of 3,000-6,000 characters, drawn as
    # the forty-first was (``recall_dev_43/pool.jsonl``, 610 that no sample read whole); 5
    # name four persons or more (a film's review and credits, 18; the festival's asides, 10),
    # one none (the exchange rates). Scored before any change: persons R 0.849 P 0.865 (53
    # persons), mentions R 0.839 P 0.796 (93); since: 0.849 / 0.900 and 0.839 / 0.867 (a
    # tweet, «توئیت سفیر چین», and Sochi, «توافقنامه سوچی», alone name no one)
    Sample(
        "persons_recall_dev_43",
        drawn=Drawn(articles=8, international=4, outlets=3, many_persons=5),
        floor=Floor(
            persons_recall=0.84,
            persons_precision=0.9,
            mentions_recall=0.83,
            mentions_precision=0.86,
        ),
        apart_from=frozenset({GOLD, EARLIER_SAMPLES, OTHER_FOLDERS}),
        pool=True,
    ),
    # The forty-fourth (``persons_recall_dev_44.jsonl``): 12 of 1,200-3,000 characters, drawn
    # as the forty-second was (``recall_dev_44/pool.jsonl``, 937 that no sample read whole); 3
    # name four persons or more (Tehran's librarians on Gaza, 9; Pompeo on aid to Iran, 5;
    # Mahathir's resignation, 4), three none. Scored before any change: persons R 0.926 P 0.862
    # (27 persons), mentions R 0.950 P 0.934 (60); the false: Malaysia's king cut in two at his
    # father's name («سلطان عبدالله سلطان احمد شاه»), a shrine's saint («بقعه پیر قطب‌الدین
    # صفوی»), a nisba run into a given name in a slogan («عبدالله اردنی»)
    Sample(
        "persons_recall_dev_44",
        drawn=Drawn(articles=12, international=6, outlets=3, many_persons=3),
        floor=Floor(
            persons_recall=0.92,
            persons_precision=0.86,
            mentions_recall=0.95,
            mentions_precision=0.93,
        ),
        apart_from=frozenset({GOLD, EARLIER_SAMPLES, OTHER_FOLDERS}),
        pool=True,
    ),
    # The forty-sixth (``persons_recall_dev_46.jsonl``): 8 of 3,000-6,000 characters, drawn as
    # the forty-third was (``recall_dev_46/pool.jsonl``, 596 that no sample read whole); 7 name
    # four persons or more (a Champions League preview, 10; an economic history of 1 Khordad,
    # 9; Wehner in the Atlantic on Trump, 8), one none (class gaps). Scored before any change:
    # persons R 0.833 P 1.000 (48 persons), mentions R 0.892 P 1.000 (93); since: 0.875 /
    # 1.000 and 0.914 / 1.000 (Reza Shah by «رضاخان» or «رضاشاه» alone and Ahmad Shah Qajar by
    # his full name are figures of history)
    Sample(
        "persons_recall_dev_46",
        drawn=Drawn(articles=8, international=2, outlets=3, many_persons=7),
        floor=Floor(
            persons_recall=0.87,
            persons_precision=1.0,
            mentions_recall=0.91,
            mentions_precision=1.0,
        ),
        apart_from=frozenset({GOLD, EARLIER_SAMPLES, OTHER_FOLDERS}),
        pool=True,
    ),
    # The forty-fifth (``persons_recall_dev_45.jsonl``): 12 of 1,200-3,000 characters, drawn
    # as the forty-fourth was (``recall_dev_45/pool.jsonl``, 919 that no sample read whole); 3
    # name four persons or more (a film's credits, 35; two basketball fives, 10; Netanyahu and
    # bin Salman in al-Akhbar, 4). Scored before any change: persons R 0.938 P 0.968 (64
    # persons), mentions R 0.924 P 0.977 (92); since: 0.953 / 0.984 and 0.946 / 0.989 (an Arab
    # name of lineage takes «آل» and the house's name after it, «محمد بن عبد الرحمان | آل ثانی»)
    Sample(
        "persons_recall_dev_45",
        drawn=Drawn(articles=12, international=5, outlets=3, many_persons=3),
        floor=Floor(
            persons_recall=0.95,
            persons_precision=0.98,
            mentions_recall=0.94,
            mentions_precision=0.98,
        ),
        apart_from=frozenset({GOLD, EARLIER_SAMPLES, OTHER_FOLDERS}),
        pool=True,
    ),
    # The forty-seventh (``persons_recall_dev_47.jsonl``): 8 of 3,000-6,000 characters, drawn
    # as the forty-third was (``recall_dev_47/pool.jsonl``, 588 that no sample read whole); all
    # 8 name four persons or more (the Democrats against Sanders, 8; the volleyball
    # federation's assembly, 7). Scored before any change: persons R 0.905 P 0.974 (42
    # persons), mentions R 0.868 P 0.948 (106); since: 0.905 / 0.974 and 0.877 / 0.949 (a
    # family name that ends a subheading run into the next paragraph's first word, «سندرزدر»)
    Sample(
        "persons_recall_dev_47",
        drawn=Drawn(articles=8, international=4, outlets=3, many_persons=8),
        floor=Floor(
            persons_recall=0.9,
            persons_precision=0.97,
            mentions_recall=0.87,
            mentions_precision=0.94,
        ),
        apart_from=frozenset({GOLD, EARLIER_SAMPLES, OTHER_FOLDERS}),
        pool=True,
    ),
    # The forty-eighth (``persons_recall_dev_48.jsonl``): 5 of 6,000-12,000 characters, drawn as
    # the forty-sixth was (``recall_dev_48/pool.jsonl``, 368 that no sample read whole); 4 name
    # four persons or more (thirty-three economists' signatures, 33; Parsi on Bolton's memoir,
    # 14; an essay on lying, 6; a Middle East roundup, 5). Scored before any change: persons R
    # 0.867 P 0.929 (60 persons), mentions R 0.913 P 0.963 (115); the same since with the tagger
    # (Jared Kushner by «کوشنر» alone a foreign figure, found by the tagger here already)
    Sample(
        "persons_recall_dev_48",
        drawn=Drawn(articles=5, international=2, outlets=2, many_persons=4),
        floor=Floor(
            persons_recall=0.86,
            persons_precision=0.92,
            mentions_recall=0.91,
            mentions_precision=0.96,
        ),
        apart_from=frozenset({GOLD, EARLIER_SAMPLES, OTHER_FOLDERS}),
        pool=True,
    ),
    # The forty-ninth (``persons_recall_dev_49.jsonl``): 12 of 1,200-3,000 characters, drawn
    # as the forty-fifth was (``recall_dev_49/pool.jsonl``, 899 that no sample read whole); 2
    # name four persons or more (the strongmen of «مردان آهنین», 9; Tehran's traffic police
    # chief on Journalists' Day, 4), two none. Scored before any change: persons R 0.857 P
    # 1.000 (28 persons), mentions R 0.917 P 1.000 (48); since: 0.893 / 1.000 and 0.938 /
    # 1.000 (a titled figure the tagger runs into a body with the noun of his deed or thought
    # before him, «منویات مقام معظم رهبری امام خامنه‌ای عزیز», is named there)
    Sample(
        "persons_recall_dev_49",
        drawn=Drawn(articles=12, international=5, outlets=3, many_persons=2),
        floor=Floor(
            persons_recall=0.89,
            persons_precision=1.0,
            mentions_recall=0.93,
            mentions_precision=1.0,
        ),
        apart_from=frozenset({GOLD, EARLIER_SAMPLES, OTHER_FOLDERS}),
        pool=True,
    ),
    # The fiftieth (``persons_recall_dev_50.jsonl``): 8 of 3,000-6,000 characters, drawn as the
    # forty-seventh was (``recall_dev_50/pool.jsonl``, 569 that no sample read whole); none from
    # abroad by the reading, 2 name four persons or more (Houshang Zarif's obituary, 16; MPs on
    # a full quarantine, 8), one none (an advertisement). Scored as drawn: persons R 0.865 P
    # 0.970 (36 persons), mentions R 0.905 P 0.983 (63)
    Sample(
        "persons_recall_dev_50",
        drawn=Drawn(articles=8, international=0, outlets=3, many_persons=2),
        floor=Floor(
            persons_recall=0.86,
            persons_precision=0.96,
            mentions_recall=0.90,
            mentions_precision=0.98,
        ),
        apart_from=frozenset({GOLD, EARLIER_SAMPLES, OTHER_FOLDERS}),
        pool=True,
    ),
]


def apart_from(what: str) -> list[Sample]:
    return [s for s in SAMPLES if what in s.apart_from]


@cache
def read(name: str) -> tuple[dict, ...]:
    return tuple(read_sample(FIXTURES / f"{name}.jsonl"))


def stems_of(sample: Sample) -> set[str]:
    return {Path(g["file"]).stem for g in read(sample.name)}


# samples drawn side by side from the same commit, neither knowing the other's articles
DRAWN_BESIDE = {
    "recall_dev_22": ("quotes_dev_17",),
    "recall_dev_32": ("quotes_dev_26",),
    "recall_dev_33": ("quotes_dev_27",),
    "recall_dev_36": ("quotes_dev_29",),
    "recall_dev_37": ("quotes_dev_30",),
    "recall_dev_39": ("quotes_dev_31",),
    "recall_dev_40": ("quotes_dev_32",),
    "recall_dev_41": ("quotes_dev_33",),
    "recall_dev_44": ("quotes_dev_36",),
    "recall_dev_45": ("quotes_dev_37",),
    "recall_dev_47": ("recall_dev_48", "quotes_dev_39"),
    "recall_dev_49": ("quotes_dev_40",),
    "recall_dev_50": ("quotes_dev_41",),
}


@cache
def texts_outside(folder: str) -> frozenset[str]:
    """The stems of the texts of every folder under ``fixtures`` but ``folder`` and those drawn
    beside it."""
    mine = (folder, *DRAWN_BESIDE.get(folder, ()))
    others = [d for d in FIXTURES.iterdir() if d.is_dir() and d.name not in mine]
    return frozenset(p.stem for d in others for p in d.glob("*.txt"))


def _letters(s: str) -> str:
    # vowel marks (fatha to sukun) and the tatweel dropped, as the repair drops them («ابن
    # فرَاء», «للـه گانی»)
    return s.translate(
        str.maketrans("يكى", "یکی", " \u200c\u0640" + "".join(map(chr, range(0x064B, 0x0653))))
    )


@each_of(SAMPLES)
def test_the_sample_is_read_as_drawn(sample: Sample) -> None:
    records = read(sample.name)
    assert len(records) == sample.drawn.articles
    assert sum(g["international"] for g in records) >= sample.drawn.international


@each_of([s for s in SAMPLES if s.drawn.outlets is not None])
def test_the_sample_is_of_as_many_outlets_as_drawn(sample: Sample) -> None:
    outlets = {s.split("_")[0].split("-")[0] for s in stems_of(sample)}
    assert len(outlets) == sample.drawn.outlets


@each_of([s for s in SAMPLES if s.drawn.many_persons is not None])
def test_the_sample_names_many_persons_as_drawn(sample: Sample) -> None:
    many = sum(len(g["persons"]) >= 4 for g in read(sample.name))
    assert many >= sample.drawn.many_persons


@each_of(apart_from(GOLD))
def test_no_article_of_the_gold_is_in_the_sample(sample: Sample) -> None:
    gold = {p.stem for p in (FIXTURES / "news").glob("*.txt")}
    assert not stems_of(sample) & gold


@each_of(apart_from(EARLIER_SAMPLES))
def test_the_sample_holds_no_article_of_an_earlier_one(sample: Sample) -> None:
    earlier = SAMPLES[: SAMPLES.index(sample)]
    assert not stems_of(sample) & {Path(g["file"]).stem for e in earlier for g in read(e.name)}


@each_of(apart_from(OTHER_FOLDERS))
def test_the_sample_holds_no_text_of_another_folder(sample: Sample) -> None:
    assert not stems_of(sample) & texts_outside(sample.folder)


@each_of([s for s in SAMPLES if s.pool])
def test_the_sample_is_drawn_from_its_pool(sample: Sample) -> None:
    lines = (FIXTURES / sample.folder / "pool.jsonl").read_text(encoding="utf-8").splitlines()
    pool = {json.loads(line)["stem"] for line in lines}
    assert stems_of(sample) <= pool


@each_of(SAMPLES)
def test_every_mention_is_where_it_says(sample: Sample) -> None:
    # scored in the text as read, so that a change of the repair (a ZWNJ restored) moves nothing
    for g in read(sample.name):
        original = (FIXTURES / g["file"]).read_text(encoding="utf-8")
        for person in g["persons"]:
            for m in person["mentions"]:
                start, end = m["original"]
                assert _letters(original[start:end]) == _letters(m["text"]), (g["file"], m)


@each_of(SAMPLES)
def test_recall_and_precision_on_the_sample(sample: Sample) -> None:
    scores = score_sample(list(read(sample.name)), FIXTURES)
    t = total(scores)
    missed = [m for s in scores for m in s.missed]
    assert t.persons.recall >= sample.floor.persons_recall, missed
    assert t.persons.precision >= sample.floor.persons_precision
    assert t.mentions.recall >= sample.floor.mentions_recall, missed
    assert t.mentions.precision >= sample.floor.mentions_precision
