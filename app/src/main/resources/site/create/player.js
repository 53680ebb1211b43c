// The player of a finished track: the audio (the server answers Range requests, so seeking works), its waveform,
// play/pause and time, what the track is, downloads, and its stems with small players of their own.

import { Waveform } from "./waveform.js";
import { clock, label } from "./format.js";

// Facts the page names itself; the rest of the track's details are shown as the server words them.
const DETAIL_ORDER = ["genre", "mood", "bpm", "key", "time_signature", "instruments", "sections"];
// Details that repeat what the track itself says, and so are shown once, from the track.
const SHOWN_FROM_TRACK = new Set(["seed", "provider", "has_vocals", "vocals", "duration_s", "seconds"]);

/** The player panel. */
export class Player {
  constructor() {
    this.empty = document.getElementById("player-empty");
    this.body = document.getElementById("player-body");
    this.title = document.getElementById("player-prompt");
    this.audio = document.getElementById("audio");
    this.playButton = document.getElementById("play");
    this.time = document.getElementById("time");
    this.note = document.getElementById("player-note");
    this.facts = document.getElementById("facts");
    this.wav = document.getElementById("download-wav");
    this.flac = document.getElementById("download-flac");
    this.stemsHeading = document.getElementById("stems-heading");
    this.stems = document.getElementById("stems");
    this.waveform = new Waveform(document.getElementById("waveform"), this.audio, () => this.showTime());
    this.trackId = null;
    this.frame = 0;
    this.wire();
  }

  wire() {
    this.playButton.addEventListener("click", () => this.toggle());
    this.audio.addEventListener("play", () => this.playing(true));
    this.audio.addEventListener("pause", () => this.playing(false));
    this.audio.addEventListener("ended", () => this.playing(false));
    for (const event of ["timeupdate", "loadedmetadata", "durationchange", "seeked"]) {
      this.audio.addEventListener(event, () => this.showTime());
    }
    this.audio.addEventListener("error", () => {
      if (this.trackId) {
        this.note.textContent = "The audio could not be loaded.";
        this.note.hidden = false;
      }
    });
    // One thing plays at a time: the track or one of its stems.
    document.addEventListener("play", (event) => {
      for (const other of document.querySelectorAll("#player audio")) {
        if (other !== event.target) {
          other.pause();
        }
      }
    }, true);
  }

  isPlaying() {
    return !this.audio.paused || [...this.stems.querySelectorAll("audio")].some((stem) => !stem.paused);
  }

  /** The track shown now, if any. */
  current() {
    return this.trackId;
  }

  /** Loads a COMPLETE track (GET /api/tracks/{id}) into the player. */
  show(track) {
    this.audio.pause();
    this.trackId = track.id;
    this.empty.hidden = true;
    this.body.hidden = false;
    this.note.hidden = true;
    this.title.textContent = track.prompt;
    this.audio.src = track.audio.wav_url;
    // FLAC is about half the bytes of WAV, and the picture needs the whole file; WAV if FLAC cannot be decoded here.
    this.waveform.load([track.audio.flac_url, track.audio.wav_url], track.audio.seconds ?? track.duration_s);
    this.wav.href = track.audio.wav_url;
    this.wav.download = fileName(track, "wav");
    this.flac.href = track.audio.flac_url;
    this.flac.download = fileName(track, "flac");
    this.showFacts(track);
    this.showStems(track);
    this.showTime();
    this.playing(false);
  }

  clear() {
    this.audio.pause();
    this.audio.removeAttribute("src");
    this.audio.load();
    this.trackId = null;
    this.waveform.clear();
    this.body.hidden = true;
    this.empty.hidden = false;
    this.stems.replaceChildren();
  }

  async toggle() {
    if (!this.audio.paused) {
      this.audio.pause();
      return;
    }
    try {
      await this.audio.play();
    } catch (error) {
      this.note.textContent = `The track could not be played: ${error.message}`;
      this.note.hidden = false;
    }
  }

  playing(isPlaying) {
    this.playButton.textContent = isPlaying ? "❚❚" : "▶";
    this.playButton.setAttribute("aria-label", isPlaying ? "Pause" : "Play");
    this.playButton.dataset.playing = String(isPlaying);
    cancelAnimationFrame(this.frame);
    if (isPlaying) {
      // timeupdate comes a few times a second; the play head moves smoothly only when drawn every frame.
      const tick = () => {
        this.showTime();
        this.frame = requestAnimationFrame(tick);
      };
      tick();
    }
  }

  showTime() {
    this.time.textContent = `${clock(this.audio.currentTime)} / ${clock(this.waveform.duration())}`;
    this.waveform.draw();
  }

  showFacts(track) {
    const audio = track.audio ?? {};
    const details = track.details ?? {};
    const rows = [
      ["Length", clock(audio.seconds ?? track.duration_s)],
      ["Loudness", audio.loudness_lufs != null ? `${audio.loudness_lufs.toFixed(1)} LUFS` : null],
      ["True peak", audio.true_peak_dbtp != null ? `${audio.true_peak_dbtp.toFixed(1)} dBTP` : null],
      ["Vocals", track.has_vocals ? "yes" : "no"],
      ["Provider", track.provider ?? null],
      ["Seed", track.seed != null ? String(track.seed) : null],
    ];
    const keys = [...DETAIL_ORDER.filter((key) => key in details),
      ...Object.keys(details).filter((key) => !DETAIL_ORDER.includes(key) && !SHOWN_FROM_TRACK.has(key))];
    for (const key of keys) {
      const text = detailText(details[key]);
      rows.push(key === "bpm" && text != null ? ["Tempo", `${text} bpm`] : [label(key), text]);
    }
    this.facts.replaceChildren(...rows.filter(([, value]) => value != null && value !== "").map(([name, value]) => {
      const row = document.createElement("div");
      const term = document.createElement("dt");
      const description = document.createElement("dd");
      term.textContent = name;
      description.textContent = value;
      row.append(term, description);
      return row;
    }));
  }

  showStems(track) {
    const stems = track.stems ?? [];
    this.stemsHeading.hidden = stems.length === 0;
    this.stems.replaceChildren(...stems.map((stem) => {
      const item = document.createElement("li");
      const name = document.createElement("span");
      name.className = "stem-name";
      name.textContent = stem.name;
      const player = document.createElement("audio");
      player.controls = true;
      player.preload = "none";
      player.src = stem.url;
      player.setAttribute("aria-label", `${stem.name} stem`);
      const download = document.createElement("a");
      download.href = stem.url;
      download.download = fileName(track, "wav", stem.name);
      download.textContent = "WAV";
      download.setAttribute("aria-label", `Download the ${stem.name} stem as WAV`);
      item.append(name, player, download);
      return item;
    }));
  }
}

function fileName(track, extension, stem) {
  return `track-${track.id.slice(0, 8)}${stem ? `-${stem}` : ""}.${extension}`;
}

// Details are whatever the provider reported: numbers, words, lists of words; anything deeper is left out.
function detailText(value) {
  if (Array.isArray(value)) {
    const words = value.filter((item) => typeof item !== "object");
    return words.length ? words.join(", ") : null;
  }
  if (typeof value === "number") {
    return Number.isInteger(value) ? String(value) : value.toFixed(1);
  }
  return typeof value === "object" ? null : String(value);
}
