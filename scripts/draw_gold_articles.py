"""Draw news articles for hand annotation, seeded and stratified, and copy their texts.

Usage:
    python scripts/draw_gold_articles.py ../shared/data/news            # write the draw list
    python scripts/draw_gold_articles.py ../shared/data/news --copy 20  # and copy the first 20
    python scripts/draw_gold_articles.py ../shared/data/news --second --copy 40
    python scripts/draw_gold_articles.py ../shared/data/ner --arman3 --copy 20

The draw list (tests/fixtures/gold/drawn.tsv) records, in draw order, each article's fixture
stem, where it comes from, the stratum it was drawn for and the part (`tune` or `heldout`) it
goes to. Both are fixed here, before anyone reads the article, so annotating a prefix of the
list keeps the strata and the split balanced. Articles already used as fixtures are excluded.

Strata, guessed from the text and checked by the annotator (tests/fixtures/gold/split.json
records what the reading found):
* `international`: a foreign-news category, or a foreign place or leader in the title;
* `post_lead`: the lead opens with a post and a reporting verb («نماینده مجلس گفت: ...»);
Slots cycle international, post_lead, international, and outlets cycle within each stratum, so
every outlet is drawn. Two international slots in three make up for the first 29 gold articles,
only one of which is foreign news; post-only leads are common anyway (24 of those 29). Within a
stratum, each successive pair of draws gives one article to `tune` and one to `heldout`, by coin.

`--second` makes a second draw (tests/fixtures/gold/drawn_2.tsv, its own seed) for the held-out
part alone: every article gets `heldout`. Same pool, slots and outlet turns, but it leaves out
every article a fixture already holds: the first draw, every text under tests/fixtures (the
ingest copies by their dataset name), every article a JSON Lines sample there names (by `file`,
`stem`, or `path` and `locator`; the `pool.jsonl` lists name the articles free when a sample was
drawn, not held ones, and are not read), the Fars records of tests/fixtures/ingest (by link),
and any article with the title of one of those.
Since it reads the fixtures as they are, and they have held its own articles since, it gives
drawn_2.tsv again only on the fixtures it was drawn from: `git worktree add` d589cc3, the
commit before it, and run this script there.

`--arman3` makes a third held-out draw (tests/fixtures/gold/drawn_3.tsv, its own seed) from
text no rule was tuned on: ARMAN's fold 3 (the NER folder, ``arman/ArmanPersoNERCorpus.zip``),
cut into articles of 10 sentences as ``benchmarks/ner.py --arman`` cuts it
(``benchmarks/ner_data.articles``) and repaired as ``khabar extract`` repairs it
(``scripts/draw_arman_quotes.py``). The articles are shuffled with the seed; slots alternate
between the next article whose text holds a verb of saying or a title before a name (`cue`)
and the next article of any kind (`any`). Every article goes to `heldout`; its text is written
to tests/fixtures/news/arman3_<article>.txt.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests/fixtures"
SEED = 20261202
SECOND_SEED = 20261204
ARMAN3_SEED = 20261205
ARMAN3_SLOTS = ("cue", "any")
# a verb of saying, or a title written before a name: an article likely to hold a quote
ARMAN3_CUE = re.compile(
    "(?:گفت|افزود|اظهار|اعلام کرد|تاکید کرد|تأکید کرد|خاطرنشان|یادآور شد|ادامه داد)"
    "|(?:آقای|خانم|دکتر|مهندس|حجت‌الاسلام|آیت‌الله|سردار|سرلشکر|سرتیپ) "
)
MIN_CHARS, MAX_CHARS = 800, 3000
OUTLETS = ("tabnak", "roozno", "sobhane", "mashregh", "fars")
# the 24 articles annotated before this draw
ALREADY_USED = frozenset(
    (
        "fars-1_8",
        "fars-2_104",
        "fars-2_167",
        "fars-2_30",
        "fars-3_114",
        "fars-3_274",
        "fars-4_132",
        "fars-4_64",
        "fars-5_244",
        "fars-5_53",
        "mashregh_7",
        "roozno_215",
        "roozno_603",
        "roozno_631",
        "roozno_639",
        "roozno_70",
        "sobhane1_5",
        "sobhane2_110",
        "sobhane2_98",
        "tabnak_0",
        "tabnak_104",
        "tabnak_1259",
        "tabnak_1268",
        "tabnak_32",
    )
)
# drawn first, with a looser test (foreign words in the title or lead, matched inside words:
# «هند» in «نمی‌دهند»); kept as drawn, with the parts they were given
FIRST_DRAW = (
    ("tabnak_123", "international", "tune"),
    ("tabnak_31", "post_lead", "tune"),
    ("roozno_2", "international", "heldout"),
    ("sobhane2_28", "international", "heldout"),
    ("roozno_462", "post_lead", "heldout"),
    ("mashregh_12", "international", "tune"),
    ("fars-4_195", "international", "tune"),
    ("sobhane2_56", "post_lead", "heldout"),
    ("tabnak_368", "international", "heldout"),
    ("roozno_125", "international", "heldout"),
)
SLOTS = ("international", "post_lead", "international")

FOREIGN_CATEGORIES = ("بین\u200cالملل", "خارجی", "جهان", "سياست\u200cخارجی", "world")
FOREIGN_WORDS = re.compile(
    r"(?<![\w\u200c])(?:"
    "آمریکا|امريكا|ترامپ|بایدن|اوباما|اروپا|روسیه|پوتین|چین|عراق|سوریه|لبنان|عربستان|"
    "اسرائیل|صهیونیست|فلسطین|افغانستان|ترکیه|اردوغان|انگلیس|بریتانیا|فرانسه|آلمان|ژاپن|"
    "هند|پاکستان|یمن|سازمان ملل|ناتو|کره|ونزوئلا|بحرین|امارات|قطر|کویت|مصر|لیبی|اوکراین"
    r")(?:ی|یی|ها)?(?!\w)"
)
POSTS = (
    "نماینده|وزیر|رئیس|رییس|رئيس|معاون|فرمانده|سخنگو|مدیر|استاندار|فرماندار|دبیر|عضو|دادستان|"
    "سفیر|مشاور|امام جمعه|جانشین|نایب|نائب|قائم|شهردار|سرپرست|مسئول|مسوول|کارشناس|رئیس‌جمهور"
)
TITLES = re.compile("سردار|سرلشکر|سرتیپ|دکتر|حجت|آیت|مهندس|آقای|خانم|حاج")
POST_LEAD = re.compile(
    rf"^(?:[^،:\n]{{0,30}}\s[-–]\s*)?(?:{POSTS})[^:\n]{{0,150}}?"
    r"(?:گفت|افزود|اظهار|کرد|داشت|نوشت|داد|شد)\s*:"
)


@dataclass
class Article:
    stem: str
    origin: str
    outlet: str
    text: str
    international: bool
    post_lead: bool
    source_row: str = ""
    link: str = ""

    @property
    def stratum(self) -> str:
        return "international" if self.international else "post_lead" if self.post_lead else "other"


def ir_text(lines: list[str]) -> str:
    """Title line, then one line per sentence without its id (tests/fixtures/news/SOURCES.md)."""
    head = lines[0].split("###")
    title = head[1]
    if title == "nan":
        title = unquote(head[2]).rstrip("/").split("/")[-1].replace("-", " ")
    sentences = [ln.partition("\t")[2] for ln in lines[2:] if ln.strip()]
    return "\n".join([title, *sentences]) + "\n"


def classify(stem: str, origin: str, text: str, foreign_category: bool) -> Article:
    lines = text.split("\n")
    lead = lines[1] if len(lines) > 1 else ""
    international = foreign_category or bool(FOREIGN_WORDS.search(lines[0]))
    post_lead = bool(POST_LEAD.match(lead)) and not TITLES.search(lead.split(":")[0])
    outlet = next(o for o in OUTLETS if stem.startswith(o))
    return Article(stem, origin, outlet, text, international, post_lead)


def ir_articles(news: Path):
    for path in sorted((news / "ir_news_dataset/Dataset").glob("*.txt")):
        lines = path.read_text(encoding="utf-8").split("\n")
        name = path.stem.replace("_data", "")
        head = lines[0].split("###")
        foreign = any(c in head[3] for c in FOREIGN_CATEGORIES) if len(head) > 3 else False
        article = classify(name, f"ir_news_dataset `Dataset/{path.name}`", ir_text(lines), foreign)
        n = article.text.count("\n") - 1
        note = "title is `nan` in the dataset; first line rebuilt from the URL slug" * (
            head[1] == "nan"
        )
        article.link = head[2]
        article.source_row = (
            f"| `{name}.txt` | {article.origin} (sentences 1-{n}) | {unquote(head[2])} "
            f"| {head[4]} | {note} |"
        )
        yield article


def fars_articles(news: Path):
    for k in range(1, 6):
        records = json.loads((news / f"farsnews/fars-news-{k}.json").read_text(encoding="utf-8"))
        for i, a in enumerate(records):
            text = "\n".join([a["title"], a["abstract"], *a["paragraphs"]]) + "\n"
            origin = f"farsnews `fars-news-{k}.json`, array index {i}"
            article = classify(f"fars-{k}_{i}", origin, text, a["cat"] in FOREIGN_CATEGORIES)
            article.link = a["link"]
            article.source_row = (
                f"| `{article.stem}.txt` | {origin} (title, abstract, {len(a['paragraphs'])} "
                f"paragraphs) | {unquote(a['link'])} |  |  |"
            )
            yield article


def pool(
    news: Path,
    held: frozenset[str] = ALREADY_USED,
    held_links: frozenset[str] | None = None,
    chars: tuple[int, int] = (MIN_CHARS, MAX_CHARS),
) -> list[Article]:
    """The articles of 800-3,000 characters (or ``chars``), one per title, but the held ones.
    With ``held_links`` (the second draw) the held articles' titles are left out too, and so
    are other copies of a held article."""
    everything = [*ir_articles(news), *fars_articles(news)]
    seen_titles: set[str] = set()
    if held_links is not None:
        seen_titles = {
            a.text.split("\n")[0] for a in everything if a.stem in held or a.link in held_links
        }
    out = []
    for a in everything:
        title = a.text.split("\n")[0]
        if a.stem in held or title in seen_titles:
            continue
        seen_titles.add(title)
        if chars[0] <= len(a.text) <= chars[1]:
            out.append(a)
    return out


def record_stems(path: Path) -> set[str]:
    """The stems of the articles a JSON Lines sample names (``file``, ``stem``, ``path``)."""
    stems = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        if "file" in record:
            stems.add(Path(record["file"]).stem)
        elif "stem" in record:
            stems.add(record["stem"])
        elif "path" in record:
            name = Path(record["path"]).stem
            fars = re.fullmatch(r"fars-news-(\d+)", name)
            item = re.fullmatch(r"item (\d+)", record.get("locator") or "")
            if fars and item:
                # the reader counts items from 1, the fixtures' array indexes from 0
                stems.add(f"fars-{fars[1]}_{int(item[1]) - 1}")
            elif not fars:
                stems.add(name.replace("_data", ""))
    return stems


def held_stems() -> frozenset[str]:
    """Every article a fixture holds or a sample names, and the first draw."""
    stems = set(ALREADY_USED)
    drawn = (FIXTURES / "gold/drawn.tsv").read_text(encoding="utf-8").splitlines()[1:]
    stems |= {row.split("\t")[1] for row in drawn}
    stems |= {p.stem for p in (FIXTURES / "gold").glob("*.json")}
    for text in FIXTURES.rglob("*.txt"):
        stems.add(text.stem.removeprefix("irnews_").replace("_data", ""))
    for sample in FIXTURES.rglob("*.jsonl"):
        if sample.name != "pool.jsonl":
            stems |= record_stems(sample)
    return frozenset(stems)


def fixture_links() -> frozenset[str]:
    """The links of the Fars News records copied as JSON fixtures (tests/fixtures/ingest)."""
    links = set()
    for path in FIXTURES.rglob("*.json"):
        if path.parent.name == "gold":
            continue
        records = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(records, list):
            links |= {r["link"] for r in records if isinstance(r, dict) and "link" in r}
    return frozenset(links)


def pick_article(
    articles: list[Article], taken: set[str], turn: int, fits: Callable[[Article], bool]
) -> Article | None:
    """The first article that ``fits`` and is not taken, from the outlet whose turn it is or
    the next one that has one."""
    for k in range(len(OUTLETS)):
        outlet = OUTLETS[(turn + k) % len(OUTLETS)]
        found = (a for a in articles if a.stem not in taken and a.outlet == outlet and fits(a))
        if pick := next(found, None):
            return pick
    return None


def second_draw(articles: list[Article], count: int) -> list[tuple[Article, str, str]]:
    """The held-out draw: the same slots and outlet turns, every article to `heldout`."""
    rng = random.Random(SECOND_SEED)
    rng.shuffle(articles)
    taken: set[str] = set()
    turns = dict.fromkeys(SLOTS, 0)
    drawn = []
    for n in range(count):
        stratum = SLOTS[n % len(SLOTS)]
        turn = turns[stratum]
        turns[stratum] += 1
        pick = None
        for guess in (stratum, "other"):
            # a stratum the fresh pool has run out of is drawn as an ordinary article
            pick = pick_article(articles, taken, turn, lambda a, g=guess: a.stratum == g)
            if pick:
                stratum = guess
                break
        if pick is None:
            raise SystemExit(f"no article left for stratum {stratum}")
        taken.add(pick.stem)
        drawn.append((pick, stratum, "heldout"))
    return drawn


def draw(articles: list[Article], count: int) -> list[tuple[Article, str, str]]:
    by_stem = {a.stem: a for a in articles}
    drawn = [(by_stem[stem], stratum, part) for stem, stratum, part in FIRST_DRAW]
    rng = random.Random(SEED)
    rng.shuffle(articles)
    taken = {stem for stem, _, _ in FIRST_DRAW}
    turns = {s: 0 for s in SLOTS}
    parts: dict[str, list[str]] = {s: [] for s in SLOTS}
    for n in range(count - len(FIRST_DRAW)):
        stratum = SLOTS[n % len(SLOTS)]
        turn = turns[stratum]
        turns[stratum] += 1
        pick = pick_article(articles, taken, turn, lambda a, s=stratum: a.stratum == s)
        if pick is None:
            raise SystemExit(f"no article left for stratum {stratum}")
        taken.add(pick.stem)
        if not parts[stratum]:
            parts[stratum] = rng.sample(["tune", "heldout"], 2)
        drawn.append((pick, stratum, parts[stratum].pop()))
    return drawn


def arman3_draw(ner: Path, count: int) -> list[tuple[Article, str, str]]:
    """The third held-out draw: ARMAN fold 3's articles, shuffled, cue and any slots in turn."""
    import sys

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from ner_data import articles as ner_articles
    from ner_data import read_arman

    from khabar.text.pipeline import repair

    sentences = read_arman(ner / "arman/ArmanPersoNERCorpus.zip", [3])
    pool = []
    for k, art in enumerate(ner_articles(sentences)):
        origin = f"ARMAN fold 3, article {k}"
        pool.append(Article(f"arman3_{k}", origin, "arman", repair(art.text).text, False, False))
    rng = random.Random(ARMAN3_SEED)
    rng.shuffle(pool)
    taken: set[str] = set()
    drawn = []
    for n in range(count):
        slot = ARMAN3_SLOTS[n % len(ARMAN3_SLOTS)]
        fits = (lambda a: bool(ARMAN3_CUE.search(a.text))) if slot == "cue" else bool
        pick = next((a for a in pool if a.stem not in taken and fits(a)), None)
        if pick is None:
            raise SystemExit(f"no article left for slot {slot}")
        taken.add(pick.stem)
        k = pick.stem.partition("_")[2]
        pick.source_row = (
            f"| `{pick.stem}.txt` | ARMAN `test_fold3.txt`, article {k} (sentences "
            f"{int(k) * 10 + 1}-{int(k) * 10 + 10} of the fold, tokens joined by spaces, "
            "repaired as `khabar extract` repairs them) |  |  | "
            "Poostchi et al. 2016, 2018 (HaniehP/PersianNER), only for academic research use "
            "(its Hugging Face dataset card: CC BY 4.0) |"
        )
        drawn.append((pick, slot, "heldout"))
    return drawn


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("news", type=Path, help="the shared news folder (ir_news_dataset, farsnews)")
    ap.add_argument("--count", type=int, default=100, help="how many articles to draw")
    ap.add_argument(
        "--copy", type=int, default=0, help="copy the first N drawn texts, print SOURCES.md rows"
    )
    ap.add_argument(
        "--second", action="store_true", help="the held-out draw (drawn_2.tsv), --count 40"
    )
    ap.add_argument(
        "--arman3",
        action="store_true",
        help="the third held-out draw (drawn_3.tsv) from ARMAN fold 3; the folder is the NER one",
    )
    args = ap.parse_args()
    if args.arman3:
        drawn = arman3_draw(args.news, 20 if args.count == 100 else args.count)
    elif args.second:
        count = 40 if args.count == 100 else args.count
        drawn = second_draw(pool(args.news, held_stems(), fixture_links()), count)
    else:
        drawn = draw(pool(args.news), args.count)
    rows = ["order\tstem\tstratum\tpart\tchars\torigin"]
    rows += [
        f"{n}\t{a.stem}\t{stratum}\t{part}\t{len(a.text)}\t{a.origin}"
        for n, (a, stratum, part) in enumerate(drawn, 1)
    ]
    name = "drawn_3.tsv" if args.arman3 else "drawn_2.tsv" if args.second else "drawn.tsv"
    (FIXTURES / "gold" / name).write_text("\n".join(rows) + "\n", encoding="utf-8")
    for a, _, _ in drawn[: args.copy]:
        target = FIXTURES / "news" / f"{a.stem}.txt"
        if not target.exists():
            target.write_text(a.text, encoding="utf-8")
            print(a.source_row)


if __name__ == "__main__":
    main()
