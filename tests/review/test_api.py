"""The review server's API: listing, filters, pagination, flag detail, every decision, persistence, safety."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from extractor.review.server import PAGE_MAX, create_app
from extractor.review.storage import ReviewStore

from .conftest import HOSTILE_TITLE, flag_of, read_jsonl


@pytest.fixture
def client(out: Path) -> TestClient:
    return TestClient(create_app(out, reviewer="tester"))


def post(client: TestClient, flag_id: str, **body) -> object:
    return client.post(f"/api/flags/{flag_id}/decision", json=body)


def test_page_and_assets_are_served(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "/static/app.js" in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert client.get("/static/app.js").headers["content-type"].startswith("text/javascript")
    assert client.get("/static/app.css").status_code == 200


def test_list_counts_and_pagination(client: TestClient, out: Path) -> None:
    flags = read_jsonl(out / "flags.jsonl")
    summary = client.get("/api/summary").json()
    assert summary["flags"] == len(flags) and sum(summary["by_type"].values()) == len(flags)
    assert summary["by_status"] == {"open": len(flags), "accepted": 0, "rejected": 0}
    seen = []
    for offset in range(0, len(flags), 3):
        page = client.get("/api/flags", params={"offset": offset, "limit": 3}).json()
        assert page["total"] == len(flags) and len(page["items"]) <= 3
        seen += [f["flag_id"] for f in page["items"]]
    assert seen == [f["flag_id"] for f in flags]
    assert client.get("/api/flags", params={"limit": PAGE_MAX + 1}).status_code == 422
    assert client.get("/api/flags", params={"offset": -1}).status_code == 422


@pytest.mark.parametrize(
    ("params", "check"),
    [
        ({"type": "garbled_number"}, lambda f: f["type"] == "garbled_number"),
        ({"severity": "warning"}, lambda f: f["severity"] == "warning"),
        ({"article": "beta"}, lambda f: f["article_id"] == "beta"),
        ({"q": "MASKED"}, lambda f: "masked" in f["message"].lower()),
        ({"q": "park"}, lambda f: "park" in (f["message"] + f["evidence"]["text"]).lower()),
        ({"type": "garbled_number", "article": "alpha"}, lambda f: f["type"] == "garbled_number" and f["article_id"] == "alpha"),
    ],
)
def test_filters(client: TestClient, out: Path, params: dict, check) -> None:
    expected = [f["flag_id"] for f in read_jsonl(out / "flags.jsonl") if check(f)]
    page = client.get("/api/flags", params={**params, "limit": PAGE_MAX}).json()
    assert expected and [f["flag_id"] for f in page["items"]] == expected and page["total"] == len(expected)


def test_flag_detail_has_article_highlight_claims_and_repairs(client: TestClient, out: Path) -> None:
    f = flag_of(out, "garbled_number", with_claims=True)
    d = client.get(f"/api/flags/{f['flag_id']}").json()
    text = d["article"]["text"]
    hl = d["highlight"]
    assert text[hl["start"] : hl["end"]] == f["evidence"]["text"]
    assert [c["claim_id"] for c in d["claims"]] == f["claim_ids"]
    assert any(r["original"] == f["evidence"]["text"] for r in d["repairs"])
    assert d["history"] == [] and d["flag"]["status"] == "open"
    assert client.get("/api/flags/f_does_not_exist").status_code == 404


def test_name_variant_detail_lists_entities(client: TestClient, out: Path) -> None:
    f = flag_of(out, "name_variant")
    d = client.get(f"/api/flags/{f['flag_id']}").json()
    assert [e["entity_id"] for e in d["entities"]] == f["entity_ids"]
    assert all(m["article_id"] == f["article_id"] for e in d["entities"] for m in e["mentions"])


@pytest.mark.parametrize(("action", "status"), [("accept", "accepted"), ("reject", "rejected")])
def test_accept_and_reject(client: TestClient, out: Path, action: str, status: str) -> None:
    f = flag_of(out, "masked_token")
    r = post(client, f["flag_id"], action=action, reason="checked the source")
    assert r.status_code == 200, r.text
    assert r.json()["flag"]["status"] == status
    assert client.get("/api/flags", params={"status": status}).json()["total"] == 1
    hist = client.get(f"/api/flags/{f['flag_id']}").json()["history"]
    assert [(h["action"], h["reviewer"], h["reason"]) for h in hist] == [(action, "tester", "checked the source")]
    assert hist[0]["decided_at"]
    assert client.get("/api/summary").json()["by_status"][status] == 1


def test_edit_a_claim_value(client: TestClient, out: Path) -> None:
    f = flag_of(out, "garbled_number", with_claims=True)
    r = post(client, f["flag_id"], action="edit", value="1,234.5")
    assert r.status_code == 200, r.text
    d = r.json()["decision"]
    assert d["claim_id"] == f["claim_ids"][0] and d["value"] == "1,234.5" and r.json()["flag"]["status"] == "accepted"


def test_edit_a_flag_without_claims_sets_its_suggestion(client: TestClient, out: Path) -> None:
    f = flag_of(out, "masked_token")
    r = post(client, f["flag_id"], action="edit", value="Chinese")
    assert r.status_code == 200 and r.json()["decision"]["claim_id"] is None


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({"action": "edit"}, 422),  # no value
        ({"action": "edit", "value": "   "}, 422),
        ({"action": "edit", "value": "seven"}, 422),  # a claim value must be a number
        ({"action": "edit", "value": "-3"}, 422),  # percentages are non-negative
        ({"action": "edit", "value": "3", "claim_id": "c_not_this_flags"}, 422),
        ({"action": "approve"}, 422),
        ({"action": "accept", "extra": 1}, 422),
    ],
)
def test_bad_decisions_are_refused(client: TestClient, out: Path, body: dict, code: int) -> None:
    f = flag_of(out, "garbled_number", with_claims=True)
    assert post(client, f["flag_id"], **body).status_code == code
    assert client.get(f"/api/flags/{f['flag_id']}").json()["history"] == []


def test_decisions_need_a_json_body(client: TestClient, out: Path) -> None:
    f = flag_of(out, "masked_token")
    r = client.post(f"/api/flags/{f['flag_id']}/decision", data={"action": "accept"})
    assert r.status_code == 415
    assert post(client, "f_unknown", action="accept").status_code == 404


def test_decisions_persist_in_wal_sqlite_and_reload(out: Path) -> None:
    first = TestClient(create_app(out, reviewer="ann"))
    f = flag_of(out, "masked_token")
    g = flag_of(out, "garbled_number", with_claims=True)
    post(first, f["flag_id"], action="accept")
    post(first, g["flag_id"], action="reject")
    post(first, g["flag_id"], action="reopen")
    post(first, g["flag_id"], action="reject", reason="the printed figure is right")
    second = TestClient(create_app(out, reviewer="bob"))
    assert second.get(f"/api/flags/{f['flag_id']}").json()["flag"]["status"] == "accepted"
    d = second.get(f"/api/flags/{g['flag_id']}").json()
    assert d["flag"]["status"] == "rejected" and [h["action"] for h in d["history"]] == ["reject", "reopen", "reject"]
    with sqlite3.connect(out / "review.sqlite") as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert {d.flag_id: d.action for d in ReviewStore.open(out).latest()} == {f["flag_id"]: "accept", g["flag_id"]: "reject"}


def test_sql_metacharacters_are_stored_verbatim(client: TestClient, out: Path) -> None:
    f = flag_of(out, "masked_token")
    nasty = "x'); DROP TABLE decisions; --"
    assert post(client, f["flag_id"], action="edit", value=nasty, reason=nasty, reviewer=nasty).status_code == 200
    (h,) = client.get(f"/api/flags/{f['flag_id']}").json()["history"]
    assert h["value"] == h["reason"] == h["reviewer"] == nasty


@pytest.mark.parametrize(
    "path",
    [
        "/static/..%2Fstorage.py",
        "/static/..%2F..%2F..%2Fpyproject.toml",
        "/static/%2E%2E/server.py",
        "/static/../server.py",
        "/static/index.html/../../flags.jsonl",
        "/flags.jsonl",
        "/review.sqlite",
        "/../../etc/passwd",
        "/static/%2Fetc%2Fpasswd",
        "/api/flags/..%2Fflags.jsonl",
        "/api/flags/..%2F..%2Fmanifest.json",
    ],
)
def test_paths_outside_the_fixed_names_are_refused(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 404, (path, r.status_code)
    assert "schema_version" not in r.text and "root:" not in r.text and "import " not in r.text


def test_untrusted_text_reaches_the_page_only_as_data(client: TestClient, out: Path) -> None:
    f = flag_of(out, "garbled_number", article="alpha")
    d = client.get(f"/api/flags/{f['flag_id']}").json()
    assert d["article"]["title"] == HOSTILE_TITLE  # data, as JSON; the page puts it in with textContent
    script = client.get("/static/app.js").text
    assert "innerHTML" not in script and "outerHTML" not in script and "insertAdjacentHTML" not in script
    assert "eval(" not in script and "document.write" not in script


def test_trusted_hosts_guard_against_dns_rebinding(out: Path) -> None:
    guarded = TestClient(create_app(out, allowed_hosts=["127.0.0.1", "localhost"]), base_url="http://127.0.0.1")
    assert guarded.get("/api/summary").status_code == 200
    assert guarded.get("/api/summary", headers={"host": "evil.example"}).status_code == 400
