// Shows whether this server is ready, and its version, in the page header and the "This server" panel.

const statusEl = document.getElementById("server-status");
const versionEl = document.getElementById("server-version");
const checksEl = document.getElementById("server-checks");

const REFRESH_MS = 15000;

function describeChecks(checks) {
  return Object.entries(checks ?? {})
    .map(([name, outcome]) => `${name}: ${outcome.status}`)
    .join(" · ") || "—";
}

async function refreshReadiness() {
  try {
    const response = await fetch("/ready", { headers: { Accept: "application/json" } });
    const body = await response.json();
    const ready = response.ok;
    statusEl.dataset.state = ready ? "ready" : "unready";
    statusEl.textContent = ready ? "server ready" : `not ready: ${body.detail ?? response.status}`;
    checksEl.textContent = describeChecks(body.checks);
  } catch {
    statusEl.dataset.state = "down";
    statusEl.textContent = "server unreachable";
    checksEl.textContent = "—";
  }
}

async function showVersion() {
  try {
    const response = await fetch("/openapi.json");
    if (response.ok) {
      const api = await response.json();
      versionEl.textContent = api.info?.version ?? "—";
    }
  } catch {
    versionEl.textContent = "—";
  }
}

showVersion();
refreshReadiness();
setInterval(refreshReadiness, REFRESH_MS);
