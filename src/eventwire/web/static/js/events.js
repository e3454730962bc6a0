// The Events page: the stored events, filtered (dyad, actor, root, dates, text) and paginated,
// each with its evidence and a link to its article, and the same selection as a CSV file.

import { BASE, actorSuggestions, api, articleLink, clearMessage, codeCell, el, evidenceCell, fmtNumber, guarded,
  query, showMessage } from "./common.js";

const $ = (id) => document.getElementById(id);
const form = $("filter-form");
const FILTERS = ["source", "target", "both", "actor", "root", "since", "until", "text", "limit"];
let state = { page: 1 };
let total = 0;

actorSuggestions([$("f-source"), $("f-target"), $("f-actor")], $("actors-f"));
form.addEventListener("submit", (e) => { e.preventDefault(); state = { ...readForm(), page: 1 }; go(true); });
form.addEventListener("reset", () => setTimeout(() => { state = { ...readForm(), page: 1 }; go(true); }));
$("prev").addEventListener("click", () => { state.page -= 1; go(true); });
$("next").addEventListener("click", () => { state.page += 1; go(true); });
window.addEventListener("popstate", () => { fromUrl(); go(false); });
fromUrl();
go(false);

function readForm() {
  const data = new FormData(form);
  const out = {};
  for (const k of FILTERS) out[k] = k === "both" ? data.has("both") : String(data.get(k) || "").trim();
  for (const k of ["source", "target", "actor"]) out[k] = out[k].toUpperCase();
  return out;
}

function fromUrl() {
  const params = new URLSearchParams(location.search);
  for (const k of FILTERS) {
    const input = form.elements[k];
    if (k === "both") input.checked = params.get("both") === "true";
    else if (params.has(k)) {
      if (k === "limit" && ![...input.options].some((o) => o.value === params.get(k))) input.append(el("option", {}, params.get(k)));
      input.value = params.get(k);
    } else if (k !== "limit") input.value = "";
  }
  state = { ...readForm(), page: Math.max(1, parseInt(params.get("page") || "1", 10) || 1) };
}

/** The API's filters from the form's: a dyad needs both sides. */
function apiFilters(s) {
  if (Boolean(s.source) !== Boolean(s.target)) {
    throw new Error(`A dyad needs a source and a target; for one actor on either side, use the Actor box.`);
  }
  return {
    dyad: s.source ? `${s.source}-${s.target}` : "", both: s.source ? s.both : false,
    actor: s.actor, root: s.root, since: s.since, until: s.until, text: s.text,
  };
}

function go(push) {
  guarded(async () => {
    clearMessage();
    let filters;
    try {
      filters = apiFilters(state);
    } catch (e) {
      showMessage(e.message);
      return;
    }
    if (push) {
      const { page, ...rest } = state;
      history.pushState(null, "", `${BASE}/events${query({ ...rest, page: page > 1 ? page : "" })}`);
    }
    const limit = parseInt(state.limit, 10) || 25;
    $("csv-link").href = `${BASE}/api/events.csv${query(filters)}`;
    $("events").setAttribute("aria-busy", "true");
    try {
      const answer = await api("/api/events" + query({ ...filters, limit, offset: (state.page - 1) * limit }));
      show(answer, limit);
    } finally {
      $("events").setAttribute("aria-busy", "false");
    }
  });
}

function show(answer, limit) {
  total = answer.total;
  const pages = Math.max(1, Math.ceil(total / limit));
  if (state.page > pages && total) { state.page = pages; go(false); return; }
  const first = total ? answer.offset + 1 : 0;
  const last = answer.offset + answer.events.length;
  $("range").textContent = total ? `${first}–${last} of ${total} events` : "no events";
  $("page-of").textContent = `page ${state.page} of ${pages}`;
  $("prev").disabled = state.page <= 1;
  $("next").disabled = answer.next_offset === null || answer.next_offset === undefined;
  $("no-events").hidden = answer.events.length > 0;
  $("events").tBodies[0].replaceChildren(...answer.events.map(row));
}

function row(e) {
  const reports = `${e.num_mentions} / ${e.num_articles}`;
  return el("tr", {},
    el("td", { class: "date" }, e.event_date || "undated", e.date_precision && e.date_precision !== "day"
      ? el("span", { class: "hint" }, ` ${e.date_precision}`) : null),
    el("td", { class: "dyad" }, e.source && e.target
      ? el("a", { class: "actor-code", href: `${BASE}/dyad${query({ a: e.source, b: e.target })}`, title: "this dyad's trend" },
        `${e.source} → ${e.target}`)
      : el("span", { class: "actor-code" }, `${e.source || "—"} → ${e.target || "—"}`)),
    codeCell(e.code, e.name, e.quad_class, false),
    el("td", {}, fmtNumber(e.goldstein, 1)),
    el("td", { title: `${e.num_mentions} reports in ${e.num_articles} articles from ${e.num_sources} sources` }, reports),
    el("td", { class: "speaker" }, e.speaker || ""),
    evidenceCell(e.evidence, null),
    el("td", {}, e.first_article ? articleLink(e.first_article, "open") : ""));
}
