#!/usr/bin/env bash
# Benchmark on a million records (benchmarks/README.md, "A million records"): builds Release, seeds a fresh data folder with
# 1,000,000 market_entity records through the `seed` command (timed), starts the server (rate limits off, audit on) and
# measures with the LoadHarness `drive-url` command, as a TJ-JY department user with a purpose:
#   lookup : marketEntity(creditCode: …) { name } at 16 connections (one key, drawn from the middle of the table)
#   page1  : marketEntities(first: 10, order: [{ establishedOn: DESC }]) vs
#   deep   : the same page after the cursor at depth 900,000 (reached by paging with first: 100, selecting only the key)
#   street : marketEntities(where: { street: { eq: "苍霞" } }) { totalCount }
# Targets (benchmarks/README.md): lookup p99 < 5 ms; deep page p50 within ±20 % of page 1; street count p50 < 50 ms.
# Prints a table and appends it to benchmarks/results/<date>.md.
# Usage: scripts/bench-million.sh   (env: BENCH_RECORDS=1000000 BENCH_DEPTH=900000 BENCH_SECONDS=10 BENCH_WARMUP=2 KEEP=1)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RECORDS=${BENCH_RECORDS:-1000000}
DEPTH=${BENCH_DEPTH:-900000}
SECS=${BENCH_SECONDS:-10}
WARMUP=${BENCH_WARMUP:-2}
WORK="$(mktemp -d "${TMPDIR:-/tmp}/tj-bench-million.XXXXXX")"
DATA="$WORK/data"

# shellcheck source=scripts/bench-common.sh
source "$ROOT/scripts/bench-common.sh"
body() { # query [after] -> JSON request body with the purpose extension
  python3 -c 'import json, sys
variables = {"after": sys.argv[2]} if len(sys.argv) > 2 else {}
print(json.dumps({"query": sys.argv[1], "variables": variables, "extensions": {"purpose": "性能基准测试"}}, ensure_ascii=False))' "$@"
}

log "building (Release): server, load harness"
for p in src/TaijiangGraph.Server benchmarks/TaijiangGraph.LoadHarness; do
  dotnet build "$ROOT/$p" -c Release -nologo -v q >>"$WORK/build.log" 2>&1 || { tail -30 "$WORK/build.log"; exit 1; }
done

log "seeding $RECORDS market_entity records"
SEED_START=$(date +%s.%N)
dotnet "$SERVER_DLL" seed --resource market_entity --records "$RECORDS" --Database:DataFolder="$DATA" >"$WORK/seed.out" 2>"$WORK/seed.err" \
  || { cat "$WORK/seed.err" >&2; exit 1; }
