// Signing in and out: the sign-in panel for visitors (sign in, or create an account), and who is signed in.

import * as api from "./foundry-api.js";
import { asProblem, hideProblem, showProblem } from "./problem-view.js";

const TITLES = {
  login: { 401: "Wrong email or password", 429: "Too many attempts" },
  signup: { 409: "This email already has an account", 422: "The account was not created", 429: "Too many sign-ups" },
};

/** The sign-in panel and the account bar; tells the page when someone signs in or out. */
export class SessionPanel {
  /**
   * @param {{onSignedIn: (user: object) => void, onSignedOut: () => void, onError: (text: string) => void}} listener
   */
  constructor(listener) {
    this.listener = listener;
    this.panel = document.getElementById("sign-in");
    this.form = document.getElementById("sign-in-form");
    this.email = document.getElementById("email");
    this.password = document.getElementById("password");
    this.problem = document.getElementById("sign-in-problem");
    this.note = document.getElementById("sign-in-note");
    this.buttons = [...this.form.querySelectorAll("button[type=submit]")];
    this.accountName = document.getElementById("account-name");
    this.form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.submit(event.submitter?.value === "signup" ? "signup" : "login");
    });
    document.getElementById("sign-out").addEventListener("click", () => this.signOut());
  }

  /** Finds out whether the browser's session is still good. */
  async restore() {
    if (!api.hasSession()) {
      this.showSignIn();
      return;
    }
    try {
      this.signedIn(await api.me());
    } catch (error) {
      const problem = asProblem(error);
      this.showSignIn(problem.status === 401 ? "" : `Could not check your session: ${problem.detail || problem.title}`);
    }
  }

  /** Back to the sign-in panel, e.g. when the server says the session has ended. */
  showSignIn(reason = "") {
    this.panel.hidden = false;
    this.note.textContent = reason;
    this.note.hidden = !reason;
    this.listener.onSignedOut();
    this.email.focus();
  }

  async submit(mode) {
    hideProblem(this.problem);
    this.setBusy(true);
    try {
      const email = this.email.value.trim();
      const session = mode === "signup" ? await api.signUp(email, this.password.value) : await api.signIn(email, this.password.value);
      this.password.value = "";
      this.signedIn(session.user);
    } catch (error) {
      const problem = asProblem(error);
      showProblem(this.problem, problem, TITLES[mode][problem.status]);
      (mode === "signup" && problem.errors.some((e) => e.field === "password") ? this.password : this.email).focus();
    } finally {
      this.setBusy(false);
    }
  }

  signedIn(user) {
    this.panel.hidden = true;
    this.accountName.textContent = user.display_name || user.email;
    this.accountName.title = user.email;
    this.listener.onSignedIn(user);
  }

  async signOut() {
    try {
      await api.signOut();
    } catch (error) {
      const problem = asProblem(error);
      // A session the server no longer knows is signed out all the same.
      if (problem.status !== 401) {
        this.listener.onError(`Signing out failed: ${problem.detail || problem.title}`);
        return;
      }
    }
    this.showSignIn("You are signed out.");
  }

  setBusy(busy) {
    for (const button of this.buttons) {
      button.disabled = busy;
    }
    this.form.setAttribute("aria-busy", String(busy));
  }
}
