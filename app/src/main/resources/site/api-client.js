// Calls to this server's JSON API as the site's pages make them: same-origin cookies, the CSRF token on writes, and
// every refusal turned into an ApiProblem (RFC 9457 problem details), so that a page has one way to explain failures.

const ACCEPT = "application/json, application/problem+json";
// The readable half of the browser session; the server wants its value echoed on every write made with the cookie.
const CSRF_COOKIE = "codelive_csrf";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** A refused or failed request, as the server described it (RFC 9457 problem details) or as the browser saw it. */
export class ApiProblem extends Error {
  constructor({ status, title, detail, errors = [], retryAfterSeconds = null }) {
    super(detail || title);
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.errors = errors;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** The CSRF token of the browser session, if there is one. */
export function csrfToken() {
  const prefix = `${CSRF_COOKIE}=`;
  const found = document.cookie.split(";").map((part) => part.trim()).find((part) => part.startsWith(prefix));
  return found ? decodeURIComponent(found.slice(prefix.length)) || null : null;
}

/**
 * Sends one request and answers with the JSON body, or null for 204 No Content.
 *
 * @param {string} url
 * @param {{method?: string, body?: unknown, headers?: Record<string, string>, signal?: AbortSignal}} [options]
 * @throws {ApiProblem} for any answer other than 2xx, and when the server cannot be reached
 * @throws {DOMException} an AbortError when the signal aborted the request
 */
export async function apiRequest(url, { method = "GET", body, headers = {}, signal } = {}) {
  const init = { method, credentials: "same-origin", signal, headers: { Accept: ACCEPT, ...headers } };
  if (body !== undefined) {
    init.headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  const csrf = SAFE_METHODS.has(method) || init.headers.Authorization ? null : csrfToken();
  if (csrf) {
    init.headers["X-CSRF-Token"] = csrf;
  }
  let response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    if (error?.name === "AbortError") {
      throw error;
    }
    throw new ApiProblem({ status: 0, title: "Server unreachable", detail: "The request did not reach the server; check your connection." });
  }
  if (response.status === 204) {
    return null;
  }
  const json = await readJson(response);
  if (response.ok && json !== null) {
    return json;
  }
  throw problemFrom(response, json);
}

async function readJson(response) {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

function problemFrom(response, body) {
  const retryAfter = parseRetryAfter(response.headers.get("Retry-After"));
  if (body && typeof body === "object" && (body.title || body.detail)) {
    return new ApiProblem({
      status: body.status ?? response.status,
      title: body.title ?? `HTTP ${response.status}`,
      detail: body.detail ?? "",
      errors: Array.isArray(body.errors) ? body.errors : [],
      retryAfterSeconds: retryAfter,
    });
  }
  return new ApiProblem({
    status: response.status,
    title: `HTTP ${response.status}`,
    detail: response.ok ? "The server's answer was not JSON." : response.statusText,
    retryAfterSeconds: retryAfter,
  });
}

// Retry-After is either delay-seconds or an HTTP date (RFC 9110 §10.2.3).
function parseRetryAfter(value) {
  if (!value) {
    return null;
  }
  if (/^\d+$/.test(value.trim())) {
    return Number(value.trim());
  }
  const when = Date.parse(value);
  return Number.isNaN(when) ? null : Math.max(0, Math.ceil((when - Date.now()) / 1000));
}