SEED_SECONDS=$(awk -v s="$SEED_START" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')
SEED_LINE="$(tail -1 "$WORK/seed.out")"
log "$SEED_LINE (command wall time ${SEED_SECONDS}s, start-up and migration included)"

dotnet "$SERVER_DLL" token --user bench1 --dept TJ-JY --role department --lifetime 2h --Database:DataFolder="$DATA" \
  >"$WORK/jy.token" 2>>"$WORK/token.log"
ROWS="$(sqlite3 "$DATA/taijiang.db" 'SELECT COUNT(*) FROM ds_market_entity')"
KEY="$(sqlite3 "$DATA/taijiang.db" "SELECT credit_code FROM ds_market_entity WHERE row_id = $((ROWS / 2))")"
PORT="$(harness port)"
URL="http://127.0.0.1:$PORT/graphql"
start server "$PORT" "$SERVER_DLL" --Database:DataFolder="$DATA" --RateLimits:Enabled=false

ORDER='order: [{ establishedOn: DESC }]'
PAGE="query(\$after: String) { marketEntities(first: 10, $ORDER, after: \$after) { nodes { creditCode name establishedOn } } }"
body "{ marketEntity(creditCode: \"$KEY\") { name } }" >"$WORK/lookup.json"
body "$PAGE" >"$WORK/page1.json"
body '{ marketEntities(where: { street: { eq: "苍霞" } }) { totalCount } }' >"$WORK/street.json"

log "walking to depth $DEPTH ($ROWS rows) with first: 100, selecting only the key"
WALK_START=$(date +%s.%N)
python3 - "$URL" "$WORK/jy.token" "$DEPTH" "$ORDER" >"$WORK/deep.cursor" <<'PY'
import http.client, json, sys, urllib.parse
url, token_file, depth, order = urllib.parse.urlsplit(sys.argv[1]), sys.argv[2], int(sys.argv[3]), sys.argv[4]
token = open(token_file).read().strip()
connection = http.client.HTTPConnection(url.hostname, url.port, timeout=60)
query = "query($after: String) { marketEntities(first: 100, %s, after: $after) { nodes { creditCode } pageInfo { endCursor } } }" % order
after, walked = None, 0
while walked < depth:
    body = json.dumps({"query": query, "variables": {"after": after}, "extensions": {"purpose": "性能基准测试"}})
    connection.request("POST", url.path, body.encode(), {"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    reply = json.loads(connection.getresponse().read())
    page = reply["data"]["marketEntities"]
    walked += len(page["nodes"])
    after = page["pageInfo"]["endCursor"]
    if not page["nodes"]:
        sys.exit("the table ended at %d rows" % walked)
print(after)
PY
WALK_SECONDS=$(awk -v s="$WALK_START" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')
body "$PAGE" "$(cat "$WORK/deep.cursor")" >"$WORK/deep.json"
log "deep cursor reached in ${WALK_SECONDS}s"

FAILED=0
run() { # label body concurrency -> $WORK/label.out
  harness drive-url --url "$URL" --seconds "$SECS" --warmup-seconds "$WARMUP" --concurrency "$3" --name "$1" \
    --body-file "$WORK/$2.json" --token-file "$WORK/jy.token" >"$WORK/$1.out" || FAILED=1
  log "$1: $(cat "$WORK/$1.out")"
  [[ "$(field "$WORK/$1.out" other_status)" == none && "$(field "$WORK/$1.out" ok200_with_errors)" == 0 ]] || FAILED=1
}
run lookup lookup 16
run page1-a page1 1
run deep-a deep 1
run page1-b page1 1
run deep-b deep 1
run street street 1

p50() { field "$WORK/$1.out" p50_ms; }
mean() { awk -v a="$(p50 "$1-a")" -v b="$(p50 "$1-b")" 'BEGIN { printf "%.2f", (a + b) / 2 }'; }
P1=$(mean page1)
PD=$(mean deep)
RATIO=$(awk -v d="$PD" -v p="$P1" 'BEGIN { printf "%.2f", d / p }')
verdict() { awk -v v="$1" -v lo="$2" -v hi="$3" 'BEGIN { print (v >= lo && v < hi) ? "met" : "MISSED" }'; }
LOOKUP_P99=$(field "$WORK/lookup.out" p99_ms)
STREET_P50=$(p50 street)
{
  echo "# Million-record benchmark $(date -u +'%F %H:%M') UTC"
  echo
  echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $ROWS market_entity rows (SQLite, Release build);"
  echo "${SECS}s per run after ${WARMUP}s warm-up, driver LoadHarness drive-url on the same machine; rate limits off, audit on."
  echo
  echo "Seed: $SEED_LINE Command wall time ${SEED_SECONDS}s (start-up, migration and sample seed included)."
  echo "Walk to depth $DEPTH with first: 100: ${WALK_SECONDS}s."
  echo
  echo "| request | connections | req/s | p50 ms | p99 ms | target | |"
  echo "|---|---:|---:|---:|---:|---|---|"
  echo "| lookup by key | 16 | $(field "$WORK/lookup.out" rps) | $(p50 lookup) | $LOOKUP_P99 | p99 < 5 ms | $(verdict "$LOOKUP_P99" 0 5) |"
  for run in page1-a deep-a page1-b deep-b; do
    echo "| $run (establishedOn DESC) | 1 | $(field "$WORK/$run.out" rps) | $(p50 "$run") | $(field "$WORK/$run.out" p99_ms) | | |"
  done
  echo "| deep / page 1 (p50, mean of 2 runs) | | | $RATIO | | 0.8 – 1.2 | $(verdict "$RATIO" 0.8 1.2) |"
  echo "| street eq 苍霞 totalCount | 1 | $(field "$WORK/street.out" rps) | $STREET_P50 | $(field "$WORK/street.out" p99_ms) | < 50 ms | $(verdict "$STREET_P50" 0 50) |"
  echo
  echo "RESULT: $([[ $FAILED == 0 ]] && echo "PASS (every request answered 200 without errors)" || echo FAIL)"
} | tee "$WORK/summary.md"
mkdir -p "$(dirname "$RESULTS")"
{ [[ -f "$RESULTS" ]] && echo; cat "$WORK/summary.md"; } >>"$RESULTS"
log "results appended to ${RESULTS#"$ROOT/"}"
exit "$FAILED"
