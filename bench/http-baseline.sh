#!/usr/bin/env bash
# HTTP kernel baseline: GET /health and POST /api/echo under wrk at several concurrencies.
#
# Every later route is compared to these numbers, so the run is self-contained and repeatable:
# the built jar, a throwaway DATA_DIR, a policy that lifts the `api` rate limit, loopback only.
#
# Usage: bench/http-baseline.sh [--out FILE]
#   --out FILE       also write the report (markdown) to FILE
# Environment:
#   BENCH_PORT       port to serve on (default 18950); must be free
#   BENCH_DURATION   seconds per measurement (default 10)
#   BENCH_WARMUP     seconds of discarded warm-up per target (default 10)
#   BENCH_JAR        jar to run instead of app/target/codelive.jar (e.g. one built from another commit)
#   JAVA_HOME        JDK to build and run with (default: Temurin 25 when installed)
#
# Exit status: 0 on a clean run; 1 when wrk saw errors (the table is still printed); 2 on a usage error.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly REPO_ROOT
readonly BENCH_DIR="$REPO_ROOT/bench"
readonly DEFAULT_JAR="$REPO_ROOT/app/target/codelive.jar"
readonly JAR="${BENCH_JAR:-$DEFAULT_JAR}"
readonly BIND_HOST=127.0.0.1 # loopback only: this benchmark never leaves the machine
readonly SERVE_PORT="${BENCH_PORT:-18950}"
readonly DURATION="${BENCH_DURATION:-10}"
readonly WARMUP="${BENCH_WARMUP:-10}"
readonly CONCURRENCIES=(1 8 32 128)
readonly READY_TIMEOUT_S=60
readonly ECHO_BODY='{"message":"benchmark","data":{"n":1,"tags":["a","b"]}}'

OUT_FILE=""
WORK_DIR=""
SERVER_PID=""
JAR_BUILT=""
ERRORS=() # one line per measurement that wrk reported errors for
OTHER_CPU=() # per measurement: "TARGET c=N OTHER% STEAL%" (other processes, hypervisor steal)
# Above these, a cell is flagged as skewed. Steal gets more room: at 1 connection the vCPUs idle and wake per
# request, and each wake-up on a shared host shows some steal even when the host is calm.
readonly NOISY_OTHER_PERCENT=10
readonly NOISY_STEAL_PERCENT=20
TABLE=""  # markdown rows, built by measure (globals: it must not run in a subshell)

log() { printf '[bench] %s\n' "$*" >&2; }
die() { printf '[bench] error: %s\n' "$*" >&2; exit 2; }

