"""A post after «یک» opening the article's first sentence: «یک عضو کمیسیون حقوقی و قضایی
مجلس شورای اسلامی ضمن تاکید بر ... اظهار کرد که ...». The lead names its subject by post
alone, and the next paragraph names them («محمد علی پورمختار در گفت‌وگو با ایسنا ... گفت:»):
the post is read as the one without «یک» is («عضو کمیسیون ... گفت:»), for
``coref.adopt_posts`` to give its holder, when a person the article knows opens the next
sentence (past its source, «به گزارش روز نو :حشمت‌الله فلاحت‌پیشه ...»). Not further in the
article, where «یک» brings in someone else than the one named next («این در حالی است که یک
دیپلمات غربی ...» before the Iranian envoy speaks; «یک سخنگوی حزب اسلامی ...» before its
leader), nor when the next sentence names another first («یک عضو ائتلاف سائرون اعلام کرد
...» again, then a member the article does not know, then the prime minister)."""

from __future__ import annotations

from khabar.extract.clause_openers import after_source
from khabar.extract.clause_words import FULL_STOPS, QUOTE_MARKS
from khabar.extract.people import PostMention
from khabar.extract.registry import Registry

_ONE = "یک"


def one_post(keys, s: int, verb_at: int, post_at, reg: Registry) -> PostMention | None:
    """The post right after «یک» at ``s``, before the verb at ``verb_at``, in the article's
    first sentence, a known person opening the next; None if the clause does not open so, or
    the post is an anaphor."""
    if keys[s] != _ONE or s + 1 >= verb_at:
        return None
    post = post_at.get(s + 1)
    if post is None or post.anaphor or post.j > verb_at:
        return None
    if not FULL_STOPS.isdisjoint(keys[:s]):
        return None  # past the lead
    stop = next((k for k in range(verb_at, len(keys)) if keys[k] in FULL_STOPS), None)
    if stop is None:
        return None
    t = after_source(keys, stop + 1, len(keys))
    t += t < len(keys) and keys[t] in QUOTE_MARKS  # «"نادر پسنده" روز جمعه ...»
    return post if t in reg.by_token else None
