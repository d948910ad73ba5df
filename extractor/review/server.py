"""The review web app: a FastAPI server over one run folder and its decision database.

Routes (all under fixed names; no request parameter ever becomes a file path):
- `GET /` the page, `GET /static/{name}` its script and stylesheet (looked up in a fixed table);
- `GET /api/summary` counts by type, severity, status and the article list;
- `GET /api/flags?type=&severity=&status=&article=&q=&offset=&limit=` one page of flags;
- `GET /api/flags/{flag_id}` a flag with its article text, highlight offsets, claims, repairs, entities
  and decision history;
- `POST /api/flags/{flag_id}/decision` `{"action": "accept"|"reject"|"edit"|"reopen", "value",
  "claim_id", "reason", "reviewer"}` records a decision (JSON bodies only).
"""

from __future__ import annotations

import getpass
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field

from .dataset import RunData, load_run
from .decisions import MERGE_TYPES, parse_number
from .storage import Decision, ReviewStore

#: the page's static files: fixed name -> media type (nothing else is ever served from disk)
STATIC_FILES: dict[str, str] = {
    "index.html": "text/html; charset=utf-8",
    "app.js": "text/javascript; charset=utf-8",
    "app.css": "text/css; charset=utf-8",
}

#: flags per page: default and ceiling (a page of 50 renders instantly; 500 bounds a response)
PAGE_DEFAULT = 50
PAGE_MAX = 500

#: the page may load only its own script and style; article text can never run as code
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
    "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}

STATUSES = ("open", "accepted", "rejected")


class DecisionIn(BaseModel):
    """A decision as the page posts it."""

    model_config = ConfigDict(extra="forbid")
    action: Literal["accept", "reject", "edit", "reopen"]
    value: str | None = Field(default=None, max_length=2000)
    claim_id: str | None = Field(default=None, max_length=200)
    reason: str | None = Field(default=None, max_length=4000)
    reviewer: str | None = Field(default=None, max_length=200)


def default_reviewer() -> str:
    """Who decides when the page does not say: the login name."""
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name in some containers
        return "reviewer"


class ReviewState:
    """The run's records, the decisions in force and a lowercase search text per flag."""

    def __init__(self, out: Path) -> None:
        self.data: RunData = load_run(out)
        self.store = ReviewStore.open(out)
        self.status: dict[str, str] = {f["flag_id"]: f.get("status", "open") for f in self.data.flags}
        for d in self.store.latest():
            if d.flag_id in self.status:
                self.status[d.flag_id] = d.status
        self.haystack = [
            " ".join(
                str(x)
                for x in (f["flag_id"], f["article_id"], f["type"], f["message"], f.get("suggestion") or "",
                          (f.get("evidence") or {}).get("text", ""))
            ).lower()
            for f in self.data.flags
        ]

    def flag_view(self, f: dict[str, Any]) -> dict[str, Any]:
        """A flag as the list shows it: the record with its current status."""
        article = self.data.articles.get(f["article_id"], {})
        return {**f, "status": self.status[f["flag_id"]], "title": article.get("title")}

    def select(self, type_: str, severity: str, status: str, article: str, q: str) -> list[int]:
        """Indexes of the flags matching every given filter (empty filter = any)."""
        needle = q.strip().lower()
        out = []
        for i, f in enumerate(self.data.flags):
            if type_ and f["type"] != type_:
                continue
            if severity and f["severity"] != severity:
                continue
            if status and self.status[f["flag_id"]] != status:
                continue
            if article and f["article_id"] != article:
                continue
            if needle and needle not in self.haystack[i]:
                continue
            out.append(i)
        return out


