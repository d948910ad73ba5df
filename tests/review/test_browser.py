"""The review page in real headless Chromium: filter, accept and reject with the keyboard, reload, re-run.

Needs /usr/bin/chromium (Debian's package; Playwright's own browsers are never downloaded) and the
`playwright` Python package. Skipped when either is missing, unless EXTRACTOR_REQUIRE_BROWSER=1 (CI).
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from extractor.review.server import create_app
from extractor.review.storage import ReviewStore

from .conftest import HOSTILE_TITLE, read_jsonl, run_into

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
REQUIRED = os.environ.get("EXTRACTOR_REQUIRE_BROWSER") == "1"

#: milliseconds Playwright waits for the page to reach a state (the page answers in well under a second)
WAIT_MS = 15_000


def _browser_available() -> str | None:
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is missing (apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is missing (pip install playwright)"
    return None


_missing = _browser_available()
if _missing and REQUIRED:
    pytest.fail(f"EXTRACTOR_REQUIRE_BROWSER=1 but {_missing}", pytrace=False)
pytestmark = pytest.mark.skipif(_missing is not None, reason=_missing or "")


@pytest.fixture
def server(out: Path) -> Iterator[str]:
    """The review app served by uvicorn on a free loopback port, as `extractor review` serves it."""
    import uvicorn

    app = create_app(out, reviewer="browser", allowed_hosts=["127.0.0.1", "localhost"])
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not srv.started:
        assert time.monotonic() < deadline, "review server did not start"
        time.sleep(0.02)
    port = srv.servers[0].sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}/"
    srv.should_exit = True
    thread.join(timeout=10)


def statuses(page) -> list[str]:
    return page.locator("#flag-list li .status").all_inner_texts()


def test_keyboard_review_persists_and_reapplies(server: str, out: Path, articles: Path) -> None:
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.set_default_timeout(WAIT_MS)
            dialogs: list[str] = []
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.goto(server)
            page.wait_for_selector('body[data-ready="1"]')

            # filter to one type: every listed flag has it
            page.select_option("#f-type", "garbled_number")
            expected = [f for f in read_jsonl(out / "flags.jsonl") if f["type"] == "garbled_number"]
            # (locator assertions, not wait_for_function: the page's CSP forbids evaluating strings)
            expect(page.locator("#flag-list li .type")).to_have_text(["garbled_number"] * len(expected))
            expect(page.locator("#list-counts")).to_contain_text(f"{len(expected)} flags match")
            first, second = (f["flag_id"] for f in expected[:2])
            page.wait_for_selector(f'#detail[data-flag-id="{first}"]')
            # the hostile title and the article's own <script> show as text, and nothing ran
            expect(page.locator("#d-title")).to_contain_text(HOSTILE_TITLE)
            assert page.locator("#d-text script, #d-title script, #d-title b").count() == 0

            # j/k move, then a accepts the first flag and r rejects the second (the page moves on by itself)
            page.locator("header h1").click()  # focus off the filter
            page.keyboard.press("j")
            page.wait_for_selector(f'#detail[data-flag-id="{second}"]')
            page.keyboard.press("k")
            page.wait_for_selector(f'#detail[data-flag-id="{first}"]')
            page.keyboard.press("a")
            page.wait_for_selector(f'#detail[data-flag-id="{second}"]')
            page.keyboard.press("r")
            expect(page.locator("#flag-list li .status").nth(1)).to_have_text("rejected")
            expect(page.locator("#flag-list li .status").nth(0)).to_have_text("accepted")

            # reload: the filter comes back from the URL, the decisions from the database
            page.reload()
            page.wait_for_selector('body[data-ready="1"]')
            assert page.input_value("#f-type") == "garbled_number"
            expect(page.locator("#flag-list li .status").nth(1)).to_have_text("rejected")
            assert statuses(page)[:2] == ["accepted", "rejected"]
            assert dialogs == []
        finally:
            browser.close()

    latest = {d.flag_id: (d.action, d.reviewer) for d in ReviewStore.open(out).latest()}
    assert latest == {first: ("accept", "browser"), second: ("reject", "browser")}
    run_into(articles, out)
    flags = {f["flag_id"]: f for f in read_jsonl(out / "flags.jsonl")}
    assert flags[first]["status"] == "accepted" and flags[second]["status"] == "rejected"
    rejected_claims = set(flags[second]["claim_ids"])
    assert rejected_claims and all(c["confidence"] == 0.0 for c in read_jsonl(out / "claims.jsonl") if c["claim_id"] in rejected_claims)
