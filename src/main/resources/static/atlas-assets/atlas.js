// Diplograph Atlas: a page for people, built on the public GraphQL API alone. Every view's state is in its URL
// (/atlas/relation/MX/PE, /atlas/actor/marcelo-ebrard, /atlas/timeline?country=PE, /atlas/search?q=asylum,
// /atlas/source/{slug}/sentence/{n}), so a view can be shared and the back button works.
"use strict";

import { api, el, showStatus, showError } from "./api.js";
import { showRelation, showMoreEvents, eventItem } from "./relation.js";
import { showSource, selectSentence } from "./reader.js";
import { showTimeline, showMoreEntries, timelineFilter, timelineAddress, entryItem } from "./timeline.js";
import { showActor } from "./actor.js";
import { showSearch, showMatches } from "./search.js";
import { follow, stopFollowing, countriesOf } from "./live.js";

const COUNTRIES = `query AtlasCountries($after: String) {
  countries(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { code name } }
}`;

const VIEWS = ["relation", "timeline", "reader", "actor", "search"];

const countryNames = new Map();

async function loadCountries() {
  let after = null;
  const list = document.getElementById("countries");
  do {
    const countries = (await api(COUNTRIES, { after })).countries;
    countries.nodes.forEach(country => {
      countryNames.set(country.code, country.name);
      list.append(el("option", { value: country.code }, country.name));
    });
    after = countries.pageInfo.hasNextPage ? countries.pageInfo.endCursor : null;
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

/** A fact recorded while the view is open, at the top of the view's list of new facts. */
function showNew(listId, item) {
  item.classList.add("new");
  item.prepend(el("strong", { class: "new-label" }, "New: "));
  const list = document.getElementById(listId);
  list.hidden = false;
  list.prepend(item);
}

function followRelation(first, second) {
  follow([first, second], fact => {
    const countries = fact.__typename === "Action" ? countriesOf(fact) : new Set();
    if (countries.has(first) && countries.has(second)) {
      showNew("new-events", eventItem(fact));
    }
  });
}

function followTimeline(filter) {
  if (filter.actor || filter.root || filter.from || filter.to) {
    stopFollowing();
    return;
  }
  follow(filter.country ? [filter.country.toUpperCase()] : null, fact => {
    showNew("new-entries", entryItem(fact));
  });
}

function go(address) {
  history.pushState({}, "", address);
  route();
}

async function route() {
  const path = location.pathname.replace(/\/$/, "");
  const relation = path.match(/^\/atlas\/relation\/([A-Za-z]{2,3})\/([A-Za-z]{2,3})$/);
  const source = path.match(/^\/atlas\/source\/([^/]+)(?:\/sentence\/([0-9]+))?$/);
  const actor = path.match(/^\/atlas\/actor\/([^/]+)$/);
  VIEWS.forEach(view => document.getElementById(view).hidden = true);
  ["new-events", "new-entries"].forEach(id => document.getElementById(id).replaceChildren());
  document.getElementById("pair").hidden = !(relation || path === "/atlas");
  stopFollowing();
  try {
    if (path === "/atlas/timeline") {
      const filter = timelineFilter(location.search);
      await showTimeline(filter, null);
      followTimeline(filter);
    } else if (path === "/atlas/search") {
      await showSearch(new URLSearchParams(location.search).get("q") || "");
    } else if (source) {
      await showSource(decodeURIComponent(source[1]), source[2]);
    } else if (actor) {
      await showActor(decodeURIComponent(actor[1]));
    } else if (relation) {
      const [first, second] = [relation[1].toUpperCase(), relation[2].toUpperCase()];
      await showRelation(first, second);
      followRelation(first, second);
    } else {
      showStatus("Choose two countries to see their relation.");
    }
  } catch (error) {
    showError(error);
  }
  // When the view is drawn, for whoever measures the page (the browser tests report it).
  performance.mark("atlas-view-ready");
}

function on(id, type, handler) {
  document.getElementById(id).addEventListener(type, event => {
    Promise.resolve(handler(event)).catch(showError);
  });
}

document.addEventListener("DOMContentLoaded", () => {
  on("pair", "submit", event => {
    event.preventDefault();
    const first = codeOf(document.getElementById("first").value);
    const second = codeOf(document.getElementById("second").value);
    go(`/atlas/relation/${encodeURIComponent(first)}/${encodeURIComponent(second)}`);
  });
  on("search-form", "submit", event => {
    event.preventDefault();
    go("/atlas/search?q=" + encodeURIComponent(document.getElementById("search-words").value.trim()));
  });
  on("timeline-filter", "submit", event => {
    event.preventDefault();
    const value = name => document.getElementById("timeline-" + name).value.trim();
    go(timelineAddress({ country: value("country") ? codeOf(value("country")) : "", actor: value("actor"),
      root: value("root"), from: value("from"), to: value("to") }));
  });
  on("more", "click", event => showMoreEvents(event.target.dataset.after));
  on("more-entries", "click", event => showMoreEntries(event.target.dataset.after));
  on("more-statements", "click", event => showMatches("statements", event.target.dataset.after));
  on("more-actions", "click", event => showMatches("actions", event.target.dataset.after));
  on("sentences", "click", event => {
    const item = event.target.closest("li.cited");
    if (item) {
      selectSentence(item);
    }
  });
  on("sentences", "keydown", event => {
    const item = event.target.closest("li.cited");
    if (item && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      selectSentence(item);
    }
  });
  // Links between views change the address and the view, without reloading the page.
  document.body.addEventListener("click", event => {
    const link = event.target.closest("a.view-link, nav a[href^='/atlas']");
    if (link && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.button === 0) {
      event.preventDefault();
      go(link.getAttribute("href"));
    }
  });
  window.addEventListener("popstate", route);
  loadCountries().catch(showError);
  route();
});
