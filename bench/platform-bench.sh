#!/usr/bin/env bash
# Platform benchmarks: job queue throughput and latency, H2's WRITE_DELAY=0 cost, row-level security overhead.
#
# Builds the bench module (JMH benchmarks and the queue bench command, bench/src) and runs each benchmark with the
# parameters docs/benchmarks.md records, printing one Markdown report per benchmark. Each measures against a
# reference taken in the same run; see docs/benchmarks.md for what each figure means.
#
# Usage: bench/platform-bench.sh [--out DIR] [--wait-quiet MINUTES] [queue] [durability] [row-security]
#   (no benchmark named: all three, about 25 minutes: queue 6, durability 9, row-security 10)
#   --out DIR              also write each report to DIR/<benchmark>.md
#   --wait-quiet MINUTES   before each benchmark, wait (polling every 30 s) until no other Maven or test JVM runs
#                          and the machine is under 10 % busy; give up after MINUTES
# Environment:
#   BENCH_JAR              run this benchmarks.jar instead of building bench/target/benchmarks.jar
#   BENCH_POSTGRES_URL     PostgreSQL for the queue and row-security benchmarks (default postgresql://postgres@127.0.0.1:5432/test);
#                          each run makes a fresh schema in it and drops it afterwards
#   JAVA_HOME              JDK to build and run with (default: Temurin 25 when installed)
#
# Exit status: 0 when every benchmark ran; 1 when one failed; 2 on a usage error.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly REPO_ROOT
readonly ALL_BENCHMARKS=(queue durability row-security)

# The parameters the recorded figures were taken with. JMH's iterations (1 fork, 3 x 5 s warm-up, 4 x 3 s measured)
# are in the benchmarks' annotations.
readonly QUEUE_ARGS=(--engines h2,postgresql --workers 1,2,8 --warmup 5 --duration 10 --backlog 100)
readonly DURABILITY_ARGS=(--threads 1,4 --rounds 2)
readonly ROW_SECURITY_ARGS=(--threads 1,4 --rounds 2)

BENCHMARKS=()

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
            queue|durability|row-security) BENCHMARKS+=("$1"); shift ;;
            -h|--help) sed -n "2,19p" "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
            *) die "unknown argument: $1 (see --help)" ;;
        esac
    done
    ((${#BENCHMARKS[@]})) || BENCHMARKS=("${ALL_BENCHMARKS[@]}")
}

main() {
    parse_args "$@"
    ensure_java
    ensure_jar
    local failed=0 benchmark
    for benchmark in "${BENCHMARKS[@]}"; do
        check_quiet
        case "$benchmark" in
            queue) run queue "${QUEUE_ARGS[@]}" || failed=1 ;;
            durability) run durability "${DURABILITY_ARGS[@]}" || failed=1 ;;
            row-security) run row-security "${ROW_SECURITY_ARGS[@]}" || failed=1 ;;
        esac
    done
    exit "$failed"
}

main "$@"
