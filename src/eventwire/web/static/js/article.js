// The Article page: one stored article, its events, quotes and places highlighted over its text.

import { api, el, guarded } from "./common.js";
import { showCoded } from "./coded.js";

const $ = (id) => document.getElementById(id);
const section = $("article");

guarded(async () => {
  const id = section.dataset.articleId;
  const article = await api(`/api/articles/${encodeURIComponent(id)}`);
  show(article);
});

function show(a) {
  document.title = `${a.title || a.id} · eventwire`;
  $("page-title").textContent = a.title || `Article ${a.id}`;
  const meta = [
    ["Id", a.id], ["Story date", a.date ? a.date : "unknown (undated)"], ["Outlet", a.outlet],
    ["Dateline", [a.dateline_place, a.dateline_agency].filter(Boolean).join(" · ")],
    // only a web address becomes a link: a stored "javascript:" URL must not run on a click
    ["URL", /^https?:\/\//i.test(a.url || "") ? el("a", { href: a.url, rel: "noopener noreferrer" }, a.url) : a.url],
    ["From", a.origin], ["Stored", a.ingested_at ? a.ingested_at.replace("T", " ").slice(0, 19) : ""],
  ].filter(([, v]) => v);
  $("meta").replaceChildren(...meta.flatMap(([k, v]) => [el("dt", {}, k), el("dd", {}, v)]));
  const coded = {
    events: a.events.map((m) => ({ ...m, speaker_span: undefined, speaker: m.speaker || "", date_text: m.date_text || "" })),
    quotes: a.quotes.filter((q) => q.span), places: a.places, dateline: null,
  };
  const count = showCoded(a.text, coded, $("annotated"), $("events"));
  $("event-count").textContent = `(${count})`;
  $("no-events").hidden = count > 0;
  $("quote-count").textContent = `(${a.quotes.length})`;
  $("quotes").replaceChildren(...a.quotes.map((q) => el("li", {},
    el("q", { class: "ann quote" }, q.text), " — ",
    el("span", {}, q.person || q.speaker || "unattributed", q.actor ? ` (${q.actor})` : ""),
    el("span", { class: "hint" }, q.direct ? " · direct" : " · reported", q.cue ? ` · “${q.cue}”` : ""))));
  section.hidden = false;
}
