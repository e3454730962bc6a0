// Shared by every page: calling the JSON API, messages on the page, building DOM safely,
// highlighting spans of a text, the hover-and-focus tooltip, and event-table cells.

export const BASE = document.body.dataset.base || "";
export const QUAD_NAMES = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };

// -- the API --------------------------------------------------------------------------------

export class ApiError extends Error {}

/** The JSON answer of `path`, or an ApiError whose message is the server's own sentence. */
export async function api(path, { method = "GET", body, signal } = {}) {
  const init = { method, signal, headers: { Accept: "application/json" } };
  if (body !== undefined) {
    init.headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(BASE + path, init);
  } catch (e) {
    if (e.name === "AbortError") throw e;
    throw new ApiError("The server could not be reached; is `eventwire serve` still running?");
  }
  let data = null;
  if ((response.headers.get("content-type") || "").includes("json")) {
    try { data = await response.json(); } catch { data = null; }
  }
  if (!response.ok) throw new ApiError(errorText(response, data));
  return data;
}

function errorText(response, data) {
  const said = data && (data.error ?? data.detail);
  if (typeof said === "string" && said) return said;
  if (Array.isArray(said)) return said.map((d) => d.msg || String(d)).join("; ");
  if (response.status === 413) return "The text is too large for the server.";
  return `The server answered ${response.status} ${response.statusText || ""}`.trim();
}

export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== "" && v !== false) q.set(k, v === true ? "true" : String(v));
  }
  const s = q.toString();
  return s ? "?" + s : "";
}

// -- messages -------------------------------------------------------------------------------

/** One sentence in the page's message box; an error by default. */
export function showMessage(text, kind = "error") {
  const box = document.getElementById("message");
  box.textContent = text;
  box.className = "message" + (kind === "error" ? "" : " " + kind);
  box.hidden = false;
}

export function clearMessage() {
  const box = document.getElementById("message");
  box.hidden = true;
  box.textContent = "";
}

/** Run an async page action; an error becomes the page's message, never an uncaught trace. */
export async function guarded(action) {
  try {
    return await action();
  } catch (e) {
    if (e.name === "AbortError") return undefined;
    showMessage(e instanceof ApiError ? e.message : `Something went wrong in this page: ${e.message}`);
    if (!(e instanceof ApiError)) console.error(e);
    return undefined;
  }
}

// -- DOM ------------------------------------------------------------------------------------

/** An element with attributes and children (strings become text nodes: nothing is parsed as HTML). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else if (k === "dataset") Object.assign(node.dataset, v);
    else node.setAttribute(k, v === true ? "" : v);
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

export function debounce(fn, ms) {
  let timer;
  return (...args) => { clearTimeout(timer); timer = setTimeout(() => fn(...args), ms); };
}

// -- highlighting ---------------------------------------------------------------------------

// Outer layers first when two annotations cover the same characters.
const LAYER = { quote: 0, dateline: 1, mark: 2 };

/**
 * Render `text` into `container` with every annotation {start, end, tag, classes, tip(), events}
 * wrapped in an element. Annotations may nest or cross: a crossing one is split at the boundary,
 * and only its first piece takes keyboard focus. Returns a Map from annotation id to annotation.
 */
export function highlight(container, text, annotations) {
  const anns = annotations
    .filter((a) => Number.isInteger(a.start) && Number.isInteger(a.end) && a.start < a.end && a.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end || (LAYER[a.layer] ?? 2) - (LAYER[b.layer] ?? 2));
  anns.forEach((a, i) => { a.id = String(i); a.rank = i; });
  const cuts = new Set([0, text.length]);
  for (const a of anns) { cuts.add(a.start); cuts.add(a.end); }
  const points = [...cuts].sort((x, y) => x - y);
  const byId = new Map(anns.map((a) => [a.id, a]));
  const seen = new Set();
  const stack = []; // [{ann, node}]
  const root = document.createDocumentFragment();
  let open = 0; // annotations are sorted by start: those before `open` have started
  const active = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    while (open < anns.length && anns[open].start <= from) active.push(anns[open++]);
    const covering = active.filter((a) => a.end >= to && a.start <= from).sort((a, b) => a.rank - b.rank);
    let keep = 0;
    while (keep < stack.length && keep < covering.length && stack[keep].ann === covering[keep]) keep++;
    stack.length = keep;
    for (const ann of covering.slice(keep)) {
      const node = annotationNode(ann, !seen.has(ann.id));
      seen.add(ann.id);
      (stack.length ? stack[stack.length - 1].node : root).append(node);
      stack.push({ ann, node });
    }
    (stack.length ? stack[stack.length - 1].node : root).append(text.slice(from, to));
    for (let j = active.length - 1; j >= 0; j--) if (active[j].end <= to) active.splice(j, 1);
  }
  container.replaceChildren(root);
  container._annotations = byId;
  return byId;
}

function annotationNode(ann, first) {
  const node = el(ann.tag || "mark", { class: ["ann", ...(ann.classes || [])].join(" ") });
  node.dataset.ann = ann.id;
  if (ann.events && ann.events.length) node.dataset.events = ann.events.join(" ");
  if (first) {
    node.tabIndex = 0; // every highlight is reachable with Tab, and shows its tooltip on focus
    if (ann.label) node.setAttribute("aria-label", ann.label);
  } else {
    node.classList.add("cont");
  }
  return node;
}

// -- the tooltip ----------------------------------------------------------------------------

