# Shared by scripts/bench.sh and scripts/bench-million.sh (sourced, not run): paths of the Release builds, the work
# folder's cleanup, logging, the load harness and starting a process until its GET /health answers.
# The sourcing script sets ROOT and WORK first.

BIN=bin/Release/net10.0
SERVER_DLL="$ROOT/src/TaijiangGraph.Server/$BIN/TaijiangGraph.Server.dll"
HARNESS_DLL="$ROOT/benchmarks/TaijiangGraph.LoadHarness/$BIN/TaijiangGraph.LoadHarness.dll"
RESULTS="$ROOT/benchmarks/results/$(date -u +%F).md"
PIDS=()
STARTED=$SECONDS

cleanup() {
  for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  if [[ "${KEEP:-0}" == 1 ]]; then echo "work folder kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

log() { echo "[$(date +%H:%M:%S) +$((SECONDS - STARTED))s] $*" >&2; }
harness() { timeout 600 dotnet "$HARNESS_DLL" "$@"; }
field() { grep -o "\(^\| \)$2=[^ ]*" "$1" | head -1 | cut -d= -f2; } # field FILE NAME

start() { # name port dll args... -> $WORK/name.log; waits for GET /health
  local name=$1 port=$2 dll=$3
  shift 3
  dotnet "$dll" "$@" --Urls="http://127.0.0.1:$port" >"$WORK/$name.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 600); do
    curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$port/health" 2>/dev/null && return 0
    kill -0 "${PIDS[-1]}" 2>/dev/null || { log "$name exited on start"; tail -20 "$WORK/$name.log" >&2; exit 1; }
    sleep 0.1
  done
  log "$name not healthy within 60 s"; exit 1
}
