// The caller's tracks, newest first, a page at a time: pick one to play it (or to follow its job if it is still
// being made), or delete it after a confirmation.

import * as api from "./foundry-api.js";
import { asProblem, hideProblem, showProblem } from "./problem-view.js";
import { ago, clock } from "./format.js";

const PAGE_SIZE = 10;
const FINISHED = new Set(["COMPLETE", "FAILED"]);
const STATUS_TEXT = { QUEUED: "queued", RENDERING: "rendering", COMPLETE: "ready", FAILED: "failed" };

/** The track list panel. */
export class TrackList {
  /**
   * @param {{onPick: (track: object) => void, onDeleted: (track: object) => void, onSessionEnded: () => void}} listener
   */
  constructor(listener) {
    this.listener = listener;
    this.list = document.getElementById("tracks");
    this.empty = document.getElementById("tracks-empty");
    this.more = document.getElementById("more");
    this.problem = document.getElementById("tracks-problem");
    this.tracks = new Map(); // id → the track as last seen, in display order
    this.cursor = null;
    this.selected = null;
    this.more.addEventListener("click", () => this.loadMore());
  }

  /** Loads the first page again. */
  async reload() {
    this.tracks.clear();
    this.cursor = null;
    await this.fetchPage(null);
  }

  async loadMore() {
    if (this.cursor) {
      await this.fetchPage(this.cursor);
    }
  }

  async fetchPage(cursor) {
    hideProblem(this.problem);
    this.more.disabled = true;
    try {
      const page = await api.tracks(cursor, PAGE_SIZE);
      for (const track of page.tracks ?? []) {
        this.tracks.set(track.id, track);
      }
      this.cursor = page.next_cursor ?? null;
    } catch (error) {
      this.refused(asProblem(error), "Your tracks could not be loaded");
    } finally {
      this.more.disabled = false;
      this.render();
    }
  }

  /** Puts a track at the top (a new order), or updates it where it is (a job that moved on). */
  upsert(track) {
    const known = this.tracks.get(track.id);
    if (known) {
      // Answers can cross: a late, older view of a track must not undo its ending.
      if (FINISHED.has(known.status) && !FINISHED.has(track.status)) {
        return;
      }
      this.tracks.set(track.id, track);
    } else {
      this.tracks = new Map([[track.id, track], ...this.tracks]);
    }
    this.render();
  }

  /** Shows a job's progress on its track (QUEUED → RENDERING) in place, without redrawing the list under the user. */
  showStatus(trackId, status) {
    const track = this.tracks.get(trackId);
    if (!track || track.status === status || FINISHED.has(track.status)) {
      return;
    }
    this.tracks.set(trackId, { ...track, status });
    const item = this.list.querySelector(`li[data-track-id="${CSS.escape(trackId)}"]`);
    if (item) {
      item.dataset.status = status;
      const label = item.querySelector(".track-status");
      label.dataset.status = status;
      label.textContent = STATUS_TEXT[status] ?? status.toLowerCase();
    }
  }

  /** Marks the track being played or followed. */
  select(trackId) {
    this.selected = trackId;
    for (const button of this.list.querySelectorAll(".track-pick")) {
      const current = button.closest("li").dataset.trackId === trackId;
      button.setAttribute("aria-current", String(current));
    }
  }

  clear() {
    this.tracks.clear();
    this.cursor = null;
    this.selected = null;
    hideProblem(this.problem);
    this.render();
  }

  render() {
    // Redrawing replaces the buttons: whoever was on one of them stays on the same button of the same track.
    const focused = document.activeElement;
    const focusedTrack = focused?.closest?.("#tracks li")?.dataset.trackId;
    const focusedRole = focused?.classList.contains("track-delete") ? ".track-delete" : ".track-pick";
    this.list.replaceChildren(...[...this.tracks.values()].map((track) => this.item(track)));
    this.empty.hidden = this.tracks.size > 0;
    this.more.hidden = !this.cursor;
    if (focusedTrack) {
      this.list.querySelector(`li[data-track-id="${CSS.escape(focusedTrack)}"] ${focusedRole}`)?.focus();
    }
  }

  item(track) {
    const item = document.createElement("li");
    item.dataset.trackId = track.id;
    item.dataset.status = track.status;

    const pick = document.createElement("button");
    pick.type = "button";
    pick.className = "track-pick";
    pick.setAttribute("aria-current", String(track.id === this.selected));
    const prompt = document.createElement("span");
    prompt.className = "track-prompt";
    prompt.textContent = track.prompt;
    const meta = document.createElement("span");
    meta.className = "track-meta";
    const status = document.createElement("span");
    status.className = "track-status";
    status.dataset.status = track.status;
    status.textContent = STATUS_TEXT[track.status] ?? track.status.toLowerCase();
    meta.append(clock(track.audio?.seconds ?? track.duration_s), " · ", status, " · ", ago(track.created_at));
    pick.append(prompt, meta);
    pick.addEventListener("click", () => this.listener.onPick(track));

    const remove = document.createElement("button");
    remove.type = "button";
    remove.className = "track-delete secondary";
    remove.textContent = "Delete";
    remove.setAttribute("aria-label", `Delete “${shorten(track.prompt)}”`);
    remove.addEventListener("click", () => this.delete(track));

    item.append(pick, remove);
    return item;
  }

  async delete(track) {
    const unfinished = track.status === "QUEUED" || track.status === "RENDERING";
    const question = `Delete “${shorten(track.prompt)}”?` + (unfinished ? " It is still being made: the job stops and its credits come back." : " Its audio is deleted too.");
    if (!window.confirm(question)) {
      return;
    }
    hideProblem(this.problem);
    const position = [...this.tracks.keys()].indexOf(track.id);
    try {
      await api.deleteTrack(track.id);
    } catch (error) {
      const problem = asProblem(error);
      if (problem.status !== 404) {
        this.refused(problem, "The track was not deleted");
        return;
      }
      // Already gone (another tab deleted it): the list catches up below.
    }
    this.tracks.delete(track.id);
    this.render();
    this.listener.onDeleted(track);
    // Keyboard users stay in the list: focus moves to the neighbour of the deleted track, else to the heading.
    const buttons = this.list.querySelectorAll(".track-pick");
    (buttons[Math.min(position, buttons.length - 1)] ?? document.getElementById("tracks-heading")).focus();
  }

  refused(problem, title) {
    if (problem.status === 401) {
      this.listener.onSessionEnded();
      return;
    }
    showProblem(this.problem, problem, title);
  }
}

function shorten(text) {
  return text.length <= 60 ? text : `${text.slice(0, 59)}…`;
}
