/* eventcoder explorer: map + timeline + event detail with evidence + review, over the JSON API. No CDN. */
"use strict";

const COLORS = {
  "Battles": "#d32f2f",
  "Explosions/Remote violence": "#f57c00",
  "Violence against civilians": "#7b1fa2",
  "Protests": "#1976d2",
  "Riots": "#00897b",
  "Strategic developments": "#616161",
};
const colorOf = (t) => COLORS[t] || "#9e9e9e";
const $ = (sel) => document.querySelector(sel);
const esc = (s) => String(s == null ? "" : s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));

const state = { days: [], timeline: [], current: null };

function filterParams(withDates = true) {
  const p = new URLSearchParams();
  for (const el of $("#filters").elements) {
    if (!el.name) continue;
    if (!withDates && (el.name === "since" || el.name === "until")) continue;
    if (el.type === "checkbox") { if (el.checked) p.set(el.name, "1"); }
    else if (el.value) p.set(el.name, el.value);
  }
  return p;
}

async function api(path, opts) {
  const r = await fetch(path, opts);
  const data = await r.json();
  if (!r.ok) throw new Error(data.error || r.statusText);
  return data;
}

// ---------------------------------------------------------------- map
const map = L.map("map", { worldCopyJump: true, preferCanvas: false }).setView([25, 20], 3);
const markers = L.layerGroup().addTo(map);
fetch("/vendor/world-atlas/countries-50m.json").then((r) => r.json()).then((topo) => {
  const geo = topojson.feature(topo, topo.objects.countries);
  L.geoJSON(geo, { style: { color: "#78909c", weight: 0.7, fillColor: "#f5f5f0", fillOpacity: 1 }, interactive: false }).addTo(map).bringToBack();
});

let mapSeq = 0;
async function loadMap() {
  const seq = ++mapSeq;
  const p = filterParams();
  const b = map.getBounds();
  p.set("zoom", map.getZoom());
  p.set("bbox", [b.getSouth(), Math.max(-180, b.getWest()), b.getNorth(), Math.min(180, b.getEast())].map((x) => x.toFixed(4)).join(","));
  const data = await api("/api/map?" + p);
  if (seq !== mapSeq) return;
  markers.clearLayers();
  for (const m of data.markers) {
    const icon = L.divIcon({
      className: "",
      html: `<div class="ev-marker${m.review === "accepted" || m.review === "edited" ? " reviewed" : ""}" data-id="${esc(m.id)}" style="background:${colorOf(m.type)}"></div>`,
      iconSize: [14, 14],
    });
    L.marker([m.lat, m.lon], { icon, title: `${m.sub} — ${m.location || ""} ${m.date || ""}` })
      .on("click", () => openEvent(m.id)).addTo(markers);
  }
  for (const c of data.clusters) {
    const size = Math.min(48, 18 + Math.log2(c.n) * 4);
    const icon = L.divIcon({
      className: "",
      html: `<div class="ev-cluster" style="width:${size}px;height:${size}px;background:${colorOf(c.type)}" title="${c.n} events">${c.n}</div>`,
      iconSize: [size, size],
    });
    L.marker([c.lat, c.lon], { icon }).on("click", () => map.setView([c.lat, c.lon], Math.min(map.getZoom() + 2, 14))).addTo(markers);
  }
  $("#count").textContent = `${data.total} event(s) in view${data.clustered ? " (clustered)" : ""}`;
  document.body.dataset.mapLoaded = String(seq);
}
map.on("moveend", loadMap);

// ---------------------------------------------------------------- timeline
function isoDay(d) { return d.toISOString().slice(0, 10); }

