from __future__ import annotations

import io
import os
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, is_hypothesis_test, settings
from hypothesis.database import DirectoryBasedExampleDatabase, ReadOnlyDatabase

FIXTURES = Path(__file__).parent / "fixtures"

# Hypothesis profiles (README, Tests). "ci", the default, is the same run every time: the
# examples kept in tests/hypothesis-db are replayed first (never written), then every test draws
# from one fixed seed. "nightly" (HYPOTHESIS_PROFILE=nightly) draws from a random seed,
# NIGHTLY_SCALE times as many examples, and writes what fails to tests/hypothesis-db, to commit.
HYPOTHESIS_DB = Path(__file__).parent / "hypothesis-db"
CI_SEED = 20261202
NIGHTLY_SCALE = 10
settings.register_profile(
    "ci",
    database=ReadOnlyDatabase(DirectoryBasedExampleDatabase(HYPOTHESIS_DB)),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],  # timed: would make a run depend on load
    print_blob=True,
)
settings.register_profile(
    "nightly", database=DirectoryBasedExampleDatabase(HYPOTHESIS_DB), deadline=None
)


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    # Loaded here, before the test modules are imported: a test's own @settings inherits the
    # profile's database when it is applied, so the plugin's later load would come too late.
    name = config.getoption("--hypothesis-profile") or os.environ.get("HYPOTHESIS_PROFILE", "ci")
    settings.load_profile(name)


def pin_seed(test: object, seed: int = CI_SEED) -> None:
    """Draw ``test``'s examples from ``seed`` and still replay the example database first.

    ``--hypothesis-seed`` and ``@seed`` would fix the draws too, but both switch the database
    off, so the examples kept in tests/hypothesis-db would never run.
    """
    if getattr(test, "_hypothesis_internal_use_seed", "missing") == "missing":
        raise RuntimeError("this Hypothesis no longer takes a seed per test: update pin_seed")
    if test._hypothesis_internal_use_seed is None:  # an explicit @seed wins
        test._hypothesis_internal_use_seed = seed


def scale_examples(test: object, factor: int) -> None:
    current = test._hypothesis_internal_use_settings
    test._hypothesis_internal_use_settings = settings(
        current, max_examples=current.max_examples * factor
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    profile = settings.get_current_profile_name()
    for item in items:
        test = getattr(item, "function", None)
        if test is None or not is_hypothesis_test(test):
            continue
        if profile == "ci" and config.getoption("--hypothesis-seed") is None:
            pin_seed(test)
        elif profile == "nightly":
            scale_examples(test, NIGHTLY_SCALE)


def write_html_response(
    writer: Any, uri: str, page: str, warc_headers: dict[str, str] | None = None
) -> None:
    """One WARC response record holding ``page`` as a crawler stores an HTML page.

    Its id and date are fixed (warcio draws a random id and takes the clock), so that the same
    pages give the same bytes on every run and a test that damages byte N damages the same
    record each time."""
    from warcio.statusandheaders import StatusAndHeaders

    fixed = {
        "WARC-Record-ID": f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, uri)}>",
        "WARC-Date": "2020-02-01T00:00:00Z",
    }

    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], "HTTP/1.1")
    record = writer.create_warc_record(
        uri,
        "response",
        payload=io.BytesIO(page.encode()),
        http_headers=http,
        warc_headers_dict={**fixed, **(warc_headers or {})},
    )
    writer.write_record(record)


def assert_repaired_to(text: str, expected: str) -> None:
    """The repair of ``text`` holds ``expected``, whose span maps back to the characters it was
    made of (letters and digits alike, whatever the repair put between them), and repairing
    again changes nothing."""
    from khabar.text import repair

    doc = repair(text)
    assert expected in doc.text
    at = doc.text.index(expected)
    start, end = doc.offset_map.to_original(at, at + len(expected))
    assert _alphanumeric(text[start:end]) == _alphanumeric(expected)
    assert repair(doc.text).text == doc.text


def _alphanumeric(s: str) -> str:
    return "".join(c for c in s if c.isalnum())


