// extractor review page. Every piece of run data reaches the DOM through textContent or
// createTextNode, never through HTML parsing: article text is untrusted.
"use strict";

const PAGE = 50;
const state = { filters: { type: "", severity: "", status: "", article: "", q: "" }, offset: 0, total: 0,
                items: [], selected: -1, detail: null };
const $ = (id) => document.getElementById(id);

function el(tag, text, cls) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (cls) node.className = cls;
  return node;
}

function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

async function api(path, options) {
  const res = await fetch(path, options);
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(typeof body.detail === "string" ? body.detail : res.status + " " + res.statusText);
  return body;
}

// ---------------------------------------------------------------- filters and the URL hash

function readHash() {
  const params = new URLSearchParams(location.hash.slice(1));
  for (const key of Object.keys(state.filters)) state.filters[key] = params.get(key) || "";
  state.offset = Math.max(0, parseInt(params.get("offset") || "0", 10) || 0);
  $("f-type").value = state.filters.type; $("f-severity").value = state.filters.severity;
  $("f-status").value = state.filters.status; $("f-article").value = state.filters.article;
  $("f-q").value = state.filters.q;
}

function writeHash() {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(state.filters)) if (v) params.set(k, v);
  if (state.offset) params.set("offset", String(state.offset));
  history.replaceState(null, "", "#" + params.toString());
}

function fillSelect(select, values, counts) {
  for (const v of values) {
    const opt = el("option", counts ? `${v} (${counts[v]})` : v);
    opt.value = v;
    select.appendChild(opt);
  }
}

async function loadSummary(first) {
  const s = await api("/api/summary");
  $("run-name").textContent = `${s.out}: ${s.flags} flags, ${s.claims} claims · reviewer ${s.reviewer}`;
  $("status-counts").textContent = `open ${s.by_status.open} · accepted ${s.by_status.accepted} · rejected ${s.by_status.rejected}`;
  if (first) {
    fillSelect($("f-type"), Object.keys(s.by_type), s.by_type);
    fillSelect($("f-severity"), Object.keys(s.by_severity), s.by_severity);
    fillSelect($("f-article"), s.articles);
  }
}

// ---------------------------------------------------------------- the list

async function loadList(selectIndex) {
  const params = new URLSearchParams({ offset: String(state.offset), limit: String(PAGE) });
  for (const [k, v] of Object.entries(state.filters)) if (v) params.set(k, v);
  const page = await api("/api/flags?" + params.toString());
  state.items = page.items; state.total = page.total; state.byStatus = page.by_status;
  renderListCounts();
  const last = Math.min(state.offset + PAGE, page.total);
  $("page").textContent = page.total ? `${state.offset + 1}–${last} of ${page.total}` : "none";
  $("prev").disabled = state.offset === 0;
  $("next").disabled = last >= page.total;
  renderList();
  writeHash();
  const idx = selectIndex === "last" ? state.items.length - 1 : (selectIndex || 0);
  if (state.items.length) await select(Math.min(idx, state.items.length - 1));
  else { state.selected = -1; showDetail(null); }
}

function renderListCounts() {
  const c = state.byStatus;
  $("list-counts").textContent = `${state.total} flags match · open ${c.open} · accepted ${c.accepted} · rejected ${c.rejected}`;
}

function renderList() {
  const list = $("flag-list");
  clear(list);
  state.items.forEach((f, i) => {
    const li = el("li");
    li.dataset.index = String(i);
    li.dataset.flagId = f.flag_id;
    li.appendChild(el("span", f.status, "status " + f.status));
    li.appendChild(el("span", f.type, "type"));
    li.appendChild(el("span", f.severity, "sev " + f.severity));
    li.appendChild(el("span", f.article_id, "aid"));
    li.appendChild(el("span", f.evidence ? f.evidence.text : f.message, "ev"));
    li.addEventListener("click", () => select(i));
    if (i === state.selected) li.classList.add("selected");
    list.appendChild(li);
  });
}

function markSelected() {
  for (const li of $("flag-list").children) li.classList.toggle("selected", Number(li.dataset.index) === state.selected);
  const cur = $("flag-list").children[state.selected];
  if (cur) cur.scrollIntoView({ block: "nearest" });
}

