# Shared helpers of the wrk benchmarks in bench/ (sourced, not run). See bench/README.md.
#
# A script sources it from the repository root (after `cd "$(dirname "$0")/.."`), then calls:
#   bench_settings "$@"     WARMUP, DURATION, CONNECTIONS, THREADS, READY_TIMEOUT; --build/--help
#   bench_prepare           wrk, curl, java, PostgreSQL, the jar and its private copy
#   start_instance NAME PORT [VAR=value ...]        (stopped on exit, however the script ends)
#   preflight NAME METHOD URL [curl arguments ...]  fails unless the request answers 200
#   measure NAME PORT CONNECTIONS URL [wrk arguments ...]
#                           warm-up + measured run; fills RPS, P99, AVG, STDEV, ERRS, SVC_CPU,
#                           PG_CPU, OTHER_CPU and CONNS for NAME
#   bench_provenance, ratio, rps_fmt                for the report
# Define sample_response NAME URL after sourcing to change the request shown when a measurement
# gets non-2xx answers (the default is a plain GET of the URL).

HOST=127.0.0.1 # loopback only, never any other address
OUT_DIR=target/bench
JAR=target/quarkus-app/quarkus-run.jar

say() { echo "[bench] $*" >&2; }
die() {
    say "ERROR: $*"
    exit 1
}

seconds() { # "15" or "15s" -> "15"; anything else is an error
    local v="${2%s}"
    [[ "$v" =~ ^[1-9][0-9]*$ ]] || {
        echo "[bench] $1 must be a whole number of seconds, got '$2'" >&2
        exit 2
    }
    echo "$v"
}

# The comment block at the top of the calling script, without the "# ".
usage() { awk 'NR == 1 { next } /^#/ { sub(/^# ?/, ""); print; next } { exit }' "$0"; }

bench_settings() {
    WARMUP=$(seconds WARMUP "${WARMUP:-5}")
    DURATION=$(seconds DURATION "${DURATION:-15}")
    CONNECTIONS="${CONNECTIONS:-32}"
    THREADS="${THREADS:-2}"
    READY_TIMEOUT="${READY_TIMEOUT:-60}"
    BUILD=false
    local arg
    for arg in "$@"; do
        case "$arg" in
            --build) BUILD=true ;;
            -h | --help)
                usage
                exit 0
                ;;
            *)
                echo "[bench] unknown argument: $arg (try --help)" >&2
                exit 2
                ;;
        esac
    done
}

# --- Tools, database and jar ---------------------------------------------------------------------
bench_prepare() {
    if ! command -v wrk >/dev/null 2>&1; then
        [ "$(id -u)" = "0" ] || die "wrk is not installed; run: sudo apt-get install -y wrk"
        say "installing wrk with apt"
        export DEBIAN_FRONTEND=noninteractive
        if ! apt-get install -y -qq wrk >/dev/null 2>&1; then
            apt-get update -qq
            apt-get install -y -qq wrk >/dev/null
        fi
        command -v wrk >/dev/null 2>&1 || die "wrk is still missing after apt-get install"
    fi
    command -v curl >/dev/null 2>&1 || die "curl is required"
    command -v java >/dev/null 2>&1 || die "java (17+) is required"

    scripts/ensure-postgres.sh

    if [ "$BUILD" = true ] || [ ! -f "$JAR" ]; then
        say "packaging the service (./mvnw -B -q package -DskipTests)"
        ./mvnw -B -q package -DskipTests
    fi
    [ -f "$JAR" ] || die "$JAR is missing after the build"

    mkdir -p "$OUT_DIR"
    # Run a private copy of the packaged application, so that a Maven build running meanwhile on
    # this machine (it rewrites target/quarkus-app) cannot swap jars under the running instances.
    JAR_BUILT=$(date -u -r "$JAR" '+%Y-%m-%d %H:%M UTC')
    STALE_NOTE=""
    if [ -n "$(find src/main pom.xml -newer "$JAR" -print -quit 2>/dev/null)" ]; then
        STALE_NOTE=" (the sources are newer than the jar: this measures the older build)"
        say "WARNING: src/main or pom.xml changed after $JAR was built; pass --build to measure them"
    fi
    rm -rf "$OUT_DIR/app"
    cp -a "$(dirname "$JAR")" "$OUT_DIR/app"
    RUN_JAR="$OUT_DIR/app/$(basename "$JAR")"
}

# "Jar built ...; HEAD is ...", for the header of a report.
bench_provenance() {
    echo "Jar built $JAR_BUILT; HEAD is $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD -- src pom.xml 2>/dev/null || echo ' with uncommitted changes')$STALE_NOTE."
}

