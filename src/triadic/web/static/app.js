// triadic dashboard: each page is a shell filled from the JSON API. No external assets, no inline scripts.
"use strict";

const $ = (sel, root = document) => root.querySelector(sel);

function el(tag, attrs = {}, ...children) {
  const node = document.createElementNS(tag.startsWith("svg:") ? "http://www.w3.org/2000/svg" : "http://www.w3.org/1999/xhtml",
    tag.replace(/^svg:/, ""));
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.setAttribute("class", v);
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

class ApiError extends Error {}

async function api(path, params = {}, options = {}) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== "" && v !== null && v !== undefined) qs.set(k, v);
  const url = path + (qs.toString() ? "?" + qs : "");
  const res = await fetch(url, { headers: { Accept: "application/json" }, ...options });
  let body = null;
  try { body = await res.json(); } catch (e) { body = null; }
  if (!res.ok) {
    const msg = body && body.error ? `[${body.error.code}] ${body.error.message}` : `${res.status} ${res.statusText}`;
    throw new ApiError(msg);
  }
  return body;
}

function showError(err) {
  const box = $("#error");
  if (!box) return;
  box.hidden = !err;
  box.textContent = err ? String(err.message || err) : "";
}

function formParams(form) {
  const out = {};
  for (const [k, v] of new FormData(form).entries()) if (String(v).trim() !== "") out[k] = String(v).trim();
  return out;
}

function fillForm(form, params) {
  for (const [k, v] of Object.entries(params)) {
    const field = form.elements.namedItem(k);
    if (!field) continue;
    if (field.type === "checkbox") field.checked = v === "true";
    else field.value = v;
  }
}

function urlParams() {
  return Object.fromEntries(new URLSearchParams(location.search).entries());
}

const QUADS = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };
const fmt = (x, d = 2) => (x === null || x === undefined ? "–" : Number(x).toFixed(d));

function segmentsNode(segs, cls = "sentence") {
  const p = el("p", { class: cls });
  for (const s of segs) {
    if (!s.marks.length) { p.append(document.createTextNode(s.text)); continue; }
    p.append(el("mark", { class: s.marks.map((m) => "m-" + m).join(" "), "data-refs": s.refs.join(" "),
      title: s.marks.join(" + ") }, s.text));
  }
  return p;
}

function actorLabel(a) {
  if (!a) return "–";
  return a.code || a.text || "?";
}

function eventNode(ev, { compact = false } = {}) {
  const head = el("div", { class: "ev-head" },
    el("span", { class: "date" }, ev.date || "undated"), " ",
    el("strong", {}, actorLabel(ev.source)), " → ", el("strong", {}, actorLabel(ev.target)), " ",
    el("span", { class: `code q${ev.quad || 0}`, title: QUADS[ev.quad] || "" }, `${ev.cameo || "?"} ${ev.cameo_name || ""}`),
    " ", el("span", { class: "muted" }, `Goldstein ${fmt(ev.goldstein, 1)}`),
    ev.modality && ev.modality !== "asserted" ? el("span", { class: "tag" }, ev.modality) : null,
    el("span", { class: "tag ds" }, ev.dataset || ""));
  const body = [];
  if (ev.highlighted) body.push(segmentsNode(ev.highlighted));
  else if (!compact) body.push(el("p", { class: "muted" }, "Imported event: no sentence stored",
    ev.origin && ev.origin.file ? ` (from ${ev.origin.file}${ev.origin.line ? ":" + ev.origin.line : ""})` : ""));
  if (ev.quote) {
    const sp = ev.quote.speaker || {};
    body.push(el("p", { class: "quote-attr" }, "Quoted: ", el("strong", {}, sp.name || "unnamed speaker"),
      sp.affiliation ? ` (${sp.affiliation})` : "", sp.code ? ` [${sp.code}]` : "", ` · ${ev.quote.kind || ""} quote`));
  } else if (ev.attributed_to) {
    body.push(el("p", { class: "quote-attr" }, "Attributed to ", el("strong", {}, ev.attributed_to)));
  }
  const links = el("p", { class: "links" }, el("a", { href: `/events/${encodeURIComponent(ev.id)}`, class: "open-event" }, "event"),
    ev.article_url ? [" · ", el("a", { href: ev.article_url, class: "open-article" }, "article")] : null);
  return el("li", { class: "event", "data-id": ev.id }, head, body, links);
}

