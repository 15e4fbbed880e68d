// Diplograph Atlas: a page for people, built on the public GraphQL API alone (POST /graphql, as any client).
// Every view's state is in its URL (/atlas/relation/MX/PE), so a view can be shared and the back button works.
"use strict";

const KEY_STORE = "diplograph.apiKey";

/** What the page shows of each event, and how to ask for the next page. */
const EVENT_PAGE = `pageInfo { hasNextPage endCursor }
      nodes { id summary occurred { date wording }
        evidence { number text source { slug headline } }
        record { dataset eventId sourceUrl storyId sentenceNumber } }`;

const RELATION = `query AtlasRelation($between: [String!]!) {
  relation(between: $between) {
    countries { code name }
    summary { eventCount cooperationCount conflictCount firstEventOn lastEventOn diplomaticTies standing }
    intensitySeries(interval: MONTH) { periodStart count cooperationCount conflictCount }
    figureTotals { kind figures quantity exact }
    events(first: 20) {
      ${EVENT_PAGE}
    }
  }
}`;

const MORE_EVENTS = `query AtlasMoreEvents($between: [String!]!, $after: String) {
  relation(between: $between) {
    events(first: 20, after: $after) {
      ${EVENT_PAGE}
    }
  }
}`;

const DAILY = `query AtlasDaily($between: [String!]!) {
  relation(between: $between) { intensitySeries(interval: DAY) { periodStart count cooperationCount conflictCount } }
}`;

/** Spans up to this many days are charted day by day, longer ones month by month. */
const DAILY_SPAN_DAYS = 62;

const SOURCE = `query AtlasSource($slug: String!, $after: String) {
  source(slug: $slug) {
    slug headline outlet url published { date }
    sentences(first: 50, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { number text statements { id content } actions { id summary } }
    }
  }
}`;

const TIMELINE = `query AtlasTimeline($countries: [String!], $after: String) {
  timeline(countries: $countries, first: 20, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      __typename
      ... on Action { id summary occurred { date wording } }
      ... on Statement { id content said { date wording } speaker { name } }
    }
  }
}`;

const COUNTRIES = `query AtlasCountries($after: String) {
  countries(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { code name } }
}`;

/** An error the page shows in words; `retryAfter` is set for RATE_LIMITED. */
class ApiError extends Error {
  constructor(message, code, retryAfter) {
    super(message);
    this.code = code;
    this.retryAfter = retryAfter;
  }
}

async function api(query, variables) {
  const headers = { "Content-Type": "application/json", "Accept": "application/graphql-response+json" };
  const key = sessionStorage.getItem(KEY_STORE);
  if (key) {
    headers["X-API-Key"] = key;
  }
  let response;
  try {
    response = await fetch("/graphql", { method: "POST", headers, body: JSON.stringify({ query, variables }) });
  } catch (unreachable) {
    throw new ApiError("The server cannot be reached. Check the connection and try again.", "OFFLINE");
  }
  const retryAfter = response.headers.get("Retry-After");
  let answer;
  try {
    answer = await response.json();
  } catch (notJson) {
    throw new ApiError(`The server answered ${response.status} without a GraphQL answer.`, "HTTP_" + response.status);
  }
  const error = (answer.errors || [])[0];
  if (error) {
    const code = (error.extensions && (error.extensions.classification || error.extensions.code)) || "ERROR";
    if (code === "UNAUTHORIZED" && askForKey()) {
      return api(query, variables);
    }
    throw new ApiError(error.message, code, retryAfter);
  }
  return answer.data;
}

/** Reads are not public on this server: ask once for a key, kept for this tab only. */
function askForKey() {
  const key = window.prompt("This Diplograph asks for an API key to read. Key (kept for this tab only):");
  if (!key) {
    return false;
  }
  sessionStorage.setItem(KEY_STORE, key.trim());
  return true;
}

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
  children.forEach(child => node.append(child));
  return node;
}

function showStatus(text, isError) {
  const status = document.getElementById("status");
  status.textContent = text;
  status.classList.toggle("error", Boolean(isError));
}

function showError(error) {
  if (error.code === "RATE_LIMITED") {
    const wait = error.retryAfter ? ` Try again in ${error.retryAfter} s.` : " Try again shortly.";
    showStatus("Too many requests from this address." + wait, true);
  } else {
    showStatus(error.message, true);
  }
}

const countryNames = new Map();

