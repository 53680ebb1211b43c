#!/usr/bin/env bash
# Stops a server started with ./scripts/start.sh --background: SIGTERM, then waits for its graceful drain.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

DATA_DIR="${DATA_DIR:-$ROOT/data}"
pid_file="$DATA_DIR/codelive.pid"
if [[ ! -f "$pid_file" ]] || ! kill -0 "$(cat "$pid_file")" 2>/dev/null; then
  say "not running"
  rm -f "$pid_file"
  exit 0
fi
pid="$(cat "$pid_file")"
kill -TERM "$pid"
# The server drains in-flight requests for up to SHUTDOWN_DRAIN_SECONDS (default 25) before exiting.
for _ in $(seq 1 60); do
  kill -0 "$pid" 2>/dev/null || { rm -f "$pid_file"; say "stopped"; exit 0; }
  sleep 1
done
die "pid $pid did not stop within 60 s"