function pager(nav, page, pages, go) {
  nav.replaceChildren();
  if (pages <= 1) return;
  const btn = (label, p, disabled) => el("button", { type: "button", disabled: disabled, onclick: () => go(p) }, label);
  nav.append(btn("« first", 1, page <= 1), btn("‹ previous", page - 1, page <= 1),
    el("span", {}, ` page ${page} of ${pages} `), btn("next ›", page + 1, page >= pages), btn("last »", pages, page >= pages));
}

function table(node, headers, rows) {
  node.replaceChildren(el("thead", {}, el("tr", {}, headers.map((h) => el("th", {}, h)))),
    el("tbody", {}, rows.map((r) => el("tr", {}, r.map((c) => el("td", {}, c))))));
}

function evidenceLink(ids, label) {
  if (!ids || !ids.length) return "–";
  return el("a", { href: "/events?ids=" + encodeURIComponent(ids.slice(0, 50).join(",")) }, label || `${ids.length} event(s)`);
}

function plot(node, traces, layout) {
  if (typeof Plotly === "undefined") { node.textContent = "plotly.js did not load"; return; }
  Plotly.react(node, traces, { margin: { t: 20, r: 10, b: 40, l: 50 }, ...layout }, { displaylogo: false, responsive: true });
}

// ---------------------------------------------------------------- pages
const pages = {};

pages.overview = async () => {
  const o = await api("/api/overview");
  const card = (label, value) => el("div", { class: "card" }, el("div", { class: "num" }, value), el("div", {}, label));
  $("#stats").replaceChildren(card("articles", o.articles), card("events", o.events), card("actors", o.actors),
    card("quotes", o.quotes), card("date range", `${o.first_date || "–"} … ${o.last_date || "–"}`));
  table($("#datasets"), ["dataset", "kind", "events", "from", "to"],
    o.datasets.map((d) => [el("a", { href: "/events?dataset=" + encodeURIComponent(d.dataset || "") }, d.dataset || "(none)"),
      d.kind, d.events, d.first_date || "–", d.last_date || "–"]));
  table($("#top-actors"), ["actor", "events"],
    o.top_actors.map((a) => [el("a", { href: "/events?actor=" + encodeURIComponent(a.actor) }, a.actor), a.events]));
  if (o.monthly.length) plot($("#monthly"), [{ type: "bar", x: o.monthly.map((m) => m.month), y: o.monthly.map((m) => m.events) }], {});
  else $("#monthly").textContent = "No dated events.";
};

pages.events = async () => {
  const form = $("#filters");
  const params = urlParams();
  fillForm(form, params);
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    location.search = new URLSearchParams(formParams(form)).toString();
  });
  $("#reset").addEventListener("click", (e) => { e.preventDefault(); location.search = ""; });
  const res = await api("/api/events", params);
  const shown = Object.entries(params).filter(([k]) => k !== "page").map(([k, v]) => `${k}=${v}`).join(", ");
  $("#summary").textContent = `${res.total} event(s)${shown ? " where " + shown : ""}`;
  $("#events").replaceChildren(...res.events.map((ev) => eventNode(ev)));
  pager($("#pager"), res.page, res.pages, (p) => { location.search = new URLSearchParams({ ...params, page: p }).toString(); });
};