async function select(i) {
  state.selected = i;
  markSelected();
  const f = state.items[i];
  const detail = await api("/api/flags/" + encodeURIComponent(f.flag_id));
  if (state.items[state.selected] !== f) return;  // moved on meanwhile
  state.detail = detail;
  showDetail(detail);
}

async function move(step) {
  const next = state.selected + step;
  if (next >= 0 && next < state.items.length) return select(next);
  if (step > 0 && state.offset + PAGE < state.total) { state.offset += PAGE; return loadList(0); }
  if (step < 0 && state.offset > 0) { state.offset = Math.max(0, state.offset - PAGE); return loadList("last"); }
}

// ---------------------------------------------------------------- the detail pane

function showDetail(d) {
  $("detail").hidden = !d;
  $("detail-empty").hidden = !!d;
  $("edit-form").hidden = true;
  $("d-error").textContent = "";
  if (!d) return;
  const f = d.flag;
  $("detail").dataset.flagId = f.flag_id;
  $("d-status").textContent = f.status; $("d-status").className = "status " + f.status;
  $("d-type").textContent = f.type;
  $("d-severity").textContent = f.severity; $("d-severity").className = "sev " + f.severity;
  $("d-article").textContent = f.article_id;
  $("d-message").textContent = f.message;
  $("d-suggestion").textContent = f.suggestion === null ? "none" : f.suggestion;
  $("d-title").textContent = d.article.title ? "— " + d.article.title : "";
  renderText(d.article.text, d.highlight);
  renderClaims(d.claims);
  const repairs = $("d-repairs"); clear(repairs);
  for (const r of d.repairs) repairs.appendChild(el("li", `${r.original} → ${r.repaired} (${r.rule}, ${r.confidence}) at ${r.start}–${r.end}`));
  if (!d.repairs.length) repairs.appendChild(el("li", "none"));
  const ents = $("d-entities"); clear(ents);
  for (const e of d.entities) ents.appendChild(el("li", `${e.entity_id}: ${e.name} (${e.type}) — aliases: ${e.aliases.join(", ")}`));
  if (!d.entities.length) ents.appendChild(el("li", "none"));
  const hist = $("d-history"); clear(hist);
  for (const h of d.history) {
    const what = h.action + (h.value ? ` “${h.value}”` : "") + (h.claim_id ? ` on ${h.claim_id}` : "");
    hist.appendChild(el("li", `${h.decided_at} ${h.reviewer}: ${what}${h.reason ? " — " + h.reason : ""}`));
  }
  if (!d.history.length) hist.appendChild(el("li", "no decision yet"));
}

function renderText(text, hl) {
  const pre = $("d-text"); clear(pre);
  if (!hl) { pre.appendChild(document.createTextNode(text)); return; }
  pre.appendChild(document.createTextNode(text.slice(0, hl.start)));
  const mark = el("mark", text.slice(hl.start, hl.end));
  mark.id = "evidence";
  pre.appendChild(mark);
  pre.appendChild(document.createTextNode(text.slice(hl.end)));
  pre.scrollTop = Math.max(0, mark.offsetTop - pre.offsetTop - pre.clientHeight / 3);
}

function renderClaims(claims) {
  const body = $("d-claims").tBodies[0]; clear(body);
  for (const c of claims) {
    const tr = el("tr");
    tr.appendChild(el("td", c.kind));
    tr.appendChild(el("td", c.value === null ? "" : c.value, "num"));
    tr.appendChild(el("td", c.unit || ""));
    tr.appendChild(el("td", c.evidence.text));
    tr.appendChild(el("td", c.confidence, "num"));
    tr.appendChild(el("td", c.repairs.map((r) => `${r.original} → ${r.repaired}`).join("; ")));
    body.appendChild(tr);
  }
  if (!claims.length) { const tr = el("tr"); const td = el("td", "none"); td.colSpan = 6; tr.appendChild(td); body.appendChild(tr); }
}

// ---------------------------------------------------------------- decisions

