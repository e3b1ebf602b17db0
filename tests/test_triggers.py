"""Where the extractors may start, found once per article's keys (``triggers``)."""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.keys_joined import keys_joined
from khabar.extract.triggers import PERSON, find_triggers


def test_every_key_that_starts_sayyid_may_start_a_person():
    # «سیدبهلول» is in no list: the person may start there all the same, at the first key
    # as at any other (``people.first_name_at``)
    text = "سیدبهلول دهقان و سید محمد خاتمی در دیدار با سیدحسن نصرالله گفتند"
    keys = lx.keys_of(text.split())
    starts = find_triggers(keys)[PERSON]
    sayyid = [k for k, key in enumerate(keys) if key.startswith("سید")]
    assert sayyid == [0, 3, 9]
    assert set(sayyid) <= set(starts) and starts == sorted(set(starts))


def test_no_sayyid_leaves_the_persons_alone():
    text = "محمد خاتمی در دیدار با وزیر خارجه گفت"
    keys = lx.keys_of(text.split())
    starts = find_triggers(keys)[PERSON]
    assert 0 in starts and keys.index("وزیر") not in starts


def test_keys_joined_once_per_list():
    keys = lx.keys_of("به گزارش ایرنا قوام‌السلطنه گفت".split())
    joined = keys_joined(keys)
    assert joined == "\n".join(keys) and keys_joined(keys) is joined
    other = list(keys)  # an equal list, another article's: joined afresh
    assert keys_joined(other) == joined and keys_joined(other) is not joined