pages.event = async () => {
  const id = document.body.dataset.id;
  if (!id) throw new ApiError("invalid event id in the address");
  const ev = await api("/api/events/" + encodeURIComponent(id));
  const dl = el("dl", { class: "facts" });
  const add = (k, v) => { if (v !== null && v !== undefined && v !== "") dl.append(el("dt", {}, k), el("dd", {}, v)); };
  add("date", `${ev.date || "undated"}${ev.date_precision ? " (" + ev.date_precision + ")" : ""}`);
  add("source", ev.source ? `${ev.source.code} · ${ev.source.name || ""} · “${ev.source.text || ""}”` : null);
  add("target", ev.target ? `${ev.target.code} · ${ev.target.name || ""} · “${ev.target.text || ""}”` : null);
  add("code", `${ev.cameo} ${ev.cameo_name || ""} (root ${ev.root}, quad ${ev.quad}: ${QUADS[ev.quad] || "?"})`);
  add("Goldstein", fmt(ev.goldstein, 1));
  add("PLOVER", ev.plover_type ? `${ev.plover_type}${ev.plover_mode ? " / " + ev.plover_mode : ""}` : null);
  add("modality", ev.modality);
  add("trigger", ev.trigger ? ev.trigger.text : null);
  add("dataset", ev.dataset);
  add("confidence", ev.confidence === null ? null : fmt(ev.confidence, 3));
  add("rule", ev.rule);
  add("origin", ev.origin ? `${ev.origin.file || ""}${ev.origin.line ? ":" + ev.origin.line : ""} ${ev.origin.id || ""}` : null);
  $("#event").replaceChildren(el("ol", { class: "events" }, eventNode(ev)), dl);
};

pages.articles = async () => {
  const params = urlParams();
  const res = await api("/api/articles", params);
  table($("#articles"), ["title", "published", "source", "events"], res.articles.map((a) => [
    el("a", { href: "/articles/" + encodeURIComponent(a.id) }, a.title || a.id), a.published || "–", a.source || "–", a.events]));
  pager($("#pager"), res.page, Math.max(1, Math.ceil(res.total / res.per_page)),
    (p) => { location.search = new URLSearchParams({ ...params, page: p }).toString(); });
};

pages.article = async () => {
  const id = document.body.dataset.id;
  if (!id) throw new ApiError("invalid article id in the address");
  const a = await api("/api/articles/" + encodeURIComponent(id));
  document.querySelector("h1").textContent = a.title || "Article";
  const meta = el("p", { class: "muted" }, [a.byline, a.published, a.source, a.dateline].filter(Boolean).join(" · "));
  $("#article").replaceChildren(meta, segmentsNode(a.segments, "article-body"));
  $("#article-events").replaceChildren(...a.events.map((ev) => eventNode(ev, { compact: true })));
  $("#article-quotes").replaceChildren(...a.quotes.map((q) => el("li", {},
    el("strong", {}, q.speaker.name || "unnamed"), q.speaker.affiliation ? ` (${q.speaker.affiliation})` : "",
    `: “${q.text || ""}”`)));
  // hovering an event in the list lights up its marks in the text
  for (const li of document.querySelectorAll("#article-events li")) {
    const marks = () => document.querySelectorAll(`#article mark[data-refs~="${CSS.escape(li.dataset.id)}"]`);
    li.addEventListener("mouseenter", () => marks().forEach((m) => m.classList.add("focus")));
    li.addEventListener("mouseleave", () => marks().forEach((m) => m.classList.remove("focus")));
  }
};

