"""Build src/khabar/data/family_names.txt from farsi-faker's list of Persian family names (MIT).

Usage: python scripts/build_family_names.py path/to/farsi_faker/data/names.pkl

farsi-faker 1.9.0 (PyPI, MIT License, Copyright (c) 2025 Ali Sadeghi Aghili) ships its name
lists as a pickled dict of lists; its ``last_names`` are family names as written, some of two
words («امینی هرندی»). Each word is listed once: the extractor asks of a frequent word in a
name whether any family name holds it («اسلامی» does, «کشتی» and «عمومی» do not).
"""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

HEADER = (
    "# Words of Persian family names, one per line («اسلامی», «هرندی»).\n"
    "# From farsi-faker 1.9.0's data/names.pkl, its last_names split into words\n"
    "# (MIT License, Copyright (c) 2025 Ali Sadeghi Aghili), by scripts/build_family_names.py.\n"
)


def main(names_pkl: str) -> None:
    with Path(names_pkl).open("rb") as f:
        names = pickle.load(f)  # noqa: S301 - a data file of the named release, read at build time
    words = sorted({w for name in names["last_names"] for w in name.replace("\u200c", " ").split()})
    sys.stdout.write(HEADER + "".join(w + "\n" for w in words if len(w) > 1))


if __name__ == "__main__":
    main(sys.argv[1])
