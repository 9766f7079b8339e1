#!/usr/bin/env bash
# GraphQL-over-HTTP compliance (README, GraphQL-over-HTTP audit): runs the server audits of the npm package graphql-http
# (tools/graphql-http-audit) against a real server with a valid bearer token. The server runs as
# scripts/lib/live-server.sh describes. Exits non-zero if any MUST audit fails or anything along the way does.
# Usage: scripts/graphql-http-audit.sh   (env: CONFIGURATION=Debug|Release, KEEP=1 to keep the work folder)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/live-server.sh"

TOOL="$ROOT/tools/graphql-http-audit"
start_live_server "graphql-http audit" "$TOOL" 20

status=0
GRAPHQL_URL="http://127.0.0.1:$PORT/graphql" GRAPHQL_TOKEN="$TOKEN" timeout 300 node "$TOOL/audit.mjs" || status=$?
if [[ "$status" -ne 0 ]] && ! kill -0 "$SERVER_PID" 2>/dev/null; then
  echo "graphql-http audit: the server exited during the audit" >&2
  tail -20 "$WORK/server.log" >&2
fi
exit "$status"
