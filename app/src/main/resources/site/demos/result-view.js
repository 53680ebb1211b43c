// Shows one run's outcome: status badge, timings, memory, stdout/stderr with truncation markers, SQL tables,
// or the problem that stopped the run. Text from the server is only ever set as text, never parsed as HTML.

const $ = (id) => document.getElementById(id);

const STATUS_TEXT = {
  idle: "ready",
  running: "running…",
  ok: "ok",
  runtime_error: "runtime error",
  compile_error: "compile error",
  timeout: "timed out",
  memory_limit: "out of memory",
  output_limit: "output limit",
  killed: "killed",
  refused: "refused",
};

const PROBLEM_TITLES = {
  0: "Could not reach the server",
  401: "Sign in to run code",
  403: "Not allowed to run code",
  413: "The program is too large",
  422: "The run was not accepted",
  429: "Too many runs",
  503: "Execution is unavailable",
};

// A browser stays responsive with a few thousand cells; the rest is counted, not drawn.
const MAX_TABLE_ROWS = 500;

/** Clears every pane: before the first run, and while a run is on its way. */
export function resetResult() {
  setBadge("idle");
  $("problem").hidden = true;
  for (const id of ["time-queue", "time-compile", "time-run", "memory", "exit"]) {
    $(id).textContent = "—";
  }
  setStream("stdout", "", false);
  setStream("stderr", "", false);
  $("sql-result").replaceChildren();
  $("sql-result").hidden = true;
}

export function showRunning() {
  resetResult();
  setBadge("running");
  $("results").setAttribute("aria-busy", "true");
}

/** Shows a 200 answer of POST /api/execute. */
export function renderResult(result, language) {
  $("results").setAttribute("aria-busy", "false");
  setBadge(result.status ?? "ok");
  const timings = result.timings_ms ?? {};
  $("time-queue").textContent = milliseconds(timings.queue);
  $("time-compile").textContent = result.build_cached ? `${milliseconds(timings.compile)} (cached build)` : milliseconds(timings.compile);
  $("time-run").textContent = milliseconds(timings.run);
  $("memory").textContent = memory(result.memory_kb);
  $("exit").textContent = exitText(result);
  setStream("stdout", result.stdout ?? "", Boolean(result.truncated?.stdout));
  setStream("stderr", result.stderr ?? "", Boolean(result.truncated?.stderr));
  if (language === "sql") {
    renderTables(result);
  }
}

/** Shows why a run was refused or failed before it could start. */
export function renderProblem(problem) {
  $("results").setAttribute("aria-busy", "false");
  setBadge("refused");
  const box = $("problem");
  box.dataset.status = String(problem.status);
  $("problem-title").textContent = PROBLEM_TITLES[problem.status] ?? problem.title ?? "The run failed";
  $("problem-detail").textContent = [sentence(problem.detail || problem.title),
    problem.retryAfterSeconds != null ? `Try again in ${problem.retryAfterSeconds} s.` : ""].filter(Boolean).join(" ");
  $("problem-errors").replaceChildren(...problem.errors.map((error) => {
    const item = document.createElement("li");
    const field = document.createElement("code");
    field.textContent = error.field ?? "request";
    item.append(field, `: ${error.message ?? "invalid"}`);
    return item;
  }));
  box.hidden = false;
}

function sentence(text) {
  return !text || /[.!?]$/.test(text) ? text : `${text}.`;
}

function setBadge(status) {
  const badge = $("run-status");
  badge.dataset.status = status;
  badge.textContent = STATUS_TEXT[status] ?? status.replaceAll("_", " ");
}

function setStream(name, text, truncated) {
  const pane = $(name);
  pane.textContent = text;
  pane.dataset.empty = String(text === "");
  $(`${name}-truncated`).hidden = !truncated;
}

function milliseconds(value) {
  return typeof value === "number" ? `${Math.round(value)} ms` : "—";
}

function memory(kilobytes) {
  if (typeof kilobytes !== "number") {
    return "—";
  }
  return kilobytes >= 1024 ? `${(kilobytes / 1024).toFixed(1)} MB` : `${kilobytes} KB`;
}

function exitText(result) {
  if (result.signal) {
    return `signal ${result.signal}`;
  }
  return typeof result.exit_code === "number" ? `code ${result.exit_code}` : "—";
}

// Several statements may each return a table; without `results`, the last statement's `result` is all there is.
function renderTables(result) {
  const tables = (Array.isArray(result.results) ? result.results : [result.result])
    .filter((table) => table && Array.isArray(table.columns) && table.columns.length > 0);
  const container = $("sql-result");
  container.replaceChildren(...tables.map((table, index) => buildTable(table, tables.length > 1 ? index + 1 : null)));
  container.hidden = tables.length === 0;
}

function buildTable({ columns, rows = [] }, number) {
  const wrapper = document.createElement("div");
  wrapper.className = "table-scroll";
  wrapper.tabIndex = 0;
  const table = document.createElement("table");
  const caption = table.createCaption();
  const shown = rows.slice(0, MAX_TABLE_ROWS);
  caption.textContent = `${number ? `Statement ${number}: ` : "Query result: "}${rows.length} ${rows.length === 1 ? "row" : "rows"}`
    + (rows.length > shown.length ? `, first ${shown.length} shown` : "");
  const headRow = table.createTHead().insertRow();
  for (const column of columns) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = column;
    headRow.append(th);
  }
  const body = table.createTBody();
  for (const row of shown) {
    const tr = body.insertRow();
    for (const value of row) {
      const cell = tr.insertCell();
      if (value === null || value === undefined) {
        cell.textContent = "NULL";
        cell.className = "null";
      } else {
        cell.textContent = typeof value === "object" ? JSON.stringify(value) : String(value);
        if (typeof value === "number") {
          cell.className = "number";
        }
      }
    }
  }
  // A column of numbers reads best right-aligned, its heading included.
  columns.forEach((_, index) => {
    const cells = shown.map((row) => row[index]).filter((value) => value !== null && value !== undefined);
    if (cells.length > 0 && cells.every((value) => typeof value === "number")) {
      headRow.cells[index].classList.add("number");
    }
  });
  wrapper.append(table);
  return wrapper;
}
