#!/usr/bin/env bash
# Measures what a member's token and a log-in cost in Condition Atlas, with wrk, in one run against
# one instance of the packaged jar started here on loopback (port 18082):
#   1. public        GET /api/v1/conditions/M61.28            no token (condition-views cache)
#   2. token public  GET /api/v1/conditions/M61.28            with a member's bearer token (RS256
#                                                             check + sign-in look-up in PostgreSQL)
#   3. gated         GET /api/v1/conditions/M61.28/treatment  with the token
#   4. log-in        POST /api/v1/auth/token                  (Argon2id + a new sign-in), fewer
#                                                             connections (LOGIN_CONNECTIONS)
# then the cost of one log-in alone: SEQUENTIAL log-ins one after the other on one connection, each
# with the right password, a wrong password (a different existing email each time) and an unknown
# email, interleaved. The instance runs with the per-client log-in and sign-up limits raised (so
# that the work is measured, not the limiter) and 15-minute access tokens. It signs up
# 1 + SEQUENTIAL throw-away members (bench-<random>...@example.org) in the database it uses.
# Prints requests/s, p99 latency, their ratios and the log-in timings as Markdown, also written
# to target/bench/wrk-gated-read.md. See bench/README.md.
#
# Usage: bench/wrk-gated-read.sh [--build]
#   --build   package the jar first even if target/quarkus-app/quarkus-run.jar exists
# Environment (defaults in brackets):
#   WARMUP [5]  DURATION [15]   seconds per warm-up / measured run ("15s" is accepted too)
#   CONNECTIONS [32]  LOGIN_CONNECTIONS [4]  THREADS [2]  wrk settings (reads / log-in)
#   SEQUENTIAL [20]  log-ins of each kind in the sequential timing (1 to 100)
#   GATED_PORT [18082]  loopback port of the instance
#   READY_TIMEOUT [60]  seconds to wait for /q/health/ready
#   JAVA_OPTS  extra JVM options for the instance
set -euo pipefail

cd "$(dirname "$0")/.."

# shellcheck source=bench/lib.sh
. bench/lib.sh

RESULT_MD="$OUT_DIR/wrk-gated-read.md"
LOGIN_LUA=bench/wrk-log-in.lua
bench_settings "$@"
GATED_PORT="${GATED_PORT:-18082}"
LOGIN_CONNECTIONS="${LOGIN_CONNECTIONS:-4}"
SEQUENTIAL="${SEQUENTIAL:-20}"
TOKEN_LIFETIME=PT15M

[[ "$SEQUENTIAL" =~ ^[1-9][0-9]*$ ]] && [ "$SEQUENTIAL" -le 100 ] ||
    die "SEQUENTIAL must be a whole number from 1 to 100, got '$SEQUENTIAL'"
[[ "$LOGIN_CONNECTIONS" =~ ^[1-9][0-9]*$ ]] && [[ "$THREADS" =~ ^[1-9][0-9]*$ ]] &&
    [ "$LOGIN_CONNECTIONS" -ge "$THREADS" ] ||
    die "LOGIN_CONNECTIONS ($LOGIN_CONNECTIONS) must be a whole number, at least THREADS ($THREADS)"
# Each token measurement logs in just before it starts: its token must outlive warm-up + run.
[ $((WARMUP + DURATION)) -le 840 ] ||
    die "WARMUP + DURATION must stay under 14 minutes: access tokens live $TOKEN_LIFETIME"
[ -f "$LOGIN_LUA" ] || die "$LOGIN_LUA is missing"

bench_prepare

# --- The instance ---------------------------------------------------------------------------------
start_instance gated "$GATED_PORT" \
    ATLAS_AUTH_RATE_LIMIT_LOG_INS_PER_MINUTE=100000000 \
    ATLAS_AUTH_RATE_LIMIT_SIGN_UPS_PER_MINUTE=100000000 \
    ATLAS_AUTH_ACCESS_TOKEN_LIFETIME="$TOKEN_LIFETIME"

BASE="http://$HOST:$GATED_PORT"
JSON='Content-Type: application/json'

