"""The Hypothesis profile CI runs with: the kept examples first, then the same draws every run."""

import os

import pytest
from conftest import CI_SEED, HYPOTHESIS_DB, pin_seed
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.database import InMemoryExampleDatabase, ReadOnlyDatabase


def probe(seen: list[str], database) -> object:
    """A property that fails on any character past U+03E8, recording what it is given."""

    @settings(database=database, max_examples=30)
    @given(st.text())
    def has_no_high_character(s):
        seen.append(s)
        assert all(ord(c) <= 1000 for c in s)

    return has_no_high_character


def run(test) -> None:
    try:
        test()
    except AssertionError:
        pass


def test_ci_is_the_default_profile_and_reads_the_kept_examples_without_writing():
    ci = settings.get_profile("ci")
    assert isinstance(ci.database, ReadOnlyDatabase)
    assert repr(HYPOTHESIS_DB) in repr(ci.database) or str(HYPOTHESIS_DB) in repr(ci.database)
    assert ci.deadline is None
    if "HYPOTHESIS_PROFILE" not in os.environ:
        assert settings.get_current_profile_name() == "ci"


def test_a_pinned_test_draws_the_same_examples_every_run():
    runs = []
    for _ in range(2):
        seen: list[str] = []
        test = probe(seen, None)
        pin_seed(test, CI_SEED)
        run(test)
        runs.append(seen)
    assert runs[0] == runs[1] and len(runs[0]) > 1


def test_a_pinned_test_replays_the_kept_failure_first():
    kept = InMemoryExampleDatabase()
    with pytest.raises(AssertionError):
        probe([], kept)()  # finds a failure and keeps it
    seen: list[str] = []
    test = probe(seen, ReadOnlyDatabase(kept))
    pin_seed(test, CI_SEED)
    with pytest.raises(AssertionError):
        test()
    assert any(ord(c) > 1000 for c in seen[0])  # the kept example, not a fresh draw