async function loadTimeline() {
  const rows = await api("/api/timeline?" + filterParams(false));
  state.timeline = rows;
  const days = [];
  if (rows.length) {
    const first = new Date(rows[0].date + "T00:00:00Z"), last = new Date(rows[rows.length - 1].date + "T00:00:00Z");
    for (let d = first; d <= last && days.length < 20000; d = new Date(d.getTime() + 86400000)) days.push(isoDay(d));
  }
  state.days = days;
  for (const id of ["#tl-start", "#tl-end"]) $(id).max = Math.max(0, days.length - 1);
  const since = $("#f-since").value, until = $("#f-until").value;
  $("#tl-start").value = since && days.includes(since) ? days.indexOf(since) : 0;
  $("#tl-end").value = until && days.includes(until) ? days.indexOf(until) : Math.max(0, days.length - 1);
  drawTimeline();
}

function drawTimeline() {
  const svg = $("#tl-chart");
  const W = svg.clientWidth || 800, H = 80, days = state.days;
  svg.setAttribute("viewBox", `0 0 ${W} ${H}`);
  if (!days.length) { svg.innerHTML = ""; return; }
  const index = new Map(days.map((d, i) => [d, i]));
  const stacks = new Map();
  for (const r of state.timeline) {
    const s = stacks.get(r.date) || [];
    s.push(r);
    stacks.set(r.date, s);
  }
  const max = Math.max(...[...stacks.values()].map((s) => s.reduce((a, r) => a + r.n, 0)));
  const bw = W / days.length;
  const a = +$("#tl-start").value, b = +$("#tl-end").value;
  let out = `<rect class="bar-sel" x="${Math.min(a, b) * bw}" y="0" width="${(Math.abs(b - a) + 1) * bw}" height="${H}"></rect>`;
  for (const [date, s] of stacks) {
    let y = H;
    for (const r of s) {
      const h = (r.n / max) * (H - 4);
      y -= h;
      out += `<rect x="${index.get(date) * bw}" y="${y}" width="${Math.max(1, bw - 0.5)}" height="${h}" fill="${colorOf(r.type)}" data-date="${date}"><title>${date}: ${r.n} ${esc(r.type)}</title></rect>`;
    }
  }
  svg.innerHTML = out;
  $("#tl-label").textContent = `${days[Math.min(a, b)]} – ${days[Math.max(a, b)]}`;
}

function timelineMoved() {
  const a = +$("#tl-start").value, b = +$("#tl-end").value, days = state.days;
  if (!days.length) return;
  const lo = days[Math.min(a, b)], hi = days[Math.max(a, b)];
  $("#f-since").value = lo === days[0] ? "" : lo;
  $("#f-until").value = hi === days[days.length - 1] ? "" : hi;
  drawTimeline();
  loadMap();
}
$("#tl-start").addEventListener("input", timelineMoved);
$("#tl-end").addEventListener("input", timelineMoved);
$("#tl-reset").addEventListener("click", () => { $("#f-since").value = ""; $("#f-until").value = ""; loadTimeline().then(loadMap); });
$("#tl-chart").addEventListener("click", (e) => {
  const d = e.target.dataset && e.target.dataset.date;
  if (!d) return;
  const i = state.days.indexOf(d);
  $("#tl-start").value = i; $("#tl-end").value = i;
  timelineMoved();
});

// ---------------------------------------------------------------- event detail
const LABELS = ["trigger", "actor1", "assoc_actor_1", "actor2", "place", "date", "fatalities", "injuries", "status"];

function valueText(field, v) {
  if (v == null) return "";
  if (typeof v !== "object") return String(v);
  if (field.startsWith("actor") || field === "assoc_actor_1") return v.name;
  if (field === "place") return [v.location, v.admin1, v.country].filter(Boolean).join(", ");
  if (field === "date") return `${v.value} (precision ${v.time_precision})`;
  if (field === "fatalities" || field === "injuries") return v.low === v.high ? `${v.low}` : `${v.low}–${v.high}`;
  if (field === "source") return `${v.name}${v.hedges && v.hedges.length ? " (hedged: " + v.hedges.join(", ") + ")" : ""}`;
  return JSON.stringify(v);
}

