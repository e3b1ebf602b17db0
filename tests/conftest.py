from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


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
    from khabar.ingest.run import ingest

    folder = tmp_path_factory.mktemp("web")
    corpus = folder / "corpus"
    corpus.mkdir()
    for path in (FIXTURES / "seeds").glob("*.txt"):
        (corpus / path.name).write_bytes(path.read_bytes())
    (corpus / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    db = folder / "web.db"
    ingest([corpus], db)
    return db
