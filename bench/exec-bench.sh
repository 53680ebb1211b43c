#!/usr/bin/env bash
# Live-execution benchmark: what the sandbox adds to a run over the bare interpreter started directly (Python and
# JavaScript, p50/p95, interleaved in the same run), where the sandbox's launch spends its time, runs per second
# through the Runner at concurrency 1 and 10 for a trivial program per language, and a compiled language's run with
# a cold build cache against a cached one. See docs/benchmarks.md ("Live execution sandbox") for what each figure means.
#
# Usage: bench/exec-bench.sh [--out DIR] [--wait-quiet MINUTES] [--quick]
#   (about 5 minutes; --quick about 2)
#   --out DIR              also write the report to DIR/exec.md
#   --wait-quiet MINUTES   first wait (polling every 30 s) until no other Maven or test JVM runs and the machine is under
#                          10 % busy; give up after MINUTES
#   --quick                50 rounds instead of 200, 3 s throughput windows instead of 10, 2 cache rounds instead of 5
# Must run as root (each run then takes a host uid of its own, as in the server) with bubblewrap installed.
# Environment:
#   BENCH_JAR              run this benchmarks.jar instead of building bench/target/benchmarks.jar
#   BENCH_EXEC_ARGS        more options for the exec command (e.g. "--languages python,go"; see java -jar benchmarks.jar)
#   EXEC_*                 the server's live-execution settings (EXEC_BWRAP, EXEC_RUSTC, EXEC_CGROUP_PARENT...);
#                          EXEC_WORK_DIR defaults to /tmp/codelive-exec-bench
#   JAVA_HOME              JDK to build and run with (default: Temurin 25 when installed)
#
# Exit status: 0 when the benchmark ran; 1 when it failed; 2 on a usage error.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly REPO_ROOT

# The parameters the recorded figures were taken with.
readonly FULL_ARGS=(--runs 200 --warmup 20 --duration 10 --concurrency 1,10 --cache-runs 5)
readonly QUICK_ARGS=(--runs 50 --warmup 10 --duration 3 --concurrency 1,10 --cache-runs 2)

QUICK=false

# shellcheck source=bench/bench-lib.sh
source "$REPO_ROOT/bench/bench-lib.sh"

parse_args() {
    while (($#)); do
        take_common_option "$@"
        if ((TAKEN > 0)); then
            shift "$TAKEN"
            continue
        fi
        case "$1" in
            --quick) QUICK=true; shift ;;
            -h|--help) sed -n "2,22p" "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
            *) die "unknown argument: $1 (see --help)" ;;
        esac
    done
    [[ "$(id -u)" == 0 ]] || die "run as root: the sandbox gives each run a uid of its own only then, as the server does"
    [[ -x "${EXEC_BWRAP:-/usr/bin/bwrap}" ]] || die "bubblewrap is not installed (${EXEC_BWRAP:-/usr/bin/bwrap}; Debian package bubblewrap)"
}

main() {
    parse_args "$@"
    ensure_java
    ensure_jar
    ensure_typescript
    check_quiet
    local args extra=()
    if $QUICK; then args=("${QUICK_ARGS[@]}"); else args=("${FULL_ARGS[@]}"); fi
    # Word splitting wanted: BENCH_EXEC_ARGS is a list of options.
    # shellcheck disable=SC2206
    [[ -z "${BENCH_EXEC_ARGS:-}" ]] || extra=(${BENCH_EXEC_ARGS})
    run exec "${args[@]}" --repository "$REPO_ROOT" "${extra[@]}" || exit 1
}

main "$@"
