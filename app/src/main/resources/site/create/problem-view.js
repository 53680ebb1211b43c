// Shows a problem (RFC 9457) in one of the page's problem boxes: a title, the detail, and field errors as a list.
// Text from the server is only ever set as text, never parsed as HTML.

import { ApiProblem } from "../api-client.js";

/** Any thrown value as an ApiProblem, so the page explains a bug in itself the same way as a refusal. */
export function asProblem(error) {
  return error instanceof ApiProblem
    ? error
    : new ApiProblem({ status: 0, title: "Unexpected error", detail: String(error?.message ?? error) });
}

/**
 * Fills the box (a .problem element with .problem-title, .problem-detail and ul children, and optionally a
 * .problem-hint for the page's own advice) and shows it.
 *
 * @param {HTMLElement} box
 * @param {{status?: number, title?: string, detail?: string, errors?: {field?: string, message: string}[]}} problem
 * @param {string} [title] the page's own words for it, instead of the server's title
 */
export function showProblem(box, problem, title) {
  box.dataset.status = String(problem.status ?? "");
  box.querySelector(".problem-title").textContent = title ?? problem.title ?? "Something went wrong";
  box.querySelector(".problem-detail").textContent = sentence(problem.detail || "");
  setProblemHint(box, "");
  box.querySelector("ul").replaceChildren(...(problem.errors ?? []).map((error) => {
    const item = document.createElement("li");
    const field = document.createElement("code");
    field.textContent = error.field ?? "request";
    item.append(field, `: ${error.message}`);
    return item;
  }));
  box.hidden = false;
}

export function hideProblem(box) {
  box.hidden = true;
  delete box.dataset.status;
}

/** The page's own advice under the server's words, e.g. a Retry-After counted down in place; empty hides it. */
export function setProblemHint(box, text) {
  const hint = box.querySelector(".problem-hint");
  if (hint) {
    hint.textContent = text;
    hint.hidden = !text;
  }
}

function sentence(text) {
  const trimmed = text.trim();
  if (!trimmed) {
    return "";
  }
  const capital = trimmed[0].toUpperCase() + trimmed.slice(1);
  return /[.!?)]$/.test(capital) ? capital : `${capital}.`;
}
