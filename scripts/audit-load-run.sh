#!/usr/bin/env bash
# Audit trail load run (docs/audit.md, group commit). Loopback only, bounded counts and time.
#   A. A real server process takes REQUESTS requests from CONCURRENCY workers; stopped; the trail must hold
#      exactly one record per request answered 200 (each request reads exactly one resource) and its chain
#      must verify.
#   B. The same, with kill -9 of the server once KILL_AT requests have completed. Right after the kill, and
#      again after a restart on the same folder and AFTER_RESTART more requests, every request the client saw
#      answered 200 must have its record, and the chain (resumed after the crash) must verify.
#   C. In-process comparison, same run: requests/s with the real group-commit writer vs a no-op sink that
#      exists only in the harness; rounds alternate the order.
# Usage: scripts/audit-load-run.sh   (env: REQUESTS CONCURRENCY KILL_AT AFTER_RESTART COMPARE_REQUESTS
#        COMPARE_ROUNDS SEED_RECORDS KEEP=1 to keep the work folder)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REQUESTS=${REQUESTS:-20000}
CONCURRENCY=${CONCURRENCY:-64}
KILL_AT=${KILL_AT:-$((REQUESTS * 40 / 100))}
AFTER_RESTART=${AFTER_RESTART:-2000}
COMPARE_REQUESTS=${COMPARE_REQUESTS:-2500}
COMPARE_ROUNDS=${COMPARE_ROUNDS:-4}
SEED_RECORDS=${SEED_RECORDS:-500}
STEP_TIMEOUT=${STEP_TIMEOUT:-600}
WORK="$(mktemp -d "${TMPDIR:-/tmp}/tj-audit-load.XXXXXX")"
SERVER_DLL="$ROOT/src/TaijiangGraph.Server/bin/Release/net10.0/TaijiangGraph.Server.dll"
HARNESS_DLL="$ROOT/benchmarks/TaijiangGraph.LoadHarness/bin/Release/net10.0/TaijiangGraph.LoadHarness.dll"
SERVER_PID=""
FAILED=0
STARTED=$SECONDS

cleanup() {
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then kill -9 "$SERVER_PID" 2>/dev/null || true; fi
  if [[ "${KEEP:-0}" == 1 ]]; then echo "work folder kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

log() { echo "[$(date +%H:%M:%S) +$((SECONDS - STARTED))s] $*"; }
harness() { timeout "$STEP_TIMEOUT" dotnet "$HARNESS_DLL" "$@"; }
# field FILE NAME: the value of NAME=value on the file's first line that has it
field() { grep -o "\(^\| \)$2=[^ ]*" "$1" | head -1 | cut -d= -f2; }

token() { # folder user dept role -> token on stdout (the command creates, migrates and seeds the folder)
  Database__DataFolder="$1" Seed__RecordsPerResource="$SEED_RECORDS" \
    timeout 120 dotnet "$SERVER_DLL" token --user "$2" --dept "$3" --role "$4" --lifetime 2h 2>>"$WORK/token.log"
}

start_server() { # folder port node-id log
  Database__DataFolder="$1" Urls="http://127.0.0.1:$2" Seed__RecordsPerResource="$SEED_RECORDS" Audit__NodeId="$3" \
    dotnet "$SERVER_DLL" >>"$4" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 600); do
    if curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$2/health" 2>/dev/null; then return 0; fi
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then log "server exited on start"; tail -20 "$4"; exit 1; fi
    sleep 0.1
  done
  log "server not healthy within 60 s"; exit 1
}

stop_server() { # graceful stop (SIGTERM, at most 30 s); sets STOP_RC to the server's exit code
  kill -TERM "$SERVER_PID"
  for _ in $(seq 1 300); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$SERVER_PID" 2>/dev/null; then kill -9 "$SERVER_PID"; fi
  STOP_RC=0
  wait "$SERVER_PID" || STOP_RC=$?
  SERVER_PID=""
}

chain_query() { # port bureau-token-file purpose ok-file: verifyAuditChain over HTTP; its own record is listed as a 200
  local out status
  out="$(curl -sS --max-time 120 -w '\n%{http_code}' -H "Authorization: Bearer $(cat "$2")" -H 'Content-Type: application/json' \
    -d "{\"query\":\"{ verifyAuditChain { ok checked nodeId sequence reason } }\",\"extensions\":{\"purpose\":\"$3\"}}" \
    "http://127.0.0.1:$1/graphql")"
  status="$(tail -1 <<<"$out")"
  if [[ "$status" == 200 ]]; then echo "$3" >>"$4"; fi
  head -1 <<<"$out"
}