# --- Members --------------------------------------------------------------------------------------
RUN_ID=$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')
PASSWORD="a fine long passphrase 7"
WRONG_PASSWORD="a wrong long passphrase 8"
MEMBER="bench-$RUN_ID@example.org"
credentials() { printf '{"email": "%s", "password": "%s"}' "$1" "$2"; }

sign_up() {
    local code
    code=$(curl -s -o "$OUT_DIR/sign-up.body" -w '%{http_code}' --max-time 30 -H "$JSON" \
        --data "$(credentials "$1" "$PASSWORD")" "$BASE/api/v1/accounts" || true)
    if [ "$code" != "201" ]; then
        say "POST $BASE/api/v1/accounts ($1) answered $code instead of 201:"
        head -c 2000 "$OUT_DIR/sign-up.body" >&2 || true
        echo >&2
        exit 1
    fi
}

# Logs the member in and sets AUTH (the Authorization header with a fresh access token).
log_in() {
    local code token
    code=$(curl -s -o "$OUT_DIR/log-in.body" -w '%{http_code}' --max-time 30 -H "$JSON" \
        --data "$(credentials "$MEMBER" "$PASSWORD")" "$BASE/api/v1/auth/token" || true)
    if [ "$code" != "200" ]; then
        say "POST $BASE/api/v1/auth/token answered $code instead of 200:"
        head -c 2000 "$OUT_DIR/log-in.body" >&2 || true
        echo >&2
        exit 1
    fi
    token=$(sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p' "$OUT_DIR/log-in.body")
    [ -n "$token" ] || die "no access_token in the log-in answer: $(head -c 500 "$OUT_DIR/log-in.body")"
    AUTH="Authorization: Bearer $token"
}

say "signing up $MEMBER and $SEQUENTIAL more members (for the wrong-password log-ins)"
sign_up "$MEMBER"
for i in $(seq 1 "$SEQUENTIAL"); do
    sign_up "bench-$RUN_ID-w$i@example.org"
done
log_in

# --- Measurements ---------------------------------------------------------------------------------
NAMES=(public token gated login)
declare -A URL=(
    [public]="$BASE/api/v1/conditions/M61.28"
    [token]="$BASE/api/v1/conditions/M61.28"
    [gated]="$BASE/api/v1/conditions/M61.28/treatment"
    [login]="$BASE/api/v1/auth/token"
)
export BENCH_EMAIL="$MEMBER" BENCH_PASSWORD="$PASSWORD" # read by $LOGIN_LUA

sample_response() {
    case "$1" in
        token | gated) curl -s -i --max-time 10 -H "$AUTH" "$2" ;;
        login) curl -s -i --max-time 30 -H "$JSON" --data "$(credentials "$MEMBER" "$PASSWORD")" "$2" ;;
        *) curl -s -i --max-time 10 "$2" ;;
    esac
}

preflight public GET "${URL[public]}"
preflight token GET "${URL[token]}" -H "$AUTH"
preflight gated GET "${URL[gated]}" -H "$AUTH"
preflight login POST "${URL[login]}" -H "$JSON" --data "$(credentials "$MEMBER" "$PASSWORD")"
# Without a token the gated section must be refused: otherwise row 3 would not measure the gate.
code=$(curl -s -o "$OUT_DIR/gated-anonymous.body" -w '%{http_code}' --max-time 10 "${URL[gated]}" || true)
[ "$code" = "401" ] || die "GET ${URL[gated]} without a token answered $code, not 401 (see $OUT_DIR/gated-anonymous.body)"

measure public "$GATED_PORT" "$CONNECTIONS" "${URL[public]}"
log_in
measure token "$GATED_PORT" "$CONNECTIONS" "${URL[token]}" -H "$AUTH"
log_in
measure gated "$GATED_PORT" "$CONNECTIONS" "${URL[gated]}" -H "$AUTH"
measure login "$GATED_PORT" "$LOGIN_CONNECTIONS" "${URL[login]}" -s "$LOGIN_LUA"

