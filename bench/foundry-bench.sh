#!/usr/bin/env bash
# SoundFoundry benchmark: our renderers against fluidsynth rendering the same MIDI with the same soundfont (wall time,
# CPU time and peak memory, in fresh processes and in a warm JVM, interleaved round by round), then end-to-end track
# job latency through a real server for 30 s and 60 s tracks (p50/p95, and where a job's time goes). See
# docs/benchmarks.md ("SoundFoundry") for what each figure means.
#
# Usage: bench/foundry-bench.sh [render|jobs] [--out DIR] [--wait-quiet MINUTES] [--quick]
#   (both parts by default: about 15 minutes; --quick about 5)
#   render                 only the renderer comparison;  jobs  only the job latency
#   --out DIR              also write the reports to DIR/foundry-render.md and DIR/foundry-jobs.md
#   --wait-quiet MINUTES   first wait (polling every 30 s) until no other Maven or test JVM runs and the machine is under
#                          10 % busy; give up after MINUTES
#   --quick                fewer rounds and jobs, for a trial run (figures not worth recording)
# Installs fluidsynth, GNU time and the FluidR3 soundfont with apt-get when they are missing and you are root.
# Environment:
#   BENCH_JAR              run this benchmarks.jar instead of building bench/target/benchmarks.jar
#   BENCH_SERVER_JAR       the server jar for the job latency part (default: app/target/codelive.jar, built when missing
#                          or older than the sources)
#   JAVA_HOME              JDK to build and run with (default: Temurin 25 when installed)
#
# Exit status: 0 when the benchmark ran; 1 when it failed; 2 on a usage error.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly REPO_ROOT
readonly SOUNDFONT_FILE=/usr/share/sounds/sf2/FluidR3_GM.sf2

# The parameters the recorded figures were taken with.
readonly RENDER_FULL=(--rounds 5 --duration 60)
readonly RENDER_QUICK=(--rounds 2 --duration 30)
readonly JOBS_FULL=(--jobs 20 --warmup 3 --durations 30,60)
readonly JOBS_QUICK=(--jobs 4 --warmup 1 --durations 30,60)

QUICK=false
PARTS=(render jobs)

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
            render|jobs) PARTS=("$1"); shift ;;
            --quick) QUICK=true; shift ;;
            -h|--help) sed -n "2,23p" "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
            *) die "unknown argument: $1 (see --help)" ;;
        esac
    done
}

# fluidsynth is the reference, GNU time measures every fresh process's peak memory, and both sides play FluidR3.
ensure_audio_tools() {
    local missing=()
    command -v fluidsynth >/dev/null || missing+=(fluidsynth)
    [[ -x /usr/bin/time ]] || missing+=(time)
    [[ -f "$SOUNDFONT_FILE" ]] || missing+=(fluid-soundfont-gm)
    ((${#missing[@]} == 0)) && return 0
    [[ "$(id -u)" == 0 ]] || die "missing ${missing[*]}: install them (apt-get install ${missing[*]}) or run as root"
    log "installing ${missing[*]} (apt-get)"
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null \
        || die "apt-get could not install ${missing[*]}"
}

# The job latency part starts the real server; build it unless BENCH_SERVER_JAR names one.
ensure_server_jar() {
    if [[ -n "${BENCH_SERVER_JAR:-}" ]]; then
        [[ -f "$BENCH_SERVER_JAR" ]] || die "BENCH_SERVER_JAR does not exist: $BENCH_SERVER_JAR"
        SERVER_JAR="$BENCH_SERVER_JAR"
        return
    fi
    SERVER_JAR="$REPO_ROOT/app/target/codelive.jar"
    if [[ ! -f "$SERVER_JAR" ]] || [[ -n "$(find "$REPO_ROOT"/{platform,audio,foundry,codelive,exec,app}/src -newer "$SERVER_JAR" -type f -print -quit)" ]]; then
        log "building app/target/codelive.jar (./mvnw -q -pl app -am -DskipTests package)"
        (cd "$REPO_ROOT" && MAVEN_OPTS="${MAVEN_OPTS:---sun-misc-unsafe-memory-access=allow}" ./mvnw -q -pl app -am -DskipTests package)
    fi
}

main() {
    parse_args "$@"
    ensure_java
    ensure_audio_tools
    ensure_jar
    [[ " ${PARTS[*]} " == *" jobs "* ]] && ensure_server_jar
    check_quiet
    local failed=0
    for part in "${PARTS[@]}"; do
        case "$part" in
            render)
                if $QUICK; then run foundry-render "${RENDER_QUICK[@]}" || failed=1
                else run foundry-render "${RENDER_FULL[@]}" || failed=1; fi ;;
            jobs)
                if $QUICK; then run foundry-jobs "${JOBS_QUICK[@]}" --server-jar "$SERVER_JAR" || failed=1
                else run foundry-jobs "${JOBS_FULL[@]}" --server-jar "$SERVER_JAR" || failed=1; fi ;;
        esac
    done
    exit "$failed"
}

main "$@"