def persons(text: str, use_model: bool = True) -> dict[str, list[str]]:
    """The persons extracted from ``text``: each name with the text of its mentions."""
    from khabar.extract import extract_text

    doc = extract_text(text, use_model=use_model)
    return {p.name: [doc.span_text(m) for m in p.mentions] for p in doc.persons}


def places_of(text: str, use_model: bool = True) -> dict[str, list[str]]:
    """The places extracted from ``text``: each name with the text of its mentions."""
    from khabar.extract import extract_text

    doc = extract_text(text, use_model=use_model)
    return {p.name: [doc.text[m.start : m.end] for m in p.mentions] for p in doc.places}


def names(text: str) -> list[str]:
    """The names of the persons extracted from ``text``, sorted."""
    from khabar.extract import extract_text

    return sorted(p.name for p in extract_text(text).persons)


def said(text: str) -> list[tuple[str | None, str | None]]:
    """Who said each quote extracted from ``text``: its speaker and its organization."""
    from khabar.extract import extract_text

    return [(q.speaker, q.speaker_organization) for q in extract_text(text).quotes]


def assert_speaker(item: dict[str, Any], person: str | None, organization: str | None) -> None:
    """The quote of a judged speakers item (``speakers_judged*.jsonl``) is credited to
    ``person``, or to no person and the body ``organization`` (``None``: to none), by its
    words or as a listed outlet's other name, as the scorer counts it."""
    from khabar.evaluate import one_listed, orgs_match
    from khabar.evaluate_speakers import extract_item, quote_at

    quote = quote_at(extract_item(item), item["start"])
    assert quote is not None
    assert quote.speaker == person
    if organization is None:
        assert quote.speaker_organization is None
    else:
        said = quote.speaker_organization
        assert orgs_match(said, organization) or one_listed(said, organization), said


def assert_speaker_floors(
    items: Iterable[dict[str, Any]], accuracy: float, wrong: int, credited: int
) -> None:
    """A judged speakers sample scores at least ``accuracy``, with at most ``wrong`` speakers
    wrong and at most ``credited`` of the quotes naming nobody credited to someone."""
    from khabar.evaluate_speakers import score

    result = score(items)
    assert result.accuracy.accuracy >= accuracy, result.misses
    assert result.accuracy.wrong <= wrong, result.misses
    assert result.credited <= credited, result.misses


def seed_path(prefix: str) -> Path:
    (path,) = (FIXTURES / "seeds").glob(f"{prefix}_*.txt")
    return path


@pytest.fixture(scope="session")
def seeds() -> dict[str, str]:
    return {p.name[:3]: p.read_text(encoding="utf-8") for p in (FIXTURES / "seeds").glob("*.txt")}


HOSTILE = (
    "گزارش آزمایشی <script>alert('title')</script>\n\n"
    "به گزارش خبرگزاری فارس، سردار محمد احمدی‌نیا فرمانده انتظامی استان کرمان گفت:"
    " «<script>alert('x')</script> امنیت <b>پایدار</b> است.»"
    " وی افزود: «<img src=x onerror=alert(1)> همه باید همکاری کنند.»\n"
)


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the five seeds and one article full of markup, as ``khabar ingest`` makes it."""
    from khabar.driver import ingest

    folder = tmp_path_factory.mktemp("web")
    corpus = folder / "corpus"
    corpus.mkdir()
    for path in (FIXTURES / "seeds").glob("*.txt"):
        (corpus / path.name).write_bytes(path.read_bytes())
    (corpus / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    db = folder / "web.db"
    ingest([corpus], db)
    return db


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201
    """What the commands write to standard error, as a terminal would show it."""
    import io

    from rich.console import Console

    import khabar.cli
    import khabar.cli_distributed
    import khabar.cli_shared

    stream = io.StringIO()
    console = Console(file=stream, force_terminal=True, width=150, color_system=None)
    monkeypatch.setattr(khabar.cli, "err", console)
    monkeypatch.setattr(khabar.cli_distributed, "err", console)
    monkeypatch.setattr(khabar.cli_shared, "err", console)
    return stream
