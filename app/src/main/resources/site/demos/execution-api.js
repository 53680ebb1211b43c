// The live-execution API as the playground uses it: the languages on offer, and one run.
// Every failure becomes an ApiProblem, so the page has a single way to explain what went wrong.

import { ApiProblem, apiRequest } from "../api-client.js";

export { ApiProblem };

/** GET /api/execute/languages: {languages[], limits{default,max}, sandbox{available,detail,enforcement}}. */
export async function fetchLanguages() {
  return apiRequest("/api/execute/languages");
}

/** POST /api/execute: runs one program and answers with its status, output, timings and memory. */
export async function execute(body) {
  return apiRequest("/api/execute", { method: "POST", body });
}
