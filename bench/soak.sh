#!/usr/bin/env bash
# Bounded soak (issue 11): serves a copy of a store on 127.0.0.1 and, for MINUTES minutes (default 10), mixes reads,
# hostile queries and ingestArticle mutations with wrk; prints requests, unexpected answers, p99 and the server's RSS
# at the start, at minute 2 and at the end.
#
#   bench/soak.sh [STORE.db] [MINUTES=10] [CONNECTIONS=4]
#
# Without STORE the sample is served. The store is copied first (mutations write). Every answer is checked against
# what a request of the mix may get: data without errors (reads, mutations) or one of the hostile requests' codes
# (DOCUMENT_TOO_LARGE, FILTER_TOO_COMPLEX, MAX_COMPLEXITY_EXCEEDED, UNSUPPORTED_MEDIA_TYPE). Anything else (a 500, a
# timeout, a 429, an error on a read) is an unexpected error. The per-client token bucket is
# lifted (one wrk client would hit it at once); the concurrency limit and everything else keep their defaults.
set -euo pipefail

source_store=${1:-}
minutes=${2:-10}
connections=${3:-4}
root=$(cd "$(dirname "$0")/.." && pwd)
kg="$root/src/KnowledgeGraph.Cli/bin/Release/net10.0/kg.dll"
seed=$(ls "$root"/../shared/seeds/*.txt 2> /dev/null | head -1 || true)
command -v wrk > /dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
[ -n "$seed" ] || { echo "No seed article in ../shared/seeds to ingest" >&2; exit 2; }
[ -f "$kg" ] || dotnet build "$root/src/KnowledgeGraph.Cli" -c Release -v quiet -nologo

work=$(mktemp -d)
store="$work/soak.db"
if [ -n "$source_store" ]; then
  sqlite3 "$source_store" ".backup '$store'" 2> /dev/null || cp "$source_store" "$store"
fi
key=$(python3 -c 'import secrets; print(secrets.token_hex(16))')
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
url="http://127.0.0.1:$port"
# Without a store, serve's default store (./knowledge.db, created with the sample) in the work folder: a store named
# with --store must exist already.
store_args=()
[ -n "$source_store" ] && store_args=(--store "$store")
(cd "$work" && KG_API_KEY=$key RateLimits__PerClientPerSecond=1000000 RateLimits__PerClientBurst=1000000 \
  exec dotnet "$kg" serve "${store_args[@]}" --urls "$url") > "$work/serve.log" 2>&1 &
server=$!
sampler=
trap '[ -n "$sampler" ] && kill "$sampler" 2> /dev/null; kill "$server" 2> /dev/null; wait "$server" 2> /dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 240); do
  curl -sf "$url/healthz" > /dev/null 2>&1 && break
  kill -0 $server 2> /dev/null || { cat "$work/serve.log" >&2; exit 2; }
  sleep 0.5
done
pid=$(pgrep -P $server -f kg.dll || echo $server)   # dotnet may exec directly; then the server is the child itself

speaker=$(curl -s -H 'content-type: application/json' --data '{"query":"{ entities(first: 1, orderBy: STATEMENT_COUNT) { nodes { name } } }"}' "$url/graphql" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["entities"]["nodes"][0]["name"])')

python3 - "$speaker" "$seed" "$key" > "$work/soak.lua" <<'PY'
import json, sys
speaker, seed, key = sys.argv[1:4]
text = open(seed, encoding="utf-8").read()
def q(query, variables=None):
    return json.dumps({"query": query, "variables": variables} if variables else {"query": query})
bomb = "query { entity(name: \"x\") { ...F39 } } fragment F0 on Person { name }" + "".join(
    f" fragment F{i} on Person {{ ...F{i-1} ...F{i-1} }}" for i in range(1, 40))
reads = [
    q(f'{{ entity(name: {json.dumps(speaker)}) {{ denied(first: 20) {{ totalCount nodes {{ evidence claim {{ text }} reportedBy {{ name }} }} }} }} }}'),
    q('{ claims(orderBy: CORROBORATION, first: 20) { nodes { id text corroboration } } }'),
    q('{ contestedClaims(first: 20) { totalCount nodes { text saidBy { nodes { name } } deniedBy { nodes { name } } } } }'),
    q('{ search(text: "minister", first: 10) { id kind title } }'),
    q(f'{{ network(center: {json.dumps(speaker)}, depth: 2, limit: 200) {{ nodes {{ id }} edges {{ id }} }} }}'),
    q('{ stats { articles statements bySpeaker(first: 5) { label count } } }'),
]
hostile = [
    (q(bomb), "DOCUMENT_TOO_LARGE"),
    (q("{ " + " ".join(f"s{i}: stats {{ statements }}" for i in range(1000)) + " }"), "DOCUMENT_TOO_LARGE"),
    (q("{ claims(where: { or: [" + ", ".join(f'{{ textContains: "w{i}" }}' for i in range(200)) + "] }) { totalCount } }"), "FILTER_TOO_COMPLEX"),
    (q("{ claims(first: 100) { nodes { statements(first: 100) { nodes { claim { statements(first: 100) { nodes { evidence } } } } } } } }"), "MAX_COMPLEXITY_EXCEEDED"),
]
mutation = "mutation($a: IngestArticleInput!) { ingestArticle(input: $a) { newArticle newStatements } }"
lua = []
lua.append("local reads = {" + ",".join("[==[" + r + "]==]" for r in reads) + "}")
lua.append("local hostile = {" + ",".join("{[==[" + b + "]==], \"" + c + "\"}" for b, c in hostile) + "}")
lua.append("local seed = [==[" + json.dumps(text)[1:-1] + "]==]")
lua.append("local mutation = [==[" + json.dumps(mutation) + "]==]")
lua.append("local key = \"" + key + "\"")
lua.append(r'''
local threads = {}
function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  n, unexpected, answered, refused, examples = 0, 0, 0, 0, {}
  math.randomseed(id * 7919)
end

function request()
  n = n + 1
  local r = math.random(100)
  local headers = { ["Content-Type"] = "application/json" }
  if r <= 80 then
    return wrk.format("POST", "/graphql", headers, reads[(n % #reads) + 1])
  elseif r <= 90 then
    local h = hostile[(n % #hostile) + 1]
    return wrk.format("POST", "/graphql", headers, h[1])
  elseif r <= 95 then
    return wrk.format("POST", "/graphql", { ["Content-Type"] = "text/plain" }, reads[1])
  else
    headers["X-Api-Key"] = key
    local body = '{"query":' .. mutation .. ',"variables":{"a":{"text":"' .. seed .. ' Soak reference ' .. id .. '-' .. n .. '.","url":"https://soak.example/' .. id .. '/' .. n .. '"}}}'
    return wrk.format("POST", "/graphql", headers, body)
  end
end

-- Answers are classified by what they hold, not by position: wrk may reconnect and resend, so a queue of sent kinds
-- can drift. A read or mutation must hold data and no errors; a refusal must carry one of the hostile requests' codes.
local refusals = { "DOCUMENT_TOO_LARGE", "FILTER_TOO_COMPLEX", "MAX_COMPLEXITY_EXCEEDED", "UNSUPPORTED_MEDIA_TYPE" }
function response(status, headers, body)
  answered = answered + 1
  local ok = string.find(body, '"data":{', 1, true) and not string.find(body, '"errors"', 1, true)
  if not ok then
    for _, code in ipairs(refusals) do
      if string.find(body, code, 1, true) then ok = true; refused = refused + 1; break end
    end
  end
  if not ok then
    unexpected = unexpected + 1
    if #examples < 3 then table.insert(examples, status .. ": " .. string.sub(body, 1, 200)) end
  end
end

function done(summary, latency, requests)
  local bad, total, shown, refusedAll = 0, 0, 0, 0
  for _, t in ipairs(threads) do
    bad = bad + t:get("unexpected")
    total = total + t:get("answered")
    refusedAll = refusedAll + t:get("refused")
    for _, e in ipairs(t:get("examples")) do
      if shown < 5 then io.write("example unexpected answer: ", e, "\n"); shown = shown + 1 end
    end
  end
  io.write(string.format("SOAK requests=%d answered=%d refused_as_expected=%d unexpected=%d socket_errors=%d p50_ms=%.2f p99_ms=%.2f\n",
    summary.requests, total, refusedAll, bad,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
''')
print("\n".join(lua))
PY

rss() { awk '/VmRSS/ { print int($2 / 1024) }' "/proc/$pid/status" 2> /dev/null || echo 0; }
( while kill -0 $server 2> /dev/null; do echo "$(date +%s) $(rss)" >> "$work/rss.log"; sleep 10; done ) &
sampler=$!

start=$(date +%s)
echo "Soak: $minutes min, $connections connections, against $url (store: ${source_store:-the sample}); load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
wrk -t2 -c"$connections" -d"${minutes}m" --timeout 30s -s "$work/soak.lua" "$url/graphql" > "$work/wrk.out" 2>&1 || true
end=$(date +%s)
grep -E "example unexpected|SOAK|Socket errors" "$work/wrk.out" || { cat "$work/wrk.out"; }
python3 - "$work/rss.log" "$start" "$end" <<'PY'
import sys
path, start, end = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
samples = [tuple(map(int, line.split())) for line in open(path) if line.strip()]
def at(t):
    return min(samples, key=lambda s: abs(s[0] - t))[1]
first, two, last = at(start), at(start + 120), at(end)
change = (last - two) / two * 100 if two else float("nan")
print(f"RSS MiB: start {first}, minute 2 {two}, end {last} ({change:+.1f}% from minute 2 to the end); peak {max(s[1] for s in samples)}")
PY
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
grep -c "fail\|error" "$work/serve.log" > /dev/null && grep -iE "fail|error|exception" "$work/serve.log" | head -5 || true
