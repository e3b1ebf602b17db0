"""Persons against a sample of the shared news judged by reading each name in its sentence.

``persons_judged.jsonl``: 300 persons drawn (seed 0) from the extraction of 600 articles
drawn with the same seed (``benchmarks/persons_precision.py`` prints the same figures).
``persons_judged_2.jsonl``: 200 more, drawn (seed 1) from the output of the vetoes of frequent
words at a name's edge, in 600 articles drawn with that seed among those that neither the
first draw nor the gold holds, so that names the newer rules and tagger add are judged too;
a name cut short («فرهاد» of «فرهاد آگاهی») is judged false there.
``persons_judged_3.jsonl``: 300 more, drawn (seed 2) from the extraction of all the shared news
by the rules and the tagger, in 600 articles outside the gold and the first two samples,
judged as the second.
``persons_judged_4.jsonl``: 300 more, drawn (seed 3) the same way from a later extraction of all
the shared news, in 600 articles outside the gold and the first three samples, judged as the
second.
``persons_judged_5.jsonl``: 300 more, drawn (seed 4) from 600 articles outside the gold and the
first four samples, extracted again by the rules and the tagger of the day it was drawn, judged
as the second.
``persons_judged_6.jsonl``: 300 more, drawn (seed 5) the same way, outside the gold and the first
five samples.
``persons_judged_7.jsonl``: 300 more, drawn (seed 6) the same way, outside the gold and every
article any other fixture holds (``--exclude-fixtures``).
``persons_judged_8.jsonl``: 300 more, drawn (seed 7) the same way from 495 articles no fixture
held at 36db643, extracted again at 36db643.
``persons_judged_9.jsonl``: 300 more, drawn (seed 9) the same way from 341 articles no fixture
held at 56fc4e7 (nor any other sample drawn beside it), extracted again at 56fc4e7.
``persons_judged_10.jsonl``: 300 more, drawn (seed 10) the same way from 249 articles no fixture
held at 58c4fb9 and no other sample drawn beside it drew from, extracted again at 58c4fb9.
``persons_judged_11.jsonl``: 300 more, drawn (seed 11) the same way from the 758 articles no
fixture held at a0ed287 (600 of them drawn), extracted again at a0ed287.
``persons_judged_12.jsonl``: 211 more, all the persons (seed 12) of the 541 articles no fixture
held after the eleventh (118 of them hold a person), extracted again at 2137115.
``persons_judged_13.jsonl``: 300 more, drawn (seed 13) from 600 articles outside the gold and the
first twelve samples (no article outside every fixture held a person any more), extracted again
at d589cc3.
``persons_judged_14.jsonl``: 300 more, drawn (seed 14) the same way from 600 articles outside the
gold and the first thirteen samples, extracted again at df783a0.
``persons_judged_15.jsonl``: 300 more, drawn (seed 15) the same way from 600 articles outside the
gold and the first fourteen samples, extracted again at b97f2e3.
``persons_judged_16.jsonl``: 300 more, drawn (seed 16) the same way from 600 articles outside the
gold and the first fifteen samples, extracted again at 23a2580.
``persons_judged_17.jsonl``: 300 more, drawn (seed 17) the same way from 600 articles outside the
gold and the first sixteen samples, extracted again at 81e4e19.
``persons_judged_18.jsonl``: 300 more, drawn (seed 18) the same way from 600 articles outside the
gold and the first seventeen samples, extracted again at a57768f.
``persons_judged_19.jsonl``: 300 more, drawn (seed 19) the same way from 600 articles outside the
gold and the first eighteen samples, extracted again at 2ad35a3.
``persons_judged_20.jsonl``: 300 more, drawn (seed 20) the same way from 600 articles outside the
gold and the first nineteen samples, extracted again at 8ba840a.
``persons_judged_21.jsonl``: 189 more, all the persons (seed 21) of 600 articles drawn outside the
gold and the first twenty samples (of 995 left, 115 of the 600 hold a person), extracted again at
715e12f.
``persons_judged_store.jsonl``: 300 persons drawn (seed 2424) from 600 articles of the whole
extraction of the shared news at 47a5463, the gold's articles alone left out; 182 of its 183
articles are in the samples above, so it measures the store as it is, not unseen news.
``persons_judged_store_2.jsonl``: 300 persons drawn (seed 2525) from 600 articles of the whole
extraction of the shared news at 825bc05, the gold's articles and those of the first store sample
left out; 182 of its 184 articles are in the numbered samples above.
``persons_judged_store_3.jsonl``: 300 persons drawn (seed 2626) from 600 articles of the whole
extraction of the shared news at 5da594c, the gold's articles and those of both earlier store
samples left out; 181 of its 187 articles are in the numbered samples above.
``persons_judged_store_4.jsonl``: 300 persons drawn (seed 2727) from 600 articles of the same
extraction at 5da594c, the gold's articles and those of the three earlier store samples left
out; 166 of its 183 articles are in the numbered samples above.
``persons_judged_store_5.jsonl``: 300 persons drawn (seed 2828) from 600 articles of the whole
extraction of the shared news at f2935cd, the gold's articles and those of the four earlier store
samples left out; 154 of its 158 articles are in the numbered samples above.
``persons_judged_store_6.jsonl``: 300 persons drawn (seed 2929) from 600 articles of the same
extraction at f2935cd, the gold's articles and those of the five earlier store samples left out;
192 of its 196 articles are in the numbered samples above.
``persons_judged_store_7.jsonl``: 300 persons drawn (seed 3030) from 600 articles of the whole
extraction of the shared news at 1b8d7e6, the gold's articles and those of the six earlier store
samples left out; 177 of its 185 articles are in the numbered samples above.
``persons_judged_store_8.jsonl``: 300 persons drawn (seed 3131) from 600 articles of the whole
extraction of the shared news at 2a97ad8, the gold's articles and those of the seven earlier store
samples left out; 198 of its 203 articles are in the numbered samples above, and 167 of its lines
repeat a name an earlier sample judged in the same article (every verdict agrees).
``persons_judged_store_9.jsonl``: 300 persons drawn (seed 3232) from 600 articles of the whole
extraction of the shared news at e5ab962, the gold's articles and those of the eight earlier store
samples left out; 177 of its 193 articles are in the numbered samples above, and 139 of its lines
repeat a name an earlier sample judged in the same article (every verdict agrees).
``persons_judged_store_10.jsonl``: 300 persons drawn (seed 4343) from 600 articles of the whole
extraction of the shared news at 0b069e7, the gold's articles and those of the nine earlier store
samples left out; 176 of its 179 articles are in the numbered samples above, and 145 of its lines
repeat a name an earlier sample judged in the same article (every verdict agrees).
``persons_judged_store_11.jsonl``: 300 persons drawn (seed 5454) from 600 articles of the whole
extraction of the shared news at 8054f61, the gold's articles and those of the ten earlier store
samples left out; 189 of its 197 articles are in the numbered samples above, and 151 of its lines
repeat a name an earlier sample judged in the same article (every verdict agrees).
``persons_judged_store_12.jsonl``: 300 persons drawn (seed 6565) from 600 articles of the whole
extraction of the shared news at c133802, the gold's articles and those of the eleven earlier store
samples left out; 171 of its 176 articles are in the numbered samples above, and 164 of its lines
repeat a name an earlier sample judged in the same article (every verdict agrees).
``persons_judged_store_13.jsonl``: 300 persons drawn (seed 7676) from 600 articles of the whole
extraction of the shared news at fc52103, the gold's articles and those of the twelve earlier store
samples left out; 188 of its 198 articles are in the numbered samples above, and 158 of its lines
repeat a name an earlier sample judged in the same article (every verdict agrees).
``persons_judged_store_14.jsonl``: 300 persons drawn (seed 8787) from 600 articles of the whole
extraction of the shared news at 82934099, the gold's articles and those of the thirteen earlier
store samples left out; 185 of its 191 articles are in the numbered samples above, and 197 of its
lines repeat a name an earlier sample judged in the same article (every verdict agrees).
``persons_judged_store_15.jsonl``: 300 persons drawn (seed 9898) from 600 articles of the whole
extraction of the shared news at 7a06a4cf, the gold's articles and those of the fourteen earlier
store samples left out; 181 of its 187 articles are in the numbered samples above, and 182 of its
lines repeat a name an earlier sample judged in the same article (every verdict agrees).
``persons_judged_store_16.jsonl``: 300 persons drawn (seed 10101) from 600 articles of the whole
extraction of the shared news at 6dc4bd32, the gold's articles and those of the fifteen earlier
store samples left out; 186 of its 191 articles are in the numbered samples above, and 178 of its
lines repeat a name an earlier sample judged in the same article (every verdict agrees but one:
«اوربان» of «سرهنگ بیل اوربان», true in the fourth numbered sample, cut short here as the store
samples judge «[جان] مک انتی»).
``persons_judged_store_17.jsonl``: 300 persons drawn (seed 11111) from 600 articles of the whole
extraction of the shared news at 3bced779, the gold's articles and those of the sixteen earlier
store samples left out; 199 of its 206 articles are in the numbered samples above, and 198 of its
lines repeat a name an earlier sample judged in the same article (every verdict agrees).
``persons_judged_store_20.jsonl``: 300 persons drawn (seed 14141) from the 1,271 of 600 articles
of the whole extraction of the shared news at 285f458f that no store sample held (the gold's
articles left out; ``--unjudged``: the earlier store samples' articles may be drawn again, not
their persons), of 145 articles, 142 of them in the earlier store samples and all in the numbered
samples above; 106 of its lines repeat a name a numbered sample judged in the same article
(every verdict agrees).
``persons_judged_store_21.jsonl``: 300 persons drawn (seed 15151) from the 1,100 of 600 articles
of the whole extraction of the shared news at fecde5f2 that no store sample held (the gold's
articles left out; ``--unjudged``, the twenty earlier store samples given), of 145 articles, 138
of them in the earlier store samples and 142 in the numbered samples above; 105 of its lines
repeat a name a numbered sample judged in the same article (every verdict agrees).
``persons_judged_store_22.jsonl``: 300 persons drawn (seed 16161) from the 1,030 of 600 articles
of the whole extraction of the shared news at e42b7716 that no store sample held (the gold's
articles left out; ``--unjudged``, the twenty-one earlier store samples given), of 140 articles,
135 of them in the earlier store samples and 137 in the numbered samples above; 94 of its lines
repeat a name a numbered sample judged in the same article (every verdict agrees).
``persons_judged_store_23.jsonl``: 300 persons drawn (seed 17171) from the 1,154 of 600 articles
of the whole extraction of the shared news at 5cad1a24 that no store sample held (the gold's
articles left out; ``--unjudged``, the twenty-two earlier store samples given), of 138 articles,
135 of them in the earlier store samples and 134 in the numbered samples above; 86 of its lines
repeat a name a numbered sample judged in the same article (every verdict agrees).
``persons_judged_store_24.jsonl``: 300 persons drawn (seed 18181) from the 933 of 600 articles
of the whole extraction of the shared news at 6345936a that no store sample held (the gold's
articles left out; ``--unjudged``, the twenty-three earlier store samples given), of 152 articles,
149 of them in the earlier store samples and all 152 in the numbered samples above; 84 of its
lines repeat a name a numbered sample judged in the same article (every verdict agrees).
``persons_judged_store_25.jsonl``: 300 persons drawn (seed 19191) from the 923 of 600 articles
of the whole extraction of the shared news at 8b42fb92 that no store sample held (the gold's
articles left out; ``--unjudged``, the twenty-four earlier store samples given), of 158 articles,
154 of them in the earlier store samples and 156 in the numbered samples above; 109 of its
lines repeat a name a numbered sample judged in the same article (every verdict agrees).
``persons_judged_store_26.jsonl``: 300 persons drawn (seed 20202) from the 791 of 600 articles
of the whole extraction of the shared news at 8e3c515e that no store sample held (the gold's
articles left out; ``--unjudged``, the twenty-five earlier store samples given), of 141 articles,
139 of them in the earlier store samples and all 141 in the numbered samples above; 87 of its
lines repeat a name a numbered sample judged in the same article (every verdict agrees).
``persons_judged_store_27.jsonl``: 300 persons drawn (seed 21212) from the 848 of 600 articles
of the whole extraction of the shared news at 952c111d that no store sample held (the gold's
articles left out; ``--unjudged``, the twenty-six earlier store samples given), of 144 articles,
139 of them in the earlier store samples and 142 in the numbered samples above; 83 of its
lines repeat a name a numbered sample judged in the same article (every verdict agrees).
``persons_judged_store_28.jsonl``: 300 persons drawn (seed 22222) from the 890 of 600 articles
of the whole extraction of the shared news at 88eb0a33 that no store sample held (the gold's
articles left out; ``--unjudged``, the twenty-seven earlier store samples given), of 156 articles,
153 of them in the earlier store samples and 145 in the numbered samples above; 93 of its
lines repeat a name a numbered sample judged in the same article (every verdict agrees).
``persons_judged_store_29.jsonl``: 300 persons drawn (seed 23232) from the 810 of 600 articles
of the whole extraction of the shared news at 55a130c9 that no store sample held (the gold's
articles left out; ``--unjudged``, the twenty-eight earlier store samples given), of 135 articles,
133 of them in the earlier store samples and all 135 in the numbered samples above; 102 of its
lines repeat a name a numbered sample judged in the same article (every verdict agrees).
``persons_judged_store_30.jsonl``: 300 persons drawn (seed 24242) from the 658 of 600 articles
of the whole extraction of the shared news at af404f4c that no store sample held (the gold's
articles left out; ``--unjudged``, the twenty-nine earlier store samples given), of 137 articles,
133 of them in the earlier store samples and all 137 in the numbered samples above; 81 of its
lines repeat a name a numbered sample judged in the same article (every verdict agrees).
``persons_judged_store_31.jsonl``: 300 persons drawn (seed 25252) from the 681 of 600 articles
of the whole extraction of the shared news at d1e34afe that no store sample held (the gold's
articles left out; ``--unjudged``, the thirty earlier store samples given), of 143 articles,
140 of them in the earlier store samples and 140 in the numbered samples above; 85 of its
lines repeat a name a numbered sample judged in the same article (every verdict agrees).
``persons_judged_store_32.jsonl``: 300 persons drawn (seed 26262) from the extraction of the
shared news at a59fbeae (the gold's articles left out; ``--unjudged``, the thirty-one earlier
store samples given), of 142 articles, 136 of them in the earlier store samples and 129 in the
numbered samples above; 92 of its lines repeat a name a numbered sample judged in the same
article (every verdict agrees).
``persons_judged_store_33.jsonl``: 300 persons drawn (seed 27272) from the extraction of the
shared news at 5a373866 (the gold's articles left out; ``--unjudged``, the thirty-two earlier
store samples given), of 158 articles, 155 of them in the earlier store samples and 155 in the
numbered samples above; 90 of its lines repeat a name a numbered sample judged in the same
article (every verdict agrees)."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from null_draws import ALL_DRAWS
from sample_tables import each_of

from khabar.evaluate_commitments import read_judged
from khabar.evaluate_persons import (
    article_key,
    draw,
    gold_articles,
    judged_articles,
    judged_persons,
    score,
    score_articles,
)
from khabar.evaluate_speakers import stem_of
from khabar.extract.people import person_key

FIXTURES = Path(__file__).parent / "fixtures"


@dataclass(frozen=True)
class Drawn:
    """A sample as drawn: its seed, its persons, the articles they are of (where counted) and
    the precision of the extractor it was drawn from (where recorded)."""

    seed: int
    persons: int
    precision: float | None
    articles: int | None = None


@dataclass(frozen=True)
class Floor:
    """What the extractor must keep on a sample: its precision at least, and at most so many
    true names lost."""

    precision: float
    most_lost_true: int


# samples drawn later that let in the articles the persons samples hold, which judge no
# speaker nor post: the third quotes-without-a-speaker sample (``test_speaker_misses.py``), the
# second bodies sample (``test_body_speakers_2.py``), the second to fourth, the sixth to
# twenty-sixth, the twenty-eighth and the twenty-ninth posts samples (``test_posts_judged.py``)
# and the quotes with no speaker drawn from all the shared news outside the gold
# (``test_null_speakers.py``,
# ``test_null_speakers_2.py``, ``test_null_speakers_3.py``, ``test_null_speakers_4.py``,
# ``test_null_speakers_5.py``, ``test_null_speakers_6.py``, ``test_null_speakers_7.py``), and
# the articles written in other outlets' typography (``typography``, ``test_other_typography.py``),
# which judge nothing: each is held to the facts the extractor gives it as written; and the
# eighth to twenty-third quotes-recall samples' articles (``quotes_dev_8``,
# ``quotes_recall_dev_8.jsonl``, ``quotes_dev_9``, ``quotes_recall_dev_9.jsonl``,
# ``quotes_dev_10``, ``quotes_recall_dev_10.jsonl``, ``quotes_dev_11``,
# ``quotes_recall_dev_11.jsonl``, ``quotes_dev_12``, ``quotes_recall_dev_12.jsonl``,
# ``quotes_dev_13``, ``quotes_recall_dev_13.jsonl``, ``quotes_dev_14``,
# ``quotes_recall_dev_14.jsonl``, ``quotes_dev_15``, ``quotes_recall_dev_15.jsonl``,
# ``quotes_dev_16``, ``quotes_recall_dev_16.jsonl``, ``quotes_dev_17``,
# ``quotes_recall_dev_17.jsonl``, ``quotes_dev_18``, ``quotes_recall_dev_18.jsonl``,
# ``quotes_dev_19``, ``quotes_recall_dev_19.jsonl``, ``quotes_dev_20``,
# ``quotes_recall_dev_20.jsonl``, ``quotes_dev_21``, ``quotes_recall_dev_21.jsonl``,
# ``quotes_dev_22``, ``quotes_recall_dev_22.jsonl``, ``quotes_dev_23``,
# ``quotes_recall_dev_23.jsonl``, ``quotes_dev_24``, ``quotes_recall_dev_24.jsonl``,
# ``quotes_dev_25``, ``quotes_recall_dev_25.jsonl``, ``quotes_dev_26``,
# ``quotes_recall_dev_26.jsonl``, ``quotes_dev_27``, ``quotes_recall_dev_27.jsonl``,
# ``quotes_dev_28``, ``quotes_recall_dev_28.jsonl``, ``quotes_dev_29``,
# ``quotes_recall_dev_29.jsonl``, ``quotes_dev_30``, ``quotes_recall_dev_30.jsonl``,
# ``quotes_dev_31``, ``quotes_recall_dev_31.jsonl``, ``quotes_dev_32``,
# ``quotes_recall_dev_32.jsonl``, ``quotes_dev_33``, ``quotes_recall_dev_33.jsonl``,
# ``quotes_dev_34``, ``quotes_recall_dev_34.jsonl``, ``quotes_dev_35``,
# ``quotes_recall_dev_35.jsonl``, ``quotes_dev_36``, ``quotes_recall_dev_36.jsonl``,
# ``quotes_dev_37``, ``quotes_recall_dev_37.jsonl``, ``quotes_dev_38``,
# ``quotes_recall_dev_38.jsonl``, ``quotes_dev_39``, ``quotes_recall_dev_39.jsonl``,
# ``quotes_dev_40``, ``quotes_recall_dev_40.jsonl``, ``quotes_dev_41``,
# ``quotes_recall_dev_41.jsonl``), read for
# their quotes and speakers, not their persons; and the fourteenth to nineteenth persons-recall
# samples (``test_persons_recall.py``), drawn apart only from the samples that read whole
# articles, which read every person of their articles again; and the fourteenth to twenty-first
# speakers samples (``test_speakers_judged.py``), which judge one quote's speaker in each
LET_IN_LATER = frozenset(
    {
        "speakers_judged_14.jsonl",
        "speakers_judged_15.jsonl",
        "speakers_judged_16.jsonl",
        "speakers_judged_17.jsonl",
        "speakers_judged_18.jsonl",
        "speakers_judged_19.jsonl",
        "speakers_judged_20.jsonl",
        "speakers_judged_21.jsonl",
        "typography",
        "quotes_dev_8",
        "quotes_recall_dev_8.jsonl",
        "quotes_dev_9",
        "quotes_recall_dev_9.jsonl",
        "quotes_dev_10",
        "quotes_recall_dev_10.jsonl",
        "quotes_dev_11",
        "quotes_recall_dev_11.jsonl",
        "quotes_dev_12",
        "quotes_recall_dev_12.jsonl",
        "quotes_dev_13",
        "quotes_recall_dev_13.jsonl",
        "quotes_dev_14",
        "quotes_recall_dev_14.jsonl",
        "quotes_dev_15",
        "quotes_recall_dev_15.jsonl",
        "quotes_dev_16",
        "quotes_recall_dev_16.jsonl",
        "quotes_dev_17",
        "quotes_recall_dev_17.jsonl",
        "quotes_dev_18",
        "quotes_recall_dev_18.jsonl",
        "quotes_dev_19",
        "quotes_recall_dev_19.jsonl",
        "quotes_dev_20",
        "quotes_recall_dev_20.jsonl",
        "quotes_dev_21",
        "quotes_recall_dev_21.jsonl",
        "quotes_dev_22",
        "quotes_recall_dev_22.jsonl",
        "quotes_dev_23",
        "quotes_recall_dev_23.jsonl",
        "quotes_dev_24",
        "quotes_recall_dev_24.jsonl",
        "quotes_dev_25",
        "quotes_recall_dev_25.jsonl",
        "quotes_dev_26",
        "quotes_recall_dev_26.jsonl",
        "quotes_dev_27",
        "quotes_recall_dev_27.jsonl",
        "quotes_dev_28",
        "quotes_recall_dev_28.jsonl",
        "quotes_dev_29",
        "quotes_recall_dev_29.jsonl",
        "quotes_dev_30",
        "quotes_recall_dev_30.jsonl",
        "quotes_dev_31",
        "quotes_recall_dev_31.jsonl",
        "quotes_dev_32",
        "quotes_recall_dev_32.jsonl",
        "quotes_dev_33",
        "quotes_recall_dev_33.jsonl",
        "quotes_dev_34",
        "quotes_recall_dev_34.jsonl",
        "quotes_dev_35",
        "quotes_recall_dev_35.jsonl",
        "quotes_dev_36",
        "quotes_recall_dev_36.jsonl",
        "quotes_dev_37",
        "quotes_recall_dev_37.jsonl",
        "quotes_dev_38",
        "quotes_recall_dev_38.jsonl",
        "quotes_dev_39",
        "quotes_recall_dev_39.jsonl",
        "quotes_dev_40",
        "quotes_recall_dev_40.jsonl",
        "quotes_dev_41",
        "quotes_recall_dev_41.jsonl",
        "recall_dev_14",
        "persons_recall_dev_14.jsonl",
        "recall_dev_15",
        "persons_recall_dev_15.jsonl",
        "recall_dev_16",
        "persons_recall_dev_16.jsonl",
        "recall_dev_17",
        "persons_recall_dev_17.jsonl",
        "recall_dev_18",
        "persons_recall_dev_18.jsonl",
        "recall_dev_19",
        "persons_recall_dev_19.jsonl",
        "recall_dev_20",
        "persons_recall_dev_20.jsonl",
        "recall_dev_21",
        "persons_recall_dev_21.jsonl",
        "recall_dev_22",
        "persons_recall_dev_22.jsonl",
        "recall_dev_23",
        "persons_recall_dev_23.jsonl",
        "recall_dev_24",
        "persons_recall_dev_24.jsonl",
        "recall_dev_25",
        "persons_recall_dev_25.jsonl",
        "recall_dev_26",
        "persons_recall_dev_26.jsonl",
        "recall_dev_27",
        "persons_recall_dev_27.jsonl",
        "recall_dev_28",
        "persons_recall_dev_28.jsonl",
        "recall_dev_29",
        "persons_recall_dev_29.jsonl",
        "recall_dev_30",
        "persons_recall_dev_30.jsonl",
        "recall_dev_31",
        "persons_recall_dev_31.jsonl",
        "recall_dev_32",
        "persons_recall_dev_32.jsonl",
        "recall_dev_33",
        "persons_recall_dev_33.jsonl",
        "recall_dev_34",
        "persons_recall_dev_34.jsonl",
        "recall_dev_35",
        "persons_recall_dev_35.jsonl",
        "recall_dev_36",
        "persons_recall_dev_36.jsonl",
        "recall_dev_37",
        "persons_recall_dev_37.jsonl",
        "recall_dev_38",
        "persons_recall_dev_38.jsonl",
        "recall_dev_39",
        "persons_recall_dev_39.jsonl",
        "recall_dev_40",
        "persons_recall_dev_40.jsonl",
        "recall_dev_41",
        "persons_recall_dev_41.jsonl",
        "recall_dev_42",
        "persons_recall_dev_42.jsonl",
        "recall_dev_43",
        "persons_recall_dev_43.jsonl",
        "recall_dev_44",
        "persons_recall_dev_44.jsonl",
        "recall_dev_45",
        "persons_recall_dev_45.jsonl",
        "recall_dev_46",
        "persons_recall_dev_46.jsonl",
        "recall_dev_47",
        "persons_recall_dev_47.jsonl",
        "recall_dev_48",
        "persons_recall_dev_48.jsonl",
        "recall_dev_49",
        "persons_recall_dev_49.jsonl",
        "recall_dev_50",
        "persons_recall_dev_50.jsonl",
        "speaker_misses_judged_3.jsonl",
        "body_speakers_judged_2.jsonl",
        "posts_judged_2.jsonl",
        "posts_judged_3.jsonl",
        "posts_judged_4.jsonl",
        "posts_judged_6.jsonl",
        "posts_judged_7.jsonl",
        "posts_judged_8.jsonl",
        "posts_judged_9.jsonl",
        "posts_judged_10.jsonl",
        "posts_judged_11.jsonl",
        "posts_judged_12.jsonl",
        "posts_judged_13.jsonl",
        "posts_judged_14.jsonl",
        "posts_judged_15.jsonl",
        "posts_judged_16.jsonl",
        "posts_judged_17.jsonl",
        "posts_judged_18.jsonl",
        "posts_judged_19.jsonl",
        "posts_judged_20.jsonl",
        "posts_judged_21.jsonl",
        "posts_judged_22.jsonl",
        "posts_judged_23.jsonl",
        "posts_judged_24.jsonl",
        "posts_judged_25.jsonl",
        "posts_judged_26.jsonl",
        "posts_judged_27.jsonl",
        "posts_judged_28.jsonl",
        "posts_judged_29.jsonl",
        "posts_judged_30.jsonl",
        "posts_judged_31.jsonl",
        "posts_judged_32.jsonl",
        "posts_judged_33.jsonl",
        "posts_judged_34.jsonl",
        "posts_judged_35.jsonl",
        "posts_judged_36.jsonl",
        "posts_judged_37.jsonl",
        "persons_judged_store.jsonl",
        "persons_judged_store_2.jsonl",
        "persons_judged_store_3.jsonl",
        "persons_judged_store_4.jsonl",
        "persons_judged_store_5.jsonl",
        "persons_judged_store_6.jsonl",
        "persons_judged_store_7.jsonl",
        "persons_judged_store_8.jsonl",
        "persons_judged_store_9.jsonl",
        "persons_judged_store_10.jsonl",
        "persons_judged_store_11.jsonl",
        "persons_judged_store_12.jsonl",
        "persons_judged_store_13.jsonl",
        "persons_judged_store_14.jsonl",
        "persons_judged_store_15.jsonl",
        "persons_judged_store_16.jsonl",
        "persons_judged_store_17.jsonl",
        "persons_judged_store_18.jsonl",
        "persons_judged_store_19.jsonl",
        "persons_judged_store_20.jsonl",
        "persons_judged_store_21.jsonl",
        "persons_judged_store_22.jsonl",
        "persons_judged_store_23.jsonl",
        "persons_judged_store_24.jsonl",
        "persons_judged_store_25.jsonl",
        "persons_judged_store_26.jsonl",
        "persons_judged_store_27.jsonl",
        "persons_judged_store_28.jsonl",
        "persons_judged_store_29.jsonl",
        "persons_judged_store_30.jsonl",
        "persons_judged_store_31.jsonl",
        "persons_judged_store_32.jsonl",
        "persons_judged_store_33.jsonl",
        *ALL_DRAWS,
        "quotes_judged_2.jsonl",
    }
)

# what a sample was drawn outside of, besides the gold's articles
EARLIER_SAMPLES = "the articles of the earlier persons samples"
OTHER_FIXTURES = "the articles of every other fixture but those drawn beside it"
GOLD_ONLY = "the gold's articles alone"


@dataclass(frozen=True)
class Sample:
    """A judged sample: the stem of its file under ``fixtures``, as drawn, why the reader judged
    its false names false (counted), its floor, what it was drawn outside of, the fixtures drawn
    beside it from the same pool (files or folders of texts) and how many articles it shares
    with them."""

    name: str
    drawn: Drawn
    why_false: dict[str, int]
    floor: Floor
    outside: str | None = None
    drawn_beside: frozenset[str] = frozenset()
    shared: int = 0


# drawn the same hour as the seventh, from the same pool: 9 of its articles are in them too
# (and 7 in the pronouns speakers sample, drawn from the same extraction)
SAME_HOUR_7 = frozenset(
    {
        "pronoun_speakers_judged.jsonl",
        "speakers_judged_8.jsonl",
        "persons_recall_dev_6.jsonl",
        "recall_dev_6",
    }
)
# drawn the same hour as the eleventh, from the articles no fixture held at a0ed287: 31 of its
# articles are in the twelfth speakers sample, 1 in the tenth persons-recall sample
SAME_HOUR_11 = frozenset(
    {"speakers_judged_12.jsonl", "persons_recall_dev_10.jsonl", "recall_dev_10"}
)
# drawn the same hour as the twelfth, from the articles no fixture held at a0ed287
SAME_HOUR_12 = frozenset({"speakers_judged_13.jsonl"})

# The judged samples in the order they were drawn. Above each, its precision as drawn and as
# the rules since have raised it.
SAMPLES = [
    # 0.86 (40 false, 3 true lost to the cut context) before the lexicons' vetoes, 0.927 (20
    # false) before the vetoes of frequent words at a name's edge, countries and towns; 0.985
    # (4 false) after the eleventh sample's vetoes («خونریزی» opens no name)
    Sample(
        "persons_judged",
        drawn=Drawn(seed=0, persons=300, precision=None),
        why_false={"no person": 23, "joined": 17, "named after": 2, "holy": 1},
        floor=Floor(precision=0.984, most_lost_true=4),
    ),
    # 0.841 (30 false) as drawn, 0.903 (17) before the vetoes of the third sample, 0.919 (14)
    # after them; 8 true names are found only with the rest of their article
    Sample(
        "persons_judged_2",
        drawn=Drawn(seed=1, persons=200, precision=0.841),
        why_false={"no person": 18, "joined": 9, "cut short": 6},
        floor=Floor(precision=0.915, most_lost_true=8),
    ),
    # 0.857 as drawn (43 false); 0.865 (38 false) extracted again from the contexts before
    # the vetoes of kin, holy blessings, ordinary compounds, light verbs, words said twice,
    # Arabic spellings, nicknames, products, cited outlets, and before a name goes on as the
    # article gives it in full
    Sample(
        "persons_judged_3",
        drawn=Drawn(seed=2, persons=300, precision=0.857),
        why_false={"no person": 15, "joined": 12, "cut short": 9, "named after": 5, "holy": 2},
        floor=Floor(precision=0.97, most_lost_true=14),
        outside=EARLIER_SAMPLES,
    ),
    # 0.877 as drawn (37 false, whole articles); 0.886 (32 false) extracted again from the
    # contexts before the vetoes of Arabic text, places named after someone, family names run
    # into a word, «معروف به», acronyms and citations' places; 0.947 (14 false) after them;
    # 0.958 (11 false) after later rules, the last «یکم» (first), a fund's number; 0.969 (8
    # false) after the eleventh sample's vetoes (a company's name alone, «شیرینی ...»)
    Sample(
        "persons_judged_4",
        drawn=Drawn(seed=3, persons=300, precision=0.877),
        why_false={"no person": 22, "joined": 9, "named after": 4, "cut short": 2},
        floor=Floor(precision=0.968, most_lost_true=14),
        outside=EARLIER_SAMPLES,
    ),
    # 0.893 as drawn (32 false, whole articles); 0.900 (28 false) extracted again from the
    # contexts before the vetoes of places named after someone past an adjective, a post run
    # into its body, a name's spelling in Latin letters, the noun of a compound verb, «به‌»
    # and adverbs before a name; 0.948 (14 false) after them; 0.958 (11 false) after later
    # rules, the eleventh sample's vetoes last
    Sample(
        "persons_judged_5",
        drawn=Drawn(seed=4, persons=300, precision=0.893),
        why_false={"no person": 13, "cut short": 9, "joined": 6, "named after": 4},
        floor=Floor(precision=0.958, most_lost_true=15),
        outside=EARLIER_SAMPLES,
    ),
    # 0.877 as drawn (37 false, whole articles); 0.892 (30 false) extracted again from the
    # contexts before the vetoes of glued ends, verbs, places past a number and of an airline,
    # a verse's words, a plural title, the commonest words before a light verb; 0.947 (14
    # false) after them; 14 true names are found only with the rest of their article, and
    # «علم‌الهدی» is now a mention of «سید احمد علم الهدی» named before it (family_spellings.py);
    # 0.958 (11 false) once a quoted name's first word is taken in («همام صادق دبی‌ات»); 0.965
    # (9 false) once «پناه» written apart finishes a family name («مهدی رسول پناه»)
    Sample(
        "persons_judged_6",
        drawn=Drawn(seed=5, persons=300, precision=0.877),
        why_false={"joined": 13, "no person": 12, "cut short": 8, "named after": 4},
        floor=Floor(precision=0.965, most_lost_true=15),
        outside=EARLIER_SAMPLES,
    ),
    # 0.913 as drawn (26 false, whole articles); 0.924 (22 false) extracted again from the
    # contexts before the vetoes of spoken Persian, things named after someone, blessings,
    # «... به نام» and a lone word after a royal title; 0.947 (15 false) after them; 0.951 (14
    # false) after the eleventh sample's vetoes; 0.954 (13 false) once a name's last word
    # before a post after a comma is taken in; 6 true names are found only with the rest of
    # their article
    Sample(
        "persons_judged_7",
        drawn=Drawn(seed=6, persons=300, precision=0.913),
        why_false={"no person": 17, "cut short": 4, "joined": 3, "named after": 1, "holy": 1},
        floor=Floor(precision=0.953, most_lost_true=6),
        outside=OTHER_FIXTURES,
        drawn_beside=SAME_HOUR_7,
        shared=16,
    ),
    # 0.907 as drawn (28 false, whole articles); 0.920 (23 false) extracted again from the
    # contexts before the vetoes of places' leads, fields of study, participles, «غیره», the
    # country of the news at a name's end, a holy title inside a name, a rule's title inside
    # the tagger's name and before names cut at a spelled initial were mended; 0.940 (17
    # false) after them; 6 true names are found only with the rest of their article
    Sample(
        "persons_judged_8",
        drawn=Drawn(seed=7, persons=300, articles=158, precision=0.907),
        why_false={"no person": 14, "cut short": 6, "joined": 5, "named after": 2, "holy": 1},
        floor=Floor(precision=0.939, most_lost_true=6),
        outside=OTHER_FIXTURES,
    ),
    # 0.873 as drawn (38 false, whole articles); 0.878 (35 false) extracted again from the
    # contexts before a country's adjective at a name's end, a zone's, a base's and a
    # bazaar's names, the Imam of the Age's blessing and names in quotes before an age were
    # read, 0.910 (25 false) after them; 0.913 (24 false) after a verb run into a given name
    # and a role after «به عنوان»; 0.920 (22 false) after a noun of action in «آفرینی» ends
    # no name, 0.923 (21 false) after a plural in «ان» of a frequent word, 0.926 (20 false)
    # after a work's word after the quotes («قطعه‌ای»); 10 true names are found only with the
    # rest of their article
    Sample(
        "persons_judged_9",
        drawn=Drawn(seed=9, persons=300, articles=157, precision=0.873),
        why_false={"no person": 23, "cut short": 10, "joined": 2, "named after": 2, "holy": 1},
        floor=Floor(precision=0.926, most_lost_true=10),
        outside=OTHER_FIXTURES,
    ),
    # 0.860 as drawn (42 false, whole articles); 0.876 (35 false) extracted again from the
    # contexts before «مظاهر», a pronoun written apart, plurals in «گان», perfects, titles
    # with a subtitle or a language, an index, a club's form, factories and silos named after
    # martyrs were read, 0.918 (22 false) after them; 0.922 (21 false) after a work's word
    # after the quotes («قطعه‌ای»), 0.925 (20 false) after «یکم»; 11 true names are found
    # only with the rest of their article
    Sample(
        "persons_judged_10",
        drawn=Drawn(seed=10, persons=300, articles=123, precision=0.860),
        why_false={"no person": 24, "cut short": 7, "joined": 7, "named after": 4},
        floor=Floor(precision=0.925, most_lost_true=11),
        outside=OTHER_FIXTURES,
    ),
    # 0.920 as drawn (24 false, whole articles); 0.928 (20 false) extracted again from the
    # contexts before a kind of thing, a group's word, «لا», «دخت», «پرور» at a name's edge,
    # a spoken word, Arabic «الناس», a martyr's name after a place's town and a company's
    # name alone were read, 0.959 (11 false) after them; 0.966 (9 false) once a name's last
    # word before a post after a comma is taken in; 0.978 (6 false) once «است» run into a
    # short given name is cut off («استرضا کرمی محمدی»); 17 true names are found only with
    # the rest of their article
    Sample(
        "persons_judged_11",
        drawn=Drawn(seed=11, persons=300, articles=135, precision=0.920),
        why_false={"no person": 16, "cut short": 6, "named after": 2},
        floor=Floor(precision=0.977, most_lost_true=17),
        outside=OTHER_FIXTURES,
        drawn_beside=SAME_HOUR_11,
        shared=32,
    ),
    # 0.877 as drawn (26 false, whole articles); 0.904 (19 false) extracted again from the
    # contexts before counted martyrs, a library's name, more kinds of things, ordinary words,
    # «روستای» and ordinals at a name's edge were read, 0.952 (9 false) after them; 0.962 (7
    # false) once «خواجه» stands before a name a university bears and «داروسازی» heads a
    # company's; 0.967 (6 false) once a quoted name's first word is taken in; 7 true names
    # are found only with the rest of their article
    Sample(
        "persons_judged_12",
        # the pool held 211 persons, not 300: all were drawn
        drawn=Drawn(seed=12, persons=211, articles=118, precision=0.877),
        why_false={"no person": 17, "named after": 4, "cut short": 3, "joined": 2},
        floor=Floor(precision=0.967, most_lost_true=7),
        outside=OTHER_FIXTURES,
        drawn_beside=SAME_HOUR_12,
        # 41 of its articles are in the thirteenth speakers sample, where that sample is held
        shared=41 if (FIXTURES / "speakers_judged_13.jsonl").exists() else 0,
    ),
    # 0.917 as drawn (25 false, whole articles); 0.922 (22 false) extracted again from the
    # contexts before a country written as one word, Arabic's verbs of «they», «جبل», «دوزی»,
    # a bank's branch and a volunteer group, martyrs of a kind in «‌ها», a plural in «یان»,
    # a pronoun of address, «یکی», «در» run into a word, a family name in «داری» and a
    # figure's surname after another name were read, 0.963 (10 false) after them; 0.970 (8
    # false) once a country of two words ends no name and «قره» ends none; 0.974 (7 false)
    # once a lone currency beside another («ین و فرانک») and ICAO are no person; 0.977 (6
    # false) once Arabic «ام» (mother of) opens no name but before a given name; 15 true names
    # are found only with the rest of their article
    Sample(
        "persons_judged_13",
        # the articles no fixture held hold no person: drawn outside the persons samples only
        drawn=Drawn(seed=13, persons=300, articles=197, precision=0.917),
        why_false={"no person": 12, "cut short": 6, "joined": 5, "named after": 2},
        floor=Floor(precision=0.977, most_lost_true=15),
        outside=EARLIER_SAMPLES,
    ),
    # 0.933 as drawn (20 false, whole articles); 0.938 (18 false) extracted again from the
    # contexts before an adverb in «ا», «منذ», a cup's and a stream's names, a permit's, words
    # in «ناک», «دیده», plurals in «ات» with a pronoun, a family name run into a word and
    # foreign companies were read, 0.982 (5 false) after them (0.976 on whole articles, 7
    # false); 10 true names are found only with the rest of their article
    Sample(
        "persons_judged_14",
        drawn=Drawn(seed=14, persons=300, articles=198, precision=0.933),
        why_false={"no person": 14, "joined": 3, "named after": 3},
        floor=Floor(precision=0.981, most_lost_true=10),
        outside=EARLIER_SAMPLES,
    ),
    # 0.920 as drawn (24 false, whole articles); 0.922 (22 false) extracted again from the
    # contexts before hotels, teams after «تیم‌های» with their towns, an Arabic brigade, a
    # hideout, a requirement, a housewife, «گرا», a title under «تحت عنوان», «روستای‌» joined
    # to a name, «عصرامروز», the noun of «کفالت گرفت», an object before «را», «فرد» and «پناه»
    # written apart and a foreign given name before the tagger's span were read, 0.985 (4
    # false) after them (0.979 on whole articles, 6 false); 15 true names are found only with
    # the rest of their article
    Sample(
        "persons_judged_15",
        drawn=Drawn(seed=15, persons=300, articles=194, precision=0.920),
        why_false={"no person": 11, "cut short": 7, "joined": 4, "named after": 2},
        floor=Floor(precision=0.984, most_lost_true=15),
        outside=EARLIER_SAMPLES,
    ),
    # 0.933 as drawn (20 false, whole articles); 0.936 (18 false) on the contexts before a
    # campus and an exchange named after someone, a livestock farm, heirs, a kung fu school,
    # a blessing written apart, agent nouns in «کننده», «و» or a word in «ه» run into the next,
    # a dictator and an activist after a name, «اورسلا», a rule's name the tagger made whole
    # and a family name run into a word were read, 0.981 (5 false) after them (0.979 on whole
    # articles, 6 false); 15 true names are found only with the rest of their article
    Sample(
        "persons_judged_16",
        drawn=Drawn(seed=16, persons=300, articles=191, precision=0.933),
        why_false={"no person": 8, "cut short": 6, "joined": 4, "holy": 1, "named after": 1},
        floor=Floor(precision=0.981, most_lost_true=15),
        outside=EARLIER_SAMPLES,
    ),
    # 0.947 as drawn (16 false, whole articles); 0.948 (15 false) on the contexts before
    # a shrine, a teacher-training college, nouns of action and counsel, merchants, a
    # biologist, «آمریکن», «همفکر», a country's adjective in «ستانی» and an outlet's name's
    # end were read, 0.982 (5 false) after them (0.979 on whole articles, 6 false); 9 true
    # names are found only with the rest of their article
    Sample(
        "persons_judged_17",
        drawn=Drawn(seed=17, persons=300, articles=195, precision=0.947),
        why_false={"no person": 6, "joined": 4, "cut short": 3, "named after": 3},
        floor=Floor(precision=0.981, most_lost_true=9),
        outside=EARLIER_SAMPLES,
    ),
    # 0.947 as drawn (16 false, whole articles); 0.948 (15 false) on the contexts before a
    # month after a day's number, paired adverbs, words in «خانه», «قادر به», a lone word in
    # «م» before a light verb, good opinion, protesters, a club, a mechanism and
    # «حرمت‌الله» were read, 0.989 (3 false) after them; 10 true names are found only with
    # the rest of their article
    Sample(
        "persons_judged_18",
        drawn=Drawn(seed=18, persons=300, articles=177, precision=0.947),
        why_false={"no person": 9, "joined": 4, "cut short": 2, "named after": 1},
        floor=Floor(precision=0.989, most_lost_true=10),
        outside=EARLIER_SAMPLES,
    ),
    # 0.957 as drawn (13 false, whole articles); 0.958 (12 false) on the contexts before
    # commissioners, a hospital's wards, «شبه», a lone word no list holds after «استاد», a
    # word with its Ezafe written, a family name run into «امروز», a Turkish minister's given
    # name and the characters of a film's story were read, 0.986 (4 false) after them; 10
    # true names are found only with the rest of their article
    Sample(
        "persons_judged_19",
        drawn=Drawn(seed=19, persons=300, articles=175, precision=0.957),
        why_false={"no person": 7, "cut short": 3, "joined": 2, "named after": 1},
        floor=Floor(precision=0.985, most_lost_true=10),
        outside=EARLIER_SAMPLES,
    ),
    # 0.967 as drawn (10 false, whole articles); 0.975 (7 false) on the contexts before a
    # boulevard written «بولوار», «نیو» of a place, a brand, «پارک» before an ordinary word,
    # a garden past a king's title, spans a word of lineage joins, «بخش» written apart, a
    # family name that is a post in quotes and a foreign given name in quotes were read,
    # 1.000 (0 false) after them, on whole articles too; 18 true names are found only with
    # the rest of their article
    Sample(
        "persons_judged_20",
        drawn=Drawn(seed=20, persons=300, articles=194, precision=0.967),
        why_false={"cut short": 5, "no person": 4, "named after": 1},
        floor=Floor(precision=1.0, most_lost_true=18),
        outside=EARLIER_SAMPLES,
    ),
    # 0.952 as drawn (9 false, whole articles); 0.955 (8 false) on the contexts before a
    # company's name before its web address, a chant in «گویان», a plea («مسئلت»), science,
    # the drowning, «نویسی» written apart, a club and a verse of enjoining good were read,
    # 0.994 (1 false) after them, on whole articles too; 12 true names are found only with the
    # rest of their article
    Sample(
        "persons_judged_21",
        # the pool gave 189 persons, not 300: all were drawn
        drawn=Drawn(seed=21, persons=189, articles=115, precision=0.952),
        why_false={"no person": 7, "joined": 1, "holy": 1},
        floor=Floor(precision=0.994, most_lost_true=12),
        outside=EARLIER_SAMPLES,
    ),
    # 0.930 as drawn (21 false of 300, 7.0 %, Wilson 95 % 4.6-10.5 %, whole articles): 11 no
    # person (a bank, a console maker, a club, a press, a village, a shoemaker, a book's title,
    # lyrics, «حسن همکاری», «پیام اروپایی», «نوروز آنگاه خجسته»), 7 cut short (a given name
    # before a family name left out: «[جرجی] زیدان», «[گیر] پدرسون»), 3 named after someone
    # (a team, a foundation, a book: «الصحیح البخاری»); 8 of the 21 were judged false in
    # earlier samples too; 0.953 (13 false) on the contexts, 16 true names found only with the
    # rest of their article. The nine store samples pooled: 146 of 2,700, 5.4 % (Wilson 95 %
    # 4.6-6.3 %). 0.959 on whole articles (12 false) and 0.970 on the contexts (8) after its
    # vetoes (an Arabic bibliography's press and books, the nouns «حسن» qualifies, «آنگاه»,
    # «الکبری», a song's «جونمو», a team named after a martyr, a transliterated given name)
    Sample(
        "persons_judged_store_9",
        drawn=Drawn(seed=3232, persons=300, articles=193, precision=0.930),
        why_false={"no person": 11, "cut short": 7, "named after": 3},
        floor=Floor(precision=0.970, most_lost_true=16),
        outside=GOLD_ONLY,
    ),
    # 0.940 as drawn (18 false of 300, 6.0 %, Wilson 95 % 3.8-9.3 %, whole articles): 6 run
    # into a word (a friend, a delegation, a trustee, a psychologist, fugitives, a victory), 6
    # cut short («[نادر] برهانی مرند», «مهدی افشار [قهرمانی]», «[حاجی] بابایی»), 5 no person
    # (a dish, a tea glass, «خواهش درمانی», a bridge, a place), 1 named after someone (a
    # memorial); 4 of the 18 were judged false in earlier samples too; 0.942 (17 false) on the
    # contexts, 7 true names found only with the rest of their article. The ten store samples
    # pooled: 164 of 3,000, 5.5 % (Wilson 95 % 4.7-6.3 %). 0.986 on whole articles and on the
    # contexts (4 false) after its rules (crafts, friends, the speaker's trustee, a
    # preposition and an indefinite object before «را» run on into a name, a form after «به
    # صورت», a quoted name to its closing mark, a given name opening a list's item, «حاجی» of
    # a family name, a memorial, «پیروزی», «درمانی», «متواری», «استکان»)
    Sample(
        "persons_judged_store_10",
        drawn=Drawn(seed=4343, persons=300, articles=179, precision=0.940),
        why_false={"joined": 6, "cut short": 6, "no person": 5, "named after": 1},
        floor=Floor(precision=0.985, most_lost_true=7),
        outside=GOLD_ONLY,
    ),
    # 0.960 as drawn (12 false of 300, 4.0 %, Wilson 95 % 2.3-6.9 %, whole articles): 8 no
    # person (a syndrome, a coalition, a school, a poem's title, a factory, a plant, a club, the
    # like of «بابک زنجانی»), 2 cut short («مرجان اشرفی [زاده]», «[أیمن] سوسان»), 1 named after
    # someone (a terminal), 1 run into a word («مسعود افرازه وکلای»); 2 of the 12 were judged
    # false in earlier samples too; 0.966 (10 false) on the contexts, 8 true names found only
    # with the rest of their article. The eleven store samples pooled: 176 of 3,300, 5.3 %
    # (Wilson 95 % 4.6-6.2 %). 0.996 on the contexts (1 false, the plant, whose extract the
    # context leaves out) and 1.000 on whole articles after its rules (a syndrome, a Turkish
    # club, lawyers of, a school for girls, a coalition's one word, a counted list of places,
    # an Arab's given name in «أ», «زاده» run into the next word, a plant's extract, a name
    # made plural before a plural verb, a factory's name with its town, a poem's title)
    Sample(
        "persons_judged_store_11",
        drawn=Drawn(seed=5454, persons=300, articles=197, precision=0.960),
        why_false={"no person": 8, "cut short": 2, "named after": 1, "joined": 1},
        floor=Floor(precision=0.996, most_lost_true=8),
        outside=GOLD_ONLY,
    ),
    # 0.953 as drawn (14 false of 300, 4.7 %, Wilson 95 % 2.8-7.7 %, whole articles): 5 no
    # person (a hospital, two teams, lemon juice, the queen of Jerusalem), 4 cut short
    # («[رامیلا] عباسی», «نجمه نیکو [کار]», «[جنین] هنیس پلاسخارت», «تیان یان [جن]»), 3 run
    # into a word (a brother, some opponents, «یا» glued), 2 holy figures («فاطمه اطهر», one
    # run into glued words); 7 of the 14 were judged false in earlier samples too; 0.954 (13
    # false) on the contexts, 14 true names found only with the rest of their article. The
    # twelve store samples pooled: 190 of 3,600, 5.3 % (Wilson 95 % 4.6-6.1 %). 0.986 on the
    # contexts (4 false) and 0.983 on whole articles (5 false) after its rules (kin before a
    # royal title or a given name, an indefinite plural, «یا» run into a family name, a royal
    # title and its seat, a hospital for women or children, a holy woman's epithet, «و حضرت»
    # glued, a family name written apart, an item of a results list opened at its given name)
    Sample(
        "persons_judged_store_12",
        drawn=Drawn(seed=6565, persons=300, articles=176, precision=0.953),
        why_false={"no person": 5, "cut short": 4, "joined": 3, "holy": 2},
        floor=Floor(precision=0.985, most_lost_true=14),
        outside=GOLD_ONLY,
    ),
    # 0.970 as drawn (9 false of 300, 3.0 %, Wilson 95 % 1.6-5.6 %, whole articles): 4 cut
    # short («[لارنس ا.] گوستین», «نیکولاس [دوم]», «ابومهدی [مهندس]», «[گل آقا] شیرزوی»), 3 no
    # person (a carpet brand, a tanker, lyrics), 1 named after someone (a project), 1 run into
    # a word (a headline's «بریتانیا»); 4 of the 9 were judged false in earlier samples too;
    # 0.975 (7 false) on the contexts, 13 true names found only with the rest of their article.
    # The thirteen store samples pooled: 199 of 3,900, 5.1 % (Wilson 95 % 4.5-5.8 %). 0.986
    # on the contexts (4 false) and 0.983 on whole articles (5 false) after its rules (a tanker,
    # a town or a factory «به نام» a name, a project named after a figure, a sovereign's ordinal,
    # a song's lines run together)
    Sample(
        "persons_judged_store_13",
        drawn=Drawn(seed=7676, persons=300, articles=198, precision=0.970),
        why_false={"cut short": 4, "no person": 3, "joined": 1, "named after": 1},
        floor=Floor(precision=0.985, most_lost_true=13),
        outside=GOLD_ONLY,
    ),
    # 0.960 as drawn (12 false of 300, 4.0 %, Wilson 95 % 2.3-6.9 %, whole articles): 6 cut
    # short («[اسدالله] مسعودی [مقام]» twice, «[جان] مک انتی», «[علی‌آقا] فرهادی», «بهروز
    # رسولی [اصل]», «[شاه سلطان] کریمی»), 3 named after someone (a bazaar «ناصر خسرو», a plan
    # «طرح شهید شوشتری», a wildlife refuge «جان هاینز»), 2 no person («جمال مطلق», beauty; the
    # town «جیهان»), 1 run into the next name (a cast list's comma lost); 4 of the 12 were
    # judged false in earlier samples too; 0.965 (10 false) on the contexts, 13 true names found
    # only with the rest of their article. The fourteen store samples pooled: 211 of 4,200, 5.0 %
    # (Wilson 95 % 4.4-5.7 %). 0.972 on the contexts (8 false) and 0.970 on whole articles (9
    # false) after its rules (a plan named after a martyr, «آقا» run into a given name, «اصل»
    # ending a family name written apart)
    Sample(
        "persons_judged_store_14",
        drawn=Drawn(seed=8787, persons=300, articles=191, precision=0.960),
        why_false={"cut short": 6, "named after": 3, "no person": 2, "joined": 1},
        # 14 lost since a name of lineage takes «آل» and its house's name after it: the judged
        # «محمد بن عبد الرحمان» (tabnak_713) is now found whole, «... آل ثانی», the same man
        floor=Floor(precision=0.971, most_lost_true=14),
        outside=GOLD_ONLY,
    ),
    # 0.960 as drawn (12 false of 300, 4.0 %, Wilson 95 % 2.3-6.9 %, whole articles): 6 no
    # person (two titles of a list of references, a club «پاری‌سن ژرمن», a company before its
    # trading symbol, a song's lines run together, an Arabic saying), 2 run into a word
    # («محمدباقر مجلسی روایتی», «سید ابراهیم صدرزاده رفیق»), 2 cut short («[امام] جمارانی»,
    # «علی روئین [تن]»), 1 named after someone (a town, «پدرو خوآن کابالرو»), 1 holy figure
    # («مؤمن آل‌فرعون»); 3 of the 12 were judged false in earlier samples too; 0.962 (11 false)
    # on the contexts, 11 true names found only with the rest of their article. The fifteen
    # store samples pooled: 223 of 4,500, 5.0 % (Wilson 95 % 4.4-5.6 %). 0.982 on the contexts
    # (5 false) and 0.980 on whole articles (6 false) after its rules (a trading symbol, a listed
    # body written with its words joined otherwise, a title between a reference's year and its
    # town, a name in quotes after a town's word, a song's line sung again)
    Sample(
        "persons_judged_store_15",
        drawn=Drawn(seed=9898, persons=300, articles=187, precision=0.960),
        why_false={"no person": 6, "joined": 2, "cut short": 2, "named after": 1, "holy": 1},
        floor=Floor(precision=0.981, most_lost_true=11),
        outside=GOLD_ONLY,
    ),
    # 0.970 as drawn (9 false of 300, 3.0 %, Wilson 95 % 1.6-5.6 %, whole articles): 5 no
    # person («گاری اصلاح‌طلبان», the reformists' cart; «جهاد اصغر», the lesser struggle; «علی
    # الخصوص», especially; «راهبری حکیمانه», wise leadership; a village «الحویش الشمالی»), 3 cut
    # short («[ماجد بن عبدالله‌بن] عثمان القصبی», «[بیل] اوربان», «آندری [بابیش]»), 1 named
    # after someone (a quay, «اسکه شهید رجایی»); 3 of the 9 were judged false in earlier
    # samples too; 0.975 (7 false) on the contexts, 18 true names found only with the rest of
    # their article. The sixteen store samples pooled: 232 of 4,800, 4.8 % (Wilson 95 %
    # 4.3-5.5 %). 0.989 on the contexts (3 false) and 0.986 on whole articles (4 false) after
    # its rules (an adverb in «انه», a plural of a compound noun of people, «علی الخصوص»,
    # «الشمالی» end no name; a name after two «بن» opens at the first given name)
    Sample(
        "persons_judged_store_16",
        drawn=Drawn(seed=10101, persons=300, articles=191, precision=0.970),
        why_false={"no person": 5, "cut short": 3, "named after": 1},
        # 19 lost since a name of lineage takes «آل» and its house's name after it: the judged
        # «عبدالعزیز بن سلمان» (tabnak_268) is now found whole, «... آل سعود», the same man
        floor=Floor(precision=0.988, most_lost_true=19),
        outside=GOLD_ONLY,
    ),
    # 0.960 as drawn (12 false of 300, 4.0 %, Wilson 95 % 2.3-6.9 %, whole articles): 5 run
    # into a word or another name («رومینا خواستگاری», found a suitor; «بهمن خاوری خواستگار»;
    # «رومینا اشرفیپس», a heading run in; «عموی رومینا», her uncle; «سید علاء بن سید ابراهیم و
    # ابو محمد», two names), 3 cut short («مانوئل لاگوناس [- سولار]», «[ولی] رحمانی», «[شیخ]
    # دیاباته»), 2 named after someone (a church's saint «فیلیپ بیرمنگام», an area «بهرام
    # بیگی»), 2 no person (a port «سالوادور باهیا», sunlight misspelt «نور آقتاب»); 6 of the 12
    # were judged false in earlier samples too; 0.969 (9 false) on the contexts, 10 true names
    # found only with the rest of their article. The seventeen store samples pooled: 244 of
    # 5,100, 4.8 % (Wilson 95 % 4.2-5.4 %). 0.989 on the contexts (3 false) and 0.986 on whole
    # articles (4 false) after its rules (a word of kin in its Ezafe, a word run into a family
    # name the article writes apart, a suitor after a full name, a name after the word of
    # villages, areas or a saint, a place its definition names, a foreign given name that is a
    # word before a foreign family name, a family name past a hyphen, «و» in a tagged name)
    Sample(
        "persons_judged_store_17",
        drawn=Drawn(seed=11111, persons=300, articles=206, precision=0.960),
        why_false={"joined": 5, "cut short": 3, "named after": 2, "no person": 2},
        floor=Floor(precision=0.988, most_lost_true=10),
        outside=GOLD_ONLY,
    ),
    # 0.952 as drawn (14 false of 293, 4.8 %, Wilson 95 % 2.9-7.9 %, whole articles; the pool
    # left gave 293 persons of its 600 articles, all drawn): 9 no person (villages of an
    # address «گودی اولر», «زره ژیه», «عیوض لر»; Arabic «تنام علی», «علی یومی»; a play's title
    # «حسنی باهوش»; a club «سلمان محمود [آباد]», a team «جوونک کازورن»; «خبر واصله حاکیست»), 2
    # run into a word («آقایهمتی بجد», «امین بهمنیاری تکنسین»), 2 named after someone (a company
    # «رولزرویس», a club «ثامن الحجج»), 1 cut short («هان سین [وی]»); 3 of the 14 were judged
    # false in earlier samples too; 0.957 (12 false) on the contexts, 12 true names found only
    # with the rest of their article. The eighteen store samples pooled: 258 of 5,393, 4.8 %
    # (Wilson 95 % 4.2-5.4 %). 0.974 on the contexts (7 false) and 0.972 on whole articles (8
    # false) after its rules (a name alone in quotes before a director's or a writer's credit,
    # one before «آباد» written apart, a technician after a name, «حاکیست» and «بجد» ending
    # one, the eighth Imam's epithet «ثامن الحجج»)
    Sample(
        "persons_judged_store_18",
        drawn=Drawn(seed=12121, persons=293, articles=208, precision=0.952),
        why_false={"no person": 9, "joined": 2, "named after": 2, "cut short": 1},
        floor=Floor(precision=0.974, most_lost_true=12),
        outside=GOLD_ONLY,
    ),
    # 0.962 as drawn (8 false of 212, 3.8 %, Wilson 95 % 1.9-7.3 %, whole articles; the pool
    # left gave 212 persons of its 600 articles, all drawn): 3 no person (a film's character
    # «آقای بدیعی», a film's title «خانم یایا», a company «گلاکسواسمیت کلاین»), 3 cut short
    # («ادموند [موریس]», «سعید هاشمی [نظری]», «عزیزی [خادم]»), 2 named after someone (a company
    # «شرکت الکساندر گیپ», a centre «مرکز ژرژ پومپیدو»); 3 of the 8 were judged false in
    # earlier samples too; 0.961 (8 false) on the contexts, 9 true names found only with the
    # rest of their article. The nineteen store samples pooled: 266 of 5,605, 4.7 % (Wilson
    # 95 % 4.2-5.3 %). 0.985 on the contexts (3 false) and 0.986 on whole articles (3 false)
    # after its rules (a name right after a company's or a centre's word, a titled name filling
    # a work's quoted title, a rare foreign given name after one as its family name, a name
    # that «مانند» brings after companies)
    Sample(
        "persons_judged_store_19",
        drawn=Drawn(seed=13131, persons=212, articles=142, precision=0.962),
        why_false={"no person": 3, "cut short": 3, "named after": 2},
        floor=Floor(precision=0.984, most_lost_true=9),
        outside=GOLD_ONLY,
    ),
    # 0.960 as drawn (12 false of 300, 4.0 %, Wilson 95 % 2.3-6.9 %, whole articles; the 600
    # articles drawn gave 1,271 persons no store sample held, 300 drawn): 6 run into a word
    # («[حاج] قاسم تشریف [داشتند]», «قاسم سرشار [از ایمان]», «[سردار] سلیمانی کی [بود]», «نجفی
    # آزاد [شد]», «شدعادل عبدالمهدی», «محمد علیالحکیموزیر خارجهاین»), 5 no person (a verse of
    # the Quran «کوکب دریه» twice, «توفان سیتوکین», a radio code «قاسم قاسم مرتضی», the top
    # scorer's race «کورس آقای گلی»), 1 holy («هاجر»); 0.961 (11 false) on the contexts, 17
    # true names found only with the rest of their article. The twenty store samples pooled:
    # 278 of 5,905, 4.7 % (Wilson 95 % 4.2-5.3 %). 0.996 on the contexts (1 false) and 0.997 on
    # whole articles (1 false of 289) after its rules (a given name that is a word too run into
    # a headline's «شد», «تشریف» after a name, «دریه» ending none, a predicate run into a titled
    # name the article gives in full, a quoted term before «نامیده», a code after «رمز», «آقای
    # گل» after a race, the one-word items of a list the Prophet opens)
    Sample(
        "persons_judged_store_20",
        drawn=Drawn(seed=14141, persons=300, articles=145, precision=0.960),
        why_false={"joined": 6, "no person": 5, "holy": 1},
        floor=Floor(precision=0.996, most_lost_true=17),
        outside=GOLD_ONLY,
    ),
    # 0.983 as drawn (5 false of 300, 1.7 %, Wilson 95 % 0.7-3.8 %, whole articles; the 600
    # articles drawn gave 1,100 persons no store sample held, 300 drawn): 3 no person (a club
    # «شاهین [شهرداری بوشهر]», an epithet's word «[سردار] الاسرا», a book «نهج البلاغه»), 1 cut
    # short («فرحناز منافی [ظاهر]»), 1 run into a word («محمدرضا شهیدی‌فرد معادی», the host and
    # the absent actor); «مهدی» of «آقایان مهدی و محمد خرمی‌پور» is a person, as «الهام» of
    # «الهام و جمیله طهماسبی» was; 0.986 (4 false) on the contexts, 12 true names found only
    # with the rest of their article. The twenty-one store samples pooled: 283 of 6,205, 4.6 %
    # (Wilson 95 % 4.1-5.1 %). 0.993 on the contexts (2 false) and 0.997 on whole articles (1
    # false of 296) after its rules (a club's word the article writes before its town, «نهج»
    # opening a book's title, «الاسرا» alone, a full name and another's family name parted)
    Sample(
        "persons_judged_store_21",
        drawn=Drawn(seed=15151, persons=300, articles=145, precision=0.983),
        why_false={"no person": 3, "cut short": 1, "joined": 1},
        floor=Floor(precision=0.992, most_lost_true=12),
        outside=GOLD_ONLY,
    ),
    # 0.967 as drawn (10 false of 300, 3.3 %, Wilson 95 % 1.8-6.0 %, whole articles; the 600
    # articles drawn gave 1,030 persons no store sample held, 300 drawn): 6 run into a word
    # («رومینا سیزده [ساله]», «ناصر کاظمی آهی [کشید]», «[وزیر] عدلیه موتمن الملک», «مهرداد
    # جمالارونقیبا [هدف]» of «جمال‌ارونقی با», «اسماعیل خلیل‌زاده رباره», a cast written with no
    # commas «بیلی بارتی کوین پولاک»), 3 no person (bones «استخوان‌هایی», the realm «[دفاع از]
    # کیان اسلامی», a verse «لنصبرن علی ما اذیتمونا»), 1 cut short («[کارن] همایون فر»); 0.966
    # (10 false) on the contexts, 9 true names found only with the rest of their article. The
    # twenty-two store samples pooled: 293 of 6,505, 4.5 % (Wilson 95 % 4.0-5.0 %). 0.986 on
    # the contexts and on whole articles (4 false of 285 and of 294) after its rules (an age's
    # number word before «ساله», a noun of the voice before «کشید», the ministry before a
    # court title, a common word's plural alone, the realm defended, a verse of trust in God)
    Sample(
        "persons_judged_store_22",
        drawn=Drawn(seed=16161, persons=300, articles=140, precision=0.967),
        why_false={"joined": 6, "no person": 3, "cut short": 1},
        floor=Floor(precision=0.985, most_lost_true=9),
        outside=GOLD_ONLY,
    ),
    # 0.970 as drawn (9 false of 300, 3.0 %, Wilson 95 % 1.6-5.6 %, whole articles; the 600
    # articles drawn gave 1,154 persons no store sample held, 300 drawn): 4 run into a word
    # («علی داودی قهرمان [المپیک]», «جواد سلیمی داوران» of a federation's referees, «بنیامین
    # نتانیاهونخست [وزیر]», «والمسملین علی شیرازی» of a misspelt title), 3 named after someone
    # (a hospital «[بیمارستان ...] امام خمینی», the movement «جریان صدر», the heights «حاج
    # عمران برروی»), 2 cut short («حسین رجایی [ریزی]», «مهرداد [اوستا]»); 0.976 (7 false of
    # 290) on the contexts. The twenty-three store samples pooled: 302 of 6,805, 4.4 % (Wilson
    # 95 % 4.0-5.0 %). 0.986 on the contexts (4 false of 287), 0.983 on whole articles (5 of
    # 296) after its rules (a champion of a contest ends a name, referees after a name, «نخست»
    # of «نخست وزیر» run into a name, «والمسملین» a cleric's title)
    Sample(
        "persons_judged_store_23",
        drawn=Drawn(seed=17171, persons=300, articles=138, precision=0.970),
        why_false={"joined": 4, "named after": 3, "cut short": 2},
        floor=Floor(precision=0.985, most_lost_true=8),
        outside=GOLD_ONLY,
    ),
    # 0.963 as drawn (11 false of 300, 3.7 %, Wilson 95 % 2.1-6.4 %, whole articles; the 600
    # articles drawn gave 933 persons no store sample held, 300 drawn): 6 no person (a series'
    # characters «سانی بودلر», «کنت الاف»; «نسیم دیدندوی» of «طوفان را نسیم دیدند» run into
    # «وی»; «پایداری‌چی‌ها»; the coalition «العقد الوطنی»; «[سی] هاوک ام [اچ ۶۰]», a
    # helicopter), 2 joined («وزیرخارجه مشارالسلطنه», «محمود عباس منتظر»), 2 cut short
    # («شیخ عزیزالله» of a book's author, «مارکو پاو [د اوریا]»), 1 named after (the armed group
    # «سلیمان شاه»); 0.965 (10 false of 287) on the contexts. The twenty-four store samples
    # pooled: 313 of 7,105, 4.4 % (Wilson 95 % 4.0-4.9 %). 0.970 on whole articles (9 of 298)
    # after its rule (a notice opening with a title and its original drops its story's
    # characters); the contexts, which hold no notice's opening, keep 0.965
    Sample(
        "persons_judged_store_24",
        drawn=Drawn(seed=18181, persons=300, articles=152, precision=0.963),
        why_false={"no person": 6, "joined": 2, "cut short": 2, "named after": 1},
        floor=Floor(precision=0.96, most_lost_true=12),
        outside=GOLD_ONLY,
    ),
    # 0.963 as drawn (11 false of 300, 3.7 %, Wilson 95 % 2.1-6.4 %, whole articles; the 600
    # articles drawn gave 923 persons no store sample held, 300 drawn): 7 no person (a cleric
    # «روحانی [جوان]», «[حاجی] بی‌هوش [شده بود]», «همت [پزشکان]», the Basij's «شجره طیبه
    # صالحین», the mechanism «اینستکس», a film «ناخدا خورشید», a film's character «هاوارد
    # رتنر»), 3 joined («قاسم ئ ابومهدی», «مرتضی قربانیحاج قاسم», «ابراهیم بلوکباشی ترک»), 1
    # holy (the chant «حیدر حیدر»); 0.969 (9 false of 287) on the contexts. The twenty-five
    # store samples pooled: 324 of 7,405, 4.4 % (Wilson 95 % 3.9-4.9 %). 0.979 on the contexts
    # (6 of 284) after its rules (a chant quoted before «گویان», a hamza's seat alone in no
    # family name, a film before its director and year in brackets, INSTEX a body)
    Sample(
        "persons_judged_store_25",
        drawn=Drawn(seed=19191, persons=300, articles=158, precision=0.963),
        why_false={"no person": 7, "joined": 3, "holy": 1},
        floor=Floor(precision=0.975, most_lost_true=11),
        outside=GOLD_ONLY,
    ),
    # 0.967 as drawn (10 false of 300, 3.3 %, Wilson 95 % 1.8-6.0 %, whole articles; the 600
    # articles drawn gave 791 persons no store sample held, 300 drawn): 4 no person (the
    # epithet «سربدار [توحیدیش]», the fans' «دکتر استقلالی», the channel «الحدث», the
    # neighbourhood «میا شریف»), 3 joined («ببین دیوید», «مهدی رسولی مداح», «تمیم بن حمد
    # امیر»), 3 cut short («[محمد]نعیم امینی فرد», «جیمی [ا. یانگ]», «علیرضا رضا [داد]»);
    # 0.969 (9 false of 288) on the contexts. The twenty-six store samples pooled: 334 of
    # 7,705, 4.3 % (Wilson 95 % 3.9-4.8 %). 0.989 on the contexts (3 of 282) after its rules
    # (Al Hadath a channel, a eulogist and «look!» no word of a name, an emir's post, a given
    # name of two written as one, a club's supporter and «سربدار» alone no one)
    Sample(
        "persons_judged_store_26",
        drawn=Drawn(seed=20202, persons=300, articles=141, precision=0.967),
        why_false={"no person": 4, "joined": 3, "cut short": 3},
        floor=Floor(precision=0.985, most_lost_true=11),
        outside=GOLD_ONLY,
    ),
    # 0.937 as drawn (19 false of 300, 6.3 %, Wilson 95 % 4.1-9.7 %, whole articles; the 600
    # articles drawn gave 848 persons no store sample held, 300 drawn): 10 no person (the
    # question «مالک قدسی», «آنگلو ساکسون», a line of mojibake, the film «خانم کالیف», «والد»,
    # «رک:» of a bibliography, «رجاء واثق», the film «کورپس کریستی», «آقایان», «تحرکات»),
    # 5 cut short («خوان آنتونیو [باردم]», «سعیدعابدین [درکوش]», «[شفیع آقا] محمدیان», «سعید
    # عباسی [قله جوق]», «[جورج دابلیو] بوش»), 2 joined («قاسم صحبت», «حسن بامداد جوان»),
    # 2 named after (two shrines); 0.942 (17 false of 291) on the contexts. The twenty-seven
    # store samples pooled: 353 of 8,005, 4.4 % (Wilson 95 % 4.0-4.9 %). 0.958 on the contexts
    # (12 of 286) after its rules («آقایان», «والد», «تحرکات», «رک» alone no one; «آنگلو»
    # opens no name, «واثق» ends none)
    Sample(
        "persons_judged_store_27",
        drawn=Drawn(seed=21212, persons=300, articles=144, precision=0.937),
        why_false={"no person": 10, "cut short": 5, "joined": 2, "named after": 2},
        floor=Floor(precision=0.955, most_lost_true=7),
        outside=GOLD_ONLY,
    ),
    # 0.933 as drawn (20 false of 300, 6.7 %, Wilson 95 % 4.4-10.1 %, whole articles; the 600
    # articles drawn gave 890 persons no store sample held, 300 drawn): 9 no person (a novel's
    # «ژان والژان», «زیور طبع», a story's title «ملا ممد [جان]», the Sochi agreement, the film
    # «ویلی وانکا», «نغمه شادمانی», «برات اسنادی», «خور عبدالله [پیشروی]», «دشت عباس
    # دهلران»), 8 joined («حسین زمان خمینی بت‌شکن», «رضا چسباند», «کمال حسن», «سالعلی حمود»,
    # «موجهامانوئل ماکرون», «نخست‌وزیری العبادی», «رضا ناامیدانه», «همایون سیاح پیشکار»),
    # 3 cut short («باقر محمد [محقق]», «دل‌آرا نعمتی [پیر علی]», «[نیوتون] توماس سیگل»); 0.938
    # (18 false of 289) on the contexts. The twenty-eight store samples pooled: 373 of 8,305,
    # 4.5 % (Wilson 95 % 4.1-5.0 %). 0.964 on the contexts (10 of 281) after its rules (an
    # advance, printing, bills and a town end no name, the premiership opens none; a verb, an
    # adverb and a steward's post follow a name)
    Sample(
        "persons_judged_store_28",
        drawn=Drawn(seed=22222, persons=300, articles=156, precision=0.933),
        why_false={"no person": 9, "joined": 8, "cut short": 3},
        floor=Floor(precision=0.96, most_lost_true=9),
        outside=GOLD_ONLY,
    ),
    # 0.963 as drawn (11 false of 300, 3.7 %, Wilson 95 % 2.1-6.4 %, whole articles; the 600
    # articles drawn gave 810 persons no store sample held, 300 drawn): 5 no person (the film
    # «دارک فینکس», a foundation's «ابن‌سینا», «معاند الدوله», «تببین علی», causal explanation,
    # «میلاد منجی», the Saviour's birth), 4 joined («حاج قاسم ایرانی», «مایکل بی‌محصول»,
    # «اقای کدخدایی», «گرفتبرون پوارسون»), 2 cut short («محمود [صدری]», «[خادم] علی تهذیبی»);
    # 0.962 (11 false of 290) on the contexts. The twenty-nine store samples pooled: 384 of
    # 8,605, 4.5 % (Wilson 95 % 4.0-4.9 %). 0.965 on the contexts (10 of 289) after its rule
    # («اقای», «آقای» without its madda, a courtesy title)
    Sample(
        "persons_judged_store_29",
        drawn=Drawn(seed=23232, persons=300, articles=135, precision=0.963),
        why_false={"no person": 5, "joined": 4, "cut short": 2},
        floor=Floor(precision=0.965, most_lost_true=10),
        outside=GOLD_ONLY,
    ),
    # 0.960 as drawn (12 false of 300, 4.0 %, Wilson 95 % 2.3-6.9 %, whole articles; the 600
    # articles drawn gave 658 persons no store sample held, 300 drawn): 7 no person
    # («مونو نوکلئوز», a disease; «کوپا آمه‌ریکا», a cup; «عارف مسلکی», mystic-minded;
    # «توانفقنامه سوچی», the Sochi agreement misspelt; «شارلوا», a club; «ابراهیم بت شکن», an
    # epithet; «ناصر ینصرنی», an Arabic cry), 3 joined («بفروشیدسیدحسین مرعشی», «آقای
    # قدیانیمتوقف‌شده», «حاج قاسم جهان»), 2 cut short («منوچهر خسرو [داد]», «[کیم] (جونگ اون»);
    # 0.964 (10 false of 278) on the contexts. The thirty store samples pooled: 396 of 8,905,
    # 4.4 % (Wilson 95 % 4.0-4.9 %). 0.975 on the contexts (7 of 275) after its rules
    # («مسلکی», «ینصرنی», «بت‌شکن» and «شکن» end no name)
    Sample(
        "persons_judged_store_30",
        drawn=Drawn(seed=24242, persons=300, articles=137, precision=0.960),
        why_false={"no person": 7, "joined": 3, "cut short": 2},
        floor=Floor(precision=0.974, most_lost_true=20),
        outside=GOLD_ONLY,
    ),
    # 0.940 as drawn (18 false of 300, 6.0 %, Wilson 95 % 3.8-9.3 %, whole articles; the 600
    # articles drawn gave 681 persons no store sample held, 300 drawn): 10 no person (a verb,
    # «عطا فرماید»; «قلل رفیع کرامت», lofty peaks; «های فایو», a high five; books' titles,
    # «نور الثقلین», «ضحی الاسلام», «پزشکی هاریسون»; the ship «یواس‌اس اوک هیل»; the contest
    # «آرنولد کلاسیک»; «مقام ونزوئلایی», a Venezuelan official; the club «بیوک شهریر»), 4 cut
    # short («کامبیز روشن [روان]», «محتشم [السلطنه]», «[شیخ] حسن [مولان‌آباد]», «[حمید] سیهان
    # زاده»), 3 joined («ولادیمیر ساژین خاورشناس», «حمید سوری اپیدمیولوژیست», «فرهاد ماندنی»),
    # 1 named after (a memorial's «شهید امینی»); 0.940 (17 false of 285) on the contexts. The
    # thirty-one store samples pooled: 414 of 9,205, 4.5 % (Wilson 95 % 4.1-4.9 %). 0.968 on the
    # contexts (9 of 277) after its rules (a verb, adjectives, a club's and a book's word end no
    # name, a ship's «یواس‌اس» opens none, a nationality alone names no one, callings follow one)
    Sample(
        "persons_judged_store_31",
        drawn=Drawn(seed=25252, persons=300, articles=143, precision=0.940),
        why_false={"no person": 10, "cut short": 4, "joined": 3, "named after": 1},
        floor=Floor(precision=0.967, most_lost_true=14),
        outside=GOLD_ONLY,
    ),
    # 0.953 as drawn (14 false of 300, 4.7 %, Wilson 95 % 2.8-7.7 %, whole articles): 8 no
    # person (two verses' words, «یکون الدین کله لله», «راضیه مرضیه فادخلی»; a jurist's Arabic,
    # «علی ترکه مفسده», «وفی المحکی عن», «علی المتیقن»; «علی الراس», at a flat rate; the book
    # «پزشکی هاریسون»; «شیخ صنعان» of a play's title), 3 named after (the ship «هری اس. ترومن»,
    # the operation «مسلم بن عقیل», the team «شهید منصوری»), 2 cut short («محمدی [ری شهری]»,
    # «[سردار] معتمد» of a Qajar cabinet), 1 joined («غفاری هویدا [را کشته است]»); 0.957 (12
    # false of 282) on the contexts. The thirty-two store samples pooled: 428 of 9,505, 4.5 %
    # (Wilson 95 % 4.1-4.9 %). 0.961 on the contexts (11 of 281) after its rules (Arabic
    # adverbs of «علی» end no name, an aircraft carrier is named after someone)
    Sample(
        "persons_judged_store_32",
        drawn=Drawn(seed=26262, persons=300, articles=142, precision=0.953),
        why_false={"no person": 8, "named after": 3, "cut short": 2, "joined": 1},
        floor=Floor(precision=0.96, most_lost_true=16),
        outside=GOLD_ONLY,
    ),
    # 0.973 as drawn (8 false of 300, 2.7 %, Wilson 95 % 1.4-5.2 %, whole articles; the 600
    # articles drawn gave 465 persons no store sample held, 300 drawn): 5 no person (a company,
    # «آی اچ اس مارکیت»; a missile, «بوک ام[۲]»; «جمال مطلق», absolute beauty; «حماسه حسینی
    # علماء», a book and its readers; the town «ملینا د سگورا»), 2 joined («به جایش
    # هایکوماس», in his place; «[سزار] مارکوس برزیلی», the Brazilian), 1 named after («[بزرگراه]
    # شیخ فضل‌الله نوری»); 0.976 (7 false of 289) on the contexts. The thirty-three store
    # samples pooled: 436 of 9,805, 4.4 % (Wilson 95 % 4.1-4.9 %). 0.979 on the contexts (6 of
    # 288) after its rule («مطلق» after a lone given name names a quality)
    Sample(
        "persons_judged_store_33",
        drawn=Drawn(seed=27272, persons=300, articles=158, precision=0.973),
        why_false={"no person": 5, "joined": 2, "named after": 1},
        floor=Floor(precision=0.978, most_lost_true=12),
        outside=GOLD_ONLY,
    ),
]


@cache
def judged(name: str) -> tuple[dict, ...]:
    return tuple(read_judged(FIXTURES / f"{name}.jsonl"))


@cache
def gold() -> frozenset[tuple[str, str | None]]:
    return frozenset(gold_articles([FIXTURES / "gold/drawn.tsv", FIXTURES / "news/SOURCES.md"]))


@cache
def fixture_stems(but: frozenset[str]) -> frozenset[str]:
    """The stems of the articles every fixture but those named in ``but`` holds: a text's
    name, a judged line's ``stem``, ``file`` or ``path``."""
    stems = {p.stem for p in FIXTURES.rglob("*.txt") if p.parent.name not in but}
    stems |= {p.stem for p in (FIXTURES / "gold").glob("*.json")}
    for path in FIXTURES.glob("*.jsonl"):
        if path.name in but:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            if "stem" in item:
                stems.add(item["stem"])
            if "file" in item:
                stems.add(Path(item["file"]).stem)
            if "path" in item:
                stems.add(stem_of(item))
    return frozenset(stems)


