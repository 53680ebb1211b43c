-- Shared wrk hook: after a run, print one machine-readable line that
-- bench/http-baseline.sh parses (wrk's own text output mixes units: us, ms, s).
-- Latencies are in microseconds, duration in microseconds.
-- errors.status counts responses with status >= 400 (wrk's "Non-2xx or 3xx").
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "WRK_RESULT requests=%d duration_us=%d p50_us=%.1f p99_us=%.1f " ..
    "connect=%d read=%d write=%d timeout=%d status=%d\n",
    summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(99),
    e.connect, e.read, e.write, e.timeout, e.status))
end
