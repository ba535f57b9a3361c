#!/usr/bin/env bash
# Load benchmark of the REST API on loopback (docs/performance.md, "REST API under load").
#
#   src/test/bench/rest-api-load.sh [RUNS] [SECONDS]        (defaults: 5 runs of 30 s, after 60 s warm-up)
#   /tmp/other/src/test/bench/rest-api-load.sh             (another build, in its own checkout, to compare; or
#                                                           JAR=/tmp/other/target/isms-decider.jar, with its archive)
#   COMPARE=/tmp/other/target/isms-decider.jar src/test/bench/rest-api-load.sh [RUNS] [SECONDS]
#                                                          (rounds of two builds in turn, see below)
#
# Needs wrk (apt-get install -y wrk) and the jar (./mvnw -B -o -q package -DskipTests). Each run starts
# the server fresh with JAVA_OPTS (default below), measures the time until /actuator/health is UP,
# warms up for WARMUP seconds (60 by default: the JIT compiles Drools' and Spring's hot paths for about
# that long on this machine, and figures taken earlier measure the compiler), then loads POST /api/v1/evaluations with the largest example of facts-examples/
# at 16 connections, sampling the server's resident memory (RSS) every 0.5 s. Prints one line per run
# and the medians. cpu_us_per_req is the server's CPU time (user + system) per request during the
# measured run: it depends less than req/s on what else the machine is doing; load_1min, the machine's
# load average at the end of the run, says how much that was (2 or more: the two cores were shared);
# wrk_cpu_us_per_req is the load generator's own CPU time per request, taken from the same two cores.
# The server is stopped by its process id after each run; nothing leaves loopback.
#
# With COMPARE=<other jar>, each of the RUNS rounds measures the other build, then this one, each with its own
# class-data archive, and the lines start with "other" or "this"; at the end come the medians of each and, per
# round, this build's CPU time per request over the other's. Builds taken in turn meet the same state of a
# shared host; sets run minutes apart do not (docs/performance.md).
set -euo pipefail
cd "$(dirname "$0")/../../.."

runs=${1:-5}
seconds=${2:-30}
warmup=${WARMUP:-60}
port=${PORT:-18181}
connections=16
jar=${JAR:-target/isms-decider.jar}
other=${COMPARE:-}
# README's server options: memory, then the class-data archive and Spring's AOT code that the build makes beside the jar
java_opts_for() { echo "${JAVA_OPTS:--XX:+UseSerialGC -Xmx256m -XX:SharedArchiveFile=${1%.jar}.jsa -Dspring.aot.enabled=true}"; }
for j in "$jar" $other; do
  [ -f "$j" ] || { echo "no jar $j: run ./mvnw -B -o -q package -DskipTests first" >&2; exit 2; }
