#!/usr/bin/env bash
# Measures the public read path of Condition Atlas with wrk, in one run, against two instances of
# the packaged jar started here on loopback (cache on: 18080; cache off: 18081):
#   1. trivial      GET /problems/not-found                         (constant JSON, no database)
#   2. cached       GET /api/v1/conditions/M61.28                   (condition-views cache on)
#   3. uncached     GET /api/v1/conditions/M61.28                   (cache off: PostgreSQL each time)
#   4. list         GET /api/v1/conditions?q=ossification&limit=20  (never cached server-side)
# Prints requests/s, p99 latency and their ratios as a Markdown table, also written to
# target/bench/wrk-public-read.md. See bench/README.md.
#
# Usage: bench/wrk-public-read.sh [--build]
#   --build   package the jar first even if target/quarkus-app/quarkus-run.jar exists
# Environment (defaults in brackets):
#   WARMUP [5]  DURATION [15]   seconds per warm-up / measured run ("15s" is accepted too)
#   CONNECTIONS [32]  THREADS [2]  wrk settings
#   CACHED_PORT [18080]  UNCACHED_PORT [18081]  loopback ports of the two instances
#   READY_TIMEOUT [60]  seconds to wait for /q/health/ready on each instance
#   JAVA_OPTS  extra JVM options for both instances
set -euo pipefail

cd "$(dirname "$0")/.."

# shellcheck source=bench/lib.sh
. bench/lib.sh

RESULT_MD="$OUT_DIR/wrk-public-read.md"
bench_settings "$@"
CACHED_PORT="${CACHED_PORT:-18080}"
UNCACHED_PORT="${UNCACHED_PORT:-18081}"

bench_prepare

# --- The two instances --------------------------------------------------------------------------
# One after the other: the cached instance loads the shipped content (and migrates the schema)
# before the uncached one, which does not load content, starts against the same database.
start_instance cached "$CACHED_PORT"
start_instance uncached "$UNCACHED_PORT" QUARKUS_CACHE_ENABLED=false ATLAS_CATALOG_LOAD_ON_START=false

# --- Measurements -------------------------------------------------------------------------------
NAMES=(trivial cached uncached list)
declare -A URL=(
    [trivial]="http://$HOST:$CACHED_PORT/problems/not-found"
    [cached]="http://$HOST:$CACHED_PORT/api/v1/conditions/M61.28"
    [uncached]="http://$HOST:$UNCACHED_PORT/api/v1/conditions/M61.28"
    [list]="http://$HOST:$CACHED_PORT/api/v1/conditions?q=ossification&limit=20"
)
declare -A PORT=([trivial]=$CACHED_PORT [cached]=$CACHED_PORT [uncached]=$UNCACHED_PORT [list]=$CACHED_PORT)

for n in "${NAMES[@]}"; do
    preflight "$n" GET "${URL[$n]}"
done
for n in "${NAMES[@]}"; do
    measure "$n" "${PORT[$n]}" "$CONNECTIONS" "${URL[$n]}"
done

# --- Report -------------------------------------------------------------------------------------
declare -A LABEL=(
    [trivial]="1. trivial: \`GET /problems/not-found\`"
    [cached]="2. condition, cache on: \`GET /api/v1/conditions/M61.28\`"
    [uncached]="3. condition, cache off: \`GET /api/v1/conditions/M61.28\`"
    [list]="4. list/search: \`GET /api/v1/conditions?q=ossification&limit=20\`"
)

{
    echo "## wrk: public read path"
    echo
    echo "$(date -u '+%Y-%m-%d %H:%M:%S UTC'), $(nproc) cores; wrk -t$THREADS -c$CONNECTIONS, warm-up ${WARMUP}s," \
        "measured ${DURATION}s, on $HOST. $(bench_provenance)"
    echo
    echo "CPU columns, in cores, during the measured run: *service* = the instance under test;"
    echo "*PostgreSQL* = all its processes (every database); *other* = everything else but wrk and"
    echo "the two instances (e.g. a concurrent Maven build or test run)."
    echo
    echo "| Measurement | Requests/s | p99 (ms) | avg ± stdev (ms) | socket errors | service CPU | PostgreSQL CPU | other CPU |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|"
    for n in "${NAMES[@]}"; do
        echo "| ${LABEL[$n]} | $(rps_fmt "${RPS[$n]}") | ${P99[$n]} | ${AVG[$n]} ± ${STDEV[$n]} | ${ERRS[$n]} | ${SVC_CPU[$n]} | ${PG_CPU[$n]} | ${OTHER_CPU[$n]} |"
    done
    echo
    echo "| Ratio | Requests/s | p99 |"
    echo "|---|---:|---:|"
    echo "| cached / trivial | $(ratio "${RPS[cached]}" "${RPS[trivial]}") | $(ratio "${P99[cached]}" "${P99[trivial]}") |"
    echo "| uncached / cached | $(ratio "${RPS[uncached]}" "${RPS[cached]}") | $(ratio "${P99[uncached]}" "${P99[cached]}") |"
    echo "| uncached / trivial | $(ratio "${RPS[uncached]}" "${RPS[trivial]}") | $(ratio "${P99[uncached]}" "${P99[trivial]}") |"
    echo "| list / cached | $(ratio "${RPS[list]}" "${RPS[cached]}") | $(ratio "${P99[list]}" "${P99[cached]}") |"
    echo "| list / uncached | $(ratio "${RPS[list]}" "${RPS[uncached]}") | $(ratio "${P99[list]}" "${P99[uncached]}") |"
    echo "| list / trivial | $(ratio "${RPS[list]}" "${RPS[trivial]}") | $(ratio "${P99[list]}" "${P99[trivial]}") |"
} >"$RESULT_MD"

echo
cat "$RESULT_MD"
echo
say "written to $RESULT_MD (raw wrk output and instance logs in $OUT_DIR/)"
