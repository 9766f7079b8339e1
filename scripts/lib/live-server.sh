#!/usr/bin/env bash
# Sourced by the scripts that drive a real server over HTTP (graphql-http audit, codegen check). Builds nothing:
# the solution must be built already. `start_live_server NAME TOOL RECORDS` checks the commands it needs, makes a
# temp work folder ($WORK), mints a department token ($TOKEN; this also creates, migrates and seeds the data
# folder with RECORDS records per resource), starts the server on a free 127.0.0.1 port ($PORT, $SERVER_PID,
# $WORK/server.log), waits for /health and runs `npm ci` in the npm tool folder TOOL. The server is stopped and
# the work folder removed on exit (KEEP=1 keeps it). Every step is time-bounded; any failure exits 1 naming NAME.
# Env: CONFIGURATION=Debug|Release.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CONFIGURATION=${CONFIGURATION:-Debug}
SERVER_DLL="$ROOT/src/TaijiangGraph.Server/bin/$CONFIGURATION/net10.0/TaijiangGraph.Server.dll"
SERVER_PID=""
WORK=""

live_server_cleanup() {
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
  fi
  [[ -n "$WORK" ]] || return 0
  if [[ "${KEEP:-0}" == 1 ]]; then echo "work folder kept: $WORK"; else rm -rf "$WORK"; fi
}

start_live_server() {
  local name=$1 tool=$2 records=$3
  for command in node npm curl timeout; do
    command -v "$command" >/dev/null 2>&1 || { echo "$name: '$command' is required" >&2; exit 1; }
  done
  [[ -f "$SERVER_DLL" ]] || { echo "$name: $SERVER_DLL not found; build the solution first" >&2; exit 1; }

  WORK="$(mktemp -d "${TMPDIR:-/tmp}/tj-${name// /-}.XXXXXX")"
  trap live_server_cleanup EXIT
  export Database__DataFolder="$WORK/data" Seed__RecordsPerResource="$records"
  export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
  # These checks are about the protocol and the schema, not audit latency: on a busy machine the first commits of
  # a cold server may take longer than the 2 s default, which would answer AUDIT_UNAVAILABLE.
  export Audit__DeadlineMilliseconds=15000

  TOKEN="$(timeout 120 dotnet "$SERVER_DLL" token --user "${name// /-}" --dept TJ-JY --role department 2>"$WORK/token.log")" \
    || { echo "$name: minting a token failed" >&2; tail -20 "$WORK/token.log" >&2; exit 1; }

  PORT="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
  Urls="http://127.0.0.1:$PORT" dotnet "$SERVER_DLL" >"$WORK/server.log" 2>&1 &
  SERVER_PID=$!
  local healthy=0
  for _ in $(seq 1 600); do
    if curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$PORT/health" 2>/dev/null; then healthy=1; break; fi
    kill -0 "$SERVER_PID" 2>/dev/null || break
    sleep 0.1
  done
  if [[ "$healthy" != 1 ]]; then
    echo "$name: the server did not become healthy on port $PORT" >&2
    tail -20 "$WORK/server.log" >&2
    exit 1
  fi

  (cd "$tool" && timeout 300 npm ci --no-audit --no-fund --loglevel=error >"$WORK/npm.log" 2>&1) \
    || { echo "$name: npm ci failed" >&2; tail -20 "$WORK/npm.log" >&2; exit 1; }
}
