// The server's account and SoundFoundry endpoints as the create page uses them. Failures are ApiProblems.

import { apiRequest, csrfToken } from "../api-client.js";

const id = (value) => encodeURIComponent(value);

/** Whether the browser holds a session cookie at all; without one, asking /api/me could only answer 401. */
export function hasSession() {
  return csrfToken() !== null;
}

/** GET /api/me: the signed-in user. */
export function me() {
  return apiRequest("/api/me");
}

/**
 * Creates an account, then signs in with a browser session. Sign-up answers with a bearer token, which a page has
 * nowhere safe to keep: it is revoked at once, and the HttpOnly session cookie is used instead.
 */
export async function signUp(email, password) {
  const account = await apiRequest("/api/auth/signup", { method: "POST", body: { email, password } });
  await apiRequest("/api/auth/logout", { method: "POST", headers: { Authorization: `Bearer ${account.token}` } });
  return signIn(email, password);
}

/** POST /api/auth/login with cookie=true: sets the session cookies and answers {user, csrf_token}. */
export function signIn(email, password) {
  return apiRequest("/api/auth/login", { method: "POST", body: { email, password, cookie: true } });
}

/** POST /api/auth/logout: ends the session and clears its cookies. */
export function signOut() {
  return apiRequest("/api/auth/logout", { method: "POST" });
}

/** GET /api/credits: {balance, per_second, signup_grant, entries[]}. */
export function credits() {
  return apiRequest("/api/credits");
}

/**
 * POST /api/tracks → {track_id, job_id, credits_required, status}. The same idempotency key sent twice makes one
 * track, so a repeated or retried submit cannot pay twice.
 */
export function createTrack(order, idempotencyKey) {
  return apiRequest("/api/tracks", { method: "POST", body: order, headers: { "Idempotency-Key": idempotencyKey } });
}

/** GET /api/jobs/{id}: {state, progress (percent), progress_message, provider?, track_id, problem?}. */
export function job(jobId, signal) {
  return apiRequest(`/api/jobs/${id(jobId)}`, { signal });
}

/** GET /api/tracks/{id}: the track, with audio URLs, stems and details once COMPLETE. */
export function track(trackId) {
  return apiRequest(`/api/tracks/${id(trackId)}`);
}

/** GET /api/tracks: the caller's tracks, newest first → {tracks, next_cursor?}. */
export function tracks(cursor, limit) {
  const query = new URLSearchParams({ limit: String(limit) });
  if (cursor) {
    query.set("cursor", cursor);
  }
  return apiRequest(`/api/tracks?${query}`);
}

/** DELETE /api/tracks/{id}: the track and its audio; an unfinished one is cancelled and refunded. */
export function deleteTrack(trackId) {
  return apiRequest(`/api/tracks/${id(trackId)}`, { method: "DELETE" });
}
