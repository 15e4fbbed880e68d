// Search (/atlas/search?q=asylum): statements and actions whose words match, through the API's search filters.
"use strict";

import { api, el, showStatus, viewLink, dateText, actorLabel } from "./api.js";

const STATEMENTS = `query AtlasSearchStatements($words: String!, $after: String) {
  statements(filter: { search: $words }, first: 20, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id content said { date wording } speaker { slug name description } evidence { number source { slug } } }
  }
}`;

const ACTIONS = `query AtlasSearchActions($words: String!, $after: String) {
  actions(filter: { search: $words }, first: 20, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id summary occurred { date wording } evidence { number source { slug } } }
  }
}`;

const KINDS = {
  statements: { query: STATEMENTS, list: "found-statements", more: "more-statements",
    item: statement => [viewLink(`/atlas/actor/${encodeURIComponent(statement.speaker.slug)}`, actorLabel(statement.speaker)),
      `: “${statement.content}”`], evidence: statement => [statement.evidence], date: statement => statement.said },
  actions: { query: ACTIONS, list: "found-actions", more: "more-actions", item: action => [action.summary],
    evidence: action => action.evidence, date: action => action.occurred }
};

let words = null;
const totals = {};

function toReader(sentences) {
  const sentence = sentences[0];
  return sentence ? [" (", viewLink(`/atlas/source/${encodeURIComponent(sentence.source.slug)}/sentence/${sentence.number}`,
      `sentence ${sentence.number}`), ")"] : [];
}

/** Shows (or, with `after`, appends to) the matches of one kind. */
export async function showMatches(kind, after) {
  const spec = KINDS[kind];
  const connection = (await api(spec.query, { words, after: after || null }))[kind];
  const list = document.getElementById(spec.list);
  if (!after) {
    list.replaceChildren();
  }
  connection.nodes.forEach(node => list.append(el("li", { "data-id": node.id },
      el("span", { class: "date" }, dateText(spec.date(node))), " ", ...spec.item(node), ...toReader(spec.evidence(node)))));
  const more = document.getElementById(spec.more);
  more.hidden = !connection.pageInfo.hasNextPage;
  more.dataset.after = connection.pageInfo.endCursor || "";
  totals[kind] = connection.totalCount;
}

export async function showSearch(text) {
  document.getElementById("search").hidden = false;
  document.getElementById("search-words").value = text;
  ["found-statements", "found-actions"].forEach(id => document.getElementById(id).replaceChildren());
  if (!text.trim()) {
    showStatus("Type words to find in statements and actions.");
    return;
  }
  words = text;
  await Promise.all([showMatches("statements"), showMatches("actions")]);
  showStatus(`${totals.statements} statements and ${totals.actions} actions contain every word of “${text}”.`);
}
