#!/usr/bin/env bash
# Introspection parity: graphql-codegen (tools/graphql-codegen-check, schema-ast plugin) reads the schema of a live
# server by introspection with a department token and prints it as SDL; the SDL must equal schema.graphql once both
# are normalised by graphql-js (compare.mjs). The server runs as scripts/lib/live-server.sh describes. Exits non-zero
# on any difference or if anything along the way fails.
# Usage: scripts/codegen-check.sh   (env: CONFIGURATION=Debug|Release, KEEP=1 to keep the work folder)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/live-server.sh"

TOOL="$ROOT/tools/graphql-codegen-check"
start_live_server "codegen check" "$TOOL" 5

(cd "$TOOL" && GRAPHQL_URL="http://127.0.0.1:$PORT/graphql" GRAPHQL_TOKEN="$TOKEN" CODEGEN_OUTPUT="$WORK/introspected.graphql" \
  timeout 300 ./node_modules/.bin/graphql-codegen --config codegen.yml >"$WORK/codegen.log" 2>&1) \
  || { echo "codegen check: graphql-codegen failed" >&2; tail -40 "$WORK/codegen.log" >&2; tail -20 "$WORK/server.log" >&2; exit 1; }

timeout 60 node "$TOOL/compare.mjs" "$ROOT/schema.graphql" "$WORK/introspected.graphql"
