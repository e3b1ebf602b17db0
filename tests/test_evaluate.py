"""The measures of benchmarks/evaluate_extraction.py on a short real-style article."""

from khabar.evaluate import orgs_match, posts_match, score_document
from khabar.extract import extract_text

TEXT = (
    "سردار قاسم رضایی رئیس پلیس کشور در نشست خبری گفت: طرح جدید از فردا اجرا می‌شود.\n"
    "وی افزود: ماموران در همه استان‌ها حاضرند.\n"
    "روز گذشته وزارت بهداشت در بیانیه‌ای اعلام کرد: دو نفر در قم جان باختند."
)


def gold(**changes):
    g = {
        "file": "t.txt",
        "persons": [{"name": "قاسم رضایی", "titles": ["سردار"], "roles": ["رئیس پلیس کشور"]}],
        "quotes": [
            {"speaker": "قاسم رضایی", "kind": "direct", "starts": "طرح جدید از فردا"},
            {"speaker": "قاسم رضایی", "kind": "direct", "starts": "ماموران در همه"},
            {
                "speaker": None,
                "speaker_organization": "وزارت بهداشت",
                "kind": "direct",
                "starts": "دو نفر در قم",
            },
        ],
    }
    g.update(changes)
    return g


def test_every_measure_of_an_article_read_right():
    rep = score_document(extract_text(TEXT), gold())
    assert (rep.quotes.tp, rep.quotes.fp, rep.quotes.fn) == (3, 0, 0)
    assert (rep.speakers.tp, rep.speakers.fp, rep.speakers.fn) == (2, 0, 0)
    assert (rep.organizations.tp, rep.organizations.fp, rep.organizations.fn) == (1, 0, 0)
    assert (rep.speaker_accuracy.right, rep.speaker_accuracy.total) == (3, 3)
    assert (rep.posts.right, rep.posts.total) == (1, 1)


def test_a_wrong_speaker_is_an_error_and_a_wrong_post_is_not_right():
    persons = [{"name": "قاسم رضایی", "titles": [], "roles": ["فرمانده انتظامی تهران"]}]
    quotes = gold()["quotes"]
    quotes = [dict(q, speaker="علی رضایی") if q["speaker"] else q for q in quotes]
    rep = score_document(extract_text(TEXT), gold(persons=persons, quotes=quotes))
    assert (rep.speaker_accuracy.right, rep.speaker_accuracy.wrong) == (1, 2)
    assert (rep.posts.right, rep.posts.wrong) == (0, 1)


def test_a_quote_of_another_kind_is_not_found_and_no_quote_is_a_missed_speaker():
    quotes = [dict(q, kind="indirect") for q in gold()["quotes"]]
    rep = score_document(extract_text(TEXT), gold(quotes=quotes))
    assert (rep.quotes.tp, rep.quotes.fn) == (0, 3)
    assert rep.speaker_accuracy.right == 3  # the speaker is scored whatever the kind
    rep = score_document(extract_text("طرح جدید از فردا اجرا می‌شود."), gold())
    assert rep.quotes.fn == 1 and rep.speaker_accuracy.missed == 1
    # files annotated before ``speaker_organization`` existed do not count it
    rep = score_document(extract_text(TEXT), gold(), organizations=False)
    assert rep.speaker_accuracy.total == 2 and rep.organizations.tp == 0


def test_posts_and_organizations_match_on_their_words():
    assert posts_match("استاندار", "استاندار کرمان")
    assert posts_match("رییس پلیس کشور", "رئیس پلیس کشور")
    assert not posts_match("رئیس جمهور", "رئیس پلیس کشور")
    assert posts_match("معاون وزیر کار", "معاون وزیر تعاون، کار و رفاه اجتماعی")
    assert posts_match("جانشین فرمانده‌کل سپاه", "جانشین فرمانده کل سپاه")
    assert posts_match("دبیر کل حزب‌الله لبنان", "دبیرکل حزب‌الله لبنان")
    assert posts_match("معاون سازمان نیرو‌های مردمی عراق", "معاون سازمان نیروهای مردمی عراق")
    assert not posts_match("استاندار", "معاون استاندار کرمان")
    assert not posts_match("معاون وزیر کار", "معاون وزیر کشور")
    assert orgs_match("وزارت خارجه", "وزارت امور خارجه")
    assert not orgs_match("وزارت بهداشت", "وزارت امور خارجه")
    assert not orgs_match(None, "سپاه")


def test_names_of_one_listed_outlet_are_one():
    from khabar.evaluate import one_listed

    assert one_listed("خبرگزاری تاس", "ایتارتاس")
    assert one_listed("روزنامه وال استریت ژورنال", "روزنامه وال‌استریت‌ژورنال")
    assert not one_listed("خبرگزاری تاس", "خبرگزاری فارس")
    assert not one_listed("ایتارتاس گزارش", "ایتارتاس")  # not a listed name whole
    assert not one_listed(None, "ایتارتاس")
