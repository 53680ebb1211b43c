// The live-execution API as the playground uses it: the languages on offer, and one run.
// Every failure becomes an ApiProblem, so the page has a single way to explain what went wrong.

const JSON_HEADERS = { Accept: "application/json, application/problem+json" };

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

/** GET /api/execute/languages: {languages[], limits{default,max}, sandbox{available,detail,enforcement}}. */
export async function fetchLanguages() {
  return request("/api/execute/languages", { method: "GET", headers: JSON_HEADERS });
}

/** POST /api/execute: runs one program and answers with its status, output, timings and memory. */
export async function execute(body) {
  return request("/api/execute", {
    method: "POST",
    headers: { ...JSON_HEADERS, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
}

async function request(url, init) {
  let response;
  try {
    response = await fetch(url, { ...init, credentials: "same-origin" });
  } catch {
    throw new ApiProblem({ status: 0, title: "Server unreachable", detail: "The request did not reach the server; check your connection." });
  }
  const body = await readJson(response);
  if (response.ok && body !== null) {
    return body;
  }
  throw problemFrom(response, body);
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
