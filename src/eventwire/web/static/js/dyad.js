// The Dyad page: events between two actors per period, by QuadClass, with the Goldstein mean,
// both directions; a period chosen on the chart or in the table lists its events.

import { BASE, QUAD_NAMES, api, articleLink, clearMessage, el, evidenceCell, fmtNumber, guarded, query,
  quadSwatch, showMessage, actorSuggestions } from "./common.js";

const $ = (id) => document.getElementById(id);
const form = $("dyad-form");
const FIELDS = ["a", "b", "by", "since", "until"];
const inputs = { a: $("actor-a"), b: $("actor-b"), by: $("by"), since: $("since"), until: $("until") };
const QUAD_KEYS = ["verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"];
const css = getComputedStyle(document.documentElement);
const QUAD_COLORS = [1, 2, 3, 4].map((q) => css.getPropertyValue(`--q${q}`).trim());
const LINE_COLORS = ["#1f4e79", "#8a3fb0"];

let chart = null;
let trend = null; // the last answer, with per-period sums: {a, b, by, periods, table}
let selected = -1;

actorSuggestions([inputs.a], $("actors-a"));
actorSuggestions([inputs.b], $("actors-b"));
form.addEventListener("submit", (e) => {
  e.preventDefault();
  const params = readForm();
  history.pushState(params, "", `${BASE}/dyad${query(params)}`);
  guarded(() => load(params));
});
window.addEventListener("popstate", () => fromUrl());
$("chart").addEventListener("keydown", chartKeys);
fromUrl();

function readForm() {
  const out = {};
  for (const k of FIELDS) out[k] = inputs[k].value.trim();
  out.a = out.a.toUpperCase();
  out.b = out.b.toUpperCase();
  return out;
}

function fromUrl() {
  const params = Object.fromEntries(new URLSearchParams(location.search));
  for (const k of FIELDS) if (params[k] !== undefined) inputs[k].value = params[k];
  if (params.a && params.b) guarded(() => load(readForm()));
}

async function load(params) {
  clearMessage();
  if (!params.a || !params.b) {
    showMessage("Choose two actors: a code such as CHN or RUSMIL in each box (type a name for suggestions).");
    (params.a ? inputs.b : inputs.a).focus();
    return;
  }
  const path = `/api/dyads/${encodeURIComponent(params.a)}/${encodeURIComponent(params.b)}/trend`;
  const answer = await api(path + query({ by: params.by, since: params.since, until: params.until }));
  trend = tabulate(answer);
  selected = -1;
  $("trend").hidden = false;
  $("trend-title").textContent = `${answer.a} and ${answer.b}, per ${answer.by}`;
  const total = trend.table.reduce((n, p) => n + p.dirs.reduce((m, d) => m + d.events, 0), 0);
  $("trend-summary").textContent = total
    ? `${total} events in ${trend.table.length} periods (${trend.table[0].label} to ${trend.table.at(-1).label}); ` +
      `periods without events are drawn as zero.`
    : `No stored events between ${answer.a} and ${answer.b}${params.since || params.until ? " in these dates" : ""}.`;
  drawChart();
  fillPeriods();
  $("period-title").textContent = "Events of a period";
  $("period-events").replaceChildren();
  $("period-empty").hidden = false;
}

/** Every period (from `periods`, so empty ones too) with both directions' numbers; zero where no row. */
function tabulate(answer) {
  const dirs = (answer.directions || [[answer.a, answer.b], [answer.b, answer.a]]).map((d) => d.join("→"));
  const rows = new Map((answer.rows || []).map((r) => [`${r.period}|${r.source}→${r.target}`, r]));
  const periods = answer.periods?.length ? answer.periods : [...new Set((answer.rows || []).map((r) => r.period))];
  const table = periods.map((period) => {
    const found = dirs.map((d) => rows.get(`${period}|${d}`));
    const label = found.find(Boolean)?.label || periodLabel(period, answer.by);
    return {
      period, label, end: periodEnd(period, answer.by),
      dirs: found.map((r) => ({
        events: r?.events ?? 0, quads: QUAD_KEYS.map((k) => r?.[k] ?? 0),
        mean: r ? r.goldstein_mean : null, top: r?.top || [],
      })),
    };
  });
  return { a: answer.a, b: answer.b, by: answer.by, dirs, table };
}