# --- Sequential log-ins ---------------------------------------------------------------------------
# One curl, one connection (kept alive), one request at a time; the three kinds interleaved so that
# a change in the machine's load affects them alike.
KINDS=(right wrong unknown)
say "timing $((3 * SEQUENTIAL)) sequential log-ins ($SEQUENTIAL right, $SEQUENTIAL wrong password, $SEQUENTIAL unknown email)"
args=()
for i in $(seq 1 "$SEQUENTIAL"); do
    for kind in "${KINDS[@]}"; do
        case "$kind" in
            right) body=$(credentials "$MEMBER" "$PASSWORD") ;;
            wrong) body=$(credentials "bench-$RUN_ID-w$i@example.org" "$WRONG_PASSWORD") ;;
            unknown) body=$(credentials "bench-$RUN_ID-u$i@example.org" "$PASSWORD") ;;
        esac
        [ "${#args[@]}" -eq 0 ] || args+=(--next)
        args+=(-s -o /dev/null --max-time 30 -w "$kind %{http_code} %{time_total} %{num_connects}\n"
            -H "$JSON" --data "$body" "${URL[login]}")
    done
done
curl "${args[@]}" >"$OUT_DIR/sequential-log-ins.txt" || true
[ "$(wc -l <"$OUT_DIR/sequential-log-ins.txt")" -eq $((3 * SEQUENTIAL)) ] || {
    cat "$OUT_DIR/sequential-log-ins.txt" >&2
    die "expected $((3 * SEQUENTIAL)) timings from curl (see above)"
}
SEQ_CONNECTIONS=$(awk '{ s += $4 } END { print s + 0 }' "$OUT_DIR/sequential-log-ins.txt")
declare -A SEQ_MEAN SEQ_MEDIAN SEQ_MIN SEQ_MAX SEQ_CODES
for kind in "${KINDS[@]}"; do
    read -r SEQ_MEAN[$kind] SEQ_MEDIAN[$kind] SEQ_MIN[$kind] SEQ_MAX[$kind] < <(
        awk -v k="$kind" '$1 == k { print $3 * 1000 }' "$OUT_DIR/sequential-log-ins.txt" | sort -g |
            awk '{ v[NR] = $1; s += $1 } END {
                m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
                printf "%.1f %.1f %.1f %.1f\n", s / NR, m, v[1], v[NR] }')
    SEQ_CODES[$kind]=$(awk -v k="$kind" '$1 == k { c[$2]++ } END {
        for (x in c) printf "%s%s × %d", (n++ ? ", " : ""), x, c[x] }' "$OUT_DIR/sequential-log-ins.txt")
    say "$kind: mean ${SEQ_MEAN[$kind]} ms, median ${SEQ_MEDIAN[$kind]} ms; answers ${SEQ_CODES[$kind]}"
done
expect_all() { # kind code -> how many answered code
    awk -v k="$1" -v c="$2" '$1 == k && $2 == c { n++ } END { print n + 0 }' "$OUT_DIR/sequential-log-ins.txt"
}
SEQ_OK=$(expect_all right 200)
SEQ_WRONG_401=$(expect_all wrong 401)
SEQ_UNKNOWN_401=$(expect_all unknown 401)
[ "$SEQ_OK" = "$SEQUENTIAL" ] || say "WARNING: only $SEQ_OK of $SEQUENTIAL right-password log-ins answered 200"
[ "$SEQ_WRONG_401" = "$SEQUENTIAL" ] || say "WARNING: only $SEQ_WRONG_401 of $SEQUENTIAL wrong-password log-ins answered 401"
[ "$SEQ_UNKNOWN_401" = "$SEQUENTIAL" ] || say "WARNING: only $SEQ_UNKNOWN_401 of $SEQUENTIAL unknown-email log-ins answered 401"

# --- Report ---------------------------------------------------------------------------------------
declare -A LABEL=(
    [public]="1. public: \`GET /api/v1/conditions/M61.28\`, no token"
    [token]="2. token public: the same with \`Authorization: Bearer …\`"
    [gated]="3. gated: \`GET /api/v1/conditions/M61.28/treatment\` with the token"
    [login]="4. log-in: \`POST /api/v1/auth/token\` (fewer connections)"
)
ms_ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 == 0) print "n/a"; else printf "%.2f", a / b }'; }

