# Shared by the scripts in scripts/: locating the repository and a JDK 21+.
# Sourced, not executed.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
JAR="$ROOT/app/target/codelive.jar"
export MAVEN_OPTS="${MAVEN_OPTS:---sun-misc-unsafe-memory-access=allow}"

say() { printf '%s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

# The major version of a java executable, or nothing when it does not run.
java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}' | cut -d. -f1
}

# Sets JAVA_HOME to a JDK 21 or newer: JAVA_HOME if it qualifies, else the newest one under /usr/lib/jvm.
find_jdk() {
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/javac" ]]; then
    local major; major="$(java_major "$JAVA_HOME/bin/java")"
    if [[ -n "$major" && "$major" -ge 21 ]]; then
      export JAVA_HOME; return 0
    fi
    say "JAVA_HOME=$JAVA_HOME is Java ${major:-?}; looking for JDK 21+ under /usr/lib/jvm"
  fi
  local best="" best_major=0 candidate major
  for candidate in /usr/lib/jvm/*/; do
    candidate="${candidate%/}"
    [[ -x "$candidate/bin/javac" ]] || continue
    major="$(java_major "$candidate/bin/java")"
    if [[ -n "$major" && "$major" -gt "$best_major" ]]; then
      best="$candidate"; best_major="$major"
    fi
  done
  if [[ "$best_major" -lt 21 ]]; then
    die "no JDK 21 or newer found (JAVA_HOME unset or too old, nothing suitable in /usr/lib/jvm).
Install one (e.g. Eclipse Temurin 21+ or openjdk-21-jdk) and set JAVA_HOME to it."
  fi
  export JAVA_HOME="$best"
}

# True when a source of the jar (the build files, the policy, any module the server bundles) is newer than the jar:
# then the jar must be rebuilt. Every module folder counts, so that a new module cannot be forgotten here.
jar_is_stale() {
  [[ -f "$JAR" ]] || return 0
  local newer modules=()
  mapfile -t modules < <(find "$ROOT" -mindepth 2 -maxdepth 2 -name pom.xml -not -path "$ROOT/bench/*" -printf '%h\n')
  newer="$(find "$ROOT/pom.xml" "$ROOT/config" "${modules[@]}" \
      \( -path '*/target' -o -path '*/node_modules' \) -prune -o -type f -newer "$JAR" -print -quit 2>/dev/null)"
  [[ -n "$newer" ]]
}

build_jar() {
  say "building $JAR …"
  (cd "$ROOT" && ./mvnw -q -B -DskipTests package) || die "build failed"
}
