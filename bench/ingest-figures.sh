#!/usr/bin/env bash
# Ingest figures on this machine, printed as a table: synthetic corpora (kg synth, for benchmarks only) of each size
# into a fresh SQLite store, then the same corpus again (every article already stored), with wall time, articles/s,
# statements/s, peak RSS (/usr/bin/time -v), where the time went, and the store's size per million statements.
#
#   bash bench/ingest-figures.sh                       # 10k and 100k articles
#   SIZES="10000 100000 600000" bash bench/ingest-figures.sh
#   WORK=/big/disk bash bench/ingest-figures.sh        # corpora and stores are kept there (default: a temp folder);
#                                                      # a corpus already there is reused, a store is always made afresh
#
# Targets (issue 10): 600,000 articles in <= 10 minutes (>= 1,000 articles/s) with peak RSS <= 1 GiB; re-ingest >= 5,000
# articles/s. When 600,000 is not among the sizes, the last size's rate is extrapolated to 600,000 articles and the line
# says it is an extrapolation. The machine's load is printed beside the figures: on a shared machine they are lower bounds.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=${SIZES:-"10000 100000"}
work=${WORK:-$(mktemp -d)}
seed=${SEED:-1}
target=600000
mkdir -p "$work"

dotnet build src/KnowledgeGraph.Cli -c Release -v quiet -nologo >/dev/null
kg=(dotnet src/KnowledgeGraph.Cli/bin/Release/net10.0/kg.dll)
[ -x /usr/bin/time ] || { echo "bench/ingest-figures.sh needs GNU time (/usr/bin/time; apt-get install time)" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "bench/ingest-figures.sh needs the sqlite3 shell (apt-get install sqlite3)" >&2; exit 2; }

# Runs kg with the given arguments; prints "wall_seconds cpu_seconds peak_rss_mb" (GNU time's elapsed time, user + system
# time, maximum resident set size) and leaves kg's stdout and stderr in $work/last.out and $work/last.err. On a shared
# machine the CPU time is the steadier figure: wall time also counts the time spent waiting for a core.
measure() {
  /usr/bin/time -v -o "$work/time" "${kg[@]}" "$@" >"$work/last.out" 2>"$work/last.err"
  local wall cpu rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$work/time")
  cpu=$(awk -F': ' '/(User|System) time \(seconds\)/ { s += $2 } END { print s }' "$work/time")
  rss=$(awk -F': ' '/Maximum resident set size/ { print int($2 / 1024) }' "$work/time")
  echo "$wall $cpu $rss"
}

echo "Date: $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores, $(awk '/MemTotal/ { print int($2 / 1048576) }' /proc/meminfo) GiB RAM; $(git log -1 --format='commit %h')"
echo "Load at start:$(uptime | sed 's/.*load average:/ load average/') (1, 5, 15 min; above $(nproc) means other work shares the cores)"
printf '%-9s %-6s %8s %11s %13s %7s %5s %14s %8s %s\n' articles run wall_s articles/s statements/s cpu_s cpu% articles/cpu_s peak_MB "where the time went"
last_n=0
last_rate=0
last_rss=0
last_cpu=0
for n in $sizes; do
  corpus="$work/synth-$n-seed$seed.jsonl.gz"
  if [ ! -s "$corpus" ]; then
    "${kg[@]}" synth --articles "$n" --seed "$seed" -o "$work/tmp-synth-$n.jsonl.gz" 2>/dev/null
    mv "$work/tmp-synth-$n.jsonl.gz" "$corpus"
  fi
  store="$work/ingest-$n.db"
  rm -f "$store" "$store-wal" "$store-shm"
  for run in fresh again; do
    read -r wall cpu rss < <(measure ingest "$corpus" --store "$store" --timings)
    statements=$(sed -n 's/.* with \([0-9]*\) statement(s).*/\1/p' "$work/last.out")
    rate=$(echo "$n / $wall" | bc -l)
    timings=$(grep -o 'extraction.*' "$work/last.err" | sed 's/; peak memory.*//')
    [ "$run" = again ] && timings="$(grep -o '[0-9]* already stored' "$work/last.out" || echo '0 already stored'); $timings"
    printf '%-9s %-6s %8.1f %11.0f %13.0f %7.1f %5.0f %14.0f %8s %s\n' "$n" "$run" "$wall" "$rate" "$(echo "${statements:-0} / $wall" | bc -l)" \
      "$cpu" "$(echo "100 * $cpu / $wall" | bc -l)" "$(echo "$n / $cpu" | bc -l)" "$rss" "$timings"
    if [ "$run" = fresh ]; then last_n=$n; last_rate=$rate; last_rss=$rss; last_cpu=$cpu; fi
  done
  statements=$(sqlite3 "$store" 'SELECT count(*) FROM statement')
  bytes=$(( $(stat -c %s "$store") + $( [ -f "$store-wal" ] && stat -c %s "$store-wal" || echo 0) ))
  printf '          store: %s statements, %.0f MB on disk, %.0f MB per million statements\n' \
    "$statements" "$(echo "$bytes / 1048576" | bc -l)" "$(echo "$bytes / 1048576 * 1000000 / $statements" | bc -l)"
done
if ! [[ " $sizes " == *" $target "* ]] && [ "$last_n" -gt 0 ]; then
  printf 'EXTRAPOLATION, not measured: %s articles at the %s-article rate (%.0f articles/s) would take %.1f min; peak RSS was %s MB at %s articles.\n' \
    "$target" "$last_n" "$last_rate" "$(echo "$target / $last_rate / 60" | bc -l)" "$last_rss" "$last_n"
  printf 'EXTRAPOLATION, not measured: at the same CPU time per article they need %.0f CPU-seconds, at least %.1f min of wall on %s otherwise idle cores.\n' \
    "$(echo "$target * $last_cpu / $last_n" | bc -l)" "$(echo "$target * $last_cpu / $last_n / $(nproc) / 60" | bc -l)" "$(nproc)"
fi
echo "Load at the end:$(uptime | sed 's/.*load average:/ load average/'). Work folder: $work"
