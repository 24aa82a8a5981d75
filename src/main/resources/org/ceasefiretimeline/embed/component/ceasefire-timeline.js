// <ceasefire-timeline round="2024-05-israel-hamas"></ceasefire-timeline>: a round of ceasefire talks
// from Ceasefire Timeline's JSON API, for any page. Filters as attributes, as in the API: actor and
// type (several separated by commas), from and to (ISO days); theme="light" or "dark". It renders in a
// shadow root, so the page's CSS cannot reach inside; no cookie, no session, nothing but GET requests
// to the server this script came from.

const API = new URL("/api/v1/", import.meta.url);
const PAGE = 200;

// What the pages call each event type and each answer's stance: written in from the server's one list
// (EventTypes.label) when it serves this script.
const TYPES = /* event type labels */ {};
const STANCES = /* stance labels */ {};
// coarsest first, as the API's precisions
const PRECISIONS = ["YEAR", "SEASON", "MONTH", "PART_OF_MONTH", "SPAN", "WEEK", "PART_OF_WEEK", "DAY", "PART_OF_DAY", "TIME"];

// The page's rules still reach the host element, and what it inherits would flow inside: the wrapper
// starts from initial values (all: initial). The --ct-* properties are the one way in, for a page
// that wants its own colours.
const STYLE = `
:host { display: block; --ct-fg: #1b1f24; --ct-muted: #57606a; --ct-bg: #ffffff; --ct-line: #d0d7de; --ct-accent: #0b5cad; --ct-mark: #fff3bf; }
:host([theme="dark"]) { --ct-fg: #e6edf3; --ct-muted: #9da7b3; --ct-bg: #0d1117; --ct-line: #30363d; --ct-accent: #6cb6ff; --ct-mark: #3d3200; }
:host([hidden]) { display: none; }
.ct { all: initial; display: block; padding: 12px 16px; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif;
  color: var(--ct-fg); background: var(--ct-bg); }
h2 { font-size: 1.25em; margin: 0 0 2px; }
h3 { font-size: 1em; margin: 16px 0 6px; color: var(--ct-muted); }
p { margin: 0 0 4px; }
ol, ul { list-style: none; margin: 0; padding: 0; }
.who, .when { color: var(--ct-muted); font-size: .92em; }
.event { border-inline-start: 3px solid var(--ct-line); padding: 4px 0 8px 10px; margin-bottom: 6px; }
.type { font-weight: 600; }
.badge { font-size: .8em; border: 1px solid var(--ct-line); border-radius: 4px; padding: 0 4px; margin-inline-start: 4px; }
.corrected { background: var(--ct-mark); }
blockquote { margin: 4px 0 0; padding: 0 0 0 8px; border-inline-start: 2px solid var(--ct-line); font-style: italic; }
a { color: var(--ct-accent); }
.status { color: var(--ct-muted); }
`;

/** An element with attributes and children (strings become text: nothing is parsed as HTML). */
function h(tag, attributes, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value !== null && value !== undefined && value !== false) element.setAttribute(name, value);
  }
  element.append(...children.flat().filter((c) => c !== null && c !== undefined && c !== ""));
  return element;
}

/** "2021-05-13T23:59:00" as its parts, without the browser's time zone moving it. */
function parts(localDateTime) {
  const [day, time = "00:00"] = localDateTime.split("T");
  const [y, m, d] = day.split("-").map(Number);
  const [hh, mm] = time.split(":").map(Number);
  return { day, date: new Date(Date.UTC(y, m - 1, d, hh, mm)) };
}

const DAY = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const MONTH = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
const TIME = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "UTC" });

/** The date as far as it is known: "2024", "May 2024", "Mon 6 May 2024", "Mon 6 May 2024, 21:00". */
function dateLabel(event) {
  if (!event.date) return "Undated";
  const start = parts(event.date).date;
  const precision = PRECISIONS.indexOf(event.precision ?? "DAY");
  if (precision <= PRECISIONS.indexOf("YEAR")) return String(start.getUTCFullYear());
  if (precision <= PRECISIONS.indexOf("MONTH")) return MONTH.format(start);
  if (precision < PRECISIONS.indexOf("DAY") && event.end && event.end.slice(0, 10) !== event.date.slice(0, 10)) {
    return `${DAY.format(start)} – ${DAY.format(parts(event.end).date)}`;
  }
  if (event.precision === "TIME") return `${DAY.format(start)}, ${TIME.format(start)}`;
  return DAY.format(start);
}

/** Events under one heading: their day, or for coarser dates the span they are known to. */
function groupKey(event) {
  if (!event.date) return "Undated";
  return PRECISIONS.indexOf(event.precision ?? "DAY") >= PRECISIONS.indexOf("DAY") ? DAY.format(parts(event.date).date) : dateLabel(event);
}