# --- Instances -----------------------------------------------------------------------------------
PIDS=()
declare -A PID_OF_PORT
stop_instances() {
    local pid
    for pid in "${PIDS[@]+"${PIDS[@]}"}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${PIDS[@]+"${PIDS[@]}"}"; do
        # Quarkus shuts down gracefully on SIGTERM; give it 10 s, then insist.
        for _ in $(seq 1 100); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -9 "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    PIDS=()
}
trap stop_instances EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

port_in_use() { (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }

# start_instance NAME PORT [VAR=value ...]: starts the jar in the background, logs to target/bench/
start_instance() {
    local name="$1" port="$2"
    shift 2
    port_in_use "$port" && die "port $port is already in use on $HOST; free it or set ${name^^}_PORT"
    local log="$OUT_DIR/$name.log"
    say "starting the $name instance on $HOST:$port (log: $log)"
    env QUARKUS_HTTP_HOST="$HOST" QUARKUS_HTTP_PORT="$port" "$@" \
        java ${JAVA_OPTS:-} -jar "$RUN_JAR" >"$log" 2>&1 &
    PIDS+=("$!")
    local pid=$!
    PID_OF_PORT[$port]=$pid
    local deadline=$((SECONDS + READY_TIMEOUT)) code
    while :; do
        code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 \
            "http://$HOST:$port/q/health/ready" || true)
        [ "$code" = "200" ] && break
        if ! kill -0 "$pid" 2>/dev/null; then
            say "the $name instance exited during start; end of $log:"
            tail -n 40 "$log" >&2
            exit 1
        fi
        if [ "$SECONDS" -ge "$deadline" ]; then
            say "the $name instance was not ready within ${READY_TIMEOUT}s (last status: $code); end of $log:"
            tail -n 40 "$log" >&2
            exit 1
        fi
        sleep 0.5
    done
    say "$name instance ready"
}

# --- CPU accounting ------------------------------------------------------------------------------
# Over a measured run, to show whether the service had the cores to itself. Snapshot of every
# process: "group pid:starttime ticks" (ticks = user + system, all threads), leaving out the
# instances and wrk; group "pg" is PostgreSQL (all its databases, so also a concurrent test run's
# queries), "other" is everything else (e.g. a Maven build or test run).
TICKS=$(getconf CLK_TCK)
process_ticks() { awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$1/stat"; }
cpu_snapshot() {
    { cat /proc/[0-9]*/stat 2>/dev/null || true; } | awk -v skip=" ${PIDS[*]} " '{
        pid = $1; comm = $0; sub(/^[^(]*\(/, "", comm); sub(/\) [^)]*$/, "", comm)
        rest = $0; sub(/^.*\) /, "", rest); split(rest, f, " ")
        if (index(skip, " " pid " ") || comm == "wrk") next
        print (comm == "postgres" ? "pg" : "other"), pid ":" f[20], f[12] + f[13]
    }'
}
group_ticks() { # group before-snapshot after-snapshot -> ticks the group used in between
    awk -v g="$1" '$1 != g { next } NR == FNR { before[$2] = $3; next }
        { d = $3 - before[$2]; if (d > 0) t += d } END { print t + 0 }' "$2" "$3"
}
cores() { awk -v s="$1" -v hz="$TICKS" -v d="$DURATION" 'BEGIN { printf "%.2f", s / hz / d }'; }

# --- Measurements --------------------------------------------------------------------------------
declare -A RPS P99 AVG STDEV ERRS SVC_CPU PG_CPU OTHER_CPU CONNS

# preflight NAME METHOD URL [curl arguments ...]: fail early, with the body, unless the request
# answers 200 (the body goes to target/bench/NAME.body).
preflight() {
    local n="$1" method="$2" url="$3" code
    shift 3
    code=$(curl -s -o "$OUT_DIR/$n.body" -w '%{http_code}' --max-time 10 -X "$method" "$@" "$url" || true)
    if [ "$code" != "200" ]; then
        say "$n: $method $url answered $code instead of 200:"
        head -c 2000 "$OUT_DIR/$n.body" >&2 || true
        echo >&2
        exit 1
    fi
}

# wrk latency -> milliseconds ("850.00us", "1.23ms", "1.02s", "1.00m")
to_ms() {
    awk -v v="$1" 'BEGIN {
        n = v; sub(/[a-z]+$/, "", n); u = v; sub(/^[0-9.]+/, "", u)
        if (n == "" || n !~ /^[0-9.]+$/) exit 1
        if (u == "us") f = 0.001; else if (u == "ms") f = 1; else if (u == "s") f = 1000
        else if (u == "m") f = 60000; else if (u == "h") f = 3600000; else exit 1
        printf "%.2f", n * f
    }'
}