def outside(what: str) -> list[Sample]:
    return [s for s in SAMPLES if s.outside == what]


def articles_of(sample: Sample) -> set[tuple[str, str | None]]:
    """The articles a sample's persons were drawn from, by file and place in it."""
    return {article_key(i["path"], i["locator"]) for i in judged(sample.name)}


@each_of(SAMPLES)
def test_the_sample_is_judged_as_drawn(sample: Sample) -> None:
    items = judged(sample.name)
    assert len(items) == sample.drawn.persons
    assert Counter(i["why"] for i in items if not i["verdict"]) == sample.why_false


@each_of([s for s in SAMPLES if s.drawn.articles is not None])
def test_the_sample_is_of_as_many_articles_as_drawn(sample: Sample) -> None:
    assert len({stem_of(i) for i in judged(sample.name)}) == sample.drawn.articles


# the gold's second draw (gold/drawn_2.tsv) came after the thirteenth sample was drawn; two of
# its articles hold four of the sample's persons, all judged people: no rule was made on them
BEFORE_THE_SECOND_GOLD_DRAW = {
    "persons_judged_13": {("roozno_data_227.txt", None), ("tabnak_data_1175.txt", None)}
}


@each_of(outside(EARLIER_SAMPLES) + outside(OTHER_FIXTURES) + outside(GOLD_ONLY))
def test_no_article_of_the_gold_is_in_the_sample(sample: Sample) -> None:
    shared = BEFORE_THE_SECOND_GOLD_DRAW.get(sample.name, set())
    assert articles_of(sample) & gold() == shared
    items = judged(sample.name)
    assert all(i["verdict"] for i in items if article_key(i["path"], i["locator"]) in shared)


