"""ARMAN's sentences retagged in PEYMA's conventions for training (benchmarks/ner_data.py)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from ner_data import Sentence, articles, held_out, peyma_conventions, runs  # noqa: E402


def sentence(tagged: str) -> Sentence:
    """ARMAN's tokens, ``word/TAG`` where tagged (its tags read as ``read_arman`` reads them)."""
    tokens, tags = [], []
    for item in tagged.split(" "):
        word, _, tag = item.partition("/")
        tokens.append(word)
        tags.append(tag or "O")
    return Sentence(-1, tokens, tags)


def spans(s: Sentence) -> list[tuple[str, str]]:
    return [(kind, " ".join(s.tokens[i:j])) for kind, i, j in runs(s.tags)]


NATIONS = sentence(
    "وي هشدار داد : درج چنین مطالبی در روزنامه‌های مصری/B_ORG ، دوستی مصر/B_ORG و "
    "آمریکا/B_ORG را زیر سئوال می‌برد ."
)
TEAMS = sentence(
    "تیم/B_ORG ایران/I_ORG روز سه‌شنبه نیز در اولین دیدار خود مقابل تیم/B_ORG "
    "قزاقستان/I_ORG متحمل شکست شده بود ."
)
TITLES = sentence(
    "به تعبیر آیت‌الله خزعلی/B_PER ، نام مبارک شما در کنار شهید/B_PER بهشتی/I_PER و "
    "امیر/B_PER کبیر/I_PER و مولوی/B_PER یاد می‌شود ."
)
OTHERS = sentence(
    "به نوشته روزنامه/B_PRO رسالت/I_PRO ، دانشجویان دانشگاه/B_FAC تهران/I_FAC در "
    "هفته/B_EVE دولت/I_EVE از جمهوری/B_ORG اسلامی/I_ORG ایران/I_ORG گفتند ."
)


def test_nationalities_untagged_and_countries_places():
    (out,) = peyma_conventions([NATIONS])
    assert spans(out) == [("LOC", "مصر"), ("LOC", "آمریکا")]


def test_a_countrys_team_is_its_place():
    (out,) = peyma_conventions([TEAMS])
    assert spans(out) == [("LOC", "ایران"), ("LOC", "قزاقستان")]


def test_titles_off_the_name_but_given_names_and_whole_names_stay():
    (out,) = peyma_conventions([TITLES])
    names = [("PER", "خزعلی"), ("PER", "بهشتی"), ("PER", "امیر کبیر"), ("PER", "مولوی")]
    assert spans(out) == names


def test_periodicals_organizations_events_untagged_facilities_as_asked():
    (out,) = peyma_conventions([OTHERS])
    assert spans(out) == [("ORG", "روزنامه رسالت"), ("ORG", "جمهوری اسلامی ایران")]
    (out,) = peyma_conventions([OTHERS], fac="ORG")
    assert ("ORG", "دانشگاه تهران") in spans(out)
    assert peyma_conventions([OTHERS, NATIONS], fac="drop") == peyma_conventions([NATIONS])


def test_a_list_of_places_after_a_plural_lead_is_its_places_in_khabars_view():
    from ner import _listed_after_plural

    # PEYMA's training part: one span over the lead and the list; khabar names each place
    text = "استان‌های چهارمحال و بختیاری ، لرستان و خوزستان"
    tokens, at = [], 0
    for word in text.split(" "):
        tokens.append((at, at + len(word)))
        at += len(word) + 1
    items = [text[a:b] for a, b in _listed_after_plural(text, tokens)]
    assert items == ["چهارمحال و بختیاری", "لرستان", "خوزستان"]
    one = "استان‌های کشور"
    assert _listed_after_plural(one, [(0, 9), (10, 14)]) == []


def test_a_dev_fold_of_another_residue_holds_other_runs_of_articles():
    # «--dev 10 --block 10»: the tenth run of 10 articles of each 100 by default, the fifth
    # with «--residue 4», a fold no rule was tuned on
    tuned = [n for n in range(200) if held_out(n, 10, 10)]
    fresh = [n for n in range(200) if held_out(n, 10, 10, 4)]
    assert tuned == [*range(90, 100), *range(190, 200)]
    assert fresh == [*range(40, 50), *range(140, 150)]
    assert not any(held_out(n, 0, 10, 4) for n in range(200))


def test_imam_before_a_figure_of_the_news_is_his_title_in_both_golds():
    from ner import arman_gold, khabar_gold

    # PEYMA and ARMAN tag «امام خمینی» whole; khabar names him «خمینی», as it names
    # «آیت‌الله خامنه‌ای», while «امام حسین» stays a holy figure and no person of khabar's
    tokens = "سالگرد رحلت امام خمینی و تاسوعای امام حسین".split()
    tags = ["O", "O", "B_PER", "I_PER", "O", "O", "B_PER", "I_PER"]
    (article,) = articles([Sentence(0, tokens, tags)])
    for gold in (khabar_gold(article), arman_gold(article)):
        assert [article.text[s:e] for _, s, e in gold] == ["خمینی"]
