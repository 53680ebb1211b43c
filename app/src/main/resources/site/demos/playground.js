// The playground: pick a language, edit code in CodeMirror, run it through /api/execute and show what came back.

import { ApiProblem, execute, fetchLanguages } from "./execution-api.js";
import { languageProfile } from "./languages.js";
import { renderProblem, renderResult, resetResult, showRunning } from "./result-view.js";

const $ = (id) => document.getElementById(id);

const form = $("run-form");
const languageSelect = $("language");
const datasetField = $("dataset-field");
const datasetSelect = $("dataset");
const toolchainEl = $("toolchain");
const stdinEl = $("stdin");
const runButton = $("run");
const notice = $("notice");
const sandboxStatus = $("sandbox-status");
const limitInputs = { timeout_ms: $("limit-timeout"), memory_mb: $("limit-memory"), output_kb: $("limit-output") };

const IS_MAC = /Mac|iPhone|iPad/.test(navigator.userAgentData?.platform ?? navigator.platform ?? "");

const state = {
  languages: new Map(), // name → the server's description of it
  current: null,
  drafts: new Map(), // name → code the user left there, so switching languages loses nothing
  running: false,
  heldUntil: 0, // after a 429 or 503, no run before this time (ms since epoch)
};

const editor = createEditor();
wireShortcuts();
loadLanguages();

function createEditor() {
  const cm = CodeMirror.fromTextArea($("code"), {
    theme: "codelive",
    lineNumbers: true,
    matchBrackets: true,
    autoCloseBrackets: true,
    tabSize: 4,
    screenReaderLabel: "Code",
    extraKeys: {
      Tab: (instance) => indentOrLeave(instance, "indentMore"),
      "Shift-Tab": (instance) => indentOrLeave(instance, "indentLess"),
      // An editor that keeps Tab traps keyboard users; Esc then Tab moves focus on, as in most code editors.
      Esc: (instance) => {
        instance.state.tabLeaves = true;
      },
    },
  });
  cm.on("keydown", (instance, event) => {
    if (event.key !== "Escape" && event.key !== "Tab" && event.key !== "Shift") {
      instance.state.tabLeaves = false;
    }
  });
  return cm;
}

function indentOrLeave(cm, command) {
  if (cm.state.tabLeaves) {
    cm.state.tabLeaves = false;
    return CodeMirror.Pass;
  }
  if (command === "indentMore" && !cm.somethingSelected()) {
    cm.execCommand(cm.getOption("indentWithTabs") ? "insertTab" : "insertSoftTab");
  } else {
    cm.execCommand(command);
  }
  return undefined;
}

function wireShortcuts() {
  $("run-shortcut").textContent = IS_MAC ? "⌘ Enter" : "Ctrl+Enter";
  runButton.setAttribute("aria-keyshortcuts", IS_MAC ? "Meta+Enter" : "Control+Enter");
  // One listener for the whole page: the editor lets Ctrl/Cmd+Enter bubble, and stdin or the limits work the same.
  document.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      run();
    }
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    run();
  });
  languageSelect.addEventListener("change", () => selectLanguage(languageSelect.value));
  $("reset-code").addEventListener("click", () => {
    editor.setValue(languageProfile(state.current).starter);
    editor.focus();
  });
}

async function loadLanguages() {
  let catalogue;
  try {
    catalogue = await fetchLanguages();
  } catch (problem) {
    const detail = problem.status === 404
      ? "Live execution is not available on this server."
      : `Could not load the languages: ${problem.detail || problem.title}`;
    showNotice(detail, "bad");
    sandboxStatus.dataset.state = "down";
    sandboxStatus.textContent = "execution unavailable";
    languageSelect.replaceChildren(new Option("none available", ""));
    return;
  }
  for (const language of catalogue.languages ?? []) {
    state.languages.set(language.name, language);
  }
  showSandbox(catalogue.sandbox);
  fillLimits(catalogue.limits);
  fillLanguagePicker();
}

function showSandbox(sandbox) {
  if (sandbox?.available) {
    sandboxStatus.dataset.state = "ready";
    sandboxStatus.textContent = sandbox.enforcement ? `sandbox: ${sandbox.enforcement}` : "sandbox ready";
  } else {
    sandboxStatus.dataset.state = "unready";
    sandboxStatus.textContent = "sandbox unavailable";
    showNotice(`The sandbox is unavailable on this server${sandbox?.detail ? `: ${sandbox.detail}` : ""}. Runs will be refused until it is fixed.`, "bad");
  }
}