@each_of(outside(EARLIER_SAMPLES))
def test_the_sample_holds_no_article_of_an_earlier_persons_sample(sample: Sample) -> None:
    earlier = SAMPLES[: SAMPLES.index(sample)]
    held = judged_articles(FIXTURES / f"{e.name}.jsonl" for e in earlier)
    assert not articles_of(sample) & held


# drawn with --unjudged: the earlier store samples' articles let in, but not their persons
UNJUDGED = (
    "persons_judged_store_20",
    "persons_judged_store_21",
    "persons_judged_store_22",
    "persons_judged_store_23",
    "persons_judged_store_24",
    "persons_judged_store_25",
    "persons_judged_store_26",
    "persons_judged_store_27",
    "persons_judged_store_28",
    "persons_judged_store_29",
    "persons_judged_store_30",
    "persons_judged_store_31",
    "persons_judged_store_32",
    "persons_judged_store_33",
)


@each_of([s for s in SAMPLES if s.name in UNJUDGED])
def test_the_sample_holds_no_person_an_earlier_store_sample_holds(sample: Sample) -> None:
    earlier = [e.name for e in SAMPLES[: SAMPLES.index(sample)] if "_store" in e.name]
    held = judged_persons(FIXTURES / f"{name}.jsonl" for name in earlier)
    keys = {
        (*article_key(i["path"], i["locator"]), person_key(i["name"])) for i in judged(sample.name)
    }
    assert not keys & held