/** Hover or keyboard focus on a highlight inside `container` shows its tooltip; Escape hides it. */
export function enableTips(container, { onLight } = {}) {
  const tip = document.getElementById("tip");
  let current = null;
  const show = (node) => {
    const ann = container._annotations?.get(node.dataset.ann);
    if (!ann || !ann.tip) return;
    current = node;
    tip.replaceChildren(...ann.tip());
    tip.hidden = false;
    const box = node.getBoundingClientRect();
    const width = tip.offsetWidth;
    const left = Math.max(8, Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - width - 8));
    let top = box.bottom + window.scrollY + 6;
    if (box.bottom + tip.offsetHeight + 12 > window.innerHeight) top = box.top + window.scrollY - tip.offsetHeight - 6;
    tip.style.left = `${left}px`;
    tip.style.top = `${top}px`;
    node.setAttribute("aria-describedby", "tip");
    onLight?.(ann.events || [], true);
  };
  const hide = () => {
    if (!current) return;
    const ann = container._annotations?.get(current.dataset.ann);
    current.removeAttribute("aria-describedby");
    current = null;
    tip.hidden = true;
    onLight?.(ann?.events || [], false);
  };
  container.addEventListener("mouseover", (e) => { const n = e.target.closest("[data-ann]"); if (n && n !== current) show(n); });
  container.addEventListener("mouseout", (e) => { if (!e.relatedTarget || !current?.contains(e.relatedTarget)) hide(); });
  container.addEventListener("focusin", (e) => { const n = e.target.closest("[data-ann]"); if (n) show(n); });
  container.addEventListener("focusout", hide);
  container.addEventListener("keydown", (e) => { if (e.key === "Escape") hide(); });
  container.addEventListener("scroll", hide);
}

/** Tooltip content: lines of [text, bold?] pieces. */
export function tipLines(lines) {
  return lines.map((pieces) => el("div", {}, pieces.map((p) => (Array.isArray(p) ? (p[1] ? el("b", {}, p[0]) : p[0]) : p))));
}

/** Light the highlights of `events` (indices) in `container`, and their rows in `table`. */
export function lightEvents(container, table, events, on) {
  for (const i of events) {
    for (const node of container.querySelectorAll(`[data-events~="${i}"]`)) node.classList.toggle("lit", on);
    table?.querySelector(`[data-event="${i}"]`)?.classList.toggle("lit", on);
  }
}

// -- cells and words ------------------------------------------------------------------------

export function quadSwatch(quad) {
  return el("span", { class: `quad q${quad}`, title: QUAD_NAMES[quad] || "", "aria-hidden": "true" });
}

export function codeCell(code, name, quad, negated) {
  return el("td", { class: "code" }, quadSwatch(quad), el("span", { class: "code-num" }, code), " ", name || "",
    negated ? el("span", { class: "neg" }, " (negated)") : null);
}

export function dyadText(source, target) {
  return `${source || "—"} → ${target || "—"}`;
}

export function dyadCell(source, target, sourceText, targetText) {
  const td = el("td", { class: "dyad" }, el("span", { class: "actor-code" }, dyadText(source, target)));
  if (sourceText || targetText) td.append(el("br"), el("span", { class: "hint" }, `${sourceText || "—"} → ${targetText || "—"}`));
  return td;
}

/** The evidence sentence with its trigger word in bold (the first whole-word occurrence). */
export function evidenceCell(evidence, trigger) {
  const td = el("td", { class: "evidence" });
  const text = evidence || "";
  const at = trigger ? wordIndex(text, trigger) : -1;
  if (at < 0) td.append(text);
  else td.append(text.slice(0, at), el("b", {}, text.slice(at, at + trigger.length)), text.slice(at + trigger.length));
  return td;
}

function wordIndex(text, word) {
  let from = 0;
  for (;;) {
    const i = text.indexOf(word, from);
    if (i < 0) return -1;
    const before = i === 0 || !/\w/.test(text[i - 1]);
    const after = i + word.length >= text.length || !/\w/.test(text[i + word.length]);
    if (before && after) return i;
    from = i + 1;
  }
}

export function fmtConfidence(c) {
  return typeof c === "number" ? c.toFixed(2) : "";
}

export function fmtNumber(n, digits = 2) {
  return typeof n === "number" && Number.isFinite(n) ? n.toFixed(digits) : "";
}

/** An article page link. */
export function articleLink(id, label) {
  return el("a", { href: `${BASE}/articles/${encodeURIComponent(id)}` }, label ?? id);
}

// -- actor autocomplete ---------------------------------------------------------------------

/** Fill `datalist` with the actor dictionary's matches for what is typed in each input. */
export function actorSuggestions(inputs, datalist) {
  let controller = null;
  const fill = debounce(async (value) => {
    controller?.abort();
    controller = new AbortController();
    const q = value.trim();
    if (q.length < 2) return;
    try {
      const data = await api(`/api/actors${query({ q, limit: 15 })}`, { signal: controller.signal });
      // one option per code: a country's people and organs appear under their own codes
      const seen = new Set();
      const options = [];
      for (const a of data.actors || []) {
        if (seen.has(a.code)) continue;
        seen.add(a.code);
        options.push(el("option", { value: a.code, label: actorLabel(a) }));
      }
      datalist.replaceChildren(...options);
    } catch (e) {
      if (e.name !== "AbortError") datalist.replaceChildren(); // a suggestion failing must not block typing
    }
  }, 180);
  for (const input of inputs) input.addEventListener("input", () => fill(input.value));
}

function actorLabel(a) {
  // a person's latest role says who they are: "Vladimir Putin · President of Russia (RUSGOV) since 2012-05-07"
  const role = (a.roles || []).at(-1);
  const since = role?.start ? ` since ${role.start}` : "";
  const roleText = role ? `${role.title || role.code}${role.end ? ` until ${role.end}` : since}` : "";
  return [a.name, a.kind, roleText].filter(Boolean).join(" · ");
}
