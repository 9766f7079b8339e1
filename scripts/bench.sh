#!/usr/bin/env bash
# Benchmark of the request path against two baselines reading the same table of the same SQLite file
# (benchmarks/README.md). Loopback only, bounded time, rate limits off, audit on.
#   server  : src/TaijiangGraph.Server, GET /health, { __typename } and the page query as a TJ-JY department user
#   raw     : benchmarks/TaijiangGraph.Baseline.Raw, GET /entities (ADO.NET, same 10 rows x 3 columns as JSON)
#   plain   : benchmarks/TaijiangGraph.Baseline.PlainGraphQL, the same page query on plain GraphQL.NET
# Pairs run alternating A B A B: /health vs __typename, raw vs page, plain vs page. Afterwards the server is stopped
# and its audit trail must hold exactly one record per authenticated request answered 200 (warm-ups included); the audit
# writer's commit-latency line (logged at shutdown) is printed under the table.
# Driver: the .NET LoadHarness `drive-url` command (wrk is not installed on the build machines).
# Usage: scripts/bench.sh   (env: BENCH_SECONDS=10 BENCH_WARMUP=2 BENCH_CONCURRENCY=32 BENCH_ROUNDS=2 BENCH_PRIME=10 KEEP=1)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SECS=${BENCH_SECONDS:-10}
WARMUP=${BENCH_WARMUP:-2}
CONC=${BENCH_CONCURRENCY:-32}
ROUNDS=${BENCH_ROUNDS:-2}
PRIME=${BENCH_PRIME:-10}
WORK="$(mktemp -d "${TMPDIR:-/tmp}/tj-bench.XXXXXX")"
DATA="$WORK/data"

# shellcheck source=scripts/bench-common.sh
source "$ROOT/scripts/bench-common.sh"
RAW_DLL="$ROOT/benchmarks/TaijiangGraph.Baseline.Raw/$BIN/TaijiangGraph.Baseline.Raw.dll"
PLAIN_DLL="$ROOT/benchmarks/TaijiangGraph.Baseline.PlainGraphQL/$BIN/TaijiangGraph.Baseline.PlainGraphQL.dll"

log "building (Release): server, load harness, baselines"
for p in benchmarks/TaijiangGraph.LoadHarness benchmarks/TaijiangGraph.Baseline.Raw benchmarks/TaijiangGraph.Baseline.PlainGraphQL; do
  dotnet build "$ROOT/$p" -c Release -nologo -v q >>"$WORK/build.log" 2>&1 || { tail -30 "$WORK/build.log"; exit 1; }
done

# The token command creates, migrates and seeds the data folder (sample catalog, 500 records per resource).
dotnet "$SERVER_DLL" token --user bench1 --dept TJ-JY --role department --lifetime 2h --Database:DataFolder="$DATA" \
  >"$WORK/jy.token" 2>>"$WORK/token.log"
AUDIT_BEFORE="$(sqlite3 "$DATA/audit.db" 'SELECT COUNT(*) FROM audit_records')"
SERVER_PORT="$(harness port)"; RAW_PORT="$(harness port)"; PLAIN_PORT="$(harness port)"
start server "$SERVER_PORT" "$SERVER_DLL" --Database:DataFolder="$DATA" --RateLimits:Enabled=false
SERVER_PID=${PIDS[-1]}
start raw "$RAW_PORT" "$RAW_DLL" --DataFolder="$DATA"
start plain "$PLAIN_PORT" "$PLAIN_DLL" --DataFolder="$DATA"

PAGE='{ marketEntities(first: 10) { nodes { creditCode name street } } }'
printf '{"query":"%s","extensions":{"purpose":"性能基准测试"}}' "$PAGE" >"$WORK/page.json"
printf '{"query":"%s"}' "$PAGE" >"$WORK/plain.json"
printf '{"query":"{ __typename }"}' >"$WORK/typename.json"

declare -A URL=(
  [health]="http://127.0.0.1:$SERVER_PORT/health" [typename]="http://127.0.0.1:$SERVER_PORT/graphql"
  [page]="http://127.0.0.1:$SERVER_PORT/graphql" [raw]="http://127.0.0.1:$RAW_PORT/entities"
  [plain]="http://127.0.0.1:$PLAIN_PORT/graphql"
)
declare -A ARGS=(
  [health]="" [typename]="--body-file $WORK/typename.json --token-file $WORK/jy.token"
  [page]="--body-file $WORK/page.json --token-file $WORK/jy.token" [raw]="" [plain]="--body-file $WORK/plain.json"
)
AUTHENTICATED_OK=0
FAILED=0

