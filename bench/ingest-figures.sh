#!/usr/bin/env bash
# Ingest figures on this machine, printed as a table: synthetic corpora (kg synth, for benchmarks only) of each size
# into a fresh SQLite store, then the same corpus again (every article already stored), with wall time, articles/s,
# peak RSS, where the time went, and the store's size per million statements.
#
#   bash bench/ingest-figures.sh                       # 10k and 100k articles
#   SIZES="10000 100000 600000" bash bench/ingest-figures.sh
#   WORK=/big/disk bash bench/ingest-figures.sh        # corpora and stores are kept there (default: a temp folder)
#
# Targets (issue 10): 600,000 articles in <= 10 minutes (>= 1,000 articles/s) with peak RSS <= 1 GiB; re-ingest >= 5,000
# articles/s. The machine's load is printed beside the figures: on a shared machine they are lower bounds.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=${SIZES:-"10000 100000"}
work=${WORK:-$(mktemp -d)}
seed=${SEED:-1}
mkdir -p "$work"

dotnet build src/KnowledgeGraph.Cli -c Release -v quiet -nologo >/dev/null
kg=(dotnet src/KnowledgeGraph.Cli/bin/Release/net10.0/kg.dll)
have_time=$([ -x /usr/bin/time ] && echo 1 || echo 0)

# Runs kg with the given arguments; prints "wall_seconds peak_rss_mb" and leaves kg's stderr in $work/last.err.
measure() {
  local start end
  start=$(date +%s.%N)
  if [ "$have_time" = 1 ]; then
    /usr/bin/time -f '%M' -o "$work/rss" "${kg[@]}" "$@" >"$work/last.out" 2>"$work/last.err"
  else
    "${kg[@]}" "$@" >"$work/last.out" 2>"$work/last.err"
    sed -n 's/.*peak memory \([0-9]*\) MB.*/\1/p' "$work/last.err" | awk '{print $1 * 1024}' >"$work/rss"
  fi
  end=$(date +%s.%N)
  echo "$(echo "$end - $start" | bc -l) $(( $(tail -1 "$work/rss") / 1024 ))"
}

echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at start; $(grep MemTotal /proc/meminfo | awk '{print int($2/1048576)}') GiB RAM"
printf '%-9s %-10s %9s %12s %10s %s\n' articles run wall_s articles/s peak_MB "where the time went"
for n in $sizes; do
  corpus="$work/synth-$n-seed$seed.jsonl.gz"
  if [ ! -s "$corpus" ]; then
    "${kg[@]}" synth --articles "$n" --seed "$seed" -o "$corpus" 2>/dev/null
  fi
  store="$work/ingest-$n.db"
  rm -f "$store" "$store-wal" "$store-shm"
  for run in fresh again; do
    read -r wall rss < <(measure ingest "$corpus" --store "$store" --timings)
    rate=$(echo "$n / $wall" | bc -l)
    timings=$(grep -o 'extraction.*' "$work/last.err" | sed 's/; peak memory.*//')
    printf '%-9s %-10s %9.1f %12.0f %10s %s\n' "$n" "$run" "$wall" "$rate" "$rss" "$timings"
  done
  statements=$(sqlite3 "$store" 'SELECT count(*) FROM statement')
  bytes=$(( $(stat -c %s "$store") + $( [ -f "$store-wal" ] && stat -c %s "$store-wal" || echo 0) ))
  echo "          store: $statements statements, $((bytes / 1048576)) MB on disk, $(echo "$bytes / 1048576 * 1000000 / $statements" | bc) MB per million statements"
done
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg). Work folder: $work"