def test_a_draw_of_unjudged_persons_leaves_out_the_persons_judged(tmp_path: Path) -> None:
    person = {"name": "علی رضایی", "mentions": [{"start": 0, "end": 9}]}
    other = {"name": "مریم احمدی", "mentions": [{"start": 11, "end": 21}]}
    record = {"path": "a/tabnak_data_1.txt", "text": "علی رضایی و مریم احمدی آمدند."}
    extract = tmp_path / "news.jsonl"
    extract.write_text(json.dumps({**record, "persons": [person, other]}) + "\n", encoding="utf-8")
    judged_line = tmp_path / "judged.jsonl"
    line = {"name": "علی  رضایی", "path": "b/tabnak_data_1.txt", "locator": None}
    judged_line.write_text(json.dumps(line) + "\n", encoding="utf-8")
    drawn = draw(extract, 10, 0, 10, judged=judged_persons([judged_line]))
    assert [i["name"] for i in drawn] == ["مریم احمدی"]


@each_of(outside(OTHER_FIXTURES))
def test_the_sample_shares_articles_only_with_fixtures_drawn_beside_it(sample: Sample) -> None:
    own = frozenset({f"{sample.name}.jsonl"})
    stems = {stem_of(i) for i in judged(sample.name)}
    assert not stems & fixture_stems(own | sample.drawn_beside | LET_IN_LATER)
    assert len(stems & fixture_stems(own | LET_IN_LATER)) == sample.shared