function drawNetwork(svg, data, onEdge) {
  svg.replaceChildren();
  const W = 1000, H = 700;
  const pos = Object.fromEntries(data.nodes.map((n) => [n.id, [n.x * W, n.y * H]]));
  const maxN = Math.max(1, ...data.edges.map((e) => e.n_events));
  const edges = el("svg:g", { class: "edges" });
  for (const e of data.edges) {
    const [x1, y1] = pos[e.a], [x2, y2] = pos[e.b];
    const cls = e.sign > 0 ? "edge pos" : e.sign < 0 ? "edge neg" : "edge zero";
    const width = 1.5 + 8 * Math.sqrt(e.n_events / maxN);
    const g = el("svg:g", { class: cls, "data-a": e.a, "data-b": e.b, tabindex: 0, role: "button",
      onclick: () => onEdge(e), onkeydown: (ev) => { if (ev.key === "Enter") onEdge(e); } },
      el("svg:line", { x1, y1, x2, y2, "stroke-width": width.toFixed(1) }),
      el("svg:line", { class: "hit", x1, y1, x2, y2, "stroke-width": Math.max(14, width + 8) }),
      el("svg:title", {}, `${e.a}–${e.b}: ${e.n_events} events, score ${fmt(e.score)}`));
    edges.append(g);
  }
  const nodes = el("svg:g", { class: "nodes" });
  const maxE = Math.max(1, ...data.nodes.map((n) => n.events));
  for (const n of data.nodes) {
    const [x, y] = pos[n.id];
    const r = 6 + 14 * Math.sqrt(n.events / maxE);
    nodes.append(el("svg:g", { class: "node", "data-id": n.id },
      el("svg:circle", { cx: x, cy: y, r: r.toFixed(1) }),
      el("svg:text", { x, y: y - r - 4, "text-anchor": "middle" }, n.id),
      el("svg:title", {}, `${n.id}: ${n.events} events on ${n.degree} edge(s)`)));
  }
  svg.append(edges, nodes);
}

pages.relations = async () => {
  const form = $("#filters");
  const params = urlParams();
  fillForm(form, params);
  form.addEventListener("submit", (e) => { e.preventDefault(); location.search = new URLSearchParams(formParams(form)).toString(); });
  const data = await api("/api/relations", params);
  $("#note").textContent = data.note || `${data.nodes.length} actors, ${data.edges.length} edges` +
    (data.dropped_actors ? ` (${data.dropped_actors} quieter actors left out)` : "");
  const svg = $("#network");
  drawNetwork(svg, data, async (edge) => {
    for (const g of svg.querySelectorAll(".edge.selected")) g.classList.remove("selected");
    const g = svg.querySelector(`.edge[data-a="${CSS.escape(edge.a)}"][data-b="${CSS.escape(edge.b)}"]`);
    if (g) g.classList.add("selected");
    await loadDyad(edge, params);
  });
  svg.dataset.drawn = String(data.edges.length);
};

async function loadDyad(edge, params) {
  const box = $("#dyad");
  box.querySelector("h2").textContent = `${edge.a} – ${edge.b}`;
  const p = box.querySelector("p");
  p.textContent = `${edge.n_events} events in the window, score ${fmt(edge.score)} (sign ${edge.sign > 0 ? "+" : edge.sign < 0 ? "−" : "0"}).`;
  const common = { start: params.start, end: params.end, level: params.level, modality: params.modality };
  try {
    const [series, evs] = await Promise.all([
      api("/api/dyad", { ...common, a: edge.a, b: edge.b, window: "month" }),
      api("/api/events", { dyad: `${edge.a}-${edge.b}`, start: params.start, end: params.end, per_page: 20 }),
    ]);
    const x = series.series.map((s) => s.start);
    plot($("#dyad-plot"), [
      { type: "scatter", mode: "lines+markers", name: "net cooperation", x, y: series.series.map((s) => s.net_coop) },
      { type: "scatter", mode: "lines+markers", name: "mean Goldstein / 10", x, y: series.series.map((s) => s.goldstein_mean === null ? null : s.goldstein_mean / 10) },
      { type: "bar", name: "events", x, y: series.series.map((s) => s.n), yaxis: "y2", opacity: 0.3 },
    ], { yaxis: { range: [-1.05, 1.05], title: "score" }, yaxis2: { overlaying: "y", side: "right", title: "events" },
      legend: { orientation: "h" }, height: 320, margin: { t: 20, r: 55, b: 40, l: 50 } });
    const items = evs.events.map((ev) => eventNode(ev, { compact: true }));
    if (evs.total > evs.events.length) {
      items.push(el("li", {}, el("a", { href: "/events?dyad=" + encodeURIComponent(`${edge.a}-${edge.b}`) }, `all ${evs.total} events…`)));
    }
    $("#dyad-events").replaceChildren(el("li", { class: "muted" }, `Events between ${edge.a} and ${edge.b} in the window, every modality:`), ...items);
  } catch (err) { showError(err); }
}

