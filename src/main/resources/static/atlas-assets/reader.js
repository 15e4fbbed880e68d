// The source reader (/atlas/source/{slug}/sentence/{n}): the article as stored, sentences numbered, every sentence a
// fact cites highlighted; selecting one lists the facts citing it, with a statement's words marked.
"use strict";

import { api, el, showStatus } from "./api.js";

const SOURCE = `query AtlasSource($slug: String!, $after: String) {
  source(slug: $slug) {
    slug headline outlet url published { date }
    sentences(first: 50, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { number text statements { id content } actions { id summary } }
    }
  }
}`;

export async function showSource(slug, selected) {
  showStatus("Loading…");
  const list = document.getElementById("sentences");
  list.replaceChildren();
  let after = null, source = null, cited = 0;
  do {
    source = (await api(SOURCE, { slug, after })).source;
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
  document.getElementById("reader").hidden = false;
  document.getElementById("reader-title").textContent = source.headline;
  document.getElementById("reader-meta").textContent = [source.outlet, source.published.date].filter(Boolean).join(", ");
  document.getElementById("facts").replaceChildren();
  showStatus(`${list.children.length} sentences, ${cited} of them cited by facts.`);
  if (selected) {
    const item = document.getElementById(`sentence-${selected}`);
    if (item) {
      selectSentence(item);
      item.scrollIntoView({ block: "center" });
    }
  }
}

/** Marks a sentence and lists the facts citing it; a statement's words are marked inside the sentence. */
export function selectSentence(item) {
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