@each_of(SAMPLES)
def test_precision_on_the_sample(sample: Sample) -> None:
    result = score(judged(sample.name))
    assert result.precision >= sample.floor.precision, [i["name"] for i in result.kept_false_items]
    assert len(result.lost_true) <= sample.floor.most_lost_true, [
        i["name"] for i in result.lost_true
    ]


def test_the_gold_is_listed_by_path_and_place() -> None:
    assert ("fars-news-4.json", "item 196") in gold()  # fars-4_195: its array index is 0-based
    assert ("tabnak_data_123.txt", None) in gold()


def test_fixtures_hold_their_texts_and_judged_lines() -> None:
    held = fixture_stems(frozenset({"persons_judged_7.jsonl"}) | SAME_HOUR_7)
    assert {"tabnak_240", "fars-4_270"} <= held  # a persons-recall text, a speakers line


def test_whole_articles_are_scored_by_their_path_and_place(tmp_path: Path) -> None:
    # an extraction of two of the judged articles (both names true): one reports its judged
    # name again, the other reports no one
    items = judged("persons_judged_3")
    kept, lost = items[0], next(i for i in items[1:] if i["path"] != items[0]["path"])
    out = tmp_path / "news.jsonl"
    records = [
        {"path": kept["path"], "locator": kept["locator"], "persons": [{"name": kept["name"]}]},
        {"path": lost["path"], "locator": lost["locator"], "persons": []},
    ]
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    result = score_articles([kept, lost], out)
    assert (result.kept_true, result.kept_false) == (1, 0)
    assert [i["name"] for i in result.lost_true] == [lost["name"]]


def test_whole_articles_keep_a_true_name_inside_a_fuller_one(tmp_path: Path) -> None:
    # the eighth store sample's true «واعظی», reported as «محمود واعظی» once «رای» no longer
    # hides the given name; a false name is kept only as written
    item = next(i for i in judged("persons_judged_store_8") if i["name"] == "واعظی")
    false = {**item, "verdict": False, "why": "cut short"}
    out = tmp_path / "news.jsonl"
    record = {
        "path": item["path"],
        "locator": item["locator"],
        "persons": [{"name": "محمود واعظی"}],
    }
    out.write_text(json.dumps(record, ensure_ascii=False) + "\n", "utf-8")
    assert score_articles([item], out).kept_true == 1
    assert score_articles([false], out).kept_false == 0