async function loadCountries() {
  let after = null;
  const list = document.getElementById("countries");
  do {
    const data = await api(COUNTRIES, { after });
    data.countries.nodes.forEach(country => {
      countryNames.set(country.code, country.name);
      list.append(el("option", { value: country.code }, country.name));
    });
    after = data.countries.pageInfo.hasNextPage ? data.countries.pageInfo.endCursor : null;
  } while (after);
}

/** A code typed or picked, or the code of a country named exactly. */
function codeOf(text) {
  const typed = text.trim();
  if (countryNames.has(typed.toUpperCase())) {
    return typed.toUpperCase();
  }
  for (const [code, name] of countryNames) {
    if (name.toLowerCase() === typed.toLowerCase()) {
      return code;
    }
  }
  return typed.toUpperCase();
}

function chart(series, unit) {
  const figure = document.getElementById("chart");
  figure.replaceChildren();
  const months = series.filter(point => point.count > 0 || series.length <= 36);
  if (months.length === 0) {
    figure.append(el("figcaption", { id: "chart-caption" }, "No dated events between the two."));
    return;
  }
  const width = 600, half = 80, step = Math.min(40, width / months.length);
  const barWidth = Math.max(1, step - 2);
  const most = Math.max(1, ...months.map(point => Math.max(point.cooperationCount, point.conflictCount)));
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("viewBox", `0 0 ${width} ${2 * half + 20}`);
  svg.setAttribute("aria-hidden", "true");
  months.forEach((point, index) => {
    const x = index * step;
    [["cooperationCount", "bar-cooperation", -1], ["conflictCount", "bar-conflict", 1]].forEach(([field, style, side]) => {
      const height = half * point[field] / most;
      const bar = document.createElementNS("http://www.w3.org/2000/svg", "rect");
      bar.setAttribute("x", x.toFixed(1));
      bar.setAttribute("y", (side < 0 ? half - height : half).toFixed(1));
      bar.setAttribute("width", barWidth.toFixed(1));
      bar.setAttribute("height", height.toFixed(1));
      bar.setAttribute("class", style);
      const title = document.createElementNS("http://www.w3.org/2000/svg", "title");
      title.textContent = `${label(point.periodStart, unit)}: ${point[field]} ${side < 0 ? "cooperation" : "conflict"}`;
      bar.append(title);
      svg.append(bar);
    });
  });
  const axis = document.createElementNS("http://www.w3.org/2000/svg", "line");
  Object.entries({ x1: 0, x2: width, y1: half, y2: half, stroke: "#888" }).forEach(([name, value]) => axis.setAttribute(name, value));
  svg.append(axis);
  const cooperation = months.reduce((sum, point) => sum + point.cooperationCount, 0);
  const conflict = months.reduce((sum, point) => sum + point.conflictCount, 0);
  figure.append(svg, el("figcaption", { id: "chart-caption", class: "legend" },
      `${months.length} ${unit}s from ${label(months[0].periodStart, unit)} to `
      + `${label(months[months.length - 1].periodStart, unit)}: `
      + `cooperation above the line (blue), ${cooperation} events; conflict below it (orange), ${conflict} events.`));
}

function label(periodStart, unit) {
  return unit === "day" ? periodStart : periodStart.slice(0, 7);
}

function spanInDays(summary) {
  if (!summary.firstEventOn || !summary.lastEventOn) {
    return Infinity;
  }
  return (Date.parse(summary.lastEventOn) - Date.parse(summary.firstEventOn)) / 86400000;
}

function evidenceOf(action) {
  if (action.evidence.length > 0) {
    const sentence = action.evidence[0];
    const link = el("a", { href: `/atlas/source/${encodeURIComponent(sentence.source.slug)}/sentence/${sentence.number}`,
      class: "to-reader" }, `sentence ${sentence.number} of “${sentence.source.headline}”`);
    return el("span", {}, "Evidence: ", link, `: “${sentence.text}”`);
  }
  if (action.record) {
    const record = action.record;
    const where = record.sourceUrl || (record.storyId ? `story ${record.storyId}, sentence ${record.sentenceNumber}` : "");
    return `From ${record.dataset} event ${record.eventId}${where ? " (" + where + ")" : ""}; no text is stored.`;
  }
  return "No evidence recorded.";
}

function appendEvents(connection) {
  const list = document.getElementById("events");
  connection.nodes.forEach(action => {
    list.append(el("li", { "data-id": action.id },
        el("span", { class: "date" }, action.occurred.date || action.occurred.wording || "undated"), " ",
        el("span", { class: "summary-text" }, action.summary),
        el("div", { class: "evidence" }, evidenceOf(action))));
  });
  const more = document.getElementById("more");
  more.hidden = !connection.pageInfo.hasNextPage;
  more.dataset.after = connection.pageInfo.endCursor || "";
}