parse_args() {
    while (($#)); do
        case "$1" in
            --out) [[ $# -ge 2 ]] || die "--out needs a file name"; OUT_FILE="$2"; shift 2 ;;
            -h|--help) sed -n "2,16p" "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
            *) die "unknown argument: $1 (see --help)" ;;
        esac
    done
    [[ "$DURATION" =~ ^[1-9][0-9]*$ ]] || die "BENCH_DURATION must be a whole number of seconds, got '$DURATION'"
    [[ "$WARMUP" =~ ^[0-9]+$ ]] || die "BENCH_WARMUP must be a whole number of seconds, got '$WARMUP'"
    if ! [[ "$SERVE_PORT" =~ ^[0-9]+$ ]] || ((SERVE_PORT < 1 || SERVE_PORT > 65535)); then
        die "BENCH_PORT must be a port number, got '$SERVE_PORT'"
    fi
}

ensure_wrk() {
    command -v wrk >/dev/null && return
    if [[ $EUID -eq 0 ]]; then
        log "wrk not found; installing it with apt-get"
        apt-get update -qq && apt-get install -y -qq wrk >/dev/null
    else
        die "wrk is not installed; install it (e.g. 'sudo apt-get install wrk') and rerun"
    fi
}

# The jar needs Java 21+, and the system `java` may be older, so prefer an explicit JDK.
ensure_java() {
    if [[ -z "${JAVA_HOME:-}" && -d /usr/lib/jvm/temurin-25-jdk-amd64 ]]; then
        export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
    fi
    if [[ -n "${JAVA_HOME:-}" ]]; then
        JAVA="$JAVA_HOME/bin/java"
    else
        JAVA="$(command -v java)" || die "no java found; set JAVA_HOME to a JDK 21+"
    fi
    [[ -x "$JAVA" ]] || die "not an executable java: $JAVA"
}

# Benchmarks the jar as it is (rebuild it first to measure changed sources); builds one only when there is none.
ensure_jar() {
    [[ -f "$JAR" ]] && return
    [[ "$JAR" == "$DEFAULT_JAR" ]] || die "BENCH_JAR does not exist: $JAR"
    log "no $JAR; building it (./mvnw -q -DskipTests package)"
    (cd "$REPO_ROOT" && MAVEN_OPTS="${MAVEN_OPTS:---sun-misc-unsafe-memory-access=allow}" ./mvnw -q -DskipTests package)
    [[ -f "$JAR" ]] || die "build finished but $JAR is missing"
}

port_in_use() { (exec 3<>"/dev/tcp/$BIND_HOST/$1") 2>/dev/null; }

start_server() {
    port_in_use "$SERVE_PORT" && die "port $SERVE_PORT on $BIND_HOST is in use; set BENCH_PORT to a free one"
    WORK_DIR="$(mktemp -d -t codelive-bench.XXXXXX)"
    log "starting server on http://$BIND_HOST:$SERVE_PORT (log: $WORK_DIR/server.log)"
    # LOG_LEVEL=WARN: one access-log line per request would make the benchmark measure console I/O.
    # Run a private copy: a concurrent `mvnw package` may rewrite app/target/codelive.jar under a running JVM.
    cp "$JAR" "$WORK_DIR/codelive.jar"
    JAR_BUILT="$(date -u -r "$JAR" +%Y-%m-%dT%H:%MZ)"
    HOST="$BIND_HOST" PORT="$SERVE_PORT" DATA_DIR="$WORK_DIR/data" POLICY_FILE="$BENCH_DIR/policy.yml" LOG_LEVEL=WARN \
        "$JAVA" -jar "$WORK_DIR/codelive.jar" serve >"$WORK_DIR/server.log" 2>&1 &
    SERVER_PID=$!
}

stop_server() {
    if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID" 2>/dev/null || true
        # Graceful shutdown drains in-flight requests; don't wait forever for it.
        for _ in $(seq 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.2; done
        kill -9 "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    [[ -n "$WORK_DIR" ]] && rm -rf "$WORK_DIR"
    return 0
}

# /ready (not /health) is the signal: it turns 200 only after warm-up and dependency checks.
wait_ready() {
    local deadline=$((SECONDS + READY_TIMEOUT_S)) code
    while ((SECONDS < deadline)); do
        kill -0 "$SERVER_PID" 2>/dev/null || { tail -n 30 "$WORK_DIR/server.log" >&2; die "server exited during start-up"; }
        code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://$BIND_HOST:$SERVE_PORT/ready" || true)"
        [[ "$code" == 200 ]] && { log "server ready"; return; }
        sleep 0.2
    done
    tail -n 30 "$WORK_DIR/server.log" >&2
    die "server not ready after ${READY_TIMEOUT_S}s"
}

# Fail before measuring if a target does not answer 200 (e.g. the policy override was not applied).
check_targets() {
    local code
    code="$(curl -s -o /dev/null -w '%{http_code}' "http://$BIND_HOST:$SERVE_PORT/health")"
    [[ "$code" == 200 ]] || die "GET /health answered $code"
    code="$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' -d "$ECHO_BODY" "http://$BIND_HOST:$SERVE_PORT/api/echo")"
    [[ "$code" == 200 ]] || die "POST /api/echo answered $code"
}

# cpu_ticks -> "BUSY_TICKS TOTAL_TICKS STEAL_TICKS", machine-wide. Busy is user+nice+system+irq+softirq: with the usual
# tick-based accounting, irq/softirq ticks (much of loopback TCP) are also charged to the task they interrupted,
# so this is the sum that per-process times add up to. Steal is time the hypervisor gave to other guests.
cpu_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9, $9; exit }' /proc/stat; }

# server_ticks -> user+system ticks of the server JVM, all threads.
server_ticks() { awk '{ print $14 + $15 }' "/proc/$SERVER_PID/stat"; }

# run_wrk TARGET CONNECTIONS SECONDS -> prints wrk's WRK_RESULT line (see bench/report.lua), plus a line with
# other_cpu= (percent of all cores used by processes other than the server and wrk meanwhile) and steal= (percent
# of all cores the hypervisor withheld). Both take CPU from the benchmark on a small VM, so they are reported.
run_wrk() {
    local target="$1" connections="$2" seconds="$3" path script output
    case "$target" in
        health) path=/health; script="$BENCH_DIR/report.lua" ;;
        echo) path=/api/echo; script="$BENCH_DIR/echo.lua" ;;
    esac
    local threads=$((connections < 2 ? connections : 2)) # 2 cores, shared with the server
    local busy0 total0 steal0 busy1 total1 steal1 server0 server1 wrk_cpu
    read -r busy0 total0 steal0 < <(cpu_ticks)
    server0="$(server_ticks)"
    local TIMEFORMAT='%U %S' # `time` reports wrk's own user and system seconds
    { time wrk -t "$threads" -c "$connections" -d "${seconds}s" --latency -s "$script" \
        "http://$BIND_HOST:$SERVE_PORT$path" >"$WORK_DIR/wrk.out"; } 2>"$WORK_DIR/wrk.time"
    read -r busy1 total1 steal1 < <(cpu_ticks)
    server1="$(server_ticks)"
    kill -0 "$SERVER_PID" 2>/dev/null || { tail -n 30 "$WORK_DIR/server.log" >&2; die "server exited during the run"; }
    wrk_cpu="$(tail -n 1 "$WORK_DIR/wrk.time")"
    output="$(cat "$WORK_DIR/wrk.out")"
    grep '^WRK_RESULT ' <<<"$output" || { printf '%s\n' "$output" >&2; die "no result from wrk for $target c=$connections"; }
    awk -v busy=$((busy1 - busy0)) -v total=$((total1 - total0)) -v steal=$((steal1 - steal0)) \
        -v server=$((server1 - server0)) -v wrk="$wrk_cpu" -v hz="$(getconf CLK_TCK)" 'BEGIN {
            split(wrk, w, " "); other = busy - server - (w[1] + w[2]) * hz; if (other < 0) other = 0
            if (total <= 0) total = 1
            printf "other_cpu=%.1f steal=%.1f\n", 100 * other / total, 100 * steal / total }'
}

