// The create page: sign in, order a track from a prompt, follow its job, play it, and keep a list of one's tracks.
// Each panel is its own module; this one wires them together and keeps the credits up to date.

import * as api from "./foundry-api.js";
import { JobFollower } from "./job-follower.js";
import { OrderForm } from "./order-form.js";
import { Player } from "./player.js";
import { SessionPanel } from "./session-panel.js";
import { TrackList } from "./track-list.js";
import { asProblem } from "./problem-view.js";
import { count } from "./format.js";

const $ = (id) => document.getElementById(id);

const studio = $("studio");
const account = $("account");
const creditsBadge = $("credits");
const notice = $("notice");

const sessionEnded = () => session.showSignIn("Your session has ended; please sign in again.");

const player = new Player();
const follower = new JobFollower({ onProgress: jobMoved, onFinished: jobFinished, onSessionEnded: sessionEnded });
const form = new OrderForm({ onOrdered: ordered, onSessionEnded: sessionEnded });
const list = new TrackList({ onPick: picked, onDeleted: deleted, onSessionEnded: sessionEnded });
const session = new SessionPanel({ onSignedIn: signedIn, onSignedOut: signedOut, onError: showNotice });

session.restore();

function signedIn() {
  hideNotice();
  studio.hidden = false;
  account.hidden = false;
  refreshCredits();
  list.reload();
  $("prompt").focus();
}

function signedOut() {
  studio.hidden = true;
  account.hidden = true;
  follower.clear();
  player.clear();
  list.clear();
  form.reset();
}

async function refreshCredits() {
  try {
    const credits = await api.credits();
    form.setCredits(credits);
    creditsBadge.textContent = count(credits.balance, "credit");
    creditsBadge.dataset.state = credits.balance > 0 ? "ready" : "unready";
  } catch (error) {
    const problem = asProblem(error);
    if (problem.status === 401) {
      sessionEnded();
      return;
    }
    creditsBadge.textContent = "credits unknown";
    showNotice(`Your credits could not be loaded: ${problem.detail || problem.title}`);
  }
}

async function ordered(answer, order) {
  list.upsert({ id: answer.track_id, status: answer.status, prompt: order.prompt, duration_s: order.duration_s,
    job_id: answer.job_id, created_at: new Date().toISOString() });
  list.select(answer.track_id);
  follower.follow(answer.job_id, order.prompt);
  refreshCredits();
  try {
    // The server's record has what the form left open (a length read from the prompt, the seed it drew).
    list.upsert(await api.track(answer.track_id));
  } catch {
    // The list keeps the order as the page knows it; the finished job brings the full record.
  }
}

function jobMoved(job) {
  if (job.track_id && (job.state === "QUEUED" || job.state === "RENDERING")) {
    list.showStatus(job.track_id, job.state);
  }
}

async function jobFinished(job) {
  refreshCredits();
  if (!job.track_id) {
    return;
  }
  try {
    const track = await api.track(job.track_id);
    list.upsert(track);
    // A finished track goes into the player, unless the user is listening to another one.
    if (track.status === "COMPLETE" && !player.isPlaying()) {
      player.show(track);
      list.select(track.id);
    }
  } catch (error) {
    // Deleted while it was being made: nothing to play.
    if (asProblem(error).status !== 404) {
      showNotice(`The finished track could not be loaded: ${asProblem(error).detail}`);
    }
  }
}

function picked(track) {
  list.select(track.id);
  if (track.status === "COMPLETE" && track.audio) {
    player.show(track);
  } else if (track.job_id) {
    follower.follow(track.job_id, track.prompt);
  }
}

function deleted(track) {
  if (player.current() === track.id) {
    player.clear();
  }
  if (track.job_id && follower.shownJob() === track.job_id) {
    follower.clear();
  }
  refreshCredits();
}

function showNotice(text) {
  notice.textContent = text;
  notice.hidden = false;
}

function hideNotice() {
  notice.hidden = true;
}