# The request shown when a measurement got non-2xx answers; scripts may redefine it.
sample_response() { curl -s -i --max-time 10 "$2"; }

# measure NAME PORT CONNECTIONS URL [wrk arguments ...]: warm-up, then the measured run.
measure() {
    local n="$1" port="$2" conns="$3" url="$4" raw="$OUT_DIR/$1.wrk.txt"
    shift 4
    CONNS[$n]=$conns
    say "$n: warm-up ${WARMUP}s, then ${DURATION}s measured -- $url"
    wrk -t"$THREADS" -c"$conns" -d"${WARMUP}s" --timeout 5s "$@" "$url" >"$OUT_DIR/$n.warmup.txt" 2>&1 ||
        { cat "$OUT_DIR/$n.warmup.txt" >&2; die "$n: wrk failed during the warm-up"; }
    local pid="${PID_OF_PORT[$port]}" svc0 svc1
    cpu_snapshot >"$OUT_DIR/$n.procs-before"
    svc0=$(process_ticks "$pid")
    wrk -t"$THREADS" -c"$conns" -d"${DURATION}s" --timeout 5s --latency "$@" "$url" >"$raw" 2>&1 ||
        { cat "$raw" >&2; die "$n: wrk failed"; }
    svc1=$(process_ticks "$pid")
    cpu_snapshot >"$OUT_DIR/$n.procs-after"
    SVC_CPU[$n]=$(cores $((svc1 - svc0)))
    PG_CPU[$n]=$(cores "$(group_ticks pg "$OUT_DIR/$n.procs-before" "$OUT_DIR/$n.procs-after")")
    OTHER_CPU[$n]=$(cores "$(group_ticks other "$OUT_DIR/$n.procs-before" "$OUT_DIR/$n.procs-after")")
    rm -f "$OUT_DIR/$n.procs-before" "$OUT_DIR/$n.procs-after"
    if awk -v o="${OTHER_CPU[$n]}" 'BEGIN { exit !(o >= 0.2) }'; then
        say "$n: WARNING: other processes used ${OTHER_CPU[$n]} cores during the measured run"
    fi

    local non2xx
    non2xx=$(awk -F: '/Non-2xx or 3xx responses/ { gsub(/ /, "", $2); print $2 }' \
        "$OUT_DIR/$n.warmup.txt" "$raw" | awk '{ s += $1 } END { print s + 0 }')
    if [ "$non2xx" != "0" ]; then
        say "$n: $non2xx non-2xx/3xx responses (warm-up + measured run); wrk said:"
        cat "$OUT_DIR/$n.warmup.txt" "$raw" >&2
        say "a sample response:"
        sample_response "$n" "$url" | head -c 2000 >&2 || true
        echo >&2
        exit 1
    fi

    RPS[$n]=$(awk '/^Requests\/sec:/ { print $2 }' "$raw")
    [[ "${RPS[$n]}" =~ ^[0-9.]+$ ]] || { cat "$raw" >&2; die "$n: no Requests/sec in wrk's output"; }
    local p99 avg stdev
    p99=$(awk '/Latency Distribution/ { d = 1; next } d && $1 == "99%" { print $2; exit }' "$raw")
    P99[$n]=$(to_ms "$p99") || { cat "$raw" >&2; die "$n: cannot read the 99% latency ('$p99')"; }
    read -r avg stdev < <(awk '$1 == "Latency" && NF >= 4 { print $2, $3; exit }' "$raw") || true
    AVG[$n]=$(to_ms "$avg") || die "$n: cannot read the average latency ('$avg')"
    STDEV[$n]=$(to_ms "$stdev") || die "$n: cannot read the latency stdev ('$stdev')"
    ERRS[$n]=$(awk '/Socket errors:/ { gsub(/,/, ""); print $4 + $6 + $8 + $10; f = 1 } END { if (!f) print 0 }' "$raw")
    if [ "${ERRS[$n]}" != "0" ]; then
        say "$n: WARNING: wrk reported socket errors: $(grep 'Socket errors' "$raw")"
    fi
    say "$n: ${RPS[$n]} req/s, p99 ${P99[$n]} ms"
}

# --- Report --------------------------------------------------------------------------------------
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 == 0) print "n/a"; else printf "%.3g", a / b }'; }
rps_fmt() { awk -v a="$1" 'BEGIN { printf "%.0f", a }'; }
