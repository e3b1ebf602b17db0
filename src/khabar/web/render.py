"""Templates and the filters they use: Jalali dates, Persian digits, page links, charts."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

import jdatetime
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from khabar.calendars import JALALI_MONTH_NAMES
from khabar.letters import TO_PERSIAN_DIGITS

from .marks import LOW_CONFIDENCE, LOW_LABEL, low

templates = Jinja2Templates(directory=Path(__file__).parent / "templates")
env = templates.env
env.autoescape = True
env.auto_reload = False  # the templates ship with the package: no stat of each file per page


def fa_digits(value: Any) -> str:
    return str(value).translate(TO_PERSIAN_DIGITS)


@lru_cache(maxsize=8192)  # a page shows dozens of dates; jdatetime asks the locale for each
def jalali(iso: str | None) -> str:
    """«۵ آذر ۱۴۰۴» for an ISO date; anything else (a ``YYYY-MM`` month) in Persian digits."""
    if not iso:
        return ""
    try:
        day = jdatetime.date.fromgregorian(date=dt.date.fromisoformat(iso[:10]))
    except ValueError:
        return fa_digits(iso)
    return fa_digits(f"{day.day} {JALALI_MONTH_NAMES[day.month - 1]} {day.year}")


def month_end(month: str) -> str:
    """The last day of a ``YYYY-MM`` month, ISO."""
    try:
        first = dt.date.fromisoformat(month + "-01")
    except ValueError:
        return ""
    following = (first + dt.timedelta(days=32)).replace(day=1)
    return (following - dt.timedelta(days=1)).isoformat()


def with_params(params: dict[str, Any], **changes: Any) -> str:
    """A query string: ``params`` with ``changes`` applied, empty values left out."""
    merged = {**params, **changes}
    return "?" + urlencode({k: v for k, v in merged.items() if v not in (None, "", False)})


def bar_chart(rows: list[dict[str, Any]], label: str = "month", value: str = "documents") -> Markup:
    """A horizontal SVG bar chart (no script, no inline style: the CSP allows neither)."""
    if not rows:
        return Markup("")
    top = max(int(r[value]) for r in rows) or 1
    row_h, width, label_w = 22, 320, 90
    parts = [
        f'<svg class="chart" role="img" viewBox="0 0 {width + label_w + 40} {row_h * len(rows)}"'
        f' width="{width + label_w + 40}" height="{row_h * len(rows)}"'
        ' direction="ltr" xmlns="http://www.w3.org/2000/svg">'
    ]
    for i, r in enumerate(rows):
        y = i * row_h
        name = jalali(r[label]) if r[label] else "بی‌تاریخ"
        bar = max(2, round(width * int(r[value]) / top))
        parts.append(
            f"<g><title>{escape(name)}: {int(r[value])}</title>"
            f'<text x="{width + label_w + 36}" y="{y + 15}" text-anchor="end" class="label">'
            f"{escape(name)}</text>"
            f'<rect x="{width + 40 - bar}" y="{y + 4}" width="{bar}" height="{row_h - 8}"'
            ' class="bar"/>'
            f'<text x="{width + 36 - bar}" y="{y + 15}" text-anchor="end" class="count">'
            f"{escape(fa_digits(r[value]))}</text></g>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def snippet(text: str) -> Markup:
    """A search snippet: escaped, its \\x00...\\x01 markers turned into <mark> elements
    (repair removes control characters, so the text itself holds none)."""
    return Markup(str(escape(text)).replace("\x00", "<mark>").replace("\x01", "</mark>"))


def web_url(url: str | None) -> bool:
    """Whether ``url`` may be a link: http(s) only, never «javascript:» or «data:», which a
    saved copy of the page (outside the server's policy) would run."""
    return bool(url) and urlsplit((url or "").strip()).scheme.lower() in ("http", "https")


env.filters.update(fa_digits=fa_digits, jalali=jalali, snippet=snippet)
env.tests.update(web_url=web_url, low=low)
env.globals.update(with_params=with_params, bar_chart=bar_chart, month_end=month_end)
env.globals.update(LOW_CONFIDENCE=LOW_CONFIDENCE, LOW_LABEL=LOW_LABEL)