run() { # pair name round -> $WORK/pair-name-round.out
  local out="$WORK/$1-$2-$3.out"
  # shellcheck disable=SC2086 # ARGS holds several options
  harness drive-url --url "${URL[$2]}" --seconds "$SECS" --warmup-seconds "$WARMUP" --concurrency "$CONC" --name "$2" ${ARGS[$2]} \
    >"$out" || FAILED=1
  log "$1 round $3: $(cat "$out")"
  [[ "$(field "$out" other_status)" == none && "$(field "$out" ok200_with_errors)" == 0 ]] || FAILED=1
  if [[ "$2" == typename || "$2" == page ]]; then
    AUTHENTICATED_OK=$((AUTHENTICATED_OK + $(field "$out" ok200) + $(field "$out" warmup_ok200)))
  fi
}

PAIRS=("health:typename" "raw:page" "plain:page")
# Priming, not measured: every server runs its request for PRIME seconds first, so that the JIT's tiering (several seconds
# under load) is over for all three before the first measured run, whichever pair comes first.
for name in health typename raw page plain; do
  SECS=$PRIME WARMUP=1 run prime "$name" 0
done
log "driver: LoadHarness drive-url; ${SECS}s per run after ${WARMUP}s warm-up, $CONC connections, $ROUNDS rounds per pair"
for pair in "${PAIRS[@]}"; do
  a=${pair%%:*}; b=${pair##*:}
  for round in $(seq 1 "$ROUNDS"); do run "$a-$b" "$a" "$round"; run "$a-$b" "$b" "$round"; done
done

kill -TERM "$SERVER_PID"
for _ in $(seq 1 300); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
AUDIT_RECORDS=$(($(sqlite3 "$DATA/audit.db" 'SELECT COUNT(*) FROM audit_records') - AUDIT_BEFORE))
[[ "$AUDIT_RECORDS" == "$AUTHENTICATED_OK" ]] || FAILED=1
# The audit writer logs its commit latency (enqueue -> committed, every request) in one line when the server stops.
LATENCY="$(grep -o 'Audit commit latency: .*' "$WORK/server.log" | tail -1 || true)"
LATENCY_P99="$(grep -o 'p99=[0-9.]*' <<<"$LATENCY" | cut -d= -f2 || true)"

mean() { # pair name field -> mean over the rounds
  local sum=0
  for round in $(seq 1 "$ROUNDS"); do sum=$(awk -v s="$sum" -v v="$(field "$WORK/$1-$2-$round.out" "$3")" 'BEGIN { print s + v }'); done
  awk -v s="$sum" -v n="$ROUNDS" 'BEGIN { printf "%.2f", s / n }'
}

{
  echo "# Benchmark $(date -u +'%F %H:%M') UTC"
  echo
  echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); ${SECS}s per run after ${WARMUP}s warm-up, $CONC connections,"
  echo "$ROUNDS rounds per pair (A B A B) after ${PRIME}s priming of each request, driver LoadHarness drive-url on the same machine; rate limits off, audit on."
  echo
  echo "| pair | request | req/s | p50 ms | p99 ms | req/s ratio to baseline |"
  echo "|---|---|---:|---:|---:|---:|"
  for pair in "${PAIRS[@]}"; do
    a=${pair%%:*}; b=${pair##*:}
    ra=$(mean "$a-$b" "$a" rps); rb=$(mean "$a-$b" "$b" rps)
    echo "| $a-$b | $a (baseline) | $ra | $(mean "$a-$b" "$a" p50_ms) | $(mean "$a-$b" "$a" p99_ms) | 1.00 |"
    ratio=$(awk -v x="$rb" -v y="$ra" 'BEGIN { printf "%.3f", x / y }')
    echo "| $a-$b | $b | $rb | $(mean "$a-$b" "$b" p50_ms) | $(mean "$a-$b" "$b" p99_ms) | $ratio |"
  done
  echo
  echo "Audit records written during the run: $AUDIT_RECORDS; authenticated requests answered 200 (warm-ups included): $AUTHENTICATED_OK"
  echo "-> $([[ "$AUDIT_RECORDS" == "$AUTHENTICATED_OK" ]] && echo equal || echo DIFFERENT)."
  echo
  echo "${LATENCY:-Audit commit latency: not found in the server log}"
  echo "-> audit commit p99 ≤ 5 ms: $([[ -n "$LATENCY_P99" ]] && awk -v p="$LATENCY_P99" 'BEGIN { exit !(p <= 5) }' && echo yes || echo no)."
  echo
  echo "RESULT: $([[ $FAILED == 0 ]] && echo PASS || echo FAIL)"
} | tee "$WORK/summary.md"
mkdir -p "$(dirname "$RESULTS")"
{ [[ -f "$RESULTS" ]] && echo; cat "$WORK/summary.md"; } >>"$RESULTS"
log "results appended to ${RESULTS#"$ROOT/"}"
exit "$FAILED"