pages.triangles = async () => {
  const form = $("#filters");
  const params = urlParams();
  fillForm(form, params);
  form.addEventListener("submit", (e) => { e.preventDefault(); location.search = new URLSearchParams(formParams(form)).toString(); });
  const tparams = { ...params }; delete tparams.trend_window;
  const pparams = { ...params }; delete pparams.kinds;
  const [tri, piv] = await Promise.all([api("/api/triangles", tparams), api("/api/pivots", pparams)]);
  $("#kinds").textContent = tri.note || `${tri.total} triangle(s): ` + Object.entries(tri.kinds).map(([k, v]) => `${v} ${k}`).join(", ");
  const edges = (t) => Object.entries(t.edges).map(([k, e]) => `${k} ${e.sign > 0 ? "+" : "−"}${fmt(Math.abs(e.score))} (${e.n_events})`).join("  ");
  const win = (w) => (w.start || w.end ? `${w.start || "…"} – ${w.end || "…"}` : "all time");
  table($("#triangles"), ["window", "actors", "kind", "pivot / partners", "wings / outcast", "pivot advantage", "edges", "evidence"],
    tri.triangles.map((t) => [win(t.window), t.actors.join(", "), t.kind, t.pivot || (t.partners || []).join(", ") || "–",
      (t.wings || []).join(", ") || t.outcast || "–", fmt(t.pivot_advantage, 3), edges(t), evidenceLink(t.evidence)]));
  table($("#pivots"), ["window", "pivot", "wings", "pivot advantage", "edges", "evidence"],
    piv.pivots.map((t) => [win(t.window), el("strong", {}, t.pivot), t.wings.join(", "), fmt(t.pivot_advantage, 3), edges(t), evidenceLink(t.evidence)]));
  table($("#eam"), ["rank", "windows", "pivot", "wings", "statistic", "95% interval", "p", "evidence"],
    piv.ends_against_middle.map((c) => [c.rank, win(c.window), el("strong", {}, c.pivot), c.wings.join(", "), fmt(c.statistic, 3),
      `${fmt(c.ci[0], 3)} … ${fmt(c.ci[1], 3)}`, fmt(c.p_value, 3), evidenceLink(c.evidence)]));
  $("#notes").textContent = piv.notes.join(" ");
};

