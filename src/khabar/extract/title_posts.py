"""The lead's post of the one person the title names.

A title names its subject, and the lead calls them by post («آیا کرونا باعث شکست ترامپ در
انتخابات ۲۰۲۰ می‌شود؟» then «رئیس جمهور آمریکا که با وعده برتری آمریکا ... پیروز شد، ...»;
«رومینیگه: رقبا به تعطیلات رفتند ...» then «معاون باشگاه بایرن مونیخ معتقد است ...»). When no
other rule, the quotes' included, gave the post that opens the lead a holder, it is the title's
one person's: when the title names one person only, or opens with the one it quotes («X:
...»), who holds no post yet and is not named in the lead itself («رئیس مجلس ... در تماس
تلفنی با آیت‌الله وحید خراسانی ...»: another); when the title does not write the post's head
too («رئیس سازمان فرهنگ و ارتباطات اسلامی «روز مولانا» را تبریک گفت»: it tells them apart)
nor names them after a preposition («دیدار با دونالد ترامپ»: the one met, not the subject),
the post has more than its head and its country is theirs (``of_its_country``). Not in a
digest of headlines, where each line is another story.

A post alone inside the lead, in the words of others, is the title's one person's where the
title says the same with their name in its place: the three words or more after the name, to
the title's end, stand right after the post (``restated_in_lead``: «اقدام علیه ایران، بوش را
در برابر کنگره قرار می‌دهد» over «... هشدار دادند، اقدام نظامی علیه ایران، رئیس جمهوری
آمریکا را در برابر کنگره قرار می‌دهد»). The words, not who else the clause names, prove it.
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.coref import hold, worded
from khabar.extract.people import PostMention, post_key
from khabar.extract.post_countries import countries_in, of_its_country
from khabar.extract.registry import Registry, resolve_post, subject_at


def adopt_title_subject(
    reg: Registry,
    posts: list[PostMention],
    sentences: list[tuple[int, int]],
    keys: list[str],
    body: int,
    digest: bool = False,
    title: object = None,
) -> None:
    """The post opening the lead, the first sentence at ``body`` (the first token past the
    title line), held by nobody, goes to the one person the title line names, or the
    ``title`` given apart when the text has no title line (module doc)."""
    if digest:
        return
    if body:
        words = tuple(keys[:body])
        named = {pkey for k, pkey in reg.by_token.items() if k < body}
        if (quoted := reg.by_token.get(0)) and keys[reg.name_end(0, body) : body][:1] == [":"]:
            named = {quoted}  # «رومینیگه: رقبا ... ما سانچس را شکار کردیم»: the one who speaks
    elif isinstance(title, str):
        words = lx.phrase_keys(title)
        named = _named_in(reg, words)
    else:
        return
    lead = next(((a, b) for a, b in sentences if a >= body), None)
    if len(named) != 1 or lead is None:
        return
    (pkey,) = named
    if _as_other_party(lx.phrase_keys(reg.persons[pkey].name), words):
        return  # «دیدار با دونالد ترامپ» over «رییس سازمان انرژی اتمی گفت»: not the subject
    if restated_in_lead(reg, posts, keys, words, lead, pkey):
        return
    at = subject_at(keys, *lead)
    post = next((r for r in posts if r.i == at), None)
    if post is None or post.anaphor or post.glued or len(post_key(post.keys)) < 2:
        return
    if resolve_post(reg, post) is not None or reg.persons[pkey].posts:
        return  # held, or the title's one holds a post of their own
    if post_key(post.keys)[0] in post_key(words):
        return  # «رئیس سازمان فرهنگ ... «روز مولانا» را تبریک گفت»: the title tells them apart
    if any(reg.by_token.get(k) == pkey for k in range(*lead)):
        return  # «رئیس مجلس ... در تماس تلفنی با آیت‌الله العظمی وحید خراسانی ...»: another
    if of_its_country(reg, pkey, countries_in(worded(post_key(post.keys))), keys):
        hold(reg, pkey, post)


_RESTATED = 3  # words after the name that the title and the lead share at least


def restated_in_lead(
    reg: Registry,
    posts: list[PostMention],
    keys: list[str],
    title: tuple[str, ...],
    lead: tuple[int, int],
    pkey: str,
) -> bool:
    """Whether a post held by nobody inside the ``lead`` went to ``pkey``, the one person the
    ``title`` names, because the title's words after the name, to its end and three or more,
    stand right after the post (module doc)."""
    name = lx.phrase_keys(reg.persons[pkey].name)
    words = [w for w in title if w.isalnum() or "\u200c" in w]
    after = next(
        (
            words[k + len(part) :]
            for part in _name_parts(name)
            for k in lx.starts_of(part, tuple(words))
        ),
        [],
    )
    if len(after) < _RESTATED:
        return False
    for post in posts:
        if not lead[0] <= post.i < lead[1] or post.anaphor or len(post_key(post.keys)) < 2:
            continue
        if keys[post.j : post.j + len(after)] != after or resolve_post(reg, post) is not None:
            continue
        if of_its_country(reg, pkey, countries_in(worded(post_key(post.keys))), keys):
            hold(reg, pkey, post)
            return True
    return False


def _named_in(reg: Registry, title: tuple[str, ...]) -> set[str]:
    """The persons a title given apart names, by whole name or by family name («آیا کرونا باعث
    شکست ترامپ ... می‌شود؟»); the one it quotes alone when it opens with them («X: ...»)."""
    head = title[: title.index(":")] if ":" in title else ()
    found, quoted = set(), set()
    for pkey, person in reg.persons.items():
        name = lx.phrase_keys(person.name)
        parts = _name_parts(name)
        if any(lx.runs_in(part, title) for part in parts):
            found.add(pkey)
        if any(lx.runs_in(part, head) for part in parts):
            quoted.add(pkey)
    return quoted if len(quoted) == 1 else found


def _name_parts(name: tuple[str, ...]) -> list[tuple[str, ...]]:
    """A person's name as a title may write it: whole, or by family name alone."""
    return [name, name[-1:]] if len(name) > 1 else [name]


# the words before one met, spoken to or of: «دیدار با X», «حمله کرونا به X», «جایزه ... برای X»
_OTHER_PARTY = frozenset(lx.key(w) for w in ("با", "به", "از", "برای", "علیه", "دیدار"))


def _as_other_party(name: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """Whether the title names the person, whole or by family name, right after a preposition
    or «دیدار»: the one met or spoken of, not the title's subject."""
    return any(
        k and words[k - 1] in _OTHER_PARTY
        for part in _name_parts(name)
        for k in lx.starts_of(part, words)
    )