log "building (Release): harness and server"
dotnet build "$ROOT/benchmarks/TaijiangGraph.LoadHarness/TaijiangGraph.LoadHarness.csproj" -c Release -nologo -v q >"$WORK/build.log" 2>&1 \
  || { tail -30 "$WORK/build.log"; exit 1; }

# ---- A: clean run ------------------------------------------------------------------------------------------
A="$WORK/a"; PORT_A="$(harness port)"
token "$A" u1 TJ-MZ department >"$WORK/a-reader.token"
token "$A" b1 TJ-DSJ bureau >"$WORK/a-bureau.token"
start_server "$A" "$PORT_A" load-a "$WORK/a-server.log"
log "A: $REQUESTS requests x $CONCURRENCY workers -> 127.0.0.1:$PORT_A (server pid $SERVER_PID)"
harness drive --url "http://127.0.0.1:$PORT_A" --token-file "$WORK/a-reader.token" --requests "$REQUESTS" \
  --concurrency "$CONCURRENCY" --prefix a --ok-file "$WORK/a.ok" | tee "$WORK/a-drive.out"
: >"$WORK/a-chain.ok"
A_CHAIN_HTTP="$(chain_query "$PORT_A" "$WORK/a-bureau.token" chain-check-a "$WORK/a-chain.ok")"
log "A: verifyAuditChain over HTTP: $A_CHAIN_HTTP"
stop_server; A_EXIT=$STOP_RC
log "A: server stopped (exit code $A_EXIT); verifying the trail"
harness verify --data "$A" --ok-file "$WORK/a.ok,$WORK/a-chain.ok" --exact true | tee "$WORK/a-verify.out" || FAILED=1
[[ "$(field "$WORK/a-drive.out" ok200)" == "$REQUESTS" ]] || FAILED=1

# ---- B: kill -9 in the middle --------------------------------------------------------------------------------
B="$WORK/b"; PORT_B="$(harness port)"
token "$B" u1 TJ-MZ department >"$WORK/b-reader.token"
token "$B" b1 TJ-DSJ bureau >"$WORK/b-bureau.token"
start_server "$B" "$PORT_B" load-b "$WORK/b-server.log"
log "B: $REQUESTS requests x $CONCURRENCY workers, kill -9 after $KILL_AT completed (server pid $SERVER_PID)"
harness drive --url "http://127.0.0.1:$PORT_B" --token-file "$WORK/b-reader.token" --requests "$REQUESTS" \
  --concurrency "$CONCURRENCY" --prefix b --ok-file "$WORK/b.ok" --mark-at "$KILL_AT" --mark-file "$WORK/b.mark" >"$WORK/b-drive.out" &
DRIVER_PID=$!
for _ in $(seq 1 $((STEP_TIMEOUT * 20))); do
  [[ -e "$WORK/b.mark" ]] && break
  kill -0 "$DRIVER_PID" 2>/dev/null || break
  sleep 0.05
done
[[ -e "$WORK/b.mark" ]] || { log "B: the driver never reached $KILL_AT requests"; exit 1; }
kill -9 "$SERVER_PID"
wait "$SERVER_PID" 2>/dev/null || true
SERVER_PID=""
log "B: server killed with SIGKILL"
wait "$DRIVER_PID" || FAILED=1
cat "$WORK/b-drive.out"
log "B: trail right after the kill, before any restart"
harness verify --data "$B" --ok-file "$WORK/b.ok" | tee "$WORK/b-verify-crash.out" || FAILED=1
start_server "$B" "$PORT_B" load-b "$WORK/b-server.log"
log "B: restarted on the same folder and node id (pid $SERVER_PID); $AFTER_RESTART more requests"
harness drive --url "http://127.0.0.1:$PORT_B" --token-file "$WORK/b-reader.token" --requests "$AFTER_RESTART" \
  --concurrency "$CONCURRENCY" --prefix b2 --ok-file "$WORK/b2.ok" | tee "$WORK/b2-drive.out"
: >"$WORK/b-chain.ok"
B_CHAIN_HTTP="$(chain_query "$PORT_B" "$WORK/b-bureau.token" chain-check-b "$WORK/b-chain.ok")"
log "B: verifyAuditChain over HTTP: $B_CHAIN_HTTP"
stop_server; B_EXIT=$STOP_RC
log "B: server stopped (exit code $B_EXIT); verifying the trail"
harness verify --data "$B" --ok-file "$WORK/b.ok,$WORK/b2.ok,$WORK/b-chain.ok" | tee "$WORK/b-verify.out" || FAILED=1
[[ "$(field "$WORK/b2-drive.out" ok200)" == "$AFTER_RESTART" ]] || FAILED=1
[[ "$A_EXIT" == 0 && "$B_EXIT" == 0 ]] || FAILED=1

