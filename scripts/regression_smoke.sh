#!/usr/bin/env bash
# Regression smoke test for a running Code Live server.
#
# Runs curl checks against the server and prints one line per check:
#   ✅ description                      the check passed
#   ❌ description — what went wrong    the check failed (expected vs. got)
#   ⏭ description                      the check was skipped (not a failure)
#
# Exit status: 0 all checks passed, 1 at least one failed, 2 usage error.
# Needs only bash, curl, grep, sed and awk.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: scripts/regression_smoke.sh URL
       scripts/regression_smoke.sh --help

Runs HTTP smoke checks against an already running Code Live server at URL
(for example http://127.0.0.1:8787) and prints one ✅/❌ line per check.

Environment:
  SMOKE_CORS_ORIGIN  an origin the server was started with in CORS_ORIGINS;
                     when set, the allowed-origin CORS checks run as well,
                     otherwise they are reported as skipped (⏭).

The rate-limit check runs last: it exhausts this client's 'api' bucket.

Exit status: 0 if all checks pass, 1 if any fails, 2 on usage error.
EOF
}

# ---------------------------------------------------------------- arguments

case "${1:-}" in
  -h | --help) usage; exit 0 ;;
esac
if [[ $# -ne 1 || $1 == -* ]]; then
  usage >&2
  exit 2
fi
if [[ ! $1 =~ ^https?://[^/]+ ]]; then
  echo "error: URL must start with http:// or https:// (got '$1')" >&2
  usage >&2
  exit 2
fi
BASE=${1%/}
CORS_ORIGIN=${SMOKE_CORS_ORIGIN:-}

WORK=$(mktemp -d "${TMPDIR:-/tmp}/regression_smoke.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
HDRS=$WORK/headers
BODY=$WORK/body
ERRS=$WORK/curl-stderr
RAND="$$-$RANDOM$RANDOM"

PASSED=0
FAILED=0
PROBLEMS=()   # what went wrong in the current check; reset by check()
STATUS=000    # HTTP status of the last request; 000 means no response
IGNORE_RESPONSE=0   # 1: no response or wrong status, already reported; skip the rest

# ---------------------------------------------------------------- helpers

# one_line TEXT: TEXT squeezed onto one short line, for failure messages.
one_line() {
  printf '%s' "$1" | tr '\r\n\t' '   ' | cut -c1-200
}

# problem TEXT: record that the current check found something wrong.
problem() {
  PROBLEMS+=("$(one_line "$1")")
}

# check DESCRIPTION: report the current check as passed or failed, depending
# on whether any problems were recorded since the previous check.
check() {
  local description=$1
  if [[ ${#PROBLEMS[@]} -eq 0 ]]; then
    PASSED=$((PASSED + 1))
    echo "✅ $description"
  else
    FAILED=$((FAILED + 1))
    local joined
    joined=$(printf '%s; ' "${PROBLEMS[@]}")
    echo "❌ $description — ${joined%; }"
  fi
  PROBLEMS=()
}

skip() {
  echo "⏭ $1"
}

# request METHOD PATH [CURL_ARGS...]: send one request (never following
# redirects), leaving the status in STATUS, headers in $HDRS, body in $BODY.
request() {
  local method=$1 path=$2 rc=0
  shift 2
  : >"$HDRS"
  : >"$BODY"
  IGNORE_RESPONSE=0
  STATUS=$(curl -sS --max-time 10 --proto '=http,https' -X "$method" \
    -o "$BODY" -D "$HDRS" -w '%{http_code}' "$@" "$BASE$path" 2>"$ERRS") || rc=$?
  if [[ -z $STATUS || $STATUS == 000 ]]; then
    STATUS=000
    IGNORE_RESPONSE=1
    local why
    why=$(tr "\n" " " <"$ERRS" | sed "s/^curl: //; s/ *$//")
    problem "$method $path: no response (${why:-curl exit $rc})"
  fi
}

# header NAME: value of header NAME in the last response (case-insensitive
# name, \r stripped, repeated headers joined with ", "); fails if absent.
header() {
  awk -v name="$1" '
    { sub(/\r$/, "") }
    /^HTTP\// { found = 0; value = ""; next }   # a new (e.g. after 100) block
    tolower(substr($0, 1, length(name) + 1)) == tolower(name) ":" {
      v = substr($0, length(name) + 2)
      sub(/^[ \t]+/, "", v); sub(/[ \t]+$/, "", v)
      value = found ? value ", " v : v
      found = 1
    }
    END { if (!found) exit 1; print value }
  ' "$HDRS"
}

# Expectations: each records a problem when it does not hold. They say
# nothing more about a response that is missing (request recorded that) or
# has the wrong status (expect_status recorded that).

expect_status() {
  ((IGNORE_RESPONSE)) && return 0
  if [[ $STATUS != "$1" ]]; then
    local excerpt
    excerpt=$(head -c 80 "$BODY")
    problem "expected status $1, got $STATUS${excerpt:+ ($excerpt)}"
    IGNORE_RESPONSE=1   # the rest of this response says little more
  fi
}

expect_header() {   # expect_header NAME: present
  ((IGNORE_RESPONSE)) && return 0
  header "$1" >/dev/null || problem "expected header $1, got none"
}

expect_no_header() {   # expect_no_header NAME: absent
  ((IGNORE_RESPONSE)) && return 0
  local value
  if value=$(header "$1"); then problem "expected no $1 header, got '$value'"; fi
}

expect_header_eq() {   # expect_header_eq NAME VALUE: exact value
  ((IGNORE_RESPONSE)) && return 0
  local value
  value=$(header "$1") || value="<absent>"
  [[ $value == "$2" ]] || problem "expected $1: $2, got '$value'"
}

expect_header_has() {   # expect_header_has NAME TEXT: value contains TEXT
  ((IGNORE_RESPONSE)) && return 0
  local value
  value=$(header "$1") || value="<absent>"
  [[ $value == *"$2"* ]] || problem "expected $1 containing \"$2\", got '$value'"
}

expect_content_type() {   # expect_content_type TYPE: media type, parameters ignored
  ((IGNORE_RESPONSE)) && return 0
  local value type
  value=$(header Content-Type) || value="<absent>"
  type=$(printf '%s' "${value%%;*}" | tr '[:upper:]' '[:lower:]')
  type=${type%"${type##*[! ]}"}
  [[ $type == "$1" ]] || problem "expected Content-Type $1, got '$value'"
}

expect_body_has() {   # expect_body_has TEXT: body contains TEXT literally
  ((IGNORE_RESPONSE)) && return 0
  grep -qF -- "$1" "$BODY" || problem "expected body containing $1, got '$(head -c 100 "$BODY")'"
}

expect_json_field() {   # expect_json_field NAME RAW_JSON_VALUE, e.g. status 404 or message '"smoke"'
  ((IGNORE_RESPONSE)) && return 0
  local value_re
  value_re=$(printf '%s' "$2" | sed 's/[][\.*^$+?(){}|/]/\\&/g')
  grep -qE "\"$1\"[[:space:]]*:[[:space:]]*$value_re([^0-9A-Za-z_]|\$)" "$BODY" ||
    problem "expected \"$1\":$2 in body, got '$(head -c 100 "$BODY")'"
}

# expect_problem STATUS: an application/problem+json body with every field.
expect_problem() {
  expect_status "$1"
  expect_content_type application/problem+json
  ((IGNORE_RESPONSE)) && return 0
  local field missing=()
  for field in type title status detail instance request_id; do
    grep -qE "\"$field\"[[:space:]]*:" "$BODY" || missing+=("$field")
  done
  [[ ${#missing[@]} -eq 0 ]] || problem "expected problem fields ${missing[*]}, got '$(head -c 100 "$BODY")'"
  expect_json_field status "$1"
}

# json_string_field NAME: the (unescaped-quote-free) string value of NAME.
json_string_field() {
  sed -n "s/.*\"$1\"[[:space:]]*:[[:space:]]*\"\\([^\"]*\\)\".*/\\1/p" "$BODY" | head -n 1
}

post_json() {   # post_json BODY [CURL_ARGS...]
  local body=$1
  shift
  request POST /api/echo -H 'Content-Type: application/json' --data-binary "$body" "$@"
}

# ---------------------------------------------------------------- checks

check_health() {
  request GET /health
  expect_status 200
  expect_json_field status '"ok"'
  check "GET /health returns 200 with \"status\":\"ok\""
}

check_ready() {
  local deadline=$((SECONDS + 20))
  request GET /ready
  while [[ $STATUS == 503 && $SECONDS -lt $deadline ]]; do
    sleep 1
    request GET /ready
  done
  expect_status 200
  expect_json_field status '"ready"'
  check "GET /ready returns 200 with \"status\":\"ready\" (retrying 503 for up to 20 s)"
}

check_metrics() {
  request GET /metrics
  expect_status 200
  expect_content_type text/plain
  expect_body_has http_server_requests_seconds_count
  expect_body_has jvm_threads_live_threads
  check "GET /metrics returns Prometheus text with HTTP and JVM metrics"
}

check_not_found() {
  request GET "/no-such-route-$RAND"
  expect_problem 404
  check "GET /no-such-route-… returns a 404 problem"
}

check_method_not_allowed() {
  request DELETE /health
  expect_status 405
  expect_header Allow
  check "DELETE /health returns 405 with an Allow header"
}

check_payload_too_large() {
  local file=$WORK/big.json
  { printf '{"message":"'; head -c 300000 /dev/zero | tr '\0' 'x'; printf '"}'; } >"$file"
  request POST /api/echo -H 'Content-Type: application/json' --data-binary "@$file"
  expect_problem 413
  check "POST /api/echo with a 300000-byte body returns a 413 problem"
}

check_malformed_json() {
  post_json '{"message":'
  expect_problem 400
  if ((!IGNORE_RESPONSE)); then
    local detail
    detail=$(json_string_field detail)
    grep -qi 'line' <<<"$detail" || problem "expected detail mentioning the line, got '$detail'"
  fi
  check "POST /api/echo with truncated JSON returns a 400 problem naming the line"
}

check_unsupported_media_type() {
  request POST /api/echo -H 'Content-Type: text/plain' --data-binary 'smoke'
  expect_problem 415
  check "POST /api/echo with text/plain returns a 415 problem"
}

check_echo() {
  post_json '{"message":"smoke"}'
  expect_status 200
  expect_content_type application/json
  expect_json_field message '"smoke"'
  check "POST /api/echo with valid JSON returns 200 and echoes the message"
}

check_request_id() {
  local id="smoke-$RAND"
  request GET /health -H "X-Request-Id: $id"
  expect_status 200
  expect_header_eq X-Request-Id "$id"
  check "X-Request-Id sent by the client is echoed back"
}

check_security_headers() {
  request GET /health
  expect_status 200
  expect_header_has Content-Security-Policy "default-src 'self'"
  expect_header_eq X-Frame-Options SAMEORIGIN
  expect_header_eq X-Content-Type-Options nosniff
  expect_header Referrer-Policy
  expect_header Permissions-Policy
  expect_header_has Cache-Control no-store
  check "GET /health carries security headers and Cache-Control: no-store"
}

check_cors_refused() {
  local origin=https://refused.invalid
  request GET /health -H "Origin: $origin"
  expect_status 200
  expect_no_header Access-Control-Allow-Origin
  request OPTIONS /api/echo -H "Origin: $origin" -H 'Access-Control-Request-Method: POST'
  expect_status 403
  expect_no_header Access-Control-Allow-Origin
  check "CORS: origin $origin gets no Allow-Origin and its preflight is refused (403)"
}

check_cors_allowed() {
  if [[ -z $CORS_ORIGIN ]]; then
    skip "CORS allowed-origin check skipped (set SMOKE_CORS_ORIGIN to an origin in the server's CORS_ORIGINS)"
    return 0
  fi
  request GET /health -H "Origin: $CORS_ORIGIN"
  expect_status 200
  expect_header_eq Access-Control-Allow-Origin "$CORS_ORIGIN"
  request OPTIONS /api/echo -H "Origin: $CORS_ORIGIN" \
    -H 'Access-Control-Request-Method: POST' -H 'Access-Control-Request-Headers: content-type'
  expect_status 204
  expect_header_eq Access-Control-Allow-Origin "$CORS_ORIGIN"
  expect_header_has Access-Control-Allow-Methods POST
  check "CORS: origin $CORS_ORIGIN is allowed and its POST preflight succeeds (204)"
}

check_static_site() {
  local etag=""
  request GET /site/
  expect_status 200
  expect_content_type text/html
  if [[ $STATUS == 200 ]]; then
    etag=$(header ETag) || problem "expected an ETag header on /site/, got none"
  fi
  if [[ -n $etag ]]; then
    request GET /site/ -H "If-None-Match: $etag"
    expect_status 304
  fi
  check "GET /site/ serves HTML with an ETag and answers If-None-Match with 304"
}

check_rate_limit() {
  local i answers refused code type retry limit
  # One burst of 60 concurrent requests: sequential curls on a busy machine can be slower than the refill.
  local urls=()
  for ((i = 0; i < 60; i++)); do urls+=("$BASE/api/echo"); done
  answers=$(curl -s --max-time 20 --proto '=http,https' --parallel --parallel-immediate --parallel-max 30 \
    -X POST -H 'Content-Type: application/json' --data-binary '{"message":"x"}' -o /dev/null \
    -w '%{http_code} %{content_type} retry=%header{retry-after} limit=%header{ratelimit-limit}\n' "${urls[@]}" 2>/dev/null) || true
  refused=$(grep -m1 '^429 ' <<<"$answers") || refused=""
  if [[ -z $refused ]]; then
    problem "expected a 429 among 60 concurrent requests, got: $(cut -d' ' -f1 <<<"$answers" | sort | uniq -c | tr -s ' \n' ' ')"
  else
    read -r code type retry limit <<<"$refused"
    [[ $type == application/problem+json* ]] || problem "expected the 429 as application/problem+json, got '$type'"
    [[ ${retry#retry=} =~ ^[0-9]+$ ]] && ((10#${retry#retry=} >= 1)) ||
      problem "expected a numeric Retry-After >= 1, got '${retry#retry=}'"
    [[ -n ${limit#limit=} ]] || problem "expected a RateLimit-Limit header on the 429"
  fi
  check "POST /api/echo flood hits the rate limit: 429 problem with Retry-After and RateLimit-Limit"
}

# ---------------------------------------------------------------- main

check_health
check_ready
check_metrics
check_not_found
check_method_not_allowed
check_payload_too_large
check_malformed_json
check_unsupported_media_type
check_echo
check_request_id
check_security_headers
check_cors_refused
check_cors_allowed
check_static_site
check_rate_limit   # last: it exhausts this client's 'api' bucket

echo "$PASSED passed, $FAILED failed" >&2
if ((FAILED > 0)); then exit 1; fi
exit 0
