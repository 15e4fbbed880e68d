// The actor view (/atlas/actor/{slug}): roles over time, ties, the actors and countries it acted on or was acted on
// by or spoken about by, drawn as a small network that can be clicked through, and statements by and about it.
"use strict";

import { api, el, svgEl, showStatus, viewLink, dateText, actorLabel } from "./api.js";

const ACTOR = `query AtlasActor($slug: String!) {
  actor(slug: $slug) {
    id slug name description kind country { code name }
    roles { title organization { slug name } country { code name } accreditedTo { code name }
      started { date wording } ended { date wording } }
    tieEnds { tie { kind } otherActor { slug name description } direction }
    actions(first: 50) { totalCount nodes { id summary occurred { date wording }
      actors { ...AtlasParty } recipients { ...AtlasParty } } }
    statements(first: 20) { totalCount nodes { id content said { date wording } } }
    statementsAbout(first: 20) { totalCount nodes { id content said { date wording } speaker { slug name description } } }
  }
}
fragment AtlasParty on Party { __typename ... on Actor { slug actorName: name description } ... on Country { code name } }`;

/** At most this many neighbours are drawn (the most connected); the list below the graph names them all. */
const MOST_DRAWN = 14;

function words(enumValue) {
  return enumValue.replaceAll("_", " ").toLowerCase();
}

/** Who the actor is connected to, and how: one entry per other actor or country, with every way they connect. */
function neighboursOf(actor) {
  const found = new Map();
  const add = (party, how) => {
    if (!party || (party.__typename === "Actor" && party.slug === actor.slug) || party.__typename === "UnidentifiedParty") {
      return;
    }
    const key = party.slug ? "actor:" + party.slug : "country:" + party.code;
    if (!found.has(key)) {
      found.set(key, { key, name: actorLabel(party), slug: party.slug, code: party.code, ways: new Map(), weight: 0 });
    }
    const neighbour = found.get(key);
    neighbour.ways.set(how, (neighbour.ways.get(how) || 0) + 1);
    neighbour.weight++;
  };
  actor.tieEnds.forEach(end => add(Object.assign({ __typename: "Actor" }, end.otherActor),
      end.direction === "OUTGOING" ? words(end.tie.kind) : "has as " + words(end.tie.kind).replace(/ of$| to$/, "")));
  actor.actions.nodes.forEach(action => {
    const acts = action.actors.some(party => party.slug === actor.slug);
    (acts ? action.recipients : action.actors).forEach(party => add(party, acts ? "acted on" : "acted on by"));
  });
  actor.statementsAbout.nodes.forEach(statement =>
    add(Object.assign({ __typename: "Actor" }, statement.speaker), "spoke about it"));
  return [...found.values()].sort((one, other) => other.weight - one.weight || one.name.localeCompare(other.name));
}

function hrefOf(neighbour, actor) {
  if (neighbour.slug) {
    return `/atlas/actor/${encodeURIComponent(neighbour.slug)}`;
  }
  return actor.country && actor.country.code !== neighbour.code
    ? `/atlas/relation/${actor.country.code}/${neighbour.code}` : `/atlas/timeline?country=${neighbour.code}`;
}

function describeWays(neighbour) {
  return [...neighbour.ways].map(([how, count]) => count > 1 ? `${how} (${count})` : how).join(", ");
}