# field LINE NAME -> the value of NAME=... in a WRK_RESULT line
field() { tr '\n' ' ' <<<"$1" | sed -n "s/.* $2=\([^ ]*\).*/\1/p"; }

warm_up() {
    ((WARMUP > 0)) || return 0
    log "warming up: ${WARMUP}s per target at 32 connections (discarded)"
    run_wrk health 32 "$WARMUP" >/dev/null
    run_wrk echo 32 "$WARMUP" >/dev/null
}

# Records wrk errors for one measurement; a run with errors is not a clean baseline.
check_errors() {
    local label="$1" line="$2" name total=0 detail=""
    for name in connect read write timeout status; do
        local n; n="$(field "$line" "$name")"
        total=$((total + n))
        ((n == 0)) || detail+=" $name=$n"
    done
    ((total == 0)) || ERRORS+=("$label:$detail (status = responses >= 400)")
}

# Measures both targets at each concurrency, health then echo back to back so their ratio shares conditions.
measure() {
    local connections target line rps p50 p99 health_rps ratio
    TABLE=$'| target | connections | requests/s | p50 (ms) | p99 (ms) | echo/health |\n|---|---:|---:|---:|---:|---:|'
    for connections in "${CONCURRENCIES[@]}"; do
        for target in health echo; do
            log "measuring $target at $connections connection(s) for ${DURATION}s"
            line="$(run_wrk "$target" "$connections" "$DURATION")"
            rps="$(awk -v r="$(field "$line" requests)" -v d="$(field "$line" duration_us)" 'BEGIN { printf "%.0f", r / (d / 1e6) }')"
            p50="$(awk -v v="$(field "$line" p50_us)" 'BEGIN { printf "%.3f", v / 1000 }')"
            p99="$(awk -v v="$(field "$line" p99_us)" 'BEGIN { printf "%.3f", v / 1000 }')"
            if [[ "$target" == health ]]; then
                health_rps="$rps"; ratio="—"
                TABLE+=$'\n'"| GET /health | $connections | $rps | $p50 | $p99 | $ratio |"
            else
                ratio="$(awk -v e="$rps" -v h="$health_rps" 'BEGIN { printf "%.2f", (h > 0 ? e / h : 0) }')"
                TABLE+=$'\n'"| POST /api/echo | $connections | $rps | $p50 | $p99 | $ratio |"
            fi
            check_errors "$target c=$connections" "$line"
            OTHER_CPU+=("$target c=$connections $(field "$line" other_cpu) $(field "$line" steal)")
        done
    done
}

