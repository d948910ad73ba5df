"""A static, self-contained HTML report of a run (OUT/report.html): opens from disk, no server, no script.

Every piece of run data goes through `html.escape`; the page carries a Content-Security-Policy
that forbids scripts, so even a bug in escaping could not run article text as code.
"""

from __future__ import annotations

from collections import Counter
from html import escape
from pathlib import Path
from typing import Any

from ..models import FlagRecord
from ..output import write_atomic
from .dataset import RunData, load_run
from .decisions import DecisionSet

#: fixed name of the report inside OUT
REPORT_NAME = "report.html"

_CSS = """
body{font:14px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1100px;padding:16px;color:#1d2330}
h1{font-size:20px}h2{font-size:17px;margin-top:28px}table{border-collapse:collapse;margin:6px 0}
th,td{border:1px solid #dde1e7;padding:3px 7px;text-align:left;vertical-align:top;font-size:13px}
th{background:#f1f3f6}td.n{text-align:right;font-family:ui-monospace,monospace}
details{border:1px solid #dde1e7;border-radius:6px;margin:8px 0;padding:6px 10px}
summary{cursor:pointer;font-weight:600}
pre{white-space:pre-wrap;word-wrap:break-word;background:#fafbfc;border:1px solid #e3e6eb;padding:8px;font:13px/1.5 ui-monospace,monospace}
mark{background:#ffe27a}mark.error{background:#f7b4b0}mark.info{background:#cfe3fb}
.open{color:#8a6d00}.accepted{color:#1d7a43}.rejected{color:#a23a35}
"""


def _e(value: Any) -> str:
    return escape("" if value is None else str(value), quote=True)


def _table(head: list[str], rows: list[list[Any]], numeric: set[int] = frozenset()) -> str:  # type: ignore[assignment]
    out = ["<table><thead><tr>", *(f"<th>{_e(h)}</th>" for h in head), "</tr></thead><tbody>"]
    for row in rows:
        cells = "".join(f'<td class="n">{_e(c)}</td>' if i in numeric else f"<td>{_e(c)}</td>" for i, c in enumerate(row))
        out.append(f"<tr>{cells}</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def _marked_text(text: str, flags: list[dict[str, Any]]) -> str:
    """The article text, escaped, with each flag's evidence in <mark> (overlapping spans: the first wins)."""
    spans = sorted(((f["evidence"]["start"], f["evidence"]["end"], f) for f in flags if f.get("evidence")), key=lambda s: s[:2])
    out, pos = [], 0
    for start, end, f in spans:
        if start < pos or end > len(text):
            continue
        out.append(_e(text[pos:start]))
        title = f"{f['type']} ({f['status']}): {f['message']}"
        out.append(f'<mark class="{_e(f["severity"])}" title="{_e(title)}">{_e(text[start:end])}</mark>')
        pos = end
    out.append(_e(text[pos:]))
    return "".join(out)


def render_report(data: RunData, flags: list[dict[str, Any]]) -> str:
    """The report's HTML for a loaded run and its flags (statuses as decided)."""
    m = data.manifest
    by_type = Counter(f["type"] for f in flags)
    by_type_status = Counter((f["type"], f["status"]) for f in flags)
    by_severity = Counter(f["severity"] for f in flags)
    kinds = Counter(c["kind"] for c in data.claims.values())
    flags_by_article: dict[str, list[dict[str, Any]]] = {}
    for f in flags:
        flags_by_article.setdefault(f["article_id"], []).append(f)
    claims_by_article: dict[str, list[dict[str, Any]]] = {}
    for c in data.claims.values():
        claims_by_article.setdefault(c["article_id"], []).append(c)
    parts = [
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">",
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        f"<title>extractor report: {_e(data.out.name)}</title><style>{_CSS}</style></head><body>",
        f"<h1>extractor report: {_e(data.out.name)}</h1>",
        (f"<p>tool {_e(m.get('tool_version'))} · model {_e((m.get('model') or {}).get('name'))} "
         f"{_e((m.get('model') or {}).get('version'))} · inputs {_e(', '.join(m.get('inputs', [])))}</p>"),
        "<h2>Counts</h2>",
        _table(["records", "count"], [["articles", len(data.articles)], ["claims", len(data.claims)],
                                      ["entities", len(data.entities)], ["flags", len(flags)]], {1}),
        _table(["claim kind", "count"], [[k, v] for k, v in sorted(kinds.items())], {1}),
        "<h2>Flags by type</h2>",
        _table(["type", "total", "open", "accepted", "rejected"],
               [[t, n, by_type_status[(t, "open")], by_type_status[(t, "accepted")], by_type_status[(t, "rejected")]]
                for t, n in sorted(by_type.items())], {1, 2, 3, 4}),
        _table(["severity", "count"], [[k, v] for k, v in sorted(by_severity.items())], {1}),
        "<h2>Articles</h2>",
        _table(["article", "title", "claims", "flags"],
               [[aid, a.get("title") or "", len(claims_by_article.get(aid, [])), len(flags_by_article.get(aid, []))]
                for aid, a in sorted(data.articles.items())], {2, 3}),
    ]
    for aid, a in sorted(data.articles.items()):
        fl = flags_by_article.get(aid, [])
        cl = sorted(claims_by_article.get(aid, []), key=lambda c: c["evidence"]["start"])
        parts.append(f"<details><summary>{_e(aid)}: {_e(a.get('title') or '')} "
                     f"({len(cl)} claims, {len(fl)} flags)</summary>")
        parts.append(f"<p>published {_e(a.get('published'))} · source {_e(a.get('source'))} · {_e(a.get('path'))}</p>")
        if fl:
            parts.append("<h3>Flags</h3>")
            parts.append(_table(["type", "severity", "status", "message", "evidence", "suggestion"],
                                [[f["type"], f["severity"], f["status"], f["message"],
                                  (f.get("evidence") or {}).get("text", ""), f.get("suggestion") or ""] for f in fl]))
        if cl:
            parts.append("<h3>Claims</h3>")
            parts.append(_table(["kind", "value", "unit", "subject / metric", "evidence", "confidence"],
                                [[c["kind"], c.get("value") if c.get("value") is not None else c.get("person") or c.get("action") or "",
                                  c.get("unit") or "", " / ".join(x for x in (c.get("subject"), c.get("metric")) if x),
                                  c["evidence"]["text"], c["confidence"]] for c in cl], {1, 5}))
        parts.append("<h3>Text</h3>")
        parts.append(f"<pre>{_marked_text(a.get('text', ''), fl)}</pre></details>")
    parts.append("</body></html>\n")
    return "".join(parts)


def write_report(out: Path, dest: Path | None = None) -> Path:
    """Write the run's report (statuses with the review's decisions applied) to OUT/report.html or `dest`."""
    data = load_run(out)
    decisions = DecisionSet.load(out)
    flags = [decisions.apply_flag(FlagRecord.model_validate(f)).model_dump(mode="json") for f in data.flags]
    path = dest or out / REPORT_NAME
    write_atomic(path, render_report(data, flags))
    return path