function network(actor, neighbours) {
  const figure = document.getElementById("network");
  const drawn = neighbours.slice(0, MOST_DRAWN);
  const width = 640, height = 400, centreX = width / 2, centreY = height / 2, radius = 150;
  const svg = svgEl("svg", { viewBox: `0 0 ${width} ${height}`, role: "group", "aria-label": `Network of ${actor.name}` });
  const points = drawn.map((neighbour, index) => {
    const angle = 2 * Math.PI * index / Math.max(1, drawn.length) - Math.PI / 2;
    return { neighbour, x: centreX + radius * Math.cos(angle), y: centreY + radius * Math.sin(angle) };
  });
  points.forEach(point => svg.append(svgEl("line", { x1: centreX, y1: centreY, x2: point.x.toFixed(1),
    y2: point.y.toFixed(1), class: "edge", "stroke-width": Math.min(6, 1 + point.neighbour.weight) })));
  svg.append(svgEl("circle", { cx: centreX, cy: centreY, r: 12, class: "node-centre" }),
      svgEl("text", { x: centreX, y: centreY + 28, "text-anchor": "middle", class: "node-label centre-label" }, actor.name));
  points.forEach(point => {
    const neighbour = point.neighbour;
    const link = svgEl("a", { href: hrefOf(neighbour, actor), class: "view-link graph-node", "data-key": neighbour.key,
      "aria-label": `${neighbour.name}: ${describeWays(neighbour)}` },
    svgEl("circle", { cx: point.x.toFixed(1), cy: point.y.toFixed(1), r: 8,
      class: neighbour.slug ? "node-actor" : "node-country" }),
    svgEl("text", { x: point.x.toFixed(1), y: (point.y + (point.y < centreY ? -14 : 22)).toFixed(1),
      "text-anchor": "middle", class: "node-label" }, neighbour.name),
    svgEl("title", {}, `${neighbour.name}: ${describeWays(neighbour)}`));
    svg.append(link);
  });
  const left = neighbours.length - drawn.length;
  figure.replaceChildren(svg, el("figcaption", { id: "network-caption", class: "legend" },
      neighbours.length === 0 ? `${actor.name} has no recorded ties or counterparts.`
        : `${actor.name} at the centre, linked to ${neighbours.length} actors and countries (filled circles: `
          + `actors; hollow circles: countries); the thicker a line, the more connections. Select one to open it.`
          + (left > 0 ? ` The ${left} least connected are listed below only.` : "")));
  document.getElementById("connections").replaceChildren(...neighbours.map(neighbour => el("li", {},
      viewLink(hrefOf(neighbour, actor), neighbour.name), ": " + describeWays(neighbour))));
}

function roleText(role) {
  const where = [role.organization && role.organization.name, role.country && role.country.name,
    role.accreditedTo && "accredited to " + role.accreditedTo.name].filter(Boolean).join(", ");
  const from = role.started.date || role.started.wording, to = role.ended.date || role.ended.wording;
  const when = from || to ? `: from ${from || "an unreported date"}${to ? " to " + to : ""}` : " (dates not reported)";
  return `${role.title}${where ? " (" + where + ")" : ""}${when}`;
}

function statementItem(statement, bySpeaker) {
  return el("li", { "data-id": statement.id }, el("span", { class: "date" }, dateText(statement.said)), " ",
      ...(bySpeaker ? [viewLink(`/atlas/actor/${encodeURIComponent(statement.speaker.slug)}`, actorLabel(statement.speaker)), ": "] : []),
      `“${statement.content}”`);
}

function listOrNone(id, items, none) {
  document.getElementById(id).replaceChildren(...(items.length ? items : [el("li", {}, none)]));
}

export async function showActor(slug) {
  showStatus("Loading…");
  const actor = (await api(ACTOR, { slug })).actor;
  document.getElementById("actor").hidden = false;
  actor.name = actorLabel(actor);
  document.getElementById("actor-title").textContent = actor.name;
  document.getElementById("actor-meta").textContent = [words(actor.kind), actor.country && actor.country.name,
    actor.description].filter(Boolean).join(" · ");
  listOrNone("roles", actor.roles.map(role => el("li", {}, roleText(role))), "No roles recorded.");
  const neighbours = neighboursOf(actor);
  network(actor, neighbours);
  listOrNone("actor-actions", actor.actions.nodes.map(action => el("li", { "data-id": action.id },
      el("span", { class: "date" }, dateText(action.occurred)), " ", action.summary)), "No actions recorded.");
  listOrNone("statements-by", actor.statements.nodes.map(statement => statementItem(statement, false)), "No statements recorded.");
  listOrNone("statements-about", actor.statementsAbout.nodes.map(statement => statementItem(statement, true)),
      "No statements about this actor recorded.");
  document.getElementById("actor-timeline").setAttribute("href", `/atlas/timeline?actor=${encodeURIComponent(actor.slug)}`);
  showStatus(`${actor.name}: ${actor.actions.totalCount} actions, ${actor.statements.totalCount} statements by, `
      + `${actor.statementsAbout.totalCount} about; ${neighbours.length} connections.`);
}