{
    echo "## wrk: token, gated read and log-in"
    echo
    echo "$(date -u '+%Y-%m-%d %H:%M:%S UTC'), $(nproc) cores; wrk -t$THREADS, -c$CONNECTIONS for the reads and" \
        "-c$LOGIN_CONNECTIONS for log-in, warm-up ${WARMUP}s, measured ${DURATION}s, on $HOST:$GATED_PORT (one instance," \
        "per-client log-in and sign-up limits raised to 100000000/min, access tokens $TOKEN_LIFETIME). $(bench_provenance)"
    echo
    echo "Rows 2 and 3 verify the RS256 token and look its sign-in up in PostgreSQL on every request;"
    echo "row 4 verifies an Argon2id hash (m=19 MiB, t=2, p=1 unless ATLAS_PASSWORD_* say otherwise) and"
    echo "writes a sign-in and a refresh token per request. CPU columns, in cores, during the measured"
    echo "run: *service* = the instance; *PostgreSQL* = all its processes (every database); *other* ="
    echo "everything else but wrk and the instance."
    echo
    echo "| Measurement | Connections | Requests/s | p99 (ms) | avg ± stdev (ms) | socket errors | service CPU | PostgreSQL CPU | other CPU |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
    for n in "${NAMES[@]}"; do
        echo "| ${LABEL[$n]} | ${CONNS[$n]} | $(rps_fmt "${RPS[$n]}") | ${P99[$n]} | ${AVG[$n]} ± ${STDEV[$n]} | ${ERRS[$n]} | ${SVC_CPU[$n]} | ${PG_CPU[$n]} | ${OTHER_CPU[$n]} |"
    done
    echo
    echo "| Ratio | Requests/s | p99 |"
    echo "|---|---:|---:|"
    echo "| token public / public | $(ratio "${RPS[token]}" "${RPS[public]}") | $(ratio "${P99[token]}" "${P99[public]}") |"
    echo "| gated / public | $(ratio "${RPS[gated]}" "${RPS[public]}") | $(ratio "${P99[gated]}" "${P99[public]}") |"
    echo "| gated / token public | $(ratio "${RPS[gated]}" "${RPS[token]}") | $(ratio "${P99[gated]}" "${P99[token]}") |"
    echo "| log-in / public (-c$LOGIN_CONNECTIONS vs -c$CONNECTIONS) | $(ratio "${RPS[login]}" "${RPS[public]}") | $(ratio "${P99[login]}" "${P99[public]}") |"
    echo
    echo "Sequential log-ins: one curl, one request at a time on $SEQ_CONNECTIONS connection(s), the three kinds"
    echo "interleaved, $SEQUENTIAL of each, after the wrk runs (JIT warm); time = curl's time_total."
    echo
    echo "| Log-in | Answers | mean (ms) | median (ms) | min (ms) | max (ms) | mean / right password |"
    echo "|---|---|---:|---:|---:|---:|---:|"
    echo "| right password | ${SEQ_CODES[right]} | ${SEQ_MEAN[right]} | ${SEQ_MEDIAN[right]} | ${SEQ_MIN[right]} | ${SEQ_MAX[right]} | 1.00 |"
    echo "| wrong password, existing email (a different one each time) | ${SEQ_CODES[wrong]} | ${SEQ_MEAN[wrong]} | ${SEQ_MEDIAN[wrong]} | ${SEQ_MIN[wrong]} | ${SEQ_MAX[wrong]} | $(ms_ratio "${SEQ_MEAN[wrong]}" "${SEQ_MEAN[right]}") |"
    echo "| unknown email (a different one each time) | ${SEQ_CODES[unknown]} | ${SEQ_MEAN[unknown]} | ${SEQ_MEDIAN[unknown]} | ${SEQ_MIN[unknown]} | ${SEQ_MAX[unknown]} | $(ms_ratio "${SEQ_MEAN[unknown]}" "${SEQ_MEAN[right]}") |"
    echo
    echo "401 answers: wrong password $SEQ_WRONG_401 of $SEQUENTIAL, unknown email $SEQ_UNKNOWN_401 of $SEQUENTIAL" \
        "(right password: $SEQ_OK of $SEQUENTIAL answered 200)."
} >"$RESULT_MD"

echo
cat "$RESULT_MD"
echo
say "written to $RESULT_MD in ${SECONDS}s (raw wrk output, timings and the instance log in $OUT_DIR/)"
