// How the Atlas talks to Diplograph: the public GraphQL API at /graphql, as any client. Fixed queries go by GET as
// automatic persisted queries (their SHA-256 hash, the document only when the server does not know it yet), so the
// browser's cache revalidates their answers by ETag; live updates come as Server-Sent Events over POST.
"use strict";

const KEY_STORE = "diplograph.apiKey";
const ACCEPT = "application/graphql-response+json";

/** An error the page shows in words; `retryAfter` (seconds) is set for RATE_LIMITED. */
export class ApiError extends Error {
  constructor(message, code, retryAfter) {
    super(message);
    this.code = code;
    this.retryAfter = retryAfter;
  }
}

function headers(extra) {
  const all = Object.assign({ "Accept": ACCEPT }, extra);
  const key = sessionStorage.getItem(KEY_STORE);
  if (key) {
    all["X-API-Key"] = key;
  }
  return all;
}

const hashes = new Map();

/** The document's SHA-256 in hex, or null where the browser offers no digest (plain HTTP on another host). */
async function hashOf(query) {
  if (!window.crypto || !crypto.subtle) {
    return null;
  }
  if (!hashes.has(query)) {
    const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(query));
    hashes.set(query, Array.from(new Uint8Array(digest), byte => byte.toString(16).padStart(2, "0")).join(""));
  }
  return hashes.get(query);
}

async function send(url, init) {
  let response;
  try {
    response = await fetch(url, init);
  } catch (unreachable) {
    throw new ApiError("The server cannot be reached. Check the connection and try again.", "OFFLINE");
  }
  const retryAfter = response.headers.get("Retry-After");
  try {
    return { answer: await response.json(), retryAfter };
  } catch (notJson) {
    throw new ApiError(`The server answered ${response.status} without a GraphQL answer.`, "HTTP_" + response.status);
  }
}

function codeOf(error) {
  return (error.extensions && (error.extensions.code || error.extensions.classification)) || "ERROR";
}

/** Runs a query: by GET and hash when the browser can digest it, else by POST. Resolves to the answer's data. */
export async function api(query, variables) {
  const hash = await hashOf(query);
  let result;
  if (hash) {
    const persisted = JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } });
    const parameters = new URLSearchParams({ extensions: persisted, variables: JSON.stringify(variables || {}) });
    result = await send("/graphql?" + parameters, { headers: headers() });
    if ((result.answer.errors || []).some(error => codeOf(error) === "PERSISTED_QUERY_NOT_FOUND")) {
      parameters.set("query", query);
      result = await send("/graphql?" + parameters, { headers: headers() });
    }
  } else {
    result = await send("/graphql", { method: "POST", headers: headers({ "Content-Type": "application/json" }),
      body: JSON.stringify({ query, variables }) });
  }
  const error = (result.answer.errors || [])[0];
  if (error) {
    const classification = (error.extensions && error.extensions.classification) || codeOf(error);
    if (classification === "UNAUTHORIZED" && askForKey()) {
      return api(query, variables);
    }
    throw new ApiError(error.message, classification, result.retryAfter);
  }
  return result.answer.data;
}

/**
 * Subscribes over Server-Sent Events: calls `onNext(data)` for each result and resolves when the stream ends. Rejects
 * with an ApiError when the stream cannot be opened or the server ends it with an error; `signal` stops it.
 */
export async function subscribe(query, variables, onNext, signal) {
  let response;
  try {
    response = await fetch("/graphql", { method: "POST", signal, body: JSON.stringify({ query, variables }),
      headers: Object.assign(headers({ "Content-Type": "application/json" }), { "Accept": "text/event-stream" }) });
  } catch (unreachable) {
    throw new ApiError("Live updates: the server cannot be reached.", "OFFLINE");
  }
  if (!response.ok || !response.body) {
    throw new ApiError(`Live updates: the server answered ${response.status}.`, "HTTP_" + response.status,
        response.headers.get("Retry-After"));
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = "";
  for (;;) {
    let chunk;
    try {
      chunk = await reader.read();
    } catch (cut) {
      throw new ApiError("Live updates: the connection was lost.", "OFFLINE");
    }
    if (chunk.done) {
      return;
    }
    buffered += chunk.value;
    let end;
    while ((end = buffered.indexOf("\n\n")) >= 0) {
      const event = parseEvent(buffered.slice(0, end));
      buffered = buffered.slice(end + 2);
      if (event.data) {
        const result = JSON.parse(event.data);
        if (result.errors && result.errors.length > 0) {
          throw new ApiError(result.errors[0].message, codeOf(result.errors[0]));
        }
        if (event.type === "next" && result.data) {
          onNext(result.data);
        }
      }
      if (event.type === "complete") {
        return;
      }
    }
  }
}

function parseEvent(block) {
  const event = { type: "message", data: "" };
  block.split("\n").forEach(line => {
    if (line.startsWith("event:")) {
      event.type = line.slice(6).trim();
    } else if (line.startsWith("data:")) {
      event.data += line.slice(5).trimStart();
    }
  });
  return event;
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

/** An element with attributes and children (text or nodes). */
export function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
  children.forEach(child => node.append(child));
  return node;
}

/** An SVG element with attributes. */
export function svgEl(tag, attributes, ...children) {
  const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, String(value)));
  children.forEach(child => node.append(child));
  return node;
}

export function showStatus(text, isError) {
  const status = document.getElementById("status");
  status.textContent = text;
  status.classList.toggle("error", Boolean(isError));
}

export function showError(error) {
  if (error.code === "RATE_LIMITED") {
    const wait = error.retryAfter ? ` Try again in ${error.retryAfter} s.` : " Try again shortly.";
    showStatus("Too many requests from this address." + wait, true);
  } else {
    showStatus(error.message, true);
  }
}

/** A link to another view of the Atlas; the router follows it without reloading the page. */
export function viewLink(href, text, attributes) {
  return el("a", Object.assign({ href, class: "view-link" }, attributes || {}), text);
}

/** A date as the API reports it: the day, else the source's words, else "undated". */
export function dateText(reported) {
  return (reported && (reported.date || reported.wording)) || "undated";
}

/** What to call an actor: its name, or for one the sources leave unnamed ("officials"), its description. */
export function actorLabel(actor) {
  return actor.name || actor.actorName || actor.description;
}
