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

export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
cd "$ROOT"
# verify: compile, every module's tests, and the packaged jar that start.sh runs.
./mvnw -B -ntp verify "$@"
