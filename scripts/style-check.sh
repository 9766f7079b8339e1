#!/usr/bin/env bash
# The code layout is CSharpier's at 140 characters (docs/architecture.md, Code style); fails listing the files that differ.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
dotnet csharpier check .
