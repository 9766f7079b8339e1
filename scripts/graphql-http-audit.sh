#!/usr/bin/env bash
# GraphQL-over-HTTP compliance (README, GraphQL-over-HTTP audit): runs the server audits of the npm package graphql-http
# (tools/graphql-http-audit) against a real server with a valid bearer token. Builds nothing: the solution
# must be built already (.ci/run does). Starts the server on a temp data folder and a free 127.0.0.1 port,
# mints a token, runs `npm ci` and the audit, stops the server and cleans up. Exits non-zero if any MUST
# audit fails or anything along the way does. Every step is time-bounded.
# Usage: scripts/graphql-http-audit.sh   (env: CONFIGURATION=Debug|Release, KEEP=1 to keep the work folder)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CONFIGURATION=${CONFIGURATION:-Debug}
SERVER_DLL="$ROOT/src/TaijiangGraph.Server/bin/$CONFIGURATION/net10.0/TaijiangGraph.Server.dll"
TOOL="$ROOT/tools/graphql-http-audit"
SERVER_PID=""

for command in node npm curl timeout; do
  command -v "$command" >/dev/null 2>&1 || { echo "graphql-http audit: '$command' is required" >&2; exit 1; }
done
[[ -f "$SERVER_DLL" ]] || { echo "graphql-http audit: $SERVER_DLL not found; build the solution first" >&2; exit 1; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/tj-graphql-http-audit.XXXXXX")"
cleanup() {
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
  fi
  if [[ "${KEEP:-0}" == 1 ]]; then echo "work folder kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

export Database__DataFolder="$WORK/data" Seed__RecordsPerResource=20
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# The token command creates, migrates and seeds the data folder; the server then starts on it.
TOKEN="$(timeout 120 dotnet "$SERVER_DLL" token --user graphql-http-audit --dept TJ-JY --role department 2>"$WORK/token.log")" \
  || { echo "graphql-http audit: minting a token failed" >&2; tail -20 "$WORK/token.log" >&2; exit 1; }

PORT="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
Urls="http://127.0.0.1:$PORT" dotnet "$SERVER_DLL" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
healthy=0
for _ in $(seq 1 600); do
  if curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$PORT/health" 2>/dev/null; then healthy=1; break; fi
  kill -0 "$SERVER_PID" 2>/dev/null || break
  sleep 0.1
done
if [[ "$healthy" != 1 ]]; then
  echo "graphql-http audit: the server did not become healthy on port $PORT" >&2
  tail -20 "$WORK/server.log" >&2
  exit 1
fi

(cd "$TOOL" && timeout 300 npm ci --no-audit --no-fund --loglevel=error >"$WORK/npm.log" 2>&1) \
  || { echo "graphql-http audit: npm ci failed" >&2; tail -20 "$WORK/npm.log" >&2; exit 1; }

status=0
GRAPHQL_URL="http://127.0.0.1:$PORT/graphql" GRAPHQL_TOKEN="$TOKEN" timeout 300 node "$TOOL/audit.mjs" || status=$?
if [[ "$status" -ne 0 ]] && ! kill -0 "$SERVER_PID" 2>/dev/null; then
  echo "graphql-http audit: the server exited during the audit" >&2
  tail -20 "$WORK/server.log" >&2
fi
exit "$status"
