"""Build src/khabar/data/counties.tsv from the county list of typhoon-iran-cities (MIT).

Usage: python scripts/build_counties.py path/to/csv/counties.csv path/to/csv/provinces.csv

typhoon-iran-cities (Copyright (c) 2019 Salar Bahador, MIT License) lists Iran's 448 counties
(شهرستان) with their provinces. Its spellings are kept but where a conjunction lost its space
(«تیران وکرون») or a name is written otherwise in the news (below).
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

HEADER = (
    "# Iran's counties (شهرستان): name<TAB>province<TAB>other spellings|...\n"
    "# From typhoon-iran-cities' csv/counties.csv and csv/provinces.csv (MIT License,\n"
    "# Copyright (c) 2019 Salar Bahador), by scripts/build_counties.py.\n"
)
# the spelling of the news first, the list's after it
SPELLINGS = {
    "چاه بهار": "چابهار|چاه بهار",
    "حاجی اباد": "حاجی‌آباد|حاجی اباد",
    "رودبارجنوب": "رودبار جنوب|رودبارجنوب",
    "اسلام آبادغرب": "اسلام‌آباد غرب|اسلام آبادغرب",
    "شاهین شهرومیمه": "شاهین‌شهر و میمه|شاهین شهرومیمه",
    "قیروکارزین": "قیر و کارزین|قیروکارزین",
    "ارزوییه": "ارزوئیه|ارزوییه",
    "بهمیی": "بهمئی|بهمیی",
    "بو یین و میاندشت": "بوئین و میاندشت|بو یین و میاندشت",
    "بویین زهرا": "بوئین‌زهرا|بویین زهرا",
    "مشگین شهر": "مشگین شهر|مشکین شهر",
}


def main(counties_csv: str, provinces_csv: str) -> None:
    with Path(provinces_csv).open(encoding="utf-8") as f:
        provinces = {r["id"]: r["name"] for r in csv.DictReader(f)}
    lines = []
    with Path(counties_csv).open(encoding="utf-8") as f:
        for r in csv.DictReader(f):
            raw = r["name"].strip()
            spellings = SPELLINGS.get(raw) or re.sub(r" و(?=\S)", " و ", raw)
            name, _, others = spellings.partition("|")
            lines.append(f"{name}\t{provinces[r['province_id']]}\t{others}".rstrip("\t") + "\n")
    sys.stdout.write(HEADER + "".join(sorted(lines)))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
