// How the create page writes times, durations and numbers.

/** Seconds as m:ss (or h:mm:ss), e.g. 65.4 → "1:05". */
export function clock(seconds) {
  if (!Number.isFinite(seconds) || seconds < 0) {
    return "0:00";
  }
  const whole = Math.floor(seconds);
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const secs = String(whole % 60).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${secs}` : `${minutes}:${secs}`;
}

/** Seconds in words for screen readers, e.g. 65 → "1 minute 5 seconds". */
export function spokenDuration(seconds) {
  const whole = Math.max(0, Math.floor(Number.isFinite(seconds) ? seconds : 0));
  const minutes = Math.floor(whole / 60);
  const secs = whole % 60;
  const parts = [];
  if (minutes > 0) {
    parts.push(`${minutes} minute${minutes === 1 ? "" : "s"}`);
  }
  if (secs > 0 || minutes === 0) {
    parts.push(`${secs} second${secs === 1 ? "" : "s"}`);
  }
  return parts.join(" ");
}

/** A count with its noun, e.g. (1, "credit") → "1 credit", (12, "credit") → "12 credits". */
export function count(n, noun) {
  return `${n.toLocaleString("en")} ${noun}${n === 1 ? "" : "s"}`;
}

/** An instant as a short relative phrase, e.g. "just now", "5 min ago", "3 days ago", else the date. */
export function ago(isoInstant, now = Date.now()) {
  const when = Date.parse(isoInstant);
  if (Number.isNaN(when)) {
    return "";
  }
  const seconds = Math.max(0, Math.round((now - when) / 1000));
  if (seconds < 45) {
    return "just now";
  }
  if (seconds < 3600) {
    return `${Math.round(seconds / 60)} min ago`;
  }
  if (seconds < 86400) {
    return `${Math.round(seconds / 3600)} h ago`;
  }
  if (seconds < 7 * 86400) {
    return count(Math.round(seconds / 86400), "day") + " ago";
  }
  return new Date(when).toLocaleDateString("en", { year: "numeric", month: "short", day: "numeric" });
}

/** A key of the server's snake_case details as a label, e.g. "time_signature" → "Time signature". */
export function label(key) {
  const words = key.replace(/_/g, " ").trim();
  return words ? words[0].toUpperCase() + words.slice(1) : key;
}