async function decide(action, extra) {
  const d = state.detail;
  if (!d) return;
  try {
    const res = await api("/api/flags/" + encodeURIComponent(d.flag.flag_id) + "/decision", {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify(Object.assign({ action }, extra || {})),
    });
    const item = state.items[state.selected];
    if (item && item.flag_id === d.flag.flag_id) {
      state.byStatus[item.status] -= 1; state.byStatus[res.flag.status] += 1;
      item.status = res.flag.status;
    }
    renderList();
    renderListCounts();
    await loadSummary(false);
    if (action === "reopen") await select(state.selected); else await move(1);
  } catch (err) {
    $("d-error").textContent = err.message;
  }
}

function openEdit() {
  const d = state.detail;
  if (!d) return;
  const sel = $("edit-claim"); clear(sel);
  const isMerge = d.flag.type === "name_variant";
  const claims = isMerge ? [] : d.claims;
  for (const c of claims) {
    const opt = el("option", `${c.kind} ${c.value} ${c.unit || ""} — ${c.evidence.text.slice(0, 40)}`);
    opt.value = c.claim_id;
    sel.appendChild(opt);
  }
  $("edit-claim-label").hidden = !claims.length;
  const value = claims.length ? String(claims[0].value) : (isMerge && d.entities.length ? d.entities[0].name : (d.flag.suggestion || ""));
  $("edit-value").value = value;
  sel.onchange = () => { const c = claims.find((x) => x.claim_id === sel.value); if (c) $("edit-value").value = String(c.value); };
  $("edit-form").hidden = false;
  $("edit-value").focus();
  $("edit-value").select();
}

function submitEdit(ev) {
  ev.preventDefault();
  const extra = { value: $("edit-value").value, reason: $("edit-reason").value || null };
  if (!$("edit-claim-label").hidden) extra.claim_id = $("edit-claim").value;
  $("edit-form").hidden = true;
  decide("edit", extra);
}

function closeEdit() { $("edit-form").hidden = true; }

// ---------------------------------------------------------------- wiring

function onFilter() {
  state.filters = { type: $("f-type").value, severity: $("f-severity").value, status: $("f-status").value,
                    article: $("f-article").value, q: $("f-q").value };
  state.offset = 0;
  loadList(0);
}

let searchTimer = null;

function onKey(ev) {
  if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
  const tag = ev.target.tagName;
  if (tag === "INPUT" || tag === "SELECT" || tag === "TEXTAREA") {
    if (ev.key === "Escape") { closeEdit(); ev.target.blur(); }
    return;
  }
  const actions = {
    j: () => move(1), k: () => move(-1), a: () => decide("accept"), r: () => decide("reject"),
    e: () => openEdit(), u: () => decide("reopen"), "/": () => $("f-q").focus(),
    n: () => { if (!$("next").disabled) { state.offset += PAGE; loadList(0); } },
    p: () => { if (!$("prev").disabled) { state.offset = Math.max(0, state.offset - PAGE); loadList(0); } },
    Escape: () => closeEdit(),
  };
  const act = actions[ev.key];
  if (act) { ev.preventDefault(); act(); }
}

async function main() {
  await loadSummary(true);
  readHash();
  for (const id of ["f-type", "f-severity", "f-status", "f-article"]) $(id).addEventListener("change", onFilter);
  $("f-q").addEventListener("input", () => { clearTimeout(searchTimer); searchTimer = setTimeout(onFilter, 200); });
  $("filters").addEventListener("submit", (ev) => { ev.preventDefault(); onFilter(); $("f-q").blur(); });
  $("prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - PAGE); loadList(0); });
  $("next").addEventListener("click", () => { state.offset += PAGE; loadList(0); });
  $("btn-accept").addEventListener("click", () => decide("accept"));
  $("btn-reject").addEventListener("click", () => decide("reject"));
  $("btn-edit").addEventListener("click", openEdit);
  $("btn-reopen").addEventListener("click", () => decide("reopen"));
  $("edit-form").addEventListener("submit", submitEdit);
  $("edit-cancel").addEventListener("click", closeEdit);
  document.addEventListener("keydown", onKey);
  await loadList(0);
  document.body.dataset.ready = "1";
}

main().catch((err) => { document.body.dataset.ready = "error"; $("list-counts").textContent = "error: " + err.message; });
