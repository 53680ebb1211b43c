#!/usr/bin/env bash
# Starts Code Live on embedded defaults, building it first when the jar is missing or older than the sources.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

usage() {
  cat <<USAGE
Usage: ./scripts/start.sh [options]

Starts the Code Live server (building it first if needed) on http://localhost:\${PORT:-8787}/site/.

Options:
  --port N          listen on port N (default: \$PORT or 8787)
  --data-dir DIR    keep data in DIR (default: \$DATA_DIR or ./data)
  --rebuild         build even if the jar looks current
  --background      run in the background; logs go to DATA_DIR/codelive.log, the pid to DATA_DIR/codelive.pid
  -h, --help        show this text

Every other setting is an environment variable (see README.md, "Configuration"), e.g.
  REDIS_URL=redis://127.0.0.1:6379 LOG_LEVEL=DEBUG ./scripts/start.sh
USAGE
}

rebuild=false background=false
while [[ $# -gt 0 ]]; do
  case "$1" in
    --port) PORT="${2:?--port needs a value}"; shift 2 ;;
    --data-dir) DATA_DIR="${2:?--data-dir needs a value}"; shift 2 ;;
    --rebuild) rebuild=true; shift ;;
    --background) background=true; shift ;;
    -h|--help) usage; exit 0 ;;
    *) say "unknown option: $1"; usage >&2; exit 64 ;;
  esac
done

export PORT="${PORT:-8787}"
export DATA_DIR="${DATA_DIR:-$ROOT/data}"
export POLICY_FILE="${POLICY_FILE:-$ROOT/config/policy.yml}"
# Live execution: the pinned TypeScript compiler (npm ci in tools/typescript), and a warning when there is no sandbox.
export EXEC_TYPESCRIPT_HOME="${EXEC_TYPESCRIPT_HOME:-$ROOT/tools/typescript}"
if ! command -v bwrap >/dev/null; then
  say "note: bubblewrap is not installed, so live execution is off (apt-get install bubblewrap; /ready shows why)"
fi
# SoundFoundry: realistic instruments need a General MIDI soundfont; without one the built-in synthesizer plays.
if [[ -z "${SOUNDFONT:-}" && ! -r /usr/share/sounds/sf2/FluidR3_GM.sf2 ]]; then
  say "note: no soundfont, so SoundFoundry's composer uses its built-in synthesizer (apt-get install fluid-soundfont-gm for FluidR3)"
fi

find_jdk
if $rebuild || jar_is_stale; then
  build_jar
fi

mkdir -p "$DATA_DIR"
if $background; then
  pid_file="$DATA_DIR/codelive.pid"
  if [[ -f "$pid_file" ]] && kill -0 "$(cat "$pid_file")" 2>/dev/null; then
    die "already running (pid $(cat "$pid_file")); stop it with ./scripts/stop.sh"
  fi
  nohup "$JAVA_HOME/bin/java" -jar "$JAR" serve >> "$DATA_DIR/codelive.log" 2>&1 &
  echo $! > "$pid_file"
  say "started (pid $!) on http://localhost:$PORT/site/ — logs: $DATA_DIR/codelive.log"
else
  say "starting on http://localhost:$PORT/site/ (Ctrl-C stops)"
  exec "$JAVA_HOME/bin/java" -jar "$JAR" serve
fi
