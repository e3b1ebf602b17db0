"""A headline's post lead run into the clause, held by the one the lead then names.

News opens with a headline and a lead that names by post whom the next sentence names in full
past its source: «تبریز شهر بدون گدا و بدون معتاد متجاهر شهردار تبریز ... را مرهون فعالیت‌های
فرهنگی دانست. به گزارش خبرگزاری فارس ...، صادق نجفی ... اظهار داشت:». When the source lost
its lines, the headline's words run into the lead with no full stop, so the post does not open
the clause, and nobody speaks. A post nobody holds there is the clause's subject, held by the
person the lead names next, when:

- it has two words or more, and the words before it are a headline's (letters only, no
  verb, «که», «را», «یک», person or punctuation, not a preposition's or «و»'s object: «یک
  مقام مسئول ... اعلام کرد» is no headline), or an outlet's dateline past them
  («... " یا حسین " فرارو - خطیب نماز جمعه این هفته تهران تاکید کرد که»);
- its clause runs to the verb with no «که» nor colon, and no name right after the post;
- the next sentence opens with an outlet's «به گزارش X،» and names right past its comma (and
  titles) the first person named past the verb, there for the first time, who may hold the
  post: no post of another head, nor of another country (``posts_agree``,
  ``of_its_country``). A new item run in before the name («... شناسایی شوند به گزارش خبرنگار
  مهر، حمید ملانوری ...») is not the lead.
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.clause_openers import finite_verb
from khabar.extract.clause_words import COMMAS, DASHES, FINAL, PREPOSITIONS, QUOTE_MARKS
from khabar.extract.coref import posts_agree, worded
from khabar.extract.people import PostMention, post_key
from khabar.extract.post_countries import countries_in, of_its_country
from khabar.extract.registry import Registry

_HEADLINE_WORDS = 2  # the fewest words of a headline before the post
_HEADLINE_REACH = 16  # the most
_NEXT_REACH = 80  # tokens from the verb to the name the lead gives
_SOURCE_REACH = 16  # tokens from «به گزارش» to its comma
_TITLES = 3  # title words between the source's comma and the name
_NOT_HEADLINE = {"که", "را", "یک"}  # «یک» opens an indefinite subject: «یک مقام ...»
_OPENING = QUOTE_MARKS | {"/"}  # what may open the sentence before the headline's words


def headline_post(
    keys: list[str], a: int, verb_at: int, reg: Registry, post_at: dict[int, PostMention]
) -> tuple[PostMention, str] | None:
    """The post nobody holds that a headline run into the clause ``a:verb_at`` leaves as its
    subject, and the person the lead names next who holds it; else None."""
    s = a
    while s < verb_at and keys[s] in _OPENING:
        s += 1
    k = next((k for k in range(s + 1, verb_at) if k in post_at), None)  # the first post
    if k is None:
        return None
    post = post_at[k]
    if post.anaphor or post.holder or post.glued or post.j >= verb_at or len(post.keys) < 2:
        return None  # a word alone («یک مقام مسئول») is no lead's post
    if not (_headline(keys, s, k, reg) or _dateline(keys, s, k)):
        return None
    rest = keys[post.j : verb_at]
    if post.j in reg.by_token or ":" in rest or "که" in rest:
        return None
    named = _named_past_source(keys, verb_at, reg)
    if named is None or not posts_agree(reg, named, post):
        return None
    if not of_its_country(reg, named, countries_in(worded(post_key(post.keys))), keys):
        return None
    if any(lx.phrase_keys(p)[:1] != post.keys[:1] for p in reg.persons[named].posts):
        return None  # named with a post of another head: not the one the post stood for
    return post, named


def _headline(keys: list[str], s: int, k: int, reg: Registry) -> bool:
    """Whether ``s:k`` are a headline's words: letters only, no finite verb (a participle is
    an adjective: «حمایت‌های گسترده»), «که», «را», «یک» nor person, and the last not a
    preposition or «و» the post would be the object of."""
    if not _HEADLINE_WORDS <= k - s <= _HEADLINE_REACH or keys[k - 1] in PREPOSITIONS:
        return False
    return not any(
        not key[:1].isalpha() or key in _NOT_HEADLINE or t in reg.by_token or finite_verb(key)
        for t, key in enumerate(keys[s:k], s)
    )


def _dateline(keys: list[str], s: int, k: int) -> bool:
    """Whether an outlet's dateline «فرارو -» past some words ends right before ``k``."""
    if k - s < 3 or keys[k - 1] not in DASHES:
        return False
    outlets = lx.agencies()
    return any(
        (m := outlets.match(keys, j)) is not None and m[0] == k - 1
        for j in range(max(s + 1, k - 4), k - 1)
    )


def _named_past_source(keys: list[str], verb_at: int, reg: Registry) -> str | None:
    """The first person named past ``verb_at``, when the next sentence opens with an outlet's
    «به گزارش X،» (past marks and numbers, «& # 187 ;») and names them right past its comma
    (and titles), there for the first time; else None."""
    end = min(len(keys), verb_at + _NEXT_REACH)
    stop = next((f for f in range(verb_at + 1, end) if keys[f] in FINAL), None)
    if stop is None:
        return None
    g = next((g for g in range(stop + 1, end) if keys[g][:1].isalpha()), end)
    if g + 1 >= end or keys[g] != "به" or not keys[g + 1].startswith("گزارش"):
        return None
    reach = range(g + 2, min(end, g + _SOURCE_REACH))
    comma = next((c for c in reach if keys[c] in COMMAS), None)
    if comma is None:
        return None
    t = next((t for t in range(comma + 1, comma + 2 + _TITLES) if t in reg.by_token), None)
    if t is None or any(not keys[c][:1].isalpha() for c in range(comma + 1, t)):
        return None
    if any(k in reg.by_token for k in range(verb_at + 1, t)):
        return None  # another named first
    pkey = reg.by_token[t]
    if any(p == pkey and k < t for k, p in reg.by_token.items()):
        return None  # named before
    return pkey
