// A track's waveform on a <canvas>, drawn from the decoded audio, that seeks the player: click or drag on it, or
// use the arrow keys, Page Up/Down, Home and End (it is an ARIA slider for the playback position).

import { clock, spokenDuration } from "./format.js";

// Decoding at a low rate keeps a five-minute track to a few megabytes of samples; a waveform needs no more detail.
const DECODE_RATE = 8000;
const KEY_STEP_S = 5;
const PAGE_STEP = 0.1;
const BAR_PX = 3;
const GAP_PX = 1;

/** The waveform of the track in the player's <audio> element, drawn on its canvas. */
export class Waveform {
  /**
   * @param {HTMLCanvasElement} canvas
   * @param {HTMLAudioElement} audio
   * @param {() => void} onSeek called at once after each seek, before the audio element's own events arrive
   */
  constructor(canvas, audio, onSeek) {
    this.canvas = canvas;
    this.audio = audio;
    this.onSeek = onSeek;
    this.samples = null; // mono, at DECODE_RATE
    this.peaks = null; // the bars last drawn from the samples: redrawn every frame while playing, computed once
    this.fallbackDuration = 0;
    this.loading = null;
    this.dragging = false;
    this.colours = null;
    new ResizeObserver(() => this.draw()).observe(canvas);
    this.wirePointer();
    this.wireKeys();
  }

  /**
   * Loads the waveform from the first of {@code urls} that the browser can fetch and decode.
   *
   * @param {string[]} urls the same audio in different formats, preferred first
   * @param {number} seconds the track's length as the server measured it, until the audio element knows
   */
  async load(urls, seconds) {
    this.loading?.abort();
    const controller = new AbortController();
    this.loading = controller;
    this.samples = null;
    this.peaks = null;
    this.fallbackDuration = seconds;
    this.canvas.dataset.state = "loading";
    this.draw();
    let failure = null;
    for (const url of urls.filter(Boolean)) {
      try {
        const decoded = await fetchAndDecode(url, seconds, controller.signal);
        if (this.loading !== controller) {
          return;
        }
        this.samples = mixToMono(decoded);
        this.canvas.dataset.state = "ready";
        this.canvas.removeAttribute("title");
        this.draw();
        return;
      } catch (error) {
        if (controller.signal.aborted) {
          return;
        }
        failure = error;
      }
    }
    // The player still works without its picture; the canvas keeps a flat line and says why.
    this.canvas.dataset.state = "failed";
    this.canvas.title = `The waveform could not be drawn: ${failure?.message ?? "no audio"}`;
    this.draw();
  }

  clear() {
    this.loading?.abort();
    this.loading = null;
    this.samples = null;
    this.peaks = null;
    this.fallbackDuration = 0;
    delete this.canvas.dataset.state;
    this.draw();
  }

  duration() {
    return Number.isFinite(this.audio.duration) && this.audio.duration > 0 ? this.audio.duration : this.fallbackDuration;
  }

  seekTo(seconds) {
    const duration = this.duration();
    if (!(duration > 0)) {
      return;
    }
    this.audio.currentTime = Math.max(0, Math.min(duration, seconds));
    this.onSeek();
  }

  wirePointer() {
    const seekAt = (event) => {
      const box = this.canvas.getBoundingClientRect();
      const fraction = Math.max(0, Math.min(1, (event.clientX - box.left) / box.width));
      this.seekTo(fraction * this.duration());
    };
    this.canvas.addEventListener("pointerdown", (event) => {
      if (event.button !== 0) {
        return;
      }
      this.dragging = true;
      this.canvas.setPointerCapture(event.pointerId);
      this.canvas.focus();
      seekAt(event);
    });
    this.canvas.addEventListener("pointermove", (event) => {
      if (this.dragging) {
        seekAt(event);
      }
    });
    const release = () => {
      this.dragging = false;
    };
    this.canvas.addEventListener("pointerup", release);
    this.canvas.addEventListener("pointercancel", release);
  }

  wireKeys() {
    this.canvas.addEventListener("keydown", (event) => {
      const duration = this.duration();
      const now = this.audio.currentTime;
      const target = {
        ArrowLeft: now - KEY_STEP_S,
        ArrowDown: now - KEY_STEP_S,
        ArrowRight: now + KEY_STEP_S,
        ArrowUp: now + KEY_STEP_S,
        PageDown: now - duration * PAGE_STEP,
        PageUp: now + duration * PAGE_STEP,
        Home: 0,
        End: duration,
      }[event.key];
      if (target !== undefined) {
        event.preventDefault();
        this.seekTo(target);
      }
    });
  }

