"""A given name's short form beside its full form: «مایک رایان» and, two paragraphs on,
«دکتر «مایکل رایان»، مدیر سازمان جهانی بهداشت در امور اضطراری» are one man. Persian news
writes a foreign figure by the name the wires give, and the wires give both; read as two
persons, each holds half the statements, and the family name alone («رایان خاطرنشان کرد»)
names neither, two persons holding it. The short form is the full name's person when the
rest of the name is the same and no other person holds it."""

from __future__ import annotations

from functools import cache

from khabar.extract import lexicons as lx
from khabar.extract.name_merges import merge
from khabar.extract.people import PostMention
from khabar.extract.registry import Registry


@cache
def short_forms() -> dict[str, frozenset[str]]:
    """Each short form's key and the keys of the full names it stands for
    (``short_given_names.tsv``)."""
    return {
        lx.key(r[0]): frozenset(lx.key(f) for f in r[1].split("|") if f)
        for r in lx.rows("short_given_names.tsv")
    }


def merge_short_given(reg: Registry, posts: list[PostMention]) -> None:
    """Each person named by a short form and a family name joins the one person named by a
    full name of that form and the same family name (keeping the full name), and the posts of
    ``posts`` held by the one are the other's."""
    if len(reg.persons) < 2:
        return
    short = short_forms()
    names = {pkey: lx.phrase_keys(p.name) for pkey, p in reg.persons.items()}
    for pkey, words in names.items():
        if len(words) < 2 or words[0] not in short:
            continue
        full = {
            other
            for other, w in names.items()
            if other != pkey and other in reg.persons and w[1:] == words[1:]
            if w[0] in short[words[0]]
        }
        if len(full) == 1 and pkey in reg.persons:
            merge(reg, pkey, full.pop(), rename=False, posts=posts)
