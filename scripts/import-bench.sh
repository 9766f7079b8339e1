#!/usr/bin/env bash
# Import speed (docs/data-in.md, "The import command"): builds Release, writes a synthetic CSV of tax_payment records with the
# LoadHarness `import-csv` command (the seed's generator, so every row passes the value rules) into a temp folder, creates a fresh
# SQLite data folder (the `token` command migrates and seeds it and prints a TJ-SW department token), then times `import` of
# the file (wall time and CPU time: on a shared machine the CPU time is the steadier figure). Target: 1,000,000 rows in under 2 minutes on SQLite. The generated file and data folder are deleted afterwards
# (KEEP=1 keeps them). Prints the import's summary line and the wall time; appends nothing to benchmarks/results.
# tax_payment by default: a million market_entity rows make a 245 MB file, above the import's 200 MB file cap (docs/import.md).
# Usage: scripts/import-bench.sh   (env: IMPORT_ROWS=1000000 IMPORT_RESOURCE=tax_payment IMPORT_DEPT=TJ-SW KEEP=1)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROWS=${IMPORT_ROWS:-1000000}
RESOURCE=${IMPORT_RESOURCE:-tax_payment}
DEPT=${IMPORT_DEPT:-TJ-SW}
WORK="$(mktemp -d "${TMPDIR:-/tmp}/tj-import-bench.XXXXXX")"
DATA="$WORK/data"

# shellcheck source=scripts/bench-common.sh
source "$ROOT/scripts/bench-common.sh"

log "building (Release): server, load harness"
for p in src/TaijiangGraph.Server benchmarks/TaijiangGraph.LoadHarness; do
  dotnet build "$ROOT/$p" -c Release -nologo -v q >>"$WORK/build.log" 2>&1 || { tail -30 "$WORK/build.log"; exit 1; }
done

log "generating $ROWS $RESOURCE rows"
harness import-csv --catalog "$ROOT/src/TaijiangGraph.Data/Seeding/sample-catalog.json" --resource "$RESOURCE" \
  --rows "$ROWS" --out "$WORK/records.csv" >&2
log "file: $(du -h "$WORK/records.csv" | cut -f1)"

dotnet "$SERVER_DLL" token --user import-bench --dept "$DEPT" --role department --lifetime 2h --Database:DataFolder="$DATA" \
  >"$WORK/import.token" 2>>"$WORK/token.log"

log "importing"
START=$(date +%s.%N)
/usr/bin/time -f "%U %S" -o "$WORK/import.cpu" dotnet "$SERVER_DLL" import --resource "$RESOURCE" --file "$WORK/records.csv" --token "$(cat "$WORK/import.token")" \
  --Database:DataFolder="$DATA" >"$WORK/import.out" 2>"$WORK/import.err" || { cat "$WORK/import.err" >&2; exit 1; }
WALL=$(awk -v s="$START" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')
tail -1 "$WORK/import.out"
CPU=$(awk '{ printf "%.1f", $1 + $2 }' "$WORK/import.cpu")
echo "import of $ROWS rows: ${WALL} s wall time (start-up included), $(awk -v r="$ROWS" -v w="$WALL" 'BEGIN { printf "%.0f", r / w }') rows/s;" \
  "${CPU} s CPU (user + system); load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