  /** Redraws: the bars, the part already played in the accent colour, and the play head. */
  draw() {
    const canvas = this.canvas;
    const ratio = window.devicePixelRatio || 1;
    const width = Math.round(canvas.clientWidth * ratio);
    const height = Math.round(canvas.clientHeight * ratio);
    if (width === 0 || height === 0) {
      return;
    }
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    }
    const colours = this.palette();
    const context = canvas.getContext("2d");
    context.clearRect(0, 0, width, height);
    const duration = this.duration();
    const played = duration > 0 ? Math.min(1, this.audio.currentTime / duration) : 0;
    const bar = BAR_PX * ratio;
    const step = (BAR_PX + GAP_PX) * ratio;
    const bars = Math.max(1, Math.floor(width / step));
    const peaks = this.peaksFor(bars);
    const middle = height / 2;
    for (let i = 0; i < bars; i++) {
      const level = peaks ? Math.max(peaks[i], 0.015) : 0.015;
      const half = Math.max(ratio, level * (middle - ratio));
      context.fillStyle = (i + 0.5) / bars <= played ? colours.played : colours.unplayed;
      context.fillRect(i * step, middle - half, bar, half * 2);
    }
    if (duration > 0) {
      context.fillStyle = colours.head;
      context.fillRect(Math.min(width - ratio * 2, played * width), 0, ratio * 2, height);
    }
    this.describePosition(duration);
  }

  peaksFor(bars) {
    if (!this.samples) {
      return null;
    }
    if (this.peaks?.length !== bars) {
      this.peaks = peaksOf(this.samples, bars);
    }
    return this.peaks;
  }

  describePosition(duration) {
    const now = Math.min(this.audio.currentTime || 0, duration || 0);
    this.canvas.setAttribute("aria-valuemin", "0");
    this.canvas.setAttribute("aria-valuemax", String(Math.round(duration * 10) / 10));
    this.canvas.setAttribute("aria-valuenow", String(Math.round(now * 10) / 10));
    this.canvas.setAttribute("aria-valuetext", `${spokenDuration(now)} of ${spokenDuration(duration)} (${clock(now)})`);
  }

  // The colours come from the stylesheet, so the canvas follows the site's palette.
  palette() {
    if (!this.colours) {
      const style = getComputedStyle(this.canvas);
      this.colours = {
        played: style.getPropertyValue("--wave-played").trim() || "#ff7a45",
        unplayed: style.getPropertyValue("--wave-unplayed").trim() || "#4a5160",
        head: style.getPropertyValue("--wave-head").trim() || "#e8eaee",
      };
    }
    return this.colours;
  }
}

async function fetchAndDecode(url, seconds, signal) {
  const response = await fetch(url, { credentials: "same-origin", signal });
  if (!response.ok) {
    throw new Error(`HTTP ${response.status}`);
  }
  const encoded = await response.arrayBuffer();
  const frames = Math.max(1, Math.ceil((seconds || 1) * DECODE_RATE));
  return new OfflineAudioContext(1, frames, DECODE_RATE).decodeAudioData(encoded);
}

function mixToMono(buffer) {
  const mono = new Float32Array(buffer.length);
  for (let channel = 0; channel < buffer.numberOfChannels; channel++) {
    const data = buffer.getChannelData(channel);
    for (let i = 0; i < data.length; i++) {
      mono[i] += data[i] / buffer.numberOfChannels;
    }
  }
  return mono;
}

/** The loudest absolute sample of each of {@code bars} equal slices, scaled so the loudest slice is 1. */
function peaksOf(samples, bars) {
  const peaks = new Float32Array(bars);
  let loudest = 0;
  for (let i = 0; i < bars; i++) {
    const start = Math.floor((i * samples.length) / bars);
    const end = Math.max(start + 1, Math.floor(((i + 1) * samples.length) / bars));
    let peak = 0;
    for (let j = start; j < end && j < samples.length; j++) {
      const value = Math.abs(samples[j]);
      if (value > peak) {
        peak = value;
      }
    }
    peaks[i] = peak;
    loudest = Math.max(loudest, peak);
  }
  if (loudest > 0) {
    for (let i = 0; i < bars; i++) {
      peaks[i] /= loudest;
    }
  }
  return peaks;
}
