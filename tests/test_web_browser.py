"""The real UI in headless Chromium (Debian's ``chromium``, which the test command installs),
served by ``khabar serve`` in its own process, as a reader would use it.

Screenshots go to the test's temporary folder, or to ``$KHABAR_SCREENSHOTS`` when set
(``docs/`` holds the ones the README shows).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, sync_playwright

CHROMIUM = "/usr/bin/chromium"
# without the networking flags Chromium keeps calling home, which a closed network refuses
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
OFFICIAL = "محمدرضا هاشمی‌فر"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(web_db: Path) -> Iterator[str]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "khabar", "serve", "--db", str(web_db), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):  # its worker processes start slowly on a busy machine
            try:
                urllib.request.urlopen(base + "/api/v1/stats", timeout=1)
                break
            except OSError:
                if process.poll() is not None:
                    pytest.fail(f"khabar serve exited: {process.stdout.read().decode()}")
                time.sleep(0.1)
        else:
            pytest.fail("khabar serve did not answer within a minute")
        yield base
    finally:
        process.terminate()
        process.wait(10)


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = os.environ.get("KHABAR_SCREENSHOTS")
    path = Path(folder) if folder else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture(scope="module")
def page(server: str) -> Iterator[Page]:
    assert Path(CHROMIUM).exists(), "the test command installs Debian's chromium"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="fa-IR")
        page.requests = []  # type: ignore[attr-defined]
        page.problems = []  # type: ignore[attr-defined]
        page.on("request", lambda r: page.requests.append(r.url))  # type: ignore[attr-defined]
        page.on(
            "console",
            lambda m: m.type in ("error", "warning") and page.problems.append(m.text),  # type: ignore[attr-defined]
        )
        yield page
        browser.close()


def test_search_person_article_quote(page: Page, server: str, shots: Path) -> None:
    page.goto(server + "/")
    page.fill("input[name=q]", "هاشمی فر")
    page.click("form.search button[type=submit]")
    page.wait_for_selector("ol.hits li a.title")
    assert page.locator("ol.hits mark").first.inner_text() == "هاشمی‌فر"
    page.screenshot(path=str(shots / "search.png"), full_page=True)

    # the person facet's own page
    facet = page.locator("aside.facets li", has_text=OFFICIAL)
    facet.locator("a.page-link").click()
    page.wait_for_selector("h1")
    assert OFFICIAL in page.locator("h1").inner_text()
    assert "فرمانده انتظامی استان لرستان" in page.locator("ol.timeline").inner_text()
    assert page.locator("li.quote-item").count() == 8
    assert page.evaluate("document.fonts.check('16px Vazirmatn')")
    page.screenshot(path=str(shots / "person.png"), full_page=True)

    # one of their articles, with its quotes highlighted in the text
    page.locator("li.quote-item a[href*='#quote-']").nth(6).click()
    page.wait_for_selector("#text q.quote")
    quote = page.locator("#text q.quote", has_text="در دورترین نقاط")
    assert quote.count() == 1 and quote.first.is_visible()
    assert "نقل قول مستقیم" in (quote.first.get_attribute("title") or "")
    assert OFFICIAL in (quote.first.get_attribute("title") or "")
    assert page.locator("#text a.person").count() >= 1
    page.screenshot(path=str(shots / "article.png"), full_page=True)

    # the same highlights on the text as it was read
    page.click("nav.views a[href*='view=original']")
    page.wait_for_selector("#text.original q.quote")
    assert page.locator("#text.original q.quote", has_text="در دورترین نقاط").count() == 1
    page.screenshot(path=str(shots / "article-original.png"), full_page=True)

    elsewhere = [u for u in page.requests if not u.startswith((server, "data:"))]  # type: ignore[attr-defined]
    assert elsewhere == []
    assert page.problems == []  # type: ignore[attr-defined]  # no CSP violation, no 404


def test_markup_in_an_article_never_runs(page: Page, server: str) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(server + "/?q=" + "احمدی‌نیا")
    page.locator("ol.hits a.title").first.click()
    page.wait_for_selector("#text q.quote")
    assert "<script>alert('x')</script>" in page.locator("#text").inner_text()
    assert page.locator("#text script, #text img").count() == 0
    assert dialogs == []
