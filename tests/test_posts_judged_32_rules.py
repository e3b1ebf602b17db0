"""Posts the thirty-second judged posts sample (articles of 3,000-4,500 characters) showed
missed, and the rule written for them: «روان‌پزشک», a psychiatrist, is a calling's head as
«روانشناس» is (``data/post_heads.tsv``), so the calling after a name and a comma is the
name's post. The sample's sentence, and another shared article's (named): on the shared news
outside the held-out gold the rule adds these two posts and nothing else."""

from posts_articles import judged_article, posts_of

from khabar.extract import extract_text

SAMPLE = "posts_judged_32.jsonl"


def test_a_psychiatrist_after_a_comma_holds_the_calling():
    # tabnak_934: «امیرحسین جلالی ندوشن، روان پزشک در شرق نوشت:»
    posts = posts_of(judged_article(SAMPLE, "tabnak_934"))
    assert posts["امیرحسین جلالی‌ندوشن"] == ["روان‌پزشک"]


def test_a_psychiatrist_outside_the_sample():
    # roozno_800 (in speakers samples, which judge no post)
    doc = extract_text(
        "گریستن بی‌آغوش؛ روایتی از مردگان بی‌ترحیم و سوگواران خاموش\n"
        "دکتر سید احسان طوسی، روانپزشک در گفت و گو با «ایران» از سوگ می‌گوید: «اگرچه کرونا در "
        "مجموع عامل سهم کوچکی از مرگ و میر این روزهاست، اما روی سوگواری مردم صرفنظر از علت "
        "فوت عزیزانشان سایه افکنده است.\n"
    )
    posts = {p.name: p.posts for p in doc.persons}
    assert posts["سید احسان طوسی"] == ["روانپزشک"]
