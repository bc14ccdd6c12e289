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
# Normal verbosity prints each skipped test with its reason (e.g. why the Neo4j contract tests did not run).
dotnet test KnowledgeGraph.sln -c Release --nologo --logger "console;verbosity=normal" 2>&1 | tee "$log"
test_status=${PIPESTATUS[0]}
[ "$test_status" -eq 0 ] || status=1

# Each test assembly ends with "Total tests: n" followed by indented "Passed: n", "Failed: n", "Skipped: n" lines.
read -r assemblies passed failed skipped < <(awk '
  /^Total tests: [0-9]+/ { n++ }
  /^[[:space:]]+Passed: [0-9]+[[:space:]]*$/  { p += $2 }
  /^[[:space:]]+Failed: [0-9]+[[:space:]]*$/  { f += $2 }
  /^[[:space:]]+Skipped: [0-9]+[[:space:]]*$/ { s += $2 }
  END { printf "%d %d %d %d\n", n, p, f, s }' "$log")
rm -f "$log"
if [ "$assemblies" -eq 0 ]; then
  echo "No test assembly reported results."
  status=1
fi
[ "$failed" -eq 0 ] || status=1
echo "test assemblies: $assemblies"
echo "$passed passed, $failed failed, $skipped skipped"
exit $status
