"""The word sets the extractors compare with token keys hold keys themselves.

A token's key has ZWNJ out and hamza seats and «ة» bare (``lexicons.key``): a set entry
spelled «مسئولان» or «هیئت» never meets the key «مسیولان» or «هییت», and that spelling of
the word silently goes unmatched. Every module-level collection of strings in
``khabar.extract`` is checked, but for those compared with the words as written.
"""

import json
import os
import subprocess
import sys
from functools import cache
from pathlib import Path

import khabar
from khabar.extract.lexicons import key

# compared with the words as written, or with lemmas or the text, never with keys
_AS_WRITTEN = {
    "commitment_deadlines._RELATIVE_DAYS",  # a date's text
    "commitment_deadlines._WESTERN",  # a pattern over the text
    "commitments._PRESENT",  # the start of the written word
    "dates.GREGORIAN_MONTHS",  # dates: patterns over the text
    "dates.HIJRI_MONTHS",
    "dates.MONTH_NAMES",
    "dates.ORDINAL_DAYS",
    "dates._RELDAY",
    "dates_relative.WEEKDAYS",
    "dates_relative._WESTERN_MONTHS",
    "dates_relative._WESTERN_NUMBERS",
    "glued_names._PLURAL",  # endings of the written word
    "lexicons._INFLECTIONS",  # endings of a verb's written form
    "lexicons._KEY_FOLDS",  # the folds themselves
    "list_items._PLURALS",
    "lone_surnames.NO_NAME_ENDS",
    "name_verbs._PREFIXES",
    "no_name_words._THINGS_PLURALS",  # endings of the written word
    "people._HAMZA_SEATS",  # a letter alone, as written
    "people._INFLECTED",
    "posts._VERB_PREFIXES",
    "quantities.MONTH_NAMES",  # patterns over the text
    "quantities.ORDINAL_DAYS",
    "quantities._VERB",
    "quotes.FORECASTING",  # lemmas
    "registry._GLUED_LINEAGE",  # endings of the written word
    "reporting_cues.FORECASTING",
    "reporting_cues._CLAIMS_HELD",  # verb forms as reporting_verbs.tsv writes them
    "surname_mentions.NO_NAME_ENDS",  # lone_surnames's, imported
    "tagged_vetoes._PLURAL_PRONOUNS",
    "tagger_rows._PROBES",  # words to tag, as written
}

# sets that once held a spelling their keys never meet
_ONCE_UNKEYED = {
    "body_subjects._UNNAMED": "مسئولان",
    "unlisted_names._ONE_OF": "مسئولان",
    "reporting_cues._CAME_ABOUT": "فائق",
    "org_spans._BOARDS": "هیئت",
}


# the sets as the modules define them, read in a fresh interpreter: some module-level sets
# are caches of the words seen so far (``glued_names._NO_GIVEN_AND_FAMILY``), filled as
# written by the extractions of earlier tests
_READ_SETS = """
import importlib, json, pkgutil
import khabar.extract

def strings(value, depth=0):
    if isinstance(value, str):
        yield value
    elif depth < 3 and isinstance(value, dict):
        for k, v in value.items():
            yield from strings(k, depth + 1)
            yield from strings(v, depth + 1)
    elif depth < 3 and isinstance(value, (set, frozenset, tuple, list)):
        for v in value:
            yield from strings(v, depth + 1)

out = {}
for m in pkgutil.iter_modules(khabar.extract.__path__):
    module = importlib.import_module(f"khabar.extract.{m.name}")
    for name, value in vars(module).items():
        if isinstance(value, (set, frozenset, tuple, list, dict)) and not name.startswith("__"):
            out[f"{m.name}.{name}"] = sorted(set(strings(value)))
print(json.dumps(out))
"""


@cache
def _collections() -> dict[str, list[str]]:
    src = str(Path(khabar.__file__).parents[1])  # the khabar these tests import
    env = {**os.environ, "PYTHONPATH": src}
    done = subprocess.run(
        [sys.executable, "-c", _READ_SETS], capture_output=True, text=True, check=True, env=env
    )
    return dict(json.loads(done.stdout))


def test_sets_compared_with_keys_hold_keys() -> None:
    unkeyed = {
        name: sorted(s for s in value if key(s) != s)
        for name, value in _collections().items()
        if name not in _AS_WRITTEN
    }
    assert {name: words for name, words in unkeyed.items() if words} == {}


def test_the_sets_once_unkeyed_meet_both_spellings() -> None:
    sets = _collections()
    for name, word in _ONCE_UNKEYED.items():
        assert key(word) != word
        assert key(word) in sets[name], name


def test_every_set_written_as_is_still_exists() -> None:
    # a set renamed or keyed needs no exemption: the list stays no longer than it must
    sets = _collections()
    assert {name for name in _AS_WRITTEN if name not in sets} == set()
    assert all(any(key(s) != s for s in sets[name]) for name in _AS_WRITTEN)
