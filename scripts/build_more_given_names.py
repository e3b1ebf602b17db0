"""Build src/khabar/data/more_given_names.txt from farsi-faker's lists of given names (MIT).

Usage: python scripts/build_more_given_names.py path/to/farsi_faker/data/names.pkl

farsi-faker 1.9.0 (PyPI, MIT License, Copyright (c) 2025 Ali Sadeghi Aghili) ships its name
lists as a pickled dict of lists; its ``male_names`` and ``female_names`` hold Persian given
names and many of other origins as Persian writes them («جرج», «ژان», «حسان»). The one-word
names are listed (several-word ones are mostly a given name and a suffix, «آبتین آی»); the
extractor leaves out those that ``first_names.tsv`` lists or that are ordinary words or places
(``khabar.extract.lexicons.more_given_names``).
"""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

HEADER = (
    "# Given names, one per line («جرج», «حسان»): the one-word male_names and female_names of\n"
    "# farsi-faker 1.9.0's data/names.pkl (MIT License, Copyright (c) 2025 Ali Sadeghi Aghili),\n"
    "# Arabic ي/ك written ی/ک, by scripts/build_more_given_names.py.\n"
)


def main(names_pkl: str) -> None:
    with Path(names_pkl).open("rb") as f:
        names = pickle.load(f)  # noqa: S301 - a data file of the named release, read at build time
    given = {
        n.strip().replace("ي", "ی").replace("ك", "ک")
        for n in names["male_names"] + names["female_names"]
    }
    one_word = sorted(n for n in given if len(n) > 2 and " " not in n and "\u200c" not in n)
    sys.stdout.write(HEADER + "".join(n + "\n" for n in one_word))


if __name__ == "__main__":
    main(sys.argv[1])
