// The timeline (/atlas/timeline?country=PE&actor=marcelo-ebrard&root=16&from=2022-12-01&to=2022-12-31): statements
// and actions together in date order, narrowed by any of those, paged with the API's cursors.
"use strict";

import { api, el, showStatus, viewLink, dateText, actorLabel } from "./api.js";

const TIMELINE = `query AtlasTimeline($countries: [String!], $actors: [ID!], $rootCodes: [String!], $dated: DateRange,
    $after: String) {
  timeline(countries: $countries, actors: $actors, rootCodes: $rootCodes, dated: $dated, first: 20, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      __typename
      ... on Action { id summary occurred { date wording } }
      ... on Statement { id content said { date wording } speaker { slug name description } }
    }
  }
}`;

const ACTOR = `query AtlasActorId($slug: String!) { actor(slug: $slug) { id name } }`;

const ROOTS = `query AtlasRootCodes($after: String) {
  eventCodes(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { code name isRoot } }
}`;

const FIELDS = ["country", "actor", "root", "from", "to"];

/** The filter as the address states it. */
export function timelineFilter(search) {
  const parameters = new URLSearchParams(search);
  return Object.fromEntries(FIELDS.map(name => [name, (parameters.get(name) || "").trim()]));
}

/** The address of a filter: only the fields given. */
export function timelineAddress(filter) {
  const given = FIELDS.filter(name => filter[name]).map(name => [name, filter[name]]);
  return "/atlas/timeline" + (given.length ? "?" + new URLSearchParams(given) : "");
}

let rootsLoaded = false;

async function loadRootCodes() {
  if (rootsLoaded) {
    return;
  }
  rootsLoaded = true;
  const select = document.getElementById("timeline-root");
  let after = null;
  do {
    const codes = (await api(ROOTS, { after })).eventCodes;
    codes.nodes.filter(code => code.isRoot)
        .forEach(code => select.append(el("option", { value: code.code }, `${code.code} ${code.name}`)));
    after = codes.pageInfo.hasNextPage ? codes.pageInfo.endCursor : null;
  } while (after);
}

async function variablesOf(filter) {
  let actors = null;
  if (filter.actor) {
    const actor = (await api(ACTOR, { slug: filter.actor })).actor;
    actors = [actor.id];
  }
  const dated = filter.from || filter.to ? { from: filter.from || null, to: filter.to || null } : null;
  return { countries: filter.country ? [filter.country.toUpperCase()] : null, actors,
    rootCodes: filter.root ? [filter.root] : null, dated };
}

function describe(filter) {
  const parts = [];
  if (filter.country) parts.push("involving " + filter.country.toUpperCase());
  if (filter.actor) parts.push("involving actor " + filter.actor);
  if (filter.root) parts.push("of root code " + filter.root);
  if (filter.from || filter.to) parts.push(`dated ${filter.from || "…"} to ${filter.to || "…"}`);
  return parts.length ? " " + parts.join(", ") : "";
}

let variables = null, shownFilter = null;

/** Shows the first page of a filter, or (with `after`) appends the next page of the filter shown. */
export async function showTimeline(filter, after) {
  if (!after) {
    shownFilter = filter;
    document.getElementById("timeline").hidden = false;
    FIELDS.forEach(name => document.getElementById("timeline-" + name).value = filter[name]);
    loadRootCodes().then(() => document.getElementById("timeline-root").value = filter.root);
    variables = await variablesOf(filter);
  }
  const timeline = (await api(TIMELINE, Object.assign({}, variables, { after: after || null }))).timeline;
  const list = document.getElementById("entries");
  if (!after) {
    list.replaceChildren();
  }
  timeline.nodes.forEach(entry => list.append(entryItem(entry)));
  const more = document.getElementById("more-entries");
  more.hidden = !timeline.pageInfo.hasNextPage;
  more.dataset.after = timeline.pageInfo.endCursor || "";
  showStatus(`${list.children.length} of ${timeline.totalCount} entries${describe(shownFilter)}.`);
}

export function showMoreEntries(after) {
  return showTimeline(shownFilter, after);
}

/** One entry as a list item: date, kind, words (a statement names its speaker, linked to the actor view). */
export function entryItem(entry) {
  const isAction = entry.__typename === "Action";
  const words = isAction ? [entry.summary]
    : [viewLink(`/atlas/actor/${encodeURIComponent(entry.speaker.slug)}`, actorLabel(entry.speaker)), `: “${entry.content}”`];
  return el("li", { "data-id": entry.id, class: entry.__typename.toLowerCase() },
      el("span", { class: "date" }, dateText(isAction ? entry.occurred : entry.said)), " ",
      el("span", { class: "kind" }, entry.__typename + ": "), el("span", { class: "entry-text" }, ...words));
}
