// The relation view (/atlas/relation/MX/PE): summary, cooperation and conflict over time, figures, events in order.
"use strict";

import { api, el, svgEl, showStatus, dateText } from "./api.js";

/** What the page shows of each event (here and in the live list), and how to ask for the next page. */
export const EVENT_FIELDS = `id summary occurred { date wording }
        evidence { number text source { slug headline } }
        record { dataset eventId sourceUrl storyId sentenceNumber }`;

const RELATION = `query AtlasRelation($between: [String!]!) {
  relation(between: $between) {
    countries { code name }
    summary { eventCount cooperationCount conflictCount firstEventOn lastEventOn diplomaticTies standing }
    intensitySeries(interval: MONTH) { periodStart count cooperationCount conflictCount }
    figureTotals { kind figures quantity exact }
    events(first: 20) { pageInfo { hasNextPage endCursor } nodes { ${EVENT_FIELDS} } }
  }
}`;

const MORE_EVENTS = `query AtlasMoreEvents($between: [String!]!, $after: String) {
  relation(between: $between) {
    events(first: 20, after: $after) { pageInfo { hasNextPage endCursor } nodes { ${EVENT_FIELDS} } }
  }
}`;

const DAILY = `query AtlasDaily($between: [String!]!) {
  relation(between: $between) { intensitySeries(interval: DAY) { periodStart count cooperationCount conflictCount } }
}`;

/** Spans up to this many days are charted day by day, longer ones month by month. */
const DAILY_SPAN_DAYS = 62;

function chart(series, unit) {
  const figure = document.getElementById("chart");
  figure.replaceChildren();
  const periods = series.filter(point => point.count > 0 || series.length <= 36);
  if (periods.length === 0) {
    figure.append(el("figcaption", { id: "chart-caption" }, "No dated events between the two."));
    return;
  }
  const width = 600, half = 80, step = Math.min(40, width / periods.length);
  const barWidth = Math.max(1, step - 2);
  const most = Math.max(1, ...periods.map(point => Math.max(point.cooperationCount, point.conflictCount)));
  const svg = svgEl("svg", { viewBox: `0 0 ${width} ${2 * half + 20}`, "aria-hidden": "true" });
  periods.forEach((point, index) => {
    [["cooperationCount", "bar-cooperation", -1], ["conflictCount", "bar-conflict", 1]].forEach(([field, style, side]) => {
      const height = half * point[field] / most;
      svg.append(svgEl("rect", { x: (index * step).toFixed(1), y: (side < 0 ? half - height : half).toFixed(1),
        width: barWidth.toFixed(1), height: height.toFixed(1), class: style },
      svgEl("title", {}, `${label(point.periodStart, unit)}: ${point[field]} ${side < 0 ? "cooperation" : "conflict"}`)));
    });
  });
  svg.append(svgEl("line", { x1: 0, x2: width, y1: half, y2: half, stroke: "#888" }));
  const cooperation = periods.reduce((sum, point) => sum + point.cooperationCount, 0);
  const conflict = periods.reduce((sum, point) => sum + point.conflictCount, 0);
  figure.append(svg, el("figcaption", { id: "chart-caption", class: "legend" },
      `${periods.length} ${unit}s from ${label(periods[0].periodStart, unit)} to `
      + `${label(periods[periods.length - 1].periodStart, unit)}: `
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

/** The sentence an event cites, linked to the reader, or its data set's locator: imported events have no text. */
export function evidenceOf(action) {
  if (action.evidence.length > 0) {
    const sentence = action.evidence[0];
    const link = el("a", { href: `/atlas/source/${encodeURIComponent(sentence.source.slug)}/sentence/${sentence.number}`,
      class: "view-link to-reader" }, `sentence ${sentence.number} of “${sentence.source.headline}”`);
    return el("span", {}, "Evidence: ", link, `: “${sentence.text}”`);
  }
  if (action.record) {
    const record = action.record;
    const where = record.sourceUrl || (record.storyId ? `story ${record.storyId}, sentence ${record.sentenceNumber}` : "");
    return `From ${record.dataset} event ${record.eventId}${where ? " (" + where + ")" : ""}; no text is stored.`;
  }
  return "No evidence recorded.";
}

/** One event as a list item: date, summary, evidence. */
export function eventItem(action) {
  return el("li", { "data-id": action.id },
      el("span", { class: "date" }, dateText(action.occurred)), " ",
      el("span", { class: "summary-text" }, action.summary),
      el("div", { class: "evidence" }, evidenceOf(action)));
}

function appendEvents(connection) {
  const list = document.getElementById("events");
  connection.nodes.forEach(action => list.append(eventItem(action)));
  const more = document.getElementById("more");
  more.hidden = !connection.pageInfo.hasNextPage;
  more.dataset.after = connection.pageInfo.endCursor || "";
}

let shown = null;

export async function showRelation(first, second) {
  document.getElementById("first").value = first;
  document.getElementById("second").value = second;
  showStatus("Loading…");
  const relation = (await api(RELATION, { between: [first, second] })).relation;
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

export async function showMoreEvents(after) {
  appendEvents((await api(MORE_EVENTS, { between: shown, after })).relation.events);
}
