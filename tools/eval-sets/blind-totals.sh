#!/bin/bash
# blind-totals.sh LABEL SET_DIR...: a kept-blind set's totals only (P, R, denials R, entities R, statements extracted),
# one line per set, for scoring blind sets at every commit without reading them. Uses the Release CLI build of this
# checkout (build it first: dotnet build -c Release src/KnowledgeGraph.Cli). SCORE_PY names score.py when the
# repository is not beside ../shared.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
score=${SCORE_PY:-$here/../shared/dev/score.py}
label=$1; shift
for dir in "$@"; do
  out=$(mktemp)
  dotnet "$here/src/KnowledgeGraph.Cli/bin/Release/net10.0/kg.dll" extract "$dir" --format json > "$out" 2>/dev/null
  python3 "$score" "$out" "$dir" "$dir" --json | python3 -c '
import json, sys
r = json.load(sys.stdin)
print(sys.argv[1], sys.argv[2], r["statements_precision"], r["statements_recall"], r["denied_recall"], r["entities_recall"], r["extracted"])' "$label" "$(basename "$dir")"
  rm -f "$out"
done
