#!/usr/bin/env bash
# Query figures (issue 10 §6): serves a store on 127.0.0.1 and runs one bounded wrk run per query, beside /healthz,
# in one go, then prints a table (p50, p99, requests/s, ratio to /healthz) ready for the README.
#
#   bench/query-figures.sh STORE.db [SECONDS_PER_RUN=10] [CONNECTIONS=4]
#
#   KG=/other/build/kg.dll bench/query-figures.sh STORE.db   # measure another build (e.g. before a change) on the same store
#   WARMUP=0 bench/query-figures.sh STORE.db                 # no warm-up run (default 3 s per query)
#
# Each measured run follows an unmeasured warm-up run of the same query (WARMUP seconds, same connections): the figures are
# those of a server that has compiled its code paths (.NET's tiered JIT recompiles hot methods after their first ~30 calls
# and a short delay), not of its first seconds, whose slow requests would otherwise fill the p99 of a 10 s run.
#
# Needs Debian's wrk (apt-get install -y wrk) and a Release build of kg (built here when missing). The store is only
# read. The rate limiter is lifted for the run (RateLimits__* below): it is the queries that are measured, not the
# admission control; the README states the defaults. Nothing is timed in tests; this script prints the figures.
set -euo pipefail

store=${1:?usage: bench/query-figures.sh STORE.db [seconds-per-run] [connections]}
seconds=${2:-10}
connections=${3:-4}
warmup=${WARMUP:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
kg=${KG:-"$root/src/KnowledgeGraph.Cli/bin/Release/net10.0/kg.dll"}
command -v wrk > /dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
[ -f "$store" ] || { echo "No store at $store (build one: dotnet tests/KnowledgeGraph.Benchmarks/bin/Release/net10.0/KnowledgeGraph.Benchmarks.dll --synthetic-store $store 600000 5)" >&2; exit 2; }
if [ ! -f "$kg" ]; then
  [ -z "${KG:-}" ] || { echo "No kg build at $KG" >&2; exit 2; }
  dotnet build "$root/src/KnowledgeGraph.Cli" -c Release -v quiet -nologo
fi

work=$(mktemp -d)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
url="http://127.0.0.1:$port"
RateLimits__PerClientPerSecond=1000000 RateLimits__PerClientBurst=1000000 \
RateLimits__ConcurrentRequests=64 RateLimits__QueueLength=10000 \
  dotnet "$kg" serve --store "$store" --urls "$url" --no-sample > "$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2> /dev/null; wait $server 2> /dev/null; rm -rf "$work"' EXIT

for _ in $(seq 1 240); do
  curl -sf "$url/healthz" > "$work/health.json" 2> /dev/null && break
  kill -0 $server 2> /dev/null || { cat "$work/serve.log" >&2; exit 2; }
  sleep 0.5
done
[ -s "$work/health.json" ] || { echo "kg serve did not answer within 120 s" >&2; cat "$work/serve.log" >&2; exit 2; }

graphql() { # query -> JSON answer (fails on errors)
  python3 - "$url/graphql" "$1" <<'PY'
import json, sys, urllib.request
request = urllib.request.Request(sys.argv[1], json.dumps({"query": sys.argv[2]}).encode(), {"Content-Type": "application/json"})
answer = json.load(urllib.request.urlopen(request, timeout=600))
if answer.get("errors"):
    sys.exit(f"query failed: {sys.argv[2]}\n{json.dumps(answer['errors'])}")
print(json.dumps(answer["data"]))
PY
}

# Parameters come from the store: its busiest speakers (for denials, network and path) and a word of its top claim.
echo "Choosing parameters from the store (busiest speakers, top claim)…" >&2
top=$(graphql '{ entities(first: 2, orderBy: STATEMENT_COUNT) { nodes { name } } claims(first: 1) { nodes { text } } }')
speaker=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["entities"]["nodes"][0]["name"])' "$top")
other=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["entities"]["nodes"][1]["name"])' "$top")
word=$(python3 -c 'import json,sys,re; t=json.loads(sys.argv[1])["claims"]["nodes"][0]["text"]; print(max(re.findall(r"[A-Za-z]{4,}", t), key=len))' "$top")

