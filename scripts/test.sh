#!/usr/bin/env bash
# The whole test suite: unit, integration against real PostgreSQL and Redis, and browser tests.
#
# Services that are down are started; with CI=true, missing ones are installed with apt and a service that
# still cannot be reached fails the run. Outside CI, tests needing it are skipped with a loud notice.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

CI="${CI:-false}"
export CI
apt_updated=false

port_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

apt_install() {
  if ! $apt_updated; then
    apt-get update -qq
    apt_updated=true
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

can_install() { [[ "$CI" == "true" && "$(id -u)" == "0" ]] && command -v apt-get >/dev/null; }

missing() {
  if [[ "$CI" == "true" ]]; then
    die "$1 is not available, and CI must not skip the tests that need it"
  fi
  say ""
  say "!!! $1 is not available: the tests that need it will be SKIPPED (set CI=true to make this an error) !!!"
  say ""
}

ensure_postgres() {
  port_open 127.0.0.1 5432 && return 0
  if ! command -v pg_ctlcluster >/dev/null && can_install; then
    say "installing PostgreSQL …"; apt_install postgresql
  fi
  if command -v pg_ctlcluster >/dev/null; then
    local version
    version="$(ls /etc/postgresql 2>/dev/null | sort -V | tail -1)"
    if [[ -n "$version" ]]; then
      say "starting PostgreSQL $version …"
      pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null || true
      for _ in $(seq 1 20); do port_open 127.0.0.1 5432 && break; sleep 0.5; done
    fi
  fi
  port_open 127.0.0.1 5432 || missing "PostgreSQL (127.0.0.1:5432)"
}

# The PostgreSQL backup tests run pg_dump/pg_restore; Debian's client matches Debian's server version.
ensure_pg_tools() {
  command -v pg_dump >/dev/null && command -v pg_restore >/dev/null && return 0
  if can_install; then
    say "installing the PostgreSQL client tools …"; apt_install postgresql-client
  fi
  command -v pg_dump >/dev/null || missing "pg_dump and pg_restore (postgresql-client)"
}

ensure_redis() {
  port_open 127.0.0.1 6379 && return 0
  if ! command -v redis-server >/dev/null && can_install; then
    say "installing Redis …"; apt_install redis-server
  fi
  if command -v redis-server >/dev/null; then
    say "starting Redis …"
    mkdir -p /tmp/codelive-redis
    redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no \
      --dir /tmp/codelive-redis --logfile /tmp/codelive-redis/redis.log >/dev/null || true
    for _ in $(seq 1 20); do port_open 127.0.0.1 6379 && break; sleep 0.5; done
  fi
  port_open 127.0.0.1 6379 || missing "Redis (127.0.0.1:6379)"
}

ensure_chromium() {
  local chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
  [[ -x "$chromium" ]] && return 0
  if can_install; then
    say "installing Chromium for the browser tests …"; apt_install chromium
  fi
  [[ -x "$chromium" ]] || missing "Chromium ($chromium)"
}

# Code Live's tests compare with CPython: python3 parses the corpus and computes the expected output.
ensure_python3() {
  command -v python3 >/dev/null && return 0
  if can_install; then
    say "installing python3 for the Code Live reference tests …"; apt_install python3
  fi
  command -v python3 >/dev/null || missing "python3 (CPython, the reference for Code Live)"
}

# Code Live's conformance harness compiles and runs rendered programs with each backend's real toolchain (see README,
# "Code Live toolchains"). Julia has none here: its output is only syntax-checked.
ensure_codelive_toolchains() {
  local pair command package wanted=()
  for pair in go:golang-go mcs:mono-mcs mono:mono-runtime sqlite3:sqlite3 node:nodejs; do
    command -v "${pair%%:*}" >/dev/null || wanted+=("${pair#*:}")
  done
  if ((${#wanted[@]})) && can_install; then
    say "installing ${wanted[*]} for the Code Live conformance tests …"; apt_install "${wanted[@]}"
  fi
  # Debian's nodejs ships without npm; npm only installs the pinned TypeScript compiler.
  if command -v node >/dev/null && ! command -v npm >/dev/null && can_install; then
    say "installing npm for the pinned TypeScript compiler …"; apt_install npm
  fi
  for pair in go:golang-go mcs:mono-mcs mono:mono-runtime sqlite3:sqlite3 node:nodejs; do
    command -v "${pair%%:*}" >/dev/null || missing "${pair%%:*} (Debian package ${pair#*:})"
  done
  ensure_rustc
  ensure_typescript
}

# rustup installs rustc for root under ~/.cargo/bin, which a non-login shell may not have on its PATH.
ensure_rustc() {
  command -v rustc >/dev/null && return 0
  if [[ -x "$HOME/.cargo/bin/rustc" ]]; then
    export PATH="$HOME/.cargo/bin:$PATH"; return 0
  fi
  missing "rustc (looked on the PATH and in $HOME/.cargo/bin; it is not installed from apt)"
}

# The TypeScript compiler is pinned in tools/typescript/package-lock.json and installed there with npm ci.
ensure_typescript() {
  local dir="$ROOT/tools/typescript" pinned installed=""
  pinned="$(sed -n 's/^ *"typescript": *"\([^"]*\)".*/\1/p' "$dir/package.json")"
  [[ -x "$dir/node_modules/.bin/tsc" ]] && installed="$("$dir/node_modules/.bin/tsc" --version 2>/dev/null || true)"
  [[ "$installed" == "Version $pinned" ]] && return 0
  if command -v npm >/dev/null; then
    say "installing TypeScript $pinned into tools/typescript (npm ci) …"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) || say "npm ci failed in $dir"
  fi
  [[ -x "$dir/node_modules/.bin/tsc" ]] || missing "tsc (TypeScript $pinned: npm ci in tools/typescript)"
}

# Live execution's sandbox is bubblewrap; its tests attack it, so CI must have it (they fail, not skip, without it).
ensure_bubblewrap() {
  command -v bwrap >/dev/null && return 0
  if can_install; then
    say "installing bubblewrap for the live execution sandbox …"; apt_install bubblewrap
  fi
  command -v bwrap >/dev/null || missing "bubblewrap (bwrap, Debian package bubblewrap: the live execution sandbox)"
}

# The audio tests build fixtures with sox and lame and check our FLAC against sox; soundfont playback and the
# composer's tests play FluidR3; the benchmark compares our renderer with fluidsynth.
ensure_audio_tools() {
  local sf2=/usr/share/sounds/sf2/FluidR3_GM.sf2
  if can_install; then
    command -v sox >/dev/null || { say "installing sox …"; apt_install sox; }
    command -v lame >/dev/null || { say "installing lame …"; apt_install lame; }
    command -v fluidsynth >/dev/null || { say "installing fluidsynth …"; apt_install fluidsynth; }
    [[ -r "$sf2" ]] || { say "installing the FluidR3 General MIDI soundfont …"; apt_install fluid-soundfont-gm; }
  fi
  command -v sox >/dev/null || missing "sox (Debian package sox: audio test fixtures)"
  command -v lame >/dev/null || missing "lame (Debian package lame: MP3 test fixtures)"
  [[ -r "$sf2" || -n "${SOUNDFONT:-}" ]] || missing "a General MIDI soundfont ($sf2, Debian package fluid-soundfont-gm)"
}

ensure_tools() {
  local tool
  for tool in curl bash; do
    command -v "$tool" >/dev/null || { can_install && apt_install "$tool"; } || missing "$tool"
  done
}

find_jdk
say "JDK: $JAVA_HOME"
ensure_tools
ensure_postgres
ensure_pg_tools
ensure_redis
ensure_chromium
ensure_python3
ensure_codelive_toolchains
ensure_bubblewrap
ensure_audio_tools

export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
cd "$ROOT"
# verify: compile, every module's tests, and the packaged jar that start.sh runs.
./mvnw -B -ntp verify "$@"
