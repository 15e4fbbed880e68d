// Live updates: facts recorded while a view is open arrive over the API's subscription (Server-Sent Events) and are
// shown as new. A lost connection is retried, resuming after the last change received, so nothing is missed.
"use strict";

import { subscribe } from "./api.js";
import { EVENT_FIELDS } from "./relation.js";

const CHANGES = `subscription AtlasLive($countries: [String!], $after: String) {
  factChanges(countries: $countries, operations: [RECORD], after: $after) {
    cursor
    fact {
      __typename
      ... on Action { ${EVENT_FIELDS} actors { ...AtlasCountryOf } recipients { ...AtlasCountryOf } }
      ... on Statement { id content said { date wording } speaker { slug name description } }
    }
  }
}
fragment AtlasCountryOf on Party { ... on Country { code } ... on Actor { country { code } } }`;

/** Seconds before a lost stream is opened again. */
const RETRY_SECONDS = 5;

let current = null;

function showLive(text, isError) {
  const status = document.getElementById("live-status");
  status.textContent = text;
  status.classList.toggle("error", Boolean(isError));
}

/** The countries an action's parties belong to. */
export function countriesOf(action) {
  return new Set(action.actors.concat(action.recipients)
      .map(party => party.code || (party.country && party.country.code)).filter(Boolean));
}

/** Follows the facts recorded about these countries, calling `onFact(fact)` for each; replaces any earlier follow. */
export function follow(countries, onFact) {
  stopFollowing();
  const state = { controller: new AbortController(), cursor: null, stopped: false };
  current = state;
  const open = () => {
    if (state.stopped) {
      return;
    }
    showLive("Live: new facts appear here as they are recorded.");
    subscribe(CHANGES, { countries, after: state.cursor }, data => {
      state.cursor = data.factChanges.cursor;
      onFact(data.factChanges.fact);
    }, state.controller.signal).then(() => retry("the server ended the stream"), error => retry(error.message));
  };
  const retry = reason => {
    if (state.stopped) {
      return;
    }
    showLive(`Live updates paused (${reason}); trying again in ${RETRY_SECONDS} s.`, true);
    setTimeout(() => {
      state.controller = new AbortController();
      open();
    }, RETRY_SECONDS * 1000);
  };
  open();
}

export function stopFollowing() {
  if (current) {
    current.stopped = true;
    current.controller.abort();
    current = null;
  }
  showLive("");
}
