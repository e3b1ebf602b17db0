"""A family name run into a heading's last word, a noun or an adjective, where the text lost a
line break: «نحوه چیدمان میزها در رستوران‌هافرهادی ادامه داد: ...», «... همچنان ممنوعفرهادی
تاکید کرد: ...» (an interview's subheadings run into the paragraphs they head).
``glued_surnames`` takes a verb or a place before the name alone, as a noun run into a name
may be a noun and its possessor that lost a space («دولتروحانی»); a noun is taken where the
token opens the clause of a reporting verb (the verb right after it, or a word that opens
what comes before the verb: «با», «درباره», «همچنین» ...) and the article named that person
before it (``Registry.named_before``)."""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.heading_plurals import singular
from khabar.extract.namewords import RARE, rank

# words that follow the subject before its reporting verb («فرهادی با تاکید بر اینکه ...»,
# «فرهادی درباره نحوه عرضه ... تاکید کرد:», «فرهادی همچنین افزود»)
_AFTER_NAME = frozenset({"همچنین", "نیز", "با", "ضمن", "درباره", "درخصوص", "پیش", "پس"})
# and «در» before what opens an interview's answer going on («رئیسی در ادامه، ...»,
# «اسماعیلی در پاسخ به سوالی ... گفت:»), or its subject, as «درباره» and «درخصوص» do
# («... کانون شیوع کرونا در کشورجهانپور در مورد آمار تفکیکی ... نیز گفت:»)
_IN_GOING_ON = frozenset({"ادامه", "پاسخ", "مورد", "خصوص"})
_MIN_HEAD = 3  # letters of the heading's last word


def heading_noun(head: str) -> bool:
    """A word a heading may end with: one the lists know, or its plural."""
    if len(head) < _MIN_HEAD:
        return False
    return head in lx.common_words() or rank(head) < RARE or plural_noun(head)


def opens_clause(keys: list[str], i: int) -> bool:
    """The token after ``i`` is a reporting verb or a word that follows a clause's subject,
    and no post's head ends right before ``i``: «سخنگوی دولتروحانی اعلام کرد» is the post of
    a body and its possessor, «سخنگوی دولت روحانی», not a heading."""
    after = i + 1
    if after >= len(keys) or not (
        keys[after] in _AFTER_NAME
        or lx.reporting_verbs().match(keys, after)
        or (keys[after] == "در" and after + 1 < len(keys) and keys[after + 1] in _IN_GOING_ON)
    ):
        return False
    heads = lx.post_heads()
    return not any((m := heads.match(keys, k)) and m[0] == i for k in range(max(0, i - 3), i))


def plural_noun(word: str) -> bool:
    """``word`` is the plural of a word the lists know, its key with no ZWNJ («رستورانها»)."""
    one = singular(word)
    return one is not None and (one in lx.common_words() or rank(one) < RARE)