function periodLabel(iso, by) {
  const [y, m] = iso.split("-").map(Number);
  if (by === "year") return String(y);
  if (by === "quarter") return `${y} Q${Math.floor((m - 1) / 3) + 1}`;
  if (by === "month") return iso.slice(0, 7);
  return iso;
}

/** The last day of the period starting on `iso` (the events filter's `until` is inclusive). */
function periodEnd(iso, by) {
  const [y, m, d] = iso.split("-").map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  if (by === "week") day.setUTCDate(day.getUTCDate() + 6);
  else if (by !== "day") {
    const months = { month: 1, quarter: 3, year: 12 }[by];
    day.setUTCMonth(day.getUTCMonth() + months, 1);
    day.setUTCDate(0);
  }
  return day.toISOString().slice(0, 10);
}

function drawChart() {
  const labels = trend.table.map((p) => p.label);
  const datasets = [];
  trend.dirs.forEach((dir, d) => {
    QUAD_KEYS.forEach((_, q) => datasets.push({
      type: "bar", label: `${dir} ${QUAD_NAMES[q + 1]}`, stack: `dir${d}`, yAxisID: "y",
      data: trend.table.map((p) => p.dirs[d].quads[q]),
      backgroundColor: d === 0 ? QUAD_COLORS[q] : QUAD_COLORS[q] + "99",
      borderColor: QUAD_COLORS[q], borderWidth: d === 0 ? 0 : 1.5,
    }));
  });
  trend.dirs.forEach((dir, d) => datasets.push({
    type: "line", label: `${dir} Goldstein mean`, yAxisID: "g", data: trend.table.map((p) => p.dirs[d].mean),
    borderColor: LINE_COLORS[d], backgroundColor: LINE_COLORS[d], borderDash: d ? [6, 4] : [], pointRadius: 3,
    spanGaps: false, order: -1,
  }));
  chart?.destroy();
  chart = new window.Chart($("chart"), {
    data: { labels, datasets },
    options: {
      responsive: true, maintainAspectRatio: false, animation: false,
      interaction: { mode: "index", intersect: false },
      onClick: (event, _elements, c) => {
        const hit = c.getElementsAtEventForMode(event, "index", { intersect: false }, true);
        if (hit.length) guarded(() => selectPeriod(hit[0].index));
      },
      scales: {
        x: { stacked: true },
        y: { stacked: true, beginAtZero: true, title: { display: true, text: "events" }, ticks: { precision: 0 } },
        g: { position: "right", min: -10, max: 10, grid: { drawOnChartArea: false }, title: { display: true, text: "Goldstein mean" } },
      },
      plugins: {
        legend: { position: "bottom", labels: { boxWidth: 12, font: { size: 11 } } },
        tooltip: { callbacks: { footer: (items) => tooltipFooter(items) } },
      },
    },
  });
  const points = datasets.reduce((n, ds) => n + ds.data.filter((v) => v).length, 0);
  $("chart").dataset.points = String(points); // how many non-zero values were drawn (tests read it)
  $("chart").setAttribute("tabindex", "0");
  $("chart").setAttribute("aria-label", `Chart of ${trend.table.length} periods; ← and → choose a period, Enter lists its events.`);
}

function tooltipFooter(items) {
  const p = trend.table[items[0]?.dataIndex];
  if (!p) return "";
  const lines = p.dirs.map((d, i) => `${trend.dirs[i]}: ${d.events} events` + (d.top.length ? ` (${d.top.map((t) => t.code).join(", ")})` : ""));
  return [...lines, "Click to list its events"];
}