function fillLimits(limits) {
  const defaults = limits?.default ?? {};
  const max = limits?.max ?? {};
  for (const [key, input] of Object.entries(limitInputs)) {
    if (defaults[key] != null) {
      input.value = defaults[key];
    }
    if (max[key] != null) {
      input.max = max[key];
    }
  }
  if (max.timeout_ms != null) {
    $("limits-hint").textContent = `At most ${max.timeout_ms} ms, ${max.memory_mb} MB of memory and ${max.output_kb} KB of output.`;
  }
}

function fillLanguagePicker() {
  const options = [...state.languages.values()].map((language) => {
    const option = new Option(languageProfile(language.name).label + unusableReason(language), language.name);
    option.disabled = !usable(language);
    return option;
  });
  languageSelect.replaceChildren(...options);
  const fromHash = decodeURIComponent(location.hash.slice(1));
  const first = [fromHash, "python"].map((name) => state.languages.get(name)).find((language) => language && usable(language))
    ?? [...state.languages.values()].find(usable);
  if (!first) {
    showNotice("No language can run on this server right now.", "bad");
    return;
  }
  languageSelect.disabled = false;
  selectLanguage(first.name);
}

function usable(language) {
  return language.available !== false && language.enabled !== false;
}

function unusableReason(language) {
  if (language.enabled === false) {
    return " (switched off)";
  }
  return language.available === false ? " (not installed)" : "";
}

function selectLanguage(name) {
  if (state.current) {
    state.drafts.set(state.current, editor.getValue());
  }
  state.current = name;
  languageSelect.value = name;
  const profile = languageProfile(name);
  editor.setOption("mode", profile.mode);
  editor.setOption("indentUnit", profile.indentUnit);
  editor.setOption("indentWithTabs", Boolean(profile.indentWithTabs));
  editor.setValue(state.drafts.get(name) ?? profile.starter);
  editor.clearHistory();
  datasetField.hidden = name !== "sql";
  const language = state.languages.get(name);
  toolchainEl.textContent = [language?.toolchain, language?.compiled ? "compiled" : "interpreted"].filter(Boolean).join(" · ");
  history.replaceState(null, "", `#${encodeURIComponent(name)}`);
  updateRunButton();
}

function runRequest() {
  const body = {
    language: state.current,
    code: editor.getValue(),
    stdin: stdinEl.value,
    args: [],
    limits: {},
  };
  for (const [key, input] of Object.entries(limitInputs)) {
    if (input.value !== "") {
      body.limits[key] = Number(input.value);
    }
  }
  if (state.current === "sql") {
    body.dialect = "sqlite";
    body.dataset = datasetSelect.value || null;
  }
  return body;
}

async function run() {
  if (state.running || !state.current || Date.now() < state.heldUntil) {
    return;
  }
  state.running = true;
  updateRunButton();
  showRunning();
  try {
    renderResult(await execute(runRequest()), state.current);
  } catch (error) {
    const problem = error instanceof ApiProblem
      ? error
      : new ApiProblem({ status: 0, title: "Unexpected error", detail: String(error) });
    renderProblem(problem);
    if (problem.retryAfterSeconds && (problem.status === 429 || problem.status === 503)) {
      holdRuns(problem.retryAfterSeconds);
    }
  } finally {
    state.running = false;
    updateRunButton();
  }
}

// The server said when to come back; until then the button counts down instead of inviting another refusal.
function holdRuns(seconds) {
  state.heldUntil = Date.now() + seconds * 1000;
  const tick = () => {
    updateRunButton();
    if (Date.now() < state.heldUntil) {
      setTimeout(tick, 250);
    }
  };
  tick();
}

function updateRunButton() {
  const waitSeconds = Math.ceil((state.heldUntil - Date.now()) / 1000);
  runButton.disabled = state.running || !state.current || waitSeconds > 0;
  runButton.textContent = state.running ? "Running…" : waitSeconds > 0 ? `Run (wait ${waitSeconds} s)` : "Run";
}

function showNotice(text, tone) {
  notice.textContent = text;
  notice.dataset.tone = tone;
  notice.hidden = false;
}

// Reset the panes once the page is ready, so they say "nothing yet" rather than stay blank.
resetResult();