function highlight(text, spans) {
  // split the raw text at every span boundary; each piece is marked with every label covering it
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((a, b) => a - b);
  let html = "";
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i], b = points[i + 1];
    const covering = spans.filter((s) => s.start <= a && b <= s.end);
    const piece = esc(text.slice(a, b));
    if (!covering.length) { html += piece; continue; }
    const top = covering[covering.length - 1];
    const title = covering.map((s) => `${s.label}: ${s.value}`).join("\n");
    html += `<mark class="ev ev-${top.label}" data-labels="${esc(covering.map((s) => s.label).join(" "))}" title="${esc(title)}">${piece}</mark>`;
    for (const s of covering) if (s.end === b) html += `<sup class="lbl">${esc(s.hedged ? s.label + ", hedged" : s.label)}</sup>`;
  }
  return html;
}

function mentionSpans(m) {
  const spans = [];
  const add = (label, ev) => {
    if (!ev || !ev.raw_span) return;
    const hedged = label === "source" && ev.value && ev.value.hedges && ev.value.hedges.length > 0;
    spans.push({ label, start: ev.raw_span[0], end: ev.raw_span[1], value: valueText(label, ev.value), hedged });
  };
  for (const f of LABELS) add(f, m.evidence[f]);
  for (const s of m.evidence.sources || []) add("source", s);
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  return spans;
}

const EDITABLE = ["event_type", "sub_event_type", "actor1", "actor2", "event_date", "location", "admin1", "country", "latitude", "longitude", "fatalities_low", "status"];

function renderDetail(d) {
  const e = d.event;
  state.current = e.id;
  const fat = e.fatalities_low == null ? "unknown" : (e.fatalities_high != null && e.fatalities_high !== e.fatalities_low
    ? `${e.fatalities_low} (best ${e.fatalities_best}, range ${e.fatalities_low}–${e.fatalities_high})` : String(e.fatalities_low));
  const subs = Object.entries(d.sub_types).map(([k, v]) => `${esc(k)} × ${v}`).join(", ");
  let html = `<h2 id="event-title">${esc(e.event_type)} / ${esc(e.sub_event_type)}</h2>
  <div><span class="badge ${esc(e.status)}" id="event-status">${esc(e.status)}</span>
  <span class="badge ${esc(e.review)}" id="event-review">${esc(e.review)}</span> <code>${esc(e.id)}</code></div>
  <table class="facts">
    <tr><td>date</td><td>${esc(e.event_date)} (precision ${esc(e.time_precision)})</td></tr>
    <tr><td>place</td><td>${esc([e.location, e.admin2, e.admin1, e.country].filter(Boolean).join(", "))} (precision ${esc(e.geo_precision)})</td></tr>
    <tr><td>actor 1</td><td>${esc(e.actor1 || "—")} ${e.inter1 ? "(inter " + e.inter1 + ")" : ""}</td></tr>
    <tr><td>actor 2</td><td>${esc(e.actor2 || "—")} ${e.inter2 ? "(inter " + e.inter2 + ")" : ""}</td></tr>
    <tr><td>killed</td><td id="event-fatalities">${esc(fat)}</td></tr>
    <tr><td>sources</td><td>${esc(e.sources)} (${e.n_articles} article(s), ${e.n_mentions} report(s))</td></tr>
    <tr><td>sub-types</td><td>${subs}</td></tr>
  </table>
  <div class="actions">
    <button type="button" data-action="accept">Accept</button>
    <button type="button" data-action="reject">Reject</button>
    <select id="edit-field">${EDITABLE.map((f) => `<option>${f}</option>`).join("")}</select>
    <input id="edit-value" size="14" placeholder="new value">
    <button type="button" data-action="edit">Save edit</button>
    <input id="merge-target" size="18" placeholder="event id to merge in">
    <button type="button" data-action="merge">Merge</button>
    <input id="review-note" size="14" placeholder="note">
  </div>
  <div id="review-msg" class="hint"></div>`;
  if (d.reviews.length) {
    html += `<div class="history"><b>Review history</b><ul>${d.reviews.map((r) =>
      `<li>${esc(r.at)} ${esc(r.action)}${r.field ? " " + esc(r.field) : ""}${r.old != null ? ": " + esc(r.old) : ""}${r.new != null ? " → " + esc(r.new) : ""}${r.note ? " (" + esc(r.note) + ")" : ""}</li>`).join("")}</ul></div>`;
  }
  for (const m of d.mentions) {
    const a = m.article;
    html += `<div class="mention" data-event="${esc(m.event_id)}">
      <div class="meta"><b>${esc(a.source)}</b> ${esc(a.published || "")} ${a.url ? `<a href="${esc(a.url)}">${esc(a.url)}</a>` : ""} — ${esc(a.title || a.id)}<br>
      report: ${esc(m.sub_event_type)}, ${esc(m.status)}, ${esc(m.event_date || "")}, ${esc(m.location || "")}
      ${m.merge ? `<br>why here: ${esc(m.merge.reason)}` : ""}
      ${d.mentions.length > 1 ? `<button type="button" data-action="split" data-target="${esc(m.event_id)}">Split out</button>` : ""}</div>
      <div class="article">${highlight(a.raw_text, mentionSpans(m))}</div></div>`;
  }
  $("#detail").innerHTML = html;
}