function fillPeriods() {
  const dirs = trend.dirs; // one direction when A and B are the same code
  $("periods").tHead.replaceChildren(el("tr", {},
    el("th", { scope: "col" }, "Period"), dirs.map((d) => el("th", { scope: "col" }, d)),
    [1, 2, 3, 4].map((q) => el("th", { scope: "col", title: QUAD_NAMES[q] }, quadSwatch(q), `Q${q}`)),
    dirs.map((d) => el("th", { scope: "col", title: `mean Goldstein score, ${d}` }, `G. ${d}`))));
  $("periods").tBodies[0].replaceChildren(...trend.table.map((p, i) => {
    const events = p.dirs.reduce((n, d) => n + d.events, 0);
    const quads = [0, 1, 2, 3].map((q) => p.dirs.reduce((n, d) => n + d.quads[q], 0));
    return el("tr", { class: events ? "" : "zero", dataset: { index: String(i) } },
      el("td", {}, el("button", { type: "button", class: "link", onclick: () => guarded(() => selectPeriod(i)) }, p.label)),
      p.dirs.map((d) => el("td", {}, d.events)), quads.map((n) => el("td", {}, n)),
      p.dirs.map((d) => el("td", {}, fmtNumber(d.mean))));
  }));
}

function chartKeys(e) {
  if (!trend || !trend.table.length) return;
  const last = trend.table.length - 1;
  let next = null;
  if (e.key === "ArrowRight") next = Math.min(last, selected + 1);
  else if (e.key === "ArrowLeft") next = Math.max(0, selected < 0 ? last : selected - 1);
  else if (e.key === "Home") next = 0;
  else if (e.key === "End") next = last;
  else if (e.key === "Enter" && selected >= 0) next = selected;
  if (next === null) return;
  e.preventDefault();
  guarded(() => selectPeriod(next));
}

async function selectPeriod(i) {
  const p = trend.table[i];
  selected = i;
  chart.setActiveElements(chart.data.datasets.map((_, d) => ({ datasetIndex: d, index: i })));
  chart.tooltip.setActiveElements([{ datasetIndex: 0, index: i }], { x: 0, y: 0 });
  chart.update();
  for (const row of $("periods").tBodies[0].rows) row.setAttribute("aria-selected", String(row.dataset.index === String(i)));
  $("period-title").textContent = `Events of ${p.label}`;
  const list = $("period-events");
  list.replaceChildren();
  $("period-empty").hidden = true;
  const answer = await api("/api/events" + query({ dyad: `${trend.a}-${trend.b}`, both: true, since: p.period, until: p.end, limit: 100 }));
  const more = answer.total > answer.events.length ? ` (the first ${answer.events.length} of ${answer.total})` : "";
  $("period-title").textContent = `Events of ${p.label}: ${answer.total}${more}`;
  if (!answer.events.length) {
    $("period-empty").textContent = `No events between ${trend.a} and ${trend.b} in ${p.label}.`;
    $("period-empty").hidden = false;
    return;
  }
  list.replaceChildren(...answer.events.map(eventItem));
}

function eventItem(e) {
  const evidence = evidenceCell(e.evidence, null);
  return el("li", {},
    el("span", { class: "date" }, e.event_date || "undated"), " · ",
    el("span", { class: "actor-code" }, `${e.source || "—"} → ${e.target || "—"}`), " · ",
    quadSwatch(e.quad_class), el("span", { class: "code-num" }, e.code), ` ${e.name || ""}`,
    typeof e.goldstein === "number" ? el("span", { class: "hint" }, ` (Goldstein ${e.goldstein})`) : null,
    e.speaker ? el("span", { class: "hint" }, ` · said by ${e.speaker}`) : null,
    el("span", { class: "evidence" }, ...evidence.childNodes),
    el("span", { class: "hint" }, `${e.num_articles} article${e.num_articles === 1 ? "" : "s"} · `),
    e.first_article ? articleLink(e.first_article, "read the article") : null);
}