def _tally(items: list[dict[str, Any]], key: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for it in items:
        out[it[key]] = out.get(it[key], 0) + 1
    return dict(sorted(out.items()))


def _overlaps(a: dict[str, Any] | None, start: int, end: int) -> bool:
    return a is not None and a["start"] < end and start < a["end"]


def create_app(out: Path, *, reviewer: str | None = None, allowed_hosts: list[str] | None = None) -> FastAPI:
    """The review app over run folder `out` (decisions go to OUT/review.sqlite)."""
    state = ReviewState(out)
    who = reviewer or default_reviewer()
    app = FastAPI(title="extractor review", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.review = state
    if allowed_hosts:
        from starlette.middleware.trustedhost import TrustedHostMiddleware

        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response = await call_next(request)
        for k, v in SECURITY_HEADERS.items():
            response.headers.setdefault(k, v)
        response.headers.setdefault("Cache-Control", "no-store")
        return response

    static = {name: (resources.files(__package__) / "static" / name).read_bytes() for name in STATIC_FILES}

    @app.get("/")
    def index() -> Response:
        return Response(static["index.html"], media_type=STATIC_FILES["index.html"])

    @app.get("/static/{name}")
    def static_file(name: str) -> Response:
        if name not in STATIC_FILES or name == "index.html":
            raise HTTPException(404, "not found")
        return Response(static[name], media_type=STATIC_FILES[name])

    @app.get("/api/summary")
    def summary() -> dict[str, Any]:
        flags = state.data.flags
        return {
            "out": out.name,
            "reviewer": who,
            "flags": len(flags),
            "claims": len(state.data.claims),
            "by_type": _tally(flags, "type"),
            "by_severity": _tally(flags, "severity"),
            "by_status": {s: sum(1 for v in state.status.values() if v == s) for s in STATUSES},
            "articles": sorted({f["article_id"] for f in flags}),
        }

    @app.get("/api/flags")
    def list_flags(
        type: str = Query("", max_length=100),
        severity: str = Query("", max_length=20),
        status: str = Query("", max_length=20),
        article: str = Query("", max_length=1000),
        q: str = Query("", max_length=500),
        offset: int = Query(0, ge=0),
        limit: int = Query(PAGE_DEFAULT, ge=1, le=PAGE_MAX),
    ) -> dict[str, Any]:
        picked = state.select(type, severity, status, article, q)
        page = [state.flag_view(state.data.flags[i]) for i in picked[offset : offset + limit]]
        by_status = {s: 0 for s in STATUSES}
        for i in picked:
            by_status[state.status[state.data.flags[i]["flag_id"]]] += 1
        return {"total": len(picked), "offset": offset, "limit": limit, "by_status": by_status, "items": page}

    @app.get("/api/flags/{flag_id}")
    def get_flag(flag_id: str) -> dict[str, Any]:
        f = state.data.flag(flag_id)
        if f is None:
            raise HTTPException(404, "no such flag")
        return _detail(state, f)

    @app.post("/api/flags/{flag_id}/decision")
    async def decide(flag_id: str, request: Request) -> JSONResponse:
        if request.headers.get("content-type", "").split(";")[0].strip().lower() != "application/json":
            raise HTTPException(415, "send the decision as application/json")
        f = state.data.flag(flag_id)
        if f is None:
            raise HTTPException(404, "no such flag")
        body = DecisionIn.model_validate_json(await request.body())
        decision = _decision(state, f, body, who)
        stored = state.store.record(decision)
        state.status[flag_id] = stored.status
        return JSONResponse({"flag": state.flag_view(f), "decision": stored.model_dump()})

    @app.exception_handler(ValueError)
    async def bad_value(request: Request, exc: ValueError) -> JSONResponse:
        return JSONResponse({"detail": str(exc).splitlines()[0][:300]}, status_code=422)

    return app


def _decision(state: ReviewState, f: dict[str, Any], body: DecisionIn, who: str) -> Decision:
    """Check a posted decision against its flag; an edit of a flag with claims names a claim and a number."""
    value = body.value.strip() if body.value is not None else None
    claim_id = body.claim_id
    if body.action == "edit":
        if not value:
            raise HTTPException(422, "an edit needs a value")
        if f["type"] in MERGE_TYPES:
            claim_id = None
        elif f["claim_ids"]:
            claim_id = claim_id or f["claim_ids"][0]
            if claim_id not in f["claim_ids"]:
                raise HTTPException(422, "claim_id is not one of the flag's claims")
            number = parse_number(value)
            if number is None:
                raise HTTPException(422, f"{value!r} is not a number")
            claim = state.data.claims.get(claim_id, {})
            if number < 0 and claim.get("kind") == "percentage":
                raise HTTPException(422, "percentages are non-negative (direction says up or down)")
    else:
        value, claim_id = None, None
    return Decision(
        flag_id=f["flag_id"],
        flag_type=f["type"],
        article_id=f["article_id"],
        action=body.action,
        value=value,
        claim_id=claim_id,
        entity_ids=list(f.get("entity_ids") or []),
        reviewer=(body.reviewer or who).strip() or who,
        reason=(body.reason or "").strip() or None,
    )


def _detail(state: ReviewState, f: dict[str, Any]) -> dict[str, Any]:
    """A flag with everything the review pane shows."""
    article = state.data.articles.get(f["article_id"], {})
    ev = f.get("evidence")
    claims = [state.data.claims[c] for c in f.get("claim_ids", []) if c in state.data.claims]
    spans = [ev] if ev else []
    spans += [c["evidence"] for c in claims]
    repairs = [r for r in article.get("repairs", []) if any(_overlaps(s, r["start"], r["end"]) for s in spans)]
    entities = []
    for eid in f.get("entity_ids", []):
        e = state.data.entities.get(eid)
        if e is None:
            continue
        mentions = [m for m in e.get("mentions", []) if m["article_id"] == f["article_id"]]
        entities.append({**{k: v for k, v in e.items() if k != "mentions"}, "mentions": mentions})
    return {
        "flag": state.flag_view(f),
        "article": {
            "article_id": f["article_id"],
            "title": article.get("title"),
            "source": article.get("source"),
            "published": article.get("published"),
            "url": article.get("url"),
            "text": article.get("text", ""),
        },
        "highlight": {"start": ev["start"], "end": ev["end"]} if ev else None,
        "claims": claims,
        "repairs": repairs,
        "entities": entities,
        "history": [d.model_dump() for d in state.store.history(f["flag_id"])],
    }


def serve(out: Path, *, host: str = "127.0.0.1", port: int = 8765, reviewer: str | None = None) -> None:
    """Start the review server on host:port and print its address (blocks until Ctrl+C)."""
    import uvicorn

    hosts = sorted({host, "127.0.0.1", "localhost"}) if host in ("127.0.0.1", "localhost") else None
    app = create_app(out, reviewer=reviewer, allowed_hosts=hosts)
    shown = f"[{host}]" if ":" in host else host
    n = len(app.state.review.data.flags)
    print(f"extractor review: http://{shown}:{port}/  ({n} flags in {out}; decisions go to {out}/review.sqlite; Ctrl+C stops)", flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
