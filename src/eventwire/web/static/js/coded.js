// A coded article (the JSON of POST /api/code, or a stored article in the same shape) as
// highlights over its text and as an events table beside it: the Annotate and Article pages.

import { codeCell, dyadCell, el, enableTips, evidenceCell, fmtConfidence, highlight, lightEvents } from "./common.js";

const MAX_LINES = 4; // per role in one tooltip: an actor in twenty events lists four, then a count

/** Who said event `e`: the person its quote names, else the words naming the speaker, with the code. */
export function speakerOf(e, quotes) {
  if (!e.speaker && !e.speaker_span) return "";
  const at = e.speaker_span?.start;
  // a stored event keeps only the speaker's code: the quote of its sentence by that actor names the person
  const quote = (quotes || []).find((q) => q.person && (at !== undefined
    ? q.speaker_span?.start === at : q.sentence === e.sentence && q.actor === e.speaker));
  const who = quote?.person || e.speaker_span?.text || "";
  if (who && e.speaker) return `${who} (${e.speaker})`;
  return who || e.speaker;
}

function eventDate(e) {
  if (!e.date) return "undated";
  return e.date_text ? `${e.date} (${e.date_text})` : e.date;
}

function summary(e) {
  return `${e.code} ${e.name}`;
}

/** The annotations of `coded` over `text`, for common.highlight. */
export function codedAnnotations(text, coded) {
  const marks = new Map();
  const quotes = coded.quotes || [];
  const mark = (span, cls) => {
    const key = `${span.start}:${span.end}`;
    if (!marks.has(key)) marks.set(key, { start: span.start, end: span.end, tag: "mark", classes: new Set(), events: new Set(), roles: {} });
    const m = marks.get(key);
    for (const c of cls.split(" ")) m.classes.add(c);
    return m;
  };
  const role = (m, name, line, i) => {
    (m.roles[name] ||= []).push(line);
    if (i !== undefined) m.events.add(i);
  };
  (coded.events || []).forEach((e, i) => {
    const said = speakerOf(e, quotes);
    const facts = `${eventDate(e)} · confidence ${fmtConfidence(e.confidence)}`;
    if (e.trigger) {
      role(mark(e.trigger, "trigger"), "trigger", [[[e.code, true], ` ${e.name}${e.negated ? " (negated)" : ""}`],
        [`${e.source || "—"} → ${e.target || "—"} · ${facts}`], said ? [`said by ${said}`] : null], i);
    }
    if (e.source_span) role(mark(e.source_span, "actor source"), "actor", [[[e.source, true], ` source of ${summary(e)}`], [facts]], i);
    if (e.target_span) role(mark(e.target_span, "actor target"), "actor", [[[e.target, true], ` target of ${summary(e)}`], [facts]], i);
    if (e.speaker_span) role(mark(e.speaker_span, "speaker"), "speaker", [[[said || e.speaker, true], ` speaker of ${summary(e)}`], [facts]], i);
  });
  for (const p of coded.places || []) {
    if (!p.span) continue;
    const where = [p.country, p.kind, p.latitude != null ? `${p.latitude.toFixed(2)}, ${p.longitude.toFixed(2)}` : ""].filter(Boolean).join(" · ");
    role(mark(p.span, "place"), "place", [[[p.name, true], " place"], [where]]);
  }
  if (coded.dateline?.span) {
    const d = coded.dateline;
    role(mark(d.span, "dateline"), "dateline", [[["Dateline", true], ` ${[d.place, d.date, d.agency].filter(Boolean).join(" · ")}`]]);
  }
  const out = [...marks.values()].map((m) => ({
    start: m.start, end: m.end, tag: "mark", layer: m.classes.has("dateline") ? "dateline" : "mark",
    classes: [...m.classes], events: [...m.events], tip: () => tipBlocks(m.roles),
  }));
  quotes.forEach((q) => {
    if (!q.span) return;
    const who = q.person || q.speaker || "unattributed";
    const lines = [[[q.direct ? "Direct quote" : "Reported speech", true], q.certain === false ? " (uncertain)" : ""],
      [`said by ${who}${q.actor ? ` (${q.actor})` : ""}${q.cue ? ` · “${q.cue}”` : ""}`]];
    out.push({ start: q.span.start, end: q.span.end, tag: "q", layer: "quote", classes: ["quote"], events: [],
      tip: () => tipBlocks({ quote: [lines] }) });
  });
  return out;
}

function tipBlocks(roles) {
  const blocks = [];
  for (const lines of Object.values(roles)) {
    for (const block of lines.slice(0, MAX_LINES)) {
      blocks.push(el("div", {}, block.filter(Boolean).flatMap((pieces, n) => [n ? el("br") : null,
        ...pieces.map((p) => (Array.isArray(p) ? (p[1] ? el("b", {}, p[0]) : p[0]) : p))])));
    }
    if (lines.length > MAX_LINES) blocks.push(el("div", {}, `and ${lines.length - MAX_LINES} more`));
  }
  return blocks;
}

/** One <tbody> per event of a coded article: its numbers on one line, its evidence below; hovering
 * or focusing it lights its highlights in the text. */
export function codedEventRows(coded, container, table) {
  const light = (i, on) => lightEvents(container, table, [i], on);
  return (coded.events || []).map((e, i) => el("tbody", {
    tabindex: "0", dataset: { event: String(i) },
    "aria-label": `${e.source || "no source"} to ${e.target || "no target"}, ${e.code} ${e.name}`,
    onmouseenter: () => light(i, true), onmouseleave: () => light(i, false),
    onfocus: () => light(i, true), onblur: () => light(i, false),
  },
  el("tr", {},
    dyadCell(e.source, e.target, e.source_span?.text, e.target_span?.text),
    codeCell(e.code, e.name, e.quad_class, e.negated),
    el("td", { class: "date" }, e.date || "undated", e.date_text ? el("br") : null,
      e.date_text ? el("span", { class: "hint" }, e.date_text) : null),
    el("td", {}, fmtConfidence(e.confidence)),
    el("td", { class: "speaker" }, speakerOf(e, coded.quotes))),
  el("tr", { class: "evidence-row" }, Object.assign(evidenceCell(e.evidence, e.trigger?.text), { colSpan: 5 }))));
}

/** Highlight `text` and fill `table` with the events of `coded`, linked both ways. */
export function showCoded(text, coded, container, table) {
  highlight(container, text, codedAnnotations(text, coded));
  if (!container._tipsOn) {
    enableTips(container, { onLight: (events, on) => lightEvents(container, table, events, on) });
    container._tipsOn = true;
  }
  const groups = codedEventRows(coded, container, table);
  for (const old of [...table.tBodies]) old.remove();
  table.append(...groups);
  return groups.length;
}
