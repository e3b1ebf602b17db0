"""Resolution keys: which per-document records may be the same entity across documents.

Keys are folded (``khabar.text.fold``) and have their spaces removed, so «هاشمی‌فر»,
«هاشمی فر» and «هاشمیفر», or «محمدرضا» and «محمد رضا», give one key.
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.people import first_name_at
from khabar.text.fold import fold_key


def person_keys(name: str) -> tuple[str | None, str]:
    """(given-name key or None, surname key) of a person's name.

    The given name is split off with the extractor's own first-name gazetteer, so
    «فتح الله جمیری» is «فتح الله» + «جمیری» and «سیدحسن نصرالله» is «سیدحسن» + «نصرالله».
    A name that does not begin with a known first name is taken as a bare surname
    («جمشیدی‌پور», «صوفی آبادی»); a known first name alone is kept whole. A foreign figure
    listed in ``foreign_figures.tsv`` has the keys of their full name, however named.
    """
    keys = list(lx.phrase_keys(name))
    figure = lx.foreign_figures().match(keys, 0) if keys else None
    if figure and figure[0] == len(keys):  # «ترامپ» alone is Donald Trump (see the data file)
        keys = list(lx.phrase_keys(figure[1].name))
        return fold_key("".join(keys[:-1])), fold_key(keys[-1])
    given = first_name_at(keys, 0) if keys else 0
    if not given and len(keys) > 1 and keys[0] in lx.first_names():
        given = 1  # a first name that is also a word («امید»): the extractor saw a name here
    if given and given < len(keys):
        return fold_key("".join(keys[:given])), fold_key("".join(keys[given:]))
    return None, fold_key(name)


def full_person_key(given: str | None, surname: str) -> str | None:
    """Key of a person named in full, or None for a surname (or first name) alone."""
    return f"person:{given} {surname}" if given else None


def partial_person_key(document_id: int, surname: str) -> str:
    """A surname-only person is an entity of its document alone: «باقری» and «رضایی» are
    too common to join across documents."""
    return f"person-partial:{document_id}:{surname}"


def organization_key(name: str) -> str:
    # the extractor already reports the canonical name («فراجا», «ناجا» -> one name)
    return f"organization:{fold_key(name)}"


def place_key(name: str, kind: str) -> str:
    return f"place:{kind}:{fold_key(name)}"