/** The source reader: the article as stored, sentences numbered, every sentence a fact cites highlighted. */
async function showSource(slug, selected) {
  showStatus("Loading…");
  document.getElementById("relation").hidden = true;
  const list = document.getElementById("sentences");
  list.replaceChildren();
  let after = null, source = null, cited = 0;
  do {
    const data = await api(SOURCE, { slug, after });
    source = data.source;
    source.sentences.nodes.forEach(sentence => {
      const facts = sentence.statements.map(statement => ({ kind: "Statement", text: statement.content }))
          .concat(sentence.actions.map(action => ({ kind: "Action", text: action.summary })));
      const item = el("li", { id: `sentence-${sentence.number}`, value: String(sentence.number) }, sentence.text);
      item.dataset.facts = JSON.stringify(facts);
      if (facts.length > 0) {
        cited++;
        item.classList.add("cited");
        item.setAttribute("tabindex", "0");
        item.setAttribute("role", "button");
        item.setAttribute("aria-label", `Sentence ${sentence.number}, cited by ${facts.length} fact${facts.length === 1 ? "" : "s"}`);
      }
      list.append(item);
    });
    after = source.sentences.pageInfo.hasNextPage ? source.sentences.pageInfo.endCursor : null;
  } while (after);
  const reader = document.getElementById("reader");
  reader.hidden = false;
  document.getElementById("reader-title").textContent = source.headline;
  document.getElementById("reader-meta").textContent = [source.outlet, source.published.date].filter(Boolean).join(", ");
  document.getElementById("facts").replaceChildren();
  showStatus(`${list.children.length} sentences, ${cited} of them cited by facts.`);
  if (selected) {
    const item = document.getElementById(`sentence-${selected}`);
    if (item) {
      select(item);
      item.scrollIntoView({ block: "center" });
    }
  }
}

/** Marks a sentence and lists the facts citing it; a statement's words are marked inside the sentence. */
function select(item) {
  document.querySelectorAll("#sentences .selected").forEach(other => {
    other.classList.remove("selected");
    other.textContent = other.textContent;
  });
  item.classList.add("selected");
  const facts = JSON.parse(item.dataset.facts || "[]");
  const quote = facts.find(fact => fact.kind === "Statement" && item.textContent.includes(fact.text));
  if (quote) {
    const text = item.textContent, start = text.indexOf(quote.text), end = start + quote.text.length;
    item.replaceChildren(text.slice(0, start), el("mark", { "data-start": String(start), "data-end": String(end) },
        text.slice(start, end)), text.slice(end));
  }
  document.getElementById("facts").replaceChildren(...(facts.length === 0
      ? [el("li", {}, "No fact cites this sentence.")]
      : facts.map(fact => el("li", {}, el("strong", {}, fact.kind + ": "), fact.text))));
}

/** The timeline: statements and actions together in date order, paged with the API's cursors. */
async function showTimeline(country, after) {
  const data = await api(TIMELINE, { countries: country ? [country] : null, after });
  const timeline = data.timeline;
  const list = document.getElementById("entries");
  if (!after) {
    list.replaceChildren();
    document.getElementById("timeline").hidden = false;
    document.getElementById("timeline-country").value = country || "";
  }
  timeline.nodes.forEach(entry => {
    const date = entry.__typename === "Action" ? entry.occurred : entry.said;
    const words = entry.__typename === "Action" ? entry.summary : `${entry.speaker.name}: “${entry.content}”`;
    list.append(el("li", { "data-id": entry.id, class: entry.__typename.toLowerCase() },
        el("span", { class: "date" }, date.date || date.wording || "undated"), " ",
        el("span", { class: "kind" }, entry.__typename + ": "), el("span", { class: "entry-text" }, words)));
  });
  const more = document.getElementById("more-entries");
  more.hidden = !timeline.pageInfo.hasNextPage;
  more.dataset.after = timeline.pageInfo.endCursor || "";
  more.dataset.country = country || "";
  showStatus(`${list.children.length} of ${timeline.totalCount} entries${country ? " involving " + country : ""}.`);
}

let shown = null;