header() {
    local commit dirty=""
    commit="$(git -C "$REPO_ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
    git -C "$REPO_ROOT" diff --quiet HEAD 2>/dev/null || dirty=" (work tree has uncommitted changes)"
    printf -- '- %s, repo at commit %s%s; jar %s (built %s); %s cores, %s memory; %s\n' \
        "$(date -u +%Y-%m-%dT%H:%MZ)" "$commit" "$dirty" "${JAR#"$REPO_ROOT"/}" "$JAR_BUILT" "$(nproc)" \
        "$(free -h | awk '/^Mem:/ { print $2 }')" "$("$JAVA" -version 2>&1 | head -n 1)"
    printf -- '- wrk %s s per cell after %s s warm-up per target, threads = min(2, connections), loopback %s:%s\n' \
        "$DURATION" "$WARMUP" "$BIND_HOST" "$SERVE_PORT"
}

# noise_note -> one line on how much CPU other processes and the hypervisor took during the measurements,
# naming the cells where either passed its limit.
noise_note() {
    printf '%s\n' "${OTHER_CPU[@]}" | awk -v other_limit="$NOISY_OTHER_PERCENT" -v steal_limit="$NOISY_STEAL_PERCENT" '
        { other += $3; steal += $4; if ($3 > max_other) max_other = $3; if ($4 > max_steal) max_steal = $4
          if ($3 > other_limit || $4 > steal_limit) { noisy = noisy sep sprintf(" %s %s (%.0f%% / %.0f%%)", $1, $2, $3, $4); sep = "," } }
        END {
            printf "- CPU taken from the benchmark: by other processes mean %.1f%% (max %.1f%%), by hypervisor steal mean %.1f%% (max %.1f%%)",
                other / NR, max_other, steal / NR, max_steal
            if (noisy != "") printf "; **noisy cells (other > %d%% or steal > %d%%):%s**, rerun when the machine is quiet", other_limit, steal_limit, noisy
            printf "\n"
        }'
}

main() {
    parse_args "$@"
    ensure_wrk
    ensure_java
    ensure_jar
    trap stop_server EXIT
    trap 'exit 130' INT TERM
    start_server
    wait_ready
    check_targets
    warm_up

    local about report
    about="$(header)" # before measuring: describes what was started, even if the tree moves meanwhile
    measure
    report="$about"$'\n'"$(noise_note)"$'\n\n'"$TABLE"
    if ((${#ERRORS[@]})); then
        report+=$'\n\n'"**wrk reported errors** (this run is not a clean baseline):"
        local error; for error in "${ERRORS[@]}"; do report+=$'\n'"- $error"; done
    fi
    printf '\n%s\n' "$report"
    [[ -z "$OUT_FILE" ]] || { printf '%s\n' "$report" >"$OUT_FILE"; log "report written to $OUT_FILE"; }
    ((${#ERRORS[@]} == 0)) || exit 1
}

main "$@"
