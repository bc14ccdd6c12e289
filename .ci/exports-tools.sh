#!/usr/bin/env bash
# Tools the export and viewer tests validate with: xmllint (GraphML/GEXF well-formedness), graphviz (renders
# the DOT export), chromium (viewer browser tests) and cytoscape under node (loads the Cytoscape.js export).
# Quick no-op when everything is present.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

need=()
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
command -v dot >/dev/null 2>&1 || need+=(graphviz)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  echo "exports-tools: apt-get install ${need[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

dir=tests/KnowledgeGraph.Exports.Tests/node
if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules" ]; then
  echo "exports-tools: npm ci in $dir"
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
fi
