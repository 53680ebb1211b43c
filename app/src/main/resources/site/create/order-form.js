// The order form: prompt, duration, vocals and seed; the price before submitting; one track per order however
// often the button is pressed; and the server's refusals (402, 422, 429 with its countdown) next to the form.

import * as api from "./foundry-api.js";
import { asProblem, hideProblem, setProblemHint, showProblem } from "./problem-view.js";
import { count } from "./format.js";

const MAX_SEED = Number.MAX_SAFE_INTEGER; // the server's limit too: seeds JavaScript holds exactly
const FIELD_ERRORS = { prompt: "prompt-error", duration_s: "duration-error", seed: "seed-error" };
const TITLES = {
  402: "Not enough credits",
  422: "Please check the form",
  429: "Too many tracks at once",
  503: "SoundFoundry is unavailable",
};

/** The form that orders a track; tells the page about each accepted order. */
export class OrderForm {
  /**
   * @param {{onOrdered: (answer: object, order: object) => void, onSessionEnded: () => void}} listener
   */
  constructor(listener) {
    this.listener = listener;
    this.form = document.getElementById("order-form");
    this.prompt = document.getElementById("prompt");
    this.promptCount = document.getElementById("prompt-count");
    this.durationRange = document.getElementById("duration-range");
    this.duration = document.getElementById("duration");
    this.vocals = document.getElementById("vocals");
    this.seed = document.getElementById("seed");
    this.price = document.getElementById("price");
    this.problem = document.getElementById("order-problem");
    this.button = document.getElementById("create");
    this.credits = null;
    this.sending = false;
    this.heldUntil = 0;
    // One key per order: a second press before the answer, or a retry after a lost answer, names the same track.
    this.idempotencyKey = null;
    this.wire();
    this.showPromptCount();
    this.showPrice();
  }

  wire() {
    this.form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.submit();
    });
    this.form.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        this.submit();
      }
    });
    // Any change makes a different order, which must not be mistaken for a repeat of the last one.
    this.form.addEventListener("input", () => {
      this.idempotencyKey = null;
    });
    this.prompt.addEventListener("input", () => this.showPromptCount());
    this.durationRange.addEventListener("input", () => {
      this.duration.value = this.durationRange.value;
      this.showPrice();
    });
    this.duration.addEventListener("input", () => {
      if (this.duration.value !== "") {
        this.durationRange.value = this.duration.value;
      }
      this.showPrice();
    });
  }

  /** The caller's balance and the price per second, from GET /api/credits. */
  setCredits(credits) {
    this.credits = credits;
    this.showPrice();
  }

  reset() {
    this.credits = null;
    this.idempotencyKey = null;
    hideProblem(this.problem);
    this.clearFieldErrors();
    this.showPrice();
  }

  showPromptCount() {
    this.promptCount.textContent = `${this.prompt.value.length} / ${this.prompt.maxLength}`;
  }

  /** Seconds the order asks for, or null when the field is empty. */
  seconds() {
    return this.duration.value === "" ? null : Number(this.duration.value);
  }

  showPrice() {
    const seconds = this.seconds();
    const perSecond = this.credits?.per_second;
    delete this.price.dataset.tone;
    if (perSecond == null) {
      this.price.textContent = "The price shows once your credits are loaded.";
      return;
    }
    if (seconds == null || !Number.isFinite(seconds) || seconds <= 0) {
      this.price.textContent = `${count(perSecond, "credit")} per second of audio.`;
      return;
    }
    // As the server charges: whole seconds, rounded up.
    const price = Math.ceil(seconds) * perSecond;
    this.price.dataset.price = String(price);
    const short = price > this.credits.balance;
    this.price.dataset.tone = short ? "bad" : "ok";
    this.price.textContent = `Costs ${count(price, "credit")} (${Math.ceil(seconds)} s × ${perSecond}) · you have ${count(this.credits.balance, "credit")}`
      + (short ? " — not enough for this length." : ".");
  }

  /** The body of POST /api/tracks, or null after showing why the form cannot be sent as it is. */
  order() {
    const order = { prompt: this.prompt.value, has_vocals: this.vocals.checked };
    const seconds = this.seconds();
    if (seconds != null) {
      order.duration_s = seconds;
    }
    if (this.seed.value.trim() !== "") {
      const seed = Number(this.seed.value);
      if (!Number.isSafeInteger(seed) || seed < 0 || seed > MAX_SEED) {
        this.showFieldErrors([{ field: "seed", message: `must be a whole number from 0 to ${MAX_SEED}` }]);
        this.seed.focus();
        return null;
      }
      order.seed = seed;
    }
    return order;
  }

  async submit() {
    if (this.sending || Date.now() < this.heldUntil) {
      return;
    }
    this.clearFieldErrors();
    hideProblem(this.problem);
    const order = this.order();
    if (!order) {
      return;
    }
    this.idempotencyKey ??= newUuid();
    this.sending = true;
    this.updateButton();
    try {
      const answer = await api.createTrack(order, this.idempotencyKey);
      this.idempotencyKey = null;
      this.listener.onOrdered(answer, order);
    } catch (error) {
      this.refused(asProblem(error));
    } finally {
      this.sending = false;
      this.updateButton();
    }
  }

  refused(problem) {
    if (problem.status === 401) {
      this.listener.onSessionEnded();
      return;
    }
    // The server made nothing, so the next press is a new order; only a lost answer (status 0) may have made one.
    if (problem.status !== 0) {
      this.idempotencyKey = null;
    }
    showProblem(this.problem, problem, TITLES[problem.status]);
    this.showFieldErrors(problem.errors);
    if (problem.status === 402 && this.credits) {
      setProblemHint(this.problem, `You have ${count(this.credits.balance, "credit")}: try a shorter track.`);
    }
    if (problem.retryAfterSeconds != null && (problem.status === 429 || problem.status === 503)) {
      this.hold(problem.retryAfterSeconds);
    }
    const firstInvalid = this.form.querySelector("[aria-invalid=true]");
    (firstInvalid ?? this.button).focus();
  }

  // The server said when to come back: until then the button and the problem count down.
  hold(seconds) {
    this.heldUntil = Date.now() + seconds * 1000;
    const tick = () => {
      const left = Math.ceil((this.heldUntil - Date.now()) / 1000);
      setProblemHint(this.problem, left > 0 ? `You can create again in ${left} s.` : "You can create again now.");
      this.updateButton();
      if (left > 0) {
        setTimeout(tick, 250);
      }
    };
    tick();
  }

  updateButton() {
    const wait = Math.ceil((this.heldUntil - Date.now()) / 1000);
    this.button.disabled = this.sending || wait > 0;
    this.button.textContent = this.sending ? "Creating…" : wait > 0 ? `Create (wait ${wait} s)` : "Create";
  }

  showFieldErrors(errors) {
    for (const error of errors ?? []) {
      const box = document.getElementById(FIELD_ERRORS[error.field]);
      if (!box) {
        continue;
      }
      box.textContent = box.hidden ? error.message : `${box.textContent}; ${error.message}`;
      box.hidden = false;
      document.querySelector(`[aria-errormessage="${box.id}"]`)?.setAttribute("aria-invalid", "true");
    }
  }

  clearFieldErrors() {
    for (const id of Object.values(FIELD_ERRORS)) {
      const box = document.getElementById(id);
      box.hidden = true;
      box.textContent = "";
      document.querySelector(`[aria-errormessage="${id}"]`)?.removeAttribute("aria-invalid");
    }
  }
}

// RFC 4122 version 4 from getRandomValues, which (unlike crypto.randomUUID) also works on plain-HTTP intranet hosts.
function newUuid() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