done
command -v wrk >/dev/null || { echo "no wrk: apt-get install -y wrk" >&2; exit 2; }
body=$(ls -S facts-examples/*.json | grep -v '\.expected\.json$' | head -1)
work=$(mktemp -d)
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT

echo "jar $jar${other:+ and, in turn, $other}, JAVA_OPTS $(java_opts_for "$jar"), body $body ($(wc -c <"$body") bytes), $connections connections, ${warmup}s warm-up + ${seconds}s x $runs runs, $(nproc) cores"
echo "run ready_s req_per_s p50_ms p99_ms errors rss_max_mb cpu_us_per_req load_1min wrk_cpu_us_per_req"
ticks_per_s=$(getconf CLK_TCK)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
# measure RUN JAR RESULTS: one run of a fresh server of JAR; prints its line and appends it to RESULTS
measure() {
  local run=$1 jar=$2 results=$3
  start=$(date +%s.%N)
  # shellcheck disable=SC2086
  java $(java_opts_for "$jar") -jar "$jar" serve --server.port="$port" >"$work/server.log" 2>&1 &
  server=$!
  until curl -sf "http://127.0.0.1:$port/actuator/health" | grep -q '"UP"'; do
    kill -0 "$server" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
    sleep 0.02
  done
  ready=$(echo "$(date +%s.%N) - $start" | bc)
  BODY_FILE="$body" wrk -t2 -c"$connections" -d"${warmup}s" -s src/test/bench/post-example.lua "http://127.0.0.1:$port/api/v1/evaluations" >/dev/null
  : >"$work/rss"
  ( while kill -0 "$server" 2>/dev/null; do awk '/VmRSS/ {print $2}' "/proc/$server/status" >>"$work/rss" 2>/dev/null; sleep 0.5; done ) &
  sampler=$!
  cpu_before=$(cpu_ticks "$server")
  # bash's time keyword gives wrk's own CPU time (user + system), the part of the two cores the server did not get
  { TIMEFORMAT='%U %S'; time BODY_FILE="$body" wrk -t2 -c"$connections" -d"${seconds}s" --latency -s src/test/bench/post-example.lua \
    "http://127.0.0.1:$port/api/v1/evaluations" >"$work/wrk.txt"; } 2>"$work/wrk-cpu"
  cpu_after=$(cpu_ticks "$server")
  kill "$server"; wait "$server" 2>/dev/null || true; server=""
  wait "$sampler" 2>/dev/null || true
  rps=$(awk '/^Requests\/sec/ {print $2}' "$work/wrk.txt")
  p50=$(awk '$1=="50%" {print $2}' "$work/wrk.txt")
  p99=$(awk '$1=="99%" {print $2}' "$work/wrk.txt")
  non2xx=$(awk '/Non-2xx/ {print $NF}' "$work/wrk.txt"); non2xx=${non2xx:-0}
  socket=$(awk '/Socket errors/ {gsub(",", ""); print $4+$6+$8+$10}' "$work/wrk.txt"); socket=${socket:-0}
  rss=$(sort -n "$work/rss" | tail -1)
  requests=$(awk '/requests in/ {print $1}' "$work/wrk.txt")
  cpu_us=$(( (cpu_after - cpu_before) * 1000000 / ticks_per_s / requests ))
  wrk_cpu_us=$(awk -v n="$requests" '{printf "%d", ($1 + $2) * 1000000 / n}' "$work/wrk-cpu")
  # wrk prints latencies with units (us, ms, s); normalise to ms
  to_ms() { awk -v v="$1" 'BEGIN { n=v+0; if (v ~ /us$/) n/=1000; else if (v ~ /ms$/) n=n; else if (v ~ /s$/) n*=1000; printf "%.2f", n }'; }
  echo "$run $ready $rps $(to_ms "$p50") $(to_ms "$p99") $((non2xx + socket)) $((rss / 1024)) $cpu_us $(cut -d' ' -f1 /proc/loadavg) $wrk_cpu_us" | tee -a "$results"
}
for run in $(seq 1 "$runs"); do
  if [ -n "$other" ]; then
    printf 'other '; measure "$run" "$other" "$work/results-other"
    printf 'this  '
  fi
  measure "$run" "$jar" "$work/results"
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
medians() {
  echo "median ready_s $(cut -d' ' -f2 "$1" | median) req_per_s $(cut -d' ' -f3 "$1" | median)" \
    "p50_ms $(cut -d' ' -f4 "$1" | median) p99_ms $(cut -d' ' -f5 "$1" | median)" \
    "errors_total $(cut -d' ' -f6 "$1" | paste -sd+ | bc) rss_max_mb $(cut -d' ' -f7 "$1" | median)" \
    "cpu_us_per_req $(cut -d' ' -f8 "$1" | median) wrk_cpu_us_per_req $(cut -d' ' -f10 "$1" | median)"
}
if [ -n "$other" ]; then
  printf 'other '; medians "$work/results-other"
  printf 'this  '; medians "$work/results"
  echo "this build's CPU time per request over the other's, round by round: $(paste -d' ' "$work/results" "$work/results-other" \
    | awk '{printf "%s%.2f", (NR > 1 ? " " : ""), $8 / $18}')"
else
  medians "$work/results"
fi
echo "load average during the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