async function getJson(path, signal) {
  const response = await fetch(new URL(path, API), { signal, credentials: "omit", headers: { Accept: "application/json" } });
  if (!response.ok) {
    let detail = `HTTP ${response.status}`;
    try {
      const problem = await response.json();
      detail = problem.detail ?? problem.title ?? detail;
    } catch {
      // not a problem document: keep the status
    }
    throw new Error(detail);
  }
  return response.json();
}

class CeasefireTimeline extends HTMLElement {
  static observedAttributes = ["round", "actor", "type", "from", "to", "theme"];

  #root;
  #loading = null;
  #queued = false;

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: "open" });
  }

  connectedCallback() {
    this.#queue();
  }

  disconnectedCallback() {
    this.#loading?.abort();
  }

  attributeChangedCallback(name, before, after) {
    // the theme is CSS alone; any other attribute changes what to show
    if (name !== "theme" && before !== after && this.isConnected) this.#queue();
  }

  /** Several attributes set in one go load once. */
  #queue() {
    if (this.#queued) return;
    this.#queued = true;
    queueMicrotask(() => {
      this.#queued = false;
      this.#load();
    });
  }

  async #load() {
    this.#loading?.abort();
    const loading = (this.#loading = new AbortController());
    const round = this.getAttribute("round");
    this.setAttribute("aria-busy", "true");
    this.#show(h("p", { class: "status", role: "status" }, "Loading the timeline…"));
    try {
      const [document, events] = await Promise.all([
        round ? getJson(`rounds/${encodeURIComponent(round)}`, loading.signal) : null,
        this.#events(round, loading.signal),
      ]);
      if (!loading.signal.aborted) this.#show(this.#timeline(document?.round, events));
    } catch (error) {
      if (error.name !== "AbortError") this.#show(h("p", { class: "status", role: "alert" }, `The timeline could not be loaded: ${error.message}`));
    } finally {
      if (this.#loading === loading) this.removeAttribute("aria-busy");
    }
  }

  /** Every page of the filtered events, following the API's cursors. */
  async #events(round, signal) {
    const query = new URLSearchParams({ limit: String(PAGE) });
    if (round) query.set("round", round);
    for (const name of ["actor", "type", "from", "to"]) {
      const value = this.getAttribute(name);
      if (value) query.set(name, value);
    }
    const events = [];
    let cursor = null;
    do {
      if (cursor) query.set("cursor", cursor);
      const page = await getJson(`events?${query}`, signal);
      events.push(...page.events);
      cursor = page.next;
    } while (cursor);
    return events;
  }

  #show(content) {
    this.#root.replaceChildren(h("style", {}, STYLE), h("div", { class: "ct", part: "timeline" }, content));
  }

  #timeline(round, events) {
    const groups = new Map();
    for (const event of events) {
      const key = groupKey(event);
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(event);
    }
    const heading = round
      ? h(
          "header",
          {},
          h("h2", {}, round.name),
          h("p", { class: "who" }, [`Parties: ${round.parties.join(", ")}`, round.mediators.length ? ` · Mediators: ${round.mediators.join(", ")}` : ""].join("")),
        )
      : null;
    const body = events.length
      ? h(
          "ol",
          { class: "days" },
          [...groups].map(([day, dayEvents]) => h("li", { class: "day" }, h("h3", {}, day), h("ol", { class: "events" }, dayEvents.map((e) => this.#event(e))))),
        )
      : h("p", { class: "status" }, "No events match.");
    return h("article", { "aria-label": round ? round.name : "Ceasefire timeline" }, heading, body);
  }

  #event(e) {
    const what = e.type === "RESPONSE" && e.stance ? STANCES[e.stance] : (TYPES[e.type] ?? e.type);
    const approximate = e.approximate || PRECISIONS.indexOf(e.precision ?? "DAY") < PRECISIONS.indexOf("DAY");
    return h(
      "li",
      { class: "event", id: `event-${e.id}`, "data-type": e.type },
      h("p", {}, h("span", { class: "type" }, what), e.actors.length ? h("span", { class: "actors" }, ` · ${e.actors.join(", ")}`) : null),
      h(
        "p",
        { class: "when" },
        e.date ? h("time", { datetime: e.date }, dateLabel(e)) : "Undated",
        e.phrase ? ` (“${e.phrase}”)` : null,
        approximate ? h("span", { class: "badge" }, "approximate") : null,
        e.corrected ? h("span", { class: "badge corrected" }, "corrected by an editor") : null,
      ),
      h(
        "ul",
        { class: "sources" },
        e.sources.map((s) =>
          h("li", {}, h("blockquote", {}, s.sentence), h("p", { class: "who" }, "— ", s.url ? h("a", { href: s.url, target: "_blank", rel: "noopener" }, s.publisher ?? s.title ?? s.url) : (s.publisher ?? "unknown source"))),
        ),
      ),
    );
  }
}

if (!customElements.get("ceasefire-timeline")) customElements.define("ceasefire-timeline", CeasefireTimeline);
