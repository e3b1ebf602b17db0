"""News outlets known by a data set's code or a web host (``data/outlets.tsv``), and the day
of publication that some outlets write into their URLs (``data/url_dates.tsv``)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from functools import cache
from urllib.parse import urlsplit

from khabar.lexicon import rows, split_values


@cache
def _names() -> tuple[dict[str, str], dict[str, str]]:
    """The outlets' names by host and by code."""
    by_host, by_code = {}, {}
    for name, hosts, codes in rows("outlets.tsv"):
        by_host.update(dict.fromkeys(split_values(hosts), name))
        by_code.update(dict.fromkeys(split_values(codes), name))
    return by_host, by_code


@cache
def _url_dates() -> dict[str, list[re.Pattern[str]]]:
    patterns: dict[str, list[re.Pattern[str]]] = {}
    for host, pattern in rows("url_dates.tsv"):
        patterns.setdefault(host, []).append(re.compile(pattern))
    return patterns


def _host_key(url: str | None, known: Mapping[str, object]) -> str | None:
    """The listed host that ``url`` is on (``www.`` and other subdomains included)."""
    try:
        host = (urlsplit(url).hostname or "") if url else ""
    except ValueError:
        return None
    parts = host.lower().split(".")
    return next((h for i in range(len(parts) - 1) if (h := ".".join(parts[i:])) in known), None)


def outlet_of_code(code: str | None) -> str | None:
    """The outlet a data set's code names (``asriran_1_data`` -> «عصر ایران»), or ``None``."""
    letters = re.match(r"[a-z]+", (code or "").lower())
    return _names()[1].get(letters.group()) if letters else None


def outlet_of_url(url: str | None) -> str | None:
    by_host = _names()[0]
    host = _host_key(url, by_host)
    return by_host[host] if host else None


def date_from_url(url: str | None) -> str | None:
    """The ISO day an outlet's URL says its article was published, or ``None``."""
    patterns = _url_dates()
    host = _host_key(url, patterns)
    if host is None or url is None:  # a host is found in a URL only
        return None
    path = urlsplit(url).path
    for pattern in patterns[host]:
        if m := pattern.search(path):
            y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
            return _day(y + 1300 if len(m["y"]) == 2 else y, mo, d)
    return None


def _day(y: int, m: int, d: int) -> str | None:
    try:
        if y < 1700:  # Solar Hijri
            import jdatetime

            return jdatetime.date(y, m, d).togregorian().isoformat()
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None
