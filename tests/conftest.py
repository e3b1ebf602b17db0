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