# ---- C: real writer vs no-op sink, in process ----------------------------------------------------------------
log "C: in-process compare, $COMPARE_ROUNDS rounds x $COMPARE_REQUESTS requests per sink, $CONCURRENCY workers"
harness inprocess-compare --requests "$COMPARE_REQUESTS" --concurrency "$CONCURRENCY" --rounds "$COMPARE_ROUNDS" \
  --warmup 1000 --seed-records "$SEED_RECORDS" --work "$WORK/compare" | tee "$WORK/compare.out" || FAILED=1

# ---- summary --------------------------------------------------------------------------------------------------
S="$WORK/compare.out"; SUM="$(grep COMPARE_SUMMARY "$S")"; echo "$SUM" >"$WORK/summary.line"
cat <<EOF

================ audit load run: summary ================
machine: $(nproc) cores, load average at end $(cut -d' ' -f1-3 /proc/loadavg); total $((SECONDS - STARTED)) s
A  clean run, external server process
   requests=$REQUESTS concurrency=$CONCURRENCY ok200=$(field "$WORK/a-drive.out" ok200) other=$(field "$WORK/a-drive.out" other_status) failures=$(field "$WORK/a-drive.out" connection_failures)
   seconds=$(field "$WORK/a-drive.out" seconds) rps=$(field "$WORK/a-drive.out" rps) p50_ms=$(field "$WORK/a-drive.out" p50_ms) p99_ms=$(field "$WORK/a-drive.out" p99_ms)
   trail records=$(field "$WORK/a-verify.out" records) (expected $(cat "$WORK/a.ok" "$WORK/a-chain.ok" | wc -l): ok200 + 1 verifyAuditChain) missing=$(field "$WORK/a-verify.out" ok200_missing_record) chain=$(field "$WORK/a-verify.out" chain) checked=$(field "$WORK/a-verify.out" chain_checked) -> $(field "$WORK/a-verify.out" result)
   server exit code on SIGTERM: A=$A_EXIT B=$B_EXIT
B  kill -9 after $KILL_AT completed
   sent=$(field "$WORK/b-drive.out" sent) ok200_before_kill=$(field "$WORK/b-drive.out" ok200) connection_failures=$(field "$WORK/b-drive.out" connection_failures) other=$(field "$WORK/b-drive.out" other_status)
   after kill, before restart: records=$(field "$WORK/b-verify-crash.out" records) ok200_missing_record=$(field "$WORK/b-verify-crash.out" ok200_missing_record) records_without_client_200=$(field "$WORK/b-verify-crash.out" records_without_client_200) chain=$(field "$WORK/b-verify-crash.out" chain) -> $(field "$WORK/b-verify-crash.out" result)
   after restart + $AFTER_RESTART requests (ok200=$(field "$WORK/b2-drive.out" ok200)): records=$(field "$WORK/b-verify.out" records) ok200_missing_record=$(field "$WORK/b-verify.out" ok200_missing_record) chain=$(field "$WORK/b-verify.out" chain) checked=$(field "$WORK/b-verify.out" chain_checked) -> $(field "$WORK/b-verify.out" result)
C  in process, $COMPARE_ROUNDS rounds x $COMPARE_REQUESTS per sink, $CONCURRENCY workers
   real_rps=$(field "$WORK/summary.line" real_rps) noop_rps=$(field "$WORK/summary.line" noop_rps) real/noop=$(field "$WORK/summary.line" real_over_noop) (per round, sorted: $(field "$WORK/summary.line" round_ratios); median $(field "$WORK/summary.line" median_round_ratio))
   p50/p99 ms real=$(field "$WORK/summary.line" real_p50_ms)/$(field "$WORK/summary.line" real_p99_ms) noop=$(field "$WORK/summary.line" noop_p50_ms)/$(field "$WORK/summary.line" noop_p99_ms)
   commits=$(field "$WORK/summary.line" real_commits) records=$(field "$WORK/summary.line" real_records) records_per_commit=$(field "$WORK/summary.line" records_per_commit) -> $(field "$WORK/summary.line" result)
RESULT: $([[ $FAILED == 0 ]] && echo PASS || echo FAIL)
=========================================================
EOF
exit "$FAILED"