pages.simulate = async () => {
  const list = $("#scenario-list");
  const scenarios = await api("/api/scenarios");
  for (const s of scenarios) list.append(el("option", { value: s.name }, `${s.title} (${s.name})`));
  if (scenarios.length) list.value = scenarios[0].name;
  const info = () => {
    const s = scenarios.find((x) => x.name === list.value);
    $("#scenario-info").textContent = s ? `${s.description || ""} Actors: ${s.actors.join(", ")}. Dimensions: ${s.dimensions.join(", ")}.` : "";
  };
  list.addEventListener("change", info); info();
  let uploaded = null;
  $("#upload").addEventListener("change", async (e) => {
    const f = e.target.files[0];
    uploaded = f ? { text: await f.text(), format: f.name.toLowerCase().endsWith(".csv") ? "ktab" : "yaml" } : null;
    if (uploaded) list.value = "";
  });
  let last = null;
  const draw = () => {
    if (!last) return;
    const d = Number($("#dimension").value || 0);
    const rounds = last.result.rounds;
    const x = rounds.map((r) => r.round);
    const traces = last.actors.map((a) => ({ type: "scatter", mode: "lines+markers", name: a, x, y: rounds.map((r) => r.positions[a][d]) }));
    traces.push({ type: "scatter", mode: "lines", name: "weighted mean", x, y: rounds.map((r) => r.mean[d]), line: { dash: "dash", color: "#333" } });
    traces.push({ type: "scatter", mode: "lines", name: "weighted median", x, y: rounds.map((r) => r.median[d]), line: { dash: "dot", color: "#333" } });
    plot($("#trajectories"), traces, { xaxis: { title: "round" }, yaxis: { title: last.dimensions[d] }, height: 420 });
    const o = last.result.outcome.map((v, i) => `${last.dimensions[i]}: ${fmt(v, 2)}`).join("; ");
    let text = `${last.scenario}, model ${last.result.model}: outcome ${o}; ${last.result.converged ? "converged" : "did not converge"}.`;
    const u = last.result.uncertainty;
    if (u) {
      const q = u.quantiles;
      const keys = Object.keys(q).sort();
      const lo = q[keys[0]][d], hi = q[keys[keys.length - 1]][d];
      text += ` Over ${u.runs} noisy runs: mean ${fmt(u.mean[d])}, sd ${fmt(u.sd[d])}, ${keys[0]}–${keys[keys.length - 1]} ${fmt(lo)} … ${fmt(hi)}; ${fmt(100 * u.converged_share, 0)}% converged.`;
    }
    $("#outcome").textContent = text;
  };
  $("#dimension").addEventListener("change", draw);
  $("#sim").addEventListener("submit", async (e) => {
    e.preventDefault();
    showError(null);
    const f = formParams(e.target);
    const body = { model: f.model, runs: Number(f.runs || 0) };
    if (list.value) body.scenario = list.value; else if (uploaded) Object.assign(body, uploaded);
    try {
      last = await api("/api/simulate", {}, { method: "POST", body: JSON.stringify(body), headers: { "Content-Type": "application/json", Accept: "application/json" } });
      $("#dimension").replaceChildren(...last.dimensions.map((d, i) => el("option", { value: i }, d)));
      draw();
    } catch (err) { showError(err); }
  });
};

pages.apidocs = async () => {
  const box = $("#endpoints");
  const spec = await api(box.dataset.openapi);
  const out = [];
  for (const [path, ops] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const params = (op.parameters || []).map((p) => el("li", {}, el("code", {}, p.name), ` (${p.in}${p.required ? ", required" : ""}`,
        p.schema && (p.schema.type || (p.schema.anyOf || []).map((s) => s.type).join("|")) ? `, ${p.schema.type || (p.schema.anyOf || []).map((s) => s.type).join("|")}` : "",
        p.schema && p.schema.default !== undefined ? `, default ${p.schema.default}` : "", ")",
        p.description ? ` — ${p.description}` : ""));
      const bodyRef = op.requestBody ? JSON.stringify(op.requestBody.content["application/json"].schema) : null;
      out.push(el("section", { class: "endpoint" }, el("h2", {}, el("code", {}, `${method.toUpperCase()} ${path}`)),
        el("p", {}, op.summary || ""), params.length ? el("ul", {}, params) : null,
        bodyRef ? el("p", {}, "JSON body: ", el("code", {}, bodyRef)) : null,
        method === "get" && !path.includes("{") ? el("p", {}, el("a", { href: path }, "try it")) : null));
    }
  }
  box.replaceChildren(...out);
};

document.addEventListener("DOMContentLoaded", async () => {
  const page = pages[document.body.dataset.page];
  if (!page) return;
  try { await page(); document.body.dataset.ready = "1"; } catch (err) { showError(err); document.body.dataset.ready = "error"; }
});
