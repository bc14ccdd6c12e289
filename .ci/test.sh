#!/usr/bin/env bash
# The README's test command: installs what the tests need, runs the static checks and every test, and ends
# with one line "N passed, N failed, N skipped" summed over all test assemblies.
set -uo pipefail
cd "$(dirname "$0")/.."

bash .ci/install.sh || { echo "install failed"; exit 1; }

status=0
if [ -f .ci/cypher-lint/lint.mjs ]; then
  node .ci/cypher-lint/lint.mjs || status=1
fi
if [ -f .ci/validate-compose.sh ]; then
  bash .ci/validate-compose.sh || status=1
fi

log=$(mktemp)
dotnet test KnowledgeGraph.sln -c Release --nologo 2>&1 | tee "$log"
test_status=${PIPESTATUS[0]}
[ "$test_status" -eq 0 ] || status=1

# dotnet test prints one "Passed!/Failed!  - Failed: n, Passed: n, Skipped: n, Total: n" line per assembly.
summary=$(grep -E '^\s*(Passed|Failed)!\s+-\s+Failed:' "$log" | awk -F'[:,]' '
  { f += $2; p += $4; s += $6; n++ }
  END { printf "%d passed, %d failed, %d skipped", p, f, s }')
assemblies=$(grep -cE '^\s*(Passed|Failed)!\s+-\s+Failed:' "$log")
rm -f "$log"
if [ "$assemblies" -eq 0 ]; then
  echo "No test assembly reported results."
  status=1
fi
echo "test assemblies: $assemblies"
echo "$summary"
exit $status