async function showRelation(first, second) {
  document.getElementById("first").value = first;
  document.getElementById("second").value = second;
  showStatus("Loading…");
  const data = await api(RELATION, { between: [first, second] });
  const relation = data.relation;
  shown = [first, second];
  document.getElementById("relation").hidden = false;
  document.getElementById("relation-title").textContent = relation.countries.map(country => country.name).join(" and ");
  const summary = relation.summary;
  const terms = [["Standing", summary.standing], ["Diplomatic ties", summary.diplomaticTies.replaceAll("_", " ").toLowerCase()],
    ["Events", summary.eventCount], ["Cooperation", summary.cooperationCount], ["Conflict", summary.conflictCount],
    ["First event", summary.firstEventOn || "–"], ["Latest event", summary.lastEventOn || "–"]];
  document.getElementById("summary").replaceChildren(...terms.flatMap(([term, value]) => [el("dt", {}, term), el("dd", {}, String(value))]));
  if (spanInDays(summary) <= DAILY_SPAN_DAYS) {
    document.getElementById("chart-title").textContent = "Cooperation and conflict by day";
    chart((await api(DAILY, { between: [first, second] })).relation.intensitySeries, "day");
  } else {
    document.getElementById("chart-title").textContent = "Cooperation and conflict by month";
    chart(relation.intensitySeries, "month");
  }
  document.getElementById("figures").replaceChildren(...(relation.figureTotals.length === 0
      ? [el("li", {}, "No figures reported.")]
      : relation.figureTotals.map(total => el("li", {},
          `${total.kind.replaceAll("_", " ").toLowerCase()}: ${total.exact ? "" : "at least "}${total.quantity}`
          + ` (${total.figures} figure${total.figures === 1 ? "" : "s"})`))));
  document.getElementById("events").replaceChildren();
  appendEvents(relation.events);
  showStatus(`${summary.eventCount} events between ${relation.countries.map(country => country.code).join(" and ")}.`);
}

async function route() {
  const match = location.pathname.match(/^\/atlas\/relation\/([A-Za-z]{2,3})\/([A-Za-z]{2,3})\/?$/);
  const source = location.pathname.match(/^\/atlas\/source\/([^/]+)(?:\/sentence\/([0-9]+))?\/?$/);
  document.getElementById("reader").hidden = true;
  document.getElementById("timeline").hidden = true;
  document.getElementById("pair").hidden = Boolean(source) || location.pathname.startsWith("/atlas/timeline");
  if (location.pathname.replace(/\/$/, "") === "/atlas/timeline") {
    document.getElementById("relation").hidden = true;
    const country = new URLSearchParams(location.search).get("country");
    await showTimeline(country ? country.toUpperCase() : null, null).catch(showError);
  } else if (source) {
    await showSource(decodeURIComponent(source[1]), source[2]).catch(showError);
  } else if (match) {
    await showRelation(match[1].toUpperCase(), match[2].toUpperCase()).catch(showError);
  } else {
    document.getElementById("relation").hidden = true;
    showStatus("Choose two countries to see their relation.");
  }
}

document.addEventListener("DOMContentLoaded", () => {
  document.getElementById("pair").addEventListener("submit", event => {
    event.preventDefault();
    const first = codeOf(document.getElementById("first").value);
    const second = codeOf(document.getElementById("second").value);
    history.pushState({}, "", `/atlas/relation/${encodeURIComponent(first)}/${encodeURIComponent(second)}`);
    route();
  });
  document.getElementById("more").addEventListener("click", async event => {
    try {
      const data = await api(MORE_EVENTS, { between: shown, after: event.target.dataset.after });
      appendEvents(data.relation.events);
    } catch (error) {
      showError(error);
    }
  });
  document.getElementById("sentences").addEventListener("click", event => {
    const item = event.target.closest("li.cited");
    if (item) {
      select(item);
    }
  });
  document.getElementById("sentences").addEventListener("keydown", event => {
    const item = event.target.closest("li.cited");
    if (item && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      select(item);
    }
  });
  document.getElementById("events").addEventListener("click", event => {
    const link = event.target.closest("a.to-reader");
    if (link) {
      event.preventDefault();
      history.pushState({}, "", link.getAttribute("href"));
      route();
    }
  });
  document.getElementById("timeline-filter").addEventListener("submit", event => {
    event.preventDefault();
    const country = codeOf(document.getElementById("timeline-country").value);
    history.pushState({}, "", "/atlas/timeline" + (country ? "?country=" + encodeURIComponent(country) : ""));
    route();
  });
  document.getElementById("more-entries").addEventListener("click", event => {
    showTimeline(event.target.dataset.country || null, event.target.dataset.after).catch(showError);
  });
  window.addEventListener("popstate", route);
  loadCountries().catch(showError);
  route();
});