names=(); queries=()
add() { names+=("$1"); queries+=("$2"); }
add "entity(name){ denied(first:20) }" "{ entity(name: \"$speaker\") { name denied(first: 20) { totalCount nodes { evidence date claim { text } reportedBy { name } } } } }"
add "claims(CORROBORATION, first:20)" '{ claims(orderBy: CORROBORATION, first: 20) { nodes { id text corroboration saidCount deniedCount } } }'
add "contestedClaims(first:20)" '{ contestedClaims(first: 20) { nodes { id text corroboration } } }'
add "search(text, first:10)" "{ search(text: \"$word\", first: 10) { kind id title score } }"
add "network(depth:2, limit:200)" "{ network(center: \"$speaker\", depth: 2, limit: 200) { truncated nodes { id label name } edges { id type source target } } }"
add "path(maxHops:6)" "{ path(from: \"$speaker\", to: \"$other\", maxHops: 6) { length nodes { id } } }"
add "stats (counts)" '{ stats { articles entities claims statements } }'

lua() { # name of a Lua file for a POST of the query (or GET /healthz when empty)
  local file="$work/$1.lua"
  if [ -z "$2" ]; then
    echo 'wrk.method = "GET"' > "$file"
  else
    python3 - "$2" > "$file" <<'PY'
import json, sys
body = json.dumps({"query": sys.argv[1]})
print('wrk.method = "POST"')
print('wrk.headers["Content-Type"] = "application/json"')
print(f'wrk.body = [==[{body}]==]')
PY
  fi
  echo "$file"
}

run() { # label, path, lua file -> "label|p50|p99|rps"
  local out
  [ "$warmup" = 0 ] || wrk -t2 -c"$connections" -d"${warmup}s" --timeout 10s -s "$3" "$url$2" > /dev/null
  out=$(wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s --latency -s "$3" "$url$2")
  python3 - "$1" "$out" <<'PY'
import re, sys
label, text = sys.argv[1], sys.argv[2]
def ms(value):
    number, unit = re.match(r"([\d.]+)(us|ms|s)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]
p50 = ms(re.search(r"^\s+50%\s+(\S+)", text, re.M).group(1))
p99 = ms(re.search(r"^\s+99%\s+(\S+)", text, re.M).group(1))
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
bad = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
errors = re.search(r"Socket errors: (.*)", text)
note = (f" ({bad.group(1)} non-2xx)" if bad else "") + (f" (socket errors: {errors.group(1)})" if errors else "")
print(f"{label}|{p50:.2f}|{p99:.2f}|{rps:.0f}|{note}")
PY
}

for i in "${!queries[@]}"; do graphql "${queries[$i]}" > /dev/null; done  # every query answers, without errors
health=$(cat "$work/health.json")
size=$(du -h "$store" | cut -f1)
echo "Measuring ($warmup s warm-up and $seconds s per run, $connections connections, 2 wrk threads); load before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
rows=("$(run "/healthz" "/healthz" "$(lua healthz "")")")
for i in "${!queries[@]}"; do
  rows+=("$(run "${names[$i]}" "/graphql" "$(lua "q$i" "${queries[$i]}")")")
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

python3 - "$health" "$size" "$speaker" "$other" "$word" "$seconds" "$connections" "$warmup" "${rows[@]}" <<'PY'
import json, os, sys
health, size, speaker, other, word, seconds, connections, warmup = sys.argv[1:9]
rows = [r.split("|") for r in sys.argv[9:]]
h = json.loads(health)
base = float(rows[0][3])
print(f"Store: {h['articles']:,} articles, {h['statements']:,} statements, {h['claims']:,} claims, {h['entities']:,} entities ({size} on disk).")
print(f"Parameters: speaker \"{speaker}\", path to \"{other}\", search \"{word}\"; wrk {seconds} s per run after {warmup} s of warm-up, {connections} connections, 2 threads, {os.cpu_count()} cores.")
print()
print("| query | p50 ms | p99 ms | req/s | vs /healthz |")
print("|---|---:|---:|---:|---:|")
for label, p50, p99, rps, note in rows:
    print(f"| `{label}`{note} | {p50} | {p99} | {rps} | {float(rps) / base:.2f} |")
PY
