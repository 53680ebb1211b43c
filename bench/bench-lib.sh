# Shared by the bench scripts (platform-bench.sh, codelive-bench.sh, exec-bench.sh): find the JDK, build the benchmarks jar, wait
# for a quiet machine, and run one bench command, printing its Markdown report. Source it after setting REPO_ROOT;
# the caller's parse_args sets OUT_DIR and WAIT_QUIET_MIN.

readonly DEFAULT_JAR="$REPO_ROOT/bench/target/benchmarks.jar"
readonly QUIET_POLL_S=30
readonly QUIET_SAMPLE_S=10
readonly QUIET_BUSY_PERCENT=10 # an idle machine here shows 1 to 3 %

OUT_DIR=""
WAIT_QUIET_MIN=""

log() { printf '[bench] %s\n' "$*" >&2; }
die() { printf '[bench] error: %s\n' "$*" >&2; exit 2; }

# take_common_option ARGS... -> sets TAKEN to how many arguments it consumed (0: not a common option), and sets
# OUT_DIR or WAIT_QUIET_MIN. Called without a subshell, so that die ends the script.
TAKEN=0
take_common_option() {
    TAKEN=0
    case "$1" in
        --out) [[ $# -ge 2 ]] || die "--out needs a directory"; OUT_DIR="$2"; mkdir -p "$OUT_DIR"; TAKEN=2 ;;
        --wait-quiet)
            [[ $# -ge 2 && "$2" =~ ^[1-9][0-9]*$ ]] || die "--wait-quiet needs a whole number of minutes"
            WAIT_QUIET_MIN="$2"; TAKEN=2 ;;
    esac
}

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

# Builds the module and what it depends on (no tests), unless BENCH_JAR names a jar built elsewhere.
ensure_jar() {
    if [[ -n "${BENCH_JAR:-}" ]]; then
        [[ -f "$BENCH_JAR" ]] || die "BENCH_JAR does not exist: $BENCH_JAR"
        JAR="$BENCH_JAR"
        return
    fi
    log "building bench/target/benchmarks.jar (./mvnw -q -pl bench -am -DskipTests package)"
    (cd "$REPO_ROOT" && MAVEN_OPTS="${MAVEN_OPTS:---sun-misc-unsafe-memory-access=allow}" ./mvnw -q -pl bench -am -DskipTests package)
    JAR="$DEFAULT_JAR"
}

# other_heavy -> the Maven and test JVMs running now (this script's own build has finished by the time it asks).
other_heavy() { pgrep -fa 'surefire|maven' || true; }

# busy_percent -> how busy the machine was over the next QUIET_SAMPLE_S seconds, in percent of all cores: catches
# work that is not a Maven build (a server under test, a browser) before it skews a benchmark.
busy_percent() {
    local busy0 total0 busy1 total1
    read -r busy0 total0 < <(awk '/^cpu / { print $2 + $3 + $4 + $7 + $8, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9; exit }' /proc/stat)
    sleep "$QUIET_SAMPLE_S"
    read -r busy1 total1 < <(awk '/^cpu / { print $2 + $3 + $4 + $7 + $8, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9; exit }' /proc/stat)
    echo $((100 * (busy1 - busy0) / (total1 - total0 > 0 ? total1 - total0 : 1)))
}

# Figures taken while a build or test suite shares the 2 cores are not worth recording, so say so, or wait until
# no Maven or test JVM runs and the machine has been nearly idle for QUIET_SAMPLE_S seconds.
check_quiet() {
    local busy load
    busy="$(other_heavy)"
    if [[ -z "$WAIT_QUIET_MIN" ]]; then
        if [[ -n "$busy" ]]; then
            log "warning: other Maven or test JVMs are running; figures taken now will be skewed:"
            printf '%s\n' "$busy" | cut -c1-160 >&2
        fi
        return
    fi
    local deadline=$((SECONDS + WAIT_QUIET_MIN * 60))
    while true; do
        if [[ -z "$(other_heavy)" ]]; then
            load="$(busy_percent)"
            ((load < QUIET_BUSY_PERCENT)) && break
            log "machine ${load} % busy without a Maven or test JVM; waiting"
        else
            log "other Maven or test JVMs are running; waiting"
        fi
        ((SECONDS < deadline)) || die "not quiet after ${WAIT_QUIET_MIN} min"
        sleep "$QUIET_POLL_S"
    done
    log "machine quiet (${load} % busy); load average $(cut -d' ' -f1-3 /proc/loadavg)"
}

# The pinned TypeScript compiler (tools/typescript), as scripts/test.sh installs it: the runtime benchmark builds its ts
# programs with it, the exec benchmark its TypeScript runs.
ensure_typescript() {
    local dir="$REPO_ROOT/tools/typescript"
    [[ -x "$dir/node_modules/.bin/tsc" ]] && return 0
    if command -v npm >/dev/null; then
        log "installing the pinned TypeScript compiler (npm ci in tools/typescript)"
        (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) || log "npm ci failed; TypeScript will show as lacking a toolchain"
    else
        log "no npm: TypeScript will show as lacking a toolchain (for the runtime benchmark, unless tsc is on the PATH)"
    fi
}

commit() {
    local commit dirty=""
    commit="$(git -C "$REPO_ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
    git -C "$REPO_ROOT" diff --quiet HEAD 2>/dev/null || dirty=" (work tree has uncommitted changes)"
    printf '%s%s' "$commit" "$dirty"
}

# run NAME ARGS... -> prints the benchmark's report and, with --out, writes it to DIR/NAME.md
run() {
    local name="$1" report
    shift
    log "running $name: java -jar ${JAR#"$REPO_ROOT"/} $name $*"
    local about
    about="Commit $(commit); \`java -jar ${JAR#"$REPO_ROOT"/} $name $*\`."
    if ! report="$("$JAVA" -jar "$JAR" "$name" "$@")"; then
        log "$name failed"
        return 1
    fi
    report="$about"$'\n'"$report"
    printf '\n%s\n' "$report"
    [[ -z "$OUT_DIR" ]] || { printf '%s\n' "$report" >"$OUT_DIR/$name.md"; log "report written to $OUT_DIR/$name.md"; }
}
