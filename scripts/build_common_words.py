"""Build src/khabar/data/common_words.txt from Hazm's words.dat (MIT).

Usage: python scripts/build_common_words.py path/to/hazm/data/words.dat

Keeps frequent words that Hazm tags with a part of speech; the extractor uses the list to
reject ordinary words as person names («شهید بزرگ» is not a person called بزرگ).
"""

from __future__ import annotations

import sys
from pathlib import Path

MIN_COUNT = 300000
HEADER = (
    "# Frequent Persian words with a part-of-speech tag, one per line.\n"
    "# Derived from Hazm's hazm/data/words.dat (MIT License, Copyright (c) Sobhe)\n"
    f"# by scripts/build_common_words.py (keeps words seen >= {MIN_COUNT} times).\n"
)


def main(words_dat: str) -> None:
    keep = []
    for line in Path(words_dat).read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) != 3 or parts[2] in ("", "0"):
            continue
        word, count = parts[0], int(parts[1] or 0)
        if count >= MIN_COUNT and " " not in word:
            keep.append(word)
    out = Path(__file__).resolve().parents[1] / "src/khabar/data/common_words.txt"
    out.write_text(HEADER + "\n".join(sorted(set(keep))) + "\n", encoding="utf-8")
    print(f"{len(keep)} words -> {out}")


if __name__ == "__main__":
    main(sys.argv[1])
