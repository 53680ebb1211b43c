#!/usr/bin/env bash
# Runs Code Live's conformance harness (every corpus snippet x backend x knob setting, compiled and run with the real
# toolchains, compared with CPython) and rewrites docs/codelive-conformance.md with the counts.
# The toolchains are the ones scripts/test.sh installs; run that once first on a fresh machine.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
find_jdk
[[ -x "$HOME/.cargo/bin/rustc" ]] && export PATH="$HOME/.cargo/bin:$PATH"
cd "$ROOT"
./mvnw -q install -DskipTests -pl platform,codelive
./mvnw -q test -pl codelive -Dtest=ConformanceTest -Dsurefire.failIfNoSpecifiedTests=false -Dconformance.report=true
say "wrote docs/codelive-conformance.md"
