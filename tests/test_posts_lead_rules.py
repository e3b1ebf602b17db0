"""Posts in a lead, their holder named next: a post that opens the lead is the post of the
person the next sentence names first, past its source, also when the source quotes a body and
no comma parts the body from the name (``lead_posts.past_quoted_body``). The sentences of the
twelfth judged posts sample (fars-5_4, the one article of the shared news that holds the
shape), and layouts the rule leaves."""

from __future__ import annotations

from khabar.extract import extract_text

_LEAD = (
    "زمین‌های آموزش و پرورش بویراحمد که بلا استفاده مانده تغییر کاربری می‌شوند\n"
    "فرماندار شهرستان بویراحمد گفت: برخی ساختمان‌های آموزش و پرورش بویراحمد که بلا استفاده "
    "مانده و استفاده آموزشی نمی‌شوند مراحل تغییر کاربری بخشی از آنها به تجاری فراهم می‌شود.\n"
)


def _posts(text: str) -> dict[str, list[str]]:
    return {p.name: list(p.posts) for p in extract_text(text).persons}


def test_the_name_past_the_quoted_body_holds_the_leads_post() -> None:
    # fars-5_4: the governor of the lead is Kenari, named past the body the source quotes from
    text = _LEAD + (
        "به گزارش خبرگزاری فارس از یاسوج، به نقل از  اداره اطلاع‌رسانی و روابط عمومی آموزش و "
        "پرورش استان شاهرخ کناری در نشست شورای آموزش و پرورش بویراحمدبرخی ساختمان‌های آموزش و "
        "پرورش بویراحمد که بلا استفاده مانده و استفاده آموزشی نمی‌شوند مراحل تغییر کاربری بخشی "
        "از آنها به تجاری فراهم می‌شود.\n"
        "وی افزود: هزینه تغییر کاربری این زمین‌ها بیش از ۵۰ میلیارد ریال است به صورت رایگان "
        "انجام خواهد شد.\n"
    )
    assert _posts(text)["شاهرخ کناری"] == ["فرماندار شهرستان بویراحمد"]
    speakers = [q.speaker for q in extract_text(text).quotes]
    assert speakers == ["شاهرخ کناری"] * 2


def test_a_verb_before_the_name_ends_the_quoted_body() -> None:
    # what the body said, then a name in its own clause: not the lead's subject named
    text = _LEAD + (
        "به گزارش خبرگزاری فارس، به نقل از روابط عمومی آموزش و پرورش استان اعلام شد شاهرخ "
        "کناری در نشست شورای آموزش و پرورش حضور داشت.\n"
    )
    assert _posts(text).get("شاهرخ کناری", []) == []


def test_a_body_of_one_word_is_no_quoted_body() -> None:
    # «به نقل از» a person: the one quoted is named right after it, no body between
    text = _LEAD + (
        "به گزارش خبرگزاری فارس، به نقل از شاهرخ کناری برخی ساختمان‌ها تغییر کاربری می‌یابند.\n"
    )
    assert _posts(text).get("شاهرخ کناری", []) == []
