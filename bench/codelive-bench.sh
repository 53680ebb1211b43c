#!/usr/bin/env bash
# Code Live benchmarks: server-side render latency and throughput per backend over the snippet corpus (JMH), and the
# run time of the programs the backends generate, per knob setting, against CPython.
#
# Builds the bench module (bench/src) and runs each benchmark over every backend of CodeLive.backends(), printing one
# Markdown report per benchmark; rerun it as backends land. See docs/benchmarks.md for what each figure means.
#
# Usage: bench/codelive-bench.sh [--out DIR] [--wait-quiet MINUTES] [--quick] [render] [runtime]
#   (no benchmark named: both; with six backends, render takes about 20 minutes with --quick, runtime about 3)
#   --out DIR              also write each report to DIR/<benchmark>.md
#   --wait-quiet MINUTES   before each benchmark, wait (polling every 30 s) until no other Maven or test JVM runs
#                          and the machine is under 10 % busy; give up after MINUTES
#   --quick                render with 2 warm-up and 3 measured JMH iterations of 3 s (the annotations: 3 and 5)
# Environment:
#   BENCH_JAR              run this benchmarks.jar instead of building bench/target/benchmarks.jar
#   BENCH_BACKENDS         only these backends, comma-separated (default: all of CodeLive.backends())
#   JAVA_HOME              JDK to build and run with (default: Temurin 25 when installed)
#   PYTHON3                the CPython the run times are compared with (default: python3 on the PATH)
#
# Exit status: 0 when every benchmark ran; 1 when one failed; 2 on a usage error.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly REPO_ROOT
readonly ALL_BENCHMARKS=(render runtime)

# The parameters the recorded figures were taken with (JMH: 1 fork; iterations in the annotations, or --quick).
readonly RENDER_ARGS=(--threads 1,2)
readonly QUICK_ARGS=(--warmup-iterations 2 --iterations 3)
readonly RUNTIME_ARGS=(--runs 5)

BENCHMARKS=()
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
            render|runtime) BENCHMARKS+=("$1"); shift ;;
            -h|--help) sed -n "2,21p" "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
            *) die "unknown argument: $1 (see --help)" ;;
        esac
    done
    ((${#BENCHMARKS[@]})) || BENCHMARKS=("${ALL_BENCHMARKS[@]}")
    if [[ -n "${BENCH_BACKENDS:-}" && ! "$BENCH_BACKENDS" =~ ^[a-z]+(,[a-z]+)*$ ]]; then
        die "BENCH_BACKENDS must be backend names separated by commas, got '$BENCH_BACKENDS'"
    fi
}

main() {
    parse_args "$@"
    ensure_java
    ensure_jar
    local failed=0 benchmark backends=()
    [[ -z "${BENCH_BACKENDS:-}" ]] || backends=(--backends "$BENCH_BACKENDS")
    for benchmark in "${BENCHMARKS[@]}"; do
        check_quiet
        case "$benchmark" in
            render)
                if $QUICK; then
                    run render "${RENDER_ARGS[@]}" "${QUICK_ARGS[@]}" "${backends[@]}" || failed=1
                else
                    run render "${RENDER_ARGS[@]}" "${backends[@]}" || failed=1
                fi ;;
            runtime)
                ensure_typescript
                run runtime "${RUNTIME_ARGS[@]}" --repository "$REPO_ROOT" "${backends[@]}" || failed=1 ;;
        esac
    done
    exit "$failed"
}

main "$@"
