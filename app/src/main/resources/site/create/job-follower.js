// Follows one track's job: polls GET /api/jobs/{id} about twice a second and shows its state, progress and message,
// until the job ends, another job is followed, or the page is left.

import * as api from "./foundry-api.js";
import { asProblem, hideProblem, showProblem } from "./problem-view.js";

const POLL_MS = 500;
// After a failed poll the next one waits longer, up to this, so a restarting server is not hammered.
const MAX_BACKOFF_MS = 8000;
const FINAL_STATES = new Set(["COMPLETE", "FAILED", "CANCELLED"]);
const STATE_TEXT = { QUEUED: "queued", RUNNING: "running", RENDERING: "rendering", COMPLETE: "complete", FAILED: "failed", CANCELLED: "cancelled" };

/** The progress panel of the job being followed. */
export class JobFollower {
  /**
   * @param {{onProgress: (job: object) => void, onFinished: (job: object) => void, onSessionEnded: () => void}} listener
   */
  constructor(listener) {
    this.listener = listener;
    this.panel = document.getElementById("job");
    this.stateBadge = document.getElementById("job-state");
    this.provider = document.getElementById("job-provider");
    this.bar = document.getElementById("job-progress");
    this.percent = document.getElementById("job-percent");
    this.message = document.getElementById("job-message");
    this.problem = document.getElementById("job-problem");
    this.prompt = document.getElementById("job-prompt");
    this.run = null;
    this.shown = null; // the job on show, running or ended
    // A page being left (or put in the back/forward cache) stops asking; coming back resumes.
    window.addEventListener("pagehide", () => this.pause());
    window.addEventListener("pageshow", (event) => {
      if (event.persisted) {
        this.resume();
      }
    });
  }

  /** Starts following a job; the one followed before is let go (it goes on running on the server). */
  follow(jobId, prompt) {
    this.stop();
    hideProblem(this.problem);
    this.panel.hidden = false;
    this.prompt.textContent = prompt ?? "";
    this.show({ state: "QUEUED", progress: 0, progress_message: "Waiting for the job…" });
    this.shown = jobId;
    this.run = { jobId, controller: new AbortController(), timer: null, failures: 0, paused: false };
    this.poll(this.run);
  }

  /** The job on show in the panel, whether it is still running or has ended. */
  shownJob() {
    return this.shown;
  }

  stop() {
    if (this.run) {
      this.pause();
      this.run = null;
    }
  }

  /** Stops and hides the panel, e.g. on sign-out. */
  clear() {
    this.stop();
    this.shown = null;
    this.panel.hidden = true;
  }

  pause() {
    if (this.run) {
      this.run.paused = true;
      clearTimeout(this.run.timer);
      this.run.controller.abort();
    }
  }

  resume() {
    if (this.run?.paused) {
      this.run.paused = false;
      this.run.controller = new AbortController();
      this.poll(this.run);
    }
  }

  async poll(run) {
    let job;
    try {
      job = await api.job(run.jobId, run.controller.signal);
    } catch (error) {
      if (run !== this.run || run.paused || error?.name === "AbortError") {
        return;
      }
      this.pollFailed(run, asProblem(error));
      return;
    }
    if (run !== this.run || run.paused) {
      return;
    }
    run.failures = 0;
    this.show(job);
    this.listener.onProgress(job);
    if (FINAL_STATES.has(job.state)) {
      this.run = null;
      this.finished(job);
      return;
    }
    run.timer = setTimeout(() => this.poll(run), POLL_MS);
  }

  pollFailed(run, problem) {
    if (problem.status === 401) {
      this.clear();
      this.listener.onSessionEnded();
      return;
    }
    if (problem.status === 404) {
      this.run = null;
      this.showState("FAILED");
      showProblem(this.problem, problem, "This job is gone");
      return;
    }
    // Unreachable or overloaded: say so, and keep trying, each time a little later.
    run.failures += 1;
    this.message.textContent = `Lost touch with the server (${problem.detail || problem.title}); trying again…`;
    const backoff = Math.min(MAX_BACKOFF_MS, POLL_MS * 2 ** run.failures);
    const delay = problem.retryAfterSeconds != null ? Math.max(backoff, problem.retryAfterSeconds * 1000) : backoff;
    run.timer = setTimeout(() => this.poll(run), delay);
  }

  finished(job) {
    if (job.state === "FAILED" || job.state === "CANCELLED") {
      const problem = job.problem ?? { title: job.state === "CANCELLED" ? "The job was cancelled" : "The job failed", detail: job.error ?? "" };
      showProblem(this.problem, problem, problem.title);
    }
    this.listener.onFinished(job);
  }

  show(job) {
    const percent = Math.max(0, Math.min(100, Number(job.progress) || 0));
    this.showState(job.state);
    this.bar.value = percent;
    this.bar.setAttribute("aria-valuetext", `${Math.round(percent)} percent, ${STATE_TEXT[job.state] ?? job.state}`);
    this.percent.textContent = `${Math.round(percent)} %`;
    // A finished job's last message describes its last step, not the outcome.
    this.message.textContent = job.state === "COMPLETE" ? "Done." : FINAL_STATES.has(job.state) ? "" : job.progress_message ?? "";
    this.provider.textContent = job.provider ? `provider: ${job.provider}` : "";
    this.panel.setAttribute("aria-busy", String(!FINAL_STATES.has(job.state)));
  }

  showState(state) {
    this.stateBadge.dataset.state = state;
    this.stateBadge.textContent = STATE_TEXT[state] ?? state.toLowerCase();
  }
}
