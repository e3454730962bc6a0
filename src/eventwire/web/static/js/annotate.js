// The Annotate page: code a pasted or uploaded article, show its highlights and events, store it.

import { ApiError, api, articleLink, clearMessage, el, guarded, showMessage } from "./common.js";
import { showCoded } from "./coded.js";

const $ = (id) => document.getElementById(id);
const form = $("code-form");
const textArea = $("text");
let coded = null; // {text, date, title, url, answer}: what the Store button stores

form.addEventListener("submit", (e) => { e.preventDefault(); guarded(codeText); });
textArea.addEventListener("keydown", (e) => {
  if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); guarded(codeText); }
});
$("file").addEventListener("change", () => guarded(readFile));
$("store-button").addEventListener("click", () => guarded(storeArticle));

async function readFile() {
  const file = $("file").files[0];
  if (!file) return;
  if (file.size > 2 * 1024 * 1024) throw new ApiError(`${file.name} is ${(file.size / 2 ** 20).toFixed(1)} MiB; the server takes at most 2 MiB.`);
  let text = await file.text();
  if (/\.html?$/i.test(file.name) || file.type === "text/html") {
    // the page's visible words, not its markup: scripts and styles are dropped
    const doc = new DOMParser().parseFromString(text, "text/html");
    doc.querySelectorAll("script, style, noscript, nav, header, footer").forEach((n) => n.remove());
    if (!$("title").value && doc.title) $("title").value = doc.title.trim();
    text = (doc.querySelector("article") || doc.body)?.innerText || doc.body?.textContent || "";
  }
  if (text.includes("\u0000")) throw new ApiError(`${file.name} is not a text file.`);
  textArea.value = text.trim();
  if (!$("title").value) $("title").value = file.name.replace(/\.[^.]+$/, "");
  clearMessage();
  await codeText();
}

async function codeText() {
  clearMessage();
  const text = textArea.value;
  if (!text.trim()) {
    showMessage("Paste an article's text, or choose a file, before coding it.");
    textArea.focus();
    return;
  }
  const status = $("code-status");
  const button = $("code-button");
  button.disabled = true;
  status.textContent = "Coding…";
  status.className = "status";
  try {
    const body = { text, options: options() };
    if ($("date").value) body.date = $("date").value;
    const answer = await api("/api/code", { method: "POST", body });
    coded = { text, date: $("date").value, options: body.options, answer };
    render(text, answer);
    status.textContent = "";
  } catch (e) {
    status.textContent = "";
    throw e;
  } finally {
    button.disabled = false;
  }
}

/** The coder switches ticked under "Coding options"; each one left unticked keeps the server's setting. */
function options() {
  const out = {};
  if ($("opt-statements").checked) out.statements = true;
  if ($("opt-no-pairs").checked) out.symmetric_pairs = false;
  if ($("opt-require-dyad").checked) out.require_dyad = true;
  if ($("opt-no-ner").checked) out.ner_fallback = false;
  return out;
}

function render(text, answer) {
  const count = showCoded(text, answer, $("annotated"), $("events"));
  $("event-count").textContent = `(${count})`;
  $("no-events").hidden = count > 0;
  const quotes = (answer.quotes || []).length;
  const places = (answer.places || []).length;
  const date = answer.date ? `story date ${answer.date}` : "no story date found";
  $("summary").textContent = `${answer.sentences ?? "?"} sentences · ${count} events · ${quotes} quotes · ${places} places · ${date}`;
  const warnings = answer.warnings || [];
  $("warnings").replaceChildren(...(warnings.length
    ? [el("p", { class: "hint" }, "Not coded:"), el("ul", { class: "hint" }, warnings.map((w) => el("li", {}, w)))]
    : []));
  $("store-status").replaceChildren();
  $("store-button").disabled = false;
  $("result").hidden = false;
  textArea.rows = 3; // the result gets the screen; the text stays there to edit and code again
  textArea.scrollTop = 0;
}

async function storeArticle() {
  if (!coded) return;
  const status = $("store-status");
  const button = $("store-button");
  button.disabled = true;
  status.className = "status";
  status.textContent = "Storing…";
  try {
    const body = { text: coded.text, options: coded.options }; // stored as it was shown
    if (coded.date) body.date = coded.date;
    if ($("title").value.trim()) body.title = $("title").value.trim();
    if ($("url").value.trim()) body.url = $("url").value.trim();
    const answer = await api("/api/articles", { method: "POST", body });
    status.className = "status ok";
    const what = `${answer.events} event${answer.events === 1 ? "" : "s"}${answer.undated ? ", undated" : ""}`;
    status.replaceChildren(answer.new ? "Stored as " : "Already stored as ", articleLink(answer.id), ` (${what}).`);
  } catch (e) {
    status.textContent = "";
    button.disabled = false;
    throw e;
  }
}