async function openEvent(id) {
  const d = await api("/api/event/" + encodeURIComponent(id));
  renderDetail(d);
  if (location.hash !== "#event=" + id) history.replaceState(null, "", "#event=" + encodeURIComponent(id));
}

$("#detail").addEventListener("click", async (ev) => {
  const btn = ev.target.closest("button[data-action]");
  if (!btn || !state.current) return;
  const body = { action: btn.dataset.action, note: $("#review-note") ? $("#review-note").value || null : null, reviewer: "explorer" };
  if (body.action === "edit") { body.field = $("#edit-field").value; body.value = $("#edit-value").value; }
  if (body.action === "merge") body.target = $("#merge-target").value.trim();
  if (body.action === "split") body.target = btn.dataset.target;
  try {
    const res = await api(`/api/event/${encodeURIComponent(state.current)}/review`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    renderDetail(res.detail);
    $("#review-msg").textContent = `${body.action} saved`;
    loadMap();
  } catch (err) {
    $("#review-msg").textContent = "error: " + err.message;
  }
});

// ---------------------------------------------------------------- filters and start-up
async function loadFacets() {
  const f = await api("/api/facets");
  for (const c of f.countries) $("#f-country").insertAdjacentHTML("beforeend", `<option>${esc(c)}</option>`);
  for (const t of f.event_types) $("#f-type").insertAdjacentHTML("beforeend", `<option>${esc(t)}</option>`);
  if (f.bounds) map.fitBounds(f.bounds, { padding: [30, 30], maxZoom: 8, animate: false });
  $("#legend").innerHTML = Object.keys(COLORS).map((t) => `<span><i class="sw" style="background:${COLORS[t]}"></i>${esc(t)}</span>`).join("");
}

$("#filters").addEventListener("change", (e) => {
  if (e.target.name === "since" || e.target.name === "until") { drawTimelineFromInputs(); loadMap(); }
  else loadTimeline().then(loadMap);
});
function drawTimelineFromInputs() {
  const days = state.days, s = $("#f-since").value, u = $("#f-until").value;
  if (s && days.includes(s)) $("#tl-start").value = days.indexOf(s);
  if (u && days.includes(u)) $("#tl-end").value = days.indexOf(u);
  drawTimeline();
}
window.addEventListener("resize", drawTimeline);

(async function start() {
  await loadFacets();
  await loadTimeline();
  await loadMap();
  const m = location.hash.match(/^#event=(.+)$/);
  if (m) openEvent(decodeURIComponent(m[1]));
})();
